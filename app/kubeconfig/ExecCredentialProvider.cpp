// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kubeconfig/ExecCredentialProvider.h"

#include "app/kubeconfig/Kubeconfig.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace maestro {

namespace {

constexpr qsizetype MaxErrorOutput = 64 * 1024;
constexpr qsizetype ErrorExcerptLength = 600;

/// The end of the plugin's stderr, where the reason for a failure usually is.
QString errorExcerpt(const QByteArray &errorOutput)
{
    QString text = QString::fromUtf8(errorOutput).trimmed();
    if (text.size() > ErrorExcerptLength)
        text = QStringLiteral("…") + text.right(ErrorExcerptLength);
    return text.isEmpty()
               ? QCoreApplication::translate("maestro::ExecCredentialProvider", "(no error output)")
               : text;
}

/// RFC 3339 requires an explicit offset; Qt would read a bare time as local time.
QDateTime parseRfc3339(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime ||
        !text.contains(u'T', Qt::CaseInsensitive))
        return {};
    return parsed.toUTC();
}

} // namespace

ExecClusterInfo ExecClusterInfo::fromContext(const ResolvedContext &context)
{
    ExecClusterInfo info;
    info.server = context.server.toString();
    info.tlsServerName = context.tlsServerName;
    info.insecureSkipTlsVerify = context.insecureSkipTlsVerify;
    info.certificateAuthorityPem = context.certificateAuthorityPem;
    info.proxyUrl = context.proxyUrl.toString();
    return info;
}

ExecCredentialProvider::ExecCredentialProvider(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

ExecCredentialProvider::~ExecCredentialProvider()
{
    for (Run &run : m_runs) {
        if (run.process) {
            run.process->disconnect(this);
            stopProcess(run.process);
        }
    }
}

QByteArray ExecCredentialProvider::execInfo(const ExecConfig &config,
                                            const ExecClusterInfo &cluster)
{
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (config.provideClusterInfo) {
        // Field names and omitempty behaviour of client.authentication.k8s.io Cluster.
        QJsonObject info{{QStringLiteral("server"), cluster.server}};
        if (!cluster.tlsServerName.isEmpty())
            info.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (cluster.insecureSkipTlsVerify)
            info.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!cluster.certificateAuthorityPem.isEmpty())
            info.insert(QStringLiteral("certificate-authority-data"),
                        QString::fromLatin1(cluster.certificateAuthorityPem.toBase64()));
        if (!cluster.proxyUrl.isEmpty())
            info.insert(QStringLiteral("proxy-url"), cluster.proxyUrl);
        spec.insert(QStringLiteral("cluster"), info);
    }
    const QJsonObject root{{QStringLiteral("apiVersion"), config.apiVersion},
                           {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

ExecCredentialResult ExecCredentialProvider::parseOutput(const QByteArray &output,
                                                         const ExecConfig &config)
{
    ExecCredentialResult result;
    const QString plugin = config.command;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        // Never quote the output: it may hold half a credential.
        result.errorString =
            tr("The credential plugin %1 printed something that is not an ExecCredential "
               "(invalid JSON: %2).")
                .arg(plugin, error.error != QJsonParseError::NoError ? error.errorString()
                                                                     : tr("not an object"));
        return result;
    }
    const QJsonObject root = document.object();
    const QString apiVersion = root.value(QLatin1String("apiVersion")).toString();
    if (apiVersion != config.apiVersion) {
        result.errorString = tr("The credential plugin %1 answered with apiVersion \"%2\", but "
                                "the kubeconfig asks for \"%3\".")
                                 .arg(plugin, apiVersion, config.apiVersion);
        return result;
    }
    const QString kind = root.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("ExecCredential")) {
        result.errorString =
            tr("The credential plugin %1 answered with kind \"%2\" instead of ExecCredential.")
                .arg(plugin, kind);
        return result;
    }
    const QJsonObject status = root.value(QLatin1String("status")).toObject();
    ExecCredential &credential = result.credential;
    credential.token = status.value(QLatin1String("token")).toString().toUtf8();
    credential.clientCertificatePem =
        status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    credential.clientKeyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    if (credential.clientCertificatePem.isEmpty() != credential.clientKeyPem.isEmpty()) {
        result.errorString = tr("The credential plugin %1 returned a client certificate without "
                                "its key, or a key without its certificate.")
                                 .arg(plugin);
        return result;
    }
    if (credential.token.isEmpty() && !credential.hasClientCertificate()) {
        result.errorString =
            tr("The credential plugin %1 returned neither a token nor a client certificate.")
                .arg(plugin);
        return result;
    }
    const QJsonValue expiry = status.value(QLatin1String("expirationTimestamp"));
    if (!expiry.isUndefined() && !expiry.isNull() && !expiry.toString().isEmpty()) {
        credential.expiration = parseRfc3339(expiry.toString());
        if (!credential.expiration.isValid()) {
            result.errorString = tr("The credential plugin %1 returned an expirationTimestamp "
                                    "that is not an RFC 3339 time: %2")
                                     .arg(plugin, expiry.toString());
            return result;
        }
    }
    result.ok = true;
    return result;
}

QString ExecCredentialProvider::cacheKey(const ExecConfig &config, const ExecClusterInfo &cluster)
{
    // The cluster matters only when the plugin is told about it.
    QJsonArray env;
    for (const ExecEnvVar &var : config.env)
        env.append(QJsonArray{var.name, var.value});
    QJsonObject key{{QStringLiteral("apiVersion"), config.apiVersion},
                    {QStringLiteral("command"), config.command},
                    {QStringLiteral("args"), QJsonArray::fromStringList(config.args)},
                    {QStringLiteral("env"), env}};
    if (config.provideClusterInfo)
        key.insert(QStringLiteral("cluster"), QString::fromLatin1(execInfo(config, cluster)));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(key).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

bool ExecCredentialProvider::isFresh(const ExecCredential &credential) const
{
    if (!credential.expiration.isValid())
        return true; // valid until the server rejects it, as in client-go
    return m_clock().addSecs(m_refreshMargin.count()) < credential.expiration;
}

std::optional<ExecCredential>
ExecCredentialProvider::cachedCredential(const ExecConfig &config,
                                         const ExecClusterInfo &cluster) const
{
    const auto it = m_cache.constFind(cacheKey(config, cluster));
    if (it == m_cache.cend() || !isFresh(*it))
        return std::nullopt;
    return *it;
}

void ExecCredentialProvider::invalidate(const ExecConfig &config, const ExecClusterInfo &cluster)
{
    m_cache.remove(cacheKey(config, cluster));
}

void ExecCredentialProvider::requestCredential(const ResolvedContext &context,
                                               const QObject *receiver, Callback callback)
{
    if (!context.exec) {
        ExecCredentialResult result;
        result.errorString =
            tr("The context %1 has no credential plugin configured.").arg(context.name);
        deliver(Waiter{receiver, receiver != nullptr, std::move(callback)}, result);
        return;
    }
    requestCredential(*context.exec, ExecClusterInfo::fromContext(context), receiver,
                      std::move(callback));
}

void ExecCredentialProvider::requestCredential(const ExecConfig &config,
                                               const ExecClusterInfo &cluster,
                                               const QObject *receiver, Callback callback)
{
    Waiter waiter{receiver, receiver != nullptr, std::move(callback)};
    const QString key = cacheKey(config, cluster);
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend()) {
        if (isFresh(*cached)) {
            deliver(std::move(waiter), ExecCredentialResult{true, *cached, {}, true});
            return;
        }
        m_cache.erase(cached);
    }
    const bool running = m_runs.contains(key);
    m_runs[key].waiters.append(std::move(waiter));
    if (!running)
        start(key, config, cluster);
}

void ExecCredentialProvider::start(const QString &key, const ExecConfig &config,
                                   const ExecClusterInfo &cluster)
{
    Run &run = m_runs[key];
    run.config = config;

    auto fail = [this, &key](const QString &message) {
        ExecCredentialResult result;
        result.errorString = message;
        complete(key, result);
    };
    if (config.interactiveMode == QLatin1String("Always")) {
        fail(tr("The credential plugin %1 needs an interactive terminal (interactiveMode: "
                "Always), which Maestro Desktop cannot provide.")
                 .arg(config.command));
        return;
    }
    // No shell: a bare name is looked up in PATH, anything with a '/' is a path.
    const QString program = config.command.contains(u'/')
                                ? config.command
                                : QStandardPaths::findExecutable(config.command);
    if (program.isEmpty()) {
        QString message = tr("The credential plugin %1 was not found in PATH.").arg(config.command);
        if (!config.installHint.isEmpty())
            message += u'\n' + config.installHint;
        fail(message);
        return;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const ExecEnvVar &var : config.env)
        environment.insert(var.name, var.value);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
                       QString::fromUtf8(execInfo(config, cluster)));

    auto *process = new QProcess(this);
    run.process = process;
    process->setProgram(program);
    process->setArguments(config.args);
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // Its own process group, so a timeout also stops whatever the plugin started.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif

    connect(process, &QProcess::readyReadStandardOutput, this, [this, key] {
        const auto it = m_runs.find(key);
        if (it == m_runs.end() || !it->process)
            return;
        it->output += it->process->readAllStandardOutput();
        if (it->output.size() > MaxOutputSize && !it->outputTooLarge) {
            it->outputTooLarge = true;
            stopProcess(it->process);
        }
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, key] {
        const auto it = m_runs.find(key);
        if (it == m_runs.end() || !it->process)
            return;
        it->errorOutput += it->process->readAllStandardError();
        if (it->errorOutput.size() > MaxErrorOutput)
            it->errorOutput = it->errorOutput.right(MaxErrorOutput);
    });
    connect(process, &QProcess::finished, this, [this, key] { onFinished(key); });
    connect(process, &QProcess::errorOccurred, this, [this, key](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the other errors are followed by finished()
        const auto it = m_runs.find(key);
        if (it == m_runs.end() || !it->process)
            return;
        QString message = tr("Cannot start the credential plugin %1: %2")
                              .arg(it->config.command, it->process->errorString());
        if (!it->config.installHint.isEmpty())
            message += u'\n' + it->config.installHint;
        ExecCredentialResult result;
        result.errorString = message;
        complete(key, result);
    });

    run.timer = new QTimer(process);
    run.timer->setSingleShot(true);
    connect(run.timer, &QTimer::timeout, this, [this, key] {
        const auto it = m_runs.find(key);
        if (it == m_runs.end() || !it->process)
            return;
        qCWarning(lcKubeconfig) << "credential plugin" << it->config.command << "timed out";
        it->timedOut = true;
        stopProcess(it->process);
    });
    run.timer->start(m_timeout);

    qCDebug(lcKubeconfig) << "running credential plugin" << program;
    process->start();
}

void ExecCredentialProvider::onFinished(const QString &key)
{
    const auto it = m_runs.find(key);
    if (it == m_runs.end() || !it->process)
        return;
    Run &run = *it;
    run.output += run.process->readAllStandardOutput();
    run.errorOutput += run.process->readAllStandardError();
    const QString plugin = run.config.command;

    ExecCredentialResult result;
    if (run.timedOut) {
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_timeout).count();
        result.errorString = tr("The credential plugin %1 did not answer within %n second(s) and "
                                "was stopped.",
                                nullptr, int(seconds))
                                 .arg(plugin);
    } else if (run.outputTooLarge) {
        //: %2 is a size with its unit ("1 MiB")
        result.errorString = tr("The credential plugin %1 printed more than %2 and was stopped.")
                                 .arg(plugin, QLocale().formattedDataSize(MaxOutputSize, 0));
    } else if (run.process->exitStatus() == QProcess::CrashExit) {
        result.errorString =
            tr("The credential plugin %1 crashed: %2").arg(plugin, errorExcerpt(run.errorOutput));
    } else if (run.process->exitCode() != 0) {
        result.errorString = tr("The credential plugin %1 failed with exit code %2: %3")
                                 .arg(plugin)
                                 .arg(run.process->exitCode())
                                 .arg(errorExcerpt(run.errorOutput));
    } else {
        result = parseOutput(run.output, run.config);
    }
    qCDebug(lcKubeconfig) << "credential plugin" << plugin << "finished; ok:" << result.ok;
    if (result.ok) {
        // An already stale credential is still handed out once, but not kept.
        if (isFresh(result.credential))
            m_cache.insert(key, result.credential);
    }
    complete(key, result);
}

void ExecCredentialProvider::complete(const QString &key, const ExecCredentialResult &result)
{
    Run run = m_runs.take(key);
    if (run.process) {
        run.process->disconnect(this);
        if (run.process->state() != QProcess::NotRunning)
            stopProcess(run.process);
        run.process->deleteLater();
    }
    for (Waiter &waiter : run.waiters)
        deliver(std::move(waiter), result);
}

void ExecCredentialProvider::deliver(Waiter waiter, const ExecCredentialResult &result)
{
    // Queued, so that a callback never runs inside requestCredential() or a QProcess signal.
    QMetaObject::invokeMethod(
        this,
        [waiter = std::move(waiter), result] {
            if (waiter.hasReceiver && !waiter.receiver)
                return;
            waiter.callback(result);
        },
        Qt::QueuedConnection);
}

void ExecCredentialProvider::stopProcess(QProcess *process)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    process->kill();
}

} // namespace maestro

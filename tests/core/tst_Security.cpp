// SPDX-License-Identifier: GPL-3.0-or-later
// Where a token must never turn up: the log at its most verbose (every category on,
// in-process and in `maestro --report`'s standard error), what a crash prints, the
// settings and the history database. And what the app writes is its user's alone.

#include "KubeTestSupport.h"
#include "ProcessTestSupport.h"

#include "app/clusters/ClusterRegistry.h"
#include "app/credentials/CredentialStore.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "app/kubeconfig/ExecCredentialProvider.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace maestro;
using namespace maestro::kube;
using State = ClusterConnection::State;

namespace {

// Distinctive enough that finding it anywhere is a leak, never a coincidence.
const QString Token = QStringLiteral("tok-Zq9xW4-never-log-me-31c7");
constexpr int ConnectMs = 30000;

struct CapturedLog
{
    QMutex mutex;
    QStringList lines;
    QSet<QString> categories;
};
CapturedLog &capturedLog()
{
    static CapturedLog log;
    return log;
}

QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        CapturedLog &log = capturedLog();
        const QMutexLocker lock(&log.mutex);
        log.lines << message;
        if (context.category)
            log.categories << QString::fromLatin1(context.category);
    }
    // Keep the test's own output for debugging, but not the flood of debug lines.
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// Every file under `root` that contains `needle`; `scanned` counts the files read.
QStringList filesContaining(const QString &root, const QByteArray &needle, int *scanned)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++*scanned;
        if (readAll(path).contains(needle))
            hits << path;
    }
    return hits;
}

QFileDevice::Permissions ownerOnly(bool directory)
{
    QFileDevice::Permissions p = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (directory)
        p |= QFileDevice::ExeOwner;
    return p;
}

/// The permission bits of the file for group and others (none for a private file).
QFileDevice::Permissions groupAndOthers(const QString &path)
{
    return QFile::permissions(path) &
           (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokenNeverInTheLog();
    void tokenNeverOnReportOutput_data();
    void tokenNeverOnReportOutput();
    void tokenNeverInCrashOutput();
    void tokenOnlyInTheKeychain();
    void historyIsTheUsersOnly();
    void settingsAreTheUsersOnly();
    void execCommandIsNoShellLine();

private:
    /// Starts the real executable with a home of its own and every log category on.
    std::unique_ptr<QProcess> startMaestro(const QStringList &arguments, const QString &home,
                                           const QString &loggingRules);
    QByteArray writeKubeconfig(const QString &name, const QByteArray &yaml);

    std::unique_ptr<sim::SimServerThread> m_sim;
    QByteArray m_kubeconfig; ///< the simulator's, with Token inline
    QTemporaryDir m_dir;
};

void tst_Security::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The app's names, so that settings land where the app's would.
    QCoreApplication::setApplicationName(QStringLiteral("maestro"));
    QCoreApplication::setOrganizationName(QStringLiteral("Maestro"));
    QVERIFY(m_dir.isValid());
    m_sim = test::startSim(test::simOptions(QStringLiteral("shared-master"), 60, true, Token));
    QVERIFY(m_sim);
    m_kubeconfig = m_sim->kubeconfig();
    QVERIFY(m_kubeconfig.contains(Token.toUtf8()));
    // The most verbose the log gets: every category of the app and of Qt, every level.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true\n*.warning=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void tst_Security::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    m_sim.reset();
}

QByteArray tst_Security::writeKubeconfig(const QString &name, const QByteArray &yaml)
{
    const QString path = m_dir.filePath(name);
    return writeFile(path, yaml) ? path.toUtf8() : QByteArray();
}

void tst_Security::tokenNeverInTheLog()
{
    {
        const QMutexLocker lock(&capturedLog().mutex);
        capturedLog().lines.clear();
        capturedLog().categories.clear();
    }
    // The token inline in the kubeconfig.
    ClusterConnection inline_(test::contextOf(m_kubeconfig));
    inline_.open();

    // A wrong token first (the 401 path logs the most), then the right one typed in.
    QByteArray wrong = m_kubeconfig;
    wrong.replace(Token.toUtf8(), "wrong-token");
    ClusterConnection typed(test::contextOf(wrong));
    typed.open();
    QTRY_COMPARE_WITH_TIMEOUT(typed.state(), State::Unauthorized, ConnectMs);
    typed.useToken(Token.toUtf8());

    // A token an exec plugin prints, handed to it through the kubeconfig's env.
    const QString plugin = m_dir.filePath(QStringLiteral("credential-plugin.sh"));
    QVERIFY(writeFile(plugin, "#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/"
                              "v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%s\"}}'"
                              " \"$PLUGIN_TOKEN\"\n"));
    QVERIFY(QFile::setPermissions(plugin, ownerOnly(true)));
    QByteArray exec = m_kubeconfig;
    exec.replace("    token: \"" + Token.toUtf8() + "\"\n",
                 "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                 "      command: " +
                     plugin.toUtf8() +
                     "\n      interactiveMode: Never\n      env:\n      - name: PLUGIN_TOKEN\n"
                     "        value: \"" +
                     Token.toUtf8() + "\"\n");
    const ResolvedContext execContext = test::contextOf(exec);
    QVERIFY(execContext.exec);
    ClusterConnection execConnection(execContext);
    execConnection.open();

    QTRY_COMPARE_WITH_TIMEOUT(inline_.state(), State::Connected, ConnectMs);
    QTRY_COMPARE_WITH_TIMEOUT(typed.state(), State::Connected, ConnectMs);
    QTRY_COMPARE_WITH_TIMEOUT(execConnection.state(), State::Connected, ConnectMs);

    const QMutexLocker lock(&capturedLog().mutex);
    const QStringList &lines = capturedLog().lines;
    // The log was really on: the app's connection, API and credential categories spoke.
    QVERIFY2(lines.size() >= 10, qPrintable(QString::number(lines.size())));
    QVERIFY2(capturedLog().categories.contains(QStringLiteral("maestro.kube.connection")),
             qPrintable(capturedLog().categories.values().join(u',')));
    QVERIFY(capturedLog().categories.contains(QStringLiteral("maestro.kube.api")));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(Token), qPrintable(line));
}

std::unique_ptr<QProcess> tst_Security::startMaestro(const QStringList &arguments,
                                                     const QString &home,
                                                     const QString &loggingRules)
{
    QProcessEnvironment env = test::privateHomeEnvironment(home);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), loggingRules);
    // The category in front of each line, so the test can tell the log was on.
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category}: %{message}"));
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(MAESTRO_BIN_DIR "/maestro"), arguments);
    return process;
}

void tst_Security::tokenNeverOnReportOutput_data()
{
    QTest::addColumn<bool>("rightToken");
    QTest::newRow("accepted token") << true;
    QTest::newRow("refused token") << false;
}

void tst_Security::tokenNeverOnReportOutput()
{
    QFETCH(bool, rightToken);
    QByteArray yaml = m_kubeconfig;
    if (!rightToken)
        yaml.replace(Token.toUtf8(), Token.toUtf8() + "-but-not-quite");
    const QString file = QString::fromUtf8(writeKubeconfig(QStringLiteral("report.yaml"), yaml));
    QVERIFY(!file.isEmpty());
    QTemporaryDir home;
    auto process = startMaestro({QStringLiteral("--report"), QStringLiteral("--kubeconfig"), file,
                                 QStringLiteral("--watch"), QStringLiteral("2")},
                                home.path(), QStringLiteral("*.debug=true"));
    QVERIFY2(process->waitForFinished(120000), "maestro --report did not finish");
    const QByteArray out = process->readAllStandardOutput();
    const QByteArray err = process->readAllStandardError();
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    if (rightToken)
        QVERIFY2(process->exitCode() <= 2, err.right(2000).constData());
    else
        QCOMPARE(process->exitCode(), 3); // cannot connect, with the reason
    QVERIFY2(err.contains("maestro.kube.api: ") || err.contains("maestro.kube.connection: "),
             err.left(2000).constData());
    QVERIFY2(!out.contains(Token.toUtf8()), out.constData());
    const qsizetype at = err.indexOf(Token.toUtf8());
    QVERIFY2(at < 0, err.mid(std::max<qsizetype>(0, at - 300), 600).constData());
}

void tst_Security::tokenNeverInCrashOutput()
{
    const QString file =
        QString::fromUtf8(writeKubeconfig(QStringLiteral("crash.yaml"), m_kubeconfig));
    QTemporaryDir home;
    auto process = startMaestro({QStringLiteral("--report"), QStringLiteral("--kubeconfig"), file,
                                 QStringLiteral("--watch"), QStringLiteral("120")},
                                home.path(), QStringLiteral("*.debug=true"));
    QVERIFY(process->waitForStarted());
    // Crash it in the middle of its work: connected, token in memory, requests flowing.
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += process->readAllStandardError(),
         output.contains("maestro.kube.connection: ") && output.contains("Connected")),
        60000);
    ::kill(pid_t(process->processId()), SIGSEGV);
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    output += process->readAllStandardError() + process->readAllStandardOutput();
    const qsizetype at = output.indexOf(Token.toUtf8());
    QVERIFY2(at < 0, output.mid(std::max<qsizetype>(0, at - 300), 600).constData());
}

void tst_Security::tokenOnlyInTheKeychain()
{
    // A kubeconfig without the token: the user types it and asks to keep it.
    QByteArray yaml = m_kubeconfig;
    yaml.replace("\n    token: \"" + Token.toUtf8() + "\"\n", " {}\n");
    QVERIFY(!yaml.contains(Token.toUtf8()));
    const QString file = QString::fromUtf8(writeKubeconfig(QStringLiteral("typed.yaml"), yaml));
    const QString id = QStringLiteral("context:maestro-sim");
    QString historyPath;
    {
        ClusterRegistry registry;
        registry.load(file);
        QString error;
        ClusterConnection *connection = registry.open(id, &error);
        QVERIFY2(connection, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Unauthorized, ConnectMs);
        registry.setToken(id, Token.toUtf8(), true);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, ConnectMs);
        history::HistoryStore *store = registry.history(id);
        QVERIFY(store);
        historyPath = store->path();
        // Something of the cluster's was written: samples or events.
        QTRY_VERIFY_WITH_TIMEOUT(
            (store->flush(), store->stats().events + store->stats().rawRows > 0), ConnectMs);
        QSettings().setValue(QStringLiteral("security-test/touched"), true); // a settings file
    }
    QSettings settings;
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
    QVERIFY(QFile::exists(historyPath));

    // Every file the app may have written: settings, data (history), cache.
    int scanned = 0;
    QStringList leaks;
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation}) {
        const QString root = QStandardPaths::writableLocation(location);
        for (const QString &hit : filesContaining(root, Token.toUtf8(), &scanned)) {
            // The keyring's own file is encrypted; anything readable in plain text is a leak.
            if (!hit.contains(u"/keyrings/"))
                leaks << hit;
        }
    }
    QVERIFY2(scanned >= 2, qPrintable(QString::number(scanned))); // settings and history at least
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));

    // Kept where it belongs: the keychain has it (when there is one: scripts/test.sh runs one).
    if (CredentialStore::backend() == CredentialStore::Backend::Keychain) {
        CredentialStore store;
        const ResolvedContext context = test::contextOf(m_kubeconfig);
        const QString key = CredentialStore::keyForContext(context.name, context.server.toString());
        QSignalSpy finished(&store, &CredentialStore::finished);
        store.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto result = finished.first().first().value<CredentialStore::Result>();
        QCOMPARE(result.secret, Token.toUtf8());
        store.remove(key);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    }
}

void tst_Security::historyIsTheUsersOnly()
{
    QTemporaryDir dir;
    history::HistoryStore store;
    const QString folder = dir.filePath(QStringLiteral("history"));
    store.setDirectory(folder);
    QVERIFY(store.open(QStringLiteral("perm-test")));
    history::NodeSample sample;
    sample.node = QStringLiteral("node-a");
    sample.cpu = 0.5;
    sample.memory = 0.25;
    store.appendSamples(QDateTime::currentMSecsSinceEpoch(), {sample});
    store.flush();
    QCOMPARE(QFile::permissions(folder) & ownerOnly(true), ownerOnly(true));
    QCOMPARE(groupAndOthers(folder), QFileDevice::Permissions());
    int files = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QVERIFY2(groupAndOthers(path) == QFileDevice::Permissions(), qPrintable(path));
    }
    QVERIFY(files >= 1);
}

void tst_Security::settingsAreTheUsersOnly()
{
    // The real app writes its settings on quit; a CSV export and anything else it writes
    // is made under the same rule (owner only).
    QTemporaryDir home;
    auto process = startMaestro({QStringLiteral("--demo")}, home.path(),
                                QStringLiteral("maestro.kube.connection.info=true"));
    QVERIFY(process->waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += process->readAllStandardError(), output.contains("Connected")), 60000);
    ::kill(pid_t(process->processId()), SIGTERM); // quits as a window close does
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    const QString folder = home.filePath(QStringLiteral("config/Maestro"));
    const QString settings = folder + QStringLiteral("/maestro.conf");
    QVERIFY2(QFile::exists(settings), qPrintable(settings));
    QVERIFY(readAll(settings).contains("geometry"));
    QCOMPARE(groupAndOthers(settings), QFileDevice::Permissions());
    QCOMPARE(groupAndOthers(folder), QFileDevice::Permissions());
}

void tst_Security::execCommandIsNoShellLine()
{
    // A command that a shell would split and run: the app looks for a program of that whole
    // name instead, finds none, and says so. Nothing of it runs.
    const QString marker = m_dir.filePath(QStringLiteral("shell-ran"));
    for (const QString &command : {QStringLiteral("/bin/sh -c 'touch %1'").arg(marker),
                                   QStringLiteral("true; touch %1").arg(marker),
                                   QStringLiteral("$(touch %1)").arg(marker)}) {
        ExecConfig exec;
        exec.apiVersion = QLatin1String(ExecConfig::ApiV1);
        exec.command = command;
        exec.interactiveMode = QStringLiteral("Never");
        ExecCredentialProvider provider;
        std::optional<ExecCredentialResult> result;
        provider.requestCredential(exec, ExecClusterInfo{}, nullptr,
                                   [&result](const ExecCredentialResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok);
        QVERIFY2(!result->errorString.isEmpty(), qPrintable(command));
        QVERIFY2(!QFile::exists(marker), qPrintable(command));
    }
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_Security.moc"

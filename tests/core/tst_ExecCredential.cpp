// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kubeconfig/ExecCredentialProvider.h"
#include "app/kubeconfig/Kubeconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace maestro;
using namespace std::chrono_literals;

namespace {

constexpr int PluginWaitMs = 10'000;

QString execDir()
{
    return QStringLiteral(MAESTRO_TEST_DATA_DIR "/exec");
}

QString script(const char *name)
{
    return execDir() + u'/' + QLatin1String(name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int runCount(const QString &counter)
{
    return int(readFile(counter).count("run"));
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

/// Collects callback results; a shared_ptr so a late callback never writes to a dead object.
struct Results
{
    std::shared_ptr<QList<ExecCredentialResult>> list =
        std::make_shared<QList<ExecCredentialResult>>();
    ExecCredentialProvider::Callback callback() const
    {
        return [list = list](const ExecCredentialResult &result) { list->append(result); };
    }
    qsizetype size() const { return list->size(); }
    const ExecCredentialResult &at(qsizetype i) const { return list->at(i); }
};

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    // A killed child whose new parent has not reaped it yet is a zombie: gone as well.
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.size() > close + 2 && stat.at(close + 2) == 'Z';
}

} // namespace

class tst_ExecCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void execInfoWithoutCluster();
    void runsWithoutShellAndPassesEnvironment();
    void cachesUntilExpiry();
    void concurrentRequestsShareOneRun();
    void credentialWithoutExpiryIsKeptUntilInvalidated();
    void staleCredentialIsNotCached();
    void clientCertificate();
    void v1beta1();
    void timeoutKillsPluginAndChildren();
    void nonZeroExitReportsStderr();
    void badJson();
    void wrongApiVersion();
    void commandNotFound();
    void bareNameSearchesPath();
    void relativeCommandFromKubeconfig();
    void interactiveAlwaysIsRefused();
    void destroyedReceiverGetsNoCallback();
    void parseOutput_data();
    void parseOutput();

private:
    ExecConfig config(const char *scriptName) const;

    QTemporaryDir m_tmp;
    QString m_counter;
    QString m_record;
};

void tst_ExecCredential::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFileInfo(script("credential.sh")).isExecutable());
}

void tst_ExecCredential::init()
{
    static int round = 0;
    ++round;
    m_counter = m_tmp.filePath(QStringLiteral("counter-%1").arg(round));
    m_record = m_tmp.filePath(QStringLiteral("record-%1").arg(round));
}

ExecConfig tst_ExecCredential::config(const char *scriptName) const
{
    ExecConfig config;
    config.apiVersion = QLatin1String(ExecConfig::ApiV1);
    config.command = script(scriptName);
    config.interactiveMode = QStringLiteral("Never");
    config.env = {{QStringLiteral("MAESTRO_TEST_COUNTER"), m_counter},
                  {QStringLiteral("MAESTRO_TEST_RECORD"), m_record}};
    return config;
}

void tst_ExecCredential::execInfoWithoutCluster()
{
    ExecConfig plain = config("credential.sh");
    QCOMPARE(
        ExecCredentialProvider::execInfo(plain, {}),
        QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)"
                   R"("spec":{"interactive":false}})"));
}

void tst_ExecCredential::runsWithoutShellAndPassesEnvironment()
{
    ExecConfig exec = config("credential.sh");
    // Shell syntax in arguments must arrive verbatim.
    exec.args = {QStringLiteral("--flag"), QStringLiteral("two words"),
                 QStringLiteral("$HOME;echo injected"), QString()};
    exec.env.append({QStringLiteral("SPEC_VALUE"), QStringLiteral("from-spec")});
    exec.provideClusterInfo = true;
    ExecClusterInfo cluster;
    cluster.server = QStringLiteral("https://api.example.com:6443");
    cluster.tlsServerName = QStringLiteral("api.internal");
    cluster.certificateAuthorityPem =
        "-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----\n";
    qputenv("MAESTRO_TEST_PARENT", "inherited");

    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(exec, cluster, nullptr, results.callback());
    QCOMPARE(results.size(), 0); // never synchronous
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    QVERIFY2(results.at(0).ok, qPrintable(results.at(0).errorString));
    QCOMPARE(results.at(0).credential.token, QByteArray("token-run-1"));
    QVERIFY(!results.at(0).credential.expiration.isValid());

    const QList<QByteArray> lines = readFile(m_record).split('\n');
    QVERIFY(lines.size() >= 7);
    const QJsonObject info = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(info.value(QLatin1String("apiVersion")).toString(), QLatin1String(ExecConfig::ApiV1));
    QCOMPARE(info.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
    const QJsonObject spec = info.value(QLatin1String("spec")).toObject();
    QCOMPARE(spec.value(QLatin1String("interactive")), QJsonValue(false));
    const QJsonObject clusterInfo = spec.value(QLatin1String("cluster")).toObject();
    QCOMPARE(clusterInfo.value(QLatin1String("server")).toString(), cluster.server);
    QCOMPARE(clusterInfo.value(QLatin1String("tls-server-name")).toString(), cluster.tlsServerName);
    QCOMPARE(
        QByteArray::fromBase64(
            clusterInfo.value(QLatin1String("certificate-authority-data")).toString().toLatin1()),
        cluster.certificateAuthorityPem);

    QCOMPARE(lines.at(1), QByteArray("arg:--flag"));
    QCOMPARE(lines.at(2), QByteArray("arg:two words"));
    QCOMPARE(lines.at(3), QByteArray("arg:$HOME;echo injected"));
    QCOMPARE(lines.at(4), QByteArray("arg:"));
    QCOMPARE(lines.at(5), QByteArray("spec-env:from-spec"));
    QCOMPARE(lines.at(6), QByteArray("parent-env:inherited"));
    qunsetenv("MAESTRO_TEST_PARENT");
}

void tst_ExecCredential::cachesUntilExpiry()
{
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    ExecConfig exec = config("credential.sh");
    exec.env.append({QStringLiteral("MAESTRO_TEST_EXPIRY"), rfc3339(expiry)});

    ExecCredentialProvider provider;
    QDateTime now = QDateTime::currentDateTimeUtc();
    provider.setClock([&now] { return now; });
    Results results;

    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    QVERIFY2(results.at(0).ok, qPrintable(results.at(0).errorString));
    QVERIFY(!results.at(0).fromCache);
    QCOMPARE(results.at(0).credential.expiration, expiry.addMSecs(-expiry.time().msec()));
    QCOMPARE(runCount(m_counter), 1);

    // Before expiry: from the cache, the plugin does not run again.
    QVERIFY(provider.cachedCredential(exec, {}).has_value());
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE(results.size(), 2);
    QVERIFY(results.at(1).ok);
    QVERIFY(results.at(1).fromCache);
    QCOMPARE(results.at(1).credential.token, QByteArray("token-run-1"));
    QCOMPARE(runCount(m_counter), 1);

    // A few seconds before expiry the credential counts as stale and the plugin runs again.
    now = expiry.addSecs(-provider.refreshMargin().count() + 1);
    QVERIFY(!provider.cachedCredential(exec, {}).has_value());
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, PluginWaitMs);
    QVERIFY(!results.at(2).fromCache);
    QCOMPARE(results.at(2).credential.token, QByteArray("token-run-2"));
    QCOMPARE(runCount(m_counter), 2);

    // After expiry too.
    now = expiry.addSecs(60);
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 4, PluginWaitMs);
    QCOMPARE(results.at(3).credential.token, QByteArray("token-run-3"));
    QCOMPARE(runCount(m_counter), 3);
}

void tst_ExecCredential::concurrentRequestsShareOneRun()
{
    ExecConfig exec = config("credential.sh");
    ExecCredentialProvider provider;
    Results results;
    for (int i = 0; i < 3; ++i)
        provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, PluginWaitMs);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(results.at(i).credential.token, QByteArray("token-run-1"));
    QCOMPARE(runCount(m_counter), 1);

    // A different configuration is a different cache entry.
    ExecConfig other = exec;
    other.args = {QStringLiteral("--other")};
    provider.requestCredential(other, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 4, PluginWaitMs);
    QCOMPARE(runCount(m_counter), 2);
}

void tst_ExecCredential::credentialWithoutExpiryIsKeptUntilInvalidated()
{
    ExecConfig exec = config("credential.sh");
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE(results.size(), 2);
    QVERIFY(results.at(1).fromCache);
    QCOMPARE(runCount(m_counter), 1);

    // After a 401 the backend drops the credential and asks again.
    provider.invalidate(exec, {});
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, PluginWaitMs);
    QCOMPARE(results.at(2).credential.token, QByteArray("token-run-2"));
    QCOMPARE(runCount(m_counter), 2);
}

void tst_ExecCredential::staleCredentialIsNotCached()
{
    ExecConfig exec = config("credential.sh");
    exec.env.append({QStringLiteral("MAESTRO_TEST_EXPIRY"),
                     rfc3339(QDateTime::currentDateTimeUtc().addSecs(-60))});
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    QVERIFY(results.at(0).ok);
    QVERIFY(!provider.cachedCredential(exec, {}).has_value());
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, PluginWaitMs);
    QCOMPARE(runCount(m_counter), 2);
}

void tst_ExecCredential::clientCertificate()
{
    ExecConfig exec = config("credential.sh");
    exec.env.append({QStringLiteral("MAESTRO_TEST_MODE"), QStringLiteral("cert")});
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    QVERIFY2(results.at(0).ok, qPrintable(results.at(0).errorString));
    const ExecCredential &credential = results.at(0).credential;
    QVERIFY(credential.token.isEmpty());
    QVERIFY(credential.hasClientCertificate());
    QVERIFY(credential.clientCertificatePem.startsWith("-----BEGIN CERTIFICATE-----\n"));
    QVERIFY(credential.clientKeyPem.endsWith("-----END PRIVATE KEY-----\n"));
}

void tst_ExecCredential::v1beta1()
{
    ExecConfig exec = config("credential.sh");
    exec.apiVersion = QLatin1String(ExecConfig::ApiV1Beta1);
    exec.env.append({QStringLiteral("MAESTRO_TEST_API_VERSION"), exec.apiVersion});
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    QVERIFY2(results.at(0).ok, qPrintable(results.at(0).errorString));
    const QJsonObject info = QJsonDocument::fromJson(readFile(m_record).split('\n').at(0)).object();
    QCOMPARE(info.value(QLatin1String("apiVersion")).toString(), exec.apiVersion);
}

void tst_ExecCredential::timeoutKillsPluginAndChildren()
{
    ExecConfig exec = config("credential-sleep.sh");
    ExecCredentialProvider provider;
    QCOMPARE(provider.timeout(), 30s);
    provider.setTimeout(300ms);
    Results results;
    QElapsedTimer timer;
    timer.start();
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!results.at(0).ok);
    QVERIFY2(results.at(0).errorString.contains(QLatin1String("did not answer within 1 second")),
             qPrintable(results.at(0).errorString));

    // The grandchild went with it (same process group).
    QTRY_VERIFY(!readFile(m_record).trimmed().isEmpty());
    const qint64 child = readFile(m_record).trimmed().toLongLong();
    QVERIFY(child > 0);
    QTRY_VERIFY(processGone(child));
}

void tst_ExecCredential::nonZeroExitReportsStderr()
{
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(config("credential-fail.sh"), {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    const QString error = results.at(0).errorString;
    QVERIFY(!results.at(0).ok);
    QVERIFY2(error.contains(QLatin1String("exit code 3")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("refresh token expired")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("credential-fail.sh")), qPrintable(error));
}

void tst_ExecCredential::badJson()
{
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(config("credential-bad-json.sh"), {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    const QString error = results.at(0).errorString;
    QVERIFY(!results.at(0).ok);
    QVERIFY2(error.contains(QLatin1String("invalid JSON")), qPrintable(error));
    // The output may hold part of a secret: it is never echoed.
    QVERIFY(!error.contains(QLatin1String("secret-half")));
}

void tst_ExecCredential::wrongApiVersion()
{
    ExecConfig exec = config("credential.sh");
    exec.env.append(
        {QStringLiteral("MAESTRO_TEST_API_VERSION"), QLatin1String(ExecConfig::ApiV1Beta1)});
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    const QString error = results.at(0).errorString;
    QVERIFY(!results.at(0).ok);
    QVERIFY2(error.contains(QLatin1String(ExecConfig::ApiV1Beta1)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("\"%1\"").arg(QLatin1String(ExecConfig::ApiV1))),
             qPrintable(error));
    QVERIFY(!provider.cachedCredential(exec, {}).has_value());
}

void tst_ExecCredential::commandNotFound()
{
    ExecConfig exec = config("credential.sh");
    exec.command = QStringLiteral("maestro-no-such-plugin");
    exec.installHint = QStringLiteral("Install it with your package manager.");
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QCOMPARE(results.size(), 0);
    QTRY_COMPARE(results.size(), 1);
    QVERIFY(!results.at(0).ok);
    QVERIFY2(results.at(0).errorString.contains(QLatin1String("not found in PATH")),
             qPrintable(results.at(0).errorString));
    QVERIFY(results.at(0).errorString.contains(exec.installHint));

    exec.command = m_tmp.filePath(QStringLiteral("no-such-plugin"));
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, PluginWaitMs);
    QVERIFY(!results.at(1).ok);
    QVERIFY2(results.at(1).errorString.contains(QLatin1String("Cannot start")),
             qPrintable(results.at(1).errorString));
    QVERIFY(results.at(1).errorString.contains(exec.installHint));
}

void tst_ExecCredential::bareNameSearchesPath()
{
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(execDir()) + ':' + oldPath);
    ExecConfig exec = config("credential.sh");
    exec.command = QStringLiteral("credential.sh");
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    qputenv("PATH", oldPath);
    QVERIFY2(results.at(0).ok, qPrintable(results.at(0).errorString));
    QCOMPARE(results.at(0).credential.token, QByteArray("token-run-1"));
}

void tst_ExecCredential::relativeCommandFromKubeconfig()
{
    const Kubeconfig config =
        Kubeconfig::loadFiles({execDir() + QStringLiteral("/kubeconfig.yaml")});
    QVERIFY(config.issues().isEmpty());
    const auto context = config.context(QStringLiteral("plugin"));
    QVERIFY(context && context->exec);
    QCOMPARE(context->exec->command, script("credential.sh"));

    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(*context, nullptr, results.callback());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, PluginWaitMs);
    QVERIFY2(results.at(0).ok, qPrintable(results.at(0).errorString));
    QCOMPARE(results.at(0).credential.token, QByteArray("token-run-1"));

    // A context without a plugin gets an error, still asynchronously.
    ResolvedContext plain = *context;
    plain.exec.reset();
    provider.requestCredential(plain, nullptr, results.callback());
    QCOMPARE(results.size(), 1);
    QTRY_COMPARE(results.size(), 2);
    QVERIFY(!results.at(1).ok);
}

void tst_ExecCredential::interactiveAlwaysIsRefused()
{
    ExecConfig exec = config("credential.sh");
    exec.interactiveMode = QStringLiteral("Always");
    ExecCredentialProvider provider;
    Results results;
    provider.requestCredential(exec, {}, nullptr, results.callback());
    QTRY_COMPARE(results.size(), 1);
    QVERIFY(!results.at(0).ok);
    QVERIFY(results.at(0).errorString.contains(QLatin1String("interactive")));
    QCOMPARE(runCount(m_counter), 0);
}

void tst_ExecCredential::destroyedReceiverGetsNoCallback()
{
    ExecCredentialProvider provider;
    Results results;
    Results control;
    auto receiver = std::make_unique<QObject>();
    provider.requestCredential(config("credential.sh"), {}, receiver.get(), results.callback());
    provider.requestCredential(config("credential.sh"), {}, nullptr, control.callback());
    receiver.reset();
    QTRY_COMPARE_WITH_TIMEOUT(control.size(), 1, PluginWaitMs);
    QCoreApplication::processEvents();
    QCOMPARE(results.size(), 0);
}

void tst_ExecCredential::parseOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QString>("error");

    const QByteArray head =
        R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)";
    QTest::newRow("token") << head + R"("status":{"token":"t"}})" << true << QString() << QString();
    QTest::newRow("utc")
        << head + R"("status":{"token":"t","expirationTimestamp":"2031-02-03T04:05:06Z"}})" << true
        << QStringLiteral("2031-02-03T04:05:06Z") << QString();
    QTest::newRow("offset and nanoseconds")
        << head +
               R"("status":{"token":"t","expirationTimestamp":"2031-02-03T06:05:06.123456789+02:00"}})"
        << true << QStringLiteral("2031-02-03T04:05:06Z") << QString();
    QTest::newRow("no zone")
        << head + R"("status":{"token":"t","expirationTimestamp":"2031-02-03T04:05:06"}})" << false
        << QString() << QStringLiteral("RFC 3339");
    QTest::newRow("garbage time")
        << head + R"("status":{"token":"t","expirationTimestamp":"tomorrow"}})" << false
        << QString() << QStringLiteral("RFC 3339");
    QTest::newRow("no credential")
        << head + R"("status":{}})" << false << QString() << QStringLiteral("neither a token");
    QTest::newRow("no status") << head + R"("spec":{}})" << false << QString()
                               << QStringLiteral("neither a token");
    QTest::newRow("cert without key")
        << head + R"("status":{"clientCertificateData":"-----BEGIN CERTIFICATE-----"}})" << false
        << QString() << QStringLiteral("without its key");
    QTest::newRow("wrong kind")
        << QByteArray(
               R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"Status","status":{"token":"t"}})")
        << false << QString() << QStringLiteral("kind \"Status\"");
    QTest::newRow("array") << QByteArray("[1,2]") << false << QString()
                           << QStringLiteral("not an ExecCredential");
    QTest::newRow("empty") << QByteArray() << false << QString()
                           << QStringLiteral("not an ExecCredential");
}

void tst_ExecCredential::parseOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(bool, ok);
    QFETCH(QString, expiry);
    QFETCH(QString, error);

    ExecConfig exec;
    exec.apiVersion = QLatin1String(ExecConfig::ApiV1);
    exec.command = QStringLiteral("plugin");
    const ExecCredentialResult result = ExecCredentialProvider::parseOutput(output, exec);
    QCOMPARE(result.ok, ok);
    if (ok) {
        QCOMPARE(result.credential.token, QByteArray("t"));
        if (expiry.isEmpty())
            QVERIFY(!result.credential.expiration.isValid());
        else
            QCOMPARE(result.credential.expiration.toString(Qt::ISODate), expiry);
    } else {
        QVERIFY2(result.errorString.contains(error), qPrintable(result.errorString));
    }
}

QTEST_GUILESS_MAIN(tst_ExecCredential)
#include "tst_ExecCredential.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `maestro --report` as a user runs it: the real binary, against the built-in demo
// cluster, an unreachable server and a broken kubeconfig.

#include "KubeTestSupport.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ClusterReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoAsJson();
    void demoAsText();
    void unreachableServer();
    void malformedKubeconfig();
    void underFaults();
    void serverThatStopsAnswering();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 ms = 0;
    };
    Run runMaestro(const QStringList &arguments, int timeoutMs = 60000);

    QTemporaryDir m_home;
};

void tst_ClusterReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(MAESTRO_BIN_DIR "/maestro")));
}

tst_ClusterReport::Run tst_ClusterReport::runMaestro(const QStringList &arguments, int timeoutMs)
{
    // Never the user's files: a home, config, data and cache of its own, no KUBECONFIG.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("KUBECONFIG"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(MAESTRO_BIN_DIR "/maestro"), arguments);
    Run run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = "did not finish: " + process.readAllStandardError();
        return run;
    }
    run.ms = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_ClusterReport::demoAsJson()
{
    const Run run = runMaestro({QStringLiteral("--report"), QStringLiteral("--demo"),
                                QStringLiteral("shared-master"), QStringLiteral("--watch"),
                                QStringLiteral("5"), QStringLiteral("--json")});
    // 0, or 1/2 when sections (the advisor) found warnings or critical problems: the demo
    // scenario is built to have some. 3 would be a failure to connect.
    QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2, run.err.constData());
    QJsonParseError error{};
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QVERIFY(!report.value(QLatin1String("context")).toString().isEmpty());
    QVERIFY(report.value(QLatin1String("server")).toString().startsWith(u"https://127.0.0.1:"));
    QVERIFY(report.value(QLatin1String("serverVersion")).toString().startsWith(u'v'));
    const QJsonArray nodes = report.value(QLatin1String("nodes")).toArray();
    QVERIFY(!nodes.isEmpty());
    QCOMPARE(nodes.first().toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("shared-master"));
    QVERIFY(nodes.first().toObject().value(QLatin1String("ready")).toBool());
    QVERIFY(report.value(QLatin1String("pods")).toObject().value(QLatin1String("total")).toInt() >
            0);
    const QJsonObject api = report.value(QLatin1String("api")).toObject();
    QVERIFY(api.value(QLatin1String("p50Ms")).isDouble());
    QVERIFY(api.value(QLatin1String("p99Ms")).toInt() >= api.value(QLatin1String("p50Ms")).toInt());
    QVERIFY(api.value(QLatin1String("requests")).toInt() > 0);
    QCOMPARE(report.value(QLatin1String("insecureSkipTlsVerify")).toBool(true), false);
    // Quiet by default: the backend's progress lines are not the report's business.
    QVERIFY2(!run.err.contains("maestro.kube"), run.err.constData());
    QVERIFY2(!run.err.contains("Connecting"), run.err.constData());
    // Five seconds of observation, not the whole connect timeout.
    QVERIFY2(run.ms < 30000, qPrintable(QString::number(run.ms)));
}

void tst_ClusterReport::demoAsText()
{
    const Run run =
        runMaestro({QStringLiteral("--report"), QStringLiteral("--demo"), QStringLiteral("ha"),
                    QStringLiteral("--watch"), QStringLiteral("1")});
    QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"master"), qPrintable(text));
    QVERIFY2(text.contains(u"worker"), qPrintable(text));
    QVERIFY2(text.contains(u"Pods:"), qPrintable(text));
    QVERIFY2(text.contains(u"API latency"), qPrintable(text));
}

void tst_ClusterReport::unreachableServer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: x\n  cluster:\n"
               "    server: https://127.0.0.1:" +
               QByteArray::number(maestro::test::closedPort()) +
               "\n    insecure-skip-tls-verify: true\nusers:\n- name: x\n  user:\n"
               "    token: abc\ncontexts:\n- name: x\n  context:\n    cluster: x\n"
               "    user: x\ncurrent-context: x\n");
    file.close();
    const Run run = runMaestro({QStringLiteral("--report"), QStringLiteral("--kubeconfig"), path,
                                QStringLiteral("--context"), QStringLiteral("x"),
                                QStringLiteral("--watch"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.trimmed().isEmpty());
    QVERIFY2(run.err.contains("maestro: "), run.err.constData());
    QVERIFY2(run.err.contains("refused") || run.err.contains("reached"), run.err.constData());
    // It gives up after the connection's own retries, like kubectl, not after a minute.
    QVERIFY2(run.ms < 20000, qPrintable(QString::number(run.ms)));
}

void tst_ClusterReport::malformedKubeconfig()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Line 7 breaks the YAML: a sequence item where a mapping key belongs.
    file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n"
               "    server: https://prod.example.com\n  - name: broken\n");
    file.close();
    const Run run = runMaestro({QStringLiteral("--report"), QStringLiteral("--kubeconfig"), path,
                                QStringLiteral("--context"), QStringLiteral("prod"),
                                QStringLiteral("--watch"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 3);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(path + QStringLiteral(":7")), qPrintable(err));
}

void tst_ClusterReport::underFaults()
{
    // A server that drops, spoils, throttles and replays: the report gets through it, or
    // says in one sentence why not. Never a crash, a hang or half a report.
    maestro::test::SimProcess sim;
    QVERIFY(
        sim.start({QStringLiteral("--scenario"), QStringLiteral("ha"), QStringLiteral("--tls"),
                   QStringLiteral("--token"), QStringLiteral("t0ken"), QStringLiteral("--churn"),
                   QStringLiteral("10"), QStringLiteral("--faults"),
                   QStringLiteral(
                       "drop-response=0.05,drop-watch=0.1,slow=0.05,error500=0.02,"
                       "error503=0.02,throttle=0.02,expire=0.05,expire-continue=0.1,"
                       "truncate=0.02,malformed=0.02,duplicate=0.05,reorder=0.05,latency=5..50")}));
    int reports = 0;
    for (int i = 0; i < 3; ++i) {
        const Run run = runMaestro({QStringLiteral("--report"), QStringLiteral("--kubeconfig"),
                                    sim.kubeconfigPath(), QStringLiteral("--watch"),
                                    QStringLiteral("3"), QStringLiteral("--json")},
                                   90000);
        if (run.exitCode == 3) {
            // Failed: a clear message and nothing on standard output.
            QVERIFY(run.out.trimmed().isEmpty());
            QVERIFY2(run.err.startsWith("maestro: ") && run.err.trimmed().size() > 20,
                     run.err.constData());
            qInfo("report %d failed: %s", i, run.err.trimmed().constData());
            continue;
        }
        QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2, run.err.constData());
        QJsonParseError error{};
        const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        // A whole report: every node of the scenario, and whether it is stale.
        QVERIFY(report.value(QLatin1String("nodes")).toArray().size() >= 6);
        QVERIFY(report.value(QLatin1String("stale")).isBool());
        ++reports;
    }
    // The faults are survivable: most reports get through them.
    QVERIFY2(reports >= 2, qPrintable(QString::number(reports)));
}

void tst_ClusterReport::serverThatStopsAnswering()
{
    // Accepts connections, never answers: the report gives up with the reason.
    maestro::test::SimProcess sim;
    QVERIFY(
        sim.start({QStringLiteral("--scenario"), QStringLiteral("ha"), QStringLiteral("--faults"),
                   QStringLiteral("hang=1,hang-ms=300000..300000")}));
    const Run run =
        runMaestro({QStringLiteral("--report"), QStringLiteral("--kubeconfig"),
                    sim.kubeconfigPath(), QStringLiteral("--watch"), QStringLiteral("1")},
                   90000);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.trimmed().isEmpty());
    QVERIFY2(run.err.contains("did not answer in time"), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_ClusterReport)
#include "tst_ClusterReport.moc"

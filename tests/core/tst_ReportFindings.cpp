// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor through the headless report, as an administrator (or a script) runs it:
// `maestro --report --demo SCENARIO --watch 60 --json`.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class tst_ReportFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharedMasterNeedsAttention();
    void haIsClean();

private:
    /// Runs the report; returns the exit code and the parsed JSON.
    int runReport(const QString &scenario, int watchSeconds, QJsonObject *json);
    QTemporaryDir m_home;
};

void tst_ReportFindings::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(MAESTRO_BIN_DIR "/maestro")));
}

int tst_ReportFindings::runReport(const QString &scenario, int watchSeconds, QJsonObject *json)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("KUBECONFIG"), m_home.filePath(QStringLiteral("none")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MAESTRO_BIN_DIR "/maestro"),
                  {QStringLiteral("--report"), QStringLiteral("--demo"), scenario,
                   QStringLiteral("--watch"), QString::number(watchSeconds),
                   QStringLiteral("--json")});
    if (!process.waitForFinished((watchSeconds + 90) * 1000)) {
        process.kill();
        return -1;
    }
    QJsonParseError error{};
    *json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning() << "report output is not JSON:" << error.errorString()
                   << process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void tst_ReportFindings::sharedMasterNeedsAttention()
{
    QJsonObject json;
    const int code = runReport(QStringLiteral("shared-master"), 60, &json);
    QStringList ids;
    for (const QJsonValue &f : json.value(QLatin1String("findings")).toArray())
        ids << f.toObject().value(QLatin1String("id")).toString();
    qInfo() << "findings:" << ids << "verdict:" << json.value(QLatin1String("verdict")).toString();
    QCOMPARE(code, 2);
    for (const char *expected : {"add-dedicated-worker", "master-evictions", "etcd-slow-writes",
                                 "slow-scheduling", "slow-api", "control-plane-not-ha"})
        QVERIFY2(ids.contains(QLatin1String(expected)), expected);
    QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("Needs attention"));
    for (const QJsonValue &f : json.value(QLatin1String("findings")).toArray()) {
        const QJsonObject finding = f.toObject();
        QVERIFY(!finding.value(QLatin1String("summary")).toString().isEmpty());
        QVERIFY(!finding.value(QLatin1String("evidence")).toArray().isEmpty());
        if (finding.value(QLatin1String("id")).toString() == u"add-dedicated-worker") {
            const QJsonObject action = finding.value(QLatin1String("action")).toObject();
            QCOMPARE(action.value(QLatin1String("role")).toString(), QStringLiteral("worker"));
            QVERIFY(action.value(QLatin1String("count")).toInt() >= 1);
            QVERIFY(!action.value(QLatin1String("size")).toString().isEmpty());
        }
    }
}

void tst_ReportFindings::haIsClean()
{
    QJsonObject json;
    const int code = runReport(QStringLiteral("ha"), 20, &json);
    for (const QJsonValue &f : json.value(QLatin1String("findings")).toArray())
        QVERIFY2(f.toObject().value(QLatin1String("severity")).toString() == u"info",
                 qPrintable(f.toObject().value(QLatin1String("summary")).toString()));
    QCOMPARE(code, 0);
    QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("High availability"));
}

QTEST_GUILESS_MAIN(tst_ReportFindings)
#include "tst_ReportFindings.moc"

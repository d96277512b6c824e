// SPDX-License-Identifier: GPL-3.0-or-later
// Reading etcd's slow-write warnings out of its JSON log lines, as `pods/log` returns them.

#include "app/kube/EtcdLogWatcher.h"

#include <QTest>

using maestro::kube::EtcdWarning;
using maestro::kube::parseEtcdLogLine;
using maestro::kube::parseGoDurationMs;

Q_DECLARE_METATYPE(maestro::kube::EtcdWarning::Kind)

class tst_EtcdLogWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warnings_data();
    void warnings();
    void ignored_data();
    void ignored();
    void prefixTimeUsedWithoutTs();
    void goDuration_data();
    void goDuration();
};

namespace {
const QByteArray kApply =
    R"({"level":"warn","ts":"2022-03-31T23:00:06.771Z","caller":"etcdserver/util.go:163","msg":"apply request took too long","took":"111.479086ms","expected-duration":"100ms","prefix":"read-only range ","request":"key:\"/registry/pods/\" "})";
const QByteArray kFdatasync =
    R"({"level":"warn","ts":"2022-03-31T23:00:07.000Z","caller":"wal/wal.go:805","msg":"slow fdatasync","took":"1.8s","expected-duration":"1s"})";
const QByteArray kHeartbeat =
    R"({"level":"warn","ts":"2022-03-31T23:00:08.500Z","caller":"etcdserver/raft.go:369","msg":"leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk","to":"8e9e05c52164694d","heartbeat-interval":"100ms","expected-duration":"200ms","exceeded-duration":"1m2.5s"})";
const QByteArray kPrefix = "2022-03-31T23:00:06.771234567Z ";
} // namespace

void tst_EtcdLogWatcher::warnings_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<EtcdWarning::Kind>("kind");
    QTest::addColumn<double>("tookMs");
    QTest::addColumn<QDateTime>("time");

    const QDateTime applyTime(QDate(2022, 3, 31), QTime(23, 0, 6, 771), Qt::UTC);
    const QDateTime syncTime(QDate(2022, 3, 31), QTime(23, 0, 7), Qt::UTC);
    const QDateTime beatTime(QDate(2022, 3, 31), QTime(23, 0, 8, 500), Qt::UTC);
    QTest::newRow("apply") << kApply << EtcdWarning::Kind::SlowApply << 111.479086 << applyTime;
    QTest::newRow("apply with timestamp prefix")
        << (kPrefix + kApply) << EtcdWarning::Kind::SlowApply << 111.479086 << applyTime;
    QTest::newRow("fdatasync") << kFdatasync << EtcdWarning::Kind::SlowFdatasync << 1800.0
                               << syncTime;
    QTest::newRow("fdatasync with prefix")
        << (kPrefix + kFdatasync) << EtcdWarning::Kind::SlowFdatasync << 1800.0 << syncTime;
    QTest::newRow("heartbeat") << kHeartbeat << EtcdWarning::Kind::SlowHeartbeat << 62500.0
                               << beatTime;
    QTest::newRow("heartbeat with prefix and CRLF")
        << (kPrefix + kHeartbeat + "\r\n") << EtcdWarning::Kind::SlowHeartbeat << 62500.0
        << beatTime;
}

void tst_EtcdLogWatcher::warnings()
{
    QFETCH(QByteArray, line);
    QFETCH(EtcdWarning::Kind, kind);
    QFETCH(double, tookMs);
    QFETCH(QDateTime, time);

    const auto warning = parseEtcdLogLine(line);
    QVERIFY(warning.has_value());
    QCOMPARE(warning->kind, kind);
    QCOMPARE(warning->tookMs, tookMs);
    QCOMPARE(warning->time, time);
    // The evidence is etcd's own line, without the prefix kubectl adds.
    QVERIFY(warning->line.startsWith(u'{'));
}

void tst_EtcdLogWatcher::ignored_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("info") << QByteArray(
        R"({"level":"info","ts":"2022-03-31T23:00:06.771Z","msg":"apply request took too long","took":"111ms"})");
    QTest::newRow("info with prefix")
        << (kPrefix +
            R"({"level":"info","ts":"2022-03-31T23:00:06.771Z","msg":"saved snapshot","snapshot-index":10001})");
    QTest::newRow("other warning")
        << QByteArray(R"({"level":"warn","msg":"failed to reach the peer URL","took":"1s"})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("   ");
    QTest::newRow("plain text") << QByteArray("etcd starting up, please wait");
    QTest::newRow("prefix then text") << (kPrefix + "hello world");
    QTest::newRow("broken json") << QByteArray(R"({"level":"warn","msg":"slow fdatasync","to)");
    QTest::newRow("json array") << QByteArray(R"(["warn","slow fdatasync"])");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff{", 4);
}

void tst_EtcdLogWatcher::ignored()
{
    QFETCH(QByteArray, line);
    QVERIFY(!parseEtcdLogLine(line).has_value());
}

void tst_EtcdLogWatcher::prefixTimeUsedWithoutTs()
{
    const QByteArray line =
        kPrefix +
        R"({"level":"warn","msg":"slow fdatasync","took":"1.2s","expected-duration":"1s"})";
    const auto warning = parseEtcdLogLine(line);
    QVERIFY(warning.has_value());
    QCOMPARE(warning->kind, EtcdWarning::Kind::SlowFdatasync);
    QCOMPARE(warning->tookMs, 1200.0);
    QCOMPARE(warning->time.date(), QDate(2022, 3, 31));
    QCOMPARE(warning->time.time().second(), 6);
}

void tst_EtcdLogWatcher::goDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("ms");

    QTest::newRow("ms fraction") << "111.479086ms" << true << 111.479086;
    QTest::newRow("s fraction") << "1.8s" << true << 1800.0;
    QTest::newRow("minutes and seconds") << "1m2.5s" << true << 62500.0;
    QTest::newRow("micro sign") << QStringLiteral("850µs") << true << 0.85;
    QTest::newRow("greek mu") << QStringLiteral("850μs") << true << 0.85;
    QTest::newRow("us") << "850us" << true << 0.85;
    QTest::newRow("ns") << "1500000ns" << true << 1.5;
    QTest::newRow("hours") << "1h0m1s" << true << 3601000.0;
    QTest::newRow("leading dot") << ".5s" << true << 500.0;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("letters") << "abc" << false << 0.0;
    QTest::newRow("unknown unit") << "1x" << false << 0.0;
    QTest::newRow("no unit") << "100" << false << 0.0;
    QTest::newRow("trailing junk") << "1s!" << false << 0.0;
    QTest::newRow("leading junk") << " 1s" << false << 0.0;
}

void tst_EtcdLogWatcher::goDuration()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, ms);

    const auto parsed = parseGoDurationMs(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QVERIFY2(qAbs(*parsed - ms) < 1e-9 * qMax(1.0, ms),
                 qPrintable(QStringLiteral("%1 gave %2").arg(text).arg(*parsed)));
}

QTEST_GUILESS_MAIN(tst_EtcdLogWatcher)
#include "tst_EtcdLogWatcher.moc"

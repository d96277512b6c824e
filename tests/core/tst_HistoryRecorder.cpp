// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder against maestro-sim through a real connection: the shared master's
// samples and its evictions and scheduling failures reach the store, with their
// counts, and are still there when the store is opened again.

#include "KubeTestSupport.h"

#include "app/advisor/Advisor.h"
#include "app/history/HistoryRecorder.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "app/scaling/ScalePlan.h"
#include "app/scaling/ScaleUpOperation.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maestro;
using namespace maestro::history;
using namespace maestro::kube;

class tst_HistoryRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classify();
    void sharedMasterRecorded();
};

void tst_HistoryRecorder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HistoryRecorder::classify()
{
    EventInfo event;
    const QList<std::pair<QString, std::optional<TimelineEvent::Kind>>> cases = {
        {QStringLiteral("Evicted"), TimelineEvent::Kind::Eviction},
        {QStringLiteral("FailedScheduling"), TimelineEvent::Kind::SchedulingFailure},
        {QStringLiteral("NodeHasInsufficientMemory"), TimelineEvent::Kind::Pressure},
        {QStringLiteral("NodeHasDiskPressure"), TimelineEvent::Kind::Pressure},
        {QStringLiteral("EvictionThresholdMet"), TimelineEvent::Kind::Pressure},
        {QStringLiteral("RegisteredNode"), TimelineEvent::Kind::NodeAdded},
        {QStringLiteral("NodeReady"), TimelineEvent::Kind::NodeReady},
        {QStringLiteral("Pulled"), std::nullopt},
    };
    for (const auto &[reason, kind] : cases) {
        event.reason = reason;
        QCOMPARE(HistoryRecorder::classify(event), kind);
    }
}

void tst_HistoryRecorder::sharedMasterRecorded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QElapsedTimer clock;
    clock.start();

    auto sim = test::startSim(test::simOptions(QStringLiteral("shared-master"), 60));
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    const QString key = HistoryStore::clusterKey(context.name, context.server);
    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-3600);

    QStringList masters;
    {
        ClusterConnection connection(context);
        connection.metrics()->setInterval(250);
        connection.etcd()->setInterval(1000);
        HistoryStore store;
        store.setDirectory(dir.path());
        QString error;
        QVERIFY2(store.open(key, &error), qPrintable(error));
        advisor::Advisor advisor(&connection);
        HistoryRecorder recorder(&connection, &store, &advisor);
        recorder.setSampleIntervalMs(500);

        QSignalSpy synced(&connection, &ClusterConnection::synced);
        connection.open();
        QVERIFY(synced.wait(30000));
        for (const NodeInfo &node : connection.nodes()->items()) {
            if (node.role() != NodeRole::Worker)
                masters << node.meta.name;
        }
        QVERIFY(!masters.isEmpty());

        // About ten seconds of simulated minutes: samples and both kinds of events.
        auto stored = [&](TimelineEvent::Kind kind) {
            return store.queryEventsNow(from, QDateTime::currentDateTimeUtc().addSecs(3600), {kind})
                .size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(recorder.ticksRecorded() >= 5 &&
                                     stored(TimelineEvent::Kind::FindingStarted) > 0 &&
                                     stored(TimelineEvent::Kind::Eviction) > 0 &&
                                     stored(TimelineEvent::Kind::SchedulingFailure) > 0,
                                 45000);
        qInfo("%.1f s: %lld ticks, %lld events recorded", clock.elapsed() / 1000.0,
              recorder.ticksRecorded(), recorder.eventsRecorded());

        // A scale-up goes on the timeline as it starts and ends.
        const QList<scaling::ServerSize> sizes = scaling::availableSizes(connection);
        QVERIFY(!sizes.isEmpty());
        const scaling::ScalePlan plan = scaling::planScaleUp(
            connection, scaling::ServerRole::Worker, sizes.first().instanceType, 1);
        QVERIFY2(plan.isValid(), qPrintable(plan.refusal));
        scaling::ScaleUpOperation operation(&connection, plan);
        recorder.watch(&operation);
        QSignalSpy finished(&operation, &scaling::ScaleUpOperation::finished);
        operation.start();
        QVERIFY(finished.wait(30000));
        connection.close();
    } // the store writes what is pending and closes

    HistoryStore reopened;
    reopened.setDirectory(dir.path());
    QVERIFY(reopened.open(key));
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(60);
    const SampleQueryResult samples = reopened.querySamplesNow(
        {masters.first(), QString(SeriesName::Masters), QString(SeriesName::ApiLatency)}, from, to);
    QVERIFY(samples.error.isEmpty());
    const QList<SamplePoint> master = samples.series[0].points;
    QVERIFY(master.size() >= 3);
    QVERIFY(master.last().cpu > 0);
    QVERIFY(master.last().memory > 0);
    QVERIFY(!samples.series[1].points.isEmpty());
    QVERIFY(!samples.series[2].points.isEmpty());
    qInfo("master %s: %d samples, last cpu %.2f memory %.2f", qPrintable(masters.first()),
          int(master.size()), master.last().cpu, master.last().memory);

    const QList<TimelineEvent> evictions =
        reopened.queryEventsNow(from, to, {TimelineEvent::Kind::Eviction});
    const QList<TimelineEvent> scheduling =
        reopened.queryEventsNow(from, to, {TimelineEvent::Kind::SchedulingFailure});
    QVERIFY(!evictions.isEmpty());
    QVERIFY(!scheduling.isEmpty());
    int schedulingCount = 0;
    QSet<QString> keys;
    for (const TimelineEvent &e : scheduling) {
        QVERIFY(e.count >= 1);
        QVERIFY(!keys.contains(e.key)); // one entry per Kubernetes event
        keys.insert(e.key);
        schedulingCount += e.count;
    }
    for (const TimelineEvent &e : evictions) {
        QCOMPARE(e.reason, QStringLiteral("Evicted"));
        QVERIFY(!e.node.isEmpty());
    }
    // The advisor's findings are on the timeline too.
    const QList<TimelineEvent> findings =
        reopened.queryEventsNow(from, to, {TimelineEvent::Kind::FindingStarted});
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const TimelineEvent &e) {
        return e.reason == advisor::FindingId::SharedMaster;
    }));
    const QList<TimelineEvent> scaleUp = reopened.queryEventsNow(
        from, to, {TimelineEvent::Kind::ScaleUpStarted, TimelineEvent::Kind::ScaleUpFinished});
    QCOMPARE(scaleUp.size(), 2);
    QCOMPARE(scaleUp[0].kind, TimelineEvent::Kind::ScaleUpStarted);
    QCOMPARE(scaleUp[1].kind, TimelineEvent::Kind::ScaleUpFinished);
    QCOMPARE(scaleUp[1].reason, QStringLiteral("ScaleUpFinished"));
    qInfo("scale-up: %s / %s", qPrintable(scaleUp[0].message), qPrintable(scaleUp[1].message));
    qInfo("%d evictions, %d scheduling-failure entries counting %d occurrences",
          int(evictions.size()), int(scheduling.size()), schedulingCount);
    qInfo("total %.1f s", clock.elapsed() / 1000.0);
}

QTEST_GUILESS_MAIN(tst_HistoryRecorder)
#include "tst_HistoryRecorder.moc"

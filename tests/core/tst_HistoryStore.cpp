// SPDX-License-Identifier: GPL-3.0-or-later
// The history store on disk: what is written is there after a restart, old samples
// become minutes with their extremes, retention and the size bound drop the oldest,
// repeated events stay one entry, and damaged or locked files are reported, not fatal.

#include "app/history/HistoryRecorder.h"
#include "app/history/HistoryStore.h"
#include "app/kube/MetricsPoller.h"
#include "app/kube/Objects.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace maestro;
using namespace maestro::history;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

/// A fixed "now", so that rollup and retention cut where the test expects.
const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

TimelineEvent makeEvent(const QString &key, int count, qint64 firstMs, qint64 lastMs,
                        const QString &message = QStringLiteral("pod evicted"))
{
    TimelineEvent e;
    e.key = key;
    e.kind = TimelineEvent::Kind::Eviction;
    e.reason = QStringLiteral("Evicted");
    e.message = message;
    e.object = QStringLiteral("Pod/default/web-1");
    e.node = QStringLiteral("master-1");
    e.count = count;
    e.firstSeen = at(firstMs);
    e.lastSeen = at(lastMs);
    return e;
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void reloadedAfterRestart();
    void asyncQueries();
    void rolledUp();
    void bucketsKeepExtremes();
    void prunedAtRetention();
    void sizeBound();
    void deduplicatedEvents();
    void corruptDatabaseSetAside();
    void lockedDatabaseReported();
    void appendCostFor5000Nodes();

private:
    std::unique_ptr<HistoryStore> makeStore(const HistoryLimits &limits = {});

    QTemporaryDir m_dir;
    QString m_key = HistoryStore::clusterKey(QStringLiteral("prod"),
                                             QUrl(QStringLiteral("https://10.0.0.1:6443")));
};

void tst_HistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_HistoryStore::init()
{
    // Each test starts from an empty directory of its own.
    QDir(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()))).removeRecursively();
}

std::unique_ptr<HistoryStore> tst_HistoryStore::makeStore(const HistoryLimits &limits)
{
    auto store = std::make_unique<HistoryStore>();
    store->setDirectory(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
    store->setLimits(limits);
    return store;
}

void tst_HistoryStore::reloadedAfterRestart()
{
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    QString path;
    {
        auto store = makeStore();
        QString error;
        QVERIFY2(store->open(m_key, &error), qPrintable(error));
        QCOMPARE(store->state(), HistoryStore::State::Open);
        QVERIFY(store->stateMessage().isEmpty());
        path = store->path();
        for (int i = 0; i < 3; ++i)
            store->appendSamples(t0 + i * 10000, {{QStringLiteral("master-1"), 0.1 * (i + 1), 0.5},
                                                  {QStringLiteral("worker-1"), 0.2, 0.25 * i}});
        store->appendEvents({makeEvent(QStringLiteral("uid-1"), 3, t0, t0 + 20000)});
        store->flush();
        // Only the user reads the history, journals included.
        int checked = 0;
        for (const QString &file :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (!QFile::exists(file))
                continue;
            ++checked;
            QCOMPARE(QFile::permissions(file) &
                         (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                          QFile::WriteOther | QFile::ExeOther | QFile::ExeGroup),
                     QFile::Permissions());
        }
        QCOMPARE(checked, 3);
    } // destroyed: must write what is pending
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());

    auto store = makeStore();
    QVERIFY(store->open(m_key));
    QCOMPARE(store->path(), path);
    const SampleQueryResult result = store->querySamplesNow(
        {QStringLiteral("master-1"), QStringLiteral("worker-1"), QStringLiteral("gone")},
        at(t0 - 1000), at(t0 + 60000));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.series.size(), 3);
    QCOMPARE(result.series[0].node, QStringLiteral("master-1"));
    QCOMPARE(result.series[0].points.size(), 3);
    QCOMPARE(result.series[0].points[2].timestampMs, t0 + 20000);
    QCOMPARE(result.series[0].points[2].cpu, 0.3);
    QCOMPARE(result.series[1].points[2].memory, 0.5);
    QVERIFY(result.series[2].points.isEmpty());

    const QList<TimelineEvent> events = store->queryEventsNow(at(t0 - kHour), at(t0 + kHour));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].count, 3);
    QCOMPARE(events[0].kind, TimelineEvent::Kind::Eviction);
    QCOMPARE(events[0].node, QStringLiteral("master-1"));
    QCOMPARE(events[0].lastSeen, at(t0 + 20000));
}

void tst_HistoryStore::asyncQueries()
{
    auto store = makeStore();
    QVERIFY(store->open(m_key));
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    store->appendSamples(t0, {{QStringLiteral("n1"), 0.5, 0.5}});
    store->appendEvents({makeEvent(QStringLiteral("e1"), 1, t0, t0)});

    // The callbacks see what was appended before them, on the caller's thread.
    bool samplesDone = false;
    bool eventsDone = false;
    QObject context;
    store->querySamples({QStringLiteral("n1")}, at(t0 - 1000), at(t0 + 1000), 100, &context,
                        [&](const SampleQueryResult &r) {
                            QCOMPARE(QThread::currentThread(), thread());
                            QCOMPARE(r.series.value(0).points.size(), 1);
                            samplesDone = true;
                        });
    store->queryEvents(at(t0 - 1000), at(t0 + 1000), {TimelineEvent::Kind::Eviction},
                       {QStringLiteral("master-1")}, &context,
                       [&](const QList<TimelineEvent> &events, const QString &error) {
                           QVERIFY(error.isEmpty());
                           QCOMPARE(events.size(), 1);
                           eventsDone = true;
                       });
    QTRY_VERIFY(samplesDone && eventsDone);

    // A context gone before the answer: the callback never runs.
    bool called = false;
    auto gone = std::make_unique<QObject>();
    store->querySamples({QStringLiteral("n1")}, at(t0 - 1000), at(t0 + 1000), 100, gone.get(),
                        [&](const SampleQueryResult &) { called = true; });
    gone.reset();
    store->flush();
    QTest::qWait(50);
    QVERIFY(!called);

    // Filters: another kind or another node finds nothing.
    QCOMPARE(
        store
            ->queryEventsNow(at(t0 - 1000), at(t0 + 1000), {TimelineEvent::Kind::SchedulingFailure})
            .size(),
        0);
    QCOMPARE(store->queryEventsNow(at(t0 - 1000), at(t0 + 1000), {}, {QStringLiteral("w9")}).size(),
             0);
}

void tst_HistoryStore::rolledUp()
{
    auto store = makeStore();
    QVERIFY(store->open(m_key));
    const qint64 now = kNow.toMSecsSinceEpoch();
    // Three minutes of 10 s samples, 26 h ago, with one spike in the second minute.
    const qint64 start = now - 26 * kHour;
    for (int i = 0; i < 18; ++i) {
        const double cpu = i == 8 ? 0.95 : 0.2 + 0.01 * (i % 6);
        store->appendSamples(start + i * 10000, {{QStringLiteral("n1"), cpu, 0.5}});
    }
    // A recent sample stays raw.
    store->appendSamples(now - kHour, {{QStringLiteral("n1"), 0.4, 0.4}});
    store->flush();
    QCOMPARE(store->stats().rawRows, 19);

    QVERIFY(store->runMaintenance(kNow));
    const HistoryStore::Stats stats = store->stats();
    QCOMPARE(stats.rawRows, 1);
    QCOMPARE(stats.rollupRows, 3);

    const SampleQueryResult result =
        store->querySamplesNow({QStringLiteral("n1")}, at(start - 60000), at(start + 3 * 60000));
    const QList<SamplePoint> minutes = result.series.value(0).points;
    QCOMPARE(minutes.size(), 3);
    for (int m = 0; m < 3; ++m) {
        QCOMPARE(minutes[m].timestampMs, start + m * 60000);
        QCOMPARE(minutes[m].cpuMin, 0.2);
        QCOMPARE(minutes[m].memory, 0.5);
    }
    QCOMPARE(minutes[0].cpuMax, 0.25);
    QCOMPARE(minutes[1].cpuMax, 0.95); // the spike survived the rollup
    QCOMPARE(minutes[2].cpuMax, 0.25);
    QVERIFY(qAbs(minutes[0].cpu - 0.225) < 1e-9);
    QVERIFY(qAbs(minutes[1].cpu - (0.2 + 0.21 + 0.95 + 0.23 + 0.24 + 0.25) / 6) < 1e-9);

    // A late raw row for an already rolled-up minute merges into it.
    store->appendSamples(start + 5000, {{QStringLiteral("n1"), 0.9, 0.5}});
    QVERIFY(store->runMaintenance(kNow));
    const SamplePoint merged =
        store->querySamplesNow({QStringLiteral("n1")}, at(start), at(start + 1))
            .series[0]
            .points[0];
    QCOMPARE(merged.cpuMax, 0.9);
    QVERIFY(qAbs(merged.cpu - (0.225 * 6 + 0.9) / 7) < 1e-9);
    QCOMPARE(store->stats().rollupRows, 3);
}

void tst_HistoryStore::bucketsKeepExtremes()
{
    auto store = makeStore();
    QVERIFY(store->open(m_key));
    const qint64 t0 = (QDateTime::currentMSecsSinceEpoch() / kHour - 2) * kHour;
    for (int i = 0; i < 360; ++i) // one hour of 10 s samples
        store->appendSamples(
            t0 + i * 10000, {{QStringLiteral("n1"), i == 100 ? 0.99 : 0.1, i == 200 ? 0.01 : 0.5}});
    const SampleQueryResult r =
        store->querySamplesNow({QStringLiteral("n1")}, at(t0), at(t0 + kHour), 60);
    QVERIFY(r.series[0].points.size() <= 61);
    QCOMPARE(r.resolutionMs, 60000);
    double cpuMax = 0;
    double memoryMin = 1;
    for (const SamplePoint &p : r.series[0].points) {
        cpuMax = std::max(cpuMax, p.cpuMax);
        memoryMin = std::min(memoryMin, p.memoryMin);
    }
    QCOMPARE(cpuMax, 0.99);
    QCOMPARE(memoryMin, 0.01);
}

void tst_HistoryStore::prunedAtRetention()
{
    auto store = makeStore();
    QVERIFY(store->open(m_key));
    store->setRetentionDays(2);
    const qint64 now = kNow.toMSecsSinceEpoch();
    store->appendSamples(now - 3 * kDay, {{QStringLiteral("n1"), 0.1, 0.1}});
    store->appendSamples(now - kDay - kHour, {{QStringLiteral("n1"), 0.2, 0.2}});
    store->appendSamples(now - kHour, {{QStringLiteral("n1"), 0.3, 0.3}});
    store->appendEvents({makeEvent(QStringLiteral("old"), 1, now - 3 * kDay, now - 3 * kDay),
                         makeEvent(QStringLiteral("new"), 1, now - kHour, now - kHour)});
    QVERIFY(store->runMaintenance(kNow));

    const QList<SamplePoint> points =
        store->querySamplesNow({QStringLiteral("n1")}, at(now - 4 * kDay), kNow).series[0].points;
    QCOMPARE(points.size(), 2);
    QCOMPARE(points[0].cpu, 0.2); // rolled up, kept
    QCOMPARE(points[1].cpu, 0.3); // raw, kept
    const QList<TimelineEvent> events = store->queryEventsNow(at(now - 4 * kDay), kNow);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].key, QStringLiteral("new"));
}

void tst_HistoryStore::sizeBound()
{
    auto store = makeStore();
    QVERIFY(store->open(m_key));
    const qint64 now = kNow.toMSecsSinceEpoch();
    // 200 nodes × 1,000 ticks: a few MB, well over a 1 MB bound.
    constexpr int kTicks = 1000;
    for (int t = 0; t < kTicks; ++t) {
        QList<NodeSample> samples;
        for (int n = 0; n < 200; ++n)
            samples.append({QStringLiteral("node-%1").arg(n), 0.5, 0.5});
        store->appendSamples(now - qint64(kTicks - t) * 10000, samples);
    }
    const HistoryStore::Stats before = store->stats();
    QCOMPARE(before.rawRows, 200 * kTicks);
    QVERIFY2(before.usedBytes > 2 * 1024 * 1024, QByteArray::number(before.usedBytes).constData());

    store->setMaxSizeMb(1);
    QVERIFY(store->runMaintenance(kNow));
    const HistoryStore::Stats after = store->stats();
    qInfo("size bound: %lld rows, %lld bytes -> %lld rows, %lld bytes; file %lld bytes",
          before.rawRows, before.usedBytes, after.rawRows, after.usedBytes,
          QFileInfo(store->path()).size());
    QVERIFY(after.usedBytes <= 1024 * 1024);
    QVERIFY(after.rawRows > 0);
    QVERIFY(QFileInfo(store->path()).size() <= 2 * 1024 * 1024); // pages handed back
    // Oldest first: the newest tick is still there, the oldest is gone.
    const auto newest = store->querySamplesNow({QStringLiteral("node-7")}, at(now - 10000), kNow);
    QCOMPARE(newest.series[0].points.size(), 1);
    const auto oldest = store->querySamplesNow({QStringLiteral("node-7")}, at(now - kTicks * 10000),
                                               at(now - (kTicks - 1) * 10000));
    QVERIFY(oldest.series[0].points.isEmpty());
}

void tst_HistoryStore::deduplicatedEvents()
{
    auto store = makeStore();
    QVERIFY(store->open(m_key));
    const qint64 t0 = kNow.toMSecsSinceEpoch();
    store->appendEvents({makeEvent(QStringLiteral("uid-7"), 1, t0, t0, QStringLiteral("first"))});
    store->appendEvents(
        {makeEvent(QStringLiteral("uid-7"), 5, t0, t0 + 40000, QStringLiteral("fifth"))});
    store->flush();
    // An older copy arriving late (a re-list) does not move it back.
    store->appendEvents(
        {makeEvent(QStringLiteral("uid-7"), 3, t0, t0 + 20000, QStringLiteral("third"))});
    store->appendEvents({makeEvent(QStringLiteral("uid-8"), 2, t0 + 1000, t0 + 2000)});

    const QList<TimelineEvent> events = store->queryEventsNow(at(t0 - kHour), at(t0 + kHour));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].key, QStringLiteral("uid-7"));
    QCOMPARE(events[0].count, 5);
    QCOMPARE(events[0].message, QStringLiteral("fifth"));
    QCOMPARE(events[0].firstSeen, at(t0));
    QCOMPARE(events[0].lastSeen, at(t0 + 40000));
    QCOMPARE(events[1].count, 2);
    QCOMPARE(store->stats().events, 2);
}

void tst_HistoryStore::corruptDatabaseSetAside()
{
    auto store = makeStore();
    const QString path = store->databasePath(m_key);
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        QByteArray bytes(16384, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        junk.write(bytes);
    }
    QSignalSpy stateSpy(store.get(), &HistoryStore::stateChanged);
    QString message;
    QVERIFY(store->open(m_key, &message));
    QCOMPARE(store->state(), HistoryStore::State::Recovered);
    QVERIFY(!store->stateMessage().isEmpty());
    QCOMPARE(message, store->stateMessage());
    QCOMPARE(stateSpy.size(), 1);
    qInfo("reported: %s", qPrintable(message));

    const QStringList aside =
        QDir(QFileInfo(path).absolutePath())
            .entryList({QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(message.contains(aside.first()));

    // The fresh database works.
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    store->appendSamples(t0, {{QStringLiteral("n1"), 0.5, 0.5}});
    QCOMPARE(store->querySamplesNow({QStringLiteral("n1")}, at(t0), at(t0)).series[0].points.size(),
             1);
    store.reset();
    auto again = makeStore();
    QVERIFY(again->open(m_key));
    QCOMPARE(again->state(), HistoryStore::State::Open);
}

void tst_HistoryStore::lockedDatabaseReported()
{
    HistoryLimits limits;
    limits.busyTimeoutMs = 200;
    QString path;
    {
        auto store = makeStore(limits);
        QVERIFY(store->open(m_key)); // creates it, in WAL mode
        path = store->path();
    }

    // Another program holding the write lock.
    {
        QSqlDatabase locker =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery q(locker);
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('locker', '1')")));

        auto store = makeStore(limits);
        QElapsedTimer clock;
        clock.start();
        QString message;
        QVERIFY(store->open(m_key, &message));
        qInfo("locked: reported after %lld ms: %s", clock.elapsed(), qPrintable(message));
        QCOMPARE(store->state(), HistoryStore::State::InMemory);
        QVERIFY(!store->stateMessage().isEmpty());
        // Still usable for this session.
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        store->appendSamples(t0, {{QStringLiteral("n1"), 0.5, 0.5}});
        QCOMPARE(
            store->querySamplesNow({QStringLiteral("n1")}, at(t0), at(t0)).series[0].points.size(),
            1);
        store.reset();
        // The other program's file was left alone.
        QVERIFY(QFile::exists(path));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));

    // Once released, the file opens normally again.
    auto store = makeStore(limits);
    QVERIFY(store->open(m_key));
    QCOMPARE(store->state(), HistoryStore::State::Open);
}

void tst_HistoryStore::appendCostFor5000Nodes()
{
    auto store = makeStore();
    QVERIFY(store->open(m_key));

    // What the recorder does per tick: samples from the informer's nodes and the poll.
    QHash<QString, kube::NodeInfo> nodes;
    QHash<QString, kube::Usage> usage;
    for (int i = 0; i < 5000; ++i) {
        kube::NodeInfo node;
        node.meta.name = QStringLiteral("node-%1").arg(i);
        node.cpuAllocatableMilli = 4000;
        node.memoryAllocatableBytes = 8LL << 30;
        node.controlPlaneLabel = i < 3;
        nodes.insert(node.meta.name, node);
        usage.insert(node.meta.name, {qint64(i % 4000) * 1000000, 4LL << 30, {}});
    }
    QElapsedTimer clock;
    clock.start();
    QList<NodeSample> samples = HistoryRecorder::samplesOf(nodes, usage);
    const qint64 buildNs = clock.nsecsElapsed();
    QCOMPARE(samples.size(), 5002); // and the two role aggregates

    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    clock.restart();
    store->appendSamples(t0, samples);
    const qint64 appendNs = clock.nsecsElapsed();
    clock.restart();
    store->flush();
    const qint64 writeNs = clock.nsecsElapsed();
    qInfo("5,000 nodes: samplesOf %.3f ms, appendSamples %.3f ms (UI thread); "
          "written by the worker in %.1f ms",
          buildNs / 1e6, appendNs / 1e6, writeNs / 1e6);
    QCOMPARE(store->stats().rawRows, 5002);

    // A few more ticks: the worst of them, since one slow append would freeze a frame.
    // (Not QBENCHMARK: it would queue thousands of ticks for the writer.)
    qint64 worstNs = 0;
    for (int i = 1; i <= 10; ++i) {
        clock.restart();
        store->appendSamples(t0 + i, samples);
        worstNs = std::max(worstNs, clock.nsecsElapsed());
    }
    qInfo("appendSamples of 5,000 nodes, worst of 10 more: %.3f ms", worstNs / 1e6);
    store->flush();
    const auto master = store->querySamplesNow(
        {QStringLiteral("node-1"), QString(SeriesName::Masters)}, at(t0), at(t0));
    QCOMPARE(master.series[0].points.value(0).cpu, 1000000.0 / 4e9);
    QCOMPARE(master.series[1].points.size(), 1);
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_HistoryStore.moc"

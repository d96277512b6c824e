// SPDX-License-Identifier: GPL-3.0-or-later
// List-then-watch against maestro-sim: the informers' stores must end up equal to what the
// server holds, also when watches drop and resourceVersions expire under them.

#include "KubeTestSupport.h"
#include "StoreComparison.h"

#include "app/kube/ApiClient.h"
#include "app/kube/Informer.h"
#include "app/kube/Objects.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace maestro;
using namespace maestro::kube;

namespace {

using test::difference;
using test::freshList;
using test::Versions;
using test::versionsOf;

struct Informers
{
    explicit Informers(ApiClient *client, int pageSize)
        : nodes(client, QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes"), decodeNode)
        , pods(client, QStringLiteral("/api/v1/pods"), QStringLiteral("pods"), decodePod)
        , events(client, QStringLiteral("/api/v1/events"), QStringLiteral("events"), decodeEvent)
    {
        for (InformerBase *informer : all()) {
            informer->setPageSize(pageSize);
            informer->start();
        }
    }
    QList<InformerBase *> all() { return {&nodes, &pods, &events}; }
    bool synced()
    {
        for (InformerBase *informer : all()) {
            if (!informer->hasSynced())
                return false;
        }
        return true;
    }
    Informer<NodeInfo> nodes;
    Informer<PodInfo> pods;
    Informer<EventInfo> events;
};

} // namespace

class tst_Informer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncsAndFollowsTheServer();
    void convergesUnderFaults();
    void largeCluster();
    void expiredContinueRelistsInPages();
    void restartReconciles();
    void unauthorizedStops();
    void notServedFails();
    void instantlyEndingWatchBacksOff();

private:
    /// Retries the comparison: events may be in flight at the moment of the list.
    template<class T>
    bool converges(const Informer<T> &informer, ApiClient &checker, const QString &path,
                   QString *why)
    {
        return QTest::qWaitFor(
            [&] {
                *why = difference(versionsOf(informer), freshList(checker, path));
                return why->isEmpty();
            },
            30000);
    }
};

void tst_Informer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Informer::syncsAndFollowsTheServer()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    Informers informers(&client, 7);
    QSignalSpy podBatches(&informers.pods, &InformerBase::changed);
    QSignalSpy podProgress(&informers.pods, &InformerBase::listProgress);
    QTRY_VERIFY_WITH_TIMEOUT(informers.synced(), 20000);
    for (InformerBase *informer : informers.all()) {
        QCOMPARE(informer->state(), InformerBase::State::Watching);
        QVERIFY(!informer->isStale());
        QVERIFY(informer->firstSyncMs() >= 0);
        QVERIFY(!informer->lastResourceVersion().isEmpty());
    }
    QVERIFY(informers.nodes.count() >= 1);
    QVERIFY(informers.pods.count() > 7);
    // Seven per page: the pods came in several pages, each handed on as it arrived.
    QVERIFY2(podProgress.count() >= 2, qPrintable(QString::number(podProgress.count())));
    QCOMPARE(podProgress.last().first().toInt(), informers.pods.count());

    // Let the simulated cluster move on under the watches.
    QTRY_VERIFY_WITH_TIMEOUT(informers.pods.eventsApplied() + informers.events.eventsApplied() +
                                     informers.nodes.eventsApplied() >=
                                 30,
                             30000);
    QString why;
    QVERIFY2(converges(informers.nodes, checker, QStringLiteral("/api/v1/nodes"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.pods, checker, QStringLiteral("/api/v1/pods"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.events, checker, QStringLiteral("/api/v1/events"), &why),
             qPrintable(why));
    // Nothing went wrong, so nothing was re-listed.
    for (InformerBase *informer : informers.all())
        QCOMPARE(informer->relists(), 0);

    // Changes reach listeners in batches, not one signal per event.
    const int batches = int(podBatches.count());
    int changes = 0;
    for (const QList<QVariant> &batch : podBatches)
        changes += batch.first().value<ChangeBatch>().size();
    QVERIFY(changes >= informers.pods.count());
    QVERIFY2(batches < changes,
             qPrintable(QStringLiteral("%1 batches for %2 changes").arg(batches).arg(changes)));
}

void tst_Informer::convergesUnderFaults()
{
    auto options = test::simOptions();
    options.faults = QStringLiteral("drop-watch=0.3,expire=0.3");
    auto sim = test::startSim(options);
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    Informers informers(&client, 7);
    QTRY_VERIFY_WITH_TIMEOUT(informers.synced(), 30000);

    // Churn until every informer has lost its watch and had to re-list a few times.
    auto total = [&](auto figure) {
        int sum = 0;
        for (InformerBase *informer : informers.all())
            sum += int(figure(informer));
        return sum;
    };
    auto relists = [](InformerBase *i) { return i->relists(); };
    auto restarts = [](InformerBase *i) { return i->watchRestarts(); };
    // Every informer must have lost its watch at least once: events arrive less often
    // than node heartbeats, so theirs may be the last to be dropped.
    auto everyOneRestarted = [&] {
        for (InformerBase *informer : informers.all()) {
            if (informer->watchRestarts() == 0)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(total(relists) >= 3 && total(restarts) >= 10 && everyOneRestarted(),
                             90000);
    for (InformerBase *informer : informers.all()) {
        QVERIFY2(informer->watchRestarts() > 0, qPrintable(informer->resource()));
        QVERIFY(informer->state() != InformerBase::State::Failed);
        QVERIFY(informer->state() != InformerBase::State::Unauthorized);
    }

    QString why;
    QVERIFY2(converges(informers.nodes, checker, QStringLiteral("/api/v1/nodes"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.pods, checker, QStringLiteral("/api/v1/pods"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.events, checker, QStringLiteral("/api/v1/events"), &why),
             qPrintable(why));
    qInfo("under faults: %d relists, %d watch restarts", total(relists), total(restarts));
}

void tst_Informer::largeCluster()
{
    auto options = test::simOptions(QStringLiteral("large"), 10);
    options.cluster.largeNodes = 20;
    options.cluster.largePods = 2000;
    options.cluster.largeEvents = 500;
    auto sim = test::startSim(options);
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    Informers informers(&client, 250);
    QSignalSpy podProgress(&informers.pods, &InformerBase::listProgress);
    QTRY_VERIFY_WITH_TIMEOUT(informers.synced(), 60000);
    QVERIFY2(informers.nodes.count() >= 20, qPrintable(QString::number(informers.nodes.count())));
    QVERIFY2(informers.pods.count() >= 1500, qPrintable(QString::number(informers.pods.count())));
    QVERIFY2(informers.events.count() >= 100,
             qPrintable(QString::number(informers.events.count())));
    // 250 per page: the pods arrived in several pages.
    QVERIFY(podProgress.count() >= 6);

    QString why;
    QVERIFY2(converges(informers.nodes, checker, QStringLiteral("/api/v1/nodes"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.pods, checker, QStringLiteral("/api/v1/pods"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.events, checker, QStringLiteral("/api/v1/events"), &why),
             qPrintable(why));
}

void tst_Informer::expiredContinueRelistsInPages()
{
    // Continue tokens expire (a list outlived etcd's compaction): the list starts again
    // from the beginning, still in pages, since the whole list of a large cluster is more
    // than a response may hold.
    auto options = test::simOptions(QStringLiteral("large"), 10);
    options.cluster.largeNodes = 20;
    options.cluster.largePods = 2000;
    options.cluster.largeEvents = 100;
    options.faults = QStringLiteral("expire-continue=0.25");
    auto sim = test::startSim(options);
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    constexpr int kPageSize = 100;
    Informer<PodInfo> pods(&client, QStringLiteral("/api/v1/pods"), QStringLiteral("pods"),
                           decodePod);
    pods.setPageSize(kPageSize);
    // The objects each page brought: progress counts up from 0 in every list.
    QList<int> pageSizes;
    int loaded = 0;
    connect(&pods, &InformerBase::listProgress, this, [&](int progress) {
        pageSizes.append(progress > loaded ? progress - loaded : progress);
        loaded = progress;
    });
    pods.start();
    QTRY_VERIFY_WITH_TIMEOUT(pods.hasSynced(), 120000);
    QVERIFY2(pods.expiredContinues() >= 1, "no continue token expired");
    QVERIFY2(pods.count() >= 2000, qPrintable(QString::number(pods.count())));
    // Never the whole list at once: pages grow after each expiry, to 8 times the size.
    const int largest = *std::max_element(pageSizes.cbegin(), pageSizes.cend());
    QVERIFY2(largest <= 8 * kPageSize, qPrintable(QString::number(largest)));
    QVERIFY(pageSizes.size() >= pods.count() / (8 * kPageSize));
    qInfo("%d continue tokens expired, %lld pages, the largest of %d pods", pods.expiredContinues(),
          qlonglong(pageSizes.size()), largest);

    // One page for the comparison: no continue token to expire.
    QString why;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     why = difference(versionsOf(pods),
                                      freshList(checker, QStringLiteral("/api/v1/pods"), 100000));
                     return why.isEmpty();
                 },
                 30000),
             qPrintable(why));
}

void tst_Informer::restartReconciles()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    Informer<PodInfo> pods(&client, QStringLiteral("/api/v1/pods"), QStringLiteral("pods"),
                           decodePod);
    pods.addIndex(QStringLiteral("node"), [](const PodInfo &p) { return p.nodeName; });
    pods.setPageSize(5);
    QSignalSpy synced(&pods, &InformerBase::synced);
    pods.start();
    QTRY_VERIFY_WITH_TIMEOUT(pods.hasSynced(), 20000);
    QCOMPARE(synced.count(), 1);

    // A restart re-lists over the kept store: it counts as a re-list, and the store
    // is never emptied in between (the UI keeps showing rows).
    QSignalSpy batches(&pods, &InformerBase::changed);
    const int before = pods.count();
    pods.restart();
    QCOMPARE(pods.count(), before);
    QTRY_COMPARE_WITH_TIMEOUT(pods.state(), InformerBase::State::Watching, 20000);
    QCOMPARE(pods.relists(), 1);
    QCOMPARE(synced.count(), 1);
    QString why;
    QVERIFY2(converges(pods, checker, QStringLiteral("/api/v1/pods"), &why), qPrintable(why));

    // The secondary index agrees with the store.
    int indexed = 0;
    QSet<QString> nodes;
    for (const PodInfo &pod : pods.items())
        nodes.insert(pod.nodeName);
    for (const QString &node : nodes) {
        for (const QString &key : pods.indexed(QStringLiteral("node"), node)) {
            QVERIFY(pods.find(key));
            QCOMPARE(pods.find(key)->nodeName, node);
            ++indexed;
        }
    }
    QCOMPARE(indexed, pods.count());

    pods.stop();
    QCOMPARE(pods.state(), InformerBase::State::Idle);
    QVERIFY(pods.isStale());
}

void tst_Informer::unauthorizedStops()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    ResolvedContext context = test::contextOf(sim->kubeconfig());
    context.token = "wrong";
    ApiClient client(context);
    Informer<NodeInfo> nodes(&client, QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes"),
                             decodeNode);
    nodes.start();
    QTRY_COMPARE_WITH_TIMEOUT(nodes.state(), InformerBase::State::Unauthorized, 10000);
    QCOMPARE(nodes.lastError().kind, ApiErrorKind::Unauthorized);
    QVERIFY(!nodes.hasSynced());

    // A new token, then restart(): it loads.
    client.setBearerToken(test::simOptions().token.toUtf8());
    nodes.restart();
    QTRY_VERIFY_WITH_TIMEOUT(nodes.hasSynced(), 10000);
    QCOMPARE(nodes.state(), InformerBase::State::Watching);
}

void tst_Informer::notServedFails()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    ApiClient client(test::contextOf(sim->kubeconfig()));
    Informer<MachineInfo> machines(&client, QStringLiteral("/apis/example.com/v1/widgets"),
                                   QStringLiteral("widgets"), decodeMachine);
    machines.start();
    QTRY_COMPARE_WITH_TIMEOUT(machines.state(), InformerBase::State::Failed, 10000);
    QCOMPARE(machines.lastError().kind, ApiErrorKind::NotFound);
}

void tst_Informer::instantlyEndingWatchBacksOff()
{
    test::FakeHttpServer fake(test::FakeHttpServer::Mode::EmptyWatch);
    ApiClient client(test::plainContext(fake.url()));
    Informer<NodeInfo> nodes(&client, QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes"),
                             decodeNode);
    nodes.start();
    QTRY_VERIFY_WITH_TIMEOUT(nodes.hasSynced(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(fake.watches() >= 1, 10000);
    // A watch that ends at once is retried after a pause, not in a tight loop.
    QTest::qWait(700);
    QVERIFY2(fake.watches() <= 2, qPrintable(QString::number(fake.watches())));
    QTRY_COMPARE_WITH_TIMEOUT(nodes.state(), InformerBase::State::Retrying, 5000);
    QVERIFY(nodes.isStale());
}

QTEST_GUILESS_MAIN(tst_Informer)
#include "tst_Informer.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Draining a node against maestro-sim: refused up front for local storage and bare pods
// unless allowed, waits on a PodDisruptionBudget's 429s, ends once the evicted pods have
// left, keeps DaemonSet and mirror pods, and leaves the node cordoned; kubectl agrees.

#include "LifecycleTestSupport.h"
#include "SimPodEdits.h"

#include "app/history/HistoryRecorder.h"
#include "app/history/HistoryStore.h"
#include "app/lifecycle/DrainOperation.h"

#include <QTemporaryDir>

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::lifecycle;

namespace {

/// The node running the single cart-redis pod (an emptyDir pod).
QString redisNode(ClusterConnection &connection)
{
    for (const PodInfo &pod : connection.pods()->items()) {
        if (pod.meta.namespace_ == u"shop" && pod.app == u"cart-redis" &&
            pod.phase == PodPhase::Running && !pod.nodeName.isEmpty())
            return pod.nodeName;
    }
    return {};
}

/// The pods on `node` as the server lists them that a drain should have evicted: all
/// but DaemonSet and mirror pods ("undecodable" for one that does not decode).
QStringList podsThatShouldHaveLeft(ClusterConnection &connection, const QString &node)
{
    const QJsonObject pods = test::getJson(
        connection, QStringLiteral("/api/v1/pods"),
        QUrlQuery{{QStringLiteral("fieldSelector"), QStringLiteral("spec.nodeName=") + node}});
    QStringList left;
    for (const QJsonValue &item : pods.value(QLatin1String("items")).toArray()) {
        const auto pod = decodePod(item.toObject());
        if (!pod)
            left << QStringLiteral("undecodable");
        else if (!pod->isDaemonSetPod() && !pod->mirror)
            left << pod->meta.key();
    }
    return left;
}

RequestSpec createRedisBudget()
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/apis/policy/v1/namespaces/shop/poddisruptionbudgets");
    spec.contentType = "application/json";
    spec.body = R"({"apiVersion":"policy/v1","kind":"PodDisruptionBudget",)"
                R"("metadata":{"name":"cart-redis","namespace":"shop"},)"
                R"("spec":{"minAvailable":1,"selector":{"matchLabels":{"app":"cart-redis"}}}})";
    return spec;
}

/// A ReplicaSet's running pod on another node than `node` (empty when none).
QString replicaSetPodOffNode(ClusterConnection &connection, const QString &node)
{
    for (const PodInfo &pod : connection.pods()->items()) {
        if (pod.ownerKind == u"ReplicaSet" && pod.phase == PodPhase::Running &&
            !pod.nodeName.isEmpty() && pod.nodeName != node)
            return pod.meta.key();
    }
    return {};
}

enum class Owner { Kept, Removed };

/// Moves pod `key` onto `node` in the simulator's store when the drain reaches its
/// "Cordoning" step: after the first look at the node's pods and before the cordon is
/// sent, a scheduler's decision in flight. `*arrived` says whether it was moved.
void moveOntoNodeBeforeCordon(DrainOperation &drain, sim::SimServerThread &sim, const QString &key,
                              const QString &node, Owner owner, bool *arrived)
{
    QObject::connect(&drain, &LifecycleOperation::stepReached, &drain,
                     [&sim, key, node, owner, arrived](const QString &step) {
                         if (*arrived || !step.startsWith(QLatin1String("Cordoning")))
                             return;
                         *arrived = test::editSimPod(sim, key, [&](QJsonObject &pod) {
                             QJsonObject spec = pod.value(u"spec").toObject();
                             spec.insert(QStringLiteral("nodeName"), node);
                             pod.insert(QStringLiteral("spec"), spec);
                             if (owner == Owner::Removed) {
                                 QJsonObject metadata = pod.value(u"metadata").toObject();
                                 metadata.remove(QStringLiteral("ownerReferences"));
                                 pod.insert(QStringLiteral("metadata"), metadata);
                             }
                         });
                     });
}

} // namespace

class tst_DrainOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void planListsWhatMovesAndWhatBlocks();
    void refusedForLocalStorageUnlessAllowed();
    void waitsOnBudgetThenFinishes();
    void cancelKeepsTheNodeCordoned();
    void podArrivingBeforeTheCordonIsEvictedToo();
    void refusingPodArrivingBeforeTheCordonLeavesItCordoned();
};

void tst_DrainOperation::planListsWhatMovesAndWhatBlocks()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    const QString master = connection->nodes()->items().begin()->meta.name;
    DrainPlanLoader loader(connection->client(), master);
    QSignalSpy loaded(&loader, &DrainPlanLoader::loaded);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    const DrainPlan plan = loaded.first().first().value<DrainPlan>();
    QCOMPARE(plan.node, master);
    QStringList bare, local, staying;
    for (const DrainPod &p : plan.bare())
        bare << p.key();
    for (const DrainPod &p : plan.withLocalStorage())
        local << p.key();
    for (const DrainPod &p : plan.staying)
        staying << p.ownerKind;
    QCOMPARE(bare, QStringList{QStringLiteral("shop/db-shell")});
    QCOMPARE(local.size(), 1);
    QVERIFY2(local.first().startsWith(QLatin1String("shop/cart-redis-")),
             qPrintable(local.first()));
    QVERIFY2(staying.contains(QStringLiteral("DaemonSet")) &&
                 staying.contains(QStringLiteral("Node")),
             qPrintable(staying.join(u',')));
    // The storefront budget (minAvailable 2 of 3) covers the storefront pods on this node.
    QStringList budgets;
    for (const DisruptionBudgetInfo &b : plan.budgets)
        budgets << b.meta.key();
    QVERIFY2(budgets.contains(QStringLiteral("shop/storefront")), qPrintable(budgets.join(u',')));
    QVERIFY(!plan.refusal({}).isEmpty());
    QVERIFY(plan.refusal({true, true, 300}).isEmpty());
}

void tst_DrainOperation::refusedForLocalStorageUnlessAllowed()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    QString node;
    QTRY_VERIFY_WITH_TIMEOUT(!(node = redisNode(*connection)).isEmpty(), 20000);

    DrainOptions options;
    options.force = true; // bare pods allowed, local storage not
    DrainOperation refused(connection.get(), node, options);
    QSignalSpy finished(&refused, &LifecycleOperation::finished);
    refused.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(refused.phase(), LifecycleOperation::Phase::Failed);
    QVERIFY2(refused.message().contains(QLatin1String("cart-redis")),
             qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QLatin1String("local storage")),
             qPrintable(refused.message()));
    // Refused before anything changed: not cordoned, nothing evicted.
    QTest::qWait(500);
    QVERIFY(!connection->nodes()->find(node)->unschedulable);
    QCOMPARE(redisNode(*connection), node);

    options.deleteLocalData = true;
    DrainOperation allowed(connection.get(), node, options);
    QSignalSpy done(&allowed, &LifecycleOperation::finished);
    allowed.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 45000);
    QVERIFY2(allowed.phase() == LifecycleOperation::Phase::Finished, qPrintable(allowed.message()));
}

void tst_DrainOperation::waitsOnBudgetThenFinishes()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    QString node;
    QTRY_VERIFY_WITH_TIMEOUT(!(node = redisNode(*connection)).isEmpty(), 20000);
    // A budget that allows no disruption of the single cart-redis pod.
    QVERIFY(!test::sendAndWait(*connection, createRedisBudget()).isError());

    // The drain goes on the cluster's timeline as the app's own operation.
    QTemporaryDir historyDir;
    history::HistoryStore store;
    store.setDirectory(historyDir.path());
    QVERIFY(store.open(QStringLiteral("drain-test")));
    history::HistoryRecorder recorder(connection.get(), &store);
    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-60);

    DrainOperation drain(connection.get(), node, {true, true, 120});
    drain.setRetryIntervalMs(300);
    recorder.watch(&drain);
    QSignalSpy finished(&drain, &LifecycleOperation::finished);
    QStringList steps;
    connect(&drain, &LifecycleOperation::stepReached, this,
            [&](const QString &step) { steps << step; });
    drain.start();
    QTRY_VERIFY_WITH_TIMEOUT(drain.budgetWaits() >= 3, 30000);
    QCOMPARE(finished.count(), 0);
    QVERIFY(connection->nodes()->find(node)->unschedulable);
    bool blockedShown = false;
    for (const EvictionProgress &p : drain.pods()) {
        if (p.pod.name.startsWith(QLatin1String("cart-redis-"))) {
            QCOMPARE(p.state, EvictionProgress::State::BlockedByBudget);
            QVERIFY2(p.detail.contains(QLatin1String("disruption budget")), qPrintable(p.detail));
            blockedShown = true;
        }
    }
    QVERIFY(blockedShown);
    QCOMPARE(redisNode(*connection), node);
    if (test::Kubectl::available()) {
        test::Kubectl kubectl(sim->kubeconfig());
        const auto pdbs =
            kubectl.table({QStringLiteral("get"), QStringLiteral("pdb"), QStringLiteral("-A")}, 1);
        QCOMPARE(pdbs.value(QStringLiteral("cart-redis")).value(4), QStringLiteral("0"));
    }

    // The budget goes (its owner lowered it); the waiting eviction goes through.
    RequestSpec remove;
    remove.verb = "DELETE";
    remove.path = QStringLiteral("/apis/policy/v1/namespaces/shop/poddisruptionbudgets/cart-redis");
    QVERIFY(!test::sendAndWait(*connection, remove).isError());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 45000);
    QVERIFY2(drain.phase() == LifecycleOperation::Phase::Finished, qPrintable(drain.message()));
    QCOMPARE(drain.goneCount(), int(drain.pods().size()));
    QVERIFY(steps.join(u'\n').contains(QLatin1String("waits for its disruption budget")));
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(60);
    QList<history::TimelineEvent> recorded;
    QTRY_VERIFY(
        (recorded = store.queryEventsNow(from, to, {history::TimelineEvent::Kind::ServerAction}))
            .size() >= 3);
    QStringList reasons;
    for (const history::TimelineEvent &e : recorded) {
        reasons << e.reason;
        QCOMPARE(e.node, node);
    }
    QCOMPARE(reasons.first(), QStringLiteral("drain-started"));
    QCOMPARE(reasons.last(), QStringLiteral("drain-Finished"));
    QVERIFY(std::any_of(recorded.begin(), recorded.end(), [](const history::TimelineEvent &e) {
        return e.reason == u"drain-progress" &&
               e.message.contains(QLatin1String("disruption budget"));
    }));
    // Only DaemonSet and mirror pods are left, the node stays cordoned, and what was
    // evicted runs elsewhere.
    const QStringList left = podsThatShouldHaveLeft(*connection, node);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
    QVERIFY(connection->nodes()->find(node)->unschedulable);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QString now = redisNode(*connection);
            return !now.isEmpty() && now != node;
        }(),
        45000);
    for (const EvictionProgress &p : drain.pods()) {
        if (p.pod.ownerKind != u"ReplicaSet")
            continue;
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                for (const PodInfo &pod : connection->pods()->items()) {
                    if (pod.ownerName == p.pod.ownerName && pod.phase == PodPhase::Running &&
                        pod.nodeName != node && !pod.nodeName.isEmpty())
                        return true;
                }
                return false;
            }(),
            qPrintable(p.pod.key()), 45000);
    }
    if (test::Kubectl::available()) {
        test::Kubectl kubectl(sim->kubeconfig());
        const auto rows = kubectl.table({QStringLiteral("get"), QStringLiteral("nodes")});
        QCOMPARE(rows.value(node).value(1), QStringLiteral("Ready,SchedulingDisabled"));
    }
}

void tst_DrainOperation::cancelKeepsTheNodeCordoned()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    QString node;
    QTRY_VERIFY_WITH_TIMEOUT(!(node = redisNode(*connection)).isEmpty(), 20000);
    QVERIFY(!test::sendAndWait(*connection, createRedisBudget()).isError());
    DrainOperation drain(connection.get(), node, {true, true, 120});
    drain.setRetryIntervalMs(300);
    QSignalSpy finished(&drain, &LifecycleOperation::finished);
    drain.start();
    QTRY_VERIFY_WITH_TIMEOUT(drain.budgetWaits() >= 1, 30000);
    drain.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(drain.phase(), LifecycleOperation::Phase::Cancelled);
    const int waits = drain.budgetWaits();
    // Five retry intervals without a sign of life: a drain still evicting would show one.
    QSignalSpy progress(&drain, &LifecycleOperation::progressChanged);
    QVERIFY(!progress.wait(5 * 300));
    QCOMPARE(drain.budgetWaits(), waits); // no more evictions after the cancel
    QVERIFY(connection->nodes()->find(node)->unschedulable);
    QCOMPARE(redisNode(*connection), node);
}

/// A pod that reaches the node after the first look at its pods and before the cordon
/// (a scheduler's decision in flight) is evicted too, as kubectl drain would: it lists
/// the pods once the node is cordoned.
void tst_DrainOperation::podArrivingBeforeTheCordonIsEvictedToo()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    QString node;
    QTRY_VERIFY_WITH_TIMEOUT(!(node = redisNode(*connection)).isEmpty(), 20000);
    // The late arrival: a ReplicaSet's pod running on another node now.
    const QString lateKey = replicaSetPodOffNode(*connection, node);
    QVERIFY(!lateKey.isEmpty());

    DrainOptions options;
    options.force = true;
    options.deleteLocalData = true;
    DrainOperation drain(connection.get(), node, options);
    QSignalSpy finished(&drain, &LifecycleOperation::finished);
    bool arrived = false;
    moveOntoNodeBeforeCordon(drain, *sim, lateKey, node, Owner::Kept, &arrived);
    drain.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 45000);
    QVERIFY(arrived);
    QVERIFY2(drain.phase() == LifecycleOperation::Phase::Finished, qPrintable(drain.message()));
    const QList<EvictionProgress> pods = drain.pods();
    QVERIFY2(std::any_of(pods.cbegin(), pods.cend(),
                         [&lateKey](const EvictionProgress &p) { return p.pod.key() == lateKey; }),
             qPrintable(lateKey));
    const QStringList left = podsThatShouldHaveLeft(*connection, node);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
}

/// A pod without a controller that reaches the node after the first look (which found
/// none) refuses the drain at the second look: nothing is evicted, and the message says
/// that the node, cordoned by then, stays cordoned.
void tst_DrainOperation::refusingPodArrivingBeforeTheCordonLeavesItCordoned()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    // A worker without bare pods, and a ReplicaSet's pod running elsewhere.
    QString node, lateKey;
    QTRY_VERIFY_WITH_TIMEOUT(connection->pods()->count() > 10, 20000);
    for (const NodeInfo &candidate : connection->nodes()->items()) {
        if (candidate.controlPlaneLabel || candidate.unschedulable || !candidate.isReady())
            continue;
        const QString name = candidate.meta.name;
        bool hasBare = false;
        for (const QString &key : connection->pods()->indexed(QStringLiteral("node"), name))
            hasBare = hasBare || connection->pods()->find(key)->ownerKind.isEmpty();
        if (!hasBare) {
            node = name;
            break;
        }
    }
    QVERIFY(!node.isEmpty());
    lateKey = replicaSetPodOffNode(*connection, node);
    QVERIFY(!lateKey.isEmpty());

    DrainOptions options;
    options.deleteLocalData = true; // bare pods not allowed
    DrainOperation drain(connection.get(), node, options);
    QSignalSpy finished(&drain, &LifecycleOperation::finished);
    bool arrived = false;
    // Its controller gone too (deleted with orphaning).
    moveOntoNodeBeforeCordon(drain, *sim, lateKey, node, Owner::Removed, &arrived);
    drain.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 45000);
    QVERIFY(arrived);
    QCOMPARE(drain.phase(), LifecycleOperation::Phase::Failed);
    QVERIFY2(drain.message().contains(lateKey), qPrintable(drain.message()));
    QVERIFY2(drain.message().contains(QLatin1String("stays cordoned")),
             qPrintable(drain.message()));
    QVERIFY(drain.pods().isEmpty() ||
            std::none_of(drain.pods().cbegin(), drain.pods().cend(),
                         [](const EvictionProgress &p) { return p.attempts > 0; }));
    QTRY_VERIFY_WITH_TIMEOUT(connection->nodes()->find(node)->unschedulable, 10000);
    // Nothing was evicted: the node still has the pods it had, the late one too.
    QVERIFY(!podsThatShouldHaveLeft(*connection, node).isEmpty());
}

QTEST_GUILESS_MAIN(tst_DrainOperation)
#include "tst_DrainOperation.moc"

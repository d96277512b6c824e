// SPDX-License-Identifier: GPL-3.0-or-later
// Removing servers through Cluster API against maestro-sim: exactly the chosen worker
// goes (drained, marked with delete-machine, its MachineDeployment scaled down by one);
// removals that would leave no application server, an even or empty control plane, or
// break etcd's quorum are refused before anything changes.

#include "LifecycleTestSupport.h"

#include "app/lifecycle/LifecycleGuards.h"
#include "app/lifecycle/RemoveServerOperation.h"
#include "app/scaling/ScaleSubresource.h"

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::lifecycle;

namespace {
const QString kDeployment = QStringLiteral("maestro-demo-md-0");
const QString kControlPlane = QStringLiteral("maestro-demo-control-plane");

int specReplicas(ClusterConnection &connection, const QString &kind, const QString &name)
{
    return test::getJson(connection, scaling::scale::path(kind, QStringLiteral("default"), name))
        .value(QLatin1String("spec"))
        .toObject()
        .value(QLatin1String("replicas"))
        .toInt(-1);
}

QStringList machinesOf(ClusterConnection &connection, bool controlPlane)
{
    QStringList names;
    for (const MachineInfo &m : connection.machines()->items()) {
        if (m.controlPlane == controlPlane)
            names << m.meta.name;
    }
    names.sort();
    return names;
}

QString nodeOfMachine(ClusterConnection &connection, const QString &machine)
{
    const MachineInfo *m = connection.machines()->find(QStringLiteral("default/") + machine);
    return m ? m->nodeName : QString();
}

NodeInfo node(const QString &name, bool ready, bool master)
{
    NodeInfo n;
    n.meta.name = name;
    n.conditions.append({QStringLiteral("Ready"),
                         ready ? QStringLiteral("True") : QStringLiteral("False"),
                         {},
                         {},
                         {},
                         {}});
    if (master)
        n.taints.append({QStringLiteral("node-role.kubernetes.io/control-plane"),
                         {},
                         QStringLiteral("NoSchedule")});
    return n;
}

MachineInfo machine(const QString &name, const QString &nodeName, bool master)
{
    MachineInfo m;
    m.meta.namespace_ = QStringLiteral("default");
    m.meta.name = name;
    m.nodeName = nodeName;
    m.controlPlane = master;
    m.deploymentName = master ? QString() : kDeployment;
    m.phase = QStringLiteral("Running");
    return m;
}

} // namespace

class tst_RemoveServerOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void guardsOnAGivenState();
    void removesExactlyTheChosenWorker();
    void masterRemovalRefused();
    void quorumRefusedWhileNewMastersJoin();
    void lastApplicationServerRefused();
};

void tst_RemoveServerOperation::guardsOnAGivenState()
{
    // Five masters, two of them down: removing two healthy ones leaves three members of
    // which one is healthy; etcd needs two.
    QList<NodeInfo> nodes{
        node(QStringLiteral("m1"), true, true),  node(QStringLiteral("m2"), true, true),
        node(QStringLiteral("m3"), true, true),  node(QStringLiteral("m4"), false, true),
        node(QStringLiteral("m5"), false, true), node(QStringLiteral("w1"), true, false)};
    QList<MachineInfo> machines;
    for (int i = 1; i <= 5; ++i)
        machines << machine(QStringLiteral("cp-%1").arg(i), QStringLiteral("m%1").arg(i), true);
    machines << machine(QStringLiteral("md-1"), QStringLiteral("w1"), false);
    RemovalPlan plan = LifecycleGuards::planRemoval({QStringLiteral("m1"), QStringLiteral("m2")},
                                                    nodes, machines, kControlPlane);
    QVERIFY2(plan.refusal.contains(QLatin1String("quorum")), qPrintable(plan.refusal));
    // Removing the two that are down leaves three healthy members: allowed.
    plan = LifecycleGuards::planRemoval({QStringLiteral("m4"), QStringLiteral("m5")}, nodes,
                                        machines, kControlPlane);
    QVERIFY2(plan.isValid(), qPrintable(plan.refusal));
    QCOMPARE(plan.mastersAfter, 3);
    QCOMPARE(plan.groups.size(), 1);
    QCOMPARE(plan.groups.first().kind, QStringLiteral("KubeadmControlPlane"));
    // One master of five: four remain, an even number.
    plan = LifecycleGuards::planRemoval({QStringLiteral("m4")}, nodes, machines, kControlPlane);
    QVERIFY2(plan.refusal.contains(QLatin1String("even")), qPrintable(plan.refusal));
    // The only worker is the last application server.
    plan = LifecycleGuards::planRemoval({QStringLiteral("w1")}, nodes, machines, kControlPlane);
    QVERIFY2(plan.refusal.contains(QLatin1String("last server")), qPrintable(plan.refusal));
    // A node without a machine.
    nodes << node(QStringLiteral("byo"), true, false);
    plan = LifecycleGuards::planRemoval({QStringLiteral("byo")}, nodes, machines, kControlPlane);
    QVERIFY2(plan.refusal.contains(QLatin1String("Cluster API")), qPrintable(plan.refusal));
}

void tst_RemoveServerOperation::removesExactlyTheChosenWorker()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    const QStringList workers = machinesOf(*connection, false);
    QCOMPARE(workers.size(), 3);
    const int replicas =
        specReplicas(*connection, QStringLiteral("MachineDeployment"), kDeployment);
    QCOMPARE(replicas, 3);
    // The one in the middle: neither the newest nor the oldest by name.
    const QString chosenMachine = workers.at(1);
    const QString chosenNode = nodeOfMachine(*connection, chosenMachine);
    QVERIFY(!chosenNode.isEmpty());

    RemoveServerOperation remove(connection.get(), {chosenNode}, {true, true, 120});
    QSignalSpy finished(&remove, &LifecycleOperation::finished);
    QList<RemoveServerOperation::Step> steps;
    connect(&remove, &LifecycleOperation::progressChanged, this, [&] {
        if (steps.isEmpty() || steps.last() != remove.step())
            steps << remove.step();
    });
    remove.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 50000);
    QVERIFY2(remove.phase() == LifecycleOperation::Phase::Finished, qPrintable(remove.message()));
    // Drained before anything was marked or scaled.
    QVERIFY(steps.indexOf(RemoveServerOperation::Step::Draining) >= 0);
    QVERIFY(steps.indexOf(RemoveServerOperation::Step::Draining) <
            steps.indexOf(RemoveServerOperation::Step::WaitingForRemoval));

    QCOMPARE(specReplicas(*connection, QStringLiteral("MachineDeployment"), kDeployment),
             replicas - 1);
    QStringList expected = workers;
    expected.removeAll(chosenMachine);
    QCOMPARE(machinesOf(*connection, false), expected);
    QVERIFY(!connection->nodes()->find(chosenNode));
    if (test::Kubectl::available()) {
        test::Kubectl kubectl(sim->kubeconfig());
        const auto machines = kubectl.table(
            {QStringLiteral("get"), QStringLiteral("machines"), QStringLiteral("-A")}, 1);
        for (const QString &m : expected)
            QVERIFY2(machines.value(m).contains(QStringLiteral("Running")),
                     qPrintable(machines.value(m).join(u' ')));
        QVERIFY(!machines.contains(chosenMachine));
        const auto nodes = kubectl.table({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY(!nodes.contains(chosenNode));
        QCOMPARE(nodes.size(), connection->nodes()->count());
    }
}

void tst_RemoveServerOperation::masterRemovalRefused()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    const QStringList masters = machinesOf(*connection, true);
    QCOMPARE(masters.size(), 3);
    QStringList masterNodes;
    for (const QString &m : masters)
        masterNodes << nodeOfMachine(*connection, m);

    RemoveServerOperation one(connection.get(), {masterNodes.first()}, {true, true, 60});
    QSignalSpy oneDone(&one, &LifecycleOperation::finished);
    one.start();
    QTRY_COMPARE_WITH_TIMEOUT(oneDone.count(), 1, 10000);
    QCOMPARE(one.phase(), LifecycleOperation::Phase::Failed);
    QVERIFY2(one.message().contains(QLatin1String("even")), qPrintable(one.message()));

    RemoveServerOperation all(connection.get(), masterNodes, {true, true, 60});
    QSignalSpy allDone(&all, &LifecycleOperation::finished);
    all.start();
    QTRY_COMPARE_WITH_TIMEOUT(allDone.count(), 1, 10000);
    QCOMPARE(all.phase(), LifecycleOperation::Phase::Failed);
    QVERIFY2(all.message().contains(QLatin1String("no master")), qPrintable(all.message()));

    // Nothing changed: not cordoned, the control plane still asks for three.
    QTest::qWait(300);
    for (const QString &n : masterNodes)
        QVERIFY(!connection->nodes()->find(n)->unschedulable);
    QCOMPARE(specReplicas(*connection, QStringLiteral("KubeadmControlPlane"), kControlPlane), 3);
    QCOMPARE(machinesOf(*connection, true), masters);
}

void tst_RemoveServerOperation::quorumRefusedWhileNewMastersJoin()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("undersized-master"), 60));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    const QStringList before = machinesOf(*connection, true);
    QCOMPARE(before.size(), 1);
    QVERIFY(test::scaleBy(*connection, QStringLiteral("KubeadmControlPlane"), kControlPlane, 2));
    QTRY_COMPARE_WITH_TIMEOUT(machinesOf(*connection, true).size(), 3, 10000);
    QStringList joining = machinesOf(*connection, true);
    for (const QString &m : before)
        joining.removeAll(m);
    // Wait for the first new master to have a node while the other is still on its way.
    QString joiningNode;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(joiningNode = nodeOfMachine(*connection, joining.first())).isEmpty() ||
            !(joiningNode = nodeOfMachine(*connection, joining.last())).isEmpty(),
        30000);
    const QString oldNode = nodeOfMachine(*connection, before.first());
    // Removing the old master and a joining one leaves one member, not yet healthy.
    const RemovalPlan plan =
        LifecycleGuards::planRemoval({oldNode, joiningNode}, connection->nodes()->items().values(),
                                     connection->machines()->items().values(), kControlPlane);
    const bool remainingHealthy = [&] {
        for (const MachineInfo &m : connection->machines()->items()) {
            if (m.controlPlane && m.nodeName != oldNode && m.nodeName != joiningNode)
                return LifecycleGuards::masterHealthy(m, connection->nodes()->find(m.nodeName));
        }
        return false;
    }();
    QVERIFY2(!remainingHealthy, "the remaining master was already healthy; timing too slow");
    QVERIFY2(plan.refusal.contains(QLatin1String("quorum")), qPrintable(plan.refusal));

    RemoveServerOperation remove(connection.get(), {oldNode, joiningNode}, {true, true, 60});
    QSignalSpy done(&remove, &LifecycleOperation::finished);
    remove.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(remove.phase(), LifecycleOperation::Phase::Failed);
    QCOMPARE(specReplicas(*connection, QStringLiteral("KubeadmControlPlane"), kControlPlane), 3);
}

void tst_RemoveServerOperation::lastApplicationServerRefused()
{
    // The masters are tainted: the three workers are all the application has.
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha")));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    QStringList workers;
    for (const QString &m : machinesOf(*connection, false))
        workers << nodeOfMachine(*connection, m);
    QCOMPARE(workers.size(), 3);
    RemoveServerOperation remove(connection.get(), workers, {true, true, 60});
    QSignalSpy done(&remove, &LifecycleOperation::finished);
    remove.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(remove.phase(), LifecycleOperation::Phase::Failed);
    QVERIFY2(remove.message().contains(QLatin1String("last servers that can run application")),
             qPrintable(remove.message()));
    for (const QString &w : workers)
        QVERIFY(!connection->nodes()->find(w)->unschedulable);
    QCOMPARE(specReplicas(*connection, QStringLiteral("MachineDeployment"), kDeployment), 3);
}

QTEST_GUILESS_MAIN(tst_RemoveServerOperation)
#include "tst_RemoveServerOperation.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Replacing an undersized master against maestro-sim: the control plane's template and
// count change, new masters join and become healthy, the old one goes; the flow resumes
// from its saved state after a "restart", and etcd's slow-write warnings stop.

#include "LifecycleTestSupport.h"

#include "app/lifecycle/ReplaceMastersFlow.h"

#include <QCoreApplication>

#include <limits>

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::lifecycle;

namespace {
QByteArray etcdLog(ClusterConnection &connection, const QString &node)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v1/namespaces/kube-system/pods/etcd-%1/log").arg(node);
    spec.accept = "text/plain";
    std::unique_ptr<ApiRequest> log(connection.client()->send(spec));
    if (!test::waitFinished(log.get()) || !log->ok())
        return "(no log)";
    return log->body();
}

const QString kClusterKey = QStringLiteral("replace-test");
const QString kNewSize = QStringLiteral("s-4vcpu-8gb");

QStringList masterMachines(ClusterConnection &connection)
{
    QStringList names;
    for (const MachineInfo &m : connection.machines()->items()) {
        if (m.controlPlane)
            names << m.meta.name;
    }
    names.sort();
    return names;
}
} // namespace

class tst_ReplaceMastersFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("maestro-tests"));
        ReplaceMastersState::clear(kClusterKey);
    }
    void replacesTheUndersizedMasterAcrossARestart();
};

void tst_ReplaceMastersFlow::replacesTheUndersizedMasterAcrossARestart()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("undersized-master"), 300));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    // A worker takes the application first, as the advisor's finding requires.
    QVERIFY(test::addWorkerToUndersizedMaster(*connection));
    const QStringList oldMasters = masterMachines(*connection);
    QCOMPARE(oldMasters.size(), 1);
    const QString oldNode =
        connection->machines()->find(QStringLiteral("default/") + oldMasters.first())->nodeName;

    // The undersized master's etcd complains before the replacement.
    QTRY_VERIFY_WITH_TIMEOUT(etcdLog(*connection, oldNode).contains("took too long"), 20000);

    auto first = std::make_unique<ReplaceMastersFlow>(connection.get(), kClusterKey, kNewSize, 3);
    QList<QList<ReplaceMastersFlow::StepState>> seen;
    first->start();
    QVERIFY2(first->phase() == LifecycleOperation::Phase::Running, qPrintable(first->message()));
    QCOMPARE(first->state().oldMachines, oldMasters);
    QCOMPARE(first->steps().size(), 3);
    // Stopped (as by quitting the app) while the new masters join.
    QTRY_VERIFY_WITH_TIMEOUT(first->state().step >= 1, 20000);
    first->cancel();
    first.reset();
    const auto saved = ReplaceMastersState::load(kClusterKey);
    QVERIFY(saved);
    QVERIFY(saved->step >= 1);
    QCOMPARE(saved->oldMachines, oldMasters);
    QCOMPARE(saved->count, 3);

    ReplaceMastersFlow resumed(connection.get(), kClusterKey, *saved);
    QVERIFY(resumed.resumed());
    QSignalSpy finished(&resumed, &LifecycleOperation::finished);
    QStringList steps;
    connect(&resumed, &LifecycleOperation::stepReached, this,
            [&](const QString &step) { steps << step; });
    connect(&resumed, &LifecycleOperation::progressChanged, this, [&] {
        QList<ReplaceMastersFlow::StepState> states;
        for (const auto &s : resumed.steps())
            states << s.state;
        if (seen.isEmpty() || seen.last() != states)
            seen << states;
    });
    resumed.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 50000);
    QVERIFY2(resumed.phase() == LifecycleOperation::Phase::Finished,
             qPrintable(resumed.message() + u'\n' + steps.join(u'\n')));
    // Each step was active before it was done.
    QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
    for (const auto &s : resumed.steps())
        QCOMPARE(s.state, ReplaceMastersFlow::StepState::Done);
    QVERIFY(!ReplaceMastersState::load(kClusterKey)); // nothing left to resume

    // Three masters, all of the new size; the old one is gone.
    const QStringList masters = masterMachines(*connection);
    QCOMPARE(masters.size(), 3);
    QVERIFY(!masters.contains(oldMasters.first()));
    QStringList masterNodes;
    for (const QString &m : masters) {
        const MachineInfo *machine = connection->machines()->find(QStringLiteral("default/") + m);
        const NodeInfo *node = connection->nodes()->find(machine->nodeName);
        QVERIFY(node && node->isReady());
        QCOMPARE(node->instanceType, kNewSize);
        masterNodes << node->meta.name;
    }
    QVERIFY(!connection->nodes()->find(oldNode));
    if (test::Kubectl::available()) {
        test::Kubectl kubectl(sim->kubeconfig());
        const auto nodes = kubectl.table({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY(!nodes.contains(oldNode));
        for (const QString &n : masterNodes)
            QCOMPARE(nodes.value(n).value(1), QStringLiteral("Ready"));
        const auto machines = kubectl.table(
            {QStringLiteral("get"), QStringLiteral("machines"), QStringLiteral("-A")}, 1);
        for (const QString &m : masters)
            QVERIFY2(machines.value(m).contains(QStringLiteral("Running")),
                     qPrintable(machines.value(m).join(u' ')));
    }

    // etcd on the new masters writes fast: while the slow member was still there they may
    // have complained too, but from now on, minutes of simulated time bring no new warning.
    QHash<QString, int> warningsAtEnd;
    for (const QString &n : masterNodes) {
        const QByteArray log = etcdLog(*connection, n);
        QVERIFY(!log.startsWith("(no log)"));
        warningsAtEnd.insert(n, int(log.count("took too long") + log.count("slow fdatasync")));
    }
    // 600 simulated seconds: kubelets post their status every 40 simulated seconds, so
    // each master's node is updated at least 15 times over that span.
    QHash<QString, int> updates;
    const auto counter =
        connect(connection->nodes(), &InformerBase::changed, this, [&](const ChangeBatch &batch) {
            for (const QString &name : batch.modified)
                ++updates[name];
        });
    const auto fewestUpdates = [&] {
        int fewest = std::numeric_limits<int>::max();
        for (const QString &n : masterNodes)
            fewest = std::min(fewest, updates.value(n));
        return fewest;
    };
    QTRY_VERIFY_WITH_TIMEOUT(fewestUpdates() >= 600 / 40, 30000);
    disconnect(counter);
    for (const QString &n : masterNodes) {
        const QByteArray log = etcdLog(*connection, n);
        QCOMPARE(int(log.count("took too long") + log.count("slow fdatasync")),
                 warningsAtEnd.value(n));
    }
}

QTEST_GUILESS_MAIN(tst_ReplaceMastersFlow)
#include "tst_ReplaceMastersFlow.moc"

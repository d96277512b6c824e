// SPDX-License-Identifier: GPL-3.0-or-later
// Cordon and uncordon against maestro-sim: spec.unschedulable through a merge patch,
// seen by the app's informer and by kubectl alike, on several nodes at once.

#include "LifecycleTestSupport.h"

#include "app/lifecycle/CordonOperation.h"

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::lifecycle;

class tst_CordonOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cordonThenUncordonSeveralNodes();
    void unknownNodeFailsWithTheReason();
};

void tst_CordonOperation::cordonThenUncordonSeveralNodes()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha")));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    QStringList workers;
    for (const NodeInfo &node : connection->nodes()->items()) {
        if (node.role() == NodeRole::Worker)
            workers << node.meta.name;
    }
    workers.sort();
    QVERIFY2(workers.size() >= 3, qPrintable(workers.join(u',')));
    const QStringList chosen = workers.mid(0, 2);

    CordonOperation cordon(connection.get(), chosen, true);
    QSignalSpy finished(&cordon, &LifecycleOperation::finished);
    cordon.start();
    cordon.start(); // a double click acts once
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(cordon.phase() == LifecycleOperation::Phase::Finished, qPrintable(cordon.message()));
    for (const QString &name : chosen)
        QVERIFY(connection->nodes()->find(name)->unschedulable);
    QVERIFY(!connection->nodes()->find(workers.at(2))->unschedulable);

    if (test::Kubectl::available()) {
        test::Kubectl kubectl(sim->kubeconfig());
        const auto rows = kubectl.table({QStringLiteral("get"), QStringLiteral("nodes")});
        for (const QString &name : chosen)
            QCOMPARE(rows.value(name).value(1), QStringLiteral("Ready,SchedulingDisabled"));
        QCOMPARE(rows.value(workers.at(2)).value(1), QStringLiteral("Ready"));
    }

    CordonOperation uncordon(connection.get(), chosen, false);
    QSignalSpy done(&uncordon, &LifecycleOperation::finished);
    uncordon.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    QVERIFY2(uncordon.phase() == LifecycleOperation::Phase::Finished,
             qPrintable(uncordon.message()));
    for (const QString &name : chosen)
        QVERIFY(!connection->nodes()->find(name)->unschedulable);
    if (test::Kubectl::available()) {
        test::Kubectl kubectl(sim->kubeconfig());
        const auto rows = kubectl.table({QStringLiteral("get"), QStringLiteral("nodes")});
        for (const QString &name : chosen)
            QCOMPARE(rows.value(name).value(1), QStringLiteral("Ready"));
    }
}

void tst_CordonOperation::unknownNodeFailsWithTheReason()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    CordonOperation cordon(connection.get(), {QStringLiteral("no-such-node")}, true);
    QSignalSpy finished(&cordon, &LifecycleOperation::finished);
    cordon.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(cordon.phase(), LifecycleOperation::Phase::Failed);
    QVERIFY2(cordon.message().contains(QLatin1String("no-such-node")),
             qPrintable(cordon.message()));
}

QTEST_GUILESS_MAIN(tst_CordonOperation)
#include "tst_CordonOperation.moc"

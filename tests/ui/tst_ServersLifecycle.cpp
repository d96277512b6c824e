// SPDX-License-Identifier: GPL-3.0-or-later
// The node lifecycle actions through the Servers page against maestro-sim: the toolbar,
// the context menu and the confirmation dialogs, with the table and kubectl agreeing
// with the cluster after each action; screenshots of the drain dialog and of the
// replacement of the masters.

#include "../core/LifecycleTestSupport.h"
#include "../core/SimPodEdits.h"

#include "app/lifecycle/DrainOperation.h"
#include "app/lifecycle/ReplaceMastersFlow.h"
#include "tests/ui/TestArtifacts.h"
#include "ui/lifecycle/DrainDialog.h"
#include "ui/lifecycle/LifecycleActions.h"
#include "ui/lifecycle/ReplaceMastersDialog.h"
#include "ui/servers/ServersModel.h"
#include "ui/servers/ServersPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTreeWidget>

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::lifecycle;
using namespace maestro::ui;

namespace {

QPushButton *button(QWidget *dialog, const char *name)
{
    return dialog ? dialog->findChild<QPushButton *>(QLatin1String(name)) : nullptr;
}

QStringList badgesOf(ServersPage &page, const QString &node)
{
    const int row = page.model()->rowOf(node);
    return row < 0 ? QStringList()
                   : page.model()->index(row, 0).data(ServersModel::BadgesRole).toStringList();
}

QStringList workerNodes(ClusterConnection &connection)
{
    QStringList names;
    for (const NodeInfo &node : connection.nodes()->items()) {
        if (node.role() == NodeRole::Worker)
            names << node.meta.name;
    }
    names.sort();
    return names;
}

/// Whether every server's Pods column shows the pods running on it, counted afresh from
/// the store (the model counts only the nodes whose pods changed).
bool podsColumnMatchesStore(ServersPage &page, ClusterConnection &connection)
{
    QHash<QString, int> counts;
    for (const PodInfo &pod : connection.pods()->items()) {
        if (!pod.nodeName.isEmpty() && !pod.isTerminal())
            ++counts[pod.nodeName];
    }
    for (const NodeInfo &node : connection.nodes()->items()) {
        const int row = page.model()->rowOf(node.meta.name);
        if (row < 0)
            return false;
        const QString shown = page.model()->index(row, ServersModel::Pods).data().toString();
        if (shown != QLocale().toString(counts.value(node.meta.name))) {
            qWarning().noquote() << node.meta.name << "shows" << shown << "pods, the store has"
                                 << counts.value(node.meta.name);
            return false;
        }
    }
    return true;
}

bool allDone(LifecycleActions *actions)
{
    const auto ops = actions->operations();
    return !ops.isEmpty() &&
           std::all_of(ops.begin(), ops.end(), [](LifecycleOperation *op) { return op->isDone(); });
}

} // namespace

class tst_ServersLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("maestro-tests"));
    }
    void cordonAndUncordonThroughTheDialogs();
    void drainThroughTheDialog();
    void podCountsFollowPodsThatFinish();
    void drainDialogShowsLongPodNamesWhole();
    void removeAWorkerThroughTheDialog();
    void replaceMastersFromTheAdvisorAction();
};

void tst_ServersLifecycle::cordonAndUncordonThroughTheDialogs()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha")));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    ServersPage page;
    page.resize(1400, 800);
    page.setConnection(connection.get());
    page.show();
    const QStringList workers = workerNodes(*connection);
    QVERIFY(workers.size() >= 2);
    QTRY_VERIFY(page.model()->rowOf(workers.first()) >= 0);
    // Two servers at once.
    page.selectServer(workers.at(0));
    const QModelIndex second = page.table()->model()->index(
        page.table()
            ->model()
            ->match(page.table()->model()->index(0, 0), ServersModel::KeyRole, workers.at(1), 1,
                    Qt::MatchExactly)
            .value(0)
            .row(),
        0);
    page.table()->selectionModel()->select(second,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(page.selectedNodes(), workers.mid(0, 2));
    auto *cordon = page.findChild<QPushButton *>(QStringLiteral("cordonButton"));
    QVERIFY(cordon && cordon->isEnabled());
    cordon->click();
    auto *box = qobject_cast<QMessageBox *>(page.lifecycle()->currentDialog());
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("cordonConfirmDialog"));
    QVERIFY2(box->text().contains(QLatin1String("No new pods will be scheduled")),
             qPrintable(box->text()));
    QVERIFY(connection->nodes()->find(workers.at(0))->unschedulable == false); // not before OK
    button(box, "startButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(allDone(page.lifecycle()), 30000);
    for (const QString &w : workers.mid(0, 2)) {
        QVERIFY(connection->nodes()->find(w)->unschedulable);
        QTRY_VERIFY(badgesOf(page, w).contains(QStringLiteral("SchedulingDisabled")));
    }
    test::Kubectl kubectl(sim->kubeconfig());
    if (test::Kubectl::available()) {
        const auto rows = kubectl.table({QStringLiteral("get"), QStringLiteral("nodes")});
        QCOMPARE(rows.value(workers.at(0)).value(1), QStringLiteral("Ready,SchedulingDisabled"));
    }

    // Uncordon the first one through the context menu.
    QMenu *menu = page.contextMenuFor({workers.at(0)});
    auto *uncordon = menu->findChild<QAction *>(QStringLiteral("uncordonAction"));
    QVERIFY(uncordon);
    uncordon->trigger();
    delete menu;
    box = qobject_cast<QMessageBox *>(page.lifecycle()->currentDialog());
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("uncordonConfirmDialog"));
    button(box, "startButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(allDone(page.lifecycle()), 30000);
    QTRY_VERIFY(!badgesOf(page, workers.at(0)).contains(QStringLiteral("SchedulingDisabled")));
    QVERIFY(badgesOf(page, workers.at(1)).contains(QStringLiteral("SchedulingDisabled")));
    if (test::Kubectl::available()) {
        const auto rows = kubectl.table({QStringLiteral("get"), QStringLiteral("nodes")});
        QCOMPARE(rows.value(workers.at(0)).value(1), QStringLiteral("Ready"));
        QCOMPARE(rows.value(workers.at(1)).value(1), QStringLiteral("Ready,SchedulingDisabled"));
    }
}

void tst_ServersLifecycle::drainThroughTheDialog()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    ServersPage page;
    page.resize(1400, 800);
    page.setConnection(connection.get());
    page.show();
    // The worker running cart-redis: its emptyDir blocks until allowed.
    QString node;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const PodInfo &pod : connection->pods()->items()) {
                if (pod.app == u"cart-redis" && pod.phase == PodPhase::Running)
                    node = pod.nodeName;
            }
            return !node.isEmpty() && page.model()->rowOf(node) >= 0;
        }(),
        20000);
    page.selectServer(node);
    page.findChild<QPushButton *>(QStringLiteral("drainButton"))->click();
    auto *dialog = qobject_cast<DrainDialog *>(page.lifecycle()->currentDialog());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->plansLoaded(), 20000);
    QVERIFY(!dialog->startButton()->isEnabled());
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("drainProblem"));
    QVERIFY2(problem->text().contains(QLatin1String("cart-redis")), qPrintable(problem->text()));
    QVERIFY(!connection->nodes()->find(node)->unschedulable); // nothing happened yet
    QVERIFY(test::saveArtifact(dialog, QStringLiteral("drain-dialog-blocked.png")));
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("drainPlanTree"));
    QVERIFY(tree && tree->topLevelItemCount() == 3);
    // The emptyDir pod blocks until local data may go, then it is one that moves.
    const auto groupHolding = [tree](const QString &podPart) {
        int found = -1;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c) {
                if (tree->topLevelItem(g)->child(c)->text(0).contains(podPart))
                    found = found == -1 ? g : -2; // -2: listed in two groups
            }
        }
        return found;
    };
    QCOMPARE(groupHolding(QStringLiteral("cart-redis")), 1);
    dialog->allowLocalData()->setChecked(true);
    dialog->allowBare()->setChecked(true);
    QVERIFY2(dialog->startButton()->isEnabled(), qPrintable(problem->text()));
    QCOMPARE(groupHolding(QStringLiteral("cart-redis")), 0);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QVERIFY(tree->topLevelItem(0)->childCount() > 0); // will move
    QVERIFY(tree->topLevelItem(2)->childCount() > 0); // DaemonSet/static stay
    QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QLatin1String("Will move")));
    QVERIFY(test::saveArtifact(dialog, QStringLiteral("drain-dialog.png")));

    dialog->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(allDone(page.lifecycle()), 45000);
    auto *drain = qobject_cast<DrainOperation *>(page.lifecycle()->operations().first());
    QVERIFY(drain);
    QVERIFY2(drain->phase() == LifecycleOperation::Phase::Finished, qPrintable(drain->message()));
    QTRY_VERIFY(dialog->findChild<QTreeWidget *>(QStringLiteral("drainProgressTree")));
    QVERIFY(test::saveArtifact(dialog, QStringLiteral("drain-dialog-done.png")));
    QTRY_VERIFY(badgesOf(page, node).contains(QStringLiteral("SchedulingDisabled")));
    // The evicted pods were deleted and came back on other servers: the counts follow.
    QTRY_VERIFY_WITH_TIMEOUT(podsColumnMatchesStore(page, *connection), 10000);
    if (test::Kubectl::available()) {
        test::Kubectl kubectl(sim->kubeconfig());
        const auto rows = kubectl.table({QStringLiteral("get"), QStringLiteral("nodes")});
        QCOMPARE(rows.value(node).value(1), QStringLiteral("Ready,SchedulingDisabled"));
        const auto pdbs =
            kubectl.table({QStringLiteral("get"), QStringLiteral("pdb"), QStringLiteral("-A")}, 1);
        QVERIFY(pdbs.contains(QStringLiteral("storefront")));
    }
}

void tst_ServersLifecycle::podCountsFollowPodsThatFinish()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    ServersPage page;
    page.resize(1400, 800);
    page.setConnection(connection.get());
    // The rows follow the cluster while the page is on screen (hidden, once it is shown).
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(podsColumnMatchesStore(page, *connection), 20000);
    // Pods that finish are modified, not deleted: only their own nodes are counted again.
    QStringList finishing;
    for (const PodInfo &pod : connection->pods()->items()) {
        if (pod.phase == PodPhase::Running && !pod.nodeName.isEmpty() && finishing.size() < 3)
            finishing << pod.meta.key();
    }
    QCOMPARE(finishing.size(), 3);
    for (const QString &key : std::as_const(finishing)) {
        QVERIFY2(test::editSimPod(*sim, key,
                                  [](QJsonObject &pod) {
                                      QJsonObject status = pod.value(u"status").toObject();
                                      status.insert(QStringLiteral("phase"),
                                                    QStringLiteral("Succeeded"));
                                      pod.insert(QStringLiteral("status"), status);
                                  }),
                 qPrintable(key));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &key : std::as_const(finishing)) {
                const PodInfo *pod = connection->pods()->find(key);
                if (!pod || !pod->isTerminal())
                    return false;
            }
            return true;
        }(),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(podsColumnMatchesStore(page, *connection), 10000);
}

void tst_ServersLifecycle::drainDialogShowsLongPodNamesWhole()
{
    // Operators and StatefulSets make pod names near the 253-character limit; the admin
    // must see which one moves, so the Pod column never elides.
    const QString node = QStringLiteral("maestro-demo-md-0-7d9f8c6b5-c7q4k");
    const QString longName =
        QStringLiteral("observability-prometheus-operator-kube-state-metrics-shard-"
                       "replica-europe-west-availability-zone-b-0123456789-abcde");
    const QJsonObject pod{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), longName},
                     {QStringLiteral("namespace"), QStringLiteral("monitoring")},
                     {QStringLiteral("uid"), QStringLiteral("0b7e4c1a")},
                     {QStringLiteral("ownerReferences"),
                      QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("ReplicaSet")},
                                             {QStringLiteral("name"), QStringLiteral("metrics")},
                                             {QStringLiteral("controller"), true}}}}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("nodeName"), node}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")}}}};
    const DrainPlan plan = DrainPlan::build(node, {pod}, {});
    QCOMPARE(plan.toEvict.size(), 1);
    const QString key = plan.toEvict.first().key();
    QVERIFY(key.endsWith(longName));

    DrainDialog dialog(nullptr, {node}, DrainDialog::Mode::Drain);
    const int initialWidth = dialog.width();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showPlan(plan);
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("drainPlanTree"));
    QVERIFY(tree);
    QTreeWidgetItem *item = tree->topLevelItem(0)->child(0);
    QVERIFY(item);
    QCOMPARE(item->text(0), key);
    QCOMPARE(item->toolTip(0), key);
    // The column holds the whole name: its text, the tree's indentation, the cell's margins.
    const int textWidth = tree->fontMetrics().horizontalAdvance(key);
    QTRY_VERIFY2(tree->header()->sectionSize(0) >= textWidth + tree->indentation(),
                 qPrintable(QStringLiteral("column %1 < text %2 + indentation %3")
                                .arg(tree->header()->sectionSize(0))
                                .arg(textWidth)
                                .arg(tree->indentation())));
    // The dialog grew towards the name, as far as the screen allows.
    const int available = dialog.screen()->availableGeometry().width();
    QVERIFY2(dialog.width() > initialWidth || initialWidth >= available,
             qPrintable(QString::number(dialog.width())));
    QVERIFY(dialog.width() <= std::max(available, initialWidth));
    // Nothing needs scrolling to read the name unless the dialog reached the screen's edge
    // (less its margins).
    QTRY_VERIFY2(tree->viewport()->width() >= tree->header()->sectionSize(0) ||
                     dialog.width() >= available - 2 * dialog.layout()->contentsMargins().left(),
                 qPrintable(QStringLiteral("viewport %1, column %2, dialog %3 of %4")
                                .arg(tree->viewport()->width())
                                .arg(tree->header()->sectionSize(0))
                                .arg(dialog.width())
                                .arg(available)));
    QVERIFY(test::saveArtifact(&dialog, QStringLiteral("drain-dialog-long-pod-name.png")));
}

void tst_ServersLifecycle::removeAWorkerThroughTheDialog()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 120));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    ServersPage page;
    page.resize(1400, 800);
    page.setConnection(connection.get());
    page.show();
    const QStringList workers = workerNodes(*connection);
    QCOMPARE(workers.size(), 3);
    const QString chosen = workers.at(1);
    QTRY_VERIFY(page.model()->rowOf(chosen) >= 0);
    page.selectServer(chosen);
    page.findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
    auto *dialog = qobject_cast<DrainDialog *>(page.lifecycle()->currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("removeServerDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->plansLoaded(), 20000);
    dialog->allowLocalData()->setChecked(true);
    dialog->allowBare()->setChecked(true);
    QVERIFY(dialog->startButton()->isEnabled());
    dialog->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(allDone(page.lifecycle()), 50000);
    const auto *op = page.lifecycle()->operations().first();
    QVERIFY2(op->phase() == LifecycleOperation::Phase::Finished, qPrintable(op->message()));
    QTRY_COMPARE(page.model()->rowOf(chosen), -1);
    QStringList left = workers;
    left.removeAll(chosen);
    QCOMPARE(workerNodes(*connection), left);
    if (test::Kubectl::available()) {
        test::Kubectl kubectl(sim->kubeconfig());
        const auto rows = kubectl.table({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY(!rows.contains(chosen));
        for (const QString &w : left)
            QVERIFY(rows.contains(w));
        const auto machines = kubectl.table(
            {QStringLiteral("get"), QStringLiteral("machines"), QStringLiteral("-A")}, 1);
        QCOMPARE(machines.size(), 5); // 3 masters + 2 workers
    }

    // A master alone is refused in the dialog, with the reason, before anything starts.
    QString master;
    for (const NodeInfo &n : connection->nodes()->items()) {
        if (n.role() == NodeRole::Master)
            master = n.meta.name;
    }
    page.lifecycle()->remove({master});
    dialog = qobject_cast<DrainDialog *>(page.lifecycle()->currentDialog());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->plansLoaded(), 20000);
    dialog->allowLocalData()->setChecked(true);
    dialog->allowBare()->setChecked(true);
    QVERIFY(!dialog->startButton()->isEnabled());
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("drainProblem"))
                 ->text()
                 .contains(QLatin1String("even number")),
             "");
    dialog->reject();
}

void tst_ServersLifecycle::replaceMastersFromTheAdvisorAction()
{
    auto sim = test::startSim(test::simOptions(QStringLiteral("undersized-master"), 300));
    QVERIFY(sim);
    auto connection = test::connectLifecycle(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    QVERIFY(test::addWorkerToUndersizedMaster(*connection));
    ServersPage page;
    page.resize(1400, 800);
    page.setConnection(connection.get());
    page.show();
    ReplaceMastersState::clear(page.lifecycle()->clusterKey());
    page.lifecycle()->replaceMasters(QStringLiteral("s-4vcpu-8gb"), 3);
    auto *dialog = qobject_cast<ReplaceMastersDialog *>(page.lifecycle()->currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->stepList()->count(), 3);
    QVERIFY(test::saveArtifact(dialog, QStringLiteral("replace-masters-before.png")));
    QString oldNode;
    for (const NodeInfo &n : connection->nodes()->items()) {
        if (n.controlPlaneLabel)
            oldNode = n.meta.name;
    }
    dialog->startButton()->click();
    QCOMPARE(page.lifecycle()->operations().size(), 1);
    auto *flow = qobject_cast<ReplaceMastersFlow *>(page.lifecycle()->operations().first());
    QVERIFY(flow);
    auto stepState = [&](int row) {
        return ReplaceMastersFlow::StepState(
            dialog->stepList()->item(row)->data(Qt::UserRole).toInt());
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        flow->isDone() || stepState(1) == ReplaceMastersFlow::StepState::Active, 20000);
    QVERIFY(test::saveArtifact(dialog, QStringLiteral("replace-masters-running.png")));
    QTRY_VERIFY_WITH_TIMEOUT(flow->isDone(), 50000);
    QVERIFY2(flow->phase() == LifecycleOperation::Phase::Finished, qPrintable(flow->message()));
    for (int row = 0; row < dialog->stepList()->count(); ++row)
        QCOMPARE(stepState(row), ReplaceMastersFlow::StepState::Done);
    QVERIFY(test::saveArtifact(dialog, QStringLiteral("replace-masters-done.png")));
    QVERIFY(!page.lifecycle()->hasInterruptedReplacement());
    QTRY_COMPARE(page.model()->rowOf(oldNode), -1);
    if (test::Kubectl::available()) {
        test::Kubectl kubectl(sim->kubeconfig());
        const auto rows =
            kubectl.table({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-L"),
                           QStringLiteral("node.kubernetes.io/instance-type")});
        QVERIFY(!rows.contains(oldNode));
        int newMasters = 0;
        for (const QStringList &row : rows)
            newMasters += row.value(2).contains(QLatin1String("control-plane")) &&
                          row.last() == u"s-4vcpu-8gb";
        QCOMPARE(newMasters, 3);
    }
}

QTEST_MAIN(tst_ServersLifecycle)
#include "tst_ServersLifecycle.moc"

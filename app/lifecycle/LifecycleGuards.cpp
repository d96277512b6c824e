// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lifecycle/LifecycleGuards.h"

#include <QHash>

namespace maestro::lifecycle {

using namespace maestro::kube;

bool RemovalPlan::removesMasters() const
{
    return std::any_of(groups.begin(), groups.end(),
                       [](const RemovalGroup &g) { return g.kind == u"KubeadmControlPlane"; });
}

bool LifecycleGuards::masterHealthy(const MachineInfo &machine, const NodeInfo *node)
{
    return node && node->isReady() && machine.phase == u"Running" &&
           machine.conditionStatus(QStringLiteral("EtcdMemberHealthy")) != u"False";
}

bool LifecycleGuards::runsApplications(const NodeInfo &node)
{
    if (!node.isReady() || node.unschedulable)
        return false;
    return std::none_of(node.taints.begin(), node.taints.end(), [](const Taint &t) {
        return t.effect == u"NoSchedule" || t.effect == u"NoExecute";
    });
}

RemovalPlan LifecycleGuards::planRemoval(const QStringList &nodes, const QList<NodeInfo> &allNodes,
                                         const QList<MachineInfo> &machines,
                                         const QString &controlPlaneName)
{
    RemovalPlan plan;
    plan.nodes = nodes;
    QHash<QString, const NodeInfo *> nodeByName;
    for (const NodeInfo &n : allNodes)
        nodeByName.insert(n.meta.name, &n);
    QHash<QString, const MachineInfo *> machineOfNode;
    for (const MachineInfo &m : machines) {
        if (!m.nodeName.isEmpty() && m.phase != u"Deleting")
            machineOfNode.insert(m.nodeName, &m);
    }
    if (nodes.isEmpty()) {
        plan.refusal = tr("No server was chosen.");
        return plan;
    }
    QStringList problems;
    for (const QString &node : nodes) {
        const MachineInfo *machine = machineOfNode.value(node);
        if (!nodeByName.contains(node)) {
            problems << tr("%1 is not a server of this cluster.").arg(node);
            continue;
        }
        if (!machine) {
            problems << tr("%1 has no Cluster API machine (or it is already being removed), so "
                           "the app cannot remove it.")
                            .arg(node);
            continue;
        }
        const bool master = machine->controlPlane;
        if (!master && machine->deploymentName.isEmpty()) {
            problems << tr("%1 belongs to no MachineDeployment.").arg(node);
            continue;
        }
        const QString kind =
            master ? QStringLiteral("KubeadmControlPlane") : QStringLiteral("MachineDeployment");
        const QString owner = master ? controlPlaneName : machine->deploymentName;
        auto group =
            std::find_if(plan.groups.begin(), plan.groups.end(),
                         [&](const RemovalGroup &g) { return g.kind == kind && g.name == owner; });
        if (group == plan.groups.end()) {
            plan.groups.append({kind, machine->meta.namespace_, owner, {}, {}});
            group = plan.groups.end() - 1;
        }
        group->machines << machine->meta.name;
        group->nodes << node;
    }
    if (!problems.isEmpty()) {
        plan.refusal = problems.join(u'\n');
        return plan;
    }

    // Masters: an odd number of at least one, and a majority of healthy etcd members.
    int healthyLeft = 0;
    for (const MachineInfo &m : machines) {
        if (!m.controlPlane || m.phase == u"Deleting")
            continue;
        ++plan.mastersBefore;
        if (nodes.contains(m.nodeName))
            continue;
        ++plan.mastersAfter;
        if (masterHealthy(m, nodeByName.value(m.nodeName)))
            ++healthyLeft;
    }
    if (plan.removesMasters())
        plan.refusal = masterRefusal(plan, healthyLeft);
    if (!plan.isValid())
        return plan;
    // At least one server must be left to run the application.
    int appServersLeft = 0;
    for (const NodeInfo &n : allNodes) {
        if (!nodes.contains(n.meta.name) && runsApplications(n))
            ++appServersLeft;
    }
    if (appServersLeft == 0) {
        plan.refusal =
            nodes.size() == 1
                ? tr("%1 is the last server that can run application pods: removing it would "
                     "leave the application nowhere to run. Add a worker first.")
                      .arg(nodes.first())
                : tr("These are the last servers that can run application pods: removing them "
                     "would leave the application nowhere to run. Add a worker first.");
        return plan;
    }
    return plan;
}

QString LifecycleGuards::masterRefusal(const RemovalPlan &plan, int healthyLeft)
{
    QString refusal;
    const int removed = plan.mastersBefore - plan.mastersAfter;
    if (plan.mastersAfter == 0) {
        refusal = tr("Removing %n master(s) would leave no master: the cluster would stop.",
                     nullptr, removed);
    } else if (plan.mastersAfter % 2 == 0) {
        refusal = tr("Removing %n master(s) would leave %1 masters, an even number: etcd "
                     "gains no safety from it and the control plane refuses it. Remove "
                     "masters in pairs, so that an odd number remains.",
                     nullptr, removed)
                      .arg(plan.mastersAfter);
    } else if (healthyLeft < plan.mastersAfter / 2 + 1) {
        refusal = tr("Removing %n master(s) would break etcd's quorum: of the %1 masters "
                     "that would remain, only %2 are healthy, and etcd needs %3 for a "
                     "majority. Wait until the masters are Ready and etcd is healthy.",
                     nullptr, removed)
                      .arg(plan.mastersAfter)
                      .arg(healthyLeft)
                      .arg(plan.mastersAfter / 2 + 1);
    }
    return refusal;
}

} // namespace maestro::lifecycle

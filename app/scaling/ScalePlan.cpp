// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scaling/ScalePlan.h"

#include "app/kube/ClusterConnection.h"

#include <QLocale>

namespace maestro::scaling {

QString ServerSize::describe() const
{
    const QLocale locale;
    return ScalePlan::tr("%1 (%2 vCPU, %3 GiB, %4 GiB %5)")
        .arg(instanceType)
        .arg(locale.toString(vcpu))
        .arg(locale.toString(double(memoryBytes) / (1 << 30), 'g', 3))
        .arg(locale.toString(diskBytes >> 30))
        .arg(diskType);
}

QList<ServerSize> availableSizes(const kube::ClusterConnection &connection)
{
    QList<ServerSize> sizes;
    if (!connection.machineTemplates())
        return sizes;
    for (const kube::MachineTemplateInfo &t : connection.machineTemplates()->items()) {
        ServerSize size;
        size.templateName = t.meta.name;
        size.templateNamespace = t.meta.namespace_;
        size.templateKind = t.kind;
        size.instanceType = t.instanceType;
        size.vcpu = t.vcpu;
        size.memoryBytes = t.memoryBytes;
        size.diskBytes = t.diskBytes;
        size.diskType = t.diskType;
        sizes.append(size);
    }
    std::sort(sizes.begin(), sizes.end(), [](const ServerSize &a, const ServerSize &b) {
        return std::tie(a.vcpu, a.memoryBytes, a.instanceType) <
               std::tie(b.vcpu, b.memoryBytes, b.instanceType);
    });
    return sizes;
}

QString masterInstanceType(const kube::ClusterConnection &connection)
{
    const auto *cps = connection.controlPlanes();
    if (!cps || cps->items().isEmpty() || !connection.machineTemplates())
        return {};
    const kube::ControlPlaneInfo &cp = *cps->items().cbegin();
    for (const kube::MachineTemplateInfo &t : connection.machineTemplates()->items()) {
        if (t.meta.name == cp.templateName && t.meta.namespace_ == cp.meta.namespace_)
            return t.instanceType;
    }
    return {};
}

int toleratedMasterFailures(int masters)
{
    return masters <= 0 ? 0 : (masters - 1) / 2;
}

QString machineDeploymentNameFor(const QString &clusterName, const QString &instanceType)
{
    return clusterName + QStringLiteral("-md-") + instanceType;
}

ScalePlan planScaleUp(const kube::ClusterConnection &connection, ServerRole role,
                      const QString &instanceType, int count)
{
    ScalePlan plan;
    plan.role = role;
    plan.count = count;
    if (count <= 0) {
        plan.refusal = ScalePlan::tr("Choose how many servers to add.");
        return plan;
    }
    if (count > 100) {
        plan.refusal = ScalePlan::tr("At most 100 servers can be added at once.");
        return plan;
    }
    if (!connection.clusterApi().clusterApi) {
        plan.refusal = ScalePlan::tr("This cluster does not offer Cluster API (cluster.x-k8s.io): "
                                     "servers cannot be added from here.");
        return plan;
    }
    bool found = false;
    for (const ServerSize &size : availableSizes(connection)) {
        if (size.instanceType == instanceType) {
            plan.size = size;
            found = true;
            break;
        }
    }
    if (!found) {
        plan.refusal = ScalePlan::tr("The cluster offers no server size \"%1\".").arg(instanceType);
        return plan;
    }
    if (role == ServerRole::Master) {
        const auto *cps = connection.controlPlanes();
        if (!connection.clusterApi().controlPlane || !cps || cps->items().isEmpty()) {
            plan.refusal = ScalePlan::tr("This cluster's control plane is not managed by a "
                                         "KubeadmControlPlane: masters cannot be added from here.");
            return plan;
        }
        const kube::ControlPlaneInfo &cp = *cps->items().cbegin();
        plan.targetKind = QStringLiteral("KubeadmControlPlane");
        plan.targetNamespace = cp.meta.namespace_;
        plan.targetName = cp.meta.name;
        plan.currentReplicas = cp.specReplicas;
        const QString masterType = masterInstanceType(connection);
        if (!masterType.isEmpty() && masterType != instanceType) {
            plan.refusal = ScalePlan::tr("All masters share one machine template: new masters are "
                                         "%1 like the existing ones. A larger size means replacing "
                                         "the masters.")
                               .arg(masterType);
            return plan;
        }
        const int total = plan.targetReplicas();
        if (cp.stackedEtcd && total % 2 == 0) {
            //: %1 is an even number of masters; the sentence explains etcd quorum
            const QString why =
                ScalePlan::tr("%1 masters is an even number: etcd needs a majority, "
                              "so %1 masters survive no more failures than %2.")
                    .arg(total)
                    .arg(total - 1);
            plan.refusal =
                count > 1
                    ? why + u' ' + ScalePlan::tr("Add %1 or %2.").arg(count - 1).arg(count + 1)
                    : why + u' ' + ScalePlan::tr("Add %1.").arg(count + 1);
            return plan;
        }
        return plan;
    }
    plan.targetKind = QStringLiteral("MachineDeployment");
    plan.targetNamespace = plan.size.templateNamespace;
    const auto *mds = connection.machineDeployments();
    for (const kube::MachineDeploymentInfo &md : mds->items()) {
        if (plan.clusterName.isEmpty())
            plan.clusterName = md.clusterName;
        if (md.templateName == plan.size.templateName &&
            md.templateNamespace == plan.size.templateNamespace) {
            plan.targetNamespace = md.meta.namespace_;
            plan.targetName = md.meta.name;
            plan.currentReplicas = md.specReplicas;
            plan.clusterName = md.clusterName;
            return plan;
        }
    }
    if (plan.clusterName.isEmpty()) {
        for (const kube::MachineInfo &m : connection.machines()->items()) {
            plan.clusterName = m.clusterName;
            break;
        }
    }
    if (plan.clusterName.isEmpty()) {
        plan.refusal = ScalePlan::tr("No Cluster API cluster was found to add workers to.");
        return plan;
    }
    return plan; // a new MachineDeployment for this size
}

} // namespace maestro::scaling

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::scaling {

enum class ServerRole { Worker, Master };

/// A server size the cluster offers: one Cluster API machine template.
struct ServerSize
{
    QString templateName;
    QString templateNamespace;
    QString templateKind;
    QString instanceType;
    int vcpu = 0;
    qint64 memoryBytes = 0;
    qint64 diskBytes = 0;
    QString diskType;

    /// Kubernetes itself wants at least 2 vCPU and 2 GiB on a node.
    bool isRecommended() const { return vcpu >= 2 && memoryBytes >= (qint64(2) << 30); }
    QString describe() const; ///< "s-2vcpu-4gb (2 vCPU, 4 GiB, 80 GiB ssd)"
};

/// What adding `count` servers of a role and size comes to, or why it cannot be done.
struct ScalePlan
{
    Q_DECLARE_TR_FUNCTIONS(maestro::scaling::ScalePlan)
public:
    ServerRole role = ServerRole::Worker;
    ServerSize size;
    int count = 0;
    QString clusterName;
    QString targetKind; ///< "MachineDeployment" or "KubeadmControlPlane"
    QString targetNamespace;
    QString targetName;      ///< empty: a MachineDeployment for this size will be created
    int currentReplicas = 0; ///< as last seen (re-read before the change)
    QString refusal;         ///< why not, for a person; empty when the plan is valid

    bool isValid() const { return refusal.isEmpty(); }
    bool createsMachineDeployment() const
    {
        return targetKind == u"MachineDeployment" && targetName.isEmpty();
    }
    int targetReplicas() const { return currentReplicas + count; }
};

/// The sizes the cluster offers, smallest first.
QList<ServerSize> availableSizes(const kube::ClusterConnection &connection);
/// The masters' current size (the KubeadmControlPlane's template), if known.
QString masterInstanceType(const kube::ClusterConnection &connection);
/// How many node failures `masters` stacked-etcd members survive: (n - 1) / 2.
int toleratedMasterFailures(int masters);
/// Plans an addition; the plan's refusal says why it is not possible.
ScalePlan planScaleUp(const kube::ClusterConnection &connection, ServerRole role,
                      const QString &instanceType, int count);
/// Name of the MachineDeployment created for workers of a size that has none.
QString machineDeploymentNameFor(const QString &clusterName, const QString &instanceType);

} // namespace maestro::scaling

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/Objects.h"

#include <QCoreApplication>

namespace maestro::lifecycle {

/// The Cluster API object that owns machines to remove, and which of them go.
struct RemovalGroup
{
    QString kind; ///< "MachineDeployment" or "KubeadmControlPlane"
    QString namespace_;
    QString name;
    QStringList machines;
    QStringList nodes;
};

/// What removing servers comes to, or why not.
struct RemovalPlan
{
    QStringList nodes;
    QList<RemovalGroup> groups;
    int mastersBefore = 0;
    int mastersAfter = 0;
    QString refusal; ///< for a person; empty when it may go ahead

    bool isValid() const { return refusal.isEmpty(); }
    bool removesMasters() const;
};

/**
 * The rules that keep a cluster working while servers are removed: every server must
 * be a Cluster API machine; at least one server that runs application pods remains;
 * masters keep an odd count of at least one (stacked etcd, the KubeadmControlPlane's
 * own rule), and enough of the remaining etcd members are healthy for a majority.
 */
struct LifecycleGuards
{
    Q_DECLARE_TR_FUNCTIONS(maestro::lifecycle::LifecycleGuards)
public:
    static RemovalPlan planRemoval(const QStringList &nodes, const QList<kube::NodeInfo> &allNodes,
                                   const QList<kube::MachineInfo> &machines,
                                   const QString &controlPlaneName);
    /// A master whose node is Ready and whose etcd member does not report an error.
    static bool masterHealthy(const kube::MachineInfo &machine, const kube::NodeInfo *node);
    /// A node the scheduler may put application pods on.
    static bool runsApplications(const kube::NodeInfo &node);

private:
    static QString masterRefusal(const RemovalPlan &plan, int healthyLeft);
};

} // namespace maestro::lifecycle

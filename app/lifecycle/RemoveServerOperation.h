// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/lifecycle/DrainOperation.h"
#include "app/lifecycle/LifecycleGuards.h"
#include "app/lifecycle/LifecycleOperation.h"

#include <QPointer>
#include <QTimer>

namespace maestro::lifecycle {

/**
 * Removing exactly the chosen servers through Cluster API: the guards first, then each
 * node is drained, its Machine marked with cluster.x-k8s.io/delete-machine, and its
 * owner (MachineDeployment, or the KubeadmControlPlane for masters) scaled down by the
 * number of machines marked, with a resourceVersion precondition. It ends when the
 * machines and their nodes are gone.
 */
class RemoveServerOperation : public LifecycleOperation
{
    Q_OBJECT
public:
    enum class Step { Checking, Draining, Marking, Scaling, WaitingForRemoval, Done };
    Q_ENUM(Step)

    RemoveServerOperation(kube::ClusterConnection *connection, QStringList nodes,
                          DrainOptions options, QObject *parent = nullptr);

    QString kindKey() const override { return QStringLiteral("remove-server"); }
    QString title() const override;
    QString object() const override;
    const QStringList &nodes() const { return m_nodes; }
    Step step() const { return m_step; }
    const RemovalPlan &plan() const { return m_plan; }
    /// The drain running now (while Step::Draining).
    DrainOperation *currentDrain() const { return m_drain; }
    /// Time allowed for the machines to go after the scale-down (default 10 minutes).
    void setRemovalTimeout(int seconds) { m_removalTimeoutSeconds = seconds; }

protected:
    void run() override;
    void stopWork() override;

private:
    void drainNext();
    void markNext();
    void scaleNext();
    void checkRemoved();

    QStringList m_nodes;
    DrainOptions m_options;
    RemovalPlan m_plan;
    Step m_step = Step::Checking;
    int m_drained = 0;
    QStringList m_toMark;
    int m_groupsScaled = 0;
    QPointer<DrainOperation> m_drain;
    QTimer m_poll;
    QTimer m_deadline;
    int m_removalTimeoutSeconds = 600;
    bool m_stopping = false;
};

} // namespace maestro::lifecycle

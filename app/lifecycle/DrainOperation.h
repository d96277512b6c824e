// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/lifecycle/DrainPlan.h"
#include "app/lifecycle/LifecycleOperation.h"

#include <QTimer>

namespace maestro::lifecycle {

/// One pod of a drain on its way off the node.
struct EvictionProgress
{
    enum class State { Waiting, Evicting, BlockedByBudget, Terminating, Gone, Failed };
    DrainPod pod;
    State state = State::Waiting;
    QString detail; ///< the budget's answer while blocked, the error when failed
    int attempts = 0;
};

/**
 * Draining a node as kubectl drain does it: the plan is read and checked first (pods
 * with local storage or without a controller refuse it unless allowed), the node is
 * cordoned, then every pod but DaemonSet and mirror pods is evicted through the
 * Eviction API. A 429 from a PodDisruptionBudget is waited on and retried; the drain
 * ends when the evicted pods are gone from the node, on its timeout, or when cancelled.
 * The node stays cordoned in every case.
 */
class DrainOperation : public LifecycleOperation
{
    Q_OBJECT
public:
    DrainOperation(kube::ClusterConnection *connection, QString node, DrainOptions options,
                   QObject *parent = nullptr);

    QString kindKey() const override { return QStringLiteral("drain"); }
    QString title() const override;
    QString object() const override { return QStringLiteral("Node/") + m_node; }
    const QString &node() const { return m_node; }
    const DrainOptions &options() const { return m_options; }
    const DrainPlan &plan() const { return m_plan; }
    QList<EvictionProgress> pods() const { return m_progress; }
    int goneCount() const;
    /// 429 answers received so far (each a wait on a budget).
    int budgetWaits() const { return m_budgetWaits; }
    /// How long to wait after a 429 before asking again (default 2 s).
    void setRetryIntervalMs(int ms) { m_retryMs = ms; }

protected:
    void run() override;
    void stopWork() override;

private:
    /// Lists the node's pods (DrainPlanLoader) and hands the plan to `onLoaded`.
    void loadPlan(void (DrainOperation::*onLoaded)(const DrainPlan &));
    void onPlan(const DrainPlan &plan);
    void onCordoned(kube::ApiRequest *request);
    /// The second look, once cordoned: pods that arrived meanwhile are evicted too.
    void onPlanOfCordonedNode(const DrainPlan &plan);
    void evict(int index);
    void onEvicted(int index, kube::ApiRequest *request);
    void checkGone();

    QString m_node;
    DrainOptions m_options;
    DrainPlan m_plan;
    QList<EvictionProgress> m_progress;
    QTimer m_deadline;
    QTimer m_poll;
    int m_retryMs = 2000;
    int m_budgetWaits = 0;
    bool m_evicting = false;
};

} // namespace maestro::lifecycle

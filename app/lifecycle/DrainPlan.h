// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/Objects.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace maestro::kube {
class ApiClient;
class ApiRequest;
} // namespace maestro::kube

namespace maestro::lifecycle {

/// What a person allows a drain to do, as kubectl drain's flags.
struct DrainOptions
{
    bool deleteLocalData = false; ///< --delete-emptydir-data: evict pods with emptyDir volumes
    bool force = false;           ///< --force: evict pods no controller re-creates
    int timeoutSeconds = 300;

    /// QSettings lifecycle/drainTimeoutSeconds, 300 (5 minutes) when unset or invalid.
    static int configuredTimeoutSeconds();
};

/// One pod on the node to drain.
struct DrainPod
{
    QString namespace_;
    QString name;
    QString uid;
    QString ownerKind; ///< "ReplicaSet", "StatefulSet", empty for a bare pod
    QString ownerName;
    bool localStorage = false; ///< emptyDir: its data is lost
    bool bare = false;         ///< no controller: nothing re-creates it
    QStringList budgets;       ///< names of the PodDisruptionBudgets covering it
    bool running = false;

    QString key() const { return namespace_ + u'/' + name; }
};

/**
 * What draining a node comes to, before anything starts: the pods that will move, the
 * ones that stay (DaemonSet and mirror pods), and what blocks: budgets that allow no
 * disruption now, pods with local storage, pods without a controller.
 */
struct DrainPlan
{
    Q_DECLARE_TR_FUNCTIONS(maestro::lifecycle::DrainPlan)
public:
    QString node;
    QList<DrainPod> toEvict;
    QList<DrainPod> staying;
    QList<kube::DisruptionBudgetInfo> budgets; ///< those covering a pod to evict

    QList<DrainPod> withLocalStorage() const;
    QList<DrainPod> bare() const;
    /// Budgets covering a pod to evict that allow no disruption at the moment.
    QList<kube::DisruptionBudgetInfo> blockingBudgets() const;
    /// Pods covered by more than one budget: the eviction API refuses them.
    QList<DrainPod> overBudgeted() const;
    /// Why the drain cannot go ahead with these options; empty when it can.
    QString refusal(const DrainOptions &options) const;

    /// From the pods on the node (the API's JSON) and every budget of the cluster.
    static DrainPlan build(const QString &node, const QList<QJsonObject> &pods,
                           const QList<kube::DisruptionBudgetInfo> &budgets);
};

/// Reads what a DrainPlan needs: GET pods?fieldSelector=spec.nodeName=<node> and the budgets.
class DrainPlanLoader : public QObject
{
    Q_OBJECT
public:
    DrainPlanLoader(kube::ApiClient *client, QString node, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void loaded(const maestro::lifecycle::DrainPlan &plan);
    void failed(const QString &error);

private:
    void onFinished();

    QPointer<kube::ApiClient> m_client;
    QString m_node;
    QPointer<kube::ApiRequest> m_pods;
    QPointer<kube::ApiRequest> m_budgets;
    int m_pending = 0;
};

} // namespace maestro::lifecycle

Q_DECLARE_METATYPE(maestro::lifecycle::DrainPlan)

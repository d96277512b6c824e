// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/ApiClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace maestro::lifecycle {

/// The writes the lifecycle actions send, built in one place.
namespace requests {

/// spec.unschedulable of a node through a merge patch (what kubectl cordon changes).
kube::RequestSpec setUnschedulable(const QString &node, bool unschedulable);
/// POST pods/<name>/eviction: a deletion that respects PodDisruptionBudgets.
kube::RequestSpec evict(const QString &namespace_, const QString &pod);
/// Marks a Machine for Cluster API's scale-down: cluster.x-k8s.io/delete-machine.
kube::RequestSpec markMachineForDeletion(const QString &namespace_, const QString &machine);
/// DELETE of a Machine: its owner replaces it (a KubeadmControlPlane with its current size).
kube::RequestSpec deleteMachine(const QString &namespace_, const QString &machine);
QString controlPlanePath(const QString &namespace_, const QString &name);

} // namespace requests

/**
 * Changes a replica count by a delta, never twice: the count is read, written as an
 * absolute number with a resourceVersion precondition, and a 409 is re-read: already
 * at the target (an earlier attempt got through), unchanged (only the status moved:
 * written again) or changed by someone else (refused, nothing applied).
 */
class ScaleChange : public QObject
{
    Q_OBJECT
public:
    ScaleChange(kube::ApiClient *client, QString kind, QString namespace_, QString name, int delta,
                QObject *parent = nullptr);
    void start();
    int baseReplicas() const { return m_base; }
    int targetReplicas() const { return m_target; }

Q_SIGNALS:
    /// ok with an empty error, or the reason in words.
    void finished(bool ok, const QString &error);

private:
    void read();
    void onRead(kube::ApiRequest *request);
    void write(const QString &resourceVersion);

    QPointer<kube::ApiClient> m_client;
    QString m_kind;
    QString m_namespace;
    QString m_name;
    int m_delta;
    int m_base = -1;
    int m_target = -1;
    int m_conflicts = 0;
};

} // namespace maestro::lifecycle

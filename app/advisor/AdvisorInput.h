// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/advisor/AdvisorSettings.h"
#include "app/kube/EtcdLogWatcher.h"
#include "app/kube/MetricsPoller.h"
#include "app/kube/Objects.h"
#include "app/scaling/ScalePlan.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::advisor {

/**
 * Everything the checks read, as one snapshot: evaluate() needs no cluster, so each
 * check is tested from hand-made inputs. Built from a live connection by
 * fromConnection(); the node and pod stores are implicitly shared with the informers,
 * so taking a snapshot costs nothing as long as it is dropped before they change.
 */
struct AdvisorInput
{
    QDateTime now; ///< UTC; windows end here

    QHash<QString, kube::NodeInfo> nodes; ///< by name
    QHash<QString, kube::PodInfo> pods;   ///< by "namespace/name"
    /// Warning events of the recent window (fromConnection keeps no others: the checks
    /// read only evictions, and a large cluster has 100k events).
    QList<kube::EventInfo> events;

    QHash<QString, kube::Usage> nodeUsage; ///< by node name
    kube::MetricsPoller::State metricsState = kube::MetricsPoller::State::Unknown;

    /// The app's own requests (watches excluded; log reads and lists of huge resources
    /// left out too) over AdvisorSettings::slowApiWindowSeconds.
    int apiP99Ms = -1; ///< -1: no samples
    int apiRequests = 0;
    QString apiSlowestRequest; ///< "GET nodes.metrics.k8s.io"
    int apiSlowestMs = -1;

    /// etcd's slow-write warnings of the recent window, oldest first.
    QList<kube::EtcdWarning> etcdWarnings;
    bool etcdLogsReadable = true;

    /// The sizes the cluster offers, smallest first.
    QList<scaling::ServerSize> sizes;
    QString masterSize;     ///< the KubeadmControlPlane's instance type, if known
    QString workerPoolSize; ///< the worker MachineDeployment's instance type, if any

    void addNode(const kube::NodeInfo &node) { nodes.insert(node.meta.name, node); }
    void addPod(const kube::PodInfo &pod) { pods.insert(pod.meta.key(), pod); }

    static AdvisorInput fromConnection(const kube::ClusterConnection &connection,
                                       const AdvisorSettings &settings);
};

} // namespace maestro::advisor

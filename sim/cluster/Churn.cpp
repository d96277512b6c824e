// SPDX-License-Identifier: GPL-3.0-or-later
// --churn: a cluster that never sits still. On top of the scenario's own dynamics, pods
// are created and deleted and nodes join and leave at a steady rate, so that watches
// carry a constant stream of ADDED, MODIFIED and DELETED events.
#include "sim/cluster/SimCluster.h"
#include "sim/store/ObjectStore.h"

namespace maestro::sim {

namespace {
const QString kChurnNamespace = QStringLiteral("churn");
constexpr int kMaxChurnPods = 60;   ///< the pods it keeps at most
constexpr int kMaxChurnNodes = 4;   ///< the nodes it keeps at most
constexpr int kChangesPerTick = 50; ///< a bound on catching up after a stall

/// The pod's JSON with its first container's restartCount one higher; the new count in
/// `restarts`. Unchanged (and -1) for a pod without container statuses.
QByteArray withOneMoreRestart(const QByteArray &json, int *restarts)
{
    static const QByteArray key = QByteArrayLiteral("\"restartCount\":");
    *restarts = -1;
    const qsizetype at = json.indexOf(key);
    if (at < 0)
        return json;
    const qsizetype start = at + key.size();
    qsizetype end = start;
    while (end < json.size() && json[end] >= '0' && json[end] <= '9')
        ++end;
    *restarts = json.mid(start, end - start).toInt() + 1;
    QByteArray edited = json;
    edited.replace(start, end - start, QByteArray::number(*restarts));
    return edited;
}
} // namespace

void SimCluster::stepChurn(double realSeconds)
{
    m_churnDue = std::min(m_churnDue + m_options.churnRate * realSeconds, double(kChangesPerTick));
    if (m_churnDue < 1)
        return;
    if (m_churnNodes.empty() && std::none_of(m_pods.begin(), m_pods.end(), [](const auto &p) {
            return p.second.namespace_ == kChurnNamespace;
        }))
        publishNamespace(kChurnNamespace);
    while (m_churnDue >= 1) {
        m_churnDue -= 1;
        std::vector<SimPod *> pods;
        for (auto &[key, pod] : m_pods) {
            if (pod.namespace_ == kChurnNamespace && !pod.terminating())
                pods.push_back(&pod);
        }
        const double dice = uniform(0, 1);
        if (dice < 0.05 && int(m_churnNodes.size()) < kMaxChurnNodes) {
            // A node joins. It is tainted like a dedicated master, so nothing is scheduled
            // on it and it can go again without a drain.
            SimNode &node = addNode(QStringLiteral("churn-node-") + randomSuffix(),
                                    QStringLiteral("s-2vcpu-4gb"), false, false, {}, true);
            node.noScheduleTaint = true;
            m_churnNodes.push_back(node.name);
            publishNode(node);
        } else if (dice < 0.10 && !m_churnNodes.empty()) {
            const size_t index =
                size_t(uniform(0, double(m_churnNodes.size()))) % m_churnNodes.size();
            const QString name = m_churnNodes[index];
            m_churnNodes.erase(m_churnNodes.begin() + qsizetype(index));
            m_nodes.erase(name);
            m_store->remove(QStringLiteral("nodes"), QString(), name);
        } else if (dice < 0.55 && int(pods.size()) < kMaxChurnPods) {
            SimPod pod;
            pod.namespace_ = kChurnNamespace;
            pod.name = QStringLiteral("churn-") + randomSuffix(8);
            pod.app = QStringLiteral("churn");
            pod.containerName = QStringLiteral("sleeper");
            pod.image = QStringLiteral("busybox:1.36");
            pod.command = {QStringLiteral("sleep"), QStringLiteral("3600")};
            pod.requestCpuMilli = 5;
            pod.requestMemoryBytes = qint64(8) << 20;
            pod.limitMemoryBytes = qint64(16) << 20;
            // Bound at creation (as a DaemonSet's pod is): no scheduler event for each, so
            // the events a long run keeps do not grow with the churn.
            for (const auto &[name, node] : m_nodes) {
                if (node.ready && !node.noScheduleTaint && !node.unschedulable) {
                    pod.nodeName = name;
                    pod.simScheduled = m_simTime;
                    pod.scheduledAt = now();
                    break;
                }
            }
            publishPod(addPod(pod));
        } else if (!pods.empty()) {
            // Deleted at once (grace 0), for the same reason: no Killing event.
            SimPod *pod = pods[size_t(uniform(0, double(pods.size()))) % pods.size()];
            deletePodGracefully(*pod, 0);
        }
    }
}

void SimCluster::stepPodChurn(double realSeconds)
{
    // At most a second's worth at once, so that a stall is not followed by a burst.
    m_podChurnDue = std::min(m_podChurnDue + m_options.podChurnRate * realSeconds,
                             std::max(1.0, m_options.podChurnRate));
    const int due = int(m_podChurnDue);
    if (due < 1)
        return;
    m_podChurnDue -= due;
    // The pods in key order from where the last tick stopped, so that every pod changes
    // in turn. Collected first: writing to the store while walking its map could detach it.
    const QMap<QString, StoredObjectPtr> &pods = m_store->objects(QStringLiteral("pods"));
    if (pods.isEmpty())
        return;
    std::vector<StoredObjectPtr> chosen;
    chosen.reserve(size_t(std::min<qsizetype>(due, pods.size())));
    auto it = pods.upperBound(m_podChurnCursor);
    for (int i = 0; i < due && i < pods.size(); ++i) {
        if (it == pods.end())
            it = pods.begin();
        chosen.push_back(*it);
        m_podChurnCursor = it.key();
        ++it;
    }
    // The JSON is edited (a restart count goes up) rather than encoded again through a
    // JSON DOM, which would cost more than the client's decoding of it: this churn exists
    // to offer tens of thousands of changes a second.
    for (const StoredObjectPtr &pod : chosen) {
        m_store->putEdited(pod, [](StoredObject &object) {
            int restarts = -1;
            object.json = withOneMoreRestart(object.json, &restarts);
            constexpr int kRestartsColumn = 3; // NAME READY STATUS RESTARTS AGE ...
            if (restarts >= 0 && object.tableCells.size() > kRestartsColumn)
                object.tableCells[kRestartsColumn] = QString::number(restarts);
        });
    }
}

} // namespace maestro::sim

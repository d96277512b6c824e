// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/history/HistoryTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <optional>

namespace maestro::kube {
class ClusterConnection;
struct ChangeBatch;
struct EventInfo;
struct NodeInfo;
struct Usage;
} // namespace maestro::kube

namespace maestro::advisor {
class Advisor;
struct Finding;
} // namespace maestro::advisor

namespace maestro::scaling {
class ScaleUpOperation;
} // namespace maestro::scaling

namespace maestro::lifecycle {
class LifecycleOperation;
} // namespace maestro::lifecycle

namespace maestro::history {

class HistoryStore;

/**
 * Feeds a HistoryStore from a live connection: every metrics update (at most one per
 * sample interval) becomes a tick of node samples plus the per-role aggregates and
 * the API latency; Kubernetes events of interest, etcd's slow-write warnings and the
 * advisor's findings become timeline events. The store must be open; neither object
 * owns the other.
 */
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    HistoryRecorder(kube::ClusterConnection *connection, HistoryStore *store,
                    advisor::Advisor *advisor = nullptr, QObject *parent = nullptr);

    /// The raw resolution (default 10 s): metrics polled more often are thinned out.
    void setSampleIntervalMs(int ms) { m_sampleIntervalMs = ms; }
    int sampleIntervalMs() const { return m_sampleIntervalMs; }

    /// Puts a scale-up operation on the timeline: started (now, or at once when it
    /// already has) and finished or failed. Call it right after creating the operation.
    void watch(scaling::ScaleUpOperation *operation);
    /// The same for a node lifecycle action (cordon, drain, remove, replace masters),
    /// with a progress entry for each of its steps.
    void watch(lifecycle::LifecycleOperation *operation);

    /// The timeline kind of a Kubernetes event; nullopt for those the timeline skips.
    static std::optional<TimelineEvent::Kind> classify(const kube::EventInfo &event);
    /// Usage over allocatable per node with usage, then the SeriesName::Masters and
    /// SeriesName::Workers aggregates (sum of usage over sum of allocatable).
    static QList<NodeSample> samplesOf(const QHash<QString, kube::NodeInfo> &nodes,
                                       const QHash<QString, kube::Usage> &usage);

    qint64 ticksRecorded() const { return m_ticks; }
    qint64 eventsRecorded() const { return m_events; }

private:
    void onMetrics();
    void onEvents(const kube::ChangeBatch &batch);
    void onEtcd();
    void onFinding(const advisor::Finding &finding, bool started);

    QPointer<kube::ClusterConnection> m_connection;
    QPointer<HistoryStore> m_store;
    int m_sampleIntervalMs = 10000;
    QElapsedTimer m_sinceSample;
    QSet<QString> m_etcdSeen; ///< lines recorded (the watcher's windows overlap)
    std::deque<QString> m_etcdOrder;
    qint64 m_ticks = 0;
    qint64 m_events = 0;
};

} // namespace maestro::history

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace maestro::history {

/// Series names that are not nodes. Kubernetes node names are DNS subdomains and can
/// never start with '@', so these never collide with a node.
namespace SeriesName {
inline constexpr QLatin1String Masters("@masters"); ///< control plane, aggregate
inline constexpr QLatin1String Workers("@workers"); ///< workers, aggregate
/// The app's API latency: cpu carries p50 and memory p99, in milliseconds.
inline constexpr QLatin1String ApiLatency("@api-latency");
} // namespace SeriesName

/// One series' values at one tick: a node's usage as a fraction of its allocatable
/// (1.0 = all of it; may exceed 1 briefly), or an aggregate of SeriesName.
struct NodeSample
{
    QString node;
    double cpu = 0;
    double memory = 0;
};

/// One point of a queried series. Raw points have min == avg == max; rolled-up or
/// bucketed points keep the extremes so that a spike survives any resolution.
struct SamplePoint
{
    qint64 timestampMs = 0; ///< start of the bucket, ms since the epoch (UTC)
    double cpu = 0;         ///< average
    double cpuMin = 0;
    double cpuMax = 0;
    double memory = 0; ///< average
    double memoryMin = 0;
    double memoryMax = 0;
};

struct SampleSeries
{
    QString node;
    QList<SamplePoint> points; ///< oldest first
};

struct SampleQueryResult
{
    QList<SampleSeries> series; ///< in the order asked for; empty series for unknown nodes
    qint64 resolutionMs = 0;    ///< bucket width actually used
    QString error;              ///< empty on success
};

/**
 * One entry of the timeline. Kubernetes deduplicates repeated events into one object
 * with a count; the store keeps one row per `key` too, updating count and lastSeen.
 */
struct TimelineEvent
{
    Q_DECLARE_TR_FUNCTIONS(TimelineEvent)
public:
    /// Stored as integers: never renumber.
    enum class Kind {
        Other = 0,
        Eviction = 1,
        SchedulingFailure = 2,
        Pressure = 3,
        EtcdSlowWrite = 4,
        NodeAdded = 5,
        NodeReady = 6,
        ScaleUpStarted = 7,
        ScaleUpFinished = 8,
        FindingStarted = 9,
        FindingCleared = 10,
        /// The app's own server actions (cordon, drain, remove, replace masters): begun,
        /// a step, ended; the reason says which ("drain-started", "drain-Failed", ...).
        ServerAction = 11,
    };

    QString key; ///< identity for deduplication: the event's uid, or namespace/name
    Kind kind = Kind::Other;
    QString reason;
    QString message;
    QString object; ///< "Pod/default/web-1"
    QString node;
    int count = 1;
    QDateTime firstSeen;
    QDateTime lastSeen;

    /// "eviction", "scheduling", ...: stable, for files and logs.
    static QString kindKey(Kind kind);
    /// The kind as a person reads it (translated).
    static QString kindText(Kind kind);
};

} // namespace maestro::history

Q_DECLARE_METATYPE(maestro::history::TimelineEvent)
Q_DECLARE_METATYPE(maestro::history::SampleQueryResult)

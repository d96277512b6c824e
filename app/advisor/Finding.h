// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace maestro::advisor {

/// The check ids; the report's JSON and the UI key on them, so they never change.
namespace FindingId {
inline constexpr QLatin1String ControlPlaneNotHa("control-plane-not-ha");
inline constexpr QLatin1String ControlPlaneEven("control-plane-even");
inline constexpr QLatin1String SharedMaster("shared-master");
inline constexpr QLatin1String WorkerHeadroom("worker-headroom");
inline constexpr QLatin1String SlowApi("slow-api");
inline constexpr QLatin1String SlowScheduling("slow-scheduling");
inline constexpr QLatin1String MasterEvictions("master-evictions");
inline constexpr QLatin1String EtcdSlowWrites("etcd-slow-writes");
inline constexpr QLatin1String AddDedicatedWorker("add-dedicated-worker");
inline constexpr QLatin1String MasterUndersized("master-undersized");
} // namespace FindingId

/**
 * One thing the advisor noticed: what, how bad, the figures that show it, and what
 * to do about it. Findings are events of their own: the Advisor stamps when one
 * started and when it cleared.
 */
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(maestro::advisor::Finding)
public:
    enum Severity { Info, Warning, Critical };

    /// What to add: `count` servers of `size` in `role`. Empty (count 0) when the
    /// finding recommends no server change.
    struct Action
    {
        QString role; ///< "master", "worker" or empty
        QString size; ///< instance type, "s-4vcpu-8gb"
        int count = 0;
        bool isEmpty() const { return count <= 0; }
        bool operator==(const Action &) const = default;
    };

    QString id; ///< one of FindingId
    Severity severity = Info;
    QString summary;      ///< one line
    QStringList evidence; ///< figures, nodes, times, example lines
    Action action;        ///< the recommended change, if any
    QString explanation;  ///< why, in a few sentences
    QDateTime startedAt;  ///< set by the Advisor: first evaluation that found it
    QDateTime clearedAt;  ///< set by the Advisor when it went away

    bool isWarningOrWorse() const { return severity >= Warning; }
    /// The action in words: "Add 1 worker (s-4vcpu-8gb)", or for master-undersized
    /// "Replace the masters with 3 x s-2vcpu-4gb"; empty without an action.
    QString actionText() const;

    /// "info", "warning", "critical": stable, for JSON.
    static QString severityKey(Severity severity);
    /// The severity as a person reads it (translated).
    static QString severityText(Severity severity);
    /// {"id","severity","summary","evidence":[...],"action":{"role","size","count"},
    /// "explanation"} plus "startedAt" when known.
    QJsonObject toJson() const;
};

/// The cluster's availability in three words, from its findings.
enum class Verdict { HighAvailability, ReducedAvailability, NeedsAttention };

/**
 * Any critical finding: needs attention. Otherwise any warning: reduced availability.
 * Otherwise high availability only with an odd number of at least 3 masters.
 */
Verdict verdictFor(const QList<Finding> &findings, int masters);
/// "High availability", "Reduced availability", "Needs attention" (translated).
QString verdictText(Verdict verdict);
/// The same in English, whatever the locale: for JSON.
QString verdictKey(Verdict verdict);

} // namespace maestro::advisor

Q_DECLARE_METATYPE(maestro::advisor::Finding)

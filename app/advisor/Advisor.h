// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/advisor/AdvisorSettings.h"
#include "app/advisor/Finding.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::advisor {

/**
 * The live advisor of one connection: re-runs evaluate() when the cluster changes (at
 * most every AdvisorSettings::minimumIntervalMs, and at least every maximumIntervalMs
 * because windows and pending times move on their own), keeps the current findings
 * and reports each one's start and end as events for the timeline.
 *
 * Nothing is evaluated before the connection's first sync: half-loaded lists would
 * show a cluster without masters.
 */
class Advisor : public QObject
{
    Q_OBJECT
public:
    explicit Advisor(kube::ClusterConnection *connection, QObject *parent = nullptr);
    Advisor(kube::ClusterConnection *connection, const AdvisorSettings &settings,
            QObject *parent = nullptr);

    const AdvisorSettings &settings() const { return m_settings; }
    /// New thresholds; re-evaluates at once.
    void setSettings(const AdvisorSettings &settings);

    /// The current findings, most severe first; startedAt set on each.
    QList<Finding> findings() const { return m_findings; }
    std::optional<Finding> finding(const QString &id) const;
    bool hasFinding(const QString &id) const { return finding(id).has_value(); }
    /// The most severe current finding's severity; nullopt without findings.
    std::optional<Finding::Severity> worstSeverity() const;

    Verdict verdict() const;
    /// "High availability", "Reduced availability" or "Needs attention".
    QString verdictText() const { return advisor::verdictText(verdict()); }
    int masters() const { return m_masters; }

    /// When the findings were last brought up to date (invalid before the first sync).
    QDateTime lastEvaluation() const { return m_lastEvaluation; }
    /// Evaluates now, whatever the throttle says (a report's last look, a test).
    void evaluateNow();

Q_SIGNALS:
    /// A finding appeared (its startedAt is set).
    void findingStarted(const maestro::advisor::Finding &finding);
    /// A finding went away (its clearedAt is set; the last evidence is kept).
    void findingCleared(const maestro::advisor::Finding &finding);
    /// The list changed: a finding started, cleared, or its figures moved.
    void findingsChanged();
    void evaluated();

private:
    void onChanged();
    void apply(QList<Finding> findings, const QDateTime &now);

    QPointer<kube::ClusterConnection> m_connection;
    AdvisorSettings m_settings;
    QList<Finding> m_findings;
    int m_masters = 0;
    QDateTime m_lastEvaluation;
    QElapsedTimer m_sinceEvaluation;
    QTimer m_throttle; ///< single shot: the next evaluation allowed after a change
    QTimer m_tick;     ///< the at-least-every interval
};

} // namespace maestro::advisor

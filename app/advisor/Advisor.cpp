// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/advisor/Advisor.h"

#include "app/advisor/AdvisorChecks.h"
#include "app/advisor/AdvisorInput.h"
#include "app/kube/ClusterConnection.h"

#include <QLoggingCategory>

namespace maestro::advisor {

Q_LOGGING_CATEGORY(lcAdvisor, "maestro.advisor")

Advisor::Advisor(kube::ClusterConnection *connection, QObject *parent)
    : Advisor(connection, AdvisorSettings{}, parent)
{}

Advisor::Advisor(kube::ClusterConnection *connection, const AdvisorSettings &settings,
                 QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_settings(settings)
{
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &Advisor::evaluateNow);
    m_tick.setInterval(m_settings.maximumIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &Advisor::evaluateNow);
    if (m_connection) {
        connect(m_connection, &kube::ClusterConnection::changed, this, &Advisor::onChanged);
        connect(m_connection, &kube::ClusterConnection::synced, this, &Advisor::evaluateNow);
    }
    m_tick.start();
}

void Advisor::setSettings(const AdvisorSettings &settings)
{
    m_settings = settings;
    m_tick.setInterval(m_settings.maximumIntervalMs);
    evaluateNow();
}

std::optional<Finding> Advisor::finding(const QString &id) const
{
    for (const Finding &f : m_findings) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

std::optional<Finding::Severity> Advisor::worstSeverity() const
{
    std::optional<Finding::Severity> worst;
    for (const Finding &f : m_findings) {
        if (!worst || f.severity > *worst)
            worst = f.severity;
    }
    return worst;
}

Verdict Advisor::verdict() const
{
    return verdictFor(m_findings, m_masters);
}

void Advisor::onChanged()
{
    // The informers report in batches every 100 ms on a busy cluster: evaluating each
    // would spend the UI thread on the same answer.
    if (m_throttle.isActive())
        return;
    const qint64 since = m_sinceEvaluation.isValid() ? m_sinceEvaluation.elapsed()
                                                     : qint64(m_settings.minimumIntervalMs);
    m_throttle.start(int(std::max<qint64>(0, m_settings.minimumIntervalMs - since)));
}

void Advisor::evaluateNow()
{
    m_throttle.stop();
    if (!m_connection || !m_connection->hasSynced())
        return;
    QElapsedTimer cost;
    cost.start();
    QList<Finding> findings;
    {
        // Dropped before returning to the event loop, so the informers' stores it
        // shares are never copied.
        const AdvisorInput input = AdvisorInput::fromConnection(*m_connection, m_settings);
        findings = evaluate(input, m_settings);
        m_masters = masterCount(input);
        m_lastEvaluation = input.now;
        qCDebug(lcAdvisor) << m_connection->context().name << findings.size() << "findings in"
                           << cost.elapsed() << "ms; api p99" << input.apiP99Ms << "ms of"
                           << input.apiRequests << "requests; etcd" << input.etcdWarnings.size()
                           << "warnings";
    }
    m_sinceEvaluation.start();
    m_tick.start(); // the next forced evaluation counts from this one
    apply(std::move(findings), m_lastEvaluation);
    Q_EMIT evaluated();
}

void Advisor::apply(QList<Finding> findings, const QDateTime &now)
{
    bool changed = false;
    QList<Finding> started;
    for (Finding &f : findings) {
        const std::optional<Finding> previous = finding(f.id);
        if (previous) {
            f.startedAt = previous->startedAt;
            changed = changed || previous->severity != f.severity ||
                      previous->summary != f.summary || previous->evidence != f.evidence ||
                      previous->action != f.action;
        } else {
            f.startedAt = now;
            started.append(f);
            changed = true;
        }
    }
    QList<Finding> cleared;
    for (const Finding &old : std::as_const(m_findings)) {
        const bool still = std::any_of(findings.cbegin(), findings.cend(),
                                       [&old](const Finding &f) { return f.id == old.id; });
        if (!still) {
            Finding gone = old;
            gone.clearedAt = now;
            cleared.append(gone);
            changed = true;
        }
    }
    m_findings = std::move(findings);
    for (const Finding &f : std::as_const(cleared)) {
        qCInfo(lcAdvisor) << "cleared" << f.id;
        Q_EMIT findingCleared(f);
    }
    for (const Finding &f : std::as_const(started)) {
        qCInfo(lcAdvisor) << "started" << f.id << Finding::severityKey(f.severity) << f.summary;
        Q_EMIT findingStarted(f);
    }
    if (changed)
        Q_EMIT findingsChanged();
}

} // namespace maestro::advisor

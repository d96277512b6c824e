// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace maestro::kube {
class ClusterConnection;
} // namespace maestro::kube

namespace maestro::lifecycle {

/**
 * What every node lifecycle action (cordon, drain, remove, replace masters) has in
 * common, so the Servers page and the timeline follow them all alike: it starts once,
 * reports steps while it runs, and ends finished, failed or cancelled with a reason.
 */
class LifecycleOperation : public QObject
{
    Q_OBJECT
public:
    enum class Phase { NotStarted, Running, Finished, Failed, Cancelled, TimedOut };
    Q_ENUM(Phase)

    explicit LifecycleOperation(kube::ClusterConnection *connection, QObject *parent = nullptr);
    ~LifecycleOperation() override;

    /// Starts once; later calls do nothing (a double click acts once).
    void start();
    /// Stops what is still to do; what was done stays done (a cordon stays).
    void cancel();

    /// "cordon", "uncordon", "drain", "remove-server", "replace-masters": stable, for history.
    virtual QString kindKey() const = 0;
    /// What it does, in a few words: "Draining worker-1".
    virtual QString title() const = 0;
    /// The object it acts on, as the timeline names objects: "Node/worker-1".
    virtual QString object() const = 0;

    Phase phase() const { return m_phase; }
    bool isDone() const { return m_phase != Phase::NotStarted && m_phase != Phase::Running; }
    QString message() const { return m_message; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    kube::ClusterConnection *connection() const;

Q_SIGNALS:
    /// Anything changed (message, per-pod or per-step states).
    void progressChanged();
    /// A step worth a line on the timeline was reached ("Evicting 4 pods").
    void stepReached(const QString &step);
    void finished(bool ok);

protected:
    virtual void run() = 0;
    /// Called once on cancel() while running, before the phase becomes Cancelled.
    virtual void stopWork() {}

    void setMessage(const QString &message);
    void reachStep(const QString &step);
    void fail(const QString &message, Phase phase = Phase::Failed);
    void succeed(const QString &message);
    /// True (and failed) when the cluster connection went away.
    bool connectionGone();

private:
    QPointer<kube::ClusterConnection> m_connection;
    Phase m_phase = Phase::NotStarted;
    QString m_message;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace maestro::lifecycle

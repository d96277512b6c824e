// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/ApiError.h"
#include "app/scaling/ScalePlan.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace maestro::kube {
class ApiRequest;
class ClusterConnection;
} // namespace maestro::kube

namespace maestro::scaling {

/// One new machine on its way to a Ready node.
struct MachineProgress
{
    QString name;
    QString phase; ///< Cluster API Machine phase
    QString nodeName;
    bool nodeReady = false;
    QString failure;
};

/**
 * Adding servers as an operation with progress: the scale request, then each new
 * Machine from Pending through Provisioning to Running, its Node registering and
 * becoming Ready; finished, failed with the cloud's reason, or timed out.
 *
 * It never adds servers twice. The replica count is re-read just before the change
 * and written as an absolute number with a resourceVersion precondition, so a
 * retried request whose first attempt reached the server fails with 409 instead of
 * adding more; a 409 is re-read and the new state decides: our change is already
 * there (done), nothing changed but the object's status (safe to write again), or
 * somebody else changed the replicas (reported, not re-applied).
 */
class ScaleUpOperation : public QObject
{
    Q_OBJECT
public:
    enum class Phase { NotStarted, Submitting, Provisioning, Finished, Failed, TimedOut };
    Q_ENUM(Phase)

    ScaleUpOperation(kube::ClusterConnection *connection, ScalePlan plan,
                     QObject *parent = nullptr);
    ~ScaleUpOperation() override;

    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }
    /// How long each request may go without an answer (default 30 s).
    void setRequestTimeout(int msecs) { m_requestTimeoutMs = msecs; }
    /// Starts once; later calls do nothing (a double click adds nothing).
    void start();

    Phase phase() const { return m_phase; }
    const ScalePlan &plan() const { return m_plan; }
    QString message() const { return m_message; }
    QList<MachineProgress> machines() const { return m_progress; }
    int readyCount() const;
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    /// Number of scale or create requests the server accepted (0 or 1).
    int writesAccepted() const { return m_writesAccepted; }

Q_SIGNALS:
    void progressChanged();
    void finished(bool ok);

private:
    void readScale();
    void onScaleRead(kube::ApiRequest *request, bool afterConflict);
    void writeScale(const QString &resourceVersion, int replicas);
    void onScaleWritten(kube::ApiRequest *request);
    void createMachineDeployment();
    void onCreated(kube::ApiRequest *request);
    void onCreateConflict(kube::ApiRequest *request, const kube::ApiError &createError);
    void beginProvisioning();
    void track();
    void fail(const QString &message, Phase phase = Phase::Failed);
    void succeed();
    bool connectionGone();

    QPointer<kube::ClusterConnection> m_connection;
    ScalePlan m_plan;
    Phase m_phase = Phase::NotStarted;
    QString m_message;
    int m_baseReplicas = -1;
    int m_targetReplicas = -1;
    int m_writesAccepted = 0;
    int m_statusOnlyConflicts = 0;
    QSet<QString> m_baselineMachines;
    QList<MachineProgress> m_progress;
    QTimer m_deadline;
    int m_timeoutSeconds = 1800;
    int m_requestTimeoutMs = 30000;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    QString m_operationId;
};

} // namespace maestro::scaling

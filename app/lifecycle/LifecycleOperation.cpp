// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lifecycle/LifecycleOperation.h"

#include "app/kube/ClusterConnection.h"

#include <QLoggingCategory>

namespace maestro::lifecycle {

Q_LOGGING_CATEGORY(lcLifecycle, "maestro.lifecycle")

LifecycleOperation::LifecycleOperation(kube::ClusterConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{}

LifecycleOperation::~LifecycleOperation() = default;

kube::ClusterConnection *LifecycleOperation::connection() const
{
    return m_connection;
}

void LifecycleOperation::start()
{
    if (m_phase != Phase::NotStarted)
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_phase = Phase::Running;
    Q_EMIT progressChanged();
    if (connectionGone())
        return;
    run();
}

void LifecycleOperation::cancel()
{
    if (m_phase != Phase::Running)
        return;
    stopWork();
    fail(tr("Cancelled: %1").arg(m_message), Phase::Cancelled);
}

void LifecycleOperation::setMessage(const QString &message)
{
    if (isDone() || message == m_message)
        return;
    m_message = message;
    Q_EMIT progressChanged();
}

void LifecycleOperation::reachStep(const QString &step)
{
    if (isDone())
        return;
    m_message = step;
    Q_EMIT stepReached(step);
    Q_EMIT progressChanged();
}

void LifecycleOperation::fail(const QString &message, Phase phase)
{
    if (isDone())
        return;
    m_phase = phase;
    m_message = message;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    qCWarning(lcLifecycle) << title() << "did not finish:" << message;
    Q_EMIT progressChanged();
    Q_EMIT finished(false);
}

void LifecycleOperation::succeed(const QString &message)
{
    if (isDone())
        return;
    m_phase = Phase::Finished;
    m_message = message;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT progressChanged();
    Q_EMIT finished(true);
}

bool LifecycleOperation::connectionGone()
{
    if (m_connection)
        return false;
    fail(tr("The cluster connection is gone."));
    return true;
}

} // namespace maestro::lifecycle

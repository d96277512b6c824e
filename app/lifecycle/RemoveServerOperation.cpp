// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lifecycle/RemoveServerOperation.h"

#include "app/kube/ClusterConnection.h"
#include "app/lifecycle/DrainOperation.h"
#include "app/lifecycle/LifecycleRequests.h"

namespace maestro::lifecycle {

using namespace maestro::kube;

RemoveServerOperation::RemoveServerOperation(ClusterConnection *connection, QStringList nodes,
                                             DrainOptions options, QObject *parent)
    : LifecycleOperation(connection, parent)
    , m_nodes(std::move(nodes))
    , m_options(options)
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &RemoveServerOperation::checkRemoved);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stopWork();
        fail(tr("The servers were not removed within %n minute(s).", nullptr,
                m_removalTimeoutSeconds / 60),
             Phase::TimedOut);
    });
}

QString RemoveServerOperation::title() const
{
    return tr("Removing %1").arg(m_nodes.join(QStringLiteral(", ")));
}

QString RemoveServerOperation::object() const
{
    return QStringLiteral("Node/") + m_nodes.join(u',');
}

void RemoveServerOperation::run()
{
    QString controlPlane;
    const QList<ControlPlaneInfo> planes = connection()->controlPlanes()->items().values();
    if (!planes.isEmpty())
        controlPlane = planes.first().meta.name;
    m_plan = LifecycleGuards::planRemoval(m_nodes, connection()->nodes()->items().values(),
                                          connection()->machines()->items().values(), controlPlane);
    if (!m_plan.isValid()) {
        fail(m_plan.refusal);
        return;
    }
    m_step = Step::Draining;
    drainNext();
}

void RemoveServerOperation::drainNext()
{
    if (isDone() || connectionGone())
        return;
    if (m_drained >= m_nodes.size()) {
        m_step = Step::Marking;
        for (const RemovalGroup &g : m_plan.groups) {
            for (const QString &machine : g.machines)
                m_toMark << g.namespace_ + u'/' + machine;
        }
        reachStep(tr("Marking %n machine(s) for removal", nullptr, int(m_toMark.size())));
        markNext();
        return;
    }
    const QString node = m_nodes.at(m_drained);
    reachStep(tr("Draining %1").arg(node));
    m_drain = new DrainOperation(connection(), node, m_options, this);
    connect(m_drain, &DrainOperation::progressChanged, this, [this] {
        if (m_drain && !m_drain->isDone())
            setMessage(m_drain->message());
    });
    connect(m_drain, &DrainOperation::stepReached, this, &LifecycleOperation::stepReached);
    connect(m_drain, &DrainOperation::finished, this, [this](bool ok) {
        DrainOperation *drain = m_drain;
        if (!drain || m_stopping)
            return;
        drain->deleteLater();
        m_drain = nullptr;
        if (!ok) {
            fail(tr("Nothing was removed: %1").arg(drain->message()));
            return;
        }
        ++m_drained;
        drainNext();
    });
    m_drain->start();
}

void RemoveServerOperation::markNext()
{
    if (isDone() || connectionGone())
        return;
    if (m_toMark.isEmpty()) {
        m_step = Step::Scaling;
        scaleNext();
        return;
    }
    const QString key = m_toMark.takeFirst();
    ApiRequest *request = connection()->client()->send(
        requests::markMachineForDeletion(key.section(u'/', 0, 0), key.section(u'/', 1)));
    connect(request, &ApiRequest::finished, this, [this, request, key] {
        request->deleteLater();
        if (!request->ok()) {
            fail(tr("Could not mark machine %1 for removal: %2")
                     .arg(key, request->error().describe()));
            return;
        }
        markNext();
    });
}

void RemoveServerOperation::scaleNext()
{
    if (isDone() || connectionGone())
        return;
    if (m_groupsScaled >= m_plan.groups.size()) {
        m_step = Step::WaitingForRemoval;
        reachStep(tr("Waiting for %n server(s) to go", nullptr, int(m_nodes.size())));
        m_deadline.start(m_removalTimeoutSeconds * 1000);
        m_poll.start();
        checkRemoved();
        return;
    }
    const RemovalGroup &group = m_plan.groups.at(m_groupsScaled);
    reachStep(
        tr("Scaling %1 %2 down by %3").arg(group.kind, group.name).arg(group.machines.size()));
    auto *change = new ScaleChange(connection()->client(), group.kind, group.namespace_, group.name,
                                   -int(group.machines.size()), this);
    connect(change, &ScaleChange::finished, this, [this, change](bool ok, const QString &error) {
        change->deleteLater();
        if (!ok) {
            fail(error);
            return;
        }
        ++m_groupsScaled;
        scaleNext();
    });
    change->start();
}

void RemoveServerOperation::checkRemoved()
{
    if (isDone() || connectionGone())
        return;
    int left = 0;
    for (const RemovalGroup &g : m_plan.groups) {
        for (const QString &machine : g.machines)
            left += connection()->machines()->find(g.namespace_ + u'/' + machine) != nullptr;
        for (const QString &node : g.nodes)
            left += connection()->nodes()->find(node) != nullptr;
    }
    setMessage(tr("Waiting for %n server(s) to go", nullptr, int(m_nodes.size())));
    if (left == 0) {
        stopWork();
        m_step = Step::Done;
        succeed(tr("%n server(s) removed: %1", nullptr, int(m_nodes.size()))
                    .arg(m_nodes.join(QStringLiteral(", "))));
    }
}

void RemoveServerOperation::stopWork()
{
    m_stopping = true;
    m_poll.stop();
    m_deadline.stop();
    if (m_drain)
        m_drain->cancel();
}

} // namespace maestro::lifecycle

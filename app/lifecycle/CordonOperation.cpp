// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lifecycle/CordonOperation.h"

#include "app/kube/ClusterConnection.h"
#include "app/lifecycle/LifecycleRequests.h"

namespace maestro::lifecycle {

using namespace maestro::kube;

namespace {
constexpr int kConfirmIntervalMs = 200;
constexpr int kConfirmTicks = 150; ///< 30 s for the watch to bring the change back
} // namespace

CordonOperation::CordonOperation(ClusterConnection *connection, QStringList nodes,
                                 bool unschedulable, QObject *parent)
    : LifecycleOperation(connection, parent)
    , m_nodes(std::move(nodes))
    , m_unschedulable(unschedulable)
{
    m_confirm.setInterval(kConfirmIntervalMs);
    connect(&m_confirm, &QTimer::timeout, this, &CordonOperation::checkApplied);
}

QString CordonOperation::kindKey() const
{
    return m_unschedulable ? QStringLiteral("cordon") : QStringLiteral("uncordon");
}

QString CordonOperation::title() const
{
    const QString names = m_nodes.join(QStringLiteral(", "));
    return m_unschedulable ? tr("Cordoning %1").arg(names) : tr("Uncordoning %1").arg(names);
}

QString CordonOperation::object() const
{
    return m_nodes.size() == 1 ? QStringLiteral("Node/") + m_nodes.first()
                               : QStringLiteral("Node/") + m_nodes.join(u',');
}

void CordonOperation::run()
{
    if (m_nodes.isEmpty()) {
        fail(tr("No server was chosen."));
        return;
    }
    reachStep(title());
    m_pending = int(m_nodes.size());
    for (const QString &node : m_nodes) {
        ApiRequest *request =
            connection()->client()->send(requests::setUnschedulable(node, m_unschedulable));
        connect(request, &ApiRequest::finished, this, [this, request, node] {
            request->deleteLater();
            if (!request->ok())
                m_errors << tr("%1: %2").arg(node, request->error().describe());
            if (--m_pending > 0 || isDone())
                return;
            if (!m_errors.isEmpty()) {
                fail(m_errors.join(QStringLiteral("; ")));
                return;
            }
            m_confirm.start();
            checkApplied();
        });
    }
}

void CordonOperation::checkApplied()
{
    if (connectionGone()) {
        m_confirm.stop();
        return;
    }
    bool all = true;
    for (const QString &node : m_nodes) {
        const NodeInfo *info = connection()->nodes()->find(node);
        if (info && info->unschedulable != m_unschedulable)
            all = false;
    }
    if (all) {
        m_confirm.stop();
        succeed(m_unschedulable ? tr("%n server(s) cordoned: no new pods are scheduled there",
                                     nullptr, int(m_nodes.size()))
                                : tr("%n server(s) uncordoned: pods can be scheduled there again",
                                     nullptr, int(m_nodes.size())));
        return;
    }
    if (++m_confirmTicks >= kConfirmTicks) {
        m_confirm.stop();
        fail(tr("The change was accepted but the servers do not show it yet."));
    }
}

} // namespace maestro::lifecycle

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/servers/NodeDetailsWidget.h"

#include "app/kube/ClusterConnection.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/servers/ServersModel.h"

#include <QLocale>
#include <QScrollBar>

namespace maestro::ui {

using namespace maestro::kube;

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

NodeDetailsWidget::NodeDetailsWidget(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("nodeDetails"));
    setAccessibleName(tr("Server details"));
    setOpenLinks(false);
    setMinimumWidth(280);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"action" && !m_key.isEmpty() && !m_key.startsWith(u"machine/"))
            Q_EMIT actionRequested(url.path(), m_key);
    });
    // Shown beside the Servers table when a server is selected: hidden, a change of the
    // cluster waits until it shows again.
    m_refresh = new RefreshWhenShown(this, [this] { render(); });
}

void NodeDetailsWidget::setConnection(ClusterConnection *connection)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    if (m_connection)
        connect(m_connection, &ClusterConnection::changed, this, [this] { m_refresh->request(); });
    m_refresh->request();
}

void NodeDetailsWidget::showNode(const QString &key)
{
    m_key = key;
    render();
}

void NodeDetailsWidget::render()
{
    if (!m_connection || m_key.isEmpty()) {
        setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(esc(tr("Select a server to see its details."))));
        return;
    }
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString html;
    if (m_key.startsWith(u"machine/")) {
        const QString name = m_key.mid(8);
        for (const MachineInfo &m : m_connection->machines()->items()) {
            if (m.meta.name != name)
                continue;
            html += QStringLiteral("<h3>%1</h3>").arg(esc(m.meta.name));
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Machine phase: %1. Its node appears here once it registers "
                                    "with the cluster.")
                                     .arg(m.phase)));
            if (!m.failureReason.isEmpty())
                html += QStringLiteral("<p style='color:#d9482b'>%1</p>")
                            .arg(esc(m.failureReason + QStringLiteral(": ") + m.failureMessage));
        }
        setHtml(html);
        return;
    }
    const NodeInfo *node = m_connection->nodes()->find(m_key);
    if (!node) {
        setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("The server %1 is gone.").arg(m_key))));
        return;
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(node->meta.name));
    // The lifecycle actions, as on the toolbar and in the context menu.
    html += QStringLiteral("<p><a href='action:%1'>%2</a> · <a href='action:drain'>%3</a> · "
                           "<a href='action:remove'>%4</a></p>")
                .arg(node->unschedulable ? QStringLiteral("uncordon") : QStringLiteral("cordon"),
                     esc(node->unschedulable ? tr("Uncordon") : tr("Cordon")), esc(tr("Drain…")),
                     esc(tr("Remove…")));
    if (node->unschedulable)
        html += QStringLiteral("<p style='color:#d9482b'>%1</p>")
                    .arg(esc(tr("SchedulingDisabled: no new pods start here (cordoned).")));
    html += QStringLiteral("<p>%1 · %2 · %3</p>")
                .arg(esc(node->instanceType), esc(node->kubeletVersion), esc(node->internalIp));
    html += QStringLiteral("<h4>%1</h4><table cellspacing='4'>").arg(esc(tr("Conditions")));
    // Type, status and since when on one line, never broken inside a word (the panel is
    // narrow and the types are long); the reason and message only where the condition is
    // bad, on a line of their own: "KubeletHasSufficientMemory" says nothing new.
    for (const NodeCondition &c : node->conditions) {
        const bool bad = (c.type == u"Ready") != (c.status == u"True");
        html += QStringLiteral(
                    "<tr><td style='white-space:nowrap'><b>%1</b></td><td style='color:%2'>%3</td>"
                    "<td style='white-space:nowrap; color:gray'>%4</td></tr>")
                    .arg(esc(c.type), bad ? QStringLiteral("#d9482b") : QStringLiteral("#2f9e6e"),
                         esc(c.status), esc(formatAge(c.lastTransitionTime, now)));
        if (bad && !(c.reason.isEmpty() && c.message.isEmpty()))
            html += QStringLiteral("<tr><td colspan='3' style='color:#d9482b'>%1</td></tr>")
                        .arg(esc(c.message.isEmpty()  ? c.reason
                                 : c.reason.isEmpty() ? c.message
                                                      : tr("%1: %2").arg(c.reason, c.message)));
    }
    html += QStringLiteral("</table><h4>%1</h4>").arg(esc(tr("Taints")));
    if (node->taints.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("none (application pods may run here)")));
    for (const Taint &t : node->taints)
        html += QStringLiteral("<p><code>%1%2:%3</code></p>")
                    .arg(esc(t.key), t.value.isEmpty() ? QString() : u'=' + esc(t.value),
                         esc(t.effect));
    html +=
        QStringLiteral("<h4>%1</h4><table cellspacing='4'><tr><td></td><td>%2</td><td>%3</td></tr>")
            .arg(esc(tr("Capacity")), esc(tr("capacity")), esc(tr("allocatable")));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(esc(tr("CPU")), locale.toString(double(node->cpuCapacityMilli) / 1000, 'f', 1),
                     locale.toString(double(node->cpuAllocatableMilli) / 1000, 'f', 1));
    html += QStringLiteral("<tr><td>%1</td><td>%2 GiB</td><td>%3 GiB</td></tr></table>")
                .arg(esc(tr("Memory")),
                     locale.toString(double(node->memoryCapacityBytes) / (1 << 30), 'f', 1),
                     locale.toString(double(node->memoryAllocatableBytes) / (1 << 30), 'f', 1));
    QStringList podKeys = m_connection->pods()->indexed(QStringLiteral("node"), node->meta.name);
    std::sort(podKeys.begin(), podKeys.end());
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Pods (%1)").arg(podKeys.size())));
    for (const QString &key : podKeys) {
        const PodInfo *pod = m_connection->pods()->find(key);
        if (!pod)
            continue;
        const QString phase = pod->reason.isEmpty()
                                  ? (pod->phase == PodPhase::Running   ? tr("Running")
                                     : pod->phase == PodPhase::Pending ? tr("Pending")
                                                                       : tr("Finished"))
                                  : pod->reason;
        html += QStringLiteral("<p>%1 <span style='color:gray'>%2</span></p>")
                    .arg(esc(key), esc(phase));
    }
    QList<const EventInfo *> events;
    for (const QString &key : m_connection->events()->indexed(
             QStringLiteral("involved"), QStringLiteral("Node/") + node->meta.name))
        if (const EventInfo *e = m_connection->events()->find(key))
            events.append(e);
    for (const QString &podKey : podKeys)
        for (const QString &key : m_connection->events()->indexed(QStringLiteral("involved"),
                                                                  QStringLiteral("Pod/") + podKey))
            if (const EventInfo *e = m_connection->events()->find(key))
                events.append(e);
    std::sort(events.begin(), events.end(), [](const EventInfo *a, const EventInfo *b) {
        return a->lastTimestamp > b->lastTimestamp;
    });
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Recent events")));
    for (int i = 0; i < events.size() && i < 15; ++i) {
        const EventInfo *e = events[i];
        html += QStringLiteral("<p><span style='color:%1'><b>%2</b></span> %3 <span "
                               "style='color:gray'>%4 ×%5</span></p>")
                    .arg(e->warning ? QStringLiteral("#d9482b") : QStringLiteral("#2f6fd9"),
                         esc(e->reason), esc(e->message.left(240)),
                         esc(formatAge(e->lastTimestamp, now)))
                    .arg(e->count);
    }
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

} // namespace maestro::ui

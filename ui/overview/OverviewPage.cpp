// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/OverviewPage.h"

#include "app/kube/ClusterConnection.h"
#include "ui/advisor/AdvisorPanel.h"
#include "ui/common/RefreshWhenShown.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace maestro::ui {

using namespace maestro::kube;

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    auto *title = new QLabel(tr("Overview"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_summary, 2, Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("advisorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_advisor = new AdvisorPanel(scroll);
    scroll->setWidget(m_advisor);
    columns->addWidget(scroll, 3);
    layout->addLayout(columns, 1);
    // Counting every node, pod and event is for a page someone looks at.
    m_refresh = new RefreshWhenShown(this, [this] { render(); });
    // Twice a second is live enough for a summary; at 150,000 pods a count costs
    // milliseconds, and every informer batch (ten a second each) asked for one.
    m_refresh->setMinimumInterval(500);
}

void OverviewPage::setConnection(ClusterConnection *connection, advisor::Advisor *advisor)
{
    m_advisor->setAdvisor(advisor);
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    if (m_connection)
        connect(m_connection, &ClusterConnection::changed, this, [this] { m_refresh->request(); });
    m_refresh->request();
}

void OverviewPage::render()
{
    if (!m_connection) {
        m_summary->clear();
        return;
    }
    const QLocale locale;
    int masters = 0, shared = 0, workers = 0, notReady = 0;
    for (const NodeInfo &node : m_connection->nodes()->items()) {
        switch (node.role()) {
        case NodeRole::Master:
            ++masters;
            break;
        case NodeRole::SharedMaster:
            ++shared;
            break;
        case NodeRole::Worker:
            ++workers;
            break;
        }
        notReady += node.isReady() ? 0 : 1;
    }
    int pending = 0, running = 0;
    for (const PodInfo &pod : m_connection->pods()->items()) {
        pending += pod.phase == PodPhase::Pending ? 1 : 0;
        running += pod.phase == PodPhase::Running ? 1 : 0;
    }
    int warnings = 0;
    for (const EventInfo &event : m_connection->events()->items())
        warnings += event.warning ? 1 : 0;
    const LatencyRecorder &latency = m_connection->client()->latency();
    QString html = QStringLiteral("<table cellspacing='10'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("Cluster"), m_connection->context().name);
    row(tr("API server"), m_connection->context().server.toString() + QStringLiteral(" (") +
                              m_connection->serverVersion() + u')');
    row(tr("Masters"), tr("%1 dedicated, %2 shared").arg(masters).arg(shared));
    row(tr("Workers"), locale.toString(workers));
    row(tr("Servers not ready"), locale.toString(notReady));
    row(tr("Pods"), tr("%1 running, %2 pending, %3 in all")
                        .arg(locale.toString(running), locale.toString(pending),
                             locale.toString(m_connection->pods()->count())));
    row(tr("Warning events"), locale.toString(warnings));
    row(tr("Metrics"), m_connection->metrics()->stateMessage());
    const int p50 = latency.percentile(50, 300), p99 = latency.percentile(99, 300);
    row(tr("API latency (5 min)"),
        p50 < 0 ? tr("no requests yet") : tr("p50 %L1 ms, p99 %L2 ms").arg(p50).arg(p99));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

} // namespace maestro::ui

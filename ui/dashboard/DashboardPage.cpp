// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPage.h"

#include "app/clusters/ClusterRegistry.h"
#include "app/kube/ClusterConnection.h"
#include "ui/dashboard/ClusterCardDelegate.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace maestro::ui {

using namespace maestro::kube;

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto *title = new QLabel(tr("Applications"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto *hint =
        new QLabel(tr("Every cluster of your kubeconfig, and a simulated demo cluster. Open one "
                      "with Enter or a double click."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("kubeconfigIssues"));
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("QLabel { color: #b0431f; }"));
    m_issues->hide();
    layout->addWidget(m_issues);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("clusterList"));
    m_list->setAccessibleName(tr("Applications"));
    m_list->setSpacing(6);
    m_list->setUniformItemSizes(false);
    m_list->setItemDelegate(new ClusterCardDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
}

void DashboardPage::setRegistry(ClusterRegistry *registry)
{
    m_registry = registry;
    connect(registry, &ClusterRegistry::connectionStateChanged, this, &DashboardPage::refresh);
    refresh();
}

QString DashboardPage::summary(const QString &id) const
{
    const ClusterConnection *connection = m_registry->connection(id);
    if (!connection)
        return tr("Not connected");
    QString text = ClusterConnection::stateName(connection->state());
    if (connection->hasSynced()) {
        int notReady = 0, pressure = 0;
        for (const NodeInfo &node : connection->nodes()->items()) {
            notReady += node.isReady() ? 0 : 1;
            pressure += node.hasMemoryPressure() || node.hasDiskPressure() ? 1 : 0;
        }
        text +=
            QStringLiteral(" · ") + tr("%n server(s)", nullptr, int(connection->nodes()->count()));
        if (notReady || pressure)
            text += QStringLiteral(" · ") +
                    tr("%1 not ready, %2 under pressure").arg(notReady).arg(pressure);
        else
            text += QStringLiteral(" · ") + tr("all servers healthy");
    } else if (!connection->stateMessage().isEmpty()) {
        text += QStringLiteral(" · ") + connection->stateMessage();
    }
    return text;
}

ClusterCardDelegate::Tone DashboardPage::tone(const QString &id) const
{
    const ClusterConnection *connection = m_registry->connection(id);
    if (!connection)
        return ClusterCardDelegate::Tone::Idle;
    switch (connection->state()) {
    case ClusterConnection::State::Connected:
        return connection->isStale() ? ClusterCardDelegate::Tone::Busy
                                     : ClusterCardDelegate::Tone::Good;
    case ClusterConnection::State::Connecting:
    case ClusterConnection::State::Syncing:
        return ClusterCardDelegate::Tone::Busy;
    case ClusterConnection::State::Disconnected:
        return ClusterCardDelegate::Tone::Idle;
    default:
        return ClusterCardDelegate::Tone::Bad;
    }
}

void DashboardPage::refresh()
{
    if (!m_registry)
        return;
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const ClusterEntry &entry : m_registry->entries()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, entry.id);
        // The text is what screen readers and keyboard search see; the card draws the roles.
        item->setText(entry.displayName);
        item->setData(ClusterCardDelegate::NameRole, entry.displayName);
        item->setData(ClusterCardDelegate::ServerRole, entry.server);
        item->setData(ClusterCardDelegate::SummaryRole, summary(entry.id));
        item->setData(ClusterCardDelegate::StateRole, int(tone(entry.id)));
        item->setToolTip(entry.server);
        item->setData(Qt::AccessibleTextRole, entry.displayName);
        if (entry.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    QStringList issues;
    for (const KubeconfigIssue &issue : m_registry->issues())
        issues << issue.toString();
    m_issues->setText(issues.join(u'\n'));
    m_issues->setVisible(!issues.isEmpty());
}

} // namespace maestro::ui

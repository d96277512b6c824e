// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/ClusterCardDelegate.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace maestro {
class ClusterRegistry;
}

namespace maestro::ui {

/// The first screen: every application (cluster) as a card with its server,
/// connection state, node count and health.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    void setRegistry(ClusterRegistry *registry);
    void refresh();
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void openRequested(const QString &clusterId);

private:
    QString summary(const QString &id) const;
    ClusterCardDelegate::Tone tone(const QString &id) const;

    QPointer<ClusterRegistry> m_registry;
    QListWidget *m_list;
    QLabel *m_issues;
};

} // namespace maestro::ui

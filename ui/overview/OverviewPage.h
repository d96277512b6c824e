// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::ui {

/// Application > Overview: the cluster at a glance (servers by role, pods, warnings,
/// metrics and API latency).
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setConnection(kube::ClusterConnection *connection);

private:
    void render();

    QPointer<kube::ClusterConnection> m_connection;
    QLabel *m_summary;
};

} // namespace maestro::ui

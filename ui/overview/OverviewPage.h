// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace maestro::advisor {
class Advisor;
}

namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::ui {

class AdvisorPanel;
class RefreshWhenShown;

/// Application > Overview: the cluster at a glance (servers by role, pods, warnings,
/// metrics and API latency).
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setConnection(kube::ClusterConnection *connection, advisor::Advisor *advisor);
    AdvisorPanel *advisorPanel() const { return m_advisor; }

private:
    void render();

    QPointer<kube::ClusterConnection> m_connection;
    QLabel *m_summary;
    AdvisorPanel *m_advisor;
    RefreshWhenShown *m_refresh;
};

} // namespace maestro::ui

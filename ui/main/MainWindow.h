// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/application/ApplicationPage.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QSystemTrayIcon;

namespace maestro {
class ClusterRegistry;
}

namespace maestro::ui {

class DashboardPage;
class TokenDialog;

/// Where the window is: the Dashboard (no cluster) or a section of a cluster.
struct Location
{
    QString clusterId;
    ApplicationPage::Section section = ApplicationPage::Section::Overview;
    bool operator==(const Location &other) const
    {
        return clusterId == other.clusterId && (clusterId.isEmpty() || section == other.section);
    }
};

/**
 * The main window: Dashboard, then one cluster's Application page; Back/Forward
 * as in a browser; a breadcrumb and window title that say where you are; banners
 * for connection trouble and insecure TLS; a status bar with the cluster, the last
 * update, the API latency and a stale-data indicator.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ClusterRegistry *registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    void navigate(const Location &location);
    /// Opens a cluster at its remembered (or given) section.
    void openCluster(const QString &clusterId,
                     std::optional<ApplicationPage::Section> section = {});
    void showDashboard();
    Location location() const { return m_location; }
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void goBack();
    void goForward();

    ApplicationPage *applicationPage() const { return m_application; }
    DashboardPage *dashboard() const { return m_dashboard; }
    TokenDialog *tokenDialog() const;
    QString breadcrumb() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void display(const Location &location);
    void updateChrome();
    void updateStatus();
    void onConnectionState(const QString &clusterId);
    void updateBanner();
    void askForToken(const QString &clusterId);

    ClusterRegistry *m_registry;
    QStackedWidget *m_stack;
    DashboardPage *m_dashboard;
    ApplicationPage *m_application;
    QAction *m_backAction;
    QAction *m_forwardAction;
    QAction *m_dashboardAction;
    QLabel *m_breadcrumb;
    QFrame *m_connectionBanner;
    QLabel *m_connectionText;
    QPushButton *m_retryButton;
    QFrame *m_insecureBanner;
    QLabel *m_statusCluster;
    QLabel *m_statusUpdated;
    QLabel *m_statusLatency;
    QLabel *m_staleIndicator;
    QTimer m_statusTimer;
    Location m_location;
    QList<Location> m_back;
    QList<Location> m_forward;
    QHash<QString, ApplicationPage::Section> m_lastSection;
    QPointer<TokenDialog> m_tokenDialog;
    QSet<QString> m_askedForToken;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/application/ApplicationPage.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace maestro {
class ClusterRegistry;
}
namespace maestro::kube {
class ClusterConnection;
}
namespace maestro::scaling {
class ScaleUpOperation;
}

namespace maestro::ui {

class AboutDialog;
class CommandPalette;
class DashboardPage;
class Notifier;
class PreferencesDialog;
class ShortcutsDialog;
class TokenDialog;
class UtilisationExport;

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
 * update, the API latency, a stale-data indicator and the progress of the first sync
 * and of adding servers. Every command is a named QAction in a menu, so the command
 * palette (Ctrl+K) and the shortcuts overview (F1) find it; the layout, the last
 * cluster and section are kept across runs.
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
    /// Reopens the cluster and section of the last run (main() does when told no other).
    bool restoreLastLocation();
    Location location() const { return m_location; }
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void goBack();
    void goForward();

    ApplicationPage *applicationPage() const { return m_application; }
    DashboardPage *dashboard() const { return m_dashboard; }
    TokenDialog *tokenDialog() const;
    QString breadcrumb() const;

    CommandPalette *commandPalette() const { return m_palette; }
    Notifier *notifier() const { return m_notifier; }
    /// Opens the palette over the window's commands (Ctrl+K).
    void showCommandPalette();
    /// Opens the palette over the clusters, to switch to one.
    void showClusterSwitcher();
    void showShortcuts();
    void showPreferences();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createProgressWidgets();
    void restoreLayout();
    void saveLayout();
    void applyPreferences();
    void onConnectionOpened(const QString &clusterId, kube::ClusterConnection *connection);
    void onOperationStarted(scaling::ScaleUpOperation *operation);
    void updateProgress();
    /// An export of the Utilisation page: its count and a Cancel in the status bar.
    void onExportStarted(UtilisationExport *job);
    void updateActions();
    void focusFilter();
    void retryCurrent();
    /// Shows the Utilisation section and presses one of its export buttons.
    void exportFromUtilisation(const QString &buttonName);
    void openReadme(const QString &anchor);
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
    QAction *m_scaleUpAction = nullptr;
    QAction *m_retryAction = nullptr;
    QList<QAction *> m_clusterActions; ///< enabled only with a cluster open
    QActionGroup *m_themeGroup = nullptr;
    CommandPalette *m_palette = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<PreferencesDialog> m_preferences;
    QPointer<AboutDialog> m_about;
    Notifier *m_notifier = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QProgressBar *m_operationProgress = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    QToolButton *m_exportCancel = nullptr;
    QPointer<UtilisationExport> m_export; ///< the one the status bar shows
    QList<QPointer<scaling::ScaleUpOperation>> m_operations;
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
};

} // namespace maestro::ui

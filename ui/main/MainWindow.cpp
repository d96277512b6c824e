// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "app/advisor/Finding.h"
#include "app/clusters/ClusterRegistry.h"
#include "app/credentials/CredentialStore.h"
#include "app/history/HistoryRecorder.h"
#include "app/kube/ClusterConnection.h"
#include "app/lifecycle/LifecycleOperation.h"
#include "app/scaling/ScaleUpOperation.h"
#include "ui/auth/TokenDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/lifecycle/LifecycleActions.h"
#include "ui/main/WidgetStates.h"
#include "ui/notifications/Notifier.h"
#include "ui/palette/CommandPalette.h"
#include "ui/servers/ServersModel.h"
#include "ui/servers/ServersPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace maestro::ui {

using namespace maestro::kube;

namespace {

QFrame *banner(QWidget *parent, const char *objectName, const QString &color)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QLatin1String(objectName));
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; color: black; }")
                             .arg(QLatin1String(objectName), color));
    frame->hide();
    return frame;
}

} // namespace

MainWindow::MainWindow(ClusterRegistry *registry, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Maestro Desktop"));
    resize(1366, 768);

    auto *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->setMovable(false);
    m_backAction = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this,
                                      &MainWindow::goBack);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcuts({QKeySequence::Back, QKeySequence(QStringLiteral("Alt+Left"))});
    m_forwardAction = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowForward),
                                         tr("Forward"), this, &MainWindow::goForward);
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    m_forwardAction->setShortcuts(
        {QKeySequence::Forward, QKeySequence(QStringLiteral("Alt+Right"))});
    m_dashboardAction = toolbar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon),
                                           tr("Dashboard"), this, &MainWindow::showDashboard);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Home")));
    toolbar->addSeparator();
    m_breadcrumb = new QLabel(toolbar);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setAccessibleName(tr("Location"));
    m_breadcrumb->setContentsMargins(8, 0, 8, 0);
    toolbar->addWidget(m_breadcrumb);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_insecureBanner = banner(central, "insecureBanner", QStringLiteral("#ffe7a3"));
    m_insecureBanner->setAccessibleName(tr("Warning: TLS verification is off"));
    auto *insecureLayout = new QHBoxLayout(m_insecureBanner);
    auto *insecureText =
        new QLabel(tr("TLS verification is off for this cluster: its kubeconfig says "
                      "insecure-skip-tls-verify. Anyone between you and the cluster can read and "
                      "change what you see and do."),
                   m_insecureBanner);
    insecureText->setWordWrap(true);
    insecureLayout->addWidget(insecureText);
    layout->addWidget(m_insecureBanner);

    m_connectionBanner = banner(central, "connectionBanner", QStringLiteral("#ffd4c7"));
    m_connectionBanner->setAccessibleName(tr("Connection problem"));
    auto *connectionLayout = new QHBoxLayout(m_connectionBanner);
    m_connectionText = new QLabel(m_connectionBanner);
    m_connectionText->setObjectName(QStringLiteral("connectionText"));
    m_connectionText->setAccessibleName(tr("Connection state"));
    m_connectionText->setWordWrap(true);
    connectionLayout->addWidget(m_connectionText, 1);
    m_retryButton = new QPushButton(tr("Retry now"), m_connectionBanner);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Retry connecting now"));
    connect(m_retryButton, &QPushButton::clicked, this, &MainWindow::retryCurrent);
    connectionLayout->addWidget(m_retryButton);
    layout->addWidget(m_connectionBanner);

    m_stack = new QStackedWidget(central);
    m_dashboard = new DashboardPage(m_stack);
    m_application = new ApplicationPage(m_stack);
    // The node lifecycle actions go on the cluster's timeline.
    connect(m_application->serversPage()->lifecycle(), &LifecycleActions::operationStarted, this,
            [this](lifecycle::LifecycleOperation *operation) {
                if (history::HistoryRecorder *recorder = m_registry->recorder(m_location.clusterId))
                    recorder->watch(operation);
            });
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_application);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_statusCluster = new QLabel(this);
    m_statusCluster->setObjectName(QStringLiteral("statusCluster"));
    m_statusUpdated = new QLabel(this);
    m_statusUpdated->setObjectName(QStringLiteral("statusUpdated"));
    m_statusLatency = new QLabel(this);
    m_statusLatency->setObjectName(QStringLiteral("statusLatency"));
    m_staleIndicator = new QLabel(this);
    m_staleIndicator->setObjectName(QStringLiteral("staleIndicator"));
    m_staleIndicator->setAccessibleName(tr("Data freshness"));
    m_statusCluster->setAccessibleName(tr("Cluster and server"));
    m_statusUpdated->setAccessibleName(tr("Last update"));
    m_statusLatency->setAccessibleName(tr("API latency"));
    m_staleIndicator->setStyleSheet(
        QStringLiteral("QLabel { color: #b0431f; font-weight: bold; }"));
    statusBar()->addWidget(m_statusCluster, 1);
    statusBar()->addPermanentWidget(m_staleIndicator);
    statusBar()->addPermanentWidget(m_statusUpdated);
    statusBar()->addPermanentWidget(m_statusLatency);

    m_dashboard->setRegistry(registry);
    connect(m_dashboard, &DashboardPage::openRequested, this,
            [this](const QString &id) { openCluster(id); });
    connect(m_application, &ApplicationPage::sectionChanged, this,
            [this](ApplicationPage::Section section) {
                if (!m_location.clusterId.isEmpty() && section != m_location.section)
                    navigate({m_location.clusterId, section});
            });
    connect(registry, &ClusterRegistry::connectionStateChanged, this,
            &MainWindow::onConnectionState);
    connect(registry, &ClusterRegistry::connectionOpened, this, &MainWindow::onConnectionOpened);
    connect(m_application, &ApplicationPage::operationStarted, this,
            &MainWindow::onOperationStarted);

    m_palette = new CommandPalette(this);
    m_notifier = new Notifier(this);
    // A critical finding is worth a notification even when the window is behind others.
    connect(registry, &ClusterRegistry::findingStarted, this,
            [this](const QString &id, const advisor::Finding &finding) {
                if (finding.severity != advisor::Finding::Critical)
                    return;
                const ClusterEntry *entry = m_registry->entry(id);
                m_notifier->notify(Notifier::Kind::Critical, entry ? entry->displayName : id,
                                   finding.summary);
            });
    createMenus();
    createProgressWidgets();

    QSettings settings;
    for (const QString &key :
         settings.value(QStringLiteral("navigation/lastSections")).toStringList()) {
        const auto section = ApplicationPage::sectionFromKey(key.section(u'=', -1));
        if (section)
            m_lastSection.insert(key.section(u'=', 0, -2), *section);
    }
    restoreLayout();

    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();
    display(m_location);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QSettings settings;
    QStringList sections;
    for (auto it = m_lastSection.cbegin(); it != m_lastSection.cend(); ++it)
        sections << it.key() + u'=' + ApplicationPage::sectionKey(it.value());
    settings.setValue(QStringLiteral("navigation/lastSections"), sections);
    settings.setValue(QStringLiteral("navigation/lastCluster"), m_location.clusterId);
    QMainWindow::closeEvent(event);
}

bool MainWindow::restoreLastLocation()
{
    const QString id = QSettings().value(QStringLiteral("navigation/lastCluster")).toString();
    // A cluster the kubeconfig no longer has, or the Dashboard: stay on the Dashboard.
    if (id.isEmpty() || !m_registry->entry(id))
        return false;
    openCluster(id);
    return m_location.clusterId == id;
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    restoreWidgetStates(this, settings, QStringLiteral("views"));
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    saveWidgetStates(this, settings, QStringLiteral("views"));
}

TokenDialog *MainWindow::tokenDialog() const
{
    return m_tokenDialog;
}

QString MainWindow::breadcrumb() const
{
    return m_breadcrumb->text();
}

void MainWindow::navigate(const Location &location)
{
    if (location == m_location)
        return;
    m_back.append(m_location);
    m_forward.clear();
    display(location);
}

void MainWindow::goBack()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(m_location);
    display(m_back.takeLast());
}

void MainWindow::goForward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(m_location);
    display(m_forward.takeLast());
}

void MainWindow::showDashboard()
{
    navigate({});
}

void MainWindow::openCluster(const QString &clusterId,
                             std::optional<ApplicationPage::Section> section)
{
    QString error;
    if (!m_registry->open(clusterId, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the cluster"), error,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openFailedDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    navigate({clusterId, section.value_or(
                             m_lastSection.value(clusterId, ApplicationPage::Section::Overview))});
}

void MainWindow::display(const Location &location)
{
    m_location = location;
    if (location.clusterId.isEmpty()) {
        m_stack->setCurrentWidget(m_dashboard);
        m_dashboard->refresh();
    } else {
        ClusterConnection *connection = m_registry->connection(location.clusterId);
        if (m_application->connection() != connection)
            m_application->setConnection(connection, m_registry->advisor(location.clusterId),
                                         m_registry->history(location.clusterId),
                                         m_registry->recorder(location.clusterId));
        m_application->showSection(location.section);
        m_stack->setCurrentWidget(m_application);
        m_lastSection.insert(location.clusterId, location.section);
    }
    updateChrome();
    updateStatus();
}

void MainWindow::updateChrome()
{
    m_backAction->setEnabled(canGoBack());
    m_forwardAction->setEnabled(canGoForward());
    const ClusterEntry *entry = m_registry->entry(m_location.clusterId);
    QString crumb = tr("Dashboard");
    QString title = tr("Maestro Desktop");
    if (entry) {
        const QString section = ApplicationPage::sectionName(m_location.section);
        crumb = tr("Dashboard › %1 › Application › %2").arg(entry->displayName, section);
        title = tr("%1 — %2 — Maestro Desktop").arg(section, entry->displayName);
    }
    m_breadcrumb->setText(crumb);
    setWindowTitle(title);
    updateActions();
    onConnectionState(m_location.clusterId);
}

void MainWindow::onConnectionState(const QString &clusterId)
{
    if (clusterId != m_location.clusterId)
        return;
    updateBanner();
    ClusterConnection *connection = m_registry->connection(clusterId);
    if (connection) {
        const ClusterConnection::State state = connection->state();
        if (state == ClusterConnection::State::Unauthorized && !m_askedForToken.contains(clusterId))
            askForToken(clusterId);
        if (state == ClusterConnection::State::Connected)
            m_askedForToken.remove(clusterId);
    }
    updateStatus();
}

void MainWindow::updateBanner()
{
    ClusterConnection *connection = m_registry->connection(m_location.clusterId);
    if (!connection) {
        m_connectionBanner->hide();
        m_insecureBanner->hide();
        return;
    }
    m_insecureBanner->setVisible(connection->context().insecureSkipTlsVerify);
    const ClusterConnection::State state = connection->state();
    const bool trouble = state == ClusterConnection::State::Unauthorized ||
                         state == ClusterConnection::State::Forbidden ||
                         state == ClusterConnection::State::Unreachable ||
                         state == ClusterConnection::State::TlsFailure ||
                         state == ClusterConnection::State::NotKubernetes;
    const bool loading =
        state == ClusterConnection::State::Connecting || state == ClusterConnection::State::Syncing;
    if (!trouble && !loading) {
        m_connectionBanner->hide();
        return;
    }
    QString text =
        ClusterConnection::stateName(state) + QStringLiteral(": ") + connection->stateMessage();
    if (loading)
        text = tr("Loading %1: %2 servers, %3 pods, %4 events so far")
                   .arg(connection->context().name)
                   .arg(connection->nodes()->count())
                   .arg(connection->pods()->count())
                   .arg(connection->events()->count());
    m_connectionText->setText(text);
    m_retryButton->setVisible(trouble);
    m_retryButton->setText(state == ClusterConnection::State::Unauthorized ? tr("Enter a token…")
                                                                           : tr("Retry now"));
    m_connectionBanner->show();
}

void MainWindow::askForToken(const QString &clusterId)
{
    if (m_tokenDialog)
        return;
    m_askedForToken.insert(clusterId);
    const ClusterEntry *entry = m_registry->entry(clusterId);
    ClusterConnection *connection = m_registry->connection(clusterId);
    if (!entry || !connection)
        return;
    m_tokenDialog =
        new TokenDialog(entry->displayName, connection->stateMessage(),
                        CredentialStore::backend() != CredentialStore::Backend::MemoryOnly, this);
    m_tokenDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_tokenDialog, &QDialog::accepted, this, [this, clusterId] {
        m_registry->setToken(clusterId, m_tokenDialog->token(), m_tokenDialog->keepInKeychain());
    });
    m_tokenDialog->open();
}

void MainWindow::updateStatus()
{
    ClusterConnection *connection = m_registry->connection(m_location.clusterId);
    if (!connection) {
        m_statusCluster->setText(
            tr("%n cluster(s) in the kubeconfig", nullptr, int(m_registry->entries().size()) - 1));
        m_statusUpdated->clear();
        m_statusLatency->clear();
        m_staleIndicator->clear();
        updateProgress();
        return;
    }
    m_statusCluster->setText(tr("%1 · %2 · %3")
                                 .arg(connection->context().name,
                                      connection->context().server.toString(),
                                      ClusterConnection::stateName(connection->state())));
    const QDateTime last = connection->lastUpdate();
    m_statusUpdated->setText(
        last.isValid() ? tr("Updated %1 ago").arg(formatAge(last, QDateTime::currentDateTimeUtc()))
                       : QString());
    const int p50 = connection->client()->latency().percentile(50, 300);
    const int p99 = connection->client()->latency().percentile(99, 300);
    m_statusLatency->setText(p50 < 0 ? QString()
                                     : tr("API p50 %L1 ms · p99 %L2 ms").arg(p50).arg(p99));
    m_staleIndicator->setText(connection->hasSynced() && connection->isStale()
                                  ? tr("Stale: the live updates are down")
                                  : QString());
    if (connection->state() == ClusterConnection::State::Syncing)
        updateBanner();
    updateProgress();
}

} // namespace maestro::ui

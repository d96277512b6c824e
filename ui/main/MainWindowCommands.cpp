// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's commands: its menus and their actions, the command palette, the
// shortcuts overview, Preferences, About and the Help links; and the progress the status
// bar shows for long operations. MainWindow.cpp has the navigation and the chrome.
#include "ui/main/MainWindow.h"

#include "app/advisor/Advisor.h"
#include "app/clusters/ClusterRegistry.h"
#include "app/kube/ClusterConnection.h"
#include "app/scaling/ScaleUpOperation.h"
#include "ui/about/AboutDialog.h"
#include "ui/notifications/Notifier.h"
#include "ui/palette/CommandPalette.h"
#include "ui/palette/ShortcutsDialog.h"
#include "ui/preferences/Preferences.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/theme/Theme.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/utilisation/UtilisationExport.h"
#include "ui/utilisation/UtilisationPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace maestro::ui {

using namespace maestro::kube;
using namespace maestro::scaling;

namespace {

QAction *addCommand(QMenu *menu, const char *objectName, const QString &text,
                    const QList<QKeySequence> &shortcuts = {})
{
    auto *action = menu->addAction(text);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcuts(shortcuts);
    return action;
}

} // namespace

void MainWindow::createMenus()
{
    QMenuBar *bar = menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));

    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    connect(addCommand(file, "switchClusterAction", tr("&Switch Cluster…"),
                       {QKeySequence(QStringLiteral("Ctrl+O"))}),
            &QAction::triggered, this, &MainWindow::showClusterSwitcher);
    file->addSeparator();
    connect(addCommand(file, "preferencesAction", tr("&Preferences…"),
                       {QKeySequence(QStringLiteral("Ctrl+,"))}),
            &QAction::triggered, this, &MainWindow::showPreferences);
    file->addSeparator();
    connect(addCommand(file, "quitAction", tr("&Quit"), {QKeySequence(QStringLiteral("Ctrl+Q"))}),
            &QAction::triggered, this, &QWidget::close);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    connect(addCommand(view, "commandPaletteAction", tr("&Command Palette…"),
                       {QKeySequence(QStringLiteral("Ctrl+K"))}),
            &QAction::triggered, this, &MainWindow::showCommandPalette);
    auto *filter = addCommand(view, "filterAction", tr("&Filter the List"), {QKeySequence::Find});
    connect(filter, &QAction::triggered, this, &MainWindow::focusFilter);
    m_clusterActions << filter;
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<ThemeMode, QString> themes[] = {{ThemeMode::System, tr("&System")},
                                                    {ThemeMode::Light, tr("&Light")},
                                                    {ThemeMode::Dark, tr("&Dark")}};
    for (const auto &[mode, text] : themes) {
        QAction *action = theme->addAction(text);
        action->setObjectName(QStringLiteral("theme%1Action").arg(themeName(mode)));
        action->setCheckable(true);
        action->setChecked(mode == currentTheme());
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            preferences::setTheme(mode);
            applyTheme(mode);
        });
    }

    // Go: the toolbar's Back, Forward and Dashboard, then the sections in the nav's order.
    QMenu *go = bar->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    go->addActions({m_backAction, m_forwardAction, m_dashboardAction});
    go->addSeparator();
    const QList<ApplicationPage::Section> sections = ApplicationPage::sections();
    for (int i = 0; i < sections.size(); ++i) {
        const auto section = sections[i];
        QAction *action = go->addAction(ApplicationPage::sectionName(section));
        action->setObjectName(ApplicationPage::sectionKey(section) + QStringLiteral("Action"));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        connect(action, &QAction::triggered, this, [this, section] {
            if (!m_location.clusterId.isEmpty())
                navigate({m_location.clusterId, section});
        });
        m_clusterActions << action;
    }

    QMenu *cluster = bar->addMenu(tr("&Cluster"));
    cluster->setObjectName(QStringLiteral("clusterMenu"));
    m_scaleUpAction = addCommand(cluster, "scaleUpAction", tr("Scale &Up…"),
                                 {QKeySequence(QStringLiteral("Ctrl+Shift+A"))});
    connect(m_scaleUpAction, &QAction::triggered, this, [this] {
        if (!m_location.clusterId.isEmpty())
            m_application->openScaleUp();
    });
    m_retryAction =
        addCommand(cluster, "reconnectAction", tr("&Reconnect Now"), {QKeySequence::Refresh});
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::retryCurrent);
    cluster->addSeparator();
    QAction *png = addCommand(cluster, "exportPngAction", tr("Export Chart as &PNG…"));
    connect(png, &QAction::triggered, this,
            [this] { exportFromUtilisation(QStringLiteral("exportPngButton")); });
    QAction *csv = addCommand(cluster, "exportCsvAction", tr("Export History as &CSV…"),
                              {QKeySequence(QStringLiteral("Ctrl+E"))});
    connect(csv, &QAction::triggered, this,
            [this] { exportFromUtilisation(QStringLiteral("exportCsvButton")); });
    m_clusterActions << m_scaleUpAction << m_retryAction << png << csv;

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    connect(addCommand(help, "shortcutsAction", tr("&Keyboard Shortcuts"),
                       {QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)}),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    // The README's sections, by their GitHub-style anchors.
    const std::pair<const char *, QString> sectionsOfReadme[] = {
        {"using-the-app", tr("&Using the App")},
        {"a-report-without-a-window", tr("A &Report Without a Window")},
        {"maestro-sim-with-kubectl", tr("The &Simulated Cluster with kubectl")},
    };
    for (const auto &[anchor, text] : sectionsOfReadme) {
        const QString fragment = QLatin1String(anchor);
        QAction *action = help->addAction(text);
        action->setObjectName(QStringLiteral("readme_") + fragment);
        const QUrl url = readmeUrl(fragment);
        action->setEnabled(url.isValid());
        action->setToolTip(url.isValid() ? url.toString()
                                         : tr("The README is not installed on this computer."));
        connect(action, &QAction::triggered, this, [this, fragment] { openReadme(fragment); });
    }
    help->addSeparator();
    connect(addCommand(help, "aboutAction", tr("&About Maestro Desktop")), &QAction::triggered,
            this, &MainWindow::showAbout);

    // Shortcuts work wherever the focus is, whether or not the desktop shows the menu bar
    // inside the window (a global menu takes it out).
    for (QMenu *menu : {file, view, theme, go, cluster, help})
        addActions(menu->actions());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = !m_location.clusterId.isEmpty();
    for (QAction *action : std::as_const(m_clusterActions))
        action->setEnabled(open);
    if (m_scaleUpAction)
        m_scaleUpAction->setEnabled(open && m_application->connection());
    if (m_themeGroup) {
        for (QAction *action : m_themeGroup->actions())
            action->setChecked(action->objectName() ==
                               QStringLiteral("theme%1Action").arg(themeName(currentTheme())));
    }
}

void MainWindow::showCommandPalette()
{
    m_palette->popup(commandsOf(this), tr("Type a command or a page, for example \"scale up\""));
}

void MainWindow::showClusterSwitcher()
{
    QList<Command> clusters;
    for (const ClusterEntry &entry : m_registry->entries()) {
        Command command;
        command.name = entry.displayName;
        command.category = entry.demo ? tr("simulated") : entry.server;
        const QString id = entry.id;
        command.run = [this, id] { openCluster(id); };
        clusters << command;
    }
    m_palette->popup(clusters, tr("Switch to a cluster"));
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this);
    m_shortcuts->refresh();
    m_shortcuts->show();
    m_shortcuts->raise();
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(this);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_preferences, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    }
    m_preferences->open();
    m_preferences->raise();
}

void MainWindow::applyPreferences()
{
    // The clusters' polling, history and the advisor's thresholds, live.
    m_registry->reloadSettings();
    if (advisor::Advisor *advisor = m_registry->advisor(m_location.clusterId))
        m_application->utilisationPage()->setTarget(advisor->settings().utilisationTarget);
    updateActions();
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
}

void MainWindow::openReadme(const QString &anchor)
{
    const QUrl url = readmeUrl(anchor);
    if (!url.isValid() || !QDesktopServices::openUrl(url)) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Help"),
                                    tr("The README could not be opened."), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::focusFilter()
{
    // The page in front's filter field: by the convention that names them "...Filter".
    QWidget *page = m_stack->currentWidget();
    for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (edit->isVisible() && edit->objectName().endsWith(u"Filter")) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

void MainWindow::retryCurrent()
{
    ClusterConnection *connection = m_registry->connection(m_location.clusterId);
    if (!connection)
        return;
    if (connection->state() == ClusterConnection::State::Unauthorized)
        askForToken(m_location.clusterId);
    else
        connection->retryNow();
}

void MainWindow::exportFromUtilisation(const QString &buttonName)
{
    if (m_location.clusterId.isEmpty())
        return;
    navigate({m_location.clusterId, ApplicationPage::Section::Utilisation});
    // The page's own button: it asks for the file and reports the result.
    auto *button = m_application->utilisationPage()->findChild<QAbstractButton *>(buttonName);
    if (button && button->isEnabled())
        button->click();
}

void MainWindow::createProgressWidgets()
{
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setAccessibleName(tr("Loading the cluster"));
    m_syncProgress->setMaximumWidth(260);
    m_syncProgress->hide();
    statusBar()->addPermanentWidget(m_syncProgress);
    m_operationProgress = new QProgressBar(this);
    m_operationProgress->setObjectName(QStringLiteral("operationProgress"));
    m_operationProgress->setAccessibleName(tr("Adding servers"));
    m_operationProgress->setMaximumWidth(300);
    m_operationProgress->hide();
    statusBar()->addPermanentWidget(m_operationProgress);
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setAccessibleName(tr("Exporting"));
    m_exportProgress->setMaximumWidth(360);
    m_exportProgress->hide();
    statusBar()->addPermanentWidget(m_exportProgress);
    m_exportCancel = new QToolButton(this);
    m_exportCancel->setObjectName(QStringLiteral("exportCancelButton"));
    m_exportCancel->setText(tr("Cancel"));
    m_exportCancel->setToolTip(tr("Stop the export; a file that was there before stays as it was"));
    m_exportCancel->setAutoRaise(true);
    m_exportCancel->hide();
    statusBar()->addPermanentWidget(m_exportCancel);
    connect(m_application->utilisationPage(), &UtilisationPage::exportStarted, this,
            &MainWindow::onExportStarted);
}

void MainWindow::onExportStarted(UtilisationExport *job)
{
    const QString file = QFileInfo(job->path()).fileName();
    const auto show = [this, job, file](int done, int total) {
        if (job->kind() == UtilisationExport::Kind::Png) {
            m_exportProgress->setRange(0, 0); // one step: busy until written
            //: %1 is a file name
            m_exportProgress->setFormat(tr("Saving %1").arg(file));
        } else {
            m_exportProgress->setRange(0, std::max(total, 1));
            m_exportProgress->setValue(done);
            //: the CSV export: series written of all, then the file name
            m_exportProgress->setFormat(
                tr("%1 of %2 series to %3")
                    .arg(locale().toString(done), locale().toString(total), file));
        }
        m_exportProgress->setToolTip(job->path());
        // Room for the text (the bar does not grow by itself in the status bar).
        const int textWidth =
            m_exportProgress->fontMetrics().horizontalAdvance(m_exportProgress->format());
        m_exportProgress->setMinimumWidth(
            std::min(m_exportProgress->maximumWidth(), textWidth + 4 * fontMetrics().height()));
    };
    m_export = job;
    show(0, job->total());
    m_exportProgress->show();
    m_exportCancel->show();
    disconnect(m_exportCancel, &QToolButton::clicked, nullptr, nullptr);
    connect(m_exportCancel, &QToolButton::clicked, job, &UtilisationExport::cancel);
    connect(job, &UtilisationExport::progressChanged, m_exportProgress,
            [this, job, show](int done, int total) {
                if (m_export == job)
                    show(done, total);
            });
    connect(job, &UtilisationExport::finished, this, [this, job, file](bool ok) {
        if (m_export == job) {
            m_exportProgress->hide();
            m_exportCancel->hide();
        }
        if (ok)
            statusBar()->showMessage(tr("Saved %1").arg(job->path()), 8000);
        else if (job->wasCancelled())
            statusBar()->showMessage(tr("Export of %1 cancelled").arg(file), 8000);
        // A failure is explained by the page, with a way to save elsewhere.
    });
}

void MainWindow::onConnectionOpened(const QString &, ClusterConnection *connection)
{
    connect(connection, &ClusterConnection::syncProgress, this, &MainWindow::updateProgress);
    connect(connection, &ClusterConnection::synced, this, &MainWindow::updateProgress);
}

void MainWindow::onOperationStarted(ScaleUpOperation *operation)
{
    m_operations.append(operation);
    connect(operation, &ScaleUpOperation::progressChanged, this, &MainWindow::updateProgress);
    connect(operation, &ScaleUpOperation::finished, this, [this, operation](bool ok) {
        updateProgress();
        const QString what = operation->plan().role == ServerRole::Master
                                 ? tr("%n master(s)", nullptr, operation->plan().count)
                                 : tr("%n worker(s)", nullptr, operation->plan().count);
        m_notifier->notify(ok ? Notifier::Kind::Information : Notifier::Kind::Warning,
                           ok ? tr("Servers added") : tr("Servers not added"),
                           ok ? tr("%1 (%2) ready.").arg(what, operation->plan().size.instanceType)
                              : operation->message());
    });
    updateProgress();
}

void MainWindow::updateProgress()
{
    // The first sync: how many of the cluster's lists have loaded, and what so far.
    ClusterConnection *connection = m_registry->connection(m_location.clusterId);
    const bool syncing = connection && !connection->hasSynced() &&
                         (connection->state() == ClusterConnection::State::Syncing ||
                          connection->state() == ClusterConnection::State::Connecting);
    if (syncing) {
        const QList<InformerBase *> informers = connection->informers();
        int loaded = 0;
        for (const InformerBase *informer : informers)
            loaded += informer->hasSynced() ? 1 : 0;
        m_syncProgress->setRange(0, int(informers.size()));
        m_syncProgress->setValue(loaded);
        //: the first load of a cluster: lists loaded of all, then the objects so far
        m_syncProgress->setFormat(tr("%L1 of %L2 lists").arg(loaded).arg(informers.size()));
        m_syncProgress->setToolTip(tr("%L1 servers, %L2 pods, %L3 events so far")
                                       .arg(connection->nodes()->count())
                                       .arg(connection->pods()->count())
                                       .arg(connection->events()->count()));
    }
    m_syncProgress->setVisible(syncing);

    // Adding servers: each machine's way from Pending to a Ready node, in four steps.
    m_operations.removeAll(nullptr);
    int steps = 0;
    int done = 0;
    int ready = 0;
    int servers = 0;
    QStringList lines;
    for (const ScaleUpOperation *op : std::as_const(m_operations)) {
        if (op->phase() != ScaleUpOperation::Phase::Submitting &&
            op->phase() != ScaleUpOperation::Phase::Provisioning)
            continue;
        servers += op->plan().count;
        steps += op->plan().count * 4;
        ready += op->readyCount();
        for (const MachineProgress &machine : op->machines()) {
            int step = 1; // Pending
            if (machine.phase == u"Provisioning")
                step = 2;
            else if (machine.phase == u"Provisioned" || machine.phase == u"Running")
                step = 3;
            if (machine.nodeReady)
                step = 4;
            done += step;
            //: a machine's name, its Cluster API phase, and the node's state
            lines << tr("%1: %2%3")
                         .arg(machine.name, machine.phase,
                              machine.nodeReady ? tr(", node Ready")
                              : machine.nodeName.isEmpty()
                                  ? QString()
                                  : tr(", node %1 joining").arg(machine.nodeName));
        }
        if (op->machines().isEmpty())
            lines << op->message();
    }
    if (steps > 0) {
        m_operationProgress->setRange(0, steps);
        m_operationProgress->setValue(std::min(done, steps));
        m_operationProgress->setFormat(
            tr("Adding %n server(s): %1 ready", nullptr, servers).arg(ready));
        m_operationProgress->setToolTip(lines.join(u'\n'));
    }
    m_operationProgress->setVisible(steps > 0);
}

} // namespace maestro::ui

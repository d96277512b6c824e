// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/application/ApplicationPage.h"

#include "app/advisor/Advisor.h"
#include "app/history/HistoryRecorder.h"
#include "app/kube/ClusterConnection.h"
#include "app/scaling/ScaleUpOperation.h"
#include "ui/advisor/AdvisorPanel.h"
#include "ui/common/ResourceTablePage.h"
#include "ui/common/StoreTableModel.h"
#include "ui/lifecycle/LifecycleActions.h"
#include "ui/overview/OverviewPage.h"
#include "ui/servers/ServersModel.h"
#include "ui/servers/ServersPage.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/timeline/TimelinePage.h"
#include "ui/utilisation/UtilisationPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>

namespace maestro::ui {

using namespace maestro::kube;
using namespace maestro::scaling;

namespace {

QString phaseText(const PodInfo &pod)
{
    if (!pod.reason.isEmpty())
        return pod.reason;
    switch (pod.phase) {
    case PodPhase::Pending:
        return pod.nodeName.isEmpty()
                   ? QCoreApplication::translate("maestro::ui::ApplicationPage", "Pending")
                   : QCoreApplication::translate("maestro::ui::ApplicationPage",
                                                 "ContainerCreating");
    case PodPhase::Running:
        return QCoreApplication::translate("maestro::ui::ApplicationPage", "Running");
    case PodPhase::Succeeded:
        return QCoreApplication::translate("maestro::ui::ApplicationPage", "Succeeded");
    case PodPhase::Failed:
        return QCoreApplication::translate("maestro::ui::ApplicationPage", "Failed");
    case PodPhase::Unknown:
        break;
    }
    return QCoreApplication::translate("maestro::ui::ApplicationPage", "Unknown");
}

} // namespace

ApplicationPage::ApplicationPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("applicationPage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_nav = new QTreeWidget(this);
    m_nav->setObjectName(QStringLiteral("applicationNav"));
    m_nav->setAccessibleName(tr("Application navigation"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(false);
    m_nav->setFixedWidth(190);
    m_nav->setFrameShape(QFrame::NoFrame);
    auto *application = new QTreeWidgetItem(m_nav, {tr("Application")});
    application->setFlags(Qt::ItemIsEnabled);
    QFont bold = application->font(0);
    bold.setBold(true);
    application->setFont(0, bold);
    for (Section s : sections()) {
        auto *item = new QTreeWidgetItem(application, {sectionName(s)});
        item->setData(0, Qt::UserRole, int(s));
        m_items.insert(s, item);
    }
    m_nav->expandAll();
    layout->addWidget(m_nav);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("applicationStack"));
    m_overview = new OverviewPage(m_stack);
    m_servers = new ServersPage(m_stack);
    m_timeWindow = new TimeWindow(this);
    m_utilisation = new UtilisationPage(m_stack);
    m_utilisation->setTimeWindow(m_timeWindow);
    // The same window: a spike on the charts and the evictions it caused line up.
    m_timeline = new TimelinePage(m_stack);
    m_timeline->setTimeWindow(m_timeWindow);

    m_podsModel = new StoreTableModel(
        {tr("Namespace"), tr("Name"), tr("Status"), tr("Ready"), tr("Restarts"), tr("Node"),
         tr("CPU request"), tr("Age")},
        [this](const QString &key, int column, int role) -> QVariant {
            const PodInfo *pod = m_connection ? m_connection->pods()->find(key) : nullptr;
            if (!pod)
                return {};
            if (role == StoreTableModel::NamespaceRole)
                return pod->meta.namespace_;
            if (role == StoreTableModel::WarningRole)
                return pod->phase == PodPhase::Failed ||
                       (pod->phase == PodPhase::Pending && pod->nodeName.isEmpty());
            if (role != Qt::DisplayRole && role != StoreTableModel::SortRole)
                return {};
            switch (column) {
            case 0:
                return pod->meta.namespace_;
            case 1:
                return pod->meta.name;
            case 2:
                return phaseText(*pod);
            case 3:
                return QStringLiteral("%1/%2").arg(pod->readyContainers).arg(pod->containers);
            case 4:
                return role == StoreTableModel::SortRole
                           ? QVariant(pod->restarts)
                           : QVariant(QLocale().toString(pod->restarts));
            case 5:
                return pod->nodeName;
            case 6:
                return role == StoreTableModel::SortRole
                           ? QVariant(pod->cpuRequestMilli)
                           : QVariant(QStringLiteral("%1m").arg(pod->cpuRequestMilli));
            case 7:
                return role == StoreTableModel::SortRole
                           ? QVariant(-pod->meta.creationTimestamp.toSecsSinceEpoch())
                           : QVariant(formatAge(pod->meta.creationTimestamp,
                                                QDateTime::currentDateTimeUtc()));
            }
            return {};
        },
        this);
    m_eventsModel = new StoreTableModel(
        {tr("Last seen"), tr("Type"), tr("Reason"), tr("Object"), tr("Count"), tr("Namespace"),
         tr("Message")},
        [this](const QString &key, int column, int role) -> QVariant {
            const EventInfo *event = m_connection ? m_connection->events()->find(key) : nullptr;
            if (!event)
                return {};
            if (role == StoreTableModel::NamespaceRole)
                return event->meta.namespace_;
            if (role == StoreTableModel::WarningRole)
                return event->warning;
            if (role == Qt::ForegroundRole && event->warning && column == 1)
                return QColor(0xd9, 0x48, 0x2b);
            if (role != Qt::DisplayRole && role != StoreTableModel::SortRole)
                return {};
            switch (column) {
            case 0:
                return role == StoreTableModel::SortRole
                           ? QVariant(-event->lastTimestamp.toSecsSinceEpoch())
                           : QVariant(
                                 formatAge(event->lastTimestamp, QDateTime::currentDateTimeUtc()));
            case 1:
                //: The type of a Kubernetes event: Warning or Normal
                return event->warning ? tr("Warning") : tr("Normal");
            case 2:
                return event->reason;
            case 3:
                return event->involvedKind.toLower() + u'/' + event->involvedName;
            case 4:
                return role == StoreTableModel::SortRole
                           ? QVariant(event->count)
                           : QVariant(QLocale().toString(event->count));
            case 5:
                return event->meta.namespace_;
            case 6:
                return event->message;
            }
            return {};
        },
        this);
    // The first sort by these columns at 150,000 pods looked every pod up by key through
    // data() (most of half a second); read as rows arrive, the object is at hand.
    m_podsModel->setSortKeyReader(
        {4, 6, 7}, {0, 5}, [this](const QString &key, StoreTableModel::SortKeySink &keys) {
            const PodInfo *pod = m_connection ? m_connection->pods()->find(key) : nullptr;
            if (!pod)
                return;
            keys.setText(0, pod->meta.namespace_);
            keys.setNumber(4, pod->restarts);
            keys.setText(5, pod->nodeName);
            keys.setNumber(6, pod->cpuRequestMilli);
            keys.setNumber(7, -pod->meta.creationTimestamp.toSecsSinceEpoch());
        });
    m_eventsModel->setSortKeyReader(
        {0, 4}, {2, 5}, [this](const QString &key, StoreTableModel::SortKeySink &keys) {
            const EventInfo *event = m_connection ? m_connection->events()->find(key) : nullptr;
            if (!event)
                return;
            keys.setNumber(0, -event->lastTimestamp.toSecsSinceEpoch());
            keys.setText(2, event->reason);
            keys.setNumber(4, event->count);
            keys.setText(5, event->meta.namespace_);
        });
    // Ages change with the clock, not with the object: the filter leaves them out.
    m_podsModel->excludeFromSearch(7);
    m_eventsModel->excludeFromSearch(0);
    m_pods = new ResourceTablePage(QStringLiteral("pods"), tr("Pods"), m_podsModel, true, m_stack);
    m_events =
        new ResourceTablePage(QStringLiteral("events"), tr("Events"), m_eventsModel, true, m_stack);
    m_pods->table()->setColumnWidth(0, 110);
    m_pods->table()->setColumnWidth(1, 330);
    m_pods->table()->setColumnWidth(2, 130);
    m_pods->table()->setColumnWidth(5, 280);
    m_pods->table()->sortByColumn(1, Qt::AscendingOrder);
    m_events->table()->setColumnWidth(0, 80);
    m_events->table()->setColumnWidth(1, 75);
    m_events->table()->setColumnWidth(2, 150);
    m_events->table()->setColumnWidth(3, 270);
    m_events->table()->setColumnWidth(4, 55);
    m_events->table()->setColumnWidth(5, 100);
    // Newest first: the sort key of "Last seen" is the negated time.
    m_events->table()->sortByColumn(0, Qt::AscendingOrder);
    m_pages = {{Section::Overview, m_overview},
               {Section::Servers, m_servers},
               {Section::Utilisation, m_utilisation},
               {Section::Timeline, m_timeline},
               {Section::Pods, m_pods},
               {Section::Events, m_events}};
    for (Section s : sections())
        m_stack->addWidget(m_pages.value(s));
    layout->addWidget(m_stack, 1);

    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            showSection(Section(item->data(0, Qt::UserRole).toInt()));
    });
    connect(m_servers, &ServersPage::scaleUpRequested, this, [this] { openScaleUp(); });
    // A line in a chart or a lane of the timeline leads to its server.
    auto showServer = [this](const QString &node) {
        showSection(Section::Servers);
        m_servers->selectServer(node);
    };
    connect(m_utilisation, &UtilisationPage::nodeActivated, this, showServer);
    connect(m_timeline, &TimelinePage::nodeActivated, this, showServer);
    connect(m_overview->advisorPanel(), &AdvisorPanel::fixRequested, this,
            [this](const advisor::Finding &finding) {
                if (finding.id == advisor::FindingId::MasterUndersized) {
                    // A larger size for the masters is a replacement, not an addition.
                    showSection(Section::Servers);
                    m_servers->lifecycle()->replaceMasters(finding.action.size,
                                                           finding.action.count);
                    return;
                }
                ScaleUpPrefill prefill;
                prefill.role =
                    finding.action.role == u"master" ? ServerRole::Master : ServerRole::Worker;
                prefill.instanceType = finding.action.size;
                prefill.count = finding.action.count;
                openScaleUp(prefill);
            });
}

ApplicationPage::~ApplicationPage() = default;

ClusterConnection *ApplicationPage::connection() const
{
    return m_connection;
}

QString ApplicationPage::sectionName(Section section)
{
    switch (section) {
    case Section::Overview:
        return tr("Overview");
    case Section::Servers:
        return tr("Servers");
    case Section::Utilisation:
        return tr("Utilisation");
    case Section::Timeline:
        return tr("Timeline");
    case Section::Pods:
        return tr("Pods");
    case Section::Events:
        return tr("Events");
    }
    return {};
}

QString ApplicationPage::sectionKey(Section section)
{
    switch (section) {
    case Section::Overview:
        return QStringLiteral("overview");
    case Section::Servers:
        return QStringLiteral("servers");
    case Section::Utilisation:
        return QStringLiteral("utilisation");
    case Section::Timeline:
        return QStringLiteral("timeline");
    case Section::Pods:
        return QStringLiteral("pods");
    case Section::Events:
        return QStringLiteral("events");
    }
    return {};
}

QList<ApplicationPage::Section> ApplicationPage::sections()
{
    return {Section::Overview, Section::Servers, Section::Utilisation,
            Section::Timeline, Section::Pods,    Section::Events};
}

std::optional<ApplicationPage::Section> ApplicationPage::sectionFromKey(const QString &key)
{
    for (Section s : sections()) {
        if (sectionKey(s) == key)
            return s;
    }
    return std::nullopt;
}

void ApplicationPage::setConnection(ClusterConnection *connection, advisor::Advisor *advisor,
                                    history::HistoryStore *history,
                                    history::HistoryRecorder *recorder)
{
    m_recorder = recorder;
    if (m_connection)
        m_connection->disconnect(this);
    const bool otherCluster = m_connection != connection;
    m_connection = connection;
    // Another cluster starts at the present; the range of the last one means nothing here.
    if (otherCluster)
        m_timeWindow->setPreset(TimeWindow::Preset::Hour1);
    m_utilisation->setConnection(connection);
    m_utilisation->setHistory(history);
    m_timeline->setConnection(connection);
    m_timeline->setHistory(history);
    if (advisor)
        m_utilisation->setTarget(advisor->settings().utilisationTarget);
    m_overview->setConnection(connection, advisor);
    m_servers->setConnection(connection);
    m_servers->setHistory(history);
    m_podsModel->setInformer(connection ? connection->pods() : nullptr,
                             connection ? connection->pods()->items().keys() : QStringList());
    m_eventsModel->setInformer(connection ? connection->events() : nullptr,
                               connection ? connection->events()->items().keys() : QStringList());
    // The models count their rows by namespace: no scan of every pod and event per batch.
    connect(m_podsModel, &StoreTableModel::namespacesChanged, this,
            &ApplicationPage::updateNamespaces, Qt::UniqueConnection);
    connect(m_eventsModel, &StoreTableModel::namespacesChanged, this,
            &ApplicationPage::updateNamespaces, Qt::UniqueConnection);
    updateNamespaces();
    updateOperationsText();
}

void ApplicationPage::updateNamespaces()
{
    m_pods->setNamespaces(m_podsModel->namespaces());
    m_events->setNamespaces(m_eventsModel->namespaces());
}

void ApplicationPage::showSection(Section section)
{
    m_section = section;
    m_stack->setCurrentWidget(m_pages.value(section));
    QTreeWidgetItem *item = m_items.value(section);
    if (item && m_nav->currentItem() != item) {
        const QSignalBlocker blocker(m_nav);
        m_nav->setCurrentItem(item);
    }
    Q_EMIT sectionChanged(section);
}

ScaleUpWizard *ApplicationPage::openScaleUp(const ScaleUpPrefill &prefill)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    if (!m_connection)
        return nullptr;
    m_wizard = new ScaleUpWizard(m_connection, prefill, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ScaleUpWizard::submitted, this, &ApplicationPage::startOperation);
    m_wizard->open();
    return m_wizard;
}

void ApplicationPage::startOperation(const ScalePlan &plan)
{
    auto *operation = new ScaleUpOperation(m_connection, plan, this);
    m_operations.append(operation);
    connect(operation, &ScaleUpOperation::progressChanged, this,
            &ApplicationPage::updateOperationsText);
    connect(operation, &ScaleUpOperation::finished, this, [this, operation](bool ok) {
        updateOperationsText();
        if (!ok) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Servers not added"),
                                        operation->message(), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("scaleUpFailedDialog"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    showSection(Section::Servers);
    // Watched before it starts, so that the timeline has its start as well as its end.
    if (m_recorder)
        m_recorder->watch(operation);
    Q_EMIT operationStarted(operation);
    operation->start();
    updateOperationsText();
}

void ApplicationPage::updateOperationsText()
{
    QStringList lines;
    for (const ScaleUpOperation *op : m_operations) {
        const QString what = op->plan().role == ServerRole::Master
                                 ? tr("%n master(s)", nullptr, op->plan().count)
                                 : tr("%n worker(s)", nullptr, op->plan().count);
        switch (op->phase()) {
        case ScaleUpOperation::Phase::Submitting:
        case ScaleUpOperation::Phase::Provisioning:
            lines
                << tr("Adding %1 (%2): %3").arg(what, op->plan().size.instanceType, op->message());
            break;
        case ScaleUpOperation::Phase::Finished:
            if (op->finishedAt().secsTo(QDateTime::currentDateTimeUtc()) < 120)
                lines << tr("Added %1 (%2).").arg(what, op->plan().size.instanceType);
            break;
        case ScaleUpOperation::Phase::Failed:
        case ScaleUpOperation::Phase::TimedOut:
            lines << tr("Adding %1 failed: %2").arg(what, op->message());
            break;
        case ScaleUpOperation::Phase::NotStarted:
            break;
        }
    }
    m_servers->setOperationsText(lines.join(u'\n'));
}

} // namespace maestro::ui

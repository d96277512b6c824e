// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scaleup/ScaleUpWizard.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace maestro::kube {
class ClusterConnection;
}
namespace maestro::scaling {
class ScaleUpOperation;
}
namespace maestro::advisor {
class Advisor;
}
namespace maestro::history {
class HistoryRecorder;
class HistoryStore;
} // namespace maestro::history

namespace maestro::ui {

class OverviewPage;
class ResourceTablePage;
class ServersPage;
class StoreTableModel;
class TimeWindow;
class TimelinePage;
class UtilisationPage;

/// One cluster's Application page: a left-hand nav (Application > Overview,
/// Servers, Utilisation, Timeline, Pods, Events) and the page it selects.
class ApplicationPage : public QWidget
{
    Q_OBJECT
public:
    enum class Section { Overview, Servers, Utilisation, Timeline, Pods, Events };
    Q_ENUM(Section)

    explicit ApplicationPage(QWidget *parent = nullptr);
    ~ApplicationPage() override;

    /// `recorder` (if any) puts the scale-ups started here on the timeline.
    void setConnection(kube::ClusterConnection *connection, advisor::Advisor *advisor = nullptr,
                       history::HistoryStore *history = nullptr,
                       history::HistoryRecorder *recorder = nullptr);
    kube::ClusterConnection *connection() const;
    void showSection(Section section);
    Section section() const { return m_section; }
    static QString sectionName(Section section);
    static std::optional<Section> sectionFromKey(const QString &key);
    static QString sectionKey(Section section);
    /// Every section, in the nav's order.
    static QList<Section> sections();

    ServersPage *serversPage() const { return m_servers; }
    UtilisationPage *utilisationPage() const { return m_utilisation; }
    TimelinePage *timelinePage() const { return m_timeline; }
    /// The time range the Utilisation charts and the Timeline share.
    TimeWindow *timeWindow() const { return m_timeWindow; }
    /// Opens + Scale up, pre-filled (the advisor's findings use this).
    ScaleUpWizard *openScaleUp(const ScaleUpPrefill &prefill = {});
    QList<scaling::ScaleUpOperation *> operations() const { return m_operations; }

Q_SIGNALS:
    void sectionChanged(maestro::ui::ApplicationPage::Section section);
    /// A scale-up began (for the timeline's history).
    void operationStarted(maestro::scaling::ScaleUpOperation *operation);

private:
    void startOperation(const scaling::ScalePlan &plan);
    void updateOperationsText();
    void updateNamespaces();

    QPointer<kube::ClusterConnection> m_connection;
    QPointer<history::HistoryRecorder> m_recorder;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    OverviewPage *m_overview;
    ServersPage *m_servers;
    UtilisationPage *m_utilisation;
    TimelinePage *m_timeline;
    TimeWindow *m_timeWindow;
    QHash<Section, QWidget *> m_pages;
    StoreTableModel *m_podsModel;
    StoreTableModel *m_eventsModel;
    ResourceTablePage *m_pods;
    ResourceTablePage *m_events;
    QHash<Section, QTreeWidgetItem *> m_items;
    Section m_section = Section::Overview;
    QList<scaling::ScaleUpOperation *> m_operations;
    QPointer<ScaleUpWizard> m_wizard;
};

} // namespace maestro::ui

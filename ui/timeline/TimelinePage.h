// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/history/HistoryTypes.h"
#include "ui/timeline/TimelineIndex.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace maestro::history {
class HistoryStore;
}
namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::ui {

class RefreshWhenShown;
class TimeWindow;
class TimelineView;

/**
 * Application > Timeline: what happened in the cluster on the time axis the
 * Utilisation charts share, so that a spike and the evictions it caused line up.
 * One lane per node (masters first) and one for the cluster; evictions, scheduling
 * failures, pressure, slow etcd writes, nodes joining, the app's scale-ups and the
 * advisor's findings, filtered by kind and node; a click shows an event's details.
 *
 * The page loads the window's range with some margin on both sides from the
 * cluster's HistoryStore (debounced, only when the window leaves what is loaded, so
 * the cache stays about three spans wide) and merges events the store reports as
 * recorded, without querying again.
 */
class TimelinePage : public QWidget
{
    Q_OBJECT
public:
    using Kind = history::TimelineEvent::Kind;

    explicit TimelinePage(QWidget *parent = nullptr);
    ~TimelinePage() override;

    void setHistory(history::HistoryStore *store);
    void setTimeWindow(TimeWindow *window);
    void setConnection(kube::ClusterConnection *connection);

    TimelineView *view() const { return m_view; }
    TimeWindow *timeWindow() const { return m_window; }

    /// Selects an event that is loaded (bringing it into the range); false otherwise.
    bool selectEvent(const QString &key);
    QString selectedKey() const;

    void setKindShown(Kind kind, bool shown);
    bool isKindShown(Kind kind) const;
    void setNodeFilter(const QString &text);

    /// Whether a query is on its way (tests wait for it to settle).
    bool isLoading() const { return m_loading; }
    /// "1,234 events in range", as the toolbar shows it.
    QString countText() const;

Q_SIGNALS:
    /// The user asked to see a node (double-click on its lane, or the details' link).
    void nodeActivated(const QString &node);
    /// A query answered and the view shows its events.
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildDetails();
    void scheduleReload();
    void reload();
    void onWindowChanged();
    void onEventsAppended(const QList<history::TimelineEvent> &events);
    void refreshNodes();
    void refreshDetails();
    void refreshCount();
    void refreshKindIcons();
    void updateRangeButtons();
    void applyKindFilter();

    QPointer<history::HistoryStore> m_store;
    QPointer<TimeWindow> m_window;
    QPointer<kube::ClusterConnection> m_connection;

    TimelineView *m_view;
    QButtonGroup *m_rangeButtons;
    QToolButton *m_liveButton;
    QLineEdit *m_nodeFilter;
    QLabel *m_count;
    QHash<int, QToolButton *> m_kindChips;
    QSplitter *m_splitter;
    QStackedWidget *m_detailsStack;
    QLabel *m_detailKind;
    QLabel *m_detailReason;
    QLabel *m_detailMessage;
    QLabel *m_detailObject;
    QLabel *m_detailNode;
    QLabel *m_detailCount;
    QLabel *m_detailFirstSeen;
    QLabel *m_detailLastSeen;

    bool m_loaded = false;
    qint64 m_loadedFromMs = 0;
    qint64 m_loadedToMs = 0;
    bool m_loading = false;
    int m_querySerial = 0;
    /// Events recorded while a query ran: merged again into its answer.
    QList<history::TimelineEvent> m_appendedDuringQuery;
    QTimer m_reloadTimer;
    RefreshWhenShown *m_nodesRefresh;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/history/HistoryTypes.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QSplitter;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace maestro::history {
class HistoryStore;
}
namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::ui {

class RefreshWhenShown;
class TimeWindow;
class UtilisationChart;
class UtilisationExport;

/**
 * Application > Utilisation: CPU and memory of every node as a percentage of what it
 * can allocate, over time, against the 75% target; the per-role aggregates; and the
 * latency of the app's own API requests on the same time axis.
 *
 * The data come from the cluster's HistoryStore: the visible range is queried at about
 * one bucket per pixel column (the store keeps each bucket's minimum and maximum), and
 * while the window follows the present, new ticks are appended as they are recorded
 * instead of querying again.
 */
class UtilisationPage : public QWidget
{
    Q_OBJECT
public:
    explicit UtilisationPage(QWidget *parent = nullptr);
    ~UtilisationPage() override;

    void setHistory(history::HistoryStore *store);
    void setTimeWindow(TimeWindow *window);
    void setConnection(kube::ClusterConnection *connection);
    /// The utilisation target as a fraction (0.75): the dashed line.
    void setTarget(double fraction);

    UtilisationChart *cpuChart() const { return m_cpu; }
    UtilisationChart *memoryChart() const { return m_memory; }
    UtilisationChart *latencyChart() const { return m_latency; }
    TimeWindow *timeWindow() const { return m_window; }
    /// The series (node names and history::SeriesName values) currently shown.
    QStringList shownSeries() const;
    /// Shows or hides one series (as its check box in the list does).
    void setSeriesShown(const QString &id, bool shown);
    /// Whether a query is on its way (tests wait for it to settle).
    bool isLoading() const { return m_loading; }

    /// Saves the three charts as one picture (encoded and written on a worker thread).
    UtilisationExport *exportPng(const QString &path);
    /// Writes the shown utilisation series of the visible range at the stored resolution
    /// as CSV, a few series at a time on a worker thread. The job belongs to the page and
    /// is deleted after it finished; a failure is shown with a way to save elsewhere.
    UtilisationExport *exportCsv(const QString &path);

Q_SIGNALS:
    /// The user clicked a node's line or double-clicked it in the list.
    void nodeActivated(const QString &node);
    /// The charts were redrawn from new data (a query answered).
    void reloaded();
    /// An export began; the window shows its progress and a way to cancel it.
    void exportStarted(maestro::ui::UtilisationExport *job);

private:
    void rebuildSeriesList();
    void scheduleReload();
    void reload();
    void onSamplesAppended(qint64 timestampMs, const QList<history::NodeSample> &samples);
    void onWindowChanged();
    /// Moves the charts to the window's range (their points are current).
    void moveCharts();
    void redraw();
    void updateRangeButtons();
    QString labelFor(const QString &id) const;
    void chooseExportPng();
    void chooseExportCsv();
    UtilisationExport *startExport(UtilisationExport *job);
    void onExportFinished(UtilisationExport *job, bool ok);

    QPointer<history::HistoryStore> m_store;
    QPointer<TimeWindow> m_window;
    QPointer<kube::ClusterConnection> m_connection;
    double m_target = 0.75;

    QTreeWidget *m_seriesList;
    QTreeWidgetItem *m_clusterGroup;
    QTreeWidgetItem *m_mastersGroup;
    QTreeWidgetItem *m_workersGroup;
    QHash<QString, QTreeWidgetItem *> m_seriesItems;
    QSet<QString> m_hiddenSeries; ///< unticked by the user: kept across node list changes
    QButtonGroup *m_rangeButtons;
    QToolButton *m_liveButton;
    QLabel *m_status;
    QToolButton *m_exportPngButton;
    QToolButton *m_exportCsvButton;
    QSplitter *m_charts;
    UtilisationChart *m_cpu;
    UtilisationChart *m_memory;
    UtilisationChart *m_latency;

    /// What the charts show: the store's answer for the loaded range plus live ticks.
    QHash<QString, QVector<history::SamplePoint>> m_points;
    qint64 m_loadedFromMs = 0;
    qint64 m_loadedSpanMs = 0;
    qint64 m_resolutionMs = 0;
    bool m_loading = false;
    int m_querySerial = 0;
    QTimer m_reloadTimer;
    QTimer m_redrawTimer;
    RefreshWhenShown *m_seriesRefresh;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/utilisation/UtilisationPage.h"
#include "app/i18n/LocaleFormat.h"

#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/utilisation/UtilisationChart.h"
#include "ui/utilisation/UtilisationExport.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace maestro::ui {

using history::SamplePoint;
namespace SeriesName = history::SeriesName;

namespace {

constexpr int SeriesIdRole = Qt::UserRole + 1;

bool isAggregate(const QString &id)
{
    return id.startsWith(u'@');
}

/// One series of a chart from stored points: `value` picks cpu or memory (or latency).
/// A bucket whose minimum and maximum differ becomes two points, so that its spike
/// reaches the chart and survives the per-column reduction there.
QVector<QPointF> chartPoints(const QVector<SamplePoint> &points, qint64 resolutionMs, double scale,
                             bool memory)
{
    QVector<QPointF> out;
    out.reserve(points.size() * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const SamplePoint &p = points[i];
        const double lo = memory ? p.memoryMin : p.cpuMin;
        const double hi = memory ? p.memoryMax : p.cpuMax;
        const double t = double(p.timestampMs);
        if (hi - lo > 1e-9) {
            // Halfway through the bucket, but never after the next point (x stays
            // sorted); the last bucket's at its start, as live ticks follow it anywhere.
            const double next = i + 1 < points.size() ? double(points[i + 1].timestampMs) : t;
            out.append({t, lo * scale});
            out.append({std::min(t + double(resolutionMs) / 2, next), hi * scale});
        } else {
            out.append({t, (memory ? p.memory : p.cpu) * scale});
        }
    }
    return out;
}

} // namespace

UtilisationPage::UtilisationPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("utilisationPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    // Range presets, live follow, exports.
    auto *toolbar = new QHBoxLayout;
    auto *title = new QLabel(tr("Utilisation"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    toolbar->addWidget(title);
    toolbar->addSpacing(16);
    m_rangeButtons = new QButtonGroup(this);
    // Not exclusive: when the user zooms to a span of no preset, none is checked.
    m_rangeButtons->setExclusive(false);
    for (TimeWindow::Preset preset : TimeWindow::presets()) {
        auto *button = new QToolButton(this);
        button->setText(TimeWindow::presetText(preset));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("range_") + QString::number(int(preset)));
        button->setAccessibleName(tr("Show the last %1").arg(TimeWindow::presetText(preset)));
        m_rangeButtons->addButton(button, int(preset));
        toolbar->addWidget(button);
    }
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_window)
            m_window->setPreset(TimeWindow::Preset(id));
    });
    m_liveButton = new QToolButton(this);
    m_liveButton->setObjectName(QStringLiteral("liveButton"));
    m_liveButton->setText(tr("Live"));
    m_liveButton->setToolTip(tr("Follow the present (Home)"));
    m_liveButton->setCheckable(true);
    m_liveButton->setChecked(true);
    m_liveButton->setAutoRaise(true);
    connect(m_liveButton, &QToolButton::toggled, this, [this](bool on) {
        if (m_window && m_window->following() != on)
            m_window->setFollowing(on);
    });
    toolbar->addWidget(m_liveButton);
    toolbar->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("utilisationStatus"));
    toolbar->addWidget(m_status);
    m_exportPngButton = new QToolButton(this);
    m_exportPngButton->setObjectName(QStringLiteral("exportPngButton"));
    m_exportPngButton->setText(tr("Export PNG…"));
    m_exportPngButton->setAutoRaise(true);
    connect(m_exportPngButton, &QToolButton::clicked, this, &UtilisationPage::chooseExportPng);
    toolbar->addWidget(m_exportPngButton);
    m_exportCsvButton = new QToolButton(this);
    m_exportCsvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportCsvButton->setText(tr("Export CSV…"));
    m_exportCsvButton->setAutoRaise(true);
    connect(m_exportCsvButton, &QToolButton::clicked, this, &UtilisationPage::chooseExportCsv);
    toolbar->addWidget(m_exportCsvButton);
    layout->addLayout(toolbar);

    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(QStringLiteral("utilisationSplitter"));
    m_seriesList = new QTreeWidget(body);
    m_seriesList->setObjectName(QStringLiteral("utilisationSeries"));
    m_seriesList->setAccessibleName(tr("Series shown in the charts"));
    m_seriesList->setHeaderHidden(true);
    m_seriesList->setMinimumWidth(240);
    m_clusterGroup = new QTreeWidgetItem(m_seriesList, {tr("Cluster")});
    m_mastersGroup = new QTreeWidgetItem(m_seriesList, {tr("Masters")});
    m_workersGroup = new QTreeWidgetItem(m_seriesList, {tr("Workers")});
    for (QTreeWidgetItem *group : {m_clusterGroup, m_mastersGroup, m_workersGroup}) {
        group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        group->setCheckState(0, Qt::Checked);
    }
    m_seriesList->expandAll();
    connect(m_seriesList, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, SeriesIdRole).toString();
        if (id.isEmpty())
            return;
        if (item->checkState(0) == Qt::Checked)
            m_hiddenSeries.remove(id);
        else
            m_hiddenSeries.insert(id);
        scheduleReload();
    });
    connect(m_seriesList, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, SeriesIdRole).toString();
        if (!id.isEmpty() && !isAggregate(id))
            Q_EMIT nodeActivated(id);
    });

    m_charts = new QSplitter(Qt::Vertical, body);
    m_charts->setObjectName(QStringLiteral("utilisationCharts"));
    m_cpu = new UtilisationChart(tr("CPU (% of allocatable)"), QStringLiteral("%"), 100, m_charts);
    m_cpu->setObjectName(QStringLiteral("cpuChart"));
    m_memory =
        new UtilisationChart(tr("Memory (% of allocatable)"), QStringLiteral("%"), 100, m_charts);
    m_memory->setObjectName(QStringLiteral("memoryChart"));
    //: Chart title: latency of the requests this app sends to the cluster's API server
    m_latency = new UtilisationChart(tr("API latency of this app (ms)"), QStringLiteral(" ms"), 100,
                                     m_charts);
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    m_charts->setStretchFactor(0, 3);
    m_charts->setStretchFactor(1, 3);
    m_charts->setStretchFactor(2, 2);
    for (UtilisationChart *chart : {m_cpu, m_memory}) {
        connect(chart, &UtilisationChart::seriesClicked, this, [this](const QString &id) {
            if (!isAggregate(id))
                Q_EMIT nodeActivated(id);
        });
    }
    body->addWidget(m_seriesList);
    body->addWidget(m_charts);
    body->setStretchFactor(1, 1);
    body->setSizes({260, 900});
    layout->addWidget(body, 1);
    setTarget(m_target);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(120);
    connect(&m_reloadTimer, &QTimer::timeout, this, &UtilisationPage::reload);
    // Live ticks and the moving window redraw at most this often.
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(250);
    connect(&m_redrawTimer, &QTimer::timeout, this, &UtilisationPage::moveCharts);
    // Every batch of the informers says "changed": the node list is looked at again
    // while the page shows, and once when it is shown.
    m_seriesRefresh = new RefreshWhenShown(this, [this] { rebuildSeriesList(); });
}

UtilisationPage::~UtilisationPage() = default;

void UtilisationPage::setHistory(history::HistoryStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    m_points.clear();
    if (m_store) {
        connect(m_store, &history::HistoryStore::samplesAppended, this,
                &UtilisationPage::onSamplesAppended);
        connect(m_store, &history::HistoryStore::stateChanged, this,
                &UtilisationPage::scheduleReload);
    }
    scheduleReload();
}

void UtilisationPage::setTimeWindow(TimeWindow *window)
{
    if (m_window)
        m_window->disconnect(this);
    m_window = window;
    if (m_window) {
        connect(m_window, &TimeWindow::changed, this, &UtilisationPage::onWindowChanged);
        connect(m_window, &TimeWindow::followingChanged, this, [this](bool following) {
            const QSignalBlocker blocker(m_liveButton);
            m_liveButton->setChecked(following);
        });
        const QSignalBlocker blocker(m_liveButton);
        m_liveButton->setChecked(m_window->following());
    }
    updateRangeButtons();
    scheduleReload();
}

void UtilisationPage::setConnection(kube::ClusterConnection *connection)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    if (m_connection)
        connect(m_connection, &kube::ClusterConnection::changed, this,
                [this] { m_seriesRefresh->request(); });
    m_seriesRefresh->request();
}

void UtilisationPage::setTarget(double fraction)
{
    m_target = fraction;
    //: The dashed line of the utilisation charts; %1 is a percentage ("75%")
    const QString label = tr("Target %1").arg(i18n::percentOf(fraction));
    m_cpu->setThreshold(fraction * 100, label);
    m_memory->setThreshold(fraction * 100, label);
}

QString UtilisationPage::labelFor(const QString &id) const
{
    if (id == SeriesName::Masters)
        return tr("All masters");
    if (id == SeriesName::Workers)
        return tr("All workers");
    return id;
}

void UtilisationPage::rebuildSeriesList()
{
    // Masters and workers by name; the aggregates first. Only additions and removals
    // touch the list, so the user's ticks and scroll position stay.
    QStringList masters;
    QStringList workers;
    if (m_connection) {
        for (const kube::NodeInfo &node : m_connection->nodes()->items()) {
            if (node.role() == kube::NodeRole::Worker)
                workers << node.meta.name;
            else
                masters << node.meta.name;
        }
    }
    std::sort(masters.begin(), masters.end());
    std::sort(workers.begin(), workers.end());
    QList<std::pair<QTreeWidgetItem *, QStringList>> wanted{
        {m_clusterGroup, {QString(SeriesName::Masters), QString(SeriesName::Workers)}},
        {m_mastersGroup, masters},
        {m_workersGroup, workers}};
    bool changed = false;
    const QSignalBlocker blocker(m_seriesList);
    for (auto &[group, ids] : wanted) {
        QStringList present;
        for (int i = 0; i < group->childCount(); ++i)
            present << group->child(i)->data(0, SeriesIdRole).toString();
        if (present == ids)
            continue;
        changed = true;
        for (const QString &id : present) {
            if (!ids.contains(id))
                delete m_seriesItems.take(id);
        }
        for (int i = 0; i < ids.size(); ++i) {
            QTreeWidgetItem *item = m_seriesItems.value(ids[i]);
            if (!item) {
                item = new QTreeWidgetItem({labelFor(ids[i])});
                item->setData(0, SeriesIdRole, ids[i]);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(0,
                                    m_hiddenSeries.contains(ids[i]) ? Qt::Unchecked : Qt::Checked);
                m_seriesItems.insert(ids[i], item);
            } else {
                group->removeChild(item);
            }
            group->insertChild(i, item);
        }
    }
    //: Group headings of the series list with their node counts
    m_mastersGroup->setText(0, tr("Masters (%n)", nullptr, int(masters.size())));
    m_workersGroup->setText(0, tr("Workers (%n)", nullptr, int(workers.size())));
    if (changed)
        scheduleReload();
}

QStringList UtilisationPage::shownSeries() const
{
    QStringList ids;
    for (QTreeWidgetItem *group : {m_clusterGroup, m_mastersGroup, m_workersGroup}) {
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->checkState(0) == Qt::Checked)
                ids << group->child(i)->data(0, SeriesIdRole).toString();
        }
    }
    return ids;
}

void UtilisationPage::setSeriesShown(const QString &id, bool shown)
{
    if (QTreeWidgetItem *item = m_seriesItems.value(id))
        item->setCheckState(0, shown ? Qt::Checked : Qt::Unchecked);
}

void UtilisationPage::scheduleReload()
{
    m_reloadTimer.start();
}

void UtilisationPage::reload()
{
    if (!m_store || !m_window || !m_store->isOpen()) {
        m_points.clear();
        redraw();
        m_status->setText(m_store ? m_store->stateMessage() : QString());
        return;
    }
    QStringList ids = shownSeries();
    ids << QString(SeriesName::ApiLatency);
    // About one bucket per pixel column: the store returns each bucket's minimum and
    // maximum, so no spike is lost however long the range.
    const int columns = std::max(m_cpu->plotColumns(), 200);
    const qint64 from = m_window->fromMs();
    const qint64 span = m_window->spanMs();
    m_loading = true;
    const int serial = ++m_querySerial;
    m_store->querySamples(
        ids, QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(m_window->toMs(), Qt::UTC), columns, this,
        [this, serial, from, span](const history::SampleQueryResult &result) {
            if (serial != m_querySerial)
                return; // a newer query is on its way
            m_loading = false;
            m_points.clear();
            for (const history::SampleSeries &series : result.series)
                m_points.insert(series.node,
                                QVector<SamplePoint>(series.points.begin(), series.points.end()));
            m_loadedFromMs = from;
            m_loadedSpanMs = span;
            m_resolutionMs = std::max<qint64>(result.resolutionMs, 1);
            m_status->setText(result.error.isEmpty() ? m_store->stateMessage() : result.error);
            redraw();
            Q_EMIT reloaded();
        });
}

void UtilisationPage::onSamplesAppended(qint64 timestampMs,
                                        const QList<history::NodeSample> &samples)
{
    if (!m_window || !m_window->following() || m_loading)
        return;
    for (const history::NodeSample &sample : samples) {
        auto it = m_points.find(sample.node);
        if (it == m_points.end())
            continue;
        if (!it->isEmpty() && it->last().timestampMs >= timestampMs)
            continue;
        SamplePoint point;
        point.timestampMs = timestampMs;
        point.cpu = point.cpuMin = point.cpuMax = sample.cpu;
        point.memory = point.memoryMin = point.memoryMax = sample.memory;
        it->append(point);
        // The charts take the tick as redraw() would give it them (one point, as the
        // minimum and maximum are the same), without building their series again.
        const QPointF cpu(double(timestampMs), sample.cpu * 100);
        const QPointF memory(double(timestampMs), sample.memory * 100);
        if (sample.node == SeriesName::ApiLatency) {
            m_latency->appendPoints(QStringLiteral("p50"), {QPointF(cpu.x(), sample.cpu)});
            m_latency->appendPoints(QStringLiteral("p99"), {QPointF(cpu.x(), sample.memory)});
        } else {
            m_cpu->appendPoints(sample.node, {cpu});
            m_memory->appendPoints(sample.node, {memory});
        }
    }
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void UtilisationPage::onWindowChanged()
{
    updateRangeButtons();
    if (!m_window)
        return;
    // Following the present with the same span: the live ticks keep the data current;
    // only the axis moves. Anything else (zoom, pan, a preset) asks the store again.
    const bool sameSpan = m_window->spanMs() == m_loadedSpanMs;
    if (m_window->following() && sameSpan && m_window->fromMs() >= m_loadedFromMs) {
        if (!m_redrawTimer.isActive())
            m_redrawTimer.start();
        return;
    }
    // The loaded points at the new range at once (zoom and pan feel immediate), then the
    // store's answer at the resolution the new range needs.
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
    scheduleReload();
}

void UtilisationPage::updateRangeButtons()
{
    if (!m_window)
        return;
    const QSignalBlocker blocker(m_rangeButtons);
    for (QAbstractButton *button : m_rangeButtons->buttons())
        button->setChecked(m_window->following() &&
                           TimeWindow::presetMs(TimeWindow::Preset(m_rangeButtons->id(button))) ==
                               m_window->spanMs());
}

void UtilisationPage::moveCharts()
{
    // The charts hold what m_points holds (live ticks are appended to both): only the
    // range moves.
    const qint64 from = m_window ? m_window->fromMs() : 0;
    const qint64 to = m_window ? m_window->toMs() : 0;
    for (UtilisationChart *chart : {m_cpu, m_memory, m_latency})
        chart->setRange(from, to);
}

void UtilisationPage::redraw()
{
    const qint64 from = m_window ? m_window->fromMs() : 0;
    const qint64 to = m_window ? m_window->toMs() : 0;
    QList<ChartSeriesData> cpu;
    QList<ChartSeriesData> memory;
    for (const QString &id : shownSeries()) {
        const auto it = m_points.constFind(id);
        if (it == m_points.constEnd())
            continue;
        SeriesGroup group = SeriesGroup::Worker;
        if (isAggregate(id))
            group = SeriesGroup::Aggregate;
        else if (m_connection && m_connection->nodes()->find(id) &&
                 m_connection->nodes()->find(id)->role() != kube::NodeRole::Worker)
            group = SeriesGroup::Master;
        // A total of one node is that node's line: dashed, so that the node shows under it.
        const bool dashed = (id == SeriesName::Masters && m_mastersGroup->childCount() == 1) ||
                            (id == SeriesName::Workers && m_workersGroup->childCount() == 1);
        cpu.append({id, labelFor(id), group, chartPoints(*it, m_resolutionMs, 100, false), dashed});
        memory.append(
            {id, labelFor(id), group, chartPoints(*it, m_resolutionMs, 100, true), dashed});
    }
    m_cpu->setData(cpu, from, to);
    m_memory->setData(memory, from, to);
    // The series list doubles as the legend: each ticked series shows its line's colour.
    const QSignalBlocker blocker(m_seriesList);
    for (auto it = m_seriesItems.cbegin(); it != m_seriesItems.cend(); ++it) {
        const QColor colour = m_cpu->colourOf(it.key());
        if (!colour.isValid()) {
            it.value()->setIcon(0, QIcon());
            continue;
        }
        QPixmap swatch(12, 12);
        swatch.fill(colour);
        it.value()->setIcon(0, QIcon(swatch));
    }
    QList<ChartSeriesData> latency;
    const auto api = m_points.constFind(QString(SeriesName::ApiLatency));
    if (api != m_points.constEnd()) {
        latency.append({QStringLiteral("p50"), tr("p50"), SeriesGroup::Latency,
                        chartPoints(*api, m_resolutionMs, 1, false)});
        latency.append({QStringLiteral("p99"), tr("p99"), SeriesGroup::Latency,
                        chartPoints(*api, m_resolutionMs, 1, true)});
    }
    m_latency->setData(latency, from, to);
}

UtilisationExport *UtilisationPage::exportPng(const QString &path)
{
    // Widgets are grabbed here, on the UI thread; the PNG is encoded and written off it.
    return startExport(new UtilisationExport(m_charts->grab().toImage(), path, this));
}

UtilisationExport *UtilisationPage::exportCsv(const QString &path)
{
    return startExport(new UtilisationExport(m_store, shownSeries(),
                                             m_window ? m_window->from() : QDateTime(),
                                             m_window ? m_window->to() : QDateTime(), path, this));
}

UtilisationExport *UtilisationPage::startExport(UtilisationExport *job)
{
    QToolButton *button =
        job->kind() == UtilisationExport::Kind::Png ? m_exportPngButton : m_exportCsvButton;
    button->setEnabled(false); // one export of each kind at a time
    connect(job, &UtilisationExport::finished, this, [this, job, button](bool ok) {
        button->setEnabled(true);
        onExportFinished(job, ok);
        job->deleteLater();
    });
    Q_EMIT exportStarted(job);
    job->start();
    return job;
}

void UtilisationPage::onExportFinished(UtilisationExport *job, bool ok)
{
    if (ok || job->wasCancelled())
        return;
    // Not modal-blocking: the export's data (range, series, picture) stay with the retry,
    // so a full disk or a read-only folder costs only the choice of another place.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), job->errorString(),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("exportFailedDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Nothing was lost: a file that was there before is unchanged. You can save the "
           "same export somewhere else."));
    QPushButton *elsewhere = box->addButton(tr("Save Elsewhere…"), QMessageBox::AcceptRole);
    elsewhere->setObjectName(QStringLiteral("exportElsewhereButton"));
    box->setDefaultButton(elsewhere);
    // The retry needs the job's parameters after the job itself is gone.
    UtilisationExport *retry = job->retargeted(QString(), this);
    connect(box, &QMessageBox::finished, retry, [this, box, elsewhere, retry] {
        if (box->clickedButton() != elsewhere) {
            retry->deleteLater();
            return;
        }
        const bool png = retry->kind() == UtilisationExport::Kind::Png;
        const QString path = QFileDialog::getSaveFileName(
            this, png ? tr("Export chart") : tr("Export data"),
            png ? QStringLiteral("utilisation.png") : QStringLiteral("utilisation.csv"),
            png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            startExport(retry->retargeted(path, this));
        retry->deleteLater();
    });
    box->open();
}

void UtilisationPage::chooseExportPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QStringLiteral("utilisation.png"), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

void UtilisationPage::chooseExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export data"), QStringLiteral("utilisation.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace maestro::ui

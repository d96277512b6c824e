// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/utilisation/UtilisationChart.h"

#include "app/history/Decimation.h"
#include "app/i18n/LocaleFormat.h"
#include "ui/utilisation/NodeLinesLayer.h"
#include "ui/utilisation/ParallelFor.h"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace maestro::ui {

namespace {

/// Hues per group; nodes of a group vary in lightness so neighbours stay apart.
QColor colourFor(SeriesGroup group, int index, bool dark)
{
    switch (group) {
    case SeriesGroup::Aggregate:
        return index == 0 ? QColor(0xc0, 0x39, 0x2b) : QColor(0x1f, 0x6f, 0xd1);
    case SeriesGroup::Latency:
        return index == 0 ? QColor(0x2e, 0x9e, 0x6a) : QColor(0x8e, 0x44, 0xad);
    case SeriesGroup::Master: {
        const int hue = 20 + (index * 17) % 40; // reds and oranges
        return QColor::fromHsl(hue, 170, dark ? 150 + (index * 23) % 60 : 90 + (index * 23) % 70);
    }
    case SeriesGroup::Worker: {
        const int hue = 190 + (index * 29) % 70; // blues and teals
        return QColor::fromHsl(hue, 120, dark ? 140 + (index * 19) % 70 : 95 + (index * 19) % 80);
    }
    }
    return Qt::gray;
}

/// Node lines go to the layer; aggregates and latency stay Qt Charts' bold lines.
bool drawnByLayer(SeriesGroup group)
{
    return group == SeriesGroup::Master || group == SeriesGroup::Worker;
}

/// The value axis' printf-style label format: a percentage as the language writes it
/// ("47%", "47 %"), any other unit after the number.
QString numberLabelFormat(const QString &unit)
{
    if (unit != QLatin1String("%"))
        return QStringLiteral("%.0f") + unit;
    QString format = i18n::percent(0);
    format.replace(QLatin1Char('0'), QStringLiteral("%.0f"));
    // Qt Charts formats labels through a Latin-1 printf: a (narrow) no-break space would
    // come out as a replacement character. An axis label never wraps; a plain space will do.
    format.replace(QChar(0x00a0), QLatin1Char(' '));
    format.replace(QChar(0x202f), QLatin1Char(' '));
    return format;
}

} // namespace

UtilisationChart::UtilisationChart(const QString &title, const QString &unit, double yMax,
                                   QWidget *parent)
    : QChartView(parent)
    , m_unit(unit)
    , m_xAxis(new QDateTimeAxis)
    , m_yAxis(new QValueAxis)
    , m_thresholdSeries(new QLineSeries)
    , m_threshold(std::numeric_limits<double>::quiet_NaN())
    , m_minYMax(yMax)
    , m_layer(new NodeLinesLayer)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    // Animations would re-layout every series on every update: a live chart of
    // hundreds of nodes cannot afford them.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    // Month names and clock notation in the app's language, not the system's.
    chart->setLocale(QLocale());
    m_xAxis->setFormat(i18n::clockFormat(false));
    m_xAxis->setTickCount(7);
    m_yAxis->setRange(0, yMax);
    m_yAxis->setLabelFormat(numberLabelFormat(unit));
    m_yAxis->setTickCount(5);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsBrush(palette().text());
        axis->setGridLineColor(palette().color(QPalette::Mid));
    }
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);

    QPen thresholdPen(QColor(0xe6, 0x7e, 0x22));
    thresholdPen.setWidthF(1.5);
    thresholdPen.setStyle(Qt::DashLine);
    m_thresholdSeries->setPen(thresholdPen);
    m_thresholdSeries->setObjectName(QStringLiteral("thresholdLine"));
    chart->addSeries(m_thresholdSeries);
    m_thresholdSeries->attachAxis(m_xAxis);
    m_thresholdSeries->attachAxis(m_yAxis);
    m_thresholdSeries->setVisible(false);

    // Over the grid and the axes, under Qt Charts' series (the bold lines stay on top).
    m_layer->setParentItem(chart);
    m_layer->setZValue(3.5);
    // The plot area moves when the axis labels change width: the lines follow it, and
    // are reduced again when it has more or fewer pixel columns than they were for.
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        if (plotColumns() != m_plottedColumns && !m_data.isEmpty())
            replot();
        else
            updateLayerMapping();
    });

    // QChartView starts with a chart of its own, and replacing it only releases it.
    QChart *initial = this->chart();
    setChart(chart);
    delete initial;
    // Antialiasing costs more than the lines are worth at hundreds of series.
    setRenderHint(QPainter::Antialiasing, false);
    viewport()->setMouseTracking(true); // the node lines' tooltips
    setMinimumHeight(160);
}

void UtilisationChart::setThreshold(double value, const QString &label)
{
    m_threshold = value;
    m_thresholdSeries->setName(label);
    updateThresholdLine();
    updateYAxis();
}

void UtilisationChart::setMinimumYMax(double yMax)
{
    m_minYMax = yMax;
    updateYAxis();
}

void UtilisationChart::setData(const QList<ChartSeriesData> &series, qint64 fromMs, qint64 toMs)
{
    m_data = series;
    m_fromMs = fromMs;
    m_toMs = toMs;
    // Node lines: their points into pyramids (side by side, hundreds of them), and out
    // of m_data, which would otherwise hold them twice.
    std::vector<std::shared_ptr<history::MinMaxPyramid>> pyramids(size_t(m_data.size()));
    // Read only, through a const reference: m_data shares its items with the caller's
    // list, and a non-const m_data[i] on several threads at once would detach it on each,
    // freeing the shared copy more than once.
    const QList<ChartSeriesData> &shown = m_data;
    parallelFor(shown.size(), 16, [&](qsizetype i) {
        if (drawnByLayer(shown[i].group))
            pyramids[size_t(i)] = std::make_shared<history::MinMaxPyramid>(shown[i].points);
    });
    m_nodePoints.clear();
    for (qsizetype i = 0; i < m_data.size(); ++i) {
        if (!pyramids[size_t(i)])
            continue;
        m_nodePoints.insert(m_data[i].id, std::move(pyramids[size_t(i)]));
        m_data[i].points = {};
    }
    // Series no longer present go; the rest are reused (no re-adding, no flicker).
    QSet<QString> ids;
    for (const ChartSeriesData &entry : series)
        ids.insert(entry.id);
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (!ids.contains(it.key())) {
            m_ids.remove(it.value());
            chart()->removeSeries(it.value());
            delete it.value();
            it = m_lines.erase(it);
        } else {
            ++it;
        }
    }
    replot();
}

void UtilisationChart::appendPoints(const QString &id, const QVector<QPointF> &points)
{
    if (const auto pyramid = m_nodePoints.value(id)) {
        pyramid->append(points);
        m_appended = true;
        return;
    }
    for (ChartSeriesData &entry : m_data) {
        if (entry.id == id) {
            entry.points += points;
            m_appended = true;
            return;
        }
    }
}

void UtilisationChart::setRange(qint64 fromMs, qint64 toMs)
{
    if (fromMs == m_fromMs && toMs == m_toMs && !m_appended)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    replot();
}

QLineSeries *UtilisationChart::seriesFor(const ChartSeriesData &entry, const QColor &colour)
{
    if (QLineSeries *existing = m_lines.value(entry.id))
        return existing;
    auto *line = new QLineSeries;
    line->setName(entry.label);
    QPen pen(colour);
    pen.setWidthF(2.5);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(m_xAxis);
    line->attachAxis(m_yAxis);
    connect(line, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), describePoint(m_ids.value(line), point), this);
        else
            QToolTip::hideText();
    });
    connect(line, &QLineSeries::clicked, this,
            [this, line](const QPointF &) { Q_EMIT seriesClicked(m_ids.value(line)); });
    m_lines.insert(entry.id, line);
    m_ids.insert(line, entry.id);
    return line;
}

int UtilisationChart::plotColumns() const
{
    const int width = int(chart()->plotArea().width());
    return width > 10 ? width : std::max(200, this->width() - 80);
}

void UtilisationChart::replot()
{
    m_appended = false;
    const qint64 span = std::max<qint64>(1, m_toMs - m_fromMs);
    // Seconds matter only when the window is a few minutes wide; days when it is long.
    // (The format first: the axis lays its labels out when the range changes.)
    if (span <= 30 * 60 * 1000)
        m_xAxis->setFormat(i18n::clockFormat(true));
    else if (span <= 36LL * 3600 * 1000)
        m_xAxis->setFormat(i18n::clockFormat(false));
    else
        m_xAxis->setFormat(QStringLiteral("d MMM ") + i18n::clockFormat(false));
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs),
                      QDateTime::fromMSecsSinceEpoch(m_toMs));
    m_plottedColumns = plotColumns();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QHash<SeriesGroup, int> indexInGroup;
    QList<NodeLinesLayer::Line> nodeLines;
    m_layerIndex.clear();
    for (const ChartSeriesData &entry : std::as_const(m_data)) {
        const QColor colour = colourFor(entry.group, indexInGroup[entry.group]++, dark);
        if (drawnByLayer(entry.group)) {
            // The layer reduces each column to its extremes itself, in the same pass
            // that draws it (the points are shared, not copied).
            m_layerIndex.insert(entry.id, int(nodeLines.size()));
            nodeLines.append({entry.id, colour, m_nodePoints.value(entry.id)});
        } else {
            QLineSeries *line = seriesFor(entry, colour);
            if ((line->pen().style() == Qt::DashLine) != entry.dashed) {
                QPen pen = line->pen();
                pen.setStyle(entry.dashed ? Qt::DashLine : Qt::SolidLine);
                line->setPen(pen);
            }
            line->replace(reduce(entry.points));
        }
    }
    m_layer->setLines(std::move(nodeLines));
    updateThresholdLine();
    // Drawn on the axis as it is, which finds the highest value in view on the way;
    // drawn again only when that changes the axis.
    updateLayerMapping();
    updateYAxis();
}

double UtilisationChart::marginMs() const
{
    // A point just outside each edge keeps the line running to the border.
    return double(std::max<qint64>(1, m_toMs - m_fromMs)) / std::max(1, m_plottedColumns);
}

QVector<QPointF> UtilisationChart::reduce(const QVector<QPointF> &points) const
{
    return history::decimateMinMax(points, double(m_fromMs) - marginMs(),
                                   double(m_toMs) + marginMs(), m_plottedColumns);
}

void UtilisationChart::updateLayerMapping()
{
    m_layer->setMapping(chart()->plotArea(), devicePixelRatioF(), double(m_fromMs), double(m_toMs),
                        m_yAxis->min(), m_yAxis->max());
}

void UtilisationChart::updateThresholdLine()
{
    if (std::isnan(m_threshold)) {
        m_thresholdSeries->setVisible(false);
        return;
    }
    m_thresholdSeries->replace(
        {QPointF(double(m_fromMs), m_threshold), QPointF(double(m_toMs), m_threshold)});
    m_thresholdSeries->setVisible(true);
}

void UtilisationChart::updateYAxis()
{
    double top = m_minYMax;
    for (QLineSeries *line : std::as_const(m_lines)) {
        for (const QPointF &p : line->points())
            top = std::max(top, p.y());
    }
    top = std::max(top, m_layer->maxValue());
    if (!std::isnan(m_threshold))
        top = std::max(top, m_threshold);
    // A round step (1, 2, 2.5 or 5 times a power of ten), the smallest that needs at most
    // five intervals, so the axis reads 0, 25, 50, 75, 100 and does not twitch with every
    // tick.
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(top, 1e-9) / 4)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (top / step <= 5)
            break;
    }
    const int intervals = std::max(1, int(std::ceil(top / step - 1e-9)));
    // The tick count too: a range set before (the constructor's) may end at the same top
    // with another count, which puts ticks at 31, 63, 94 instead of 25, 50, 75, 100.
    if (!qFuzzyCompare(m_yAxis->max(), intervals * step) || m_yAxis->tickCount() != intervals + 1) {
        m_yAxis->setRange(0, intervals * step);
        m_yAxis->setTickCount(intervals + 1);
        updateLayerMapping();
    }
}

void UtilisationChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (plotColumns() != m_plottedColumns && !m_data.isEmpty())
        replot();
}

QStringList UtilisationChart::seriesIds() const
{
    QStringList ids;
    for (const ChartSeriesData &entry : m_data)
        ids << entry.id;
    return ids;
}

QList<QPointF> UtilisationChart::plottedPoints(const QString &id) const
{
    const auto layered = m_layerIndex.constFind(id);
    if (layered != m_layerIndex.constEnd()) {
        // What the layer's spans show: each column's extremes.
        return m_layer->lines().at(*layered).points->decimate(
            double(m_fromMs) - marginMs(), double(m_toMs) + marginMs(), m_plottedColumns);
    }
    const QLineSeries *line = m_lines.value(id);
    return line ? line->points() : QList<QPointF>();
}

QColor UtilisationChart::colourOf(const QString &id) const
{
    const auto layered = m_layerIndex.constFind(id);
    if (layered != m_layerIndex.constEnd())
        return m_layer->lines().at(*layered).colour;
    const QLineSeries *line = m_lines.value(id);
    return line ? line->pen().color() : QColor();
}

QLineSeries *UtilisationChart::lineSeries(const QString &id) const
{
    return m_lines.value(id);
}

QPoint UtilisationChart::viewportPosition(const QPointF &value) const
{
    const QRectF area = chart()->plotArea();
    const double x = area.left() + (value.x() - double(m_fromMs)) /
                                       double(std::max<qint64>(1, m_toMs - m_fromMs)) *
                                       area.width();
    const double y = area.bottom() - (value.y() - m_yAxis->min()) /
                                         std::max(1e-9, m_yAxis->max() - m_yAxis->min()) *
                                         area.height();
    return mapFromScene(QPointF(x, y));
}

void UtilisationChart::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QChartView::mousePressEvent(event);
}

void UtilisationChart::mouseReleaseEvent(QMouseEvent *event)
{
    QChartView::mouseReleaseEvent(event);
    // A click, not a drag, on a node line.
    if (event->button() != Qt::LeftButton ||
        (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return;
    const int index = m_layer->lineAt(mapToScene(event->position().toPoint()));
    if (index >= 0)
        Q_EMIT seriesClicked(m_layer->lines().at(index).id);
}

void UtilisationChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const int index = m_layer->lineAt(scenePos);
    if (index >= 0) {
        const NodeLinesLayer::Line &line = m_layer->lines().at(index);
        QToolTip::showText(event->globalPosition().toPoint(),
                           describePoint(line.id, m_layer->pointNear(index, scenePos)), this);
        m_layerTip = true;
    } else if (m_layerTip) {
        QToolTip::hideText();
        m_layerTip = false;
    }
}

QString UtilisationChart::describePoint(const QString &id, const QPointF &point) const
{
    QString label = id;
    for (const ChartSeriesData &entry : m_data) {
        if (entry.id == id) {
            label = entry.label;
            break;
        }
    }
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toLocalTime();
    const QString value = m_unit == QLatin1String("%")
                              ? i18n::percent(point.y(), 1)
                              : QLocale().toString(point.y(), 'f', 1) + m_unit;
    //: Tooltip of a chart point: %1 series (node) name, %2 local time, %3 value with its unit
    return tr("%1\n%2\n%3").arg(label, QLocale().toString(time, QLocale::ShortFormat), value);
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QColor>
#include <QHash>
#include <QPointF>
#include <QVector>

#include <memory>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace maestro::history {
class MinMaxPyramid;
}

namespace maestro::ui {

class NodeLinesLayer;

/// How a series is drawn: aggregates bold, masters and workers in their own hues.
enum class SeriesGroup { Aggregate, Master, Worker, Latency };

/// One line of a chart: values over time (x: ms since the epoch, y: in the chart's unit).
struct ChartSeriesData
{
    QString id;    ///< node name, or a history::SeriesName
    QString label; ///< what the legend and the tooltip say
    SeriesGroup group = SeriesGroup::Worker;
    QVector<QPointF> points; ///< sorted by x; may be far more than the chart is wide
    /// Drawn dashed (a total that is one node's own line, which should show under it).
    bool dashed = false;
};

/**
 * One time chart of the Utilisation page (CPU, memory or API latency).
 *
 * Each series is reduced to the lowest and highest point of each pixel column
 * (decimateMinMax), which keeps every spike at any zoom. A node's points are kept in a
 * MinMaxPyramid, appended to as samples arrive, so that a redraw at any range costs per
 * pixel column rather than per point. Qt Charts draws the axes,
 * the threshold line (the 75% target, optional) and the few bold lines (aggregates,
 * latency); the per-node lines, up to hundreds of them, are drawn by a NodeLinesLayer
 * over the plot area, since Qt Charts' per-point geometry took seconds per redraw at
 * that size. Clicks and tooltips work the same on both.
 */
class UtilisationChart : public QChartView
{
    Q_OBJECT
public:
    explicit UtilisationChart(const QString &title, const QString &unit, double yMax,
                              QWidget *parent = nullptr);

    /// Replaces all series; `fromMs`..`toMs` is the visible range.
    void setData(const QList<ChartSeriesData> &series, qint64 fromMs, qint64 toMs);
    /// Adds points after the last of series `id` (live samples); shown at the next
    /// setRange() or replot(). Ignored for a series not shown.
    void appendPoints(const QString &id, const QVector<QPointF> &points);
    /// Moves the visible range without new data (live follow, pan).
    void setRange(qint64 fromMs, qint64 toMs);
    /// A dashed line at `value` (the utilisation target); NaN hides it.
    void setThreshold(double value, const QString &label);
    /// The highest value the y axis shows at least (it grows with the data).
    void setMinimumYMax(double yMax);

    /// The ids of the series drawn, in drawing order.
    QStringList seriesIds() const;
    /// The points a series is drawn through: the lowest and highest of each pixel column.
    QList<QPointF> plottedPoints(const QString &id) const;
    /// The Qt Charts series of an aggregate or latency line (nullptr for node lines,
    /// which the chart draws itself, and for series not drawn).
    QLineSeries *lineSeries(const QString &id) const;
    /// Where a value (x: ms since the epoch) lies in the view's viewport.
    QPoint viewportPosition(const QPointF &value) const;
    /// The colour of a series' line (invalid if not drawn): the series list's legend.
    QColor colourOf(const QString &id) const;
    double threshold() const { return m_threshold; }
    /// Pixel columns the series are reduced to.
    int plotColumns() const;
    /// The tooltip text for a point of a series: its name, the local time and the value.
    QString describePoint(const QString &id, const QPointF &point) const;
    /// Re-decimates and hands the points to Qt Charts (after a resize or new data).
    void replot();

Q_SIGNALS:
    /// The user clicked a line: its series id.
    void seriesClicked(const QString &id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QLineSeries *seriesFor(const ChartSeriesData &entry, const QColor &colour);
    void updateLayerMapping();
    double marginMs() const;
    /// A series reduced to the extremes of each pixel column of the visible range.
    QVector<QPointF> reduce(const QVector<QPointF> &points) const;
    void updateThresholdLine();
    void updateYAxis();

    QString m_unit;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QLineSeries *m_thresholdSeries;
    double m_threshold;
    double m_minYMax;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    /// The series in drawing order; a node's points are in m_nodePoints instead.
    QList<ChartSeriesData> m_data;
    QHash<QString, std::shared_ptr<history::MinMaxPyramid>> m_nodePoints;
    bool m_appended = false; ///< points were appended since the last replot()
    QHash<QString, QLineSeries *> m_lines;
    QHash<QLineSeries *, QString> m_ids;
    NodeLinesLayer *m_layer;
    QHash<QString, int> m_layerIndex; ///< node id -> its line in m_layer
    QPoint m_pressPos;
    bool m_layerTip = false; ///< the tooltip shown is the layer's
    int m_plottedColumns = 0;
};

} // namespace maestro::ui

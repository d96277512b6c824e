// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QColor>
#include <QHash>
#include <QPointF>
#include <QVector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace maestro::ui {

/// How a series is drawn: aggregates bold, masters and workers in their own hues.
enum class SeriesGroup { Aggregate, Master, Worker, Latency };

/// One line of a chart: values over time (x: ms since the epoch, y: in the chart's unit).
struct ChartSeriesData
{
    QString id;    ///< node name, or a history::SeriesName
    QString label; ///< what the legend and the tooltip say
    SeriesGroup group = SeriesGroup::Worker;
    QVector<QPointF> points; ///< sorted by x; may be far more than the chart is wide
};

/**
 * One time chart of the Utilisation page (CPU, memory or API latency) on Qt Charts.
 *
 * Qt Charts draws every point it is given, so the chart never hands it more than it
 * can show: each series is reduced to the lowest and highest point of each pixel
 * column (decimateMinMax) before `replace()`, which keeps every spike at any zoom.
 * Animations are off; a horizontal threshold line (the 75% target) is optional.
 */
class UtilisationChart : public QChartView
{
    Q_OBJECT
public:
    explicit UtilisationChart(const QString &title, const QString &unit, double yMax,
                              QWidget *parent = nullptr);

    /// Replaces all series; `fromMs`..`toMs` is the visible range.
    void setData(const QList<ChartSeriesData> &series, qint64 fromMs, qint64 toMs);
    /// Moves the visible range without new data (live follow, pan).
    void setRange(qint64 fromMs, qint64 toMs);
    /// A dashed line at `value` (the utilisation target); NaN hides it.
    void setThreshold(double value, const QString &label);
    /// The highest value the y axis shows at least (it grows with the data).
    void setMinimumYMax(double yMax);

    /// The ids of the series drawn, in drawing order.
    QStringList seriesIds() const;
    /// The points handed to Qt Charts for a series (after decimation).
    QList<QPointF> plottedPoints(const QString &id) const;
    /// The line series for a series id (nullptr if not drawn).
    QLineSeries *lineSeries(const QString &id) const;
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

private:
    QLineSeries *seriesFor(const ChartSeriesData &entry);
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
    QList<ChartSeriesData> m_data;
    QHash<QString, QLineSeries *> m_lines;
    QHash<QLineSeries *, QString> m_ids;
    int m_plottedColumns = 0;
};

} // namespace maestro::ui

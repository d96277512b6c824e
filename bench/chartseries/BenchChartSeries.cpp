// SPDX-License-Identifier: GPL-3.0-or-later
// bench-chart-series: 500 nodes x 24 h of samples every 10 s, each series reduced with
// decimateMinMax to a 1600 px wide chart, replaced in 500 QLineSeries, and the chart
// rendered into an image. One redraw is all three; the figure is the median of several.
// The chart sits behind RedrawTarget so that the Utilisation page can take its place.
#include "app/history/Decimation.h"
#include "bench/support/BenchSupport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QValueAxis>

using namespace maestro;

namespace {

constexpr int kSeries = 500;
constexpr int kPointsPerSeries = 24 * 3600 / 10;
constexpr int kWidth = 1600;
constexpr int kHeight = 900;

/// What is redrawn: given the decimated series, show them and render one frame.
class RedrawTarget
{
public:
    virtual ~RedrawTarget() = default;
    virtual void replace(const QList<QVector<QPointF>> &series) = 0;
    virtual void render(QImage &image) = 0;
};

class QtChartsTarget : public RedrawTarget
{
public:
    QtChartsTarget()
    {
        m_chart.setAnimationOptions(QChart::NoAnimation);
        m_chart.legend()->hide();
        m_x.setRange(0, kPointsPerSeries * 10);
        m_y.setRange(0, 100);
        m_chart.addAxis(&m_x, Qt::AlignBottom);
        m_chart.addAxis(&m_y, Qt::AlignLeft);
        for (int i = 0; i < kSeries; ++i) {
            auto *series = new QLineSeries;
            m_chart.addSeries(series);
            series->attachAxis(&m_x);
            series->attachAxis(&m_y);
            m_series << series;
        }
        m_view.setChart(&m_chart);
        m_view.resize(kWidth, kHeight);
    }
    ~QtChartsTarget() override { m_view.setChart(new QChart); }
    void replace(const QList<QVector<QPointF>> &series) override
    {
        for (int i = 0; i < kSeries; ++i)
            m_series[i]->replace(series[i]);
    }
    void render(QImage &image) override
    {
        QPainter painter(&image);
        m_view.render(&painter);
    }

private:
    QChart m_chart;
    QValueAxis m_x;
    QValueAxis m_y;
    QList<QLineSeries *> m_series;
    QChartView m_view;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-chart-series"));

    // CPU use of each node: a random walk between 0 and 100 %.
    QRandomGenerator random(42);
    QList<QVector<QPointF>> raw;
    for (int s = 0; s < kSeries; ++s) {
        QVector<QPointF> points;
        points.reserve(kPointsPerSeries);
        double value = random.bounded(100.0);
        for (int i = 0; i < kPointsPerSeries; ++i) {
            value = std::clamp(value + random.bounded(6.0) - 3.0, 0.0, 100.0);
            points.append(QPointF(i * 10.0, value));
        }
        raw << points;
    }

    QtChartsTarget target;
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    QList<double> total, decimate, replace, render;
    int shownPoints = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        QList<QVector<QPointF>> decimated;
        shownPoints = 0;
        // Each round a slightly different window, as when the view follows the present.
        const double from = round * 10.0;
        for (const QVector<QPointF> &points : raw) {
            decimated << history::decimateMinMax(points, from, from + kPointsPerSeries * 10.0,
                                                 kWidth);
            shownPoints += int(decimated.last().size());
        }
        const double decimatedMs = double(timer.nsecsElapsed()) / 1e6;
        target.replace(decimated);
        const double replacedMs = double(timer.nsecsElapsed()) / 1e6;
        image.fill(Qt::white);
        target.render(image);
        const double renderedMs = double(timer.nsecsElapsed()) / 1e6;
        total << renderedMs;
        decimate << decimatedMs;
        replace << replacedMs - decimatedMs;
        render << renderedMs - replacedMs;
    }
    bench::printFigures({{QStringLiteral("chart_redraw_ms"), bench::median(total)},
                         {QStringLiteral("chart_decimate_ms"), bench::median(decimate)},
                         {QStringLiteral("chart_replace_ms"), bench::median(replace)},
                         {QStringLiteral("chart_render_ms"), bench::median(render)},
                         {QStringLiteral("chart_points_shown"), shownPoints},
                         {QStringLiteral("chart_points_raw"), kSeries * kPointsPerSeries}});
    return 0;
}

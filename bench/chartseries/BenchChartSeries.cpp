// SPDX-License-Identifier: GPL-3.0-or-later
// bench-chart-series: 500 nodes x 24 h of samples every 10 s (4.3 M points) on a
// 1600 x 900 Utilisation chart (UtilisationChart, rendered into an image), three ways,
// each the median of several rounds:
//   redraw  a new range (zoomed by a sample: no column can be kept), every series
//           reduced to the pixel columns again and painted: chart_redraw_ms;
//   follow  what following the present costs: a sample appended to every series and
//           the window moved on by one: chart_follow_ms;
//   repaint nothing changed (an expose): chart_repaint_ms.
// Each with the CPU time of all threads (_cpu_ms): on a machine busy with other things
// the wall-clock figures say little. `--qt-charts` also measures 500 plain QLineSeries
// given decimateMinMax's points (what the chart did before it drew its node lines
// itself; about half a minute).
#include "app/history/Decimation.h"
#include "bench/support/BenchSupport.h"
#include "ui/utilisation/UtilisationChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonObject>
#include <QLineSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QValueAxis>

#include <functional>

using namespace maestro;

namespace {

constexpr int kSeries = 500;
constexpr int kPointsPerSeries = 24 * 3600 / 10;
constexpr int kWidth = 1600;
constexpr int kHeight = 900;

constexpr qint64 kStartMs = 1'700'000'000'000;
constexpr qint64 kStepMs = 10'000;
constexpr qint64 kDayMs = kPointsPerSeries * kStepMs;

/// What is redrawn: the raw series once, then a window over them, rendered.
class RedrawTarget
{
public:
    virtual ~RedrawTarget() = default;
    virtual void load(const QList<QVector<QPointF>> &series) = 0;
    /// Adds a point to the end of every series (a live tick).
    virtual void append(const QList<QPointF> &tick) = 0;
    /// Shows [fromMs, toMs].
    virtual void showRange(qint64 fromMs, qint64 toMs) = 0;
    /// The points the lines are drawn through (after the reduction per pixel column).
    virtual int shownPoints() const = 0;
    virtual QWidget *widget() = 0;

    void render(QImage &image)
    {
        // What the event loop would do first: lay the chart out for the new axis labels.
        QCoreApplication::processEvents();
        QPainter painter(&image);
        widget()->render(&painter);
    }

protected:
    /// Shown, though not on a screen: a hidden view never lays its chart out at its size.
    static void showOffscreen(QWidget &view)
    {
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(kWidth, kHeight);
        view.show();
    }
};

/// The Utilisation page's chart: node lines drawn by the chart, axes by Qt Charts.
class UtilisationChartTarget : public RedrawTarget
{
public:
    UtilisationChartTarget()
        : m_chart(QStringLiteral("CPU"), QStringLiteral("%"), 100)
    {
        showOffscreen(m_chart);
        m_chart.setThreshold(75, QStringLiteral("75%"));
    }
    void load(const QList<QVector<QPointF>> &series) override
    {
        QList<ui::ChartSeriesData> data;
        for (int i = 0; i < series.size(); ++i)
            data.append({QStringLiteral("node-%1").arg(i), QStringLiteral("node-%1").arg(i),
                         i < 3 ? ui::SeriesGroup::Master : ui::SeriesGroup::Worker, series[i]});
        m_chart.setData(data, kStartMs, kStartMs + kDayMs);
    }
    void append(const QList<QPointF> &tick) override
    {
        for (int i = 0; i < tick.size(); ++i)
            m_chart.appendPoints(QStringLiteral("node-%1").arg(i), {tick[i]});
    }
    void showRange(qint64 fromMs, qint64 toMs) override { m_chart.setRange(fromMs, toMs); }
    int shownPoints() const override
    {
        int shown = 0;
        for (const QString &id : m_chart.seriesIds())
            shown += int(m_chart.plottedPoints(id).size());
        return shown;
    }
    QWidget *widget() override { return &m_chart; }

private:
    ui::UtilisationChart m_chart;
};

/// 500 plain QLineSeries given the decimated points.
class QtChartsTarget : public RedrawTarget
{
public:
    QtChartsTarget()
    {
        m_chart.setAnimationOptions(QChart::NoAnimation);
        m_chart.legend()->hide();
        m_x.setRange(double(kStartMs), double(kStartMs + kDayMs));
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
        showOffscreen(m_view);
    }
    ~QtChartsTarget() override { m_view.setChart(new QChart); }
    void load(const QList<QVector<QPointF>> &series) override { m_raw = series; }
    void append(const QList<QPointF> &tick) override
    {
        for (int i = 0; i < tick.size(); ++i)
            m_raw[i].append(tick[i]);
    }
    void showRange(qint64 fromMs, qint64 toMs) override
    {
        m_x.setRange(double(fromMs), double(toMs));
        for (int i = 0; i < kSeries; ++i)
            m_series[i]->replace(
                history::decimateMinMax(m_raw[i], double(fromMs), double(toMs), kWidth));
    }
    int shownPoints() const override
    {
        int shown = 0;
        for (const QLineSeries *series : m_series)
            shown += int(series->count());
        return shown;
    }
    QWidget *widget() override { return &m_view; }

private:
    QList<QVector<QPointF>> m_raw;
    QChart m_chart;
    QValueAxis m_x;
    QValueAxis m_y;
    QList<QLineSeries *> m_series;
    QChartView m_view;
};

struct Figures
{
    double loadMs = 0;
    double redrawMs = 0; ///< a new range: reduced again and rendered
    double rangeMs = 0;  ///< of which setting the range (reducing, painting the lines)
    double renderMs = 0; ///< of which rendering
    double redrawCpuMs = 0;
    double followMs = 0; ///< a sample appended to every series, the window moved on by one
    double followCpuMs = 0;
    double repaintMs = 0; ///< rendering alone, nothing changed (an expose)
    int shownPoints = 0;
};

constexpr int kRounds = 9;

Figures measure(RedrawTarget &target, QList<QVector<QPointF>> raw)
{
    Figures figures;
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    target.load(raw);
    figures.loadMs = double(timer.nsecsElapsed()) / 1e6;
    image.fill(Qt::white);
    target.render(image);

    // One step: something changes, the chart is rendered; wall and CPU time of it.
    struct Step
    {
        double wallMs, changeMs, cpuMs;
    };
    auto step = [&](const std::function<void()> &change) {
        const double cpuBefore = bench::processCpuSeconds();
        timer.restart();
        change();
        const double changeMs = double(timer.nsecsElapsed()) / 1e6;
        image.fill(Qt::white);
        target.render(image);
        return Step{double(timer.nsecsElapsed()) / 1e6, changeMs,
                    (bench::processCpuSeconds() - cpuBefore) * 1e3};
    };

    // A new range each round: the day's window zoomed in by one more sample, so that
    // the columns are not those of the round before.
    QList<double> total, range, render, cpu;
    for (int round = 1; round <= kRounds; ++round) {
        const qint64 from = kStartMs + round * kStepMs;
        const Step s = step([&] { target.showRange(from, kStartMs + kDayMs); });
        total << s.wallMs;
        range << s.changeMs;
        render << s.wallMs - s.changeMs;
        cpu << s.cpuMs;
    }
    figures.redrawMs = bench::median(total);
    figures.rangeMs = bench::median(range);
    figures.renderMs = bench::median(render);
    figures.redrawCpuMs = bench::median(cpu);

    // Following the present: a day's window, each round a tick later.
    target.showRange(kStartMs, kStartMs + kDayMs);
    image.fill(Qt::white);
    target.render(image);
    QRandomGenerator random(7);
    QList<double> follow, followCpu;
    for (int round = 1; round <= kRounds; ++round) {
        const qint64 now = kStartMs + kDayMs + round * kStepMs;
        QList<QPointF> tick;
        for (qsizetype i = 0; i < raw.size(); ++i)
            tick << QPointF(double(now), random.bounded(100.0));
        const Step s = step([&] {
            target.append(tick);
            target.showRange(now - kDayMs, now);
        });
        follow << s.wallMs;
        followCpu << s.cpuMs;
    }
    figures.followMs = bench::median(follow);
    figures.followCpuMs = bench::median(followCpu);

    QList<double> repaint;
    for (int round = 0; round < kRounds; ++round)
        repaint << step([] {}).wallMs;
    figures.repaintMs = bench::median(repaint);
    figures.shownPoints = target.shownPoints();
    return figures;
}

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
            points.append(QPointF(double(kStartMs + i * kStepMs), value));
        }
        raw << points;
    }

    QJsonObject out;
    // Every figure of a target under its prefix: "chart_redraw_ms", ...
    auto insert = [&out](const QString &prefix, const Figures &f) {
        out.insert(prefix + QStringLiteral("_redraw_ms"), f.redrawMs);
        out.insert(prefix + QStringLiteral("_range_ms"), f.rangeMs);
        out.insert(prefix + QStringLiteral("_render_ms"), f.renderMs);
        out.insert(prefix + QStringLiteral("_redraw_cpu_ms"), f.redrawCpuMs);
        out.insert(prefix + QStringLiteral("_follow_ms"), f.followMs);
        out.insert(prefix + QStringLiteral("_follow_cpu_ms"), f.followCpuMs);
        out.insert(prefix + QStringLiteral("_repaint_ms"), f.repaintMs);
        out.insert(prefix + QStringLiteral("_load_ms"), f.loadMs);
        out.insert(prefix + QStringLiteral("_points_shown"), f.shownPoints);
    };
    {
        UtilisationChartTarget target;
        insert(QStringLiteral("chart"), measure(target, raw));
    }
    out.insert(QStringLiteral("chart_points_raw"), kSeries * kPointsPerSeries);
    if (QCoreApplication::arguments().contains(QStringLiteral("--qt-charts"))) {
        QtChartsTarget target;
        insert(QStringLiteral("qtcharts"), measure(target, raw));
    }
    bench::printFigures(out);
    return 0;
}

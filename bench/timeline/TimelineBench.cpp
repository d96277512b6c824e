// SPDX-License-Identifier: GPL-3.0-or-later
// Frame times of the events timeline: 100,000 events over seven days on 500 nodes (a
// tenth on the cluster's own lane), painted into a 1600x900 image over the whole week,
// an hour and a quarter of an hour, and while zooming and panning step by step.
// Prints median and 95th percentile per scenario, then one JSON line (what
// scripts/bench.sh reads), timeline_frame_ms being the 95th percentile of the zoom and
// scroll steps (60 frames a second: under 16.7 ms):
//   {"timeline_frame_ms": x, "timeline_zoom_ms_p95": .., "timeline_scroll_ms_p95": ..,
//    "timeline_frame_ms_median": .., "timeline_frame_ms_p95": .., "events": 100000}

#include "app/history/HistoryTypes.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace maestro;
using namespace maestro::ui;
using history::TimelineEvent;
using Kind = TimelineEvent::Kind;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

QList<TimelineEvent> makeEvents(int count, int nodes, qint64 nowMs)
{
    QRandomGenerator random(2026);
    QList<TimelineEvent> events;
    events.reserve(count);
    const Kind kinds[] = {
        Kind::Eviction,       Kind::SchedulingFailure, Kind::Pressure,       Kind::EtcdSlowWrite,
        Kind::NodeAdded,      Kind::NodeReady,         Kind::ScaleUpStarted, Kind::ScaleUpFinished,
        Kind::FindingStarted, Kind::FindingCleared,    Kind::Other};
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.key = QStringLiteral("uid-%1").arg(i);
        e.kind = kinds[random.bounded(int(std::size(kinds)))];
        e.reason = QStringLiteral("Reason%1").arg(int(e.kind));
        e.message = QStringLiteral("message of event %1").arg(i);
        e.object = QStringLiteral("Pod/default/app-%1").arg(i % 5000);
        e.node = i % 10 == 0 ? QString()
                             : QStringLiteral("node-%1").arg(i % nodes, 3, 10, QLatin1Char('0'));
        const qint64 first = nowMs - 7 * Day + qint64(random.bounded(7 * 24 * 3600)) * 1000;
        // A quarter repeat for up to an hour, as Kubernetes' deduplicated events do.
        const bool repeated = random.bounded(4) == 0;
        e.count = repeated ? 2 + random.bounded(40) : 1;
        e.firstSeen = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC);
        e.lastSeen = QDateTime::fromMSecsSinceEpoch(
            repeated ? first + random.bounded(3600) * 1000 : first, Qt::UTC);
        events << e;
    }
    return events;
}

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures figuresOf(QList<double> times)
{
    std::sort(times.begin(), times.end());
    if (times.isEmpty())
        return {};
    return {times[times.size() / 2],
            times[std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.95))]};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench-timeline"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Frame times of the events timeline"));
    parser.addHelpOption();
    QCommandLineOption framesOption(QStringLiteral("frames"),
                                    QStringLiteral("Frames per scenario (default 120)."),
                                    QStringLiteral("n"), QStringLiteral("120"));
    QCommandLineOption eventsOption(QStringLiteral("events"),
                                    QStringLiteral("Events (default 100000)."), QStringLiteral("n"),
                                    QStringLiteral("100000"));
    parser.addOption(framesOption);
    parser.addOption(eventsOption);
    parser.process(app);
    const int frames = std::max(1, parser.value(framesOption).toInt());
    const int eventCount = std::max(1, parser.value(eventsOption).toInt());

    const qint64 now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    TimeWindow window;
    window.setClock([now] { return now; });
    window.setPreset(TimeWindow::Preset::Days7);

    TimelineView view;
    view.resize(1600, 900);
    view.setTimeWindow(&window);
    const QList<TimelineEvent> events = makeEvents(eventCount, 500, now);
    QElapsedTimer timer;
    timer.start();
    view.index().reset(events);
    view.index().prepare();
    view.eventsChanged();
    std::printf("index of %d events: %.1f ms\n", eventCount, double(timer.nsecsElapsed()) / 1e6);

    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    QList<double> all;
    QList<double> steps; // the zoom and scroll steps
    Figures zoom, scroll;
    auto measure = [&](const char *name, const std::function<void(int)> &step) -> Figures {
        QList<double> times;
        for (int i = 0; i < frames; ++i) {
            // A frame of a zoom or scroll step: the window moved, and what the view does
            // about it, then the paint.
            QElapsedTimer frame;
            frame.start();
            if (step)
                step(i);
            QPainter painter(&image);
            view.paint(painter, image.rect());
            painter.end();
            times << double(frame.nsecsElapsed()) / 1e6;
        }
        all << times;
        const Figures f = figuresOf(times);
        const TimelineView::FrameStats stats = view.lastFrame();
        std::printf("%-22s median %7.3f ms  p95 %7.3f ms  (last frame: %d lanes, %d marks, %d "
                    "groups of %d events)\n",
                    name, f.median, f.p95, stats.lanesPainted, stats.singles, stats.aggregates,
                    stats.aggregatedEvents);
        if (step)
            steps << times;
        return f;
    };

    measure("full range (7 days)", {});
    window.setRange(now - 3 * Day - Hour, now - 3 * Day);
    measure("1 h", {});
    window.setRange(now - 3 * Day - 15 * Minute, now - 3 * Day);
    measure("15 min", {});
    window.setPreset(TimeWindow::Preset::Days7);
    // Zooming in from a week to minutes and back out, around moving anchors.
    zoom = measure("zoom steps", [&](int i) {
        const bool in = (i / 24) % 2 == 0;
        window.zoom(in ? 0.7 : 1 / 0.7, window.fromMs() + window.spanMs() * (i % 7 + 1) / 8);
    });
    window.setRange(now - 2 * Day - 6 * Hour, now - 2 * Day);
    scroll = measure("pan steps (6 h)", [&](int i) {
        window.pan((i / 30) % 2 == 0 ? -window.spanMs() / 30 : window.spanMs() / 30);
    });

    const Figures total = figuresOf(all);
    const Figures stepped = figuresOf(steps);
    std::printf("{\"timeline_frame_ms\": %.3f, \"timeline_zoom_ms_p95\": %.3f, "
                "\"timeline_scroll_ms_p95\": %.3f, \"timeline_frame_ms_median\": %.3f, "
                "\"timeline_frame_ms_p95\": %.3f, \"events\": %d}\n",
                stepped.p95, zoom.p95, scroll.p95, total.median, total.p95, eventCount);
    return 0;
}

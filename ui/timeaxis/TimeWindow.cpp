// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeaxis/TimeWindow.h"

#include <algorithm>

namespace maestro::ui {

TimeWindow::TimeWindow(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_toMs = m_clock();
    m_followTimer.setInterval(1000);
    connect(&m_followTimer, &QTimer::timeout, this, &TimeWindow::tick);
    m_followTimer.start();
}

qint64 TimeWindow::presetMs(Preset preset)
{
    switch (preset) {
    case Preset::Minutes15:
        return 15 * 60 * 1000;
    case Preset::Hour1:
        return 3600 * 1000;
    case Preset::Hours6:
        return 6 * 3600 * 1000;
    case Preset::Hours24:
        return 24 * 3600 * 1000;
    case Preset::Days7:
        return 7LL * 24 * 3600 * 1000;
    }
    return 3600 * 1000;
}

QString TimeWindow::presetText(Preset preset)
{
    switch (preset) {
    case Preset::Minutes15:
        return tr("15 min");
    case Preset::Hour1:
        return tr("1 h");
    case Preset::Hours6:
        return tr("6 h");
    case Preset::Hours24:
        return tr("24 h");
    case Preset::Days7:
        return tr("7 days");
    }
    return {};
}

QList<TimeWindow::Preset> TimeWindow::presets()
{
    return {Preset::Minutes15, Preset::Hour1, Preset::Hours6, Preset::Hours24, Preset::Days7};
}

void TimeWindow::setPreset(Preset preset)
{
    apply(m_clock(), presetMs(preset), true);
}

void TimeWindow::setRange(qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    const qint64 span = std::clamp(toMs - fromMs, MinSpanMs, MaxSpanMs);
    const qint64 now = m_clock();
    // A range that reaches the present keeps following it: the user only resized it.
    if (toMs >= now)
        apply(now, span, true);
    else
        apply(toMs, span, false);
}

void TimeWindow::setFollowing(bool following)
{
    apply(following ? m_clock() : m_toMs, m_spanMs, following);
}

void TimeWindow::zoom(double factor, qint64 anchorMs)
{
    if (!(factor > 0))
        return;
    const qint64 span = std::clamp(qint64(double(m_spanMs) * factor), MinSpanMs, MaxSpanMs);
    if (span == m_spanMs)
        return;
    // Keep the anchor at the same fraction of the width.
    const double fraction =
        m_spanMs > 0 ? std::clamp(double(anchorMs - fromMs()) / double(m_spanMs), 0.0, 1.0) : 1.0;
    const qint64 from = anchorMs - qint64(fraction * double(span));
    if (m_following && fraction >= 0.999) {
        apply(m_clock(), span, true); // zooming around "now" stays live
        return;
    }
    setRange(from, from + span);
}

void TimeWindow::pan(qint64 deltaMs)
{
    if (deltaMs == 0)
        return;
    setRange(fromMs() + deltaMs, m_toMs + deltaMs);
}

void TimeWindow::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    if (m_following)
        apply(m_clock(), m_spanMs, true);
}

void TimeWindow::tick()
{
    if (m_following)
        apply(m_clock(), m_spanMs, true);
}

void TimeWindow::apply(qint64 toMs, qint64 spanMs, bool following)
{
    const bool followingChangedNow = following != m_following;
    if (toMs == m_toMs && spanMs == m_spanMs && !followingChangedNow)
        return;
    m_toMs = toMs;
    m_spanMs = spanMs;
    m_following = following;
    if (followingChangedNow)
        Q_EMIT followingChanged(m_following);
    Q_EMIT changed();
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace maestro::ui {

/**
 * The span of time the Utilisation charts and the Timeline show: one object per cluster
 * that both pages share, so a CPU spike and the evictions it caused line up, and zooming
 * one zooms the other.
 *
 * It either follows the present (live: `to` is now, moving on every second) or is
 * pinned to a range the user zoomed or panned to. Pinning happens as soon as the user
 * moves away from the present; setFollowing(true) or a preset returns to live.
 */
class TimeWindow : public QObject
{
    Q_OBJECT
public:
    /// The preset spans of the range selector.
    enum class Preset { Minutes15, Hour1, Hours6, Hours24, Days7 };
    Q_ENUM(Preset)

    explicit TimeWindow(QObject *parent = nullptr);

    static qint64 presetMs(Preset preset);
    static QString presetText(Preset preset); ///< "15 min", "1 h", ... (translated)
    static QList<Preset> presets();

    qint64 fromMs() const { return m_toMs - m_spanMs; }
    qint64 toMs() const { return m_toMs; }
    qint64 spanMs() const { return m_spanMs; }
    QDateTime from() const { return QDateTime::fromMSecsSinceEpoch(fromMs(), Qt::UTC); }
    QDateTime to() const { return QDateTime::fromMSecsSinceEpoch(m_toMs, Qt::UTC); }
    bool following() const { return m_following; }

    /// Shows the last `preset` and follows the present.
    void setPreset(Preset preset);
    /// Shows [fromMs, toMs] and stops following (unless `toMs` is in the future).
    void setRange(qint64 fromMs, qint64 toMs);
    void setFollowing(bool following);
    /// Zooms by `factor` (< 1 zooms in) keeping `anchorMs` where it is on screen.
    void zoom(double factor, qint64 anchorMs);
    /// Moves the window by `deltaMs` (negative: into the past).
    void pan(qint64 deltaMs);

    /// The clock (tests pin it; default: the system clock).
    void setClock(std::function<qint64()> clock);
    qint64 nowMs() const { return m_clock(); }

    /// Shortest and longest span zooming allows.
    static constexpr qint64 MinSpanMs = 10 * 1000;
    static constexpr qint64 MaxSpanMs = 30LL * 24 * 3600 * 1000;

Q_SIGNALS:
    /// The range moved (also once a second while following).
    void changed();
    void followingChanged(bool following);

private:
    void tick();
    void apply(qint64 toMs, qint64 spanMs, bool following);

    std::function<qint64()> m_clock;
    qint64 m_spanMs = 3600 * 1000;
    qint64 m_toMs = 0;
    bool m_following = true;
    QTimer m_followTimer;
};

} // namespace maestro::ui

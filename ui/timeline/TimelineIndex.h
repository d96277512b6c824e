// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/history/HistoryTypes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace maestro::ui {

/// The kinds of the timeline as bits, for filters.
using KindMask = quint32;
inline constexpr int TimelineKindCount = 12;
inline constexpr KindMask AllKinds = (1u << TimelineKindCount) - 1;
inline constexpr KindMask kindBit(history::TimelineEvent::Kind kind)
{
    return 1u << unsigned(kind);
}

/**
 * The timeline's events in memory, one lane per node ("" is the cluster's lane), each
 * lane a vector of marks sorted by first-seen time, so that what a range shows is
 * found by binary search.
 *
 * Per lane it also keeps prefix counts per kind (how many marks of each kind there are
 * in any index range, in constant time) and a sparse table of last-seen maxima (the
 * furthest end of any index range, in constant time). With those, a painter can draw
 * one aggregated mark per pixel column without visiting the events inside it: the
 * cost of a frame depends on the width and the lanes shown, not on how many events
 * there are. They are rebuilt lazily (prepare()) after changes.
 */
class TimelineIndex
{
public:
    using Kind = history::TimelineEvent::Kind;

    struct Mark
    {
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        qint32 count = 1;
        qint32 slot = 0; ///< the event, for event()
        Kind kind = Kind::Other;
        bool isBar() const { return count > 1 && lastMs > firstMs; }
    };

    void clear();
    /// Replaces everything (a query's answer); sorts once.
    void reset(const QList<history::TimelineEvent> &events);
    /**
     * Adds an event or merges it into the one with the same key as the history store
     * does (count and last seen only grow, first seen only shrinks, an empty node keeps
     * the known one), so that the index shows what a query would return.
     * Returns false when nothing changed.
     */
    bool upsert(const history::TimelineEvent &event);

    int size() const { return int(m_events.size()); }
    const history::TimelineEvent &event(int slot) const { return m_events[size_t(slot)]; }
    /// The slot of a key for event(), or -1.
    int slotOf(const QString &key) const { return m_slotByKey.value(key, -1); }
    /// nullptr for unknown keys.
    const history::TimelineEvent *find(const QString &key) const;

    int laneCount() const { return int(m_lanes.size()); }
    /// -1 when no event of that node is known.
    int laneOf(const QString &node) const { return m_laneByNode.value(node, -1); }
    QString laneNode(int lane) const { return m_lanes[size_t(lane)].node; }
    /// Nodes that have events (not the cluster lane).
    QStringList nodes() const;

    /// Rebuilds the prefix counts and maxima of the lanes that changed.
    void prepare();

    // Queries on one lane; prepare() first.
    const std::vector<Mark> &marks(int lane) const { return m_lanes[size_t(lane)].marks; }
    /// The first mark whose first-seen time is at or after `ms`, searching [begin, end).
    int lowerBound(int lane, qint64 ms, int begin = 0, int end = -1) const;
    /// How many marks in [begin, end) have a kind in `mask`.
    int countIn(int lane, int begin, int end, KindMask mask) const;
    /// Marks per kind in [begin, end).
    std::array<int, TimelineKindCount> kindsIn(int lane, int begin, int end) const;
    /// The latest last-seen time in [begin, end) (min of qint64 when empty).
    qint64 maxLastIn(int lane, int begin, int end) const;
    /**
     * Calls `visit(index)` for marks of [begin, end) in `mask` that last until `ms` or
     * later (bars reaching into a range from its left), at most `limit` of them; returns
     * how many it visited. Visits only branches whose maximum reaches `ms`.
     */
    template<class Visit>
    int forEachReaching(int lane, int begin, int end, qint64 ms, KindMask mask, int limit,
                        Visit &&visit) const
    {
        int visited = 0;
        reaching(lane, begin, end, ms, mask, limit, visited, visit);
        return visited;
    }

private:
    struct Lane
    {
        QString node;
        std::vector<Mark> marks;
        /// kindPrefix[i][k]: marks of kind k among the first i.
        std::vector<std::array<qint32, TimelineKindCount>> kindPrefix;
        /// lastMax[j][i]: the maximum last-seen of marks [i, i + 2^j).
        std::vector<std::vector<qint64>> lastMax;
        bool dirty = true;
    };

    int laneFor(const QString &node);
    void rebuild(Lane &lane);
    static Mark markOf(const history::TimelineEvent &event, int slot);
    static bool before(const Mark &a, const Mark &b)
    {
        return a.firstMs != b.firstMs ? a.firstMs < b.firstMs : a.slot < b.slot;
    }
    template<class Visit>
    void reaching(int lane, int begin, int end, qint64 ms, KindMask mask, int limit, int &visited,
                  Visit &visit) const
    {
        if (begin >= end || visited >= limit || maxLastIn(lane, begin, end) < ms)
            return;
        if (end - begin <= 16) {
            const std::vector<Mark> &all = marks(lane);
            for (int i = begin; i < end && visited < limit; ++i) {
                if (all[size_t(i)].lastMs >= ms && (mask & kindBit(all[size_t(i)].kind))) {
                    visit(i);
                    ++visited;
                }
            }
            return;
        }
        const int middle = begin + (end - begin) / 2;
        reaching(lane, begin, middle, ms, mask, limit, visited, visit);
        reaching(lane, middle, end, ms, mask, limit, visited, visit);
    }

    std::vector<history::TimelineEvent> m_events;
    QHash<QString, int> m_slotByKey;
    std::vector<Lane> m_lanes;
    QHash<QString, int> m_laneByNode;
};

} // namespace maestro::ui

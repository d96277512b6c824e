// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineIndex.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace maestro::ui {

using history::TimelineEvent;

void TimelineIndex::clear()
{
    m_events.clear();
    m_slotByKey.clear();
    m_lanes.clear();
    m_laneByNode.clear();
}

TimelineIndex::Mark TimelineIndex::markOf(const TimelineEvent &event, int slot)
{
    Mark mark;
    const QDateTime last = event.lastSeen.isValid() ? event.lastSeen : event.firstSeen;
    const QDateTime first = event.firstSeen.isValid() ? event.firstSeen : last;
    mark.firstMs = first.toMSecsSinceEpoch();
    mark.lastMs = std::max(mark.firstMs, last.toMSecsSinceEpoch());
    mark.count = std::max(1, event.count);
    mark.slot = slot;
    const int kind = int(event.kind);
    mark.kind = kind >= 0 && kind < TimelineKindCount ? event.kind : Kind::Other;
    return mark;
}

int TimelineIndex::laneFor(const QString &node)
{
    auto it = m_laneByNode.constFind(node);
    if (it != m_laneByNode.constEnd())
        return *it;
    const int lane = int(m_lanes.size());
    m_lanes.push_back(Lane{node, {}, {}, {}, true});
    m_laneByNode.insert(node, lane);
    return lane;
}

void TimelineIndex::reset(const QList<TimelineEvent> &events)
{
    clear();
    m_events.reserve(size_t(events.size()));
    m_slotByKey.reserve(events.size());
    for (const TimelineEvent &event : events) {
        if (event.key.isEmpty() || !(event.lastSeen.isValid() || event.firstSeen.isValid()))
            continue;
        // A query never repeats a key, but merging keeps reset() honest for any input.
        if (m_slotByKey.contains(event.key)) {
            upsert(event);
            continue;
        }
        const int slot = int(m_events.size());
        m_events.push_back(event);
        m_slotByKey.insert(event.key, slot);
        m_lanes[size_t(laneFor(event.node))].marks.push_back(markOf(event, slot));
    }
    for (Lane &lane : m_lanes) {
        std::sort(lane.marks.begin(), lane.marks.end(), before);
        lane.dirty = true;
    }
}

bool TimelineIndex::upsert(const TimelineEvent &incoming)
{
    if (incoming.key.isEmpty() || !(incoming.lastSeen.isValid() || incoming.firstSeen.isValid()))
        return false;
    auto known = m_slotByKey.constFind(incoming.key);
    if (known == m_slotByKey.constEnd()) {
        const int slot = int(m_events.size());
        m_events.push_back(incoming);
        m_slotByKey.insert(incoming.key, slot);
        Lane &lane = m_lanes[size_t(laneFor(incoming.node))];
        const Mark mark = markOf(incoming, slot);
        lane.marks.insert(std::upper_bound(lane.marks.begin(), lane.marks.end(), mark, before),
                          mark);
        lane.dirty = true;
        return true;
    }

    const int slot = *known;
    TimelineEvent &event = m_events[size_t(slot)];
    const Mark old = markOf(event, slot);
    const Mark fresh = markOf(incoming, slot);
    // The same merge as the store's upsert: counts only grow, the newest message wins.
    TimelineEvent merged = event;
    merged.kind = incoming.kind;
    merged.reason = incoming.reason;
    merged.object = incoming.object;
    if (fresh.lastMs >= old.lastMs)
        merged.message = incoming.message;
    if (!incoming.node.isEmpty())
        merged.node = incoming.node;
    merged.count = std::max(old.count, fresh.count);
    merged.firstSeen =
        QDateTime::fromMSecsSinceEpoch(std::min(old.firstMs, fresh.firstMs), Qt::UTC);
    merged.lastSeen = QDateTime::fromMSecsSinceEpoch(std::max(old.lastMs, fresh.lastMs), Qt::UTC);
    if (merged.kind == event.kind && merged.reason == event.reason &&
        merged.message == event.message && merged.object == event.object &&
        merged.node == event.node && merged.count == event.count &&
        merged.firstSeen == event.firstSeen && merged.lastSeen == event.lastSeen)
        return false;

    Lane &oldLane = m_lanes[size_t(laneFor(event.node))];
    auto it = std::lower_bound(oldLane.marks.begin(), oldLane.marks.end(), old, before);
    if (it != oldLane.marks.end() && it->slot == slot)
        oldLane.marks.erase(it);
    oldLane.dirty = true;

    event = std::move(merged);
    Lane &lane = m_lanes[size_t(laneFor(event.node))];
    const Mark mark = markOf(event, slot);
    lane.marks.insert(std::upper_bound(lane.marks.begin(), lane.marks.end(), mark, before), mark);
    lane.dirty = true;
    return true;
}

const TimelineEvent *TimelineIndex::find(const QString &key) const
{
    auto it = m_slotByKey.constFind(key);
    return it == m_slotByKey.constEnd() ? nullptr : &m_events[size_t(*it)];
}

QStringList TimelineIndex::nodes() const
{
    QStringList result;
    for (const Lane &lane : m_lanes) {
        if (!lane.node.isEmpty() && !lane.marks.empty())
            result << lane.node;
    }
    return result;
}

void TimelineIndex::prepare()
{
    for (Lane &lane : m_lanes) {
        if (lane.dirty)
            rebuild(lane);
    }
}

void TimelineIndex::rebuild(Lane &lane)
{
    const size_t n = lane.marks.size();
    lane.kindPrefix.assign(n + 1, {});
    for (size_t i = 0; i < n; ++i) {
        lane.kindPrefix[i + 1] = lane.kindPrefix[i];
        ++lane.kindPrefix[i + 1][size_t(lane.marks[i].kind)];
    }
    lane.lastMax.clear();
    if (n > 0) {
        std::vector<qint64> level(n);
        for (size_t i = 0; i < n; ++i)
            level[i] = lane.marks[i].lastMs;
        lane.lastMax.push_back(std::move(level));
        for (size_t width = 2; width <= n; width *= 2) {
            const std::vector<qint64> &previous = lane.lastMax.back();
            std::vector<qint64> next(n - width + 1);
            for (size_t i = 0; i < next.size(); ++i)
                next[i] = std::max(previous[i], previous[i + width / 2]);
            lane.lastMax.push_back(std::move(next));
        }
    }
    lane.dirty = false;
}

int TimelineIndex::lowerBound(int lane, qint64 ms, int begin, int end) const
{
    const std::vector<Mark> &all = marks(lane);
    if (end < 0)
        end = int(all.size());
    auto it = std::lower_bound(all.begin() + begin, all.begin() + end, ms,
                               [](const Mark &mark, qint64 value) { return mark.firstMs < value; });
    return int(it - all.begin());
}

int TimelineIndex::countIn(int lane, int begin, int end, KindMask mask) const
{
    if (begin >= end)
        return 0;
    const auto &prefix = m_lanes[size_t(lane)].kindPrefix;
    if (mask == AllKinds)
        return end - begin;
    int count = 0;
    for (int kind = 0; kind < TimelineKindCount; ++kind) {
        if (mask & (1u << unsigned(kind)))
            count += prefix[size_t(end)][size_t(kind)] - prefix[size_t(begin)][size_t(kind)];
    }
    return count;
}

std::array<int, TimelineKindCount> TimelineIndex::kindsIn(int lane, int begin, int end) const
{
    std::array<int, TimelineKindCount> result{};
    if (begin >= end)
        return result;
    const auto &prefix = m_lanes[size_t(lane)].kindPrefix;
    for (size_t kind = 0; kind < size_t(TimelineKindCount); ++kind)
        result[kind] = prefix[size_t(end)][kind] - prefix[size_t(begin)][kind];
    return result;
}

qint64 TimelineIndex::maxLastIn(int lane, int begin, int end) const
{
    if (begin >= end)
        return std::numeric_limits<qint64>::min();
    const auto &table = m_lanes[size_t(lane)].lastMax;
    const unsigned width = unsigned(end - begin);
    const int level = int(std::bit_width(width)) - 1;
    const auto &row = table[size_t(level)];
    return std::max(row[size_t(begin)], row[size_t(end - (1 << level))]);
}

} // namespace maestro::ui

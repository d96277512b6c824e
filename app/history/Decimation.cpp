// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/Decimation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace maestro::history {

namespace {

/// Where the points begin of each column c in [firstColumn, lastColumn]: the first
/// index in [begin, end) whose position (`position(x)`, non-decreasing in x) is at
/// least c (end if none).
///
/// Where the points are evenly spaced, each column's start is worked out from the
/// spacing and only checked, two lookups that wait for no other column (so that the
/// memory is read ahead, not point after point; for computed x, no memory at all). Where a check
/// fails, the start is searched for from the column before's, first as many points on as that one
/// held.
template<typename X, typename Position>
void findColumnStarts(const X &xs, qsizetype begin, qsizetype end, int firstColumn, int lastColumn,
                      qsizetype *starts, const Position &position)
{
    if (firstColumn > lastColumn)
        return;
    const double firstPosition = begin < end ? position(xs(begin)) : 0;
    const double lastPosition = begin < end ? position(xs(end - 1)) : 0;
    if (end - begin < 2 || !(lastPosition > firstPosition)) {
        // No spacing to go by: at most one column holds points.
        for (int c = firstColumn; c <= lastColumn; ++c)
            starts[c] = begin < end && firstPosition >= c ? begin : end;
        return;
    }
    // A guess is right when the point at it is in the column or after and the one
    // before is not: then it is the first, whatever the other columns hold.
    const double perPixel = double(end - 1 - begin) / (lastPosition - firstPosition);
    constexpr qsizetype kMissed = -1;
    bool missed = false;
    for (int c = firstColumn; c <= lastColumn; ++c) {
        // Rounded up by hand: std::ceil is a call where the target lacks SSE 4.1.
        const double expected =
            std::clamp((double(c) - firstPosition) * perPixel, 0.0, double(end - begin));
        const qsizetype whole = qsizetype(expected);
        const qsizetype guess = begin + whole + (double(whole) < expected ? 1 : 0);
        const bool right = (guess == end || position(xs(guess)) >= c) &&
                           (guess == begin || position(xs(guess - 1)) < c);
        starts[c] = right ? guess : kMissed;
        missed |= !right;
    }
    if (!missed)
        return;
    qsizetype at = begin; // the column before's start: this one's is not before it
    qsizetype lastCount = 1;
    for (int c = firstColumn; c <= lastColumn; ++c) {
        if (starts[c] != kMissed) {
            lastCount = std::max<qsizetype>(1, starts[c] - at);
            at = starts[c];
            continue;
        }
        if (at >= end || position(xs(at)) >= c) {
            starts[c] = at; // nothing in the column before
            continue;
        }
        // position(xs(below)) < c; the start lies in (below, above].
        qsizetype below = at;
        qsizetype above = end;
        for (qsizetype step = lastCount;; step *= 2) {
            const qsizetype probe = below + step;
            if (probe >= end)
                break;
            if (position(xs(probe)) >= c) {
                above = probe;
                break;
            }
            below = probe;
        }
        while (above - below > 1) {
            const qsizetype middle = below + (above - below) / 2;
            if (position(xs(middle)) >= c)
                above = middle;
            else
                below = middle;
        }
        starts[c] = above;
        lastCount = std::max<qsizetype>(1, above - at);
        at = above;
    }
}

/// The first index in [0, count) for which `before(x(i))` is false (count if none),
/// `before` being true for a prefix.
template<typename X, typename Before>
qsizetype partitionPoint(const X &xs, qsizetype count, const Before &before)
{
    qsizetype low = 0;
    qsizetype high = count;
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (before(xs(middle)))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

} // namespace

QVector<QPointF> decimateMinMax(const QVector<QPointF> &points, double xFrom, double xTo,
                                int columns)
{
    QVector<QPointF> out;
    if (points.isEmpty() || columns <= 0 || !(xTo >= xFrom))
        return out;
    const double width = xTo - xFrom;
    // The column of a point; MinMaxPyramid::decimate() uses the same expression, so
    // that both put a point on a column edge in the same column.
    auto columnOf = [&](double x) {
        if (width <= 0)
            return 0;
        const int c = int(std::floor((x - xFrom) / width * columns));
        return std::clamp(c, 0, columns - 1); // xTo itself belongs to the last column
    };
    // Sorted by x: only the points inside the range are looked at.
    const auto begin = std::lower_bound(points.cbegin(), points.cend(), xFrom,
                                        [](const QPointF &p, double x) { return p.x() < x; });
    const auto end = std::upper_bound(begin, points.cend(), xTo,
                                      [](double x, const QPointF &p) { return x < p.x(); });
    out.reserve(std::min<qsizetype>(end - begin, qsizetype(columns) * 2));

    int current = -1;
    const QPointF *minPoint = nullptr;
    const QPointF *maxPoint = nullptr;
    auto emitColumn = [&] {
        if (!minPoint)
            return;
        // Order preserved: whichever extreme came first is drawn first.
        const QPointF *first = std::min(minPoint, maxPoint);
        const QPointF *second = std::max(minPoint, maxPoint);
        out.append(*first);
        if (second != first)
            out.append(*second);
    };
    // The column is worked out only where one may end; between, a comparison of x with
    // the column's right edge is all a point costs (this runs over millions of points).
    // The edge is put a hair early, so that rounding never keeps a point in a column
    // that columnOf() puts in the next.
    const double slack = 1e-12 * (std::abs(xFrom) + std::abs(xTo));
    double nextEdge = -std::numeric_limits<double>::infinity();
    for (auto it = begin; it != end; ++it) {
        const double y = it->y();
        if (std::isnan(y))
            continue;
        if (it->x() >= nextEdge) {
            const int c = columnOf(it->x());
            nextEdge = c >= columns - 1 || width <= 0 ? std::numeric_limits<double>::infinity()
                                                      : xFrom + width * (c + 1) / columns - slack;
            if (c != current) {
                emitColumn();
                current = c;
                minPoint = maxPoint = &*it;
                continue;
            }
        }
        if (y < minPoint->y())
            minPoint = &*it;
        if (y > maxPoint->y())
            maxPoint = &*it;
    }
    emitColumn();
    return out;
}

void MinMaxPyramid::clear()
{
    m_x.clear();
    m_firstX = m_step = 0;
    m_y.clear();
    m_levels.clear();
}

void MinMaxPyramid::append(QPointF point)
{
    const qsizetype first = size();
    push(point);
    updateLevels(first);
}

void MinMaxPyramid::append(const QVector<QPointF> &points)
{
    const qsizetype first = size();
    // Room for a large batch at once; a live tick of a point or two leaves the growth to
    // the vectors (reserving just enough would copy them at every tick).
    if (size_t(points.size()) > m_y.capacity() - m_y.size()) {
        const size_t wanted = std::max(m_y.size() + size_t(points.size()), m_y.capacity() * 2);
        if (!m_x.empty())
            m_x.reserve(wanted);
        m_y.reserve(wanted);
    }
    for (const QPointF &point : points) {
        // The common case in place: evenly spaced so far, and this point the next one
        // at the step (push() would keep just its value, as here).
        const qsizetype count = size();
        if (m_x.empty() && count >= 2 && point.x() == evenX(count) && !std::isnan(point.y()))
            m_y.push_back(point.y());
        else
            push(point);
    }
    updateLevels(first);
}

void MinMaxPyramid::push(QPointF point)
{
    if (std::isnan(point.y()) || std::isnan(point.x()))
        return;
    const qsizetype count = size();
    const double x = count == 0 ? point.x() : std::max(point.x(), this->x(count - 1));
    if (m_x.empty()) {
        if (count == 0)
            m_firstX = x;
        else if (count == 1 && x > m_firstX)
            m_step = x - m_firstX;
        if (count < 2 ? (count == 0 || m_step > 0) : x == evenX(count)) {
            m_y.push_back(point.y());
            return;
        }
        // Not evenly spaced after all: from now on every x is stored.
        m_x.reserve(size_t(count) * 2 + 1);
        for (qsizetype i = 0; i < count; ++i)
            m_x.push_back(evenX(i));
    }
    m_x.push_back(x);
    m_y.push_back(point.y());
}

void MinMaxPyramid::updateLevels(qsizetype first)
{
    if (first >= size())
        return;
    // Level by level, the units holding a new point are summarised again from the
    // units below (the last one may have been partial).
    for (int level = 1;; ++level) {
        const int shift = kShift * level;
        if (size() <= (qsizetype(1) << shift))
            break; // one unit of this level would hold every point: nothing to gain
        if (int(m_levels.size()) < level)
            m_levels.emplace_back();
        std::vector<Extremes> &units = m_levels[size_t(level - 1)];
        const qsizetype count = ((size() - 1) >> shift) + 1;
        const qsizetype from = std::min<qsizetype>(first >> shift, qsizetype(units.size()));
        units.resize(size_t(count));
        const qsizetype below = ((size() - 1) >> (shift - kShift)) + 1; // units of the level below
        if (level == 1) {
            // From the points themselves, read in place (a series of a day loaded at
            // once is millions of them).
            const double *ys = m_y.data();
            for (qsizetype j = from; j < count; ++j) {
                const qsizetype begin = j << kShift;
                const qsizetype end = std::min(below, begin + (qsizetype(1) << kShift));
                Extremes summary{ys[begin], ys[begin], begin, begin};
                for (qsizetype k = begin + 1; k < end; ++k) {
                    const double y = ys[k];
                    if (y < summary.min) {
                        summary.min = y;
                        summary.minAt = k;
                    }
                    if (y > summary.max) {
                        summary.max = y;
                        summary.maxAt = k;
                    }
                }
                units[size_t(j)] = summary;
            }
            continue;
        }
        const Extremes *lower = m_levels[size_t(level - 2)].data();
        for (qsizetype j = from; j < count; ++j) {
            Extremes summary;
            const qsizetype end = std::min(below, (j + 1) << kShift);
            for (qsizetype k = j << kShift; k < end; ++k)
                summary.merge(lower[k]);
            units[size_t(j)] = summary;
        }
    }
}

qsizetype MinMaxPyramid::lowerBound(double x) const
{
    return withX([&](const auto &xs) {
        return partitionPoint(xs, size(), [x](double at) { return at < x; });
    });
}

Extremes MinMaxPyramid::unit(int level, qsizetype index) const
{
    if (level == 0)
        return {m_y[size_t(index)], m_y[size_t(index)], index, index};
    return m_levels[size_t(level - 1)][size_t(index)];
}

Extremes MinMaxPyramid::extremesOfLongRun(qsizetype begin, qsizetype end) const
{
    begin = std::max<qsizetype>(begin, 0);
    end = std::min(end, size());
    Extremes result;
    if (begin >= end)
        return result;
    // Up the levels while the next unit is whole within the run, down where it is not:
    // at most 7 units per level on either side of the largest.
    const int levels = int(m_levels.size());
    int level = 0;
    qsizetype at = begin;
    while (at < end) {
        while (level < levels && (at & ((qsizetype(1) << (kShift * (level + 1))) - 1)) == 0 &&
               at + (qsizetype(1) << (kShift * (level + 1))) <= end)
            ++level;
        while (level > 0 && at + (qsizetype(1) << (kShift * level)) > end)
            --level;
        result.merge(unit(level, at >> (kShift * level)));
        at += qsizetype(1) << (kShift * level);
    }
    return result;
}

void MinMaxPyramid::columnStarts(double offset, double scale, int columns, qsizetype *starts,
                                 int fromColumn) const
{
    if (columns < 0 || fromColumn < 0 || fromColumn > columns)
        return;
    auto position = [offset, scale](double x) { return offset + x * scale; };
    withX([&](const auto &xs) {
        // The first column's start by bisection, the others from there.
        starts[fromColumn] =
            partitionPoint(xs, size(), [&](double x) { return position(x) < fromColumn; });
        findColumnStarts(xs, starts[fromColumn], size(), fromColumn + 1, columns, starts, position);
    });
}

QVector<QPointF> MinMaxPyramid::decimate(double xFrom, double xTo, int columns) const
{
    QVector<QPointF> out;
    if (isEmpty() || columns <= 0 || !(xTo >= xFrom))
        return out;
    const double width = xTo - xFrom;
    std::vector<qsizetype> starts(size_t(columns) + 1);
    starts[0] = lowerBound(xFrom);
    withX([&](const auto &xs) {
        starts[size_t(columns)] = partitionPoint(xs, size(), [xTo](double x) { return x <= xTo; });
        if (width <= 0) {
            std::fill(starts.begin() + 1, starts.end(), starts.back());
        } else {
            // decimateMinMax()'s column of a point (the last column also takes xTo).
            findColumnStarts(xs, starts[0], starts.back(), 1, columns - 1, starts.data(),
                             [&](double x) { return (x - xFrom) / width * columns; });
        }
    });
    out.reserve(std::min<qsizetype>(starts.back() - starts[0], qsizetype(columns) * 2));
    for (int c = 0; c < columns; ++c) {
        const Extremes e = extremes(starts[size_t(c)], starts[size_t(c) + 1]);
        if (e.isEmpty())
            continue;
        out.append(point(std::min(e.minAt, e.maxAt)));
        if (e.minAt != e.maxAt)
            out.append(point(std::max(e.minAt, e.maxAt)));
    }
    return out;
}

qsizetype MinMaxPyramid::memoryBytes() const
{
    qsizetype bytes = qsizetype((m_x.capacity() + m_y.capacity()) * sizeof(double));
    for (const std::vector<Extremes> &level : m_levels)
        bytes += qsizetype(level.capacity() * sizeof(Extremes));
    return bytes;
}

} // namespace maestro::history

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QVector>

#include <vector>

namespace maestro::history {

/**
 * Reduces a series (sorted by x) to what a chart `columns` pixels wide can show: per
 * column the lowest and the highest point, in their original order, so every spike
 * and every dip survives. Points outside [xFrom, xTo] are dropped. At most
 * 2 × columns points; a column with one point yields it once.
 */
QVector<QPointF> decimateMinMax(const QVector<QPointF> &points, double xFrom, double xTo,
                                int columns);

/// The lowest and the highest y of a run of points, and where they are (the first of
/// equals). Empty (both indices -1) for a run without points.
struct Extremes
{
    double min = 0;
    double max = 0;
    qsizetype minAt = -1;
    qsizetype maxAt = -1;

    bool isEmpty() const { return minAt < 0; }
    /// Takes in a run that follows this one.
    void merge(const Extremes &later)
    {
        if (later.isEmpty())
            return;
        const bool empty = isEmpty();
        if (empty || later.min < min) {
            min = later.min;
            minAt = later.minAt;
        }
        if (empty || later.max > max) {
            max = later.max;
            maxAt = later.maxAt;
        }
    }
};

/**
 * A series (sorted by x) with the extremes of its y kept at several resolutions: per 8
 * points, per 64, per 512 and so on. The extremes of any run of points then come from
 * a few summaries per level instead of every point, so a series reduced to a chart's
 * pixel columns costs about the same however many points a column holds (a week of
 * 10 s samples on one screen as much as an hour). Points are appended in x order, as
 * samples arrive; an append updates one summary per level.
 *
 * While the points are evenly spaced in x (samples every 10 s), their x is not stored
 * but computed, and so is the column each one falls in: at a few points per column a
 * reduction is bound by reading memory, and then reads half as much.
 */
class MinMaxPyramid
{
public:
    MinMaxPyramid() = default;
    explicit MinMaxPyramid(const QVector<QPointF> &points) { append(points); }

    /// Adds a point after the last. A point without a value (NaN y) is not kept, as no
    /// chart draws it; one whose x lies before the last point's is kept at the last x,
    /// so the series stays sorted.
    void append(QPointF point);
    void append(const QVector<QPointF> &points);
    void clear();

    qsizetype size() const { return qsizetype(m_y.size()); }
    bool isEmpty() const { return m_y.empty(); }
    double x(qsizetype i) const { return m_x.empty() ? evenX(i) : m_x[size_t(i)]; }
    double y(qsizetype i) const { return m_y[size_t(i)]; }
    /// The values, y(0) to y(size() - 1), one after the other.
    const double *yData() const { return m_y.data(); }
    QPointF point(qsizetype i) const { return {x(i), y(i)}; }
    /// The first point at or after `x` (size() if none).
    qsizetype lowerBound(double x) const;

    /// The extremes of the points [begin, end).
    Extremes extremes(qsizetype begin, qsizetype end) const
    {
        // A short run (a pixel column of a day on one screen): its points are read
        // directly, here, where the caller's loop can have it inlined.
        if (begin < 0 || end > size() || end - begin > 16)
            return extremesOfLongRun(begin, end);
        Extremes result;
        if (begin >= end)
            return result;
        result = {m_y[size_t(begin)], m_y[size_t(begin)], begin, begin};
        for (qsizetype i = begin + 1; i < end; ++i) {
            const double y = m_y[size_t(i)];
            const bool lower = y < result.min;
            const bool higher = y > result.max;
            result.min = lower ? y : result.min;
            result.minAt = lower ? i : result.minAt;
            result.max = higher ? y : result.max;
            result.maxAt = higher ? i : result.maxAt;
        }
        return result;
    }

    /**
     * Splits the points into `columns` pixel columns, column c holding the points with
     * floor(offset + x × scale) == c (scale > 0), and writes where each column's points
     * begin: `starts` gets columns + 1 entries, column c's points being
     * [starts[c], starts[c + 1]). The points before starts[0] and from starts[columns]
     * on lie left and right of the columns. Costs O(columns) lookups for evenly spaced
     * points, not one per point. With `fromColumn`, only starts[fromColumn] to
     * starts[columns] are written (the columns from there on).
     */
    void columnStarts(double offset, double scale, int columns, qsizetype *starts,
                      int fromColumn = 0) const;

    /// What decimateMinMax() gives for the same points, read from the pyramid.
    QVector<QPointF> decimate(double xFrom, double xTo, int columns) const;

    /// Memory held, in bytes.
    qsizetype memoryBytes() const;
    /// Whether x is computed rather than stored (the points are evenly spaced).
    bool isEvenlySpaced() const { return m_x.empty(); }
    /// While evenly spaced: x(i) is firstX() + i × step() (step() is 0 below two points).
    double firstX() const { return m_firstX; }
    double step() const { return m_step; }

private:
    static constexpr int kShift = 3; ///< each level summarises 8 of the one below

    /// The extremes of unit `index` of `level` (level 0: a point).
    Extremes unit(int level, qsizetype index) const;
    Extremes extremesOfLongRun(qsizetype begin, qsizetype end) const;
    /// Adds a point without summarising it (updateLevels() does).
    void push(QPointF point);
    /// Summarises the points from `first` on in every level.
    void updateLevels(qsizetype first);
    /// The x of point i while the points are evenly spaced (one expression everywhere,
    /// so that it gives exactly the x that was appended).
    double evenX(qsizetype i) const { return m_firstX + double(i) * m_step; }
    /// Calls `work` with a function giving the x of point i: one kind of code for
    /// evenly spaced points, one for stored x.
    template<typename Work>
    decltype(auto) withX(const Work &work) const
    {
        if (m_x.empty())
            return work([first = m_firstX, step = m_step](qsizetype i) {
                return first + double(i) * step;
            });
        return work([xs = m_x.data()](qsizetype i) { return xs[i]; });
    }

    /// Empty while the points are evenly spaced: x(i) = m_firstX + i × m_step.
    std::vector<double> m_x;
    double m_firstX = 0;
    double m_step = 0;
    std::vector<double> m_y;
    /// m_levels[k - 1][j]: the extremes of points [j × 8^k, (j + 1) × 8^k).
    std::vector<std::vector<Extremes>> m_levels;
};

} // namespace maestro::history

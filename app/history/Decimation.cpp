// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/Decimation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace maestro::history {

QVector<QPointF> decimateMinMax(const QVector<QPointF> &points, double xFrom, double xTo,
                                int columns)
{
    QVector<QPointF> out;
    if (points.isEmpty() || columns <= 0 || !(xTo >= xFrom))
        return out;
    const double width = xTo - xFrom;
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
    double nextEdge = -std::numeric_limits<double>::infinity();
    for (auto it = begin; it != end; ++it) {
        const double y = it->y();
        if (std::isnan(y))
            continue;
        if (it->x() >= nextEdge) {
            const int c = columnOf(it->x());
            nextEdge = c >= columns - 1 || width <= 0 ? std::numeric_limits<double>::infinity()
                                                      : xFrom + width * (c + 1) / columns;
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

} // namespace maestro::history

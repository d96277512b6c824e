// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/Decimation.h"

#include <algorithm>
#include <cmath>

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
    out.reserve(std::min<qsizetype>(points.size(), qsizetype(columns) * 2));

    int current = -1;
    qsizetype minIndex = -1;
    qsizetype maxIndex = -1;
    auto emitColumn = [&] {
        if (minIndex < 0)
            return;
        // Order preserved: whichever extreme came first is drawn first.
        const qsizetype first = std::min(minIndex, maxIndex);
        const qsizetype second = std::max(minIndex, maxIndex);
        out.append(points.at(first));
        if (second != first)
            out.append(points.at(second));
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points.at(i);
        if (p.x() < xFrom || p.x() > xTo || std::isnan(p.y()))
            continue;
        const int c = columnOf(p.x());
        if (c != current) {
            emitColumn();
            current = c;
            minIndex = maxIndex = i;
            continue;
        }
        if (p.y() < points.at(minIndex).y())
            minIndex = i;
        if (p.y() > points.at(maxIndex).y())
            maxIndex = i;
    }
    emitColumn();
    return out;
}

} // namespace maestro::history

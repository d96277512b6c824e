// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QVector>

namespace maestro::history {

/**
 * Reduces a series (sorted by x) to what a chart `columns` pixels wide can show: per
 * column the lowest and the highest point, in their original order, so every spike
 * and every dip survives. Points outside [xFrom, xTo] are dropped. At most
 * 2 × columns points; a column with one point yields it once.
 */
QVector<QPointF> decimateMinMax(const QVector<QPointF> &points, double xFrom, double xTo,
                                int columns);

} // namespace maestro::history

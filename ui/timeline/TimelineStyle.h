// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/history/HistoryTypes.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>

class QPainter;
class QPointF;

namespace maestro::ui {

/**
 * How the timeline draws each kind: a colour that reads on light and dark backgrounds
 * and a shape, so that kinds of similar colour (an eviction and a pressure condition)
 * still differ for people who do not tell red from orange.
 */
namespace TimelineStyle {

using Kind = history::TimelineEvent::Kind;

enum class Shape { Circle, Square, Triangle, Diamond };

/// The kinds in legend order: problems first, then the cluster's and the app's changes.
QList<Kind> kindsInLegendOrder();
/// Whether a palette is dark (its base darker than its text).
bool isDark(const QPalette &palette);
QColor colour(Kind kind, bool dark);
Shape shape(Kind kind);
/// Draws the kind's shape centred on `centre`, `size` pixels across.
void drawShape(QPainter &painter, Kind kind, const QPointF &centre, double size, bool dark);
/// A small swatch of the kind for menus and chips.
QIcon icon(Kind kind, bool dark);
/// Which kind stands for a group: the most frequent, problems before changes on ties.
Kind dominant(const int *countsPerKind);

} // namespace TimelineStyle

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;
class QWidget;

namespace maestro::ui {

/**
 * The layout a person gives the views, kept across runs: the sizes of every QSplitter
 * and the column widths, order and sort of every table's and tree's header under a
 * window. Each is keyed by the objectNames of the widget and its named ancestors
 * ("applicationPage/pods/podsTable"), so a page added later is kept without code of
 * its own. A state that no longer fits (a column added) is ignored, not half applied.
 */
void saveWidgetStates(const QWidget *root, QSettings &settings, const QString &group);
void restoreWidgetStates(QWidget *root, const QSettings &settings, const QString &group);

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace maestro::ui {

/**
 * How well a typed query matches a command's name, for the command palette: the
 * query's characters must appear in the name in order (case-insensitive, spaces in
 * the query are word breaks, not characters), and the score rewards what a person
 * means by an abbreviation: letters that start words ("scl up" -> "Scale up"), runs
 * of consecutive letters, an early first match and a short name.
 *
 * Returns -1 when the name does not contain the query at all; 0 for an empty query;
 * otherwise a positive score, higher is better.
 */
int fuzzyScore(const QString &query, const QString &text);

} // namespace maestro::ui

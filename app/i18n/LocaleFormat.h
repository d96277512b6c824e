// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

/**
 * Numbers, percentages and times as the user's language writes them. Qt's QLocale
 * formats numbers and dates but has no percent pattern of its own; these follow CLDR's
 * ("47%" in English, "47 %" with a no-break space in German and Spanish, "47 %" with a
 * narrow no-break space in French), so that no translator places the sign by hand.
 */
namespace maestro::i18n {

/// `value` is already in percent (47.3 for 47.3%).
QString percent(double value, int decimals = 0, const QLocale &locale = QLocale());
/// A fraction as percent: 0.473 -> "47%".
inline QString percentOf(double fraction, int decimals = 0, const QLocale &locale = QLocale())
{
    return percent(fraction * 100.0, decimals, locale);
}
/// The locale's clock format ("HH:mm", "h:mm AP"), with seconds or without: for axes and
/// other places that format many times alike.
QString clockFormat(bool withSeconds, const QLocale &locale = QLocale());
/// A clock time with seconds in the locale's order and notation ("14:03:07", "2:03:07 PM").
QString timeWithSeconds(const QTime &time, const QLocale &locale = QLocale());
/// A local date and time with seconds, the date in the locale's short form.
QString dateTimeWithSeconds(const QDateTime &time, const QLocale &locale = QLocale());

} // namespace maestro::i18n

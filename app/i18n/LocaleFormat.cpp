// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n/LocaleFormat.h"

#include <QRegularExpression>

namespace maestro::i18n {

namespace {

/// What CLDR puts between a number and its percent sign, by language.
QString percentSpacing(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return QStringLiteral("\u202f"); // narrow no-break space
    case QLocale::German:
    case QLocale::Spanish:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::Danish:
    case QLocale::Finnish:
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Russian:
    case QLocale::Ukrainian:
        return QStringLiteral("\u00a0"); // no-break space
    default:
        return {};
    }
}

} // namespace

QString percent(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals) + percentSpacing(locale) + locale.percent();
}

QString clockFormat(bool withSeconds, const QLocale &locale)
{
    if (!withSeconds)
        return locale.timeFormat(QLocale::ShortFormat);
    // The long time format has the seconds and the zone: keep the first, not the second.
    // Spanish writes the zone in parentheses: "H:mm:ss (t)".
    static const QRegularExpression zone(QStringLiteral("\\s*\\(?\\s*t+\\s*\\)?\\s*"));
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.replace(zone, QStringLiteral(" "));
    return format.trimmed();
}

QString timeWithSeconds(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, clockFormat(true, locale));
}

QString dateTimeWithSeconds(const QDateTime &time, const QLocale &locale)
{
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
           timeWithSeconds(local.time(), locale);
}

} // namespace maestro::i18n

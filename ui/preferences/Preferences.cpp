// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/Preferences.h"

#include <QDir>
#include <QSettings>

namespace maestro::ui::preferences {

namespace {

const QString ThemeKey = QStringLiteral("appearance/theme");
const QString LanguageKey = QStringLiteral("appearance/language");
const QString NotificationsKey = QStringLiteral("notifications/enabled");

} // namespace

ThemeMode theme()
{
    return themeFromName(QSettings().value(ThemeKey).toString()).value_or(ThemeMode::System);
}

void setTheme(ThemeMode mode)
{
    QSettings().setValue(ThemeKey, themeName(mode));
}

QString language()
{
    return QSettings().value(LanguageKey).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(LanguageKey, code);
}

QStringList availableLanguages()
{
    QStringList codes;
    // The catalogues compiled into the app: ":/i18n/maestro_<code>.qm".
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("maestro_*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes << file.mid(int(qstrlen("maestro_"))).chopped(int(qstrlen(".qm")));
    codes.sort();
    return codes;
}

bool notificationsEnabled()
{
    return QSettings().value(NotificationsKey, true).toBool();
}

void setNotificationsEnabled(bool enabled)
{
    QSettings().setValue(NotificationsKey, enabled);
}

} // namespace maestro::ui::preferences

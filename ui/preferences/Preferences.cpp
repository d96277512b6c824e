// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/Preferences.h"

#include "ui/i18n/Translations.h"

#include <QSettings>

namespace maestro::ui::preferences {

namespace {

const QString ThemeKey = QStringLiteral("appearance/theme");
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
    return QSettings().value(QLatin1String(LanguageSettingsKey)).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(QLatin1String(LanguageSettingsKey), code);
}

QStringList availableLanguages()
{
    QStringList codes;
    for (const Language &language : ui::availableLanguages())
        codes << language.code;
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

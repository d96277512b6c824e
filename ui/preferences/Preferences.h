// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/theme/Theme.h"

#include <QString>
#include <QStringList>

namespace maestro::ui {

/**
 * The window's own settings in the application's QSettings ("appearance/...",
 * "notifications/..."); the clusters' (polling, history) and the advisor's
 * thresholds live with the code that uses them (ClusterSettings, AdvisorSettings).
 */
namespace preferences {

ThemeMode theme();
void setTheme(ThemeMode mode);

/// "" for the system's language, else a code such as "de".
QString language();
void setLanguage(const QString &code);
/// The languages the app has a catalogue for ("en", "de", ...), from its resources.
QStringList availableLanguages();

/// Desktop notifications for critical findings and finished operations.
bool notificationsEnabled();
void setNotificationsEnabled(bool enabled);

} // namespace preferences

} // namespace maestro::ui

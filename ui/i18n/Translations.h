// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace maestro::ui {

/**
 * Installs the app's translations on the running application: Qt's own (qtbase)
 * for the locale, the English catalogue (it carries the plural forms of every
 * "%n" message), then the language's own catalogue when there is one.
 * `language` empty means the system locale. Returns the language in use.
 */
QString installTranslations(const QString &language = {});

} // namespace maestro::ui

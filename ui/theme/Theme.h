// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace maestro::ui {

enum class ThemeMode { System, Light, Dark };

/// The palette for a theme; System returns the platform's own palette.
QPalette paletteFor(ThemeMode mode);
/// "system", "light" or "dark"; nullopt for anything else.
std::optional<ThemeMode> themeFromName(const QString &name);
/// The name themeFromName reads back.
QString themeName(ThemeMode mode);
/// Applies a theme to the running application (Fusion style for light and dark, so
/// the palette is honoured everywhere); System after another brings back the
/// platform's style and palette. Live: every open window follows.
void applyTheme(ThemeMode mode);
/// The theme last applied (System before any).
ThemeMode currentTheme();

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace maestro::ui {

enum class ThemeMode { System, Light, Dark };

/// The palette for a theme; System returns the platform's own palette.
QPalette paletteFor(ThemeMode mode);

} // namespace maestro::ui

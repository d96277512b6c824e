// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace maestro {

/// "Maestro Desktop 0.1.0 (Qt 6.4.2)": what `maestro --version` prints.
QString versionLine();

} // namespace maestro

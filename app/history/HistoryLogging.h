// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace maestro::history {
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
} // namespace maestro::history

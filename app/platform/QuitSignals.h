// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace maestro {

/**
 * Turns SIGINT and SIGTERM (a logout, `kill`, Ctrl+C in a terminal) into a call of
 * `onQuit` from the event loop, so the app ends the way closing its window does:
 * settings saved, connections closed. The handler only writes to a pipe.
 */
void installQuitSignalHandler(std::function<void()> onQuit);

} // namespace maestro

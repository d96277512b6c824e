// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How much longer than usual a test may wait for work it started (a query, a paint)
// to show its result. Sanitizer builds run unoptimised and instrumented code several
// times slower, so scripts/test.sh --sanitize sets MAESTRO_TEST_TIME_SCALE (4); the
// normal suite leaves it unset and waits the usual time. Only the waiting grows: what a
// test checks once the wait is over stays the same.

#include <QtGlobal>

namespace maestro::test {

/// MAESTRO_TEST_TIME_SCALE as a factor of at least 1 (1 when unset or not a number).
inline int timeScale()
{
    bool ok = false;
    const int scale = qEnvironmentVariableIntValue("MAESTRO_TEST_TIME_SCALE", &ok);
    return ok && scale > 1 ? scale : 1;
}

/// `ms` milliseconds of waiting, scaled for the build the test runs in.
inline int scaledTimeout(int ms)
{
    return ms * timeScale();
}

} // namespace maestro::test

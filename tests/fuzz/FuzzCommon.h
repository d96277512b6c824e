// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets: they run millions of inputs per minute, and the
// libraries' warnings about malformed input would make the output unreadable and the
// fuzzer slow. Fatal messages still abort (Qt aborts after any handler), so a
// Q_ASSERT or qFatal is still a crash the fuzzer reports.

#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace maestro::fuzz {

inline void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(text));
    });
}

/// A property of the code under test that must hold for every input: a violation is a
/// bug just like a crash, so it aborts and the fuzzer keeps the input.
[[noreturn]] inline void propertyFailed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz property violated: %s (%s:%d)\n", what, file, line);
    std::abort();
}

} // namespace maestro::fuzz

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::maestro::fuzz::propertyFailed(#condition, __FILE__, __LINE__);                       \
    } while (false)

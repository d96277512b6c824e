// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests that run the real executable (build/bin/maestro).

#include <QProcessEnvironment>

namespace maestro::test {

/// The environment for running the real executable without touching the user's files:
/// a home, config, data, cache and state of its own, no KUBECONFIG, no display.
inline QProcessEnvironment privateHomeEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("KUBECONFIG"));
    return env;
}

} // namespace maestro::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace maestro {

struct ReportArguments
{
    QString kubeconfig; ///< empty: $KUBECONFIG or ~/.kube/config
    QString context;    ///< empty: the current context
    bool demo = false;
    QString demoScenario = QStringLiteral("shared-master");
    double demoSpeed = 10;
    int watchSeconds = 10;
    bool json = false;
};

/// Runs `maestro --report` in the running QCoreApplication; returns the exit code.
int runReport(const ReportArguments &arguments);

} // namespace maestro

// SPDX-License-Identifier: GPL-3.0-or-later
// maestro::Kubeconfig::loadData on arbitrary bytes (yaml-cpp underneath). Loading never
// fails as a whole, so the only outcomes are contexts and issues; anything else (a crash,
// a hang, a sanitizer report) is a bug.
#include "tests/fuzz/FuzzCommon.h"

#include "app/kubeconfig/Kubeconfig.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    maestro::fuzz::silenceQtMessages();
    // Entries name files relative to the kubeconfig's folder (see fileName below, a
    // folder that does not exist), so relative paths in the input find nothing.
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Real kubeconfigs are a few kilobytes; larger inputs only slow yaml-cpp down.
    if (size > 64 * 1024)
        return 0;
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const maestro::Kubeconfig config =
        maestro::Kubeconfig::loadData(yaml, QStringLiteral("/nonexistent/fuzz"));
    // Every listed context can be looked up by its name, and issues render.
    for (const QString &name : config.contextNames())
        FUZZ_CHECK(config.context(name).has_value());
    for (const maestro::KubeconfigIssue &issue : config.issues())
        FUZZ_CHECK(!issue.toString().isEmpty());
    return 0;
}

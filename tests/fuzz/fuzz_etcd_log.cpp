// SPDX-License-Identifier: GPL-3.0-or-later
// etcd's log lines as `kubectl logs --timestamps` returns them, and Go duration text.
#include "tests/fuzz/FuzzCommon.h"

#include "app/kube/EtcdLogWatcher.h"

#include <QByteArray>
#include <QString>

#include <cmath>

using namespace maestro::kube;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    maestro::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A log chunk is many lines; each is parsed on its own.
    for (const QByteArray &line : bytes.split('\n')) {
        const std::optional<EtcdWarning> warning = parseEtcdLogLine(line);
        if (warning)
            FUZZ_CHECK(std::isfinite(warning->tookMs) && warning->tookMs >= 0);
    }
    const std::optional<double> ms = parseGoDurationMs(QString::fromUtf8(bytes));
    if (ms)
        FUZZ_CHECK(!std::isnan(*ms));
    return 0;
}

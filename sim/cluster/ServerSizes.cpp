// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/cluster/ServerSizes.h"

namespace maestro::sim {

const std::vector<ServerSize> &serverSizes()
{
    // The small sizes sit on network block storage whose fdatasync takes hundreds of
    // milliseconds under load: fine for workers, the classic cause of etcd's
    // "slow fdatasync" on a master.
    static const std::vector<ServerSize> sizes{
        {QStringLiteral("s-1vcpu-1gb"), 1, 1, 25, QStringLiteral("standard"), 120},
        {QStringLiteral("s-1vcpu-2gb"), 1, 2, 50, QStringLiteral("standard"), 120},
        {QStringLiteral("s-2vcpu-2gb"), 2, 2, 60, QStringLiteral("standard"), 120},
        {QStringLiteral("s-2vcpu-4gb"), 2, 4, 80, QStringLiteral("ssd"), 2},
        {QStringLiteral("s-4vcpu-8gb"), 4, 8, 160, QStringLiteral("ssd"), 2},
        {QStringLiteral("s-8vcpu-16gb"), 8, 16, 320, QStringLiteral("ssd"), 1.5},
        {QStringLiteral("m-8vcpu-32gb"), 8, 32, 320, QStringLiteral("ssd"), 1.5},
        {QStringLiteral("m-16vcpu-64gb"), 16, 64, 640, QStringLiteral("ssd"), 1},
    };
    return sizes;
}

const ServerSize *findServerSize(const QString &instanceType)
{
    for (const ServerSize &s : serverSizes()) {
        if (s.instanceType == instanceType)
            return &s;
    }
    return nullptr;
}

} // namespace maestro::sim

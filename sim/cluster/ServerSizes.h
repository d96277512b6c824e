// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace maestro::sim {

/// One size the simulated cloud offers (an instance type and its disk).
struct ServerSize
{
    QString instanceType; ///< "s-2vcpu-4gb"
    int vcpu = 0;
    int memoryGiB = 0;
    int diskGiB = 0;
    QString diskType;   ///< "standard" (network HDD) or "ssd"
    double fsyncMs = 0; ///< typical fdatasync latency of that disk, at rest

    qint64 cpuAllocatableMilli() const { return vcpu * 1000 - 100; }
    qint64 memoryCapacityBytes() const { return qint64(memoryGiB) << 30; }
    qint64 memoryAllocatableBytes() const { return memoryCapacityBytes() - (qint64(400) << 20); }
};

/// The catalog, smallest first: 1 vCPU / 1 GiB to 16 vCPU / 64 GiB.
const std::vector<ServerSize> &serverSizes();
const ServerSize *findServerSize(const QString &instanceType);

} // namespace maestro::sim

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/advisor/AdvisorInput.h"
#include "app/advisor/AdvisorSettings.h"
#include "app/advisor/Finding.h"

#include <QList>

namespace maestro::advisor {

/**
 * Runs every check on a snapshot; the findings come most severe first (checks of the
 * same severity in a fixed order). Pure: no clock, no network, no Qt event loop.
 *
 * | id                   | fires when                                                | severity |
 * |----------------------|-----------------------------------------------------------|----------|
 * | control-plane-not-ha | 1 or 2 masters (Master and SharedMaster nodes)            | warning  |
 * | control-plane-even   | an even number of masters                                 | warning  |
 * | shared-master        | an untainted master runs application pods                 | info     |
 * | worker-headroom      | max(CPU, memory x usage, requests) > target of schedulable |
 * warning/critical | | slow-api             | the app's API p99 > threshold with enough samples |
 * warning  | | slow-scheduling      | pods unscheduled too long, or scheduling p90 too high     |
 * warning  | | master-evictions     | pods evicted on a master, or a master under pressure       |
 * critical | | etcd-slow-writes     | etcd slow-write warnings in the window                    |
 * warning  | | add-dedicated-worker | one of the four above, no schedulable worker              |
 * critical | | master-undersized    | etcd still slow after a worker took the application      |
 * critical |
 */
QList<Finding> evaluate(const AdvisorInput &input, const AdvisorSettings &settings = {});

/// Number of masters (Master and SharedMaster nodes) in the snapshot.
int masterCount(const AdvisorInput &input);

/// What one new node of a size offers to pods. Assumption, as kubeadm and the managed
/// offers reserve it: 100 millicores and 400 MiB (kube-reserved, system-reserved and the
/// eviction threshold) are not allocatable.
struct NodeCapacity
{
    qint64 cpuMilli = 0;
    qint64 memoryBytes = 0;
};
NodeCapacity perNodeAllocatable(const scaling::ServerSize &size);

/**
 * How many nodes of `perNode` bring `load` to at most `target` of the capacity, given
 * `existing` allocatable: ceil((load / target - existing) / perNode) for CPU and for
 * memory, the larger of the two, never negative.
 */
int nodesNeeded(const NodeCapacity &load, const NodeCapacity &existing, const NodeCapacity &perNode,
                double target);

} // namespace maestro::advisor

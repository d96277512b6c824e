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
 * - control-plane-not-ha (warning): 1 or 2 masters (Master and SharedMaster nodes).
 * - control-plane-even (warning): an even number of masters.
 * - shared-master (info): an untainted master runs application pods.
 * - worker-headroom (warning, critical): the largest of CPU and memory, usage and
 *   requests, above the target share of the schedulable nodes' allocatable.
 * - slow-api (warning): the app's API p99 above the threshold, with enough samples.
 * - slow-scheduling (warning): pods unscheduled too long, or scheduling p90 too high.
 * - master-evictions (critical): pods evicted on a master, or a master under pressure.
 * - etcd-slow-writes (warning): etcd slow-write warnings in the window.
 * - add-dedicated-worker (critical): one of the four symptoms above while only shared
 *   masters take pods.
 * - master-undersized (critical): etcd still slow after a worker took the application.
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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace maestro::advisor {

/**
 * The thresholds of the advisor's checks: the defaults the guidance gives, and the
 * ones a person set in Preferences (the application's QSettings, "advisor/...").
 */
struct AdvisorSettings
{
    /// Load of the schedulable nodes (0..1 of their allocatable) above which workers are short.
    double utilisationTarget = 0.75;
    /// Above this the shortage is critical.
    double utilisationCritical = 0.90;
    /// The app's own API p99 above this (ms, strictly) is slow.
    int slowApiP99Ms = 1000;
    int slowApiWindowSeconds = 300;
    /// Fewer requests than this in the window say nothing about the API.
    int slowApiMinSamples = 5;
    /// A pod still unscheduled after this long (s, strictly) is slow scheduling.
    int pendingSeconds = 20;
    /// p90 of (scheduled - created) of the window's pods above this (s, strictly).
    int schedulingP90Seconds = 20;
    /// How far back evictions, scheduling latencies and etcd lines count.
    int recentWindowSeconds = 600;
    /// After a worker becomes Ready, the time the application's pods take to move onto it;
    /// etcd lines from before then do not say the master is undersized.
    int workerSettleSeconds = 60;
    /// Lists of resources with more objects than this legitimately take over a second
    /// (the list SLO is 30 s): their latency does not count as a slow API.
    int hugeListObjects = 5000;
    /// The advisor re-evaluates at most this often (ms) when the cluster changes...
    int minimumIntervalMs = 2000;
    /// ...and at least this often (ms), because findings age even when nothing changes.
    int maximumIntervalMs = 5000;

    /// The defaults with what the settings override; out-of-range values are clamped.
    static AdvisorSettings load();
    /// Writes the thresholds a person can change (the others stay the guidance's).
    void save() const;
};

} // namespace maestro::advisor

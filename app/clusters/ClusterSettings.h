// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace maestro {

/**
 * How often the app polls what has no watch and how much history it keeps, as a
 * person set them in Preferences (the application's QSettings). The registry applies
 * them to every cluster it opens, and again to the open ones when they change.
 */
struct ClusterSettings
{
    int metricsIntervalSeconds = 15; ///< metrics.k8s.io (kubectl top's source)
    int etcdLogIntervalSeconds = 20; ///< the etcd logs' slow-request lines
    int historyRetentionDays = 7;
    int historyMaxSizeMb = 512;

    /// The defaults with what the settings override; out-of-range values are clamped.
    static ClusterSettings load();
    void save() const;
};

} // namespace maestro

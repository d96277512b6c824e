// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>

namespace maestro::kube {

/**
 * The latency of every request the app makes, per verb and resource ("GET pods"),
 * kept for a bounded window. It is the advisor's "slow API" signal and the status
 * bar's figure: the cluster as the app experiences it.
 */
class LatencyRecorder
{
public:
    struct Sample
    {
        qint64 atMs = 0; ///< when it finished, ms since the epoch
        QString key;     ///< "GET pods"
        int ms = 0;
    };

    void record(const QString &verb, const QString &resource, int ms);
    /// The p-th percentile (0..100) of the samples of the last `windowSeconds`, optionally
    /// of one key only; -1 without samples.
    int percentile(double p, int windowSeconds, const QString &key = {}) const;
    int sampleCount(int windowSeconds) const;
    const std::deque<Sample> &samples() const { return m_samples; }
    void setRetention(int seconds, int maxSamples);

private:
    void prune(qint64 nowMs);

    std::deque<Sample> m_samples;
    int m_retentionSeconds = 900;
    int m_maxSamples = 20000;
};

} // namespace maestro::kube

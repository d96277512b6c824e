// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/LatencyRecorder.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace maestro::kube {

void LatencyRecorder::record(const QString &verb, const QString &resource, int ms)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_samples.push_back({now, verb + u' ' + resource, ms});
    prune(now);
}

void LatencyRecorder::setRetention(int seconds, int maxSamples)
{
    m_retentionSeconds = seconds;
    m_maxSamples = maxSamples;
    prune(QDateTime::currentMSecsSinceEpoch());
}

void LatencyRecorder::prune(qint64 nowMs)
{
    while (!m_samples.empty() && (nowMs - m_samples.front().atMs > m_retentionSeconds * 1000LL ||
                                  int(m_samples.size()) > m_maxSamples))
        m_samples.pop_front();
}

int LatencyRecorder::percentile(double p, int windowSeconds, const QString &key) const
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - windowSeconds * 1000LL;
    std::vector<int> values;
    for (auto it = m_samples.rbegin(); it != m_samples.rend() && it->atMs >= since; ++it) {
        if (key.isEmpty() || it->key == key)
            values.push_back(it->ms);
    }
    if (values.empty())
        return -1;
    // Nearest-rank percentile: p99 of 100 samples is the 99th smallest.
    const size_t rank = size_t(std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * values.size()));
    const size_t index = rank == 0 ? 0 : rank - 1;
    std::nth_element(values.begin(), values.begin() + index, values.end());
    return values[index];
}

int LatencyRecorder::sampleCount(int windowSeconds) const
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - windowSeconds * 1000LL;
    return int(std::count_if(m_samples.begin(), m_samples.end(),
                             [since](const Sample &s) { return s.atMs >= since; }));
}

} // namespace maestro::kube

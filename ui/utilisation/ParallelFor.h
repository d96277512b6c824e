// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace maestro::ui {

/**
 * Runs `work(i)` for every i in [0, count) on as many threads as there are cores (at
 * most 8, and only when each gets at least `grain` items), and returns when all are
 * done. For pure work on independent items: the chart's hundreds of series.
 */
template<typename Work>
void parallelFor(qsizetype count, qsizetype grain, const Work &work)
{
    const qsizetype cores = std::max(1u, std::thread::hardware_concurrency());
    const qsizetype threads = std::clamp<qsizetype>(count / std::max<qsizetype>(1, grain), 1,
                                                    std::min<qsizetype>(cores, 8));
    if (threads <= 1) {
        for (qsizetype i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::atomic<qsizetype> next{0};
    auto run = [&] {
        for (qsizetype i = next++; i < count; i = next++)
            work(i);
    };
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(threads - 1));
    for (qsizetype t = 1; t < threads; ++t)
        helpers.emplace_back(run);
    run();
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace maestro::ui

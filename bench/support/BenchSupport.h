// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kubeconfig/ResolvedContext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

/// What the benchmarks of scripts/bench.sh share: their one line of JSON, the
/// process's own memory and CPU time, and the cluster to talk to.
namespace maestro::bench {

/// Prints the figures as one line of compact JSON on standard output (what bench.sh reads).
void printFigures(const QJsonObject &figures);
/// Says why a benchmark could not run, on standard error; returns the exit code to use.
int failed(const QString &message);

/// A field of /proc/self/status in MB ("VmHWM" is the peak resident size, "VmRSS" the current).
double statusMb(const char *field);
/// Gives freed heap back to the system first, so that what stays resident is what is used.
double settledRssMb();
/// Heap the process holds in allocations, in MB (malloc's own count, every arena): what
/// the data takes, without the libraries' pages or the heap that is free but resident.
double heapInUseMb();
/// CPU time of the calling thread, in seconds.
double threadCpuSeconds();
/// CPU time of the whole process (user and system), in seconds.
double processCpuSeconds();

/// The context `name` of the kubeconfig `file`, read by the app's own loader.
std::optional<ResolvedContext> loadContext(const QString &file, const QString &name,
                                           QString *error);

/// Runs the event loop until `done()` or `timeoutMs`; whether `done()` became true.
bool runUntil(const std::function<bool()> &done, int timeoutMs);

double median(QList<double> values);

} // namespace maestro::bench

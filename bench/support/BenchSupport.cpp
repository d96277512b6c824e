// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/support/BenchSupport.h"

#include "app/kubeconfig/Kubeconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <malloc.h>
#include <sys/resource.h>

namespace maestro::bench {

void printFigures(const QJsonObject &figures)
{
    QTextStream out(stdout);
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
}

int failed(const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return 1;
}

double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        // "VmHWM:\t  123456 kB"
        const QByteArray kb = line.mid(prefix.size()).trimmed().split(' ').value(0);
        return kb.toDouble() / 1024.0;
    }
    return -1;
}

double settledRssMb()
{
    malloc_trim(0);
    return statusMb("VmRSS");
}

double heapInUseMb()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::optional<ResolvedContext> loadContext(const QString &file, const QString &name, QString *error)
{
    const Kubeconfig config = Kubeconfig::loadFiles({file});
    auto context = config.context(name);
    if (!context) {
        QStringList problems;
        for (const KubeconfigIssue &issue : config.issues())
            problems << issue.toString();
        *error = QStringLiteral("no context \"%1\" in %2 %3")
                     .arg(name, file, problems.join(QStringLiteral("; ")));
    }
    return context;
}

bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    // Wakes the loop up to check `done` even when nothing else happens.
    QTimer tick;
    tick.start(20);
    while (!done()) {
        if (elapsed.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace maestro::bench

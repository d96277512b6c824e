// SPDX-License-Identifier: GPL-3.0-or-later
// bench-history-tick: the UI thread's part of a metrics tick at 5,000 nodes. Each time
// metrics.k8s.io answers, the HistoryRecorder turns the nodes' usage into a sample per
// node and one per role, and hands them to the HistoryStore, whose worker thread writes
// them; a slow tick would freeze a frame of the app every ten seconds.
//
// The parts are the app's own: a ClusterConnection to a simulated cluster of 5,000 nodes
// (in a thread of this process, as the demo runs it), its MetricsPoller, a HistoryStore
// in a temporary directory and a HistoryRecorder. The recorder's slot is timed between
// two slots of the poller's updated() signal, one connected before it and one after.
//
// Figures: history_tick_ms (median of the ticks), history_tick_worst_ms, history_tick_cpu_ms
// (the UI thread's CPU time for the median tick) and history_write_ms (the worker's
// writing of one tick, median, waited for before the next poll).
#include "app/history/HistoryRecorder.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "app/kube/MetricsPoller.h"
#include "app/kubeconfig/Kubeconfig.h"
#include "bench/support/BenchSupport.h"
#include "sim/server/SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace maestro;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-history-tick"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures a metrics tick of many nodes on its way into the history."));
    parser.addHelpOption();
    const QCommandLineOption nodesOption(QStringLiteral("nodes"),
                                         QStringLiteral("Nodes of the cluster (default 5000)."),
                                         QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption ticksOption(QStringLiteral("ticks"),
                                         QStringLiteral("Ticks measured (default 15)."),
                                         QStringLiteral("N"), QStringLiteral("15"));
    parser.addOptions({nodesOption, ticksOption});
    parser.process(app);
    const int nodeCount = std::max(1, parser.value(nodesOption).toInt());
    const int tickCount = std::max(1, parser.value(ticksOption).toInt());

    sim::SimServerOptions options;
    options.cluster.scenario = QStringLiteral("large");
    options.cluster.largeNodes = nodeCount;
    // Pods and events play no part in a tick: a few keep the set-up short.
    options.cluster.largePods = nodeCount;
    options.cluster.largeEvents = 100;
    options.cluster.seed = 7;
    options.tls = true;
    options.token = QStringLiteral("bench-history-tick");
    sim::SimServerThread simulator(options);
    QString error;
    if (!simulator.startAndWait(&error))
        return bench::failed(QStringLiteral("the simulated cluster did not start: ") + error);
    const auto context = Kubeconfig::loadData(simulator.kubeconfig(), QStringLiteral("bench"))
                             .context(QStringLiteral("maestro-sim"));
    if (!context)
        return bench::failed(QStringLiteral("the simulated cluster's kubeconfig did not load"));

    kube::ClusterConnection connection(*context);
    connection.open();
    kube::MetricsPoller *metrics = connection.metrics();
    // Polled one tick at a time below, each once the writer has finished the last.
    metrics->setInterval(24 * 3600 * 1000);
    QElapsedTimer sincePoll;
    sincePoll.start();
    const bool ready = bench::runUntil(
        [&] {
            // The nodes' kubelets start reporting over the first seconds.
            if (sincePoll.elapsed() > 1000) {
                metrics->pollNow();
                sincePoll.restart();
            }
            // The cluster replaces a node now and then, and a node that is down reports no usage.
            return connection.nodes()->hasSynced() &&
                   connection.nodes()->count() >= nodeCount * 99 / 100 &&
                   metrics->nodes().size() >= nodeCount * 99 / 100;
        },
        120000);
    if (!ready)
        return bench::failed(QStringLiteral("the cluster's %1 nodes and their metrics did not "
                                            "arrive (%2 nodes, metrics of %3)")
                                 .arg(nodeCount)
                                 .arg(connection.nodes()->count())
                                 .arg(metrics->nodes().size()));

    QTemporaryDir directory;
    if (!directory.isValid())
        return bench::failed(QStringLiteral("no temporary directory"));
    history::HistoryStore store;
    store.setDirectory(directory.path());
    if (!store.open(history::HistoryStore::clusterKey(context->name, context->server), &error))
        return bench::failed(QStringLiteral("the history did not open: ") + error);

    // The clock starts in a slot connected before the recorder's and stops in one after.
    QElapsedTimer wall;
    double cpuAtStart = 0;
    QList<double> tickMs, tickCpuMs, writeMs;
    QObject::connect(metrics, &kube::MetricsPoller::updated, &app, [&] {
        cpuAtStart = bench::threadCpuSeconds();
        wall.start();
    });
    history::HistoryRecorder recorder(&connection, &store);
    recorder.setSampleIntervalMs(0); // every poll is a tick
    QObject::connect(metrics, &kube::MetricsPoller::updated, &app, [&] {
        tickMs << double(wall.nsecsElapsed()) / 1e6;
        tickCpuMs << (bench::threadCpuSeconds() - cpuAtStart) * 1000;
    });

    for (int i = 0; i < tickCount; ++i) {
        const qsizetype before = tickMs.size();
        const qint64 recorded = recorder.ticksRecorded();
        metrics->pollNow();
        if (!bench::runUntil([&] { return tickMs.size() > before; }, 60000))
            return bench::failed(QStringLiteral("metrics poll %1 did not answer").arg(i + 1));
        if (recorder.ticksRecorded() != recorded + 1)
            return bench::failed(QStringLiteral("the recorder did not record poll %1").arg(i + 1));
        QElapsedTimer writing;
        writing.start();
        store.flush();
        writeMs << double(writing.nsecsElapsed()) / 1e6;
    }
    const qsizetype measured = metrics->nodes().size();
    const qint64 expectedRows = qint64(tickCount) * (measured + 2);
    if (store.stats().rawRows < expectedRows)
        return bench::failed(QStringLiteral("the history holds %1 samples, not %2")
                                 .arg(store.stats().rawRows)
                                 .arg(expectedRows));

    QJsonObject figures;
    figures.insert(QStringLiteral("history_tick_ms"), bench::median(tickMs));
    figures.insert(QStringLiteral("history_tick_worst_ms"),
                   *std::max_element(tickMs.cbegin(), tickMs.cend()));
    figures.insert(QStringLiteral("history_tick_cpu_ms"), bench::median(tickCpuMs));
    figures.insert(QStringLiteral("history_write_ms"), bench::median(writeMs));
    figures.insert(QStringLiteral("history_tick_nodes"), double(measured));
    bench::printFigures(figures);
    connection.close();
    return 0;
}

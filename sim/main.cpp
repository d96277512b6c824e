// SPDX-License-Identifier: GPL-3.0-or-later
// maestro-sim: a simulated Kubernetes cluster (with a simulated cloud behind its
// Cluster API) that kubectl and Maestro Desktop can talk to.
#include "sim/api/ApiServer.h"
#include "sim/api/FaultInjector.h"
#include "sim/cluster/SimCluster.h"
#include "sim/server/SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("maestro-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAESTRO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulated Kubernetes cluster with a simulated cloud, for kubectl and Maestro Desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1:0, any free port)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QStringLiteral("shared-master (default), undersized-master, ha or large."),
        QStringLiteral("NAME"), QStringLiteral("shared-master"));
    const QCommandLineOption nodes(QStringLiteral("nodes"),
                                   QStringLiteral("Nodes of the large scenario (default 5000)."),
                                   QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption pods(QStringLiteral("pods"),
                                  QStringLiteral("Pods of the large scenario (default 150000)."),
                                  QStringLiteral("N"), QStringLiteral("150000"));
    const QCommandLineOption events(
        QStringLiteral("events"), QStringLiteral("Events of the large scenario (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Simulated seconds per real second (default 1)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Serve HTTPS with a CA generated at start."));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("Require this bearer token (401 otherwise)."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption kubeconfigOut(
        QStringLiteral("kubeconfig-out"),
        QStringLiteral("Write a kubeconfig (server, CA data, token) to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the randomness (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    QString faultHelp = QStringLiteral(
        "Faults to inject, drawn from --seed: name=probability,... with the names below, "
        "latency=MIN..MAX (ms added to every answer) and hang-ms=MIN..MAX (how long a hang "
        "lasts, default 3000..8000). The counts injected are at GET /debug/faults and on "
        "standard error at exit.");
    for (const QString &name : maestro::sim::FaultSpec::knownFaults())
        faultHelp +=
            QStringLiteral("\n  %1: %2").arg(name, maestro::sim::FaultSpec::describe(name));
    const QCommandLineOption faults(QStringLiteral("faults"), faultHelp, QStringLiteral("SPEC"));
    const QCommandLineOption faultFreePort(
        QStringLiteral("fault-free-port"),
        QStringLiteral("Also serve the API without faults on this port of the --listen address "
                       "(0: any free port; the second line of output says `fault-free on "
                       "<url>`)."),
        QStringLiteral("PORT"));
    const QCommandLineOption churn(
        QStringLiteral("churn"),
        QStringLiteral("Changes per second on top of the scenario: pods created and deleted, "
                       "nodes added and removed (default 0)."),
        QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption podChurn(
        QStringLiteral("churn-pods"),
        QStringLiteral("Existing pods modified per second, in bulk every tick (a container's "
                       "restart count goes up): MODIFIED events for measuring watches "
                       "(default 0)."),
        QStringLiteral("RATE"), QStringLiteral("0"));
    parser.addOptions({listen, scenario, nodes, pods, events, speed, tls, token, kubeconfigOut,
                       seed, faults, faultFreePort, churn, podChurn});
    parser.process(app);

    QTextStream err(stderr);
    auto fail = [&](const QString &message) {
        err << "maestro-sim: " << message << Qt::endl;
        return 2;
    };
    maestro::sim::SimServerOptions options;
    const QString listenText = parser.value(listen);
    const int colon = listenText.lastIndexOf(u':');
    bool portOk = false;
    const int port = listenText.mid(colon + 1).toInt(&portOk);
    QString host = listenText.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (colon < 0 || !portOk || port < 0 || port > 65535 ||
        !options.address.setAddress(host == u"localhost" ? QStringLiteral("127.0.0.1") : host))
        return fail(QStringLiteral("--listen wants HOST:PORT with a numeric host, got \"%1\"")
                        .arg(listenText));
    options.port = quint16(port);
    options.tls = parser.isSet(tls);
    options.token = parser.value(token);
    options.faults = parser.value(faults);
    options.cluster.scenario = parser.value(scenario);
    bool ok = false;
    if (parser.isSet(faultFreePort)) {
        const int freePort = parser.value(faultFreePort).toInt(&ok);
        if (!ok || freePort < 0 || freePort > 65535)
            return fail(QStringLiteral("--fault-free-port wants a port number"));
        options.faultFreeListener = true;
        options.faultFreePort = quint16(freePort);
    }
    options.cluster.churnRate = parser.value(churn).toDouble(&ok);
    if (!ok || options.cluster.churnRate < 0 || options.cluster.churnRate > 10000)
        return fail(QStringLiteral("--churn wants a rate from 0 to 10000 per second"));
    options.cluster.podChurnRate = parser.value(podChurn).toDouble(&ok);
    if (!ok || options.cluster.podChurnRate < 0 || options.cluster.podChurnRate > 1000000)
        return fail(QStringLiteral("--churn-pods wants a rate from 0 to 1000000 per second"));
    options.cluster.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.cluster.speed <= 0 || options.cluster.speed > 100000)
        return fail(QStringLiteral("--speed wants a positive number"));
    options.cluster.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed wants a non-negative integer"));
    options.cluster.largeNodes = parser.value(nodes).toInt(&ok);
    if (!ok || options.cluster.largeNodes < 4 || options.cluster.largeNodes > 100000)
        return fail(QStringLiteral("--nodes wants a number from 4 to 100000"));
    options.cluster.largePods = parser.value(pods).toInt(&ok);
    if (!ok || options.cluster.largePods < 0 || options.cluster.largePods > 2000000)
        return fail(QStringLiteral("--pods wants a number from 0 to 2000000"));
    options.cluster.largeEvents = parser.value(events).toInt(&ok);
    if (!ok || options.cluster.largeEvents < 0 || options.cluster.largeEvents > 2000000)
        return fail(QStringLiteral("--events wants a number from 0 to 2000000"));

    maestro::sim::SimServer server(options);
    QString error;
    if (!server.start(&error))
        return fail(error);
    if (parser.isSet(kubeconfigOut) && !server.writeKubeconfig(parser.value(kubeconfigOut), &error))
        return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(kubeconfigOut), error));

    QTextStream out(stdout);
    out << "listening on " << server.url().toString() << Qt::endl;
    if (options.faultFreeListener)
        out << "fault-free on " << server.faultFreeUrl().toString() << Qt::endl;

    // SIGINT/SIGTERM end the event loop from a notifier, not from inside the handler.
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
            QCoreApplication::quit();
        });
    }
    std::signal(SIGPIPE, SIG_IGN);
    const int code = QCoreApplication::exec();
    if (!options.faults.isEmpty()) {
        QStringList counts;
        const QMap<QString, qint64> injected = server.api()->faultCounts();
        for (auto it = injected.cbegin(); it != injected.cend(); ++it)
            counts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        err << "maestro-sim: faults injected: "
            << (counts.isEmpty() ? QStringLiteral("none") : counts.join(u' ')) << Qt::endl;
    }
    err << "maestro-sim: stopped" << Qt::endl;
    return code;
}

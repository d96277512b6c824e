// SPDX-License-Identifier: GPL-3.0-or-later
// maestro-sim: a simulated Kubernetes cluster (with a simulated cloud behind its
// Cluster API) that kubectl and Maestro Desktop can talk to.
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
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        QStringLiteral(
            "Faults to inject: name=probability,... (drop-watch, expire) and latency=MIN..MAX ms."),
        QStringLiteral("SPEC"));
    parser.addOptions(
        {listen, scenario, nodes, pods, events, speed, tls, token, kubeconfigOut, seed, faults});
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
    err << "maestro-sim: stopped" << Qt::endl;
    return code;
}

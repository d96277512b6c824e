// SPDX-License-Identifier: GPL-3.0-or-later
// The backend (ClusterConnection and its informers) watching a churning maestro-sim under
// every fault it can inject: at the end every store equals the server's state, fetched
// through the simulator's fault-free listener, and the client's memory stayed flat.
// Two minutes by default; MAESTRO_SOAK_SECONDS sets another length (scripts/soak.sh).

#include "KubeTestSupport.h"
#include "SimProcess.h"
#include "StoreComparison.h"

#include "app/kube/ClusterConnection.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace maestro;
using namespace maestro::kube;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

namespace {

const QString kAllFaults = QStringLiteral(
    "drop-response=0.05,drop-watch=0.1,slow=0.05,error500=0.02,error503=0.02,throttle=0.02,"
    "expire=0.05,expire-continue=0.1,truncate=0.02,malformed=0.02,duplicate=0.05,reorder=0.05,"
    "hang=0.01,latency=5..50");

/// This process's resident memory, in bytes.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

/// Least-squares slope of y over x.
double slope(const QList<QPair<double, double>> &points)
{
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[x, y] : points) {
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double n = double(points.size());
    const double d = n * sxx - sx * sx;
    return d > 0 ? (n * sxy - sx * sy) / d : 0;
}

} // namespace

class tst_WatchSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesMatchTheServerUnderEveryFault();
};

void tst_WatchSoak::storesMatchTheServerUnderEveryFault()
{
    const int seconds = qEnvironmentVariableIsSet("MAESTRO_SOAK_SECONDS")
                            ? qEnvironmentVariableIntValue("MAESTRO_SOAK_SECONDS")
                            : 120;
    QVERIFY(seconds >= 10);
    // Qt Test ends a test function after five minutes unless told otherwise.
    QVERIFY2(seconds <= 150 ||
                 qEnvironmentVariableIntValue("QTEST_FUNCTION_TIMEOUT") > seconds * 1000 + 300000,
             "a long soak wants QTEST_FUNCTION_TIMEOUT (ms) five minutes above its length");
    test::SimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--scenario"), QStringLiteral("ha"),
                       QStringLiteral("--speed"), QStringLiteral("5"), QStringLiteral("--seed"),
                       QStringLiteral("11"), QStringLiteral("--tls"), QStringLiteral("--token"),
                       QStringLiteral("soak-token"), QStringLiteral("--churn"),
                       QStringLiteral("10"), QStringLiteral("--fault-free-port"),
                       QStringLiteral("0"), QStringLiteral("--faults"), kAllFaults}));
    const ResolvedContext context = test::contextOf(sim.kubeconfig());
    ResolvedContext clean = context;
    clean.server = sim.faultFreeUrl();
    ApiClient checker(clean);

    QElapsedTimer clock;
    clock.start();
    ClusterConnection connection(context);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.hasSynced(), 120000);
    qInfo("first sync under faults in %lld ms", clock.elapsed());

    // Watch for the soak's length; the client's memory is sampled once it has warmed up.
    const qint64 warmUpMs = std::min<qint64>(30000, seconds * 250);
    QList<QPair<double, double>> samples; // (seconds, MiB)
    clock.restart();
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        if (clock.elapsed() >= warmUpMs)
            samples.append({clock.elapsed() / 1000.0, residentBytes() / 1048576.0});
    });
    sampler.start(1000);
    QVERIFY(QTest::qWaitFor([&] { return clock.elapsed() >= seconds * 1000LL; },
                            int(seconds * 1000 + 5000)));
    sampler.stop();
    QVERIFY(samples.size() >= 5);

    // A still cluster to compare with: the simulated clock stops (the churn with it, and
    // the scenario's own changes, which would otherwise race every comparison), the
    // faults go on.
    RequestSpec pause;
    pause.verb = "POST";
    pause.path = QStringLiteral("/debug/pause");
    std::unique_ptr<ApiRequest> paused(checker.send(pause));
    QVERIFY(test::waitFinished(paused.get()));
    QVERIFY2(paused->ok(), qPrintable(paused->error().describe()));

    struct Compared
    {
        QString path;
        std::function<test::Versions()> store;
    };
    const QList<Compared> compared{
        {QStringLiteral("/api/v1/nodes"), [&] { return test::versionsOf(*connection.nodes()); }},
        {QStringLiteral("/api/v1/pods"), [&] { return test::versionsOf(*connection.pods()); }},
        {QStringLiteral("/api/v1/events"), [&] { return test::versionsOf(*connection.events()); }},
        {QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/machines"),
         [&] { return test::versionsOf(*connection.machines()); }},
        {QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/machinedeployments"),
         [&] { return test::versionsOf(*connection.machineDeployments()); }},
        {QStringLiteral("/apis/controlplane.cluster.x-k8s.io/v1beta1/kubeadmcontrolplanes"),
         [&] { return test::versionsOf(*connection.controlPlanes()); }},
    };
    int firstDivergence = -1;
    QString why;
    auto agree = [&] {
        int differences = 0;
        why.clear();
        for (const Compared &c : compared) {
            const test::Versions server = test::freshList(checker, c.path);
            if (server.isEmpty()) {
                why = c.path + QStringLiteral(": the comparison list failed");
                return false;
            }
            const test::Versions store = c.store();
            differences += test::differenceCount(store, server);
            if (why.isEmpty() && !test::difference(store, server).isEmpty())
                why = c.path + QStringLiteral(": ") + test::difference(store, server);
        }
        if (firstDivergence < 0)
            firstDivergence = differences;
        return differences == 0;
    };
    clock.restart();
    // The watches catch up in seconds through whatever faults strike meanwhile (a hang
    // lasts up to 8 s); a store that lost an event only heals by chance, much later.
    QTRY_VERIFY2_WITH_TIMEOUT(agree(), qPrintable(why), 60000);
    const qint64 convergedMs = clock.elapsed();

    qint64 events = 0, replays = 0;
    int relists = 0, restarts = 0;
    for (InformerBase *informer : connection.informers()) {
        events += informer->eventsApplied();
        replays += informer->replaysIgnored();
        relists += informer->relists();
        restarts += informer->watchRestarts();
    }
    std::unique_ptr<ApiRequest> counts(checker.get(QStringLiteral("/debug/faults")));
    QVERIFY(test::waitFinished(counts.get()));
    const QJsonObject injected = counts->json().value(QLatin1String("injected")).toObject();
    QByteArray simSaid;
    for (const QByteArray &line : sim.stop().split('\n')) {
        if (line.contains("faults injected"))
            simSaid = line;
    }

    const double first = samples.first().second;
    const double last = samples.last().second;
    const double perMinute = slope(samples) * 60;
    qInfo("soak of %d s: %lld events applied, %lld replayed events ignored, %d relists, %d watch "
          "restarts",
          seconds, events, replays, relists, restarts);
    qInfo("faults injected: %s",
          QJsonDocument(injected).toJson(QJsonDocument::Compact).constData());
    qInfo("%s", simSaid.trimmed().constData());
    qInfo("divergence: %d objects at the first comparison after the churn stopped, none after "
          "%lld ms",
          firstDivergence, convergedMs);
    qInfo("resident memory after warm-up: %.1f MiB -> %.1f MiB, trend %.2f MiB/min (%lld samples)",
          first, last, perMinute, qint64(samples.size()));

    // The run was a real one: the watches carried events, and the faults struck.
    QVERIFY(events > 100);
    QVERIFY(restarts > 0);
    // (The common ones; a rare one may not strike in a short run.)
    for (const char *kind : {"drop-watch", "duplicate", "reorder", "malformed"})
        QVERIFY2(injected.value(QLatin1String(kind)).toInt() > 0, kind);
    QVERIFY(!simSaid.isEmpty());
    // Replays reach the informers and are left out rather than applied.
    QVERIFY(replays > 0);
    // Flat memory: a generous bound on the growth after warm-up, as a trend and in total.
    // Not under AddressSanitizer: it holds freed memory in a quarantine (256 MB) before
    // reusing it, so resident memory climbs by design there (measured: 69 MiB/min in a run
    // that was flat without it); LeakSanitizer checks that build for leaks instead.
    if (kAddressSanitizer) {
        qInfo("memory trend not checked: AddressSanitizer's quarantine holds freed memory");
        return;
    }
    QVERIFY2(perMinute < 4.0, qPrintable(QString::number(perMinute)));
    QVERIFY2(last - first < 48.0, qPrintable(QString::number(last - first)));
}

QTEST_GUILESS_MAIN(tst_WatchSoak)
#include "tst_WatchSoak.moc"

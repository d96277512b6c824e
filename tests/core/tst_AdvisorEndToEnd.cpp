// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor against maestro-sim through a real connection: the shared master's
// symptoms show, a dedicated worker makes them clear; an undersized master stays slow
// after a worker joined; a highly available cluster says nothing alarming.
//
// The simulator runs its dynamics 60 times faster than real time, but every timestamp
// it writes is wall-clock: the windows and the pending threshold are shortened here so
// that symptoms can both show and age out within the test's bound.

#include "KubeTestSupport.h"

#include "app/advisor/Advisor.h"
#include "app/kube/ClusterConnection.h"
#include "app/scaling/ScalePlan.h"
#include "app/scaling/ScaleUpOperation.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace maestro;
using namespace maestro::advisor;
using namespace maestro::kube;
using namespace maestro::scaling;

namespace {

constexpr int kWindowSeconds = 20;
/// The brief's bound for the symptoms to show, real time.
constexpr int kSymptomBoundMs = 60000;

AdvisorSettings testSettings()
{
    AdvisorSettings settings;
    settings.recentWindowSeconds = kWindowSeconds;
    settings.slowApiWindowSeconds = kWindowSeconds;
    // Ages are real seconds while the simulated scheduler works 60 times faster: at speed
    // 60 a pod pending for 2 s has waited two simulated minutes, through a dozen retries.
    // (The simulated shared master evicts and replaces pods so fast that none waits more
    // than about 7 real seconds.)
    settings.pendingSeconds = 2;
    settings.schedulingP90Seconds = 2;
    settings.workerSettleSeconds = 3;
    settings.minimumIntervalMs = 300;
    settings.maximumIntervalMs = 1000;
    return settings;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << Finding::severityKey(f.severity) + u' ' + f.id + QStringLiteral(": ") + f.summary;
    return lines.join(u'\n');
}

QStringList idsOf(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.id;
    ids.sort();
    return ids;
}

/// A simulator, a connection to it and an advisor on the connection, with a log of
/// every finding that started or cleared.
struct Session
{
    std::unique_ptr<sim::SimServerThread> sim;
    std::unique_ptr<ClusterConnection> connection;
    std::unique_ptr<Advisor> advisor;
    QSet<QString> started;
    QSet<QString> cleared;
    QHash<QString, Finding> lastCleared;
    Finding::Severity worstSeen = Finding::Info;
    QElapsedTimer clock;

    bool start(const QString &scenario)
    {
        clock.start();
        sim = test::startSim(test::simOptions(scenario, 60));
        if (!sim)
            return false;
        connection = std::make_unique<ClusterConnection>(test::contextOf(sim->kubeconfig()));
        // The app polls metrics every 15 s and etcd's log every 20 s; a 20 s window needs
        // denser samples. The metrics polls are most of the requests the slow-API check
        // reads (watches and log reads are not): dozens of them per window.
        connection->metrics()->setInterval(250);
        connection->etcd()->setInterval(1000);
        connection->etcd()->setWindowSeconds(kWindowSeconds);
        advisor = std::make_unique<Advisor>(connection.get(), testSettings());
        QObject::connect(advisor.get(), &Advisor::findingStarted, advisor.get(),
                         [this](const Finding &f) {
                             started.insert(f.id);
                             worstSeen = std::max(worstSeen, f.severity);
                             qInfo("%6.1f s  + %s %s: %s", clock.elapsed() / 1000.0,
                                   qPrintable(Finding::severityKey(f.severity)), qPrintable(f.id),
                                   qPrintable(f.summary));
                         });
        QObject::connect(advisor.get(), &Advisor::findingCleared, advisor.get(),
                         [this](const Finding &f) {
                             cleared.insert(f.id);
                             lastCleared.insert(f.id, f);
                             qInfo("%6.1f s  - %s", clock.elapsed() / 1000.0, qPrintable(f.id));
                         });
        QSignalSpy synced(connection.get(), &ClusterConnection::synced);
        connection->open();
        return synced.wait(30000);
    }

    bool addWorkers(const Finding::Action &action, QString *error)
    {
        const ScalePlan plan =
            planScaleUp(*connection, ServerRole::Worker, action.size, action.count);
        if (!plan.isValid()) {
            *error = plan.refusal;
            return false;
        }
        ScaleUpOperation operation(connection.get(), plan);
        QSignalSpy finished(&operation, &ScaleUpOperation::finished);
        operation.start();
        if (!finished.wait(30000) || !finished.first().first().toBool()) {
            *error = operation.message();
            return false;
        }
        qInfo("%6.1f s  added %d x %s", clock.elapsed() / 1000.0, action.count,
              qPrintable(action.size));
        return true;
    }

    ~Session()
    {
        // The advisor reads the connection, the connection talks to the simulator.
        advisor.reset();
        connection.reset();
        sim.reset();
    }
};

} // namespace

class tst_AdvisorEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharedMasterSymptomsClearWithAWorker();
    void undersizedMasterStaysSlowAfterAWorker();
    void highAvailabilityIsQuiet();
};

void tst_AdvisorEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AdvisorEndToEnd::sharedMasterSymptomsClearWithAWorker()
{
    Session s;
    QVERIFY(s.start(QStringLiteral("shared-master")));
    Advisor &advisor = *s.advisor;

    const QStringList symptoms{
        QStringLiteral("add-dedicated-worker"), QStringLiteral("master-evictions"),
        QStringLiteral("etcd-slow-writes"), QStringLiteral("slow-scheduling"),
        QStringLiteral("control-plane-not-ha")};
    auto allSeen = [&] {
        for (const QString &id : symptoms) {
            if (!s.started.contains(id))
                return false;
        }
        return true;
    };
    // qWaitFor, not QTRY_*: on failure those wait twice as long again to say when it
    // would have passed, and the bound is the point here.
    QVERIFY2(QTest::qWaitFor(allSeen, kSymptomBoundMs - int(s.clock.elapsed())),
             qPrintable(describe(advisor.findings())));
    const qint64 symptomsAfter = s.clock.elapsed();
    // The API slows down once the master's CPU demand passes 90%: wait for it within the
    // same bound, while the symptoms above last.
    QVERIFY2(QTest::qWaitFor([&] { return s.started.contains(QStringLiteral("slow-api")); },
                             std::max<int>(0, kSymptomBoundMs - int(s.clock.elapsed()))),
             qPrintable(describe(advisor.findings())));
    qInfo("symptoms after %.1f s, slow-api after %.1f s", symptomsAfter / 1000.0,
          s.clock.elapsed() / 1000.0);
    QCOMPARE(advisor.verdict(), Verdict::NeedsAttention);
    QCOMPARE(advisor.verdictText(), QStringLiteral("Needs attention"));

    const std::optional<Finding> add = advisor.finding(QStringLiteral("add-dedicated-worker"));
    QVERIFY2(add, qPrintable(describe(advisor.findings())));
    QCOMPARE(add->severity, Finding::Critical);
    QCOMPARE(add->action.role, QStringLiteral("worker"));
    QCOMPARE(add->action.size, QStringLiteral("s-4vcpu-8gb")); // the cluster's worker pool
    QCOMPARE(add->action.count, 1);
    QVERIFY(add->startedAt.isValid());
    const std::optional<Finding> notHa = advisor.finding(QStringLiteral("control-plane-not-ha"));
    QVERIFY(notHa);
    QCOMPARE(notHa->action.count, 2);
    QCOMPARE(notHa->action.size, QStringLiteral("s-2vcpu-4gb"));

    QString error;
    QVERIFY2(s.addWorkers(add->action, &error), qPrintable(error));

    // Once the window has passed over the last symptom, only the control plane's shape
    // is left to say.
    const QStringList remaining{QStringLiteral("control-plane-not-ha"),
                                QStringLiteral("shared-master")};
    QVERIFY2(QTest::qWaitFor([&] { return idsOf(advisor.findings()) == remaining; },
                             (kWindowSeconds + 25) * 1000),
             qPrintable(describe(advisor.findings())));
    qInfo("settled after %.1f s", s.clock.elapsed() / 1000.0);
    for (const QString &id :
         {QStringLiteral("add-dedicated-worker"), QStringLiteral("master-evictions"),
          QStringLiteral("etcd-slow-writes"), QStringLiteral("slow-scheduling"),
          QStringLiteral("slow-api")}) {
        QVERIFY2(s.cleared.contains(id), qPrintable(id));
        const Finding gone = s.lastCleared.value(id);
        QVERIFY(gone.clearedAt.isValid());
        QVERIFY(gone.startedAt.isValid() && gone.startedAt <= gone.clearedAt);
    }
    QVERIFY(!s.started.contains(QStringLiteral("master-undersized")));
    QCOMPARE(advisor.verdict(), Verdict::ReducedAvailability);
}

void tst_AdvisorEndToEnd::undersizedMasterStaysSlowAfterAWorker()
{
    Session s;
    QVERIFY(s.start(QStringLiteral("undersized-master")));
    Advisor &advisor = *s.advisor;
    // The slow writes show once etcd's log has been read, after the first evictions.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return advisor.hasFinding(QStringLiteral("add-dedicated-worker")) &&
                            advisor.hasFinding(QStringLiteral("etcd-slow-writes"));
                 },
                 kSymptomBoundMs),
             qPrintable(describe(advisor.findings())));
    QVERIFY(!advisor.hasFinding(QStringLiteral("master-undersized")));

    QString error;
    QVERIFY2(s.addWorkers(advisor.finding(QStringLiteral("add-dedicated-worker"))->action, &error),
             qPrintable(error));
    QVERIFY2(QTest::qWaitFor(
                 [&] { return advisor.hasFinding(QStringLiteral("master-undersized")); }, 30000),
             qPrintable(describe(advisor.findings())));
    const Finding f = *advisor.finding(QStringLiteral("master-undersized"));
    QCOMPARE(f.severity, Finding::Critical);
    QCOMPARE(f.action.role, QStringLiteral("master"));
    // From s-2vcpu-2gb on a network disk: the next size up on SSD.
    QCOMPARE(f.action.size, QStringLiteral("s-2vcpu-4gb"));
    QCOMPARE(f.action.count, 3);
    QVERIFY(f.evidence.join(u'\n').contains(u"took"));
    // A worker is there: the advice is no longer to add one.
    QVERIFY(!advisor.hasFinding(QStringLiteral("add-dedicated-worker")));
    QCOMPARE(advisor.verdict(), Verdict::NeedsAttention);
}

void tst_AdvisorEndToEnd::highAvailabilityIsQuiet()
{
    Session s;
    QVERIFY(s.start(QStringLiteral("ha")));
    Advisor &advisor = *s.advisor;
    QSignalSpy evaluated(&advisor, &Advisor::evaluated);
    // Eight evaluations, one a second at least: eight simulated minutes at speed 60.
    QVERIFY(QTest::qWaitFor([&] { return evaluated.count() >= 8; }, 20000));
    QVERIFY2(s.worstSeen == Finding::Info, qPrintable(describe(advisor.findings())));
    QVERIFY2(!advisor.worstSeverity() || *advisor.worstSeverity() == Finding::Info,
             qPrintable(describe(advisor.findings())));
    QCOMPARE(advisor.masters(), 3);
    QCOMPARE(advisor.verdict(), Verdict::HighAvailability);
}

QTEST_GUILESS_MAIN(tst_AdvisorEndToEnd)
#include "tst_AdvisorEndToEnd.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Adding servers while the API server misbehaves: answers lost after the change was made,
// 500s after a write, 503s, throttling, bodies cut short or spoiled, a server that stops
// answering for longer than the client waits. 200 scale-up requests from the backend
// (ScaleUpOperation) and a few through the wizard: every MachineDeployment ends with
// exactly the replicas asked for, never one more.

#include "KubeTestSupport.h"

#include "app/kube/ClusterConnection.h"
#include "app/scaling/ScalePlan.h"
#include "app/scaling/ScaleUpOperation.h"
#include "ui/scaleup/ScaleUpWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonDocument>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::scaling;

namespace {

// Hangs (1.2 to 2 s) outlast the operation's request timeout (1 s): those requests time
// out on the client while the server may still carry them out.
const QString kFaults = QStringLiteral(
    "drop-response=0.08,slow=0.03,error500=0.05,error503=0.04,throttle=0.02,truncate=0.04,"
    "malformed=0.04,hang=0.01,hang-ms=1200..2000,latency=1..10,drop-watch=0.03,duplicate=0.05,"
    "reorder=0.05");
constexpr int kRequestTimeoutMs = 1000;

/// One MachineDeployment scaled again and again, one request at a time.
struct Lane
{
    QString instanceType;
    QString deployment; ///< known once the first request has created or found it
    int expected = -1;  ///< replicas the server must have: what was asked for so far
    std::unique_ptr<ScaleUpOperation> operation;
};

QString mdPath(const QString &name)
{
    return QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/namespaces/default/machinedeployments/") +
           name;
}

} // namespace

class tst_ScaleUpUnderFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void backendAddsExactlyWhatWasAsked();
    void wizardAddsExactlyWhatWasAsked();

private:
    /// spec.replicas as the fault-free listener shows it; -1 when there is no such object.
    int serverReplicas(const QString &deployment);
    /// Checks a finished (or provisioning) operation against the server; false on a mismatch.
    bool settle(Lane &lane, QString *why);

    std::unique_ptr<sim::SimServerThread> m_sim;
    std::unique_ptr<ApiClient> m_checker;
    std::unique_ptr<ClusterConnection> m_connection;
    int m_succeeded = 0;
    int m_failedCleanly = 0;
    int m_unknown = 0;
};

void tst_ScaleUpUnderFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ScaleUpUnderFaults::init()
{
    auto options = test::simOptions(QStringLiteral("ha"), 1);
    options.faults = kFaults;
    options.faultFreeListener = true;
    m_sim = test::startSim(options);
    QVERIFY(m_sim);
    ResolvedContext clean = test::contextOf(m_sim->kubeconfig());
    clean.server = m_sim->faultFreeUrl();
    m_checker = std::make_unique<ApiClient>(clean);
    m_connection = std::make_unique<ClusterConnection>(test::contextOf(m_sim->kubeconfig()));
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->hasSynced() && m_connection->machineTemplates() &&
                                 m_connection->machineTemplates()->hasSynced(),
                             60000);
    m_succeeded = m_failedCleanly = m_unknown = 0;
}

void tst_ScaleUpUnderFaults::cleanup()
{
    m_connection.reset();
    m_checker.reset();
    m_sim.reset();
}

int tst_ScaleUpUnderFaults::serverReplicas(const QString &deployment)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::unique_ptr<ApiRequest> request(m_checker->get(mdPath(deployment)));
        if (!test::waitFinished(request.get()))
            continue;
        if (request->error().kind == ApiErrorKind::NotFound)
            return -1;
        if (request->ok())
            return request->json()
                .value(QLatin1String("spec"))
                .toObject()
                .value(QLatin1String("replicas"))
                .toInt(-1);
    }
    return -2;
}

bool tst_ScaleUpUnderFaults::settle(Lane &lane, QString *why)
{
    ScaleUpOperation &op = *lane.operation;
    const int count = op.plan().count;
    if (lane.deployment.isEmpty())
        lane.deployment = op.plan().targetName;
    const int now = serverReplicas(lane.deployment);
    const int before = lane.expected < 0 ? 0 : lane.expected; // none yet: created from zero
    const bool ok = op.phase() == ScaleUpOperation::Phase::Provisioning ||
                    op.phase() == ScaleUpOperation::Phase::Finished;
    *why = QStringLiteral("%1: %2 asked %3 more from %4, server has %5: %6")
               .arg(lane.deployment, ok ? QStringLiteral("succeeded") : QStringLiteral("failed"))
               .arg(count)
               .arg(before)
               .arg(now)
               .arg(op.message());
    if (ok) {
        ++m_succeeded;
        lane.expected = before + count;
        return now == lane.expected && op.writesAccepted() == 1;
    }
    // A failure either changed nothing or says it cannot tell; never more than asked.
    if (op.message().contains(QStringLiteral("find out"))) {
        ++m_unknown;
        if (now != before + count && now != std::max(before, 0) && !(now == -1 && before == 0))
            return false;
        lane.expected = now < 0 ? -1 : now;
        return true;
    }
    ++m_failedCleanly;
    return now == (lane.expected < 0 ? -1 : lane.expected);
}

void tst_ScaleUpUnderFaults::backendAddsExactlyWhatWasAsked()
{
    // Four deployments side by side, so that 200 requests fit in a minute: the one the
    // cluster has and three the first request of each lane creates.
    std::vector<Lane> lanes;
    for (const char *size : {"s-4vcpu-8gb", "s-2vcpu-4gb", "s-8vcpu-16gb", "s-2vcpu-2gb"})
        lanes.push_back({QLatin1String(size), {}, -1, nullptr});
    lanes[0].deployment = QStringLiteral("maestro-demo-md-0");
    lanes[0].expected = serverReplicas(lanes[0].deployment);
    QVERIFY(lanes[0].expected >= 0);

    constexpr int kRequests = 200;
    int started = 0, settled = 0;
    QElapsedTimer clock;
    clock.start();
    QString why;
    while (settled < kRequests) {
        QVERIFY2(clock.elapsed() < 240000, "200 scale-ups did not finish in four minutes");
        for (Lane &lane : lanes) {
            if (lane.operation) {
                if (lane.operation->phase() == ScaleUpOperation::Phase::Submitting)
                    continue;
                QVERIFY2(settle(lane, &why), qPrintable(why));
                lane.operation.reset();
                ++settled;
            }
            if (started >= kRequests)
                continue;
            // The next request plans from what the informers show: wait until they show
            // what the last one did, as a person looking at the screen would.
            if (lane.expected >= 0) {
                const MachineDeploymentInfo *md = m_connection->machineDeployments()->find(
                    QStringLiteral("default/") + lane.deployment);
                if (!md || md->replicas != lane.expected)
                    continue;
            }
            const int count = 1 + started % 2;
            const ScalePlan plan =
                planScaleUp(*m_connection, ServerRole::Worker, lane.instanceType, count);
            QVERIFY2(plan.isValid(), qPrintable(plan.refusal));
            lane.operation = std::make_unique<ScaleUpOperation>(m_connection.get(), plan);
            lane.operation->setRequestTimeout(kRequestTimeoutMs);
            lane.operation->start();
            ++started;
        }
        QTest::qWait(20);
    }
    std::unique_ptr<ApiRequest> counts(m_checker->get(QStringLiteral("/debug/faults")));
    QVERIFY(test::waitFinished(counts.get()));
    qInfo("%d scale-ups in %lld ms: %d succeeded, %d failed without a change, %d could not tell",
          kRequests, clock.elapsed(), m_succeeded, m_failedCleanly, m_unknown);
    qInfo("faults injected: %s",
          QJsonDocument(counts->json()).toJson(QJsonDocument::Compact).constData());
    // Faults that leave the outcome of a write open did strike, and most requests got
    // through them.
    const QJsonObject injected = counts->json().value(QLatin1String("injected")).toObject();
    for (const char *kind : {"drop-response", "error500", "hang", "truncate", "malformed"})
        QVERIFY2(injected.value(QLatin1String(kind)).toInt() > 0, kind);
    QVERIFY2(m_succeeded >= kRequests * 3 / 4, qPrintable(QString::number(m_succeeded)));
    // Finally, every deployment holds exactly what was asked.
    for (Lane &lane : lanes)
        QCOMPARE(serverReplicas(lane.deployment), lane.expected);
}

void tst_ScaleUpUnderFaults::wizardAddsExactlyWhatWasAsked()
{
    Lane lane{QStringLiteral("s-4vcpu-8gb"), QStringLiteral("maestro-demo-md-0"), -1, nullptr};
    lane.expected = serverReplicas(lane.deployment);
    QVERIFY(lane.expected >= 0);
    for (int i = 0; i < 8; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->machineDeployments()
                                      ->find(QStringLiteral("default/") + lane.deployment)
                                      ->replicas,
                                  lane.expected, 30000);
        ui::ScaleUpPrefill prefill;
        prefill.instanceType = lane.instanceType;
        prefill.count = 1 + i % 2;
        ui::ScaleUpWizard wizard(m_connection.get(), prefill);
        QSignalSpy submitted(&wizard, &ui::ScaleUpWizard::submitted);
        connect(&wizard, &ui::ScaleUpWizard::submitted, this, [&](const ScalePlan &plan) {
            lane.operation = std::make_unique<ScaleUpOperation>(m_connection.get(), plan);
            lane.operation->setRequestTimeout(kRequestTimeoutMs);
            lane.operation->start();
        });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        while (wizard.currentId() != ui::ScaleUpWizard::ReviewPage) {
            QAbstractButton *next = wizard.button(QWizard::NextButton);
            QVERIFY(next->isEnabled());
            QTest::mouseClick(next, Qt::LeftButton);
        }
        QCOMPARE(wizard.count(), prefill.count);
        QCOMPARE(wizard.instanceType(), lane.instanceType);
        // A double click on Add Server, impatient with a server that does not answer.
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        QTest::mouseClick(finish, Qt::LeftButton);
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        QVERIFY(lane.operation);
        QTRY_VERIFY_WITH_TIMEOUT(lane.operation->phase() != ScaleUpOperation::Phase::Submitting,
                                 60000);
        QString why;
        QVERIFY2(settle(lane, &why), qPrintable(why));
        lane.operation.reset();
    }
    qInfo("wizard: %d succeeded, %d failed without a change, %d could not tell", m_succeeded,
          m_failedCleanly, m_unknown);
    QCOMPARE(serverReplicas(lane.deployment), lane.expected);
}

QTEST_MAIN(tst_ScaleUpUnderFaults)
#include "tst_ScaleUpUnderFaults.moc"

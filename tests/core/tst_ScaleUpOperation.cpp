// SPDX-License-Identifier: GPL-3.0-or-later
// Adding servers through Cluster API against maestro-sim: followed from the request to a
// Ready node, never applied twice (also when the answer to the scale request is lost),
// and refused with the reason when etcd could not keep a majority.

#include "KubeTestSupport.h"

#include "app/kube/ClusterConnection.h"
#include "app/scaling/ScalePlan.h"
#include "app/scaling/ScaleUpOperation.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::scaling;

namespace {

/**
 * A TCP proxy in front of a plain-HTTP simulator that loses one answer: the first request
 * whose request line starts with `method` and contains `pathPart` reaches the server, but
 * the client's connection is dropped instead of relaying the response, as a load balancer
 * restart would do.
 */
class LosingProxy : public QTcpServer
{
public:
    LosingProxy(quint16 upstreamPort, QByteArray method, QByteArray pathPart)
        : m_upstreamPort(upstreamPort)
        , m_method(std::move(method) + ' ')
        , m_pathPart(std::move(pathPart))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, &LosingProxy::accept);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    /// How many matching requests the server was sent.
    int matches() const { return m_matches; }
    bool dropped() const { return m_dropped; }

private:
    void accept()
    {
        while (QTcpSocket *client = nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            // Whether this connection carries the PATCH whose answer is to be lost.
            auto armed = std::make_shared<bool>(false);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            auto pending = std::make_shared<QByteArray>();
            connect(upstream, &QTcpSocket::connected, client, [upstream, pending] {
                upstream->write(*pending);
                pending->clear();
            });
            connect(client, &QTcpSocket::readyRead, client,
                    [this, client, upstream, pending, armed] {
                        const QByteArray data = client->readAll();
                        for (const QByteArray &line : data.split('\n')) {
                            if (line.startsWith(m_method) && line.contains(m_pathPart)) {
                                ++m_matches;
                                if (!m_dropped)
                                    *armed = true;
                            }
                        }
                        if (upstream->state() == QAbstractSocket::ConnectedState)
                            upstream->write(data);
                        else
                            *pending += data;
                    });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, armed] {
                const QByteArray data = upstream->readAll();
                if (*armed && !m_dropped) {
                    // The server has applied the change; the client never hears of it.
                    m_dropped = true;
                    client->abort();
                    client->deleteLater();
                    return;
                }
                client->write(data);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client,
                    [client] { client->disconnectFromHost(); });
        }
    }

    quint16 m_upstreamPort;
    QByteArray m_method;
    QByteArray m_pathPart;
    int m_matches = 0;
    bool m_dropped = false;
};

QString mdPath(const QString &ns, const QString &name)
{
    return QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/namespaces/%1/machinedeployments/%2")
        .arg(ns, name);
}

} // namespace

class tst_ScaleUpOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addsAWorkerUntilItsNodeIsReady();
    void lostAnswerDoesNotAddTwice();
    void lostCreateAnswerIsRecognised();
    void evenMasterCountRefused();
    void newSizeCreatesThenReusesMachineDeployment();
    void doubleStartAddsNothing();

private:
    std::unique_ptr<ClusterConnection> connectTo(const ResolvedContext &context);
    /// spec.replicas as the server has it now.
    int serverReplicas(ClusterConnection &connection, const QString &ns, const QString &name);
    int machinesOf(ClusterConnection &connection, const QString &deployment);
};

void tst_ScaleUpOperation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<ClusterConnection> tst_ScaleUpOperation::connectTo(const ResolvedContext &context)
{
    auto connection = std::make_unique<ClusterConnection>(context);
    connection->open();
    if (!QTest::qWaitFor([&] { return connection->state() == ClusterConnection::State::Connected; },
                         30000)) {
        qWarning("not connected: %s", qPrintable(connection->stateMessage()));
        return nullptr;
    }
    return connection;
}

int tst_ScaleUpOperation::serverReplicas(ClusterConnection &connection, const QString &ns,
                                         const QString &name)
{
    std::unique_ptr<ApiRequest> request(connection.client()->get(mdPath(ns, name)));
    if (!test::waitFinished(request.get()) || !request->ok())
        return -1;
    return request->json()
        .value(QLatin1String("spec"))
        .toObject()
        .value(QLatin1String("replicas"))
        .toInt(-1);
}

int tst_ScaleUpOperation::machinesOf(ClusterConnection &connection, const QString &deployment)
{
    int count = 0;
    for (const MachineInfo &machine : connection.machines()->items())
        count += machine.deploymentName == deployment && machine.phase != u"Deleting";
    return count;
}

void tst_ScaleUpOperation::addsAWorkerUntilItsNodeIsReady()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    auto connection = connectTo(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    const int nodesBefore = connection->nodes()->count();

    const ScalePlan plan =
        planScaleUp(*connection, ServerRole::Worker, QStringLiteral("s-4vcpu-8gb"), 1);
    QVERIFY2(plan.isValid(), qPrintable(plan.refusal));
    QCOMPARE(plan.targetKind, QStringLiteral("MachineDeployment"));
    QVERIFY(!plan.createsMachineDeployment());
    QCOMPARE(plan.currentReplicas, 0);
    QCOMPARE(plan.targetReplicas(), 1);

    ScaleUpOperation operation(connection.get(), plan);
    QStringList phases;
    connect(&operation, &ScaleUpOperation::progressChanged, this, [&] {
        for (const MachineProgress &m : operation.machines()) {
            const QString phase = m.nodeReady ? QStringLiteral("Ready") : m.phase;
            if (phases.isEmpty() || phases.last() != phase)
                phases << phase;
        }
    });
    QSignalSpy finished(&operation, &ScaleUpOperation::finished);
    operation.start();
    QCOMPARE(operation.phase(), ScaleUpOperation::Phase::Submitting);
    // Two simulated minutes of provisioning are about two seconds at speed 60.
    QTRY_VERIFY_WITH_TIMEOUT(operation.phase() != ScaleUpOperation::Phase::Submitting &&
                                 operation.phase() != ScaleUpOperation::Phase::Provisioning,
                             60000);
    QVERIFY2(operation.phase() == ScaleUpOperation::Phase::Finished,
             qPrintable(operation.message()));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(operation.writesAccepted(), 1);
    QCOMPARE(operation.readyCount(), 1);
    QCOMPARE(operation.machines().size(), 1);
    const MachineProgress machine = operation.machines().first();
    QVERIFY(!machine.nodeName.isEmpty());
    QVERIFY(connection->nodes()->find(machine.nodeName));
    QVERIFY(connection->nodes()->find(machine.nodeName)->isReady());
    QCOMPARE(connection->nodes()->count(), nodesBefore + 1);
    // It was followed through the machine's phases, not only seen at the end.
    QVERIFY2(phases.size() >= 2 && phases.last() == u"Ready", qPrintable(phases.join(u',')));
    QVERIFY2(phases.contains(u"Provisioning") || phases.contains(u"Pending"),
             qPrintable(phases.join(u',')));
    QVERIFY(operation.finishedAt() >= operation.startedAt());

    QCOMPARE(serverReplicas(*connection, plan.targetNamespace, plan.targetName), 1);
    QCOMPARE(machinesOf(*connection, plan.targetName), 1);
}

void tst_ScaleUpOperation::lostAnswerDoesNotAddTwice()
{
    auto options = test::simOptions();
    options.tls = false;
    auto sim = test::startSim(options);
    QVERIFY(sim);
    LosingProxy proxy(quint16(sim->url().port()), "PATCH", "/scale ");
    QVERIFY(proxy.isListening());
    ResolvedContext context = test::contextOf(sim->kubeconfig());
    context.server = proxy.url();
    auto connection = connectTo(context);
    QVERIFY(connection);

    const ScalePlan plan =
        planScaleUp(*connection, ServerRole::Worker, QStringLiteral("s-4vcpu-8gb"), 2);
    QVERIFY2(plan.isValid(), qPrintable(plan.refusal));
    const int before = machinesOf(*connection, plan.targetName);
    ScaleUpOperation operation(connection.get(), plan);
    operation.start();
    QTRY_VERIFY_WITH_TIMEOUT(operation.phase() != ScaleUpOperation::Phase::Submitting &&
                                 operation.phase() != ScaleUpOperation::Phase::Provisioning,
                             60000);
    QVERIFY2(operation.phase() == ScaleUpOperation::Phase::Finished,
             qPrintable(operation.message()));
    // The first PATCH was applied and its answer lost; the retry met the precondition.
    QVERIFY(proxy.dropped());
    QVERIFY2(proxy.matches() >= 2, qPrintable(QString::number(proxy.matches())));
    QCOMPARE(operation.writesAccepted(), 1);
    QCOMPARE(serverReplicas(*connection, plan.targetNamespace, plan.targetName),
             plan.targetReplicas());
    QCOMPARE(machinesOf(*connection, plan.targetName), before + plan.count);
    QCOMPARE(operation.machines().size(), plan.count);
}

void tst_ScaleUpOperation::lostCreateAnswerIsRecognised()
{
    auto options = test::simOptions();
    options.tls = false;
    auto sim = test::startSim(options);
    QVERIFY(sim);
    LosingProxy proxy(quint16(sim->url().port()), "POST", "/machinedeployments ");
    ResolvedContext context = test::contextOf(sim->kubeconfig());
    context.server = proxy.url();
    auto connection = connectTo(context);
    QVERIFY(connection);

    const ScalePlan plan =
        planScaleUp(*connection, ServerRole::Worker, QStringLiteral("s-8vcpu-16gb"), 1);
    QVERIFY2(plan.isValid(), qPrintable(plan.refusal));
    QVERIFY(plan.createsMachineDeployment());
    ScaleUpOperation operation(connection.get(), plan);
    operation.start();
    QTRY_VERIFY_WITH_TIMEOUT(operation.phase() != ScaleUpOperation::Phase::Submitting &&
                                 operation.phase() != ScaleUpOperation::Phase::Provisioning,
                             60000);
    // The retried create met AlreadyExists; the object found is this operation's own.
    QVERIFY(proxy.dropped());
    QVERIFY2(proxy.matches() >= 2, qPrintable(QString::number(proxy.matches())));
    QVERIFY2(operation.phase() == ScaleUpOperation::Phase::Finished,
             qPrintable(operation.message()));
    QCOMPARE(operation.writesAccepted(), 1);
    const QString name = operation.plan().targetName;
    QCOMPARE(serverReplicas(*connection, plan.targetNamespace, name), 1);
    QCOMPARE(machinesOf(*connection, name), 1);
}

void tst_ScaleUpOperation::evenMasterCountRefused()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    auto connection = connectTo(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    const QString masterSize = masterInstanceType(*connection);
    QVERIFY(!masterSize.isEmpty());

    // One master plus one is two: no better than one for etcd's majority.
    const ScalePlan plan = planScaleUp(*connection, ServerRole::Master, masterSize, 1);
    QVERIFY(!plan.isValid());
    QVERIFY2(plan.refusal.contains(u"even"), qPrintable(plan.refusal));
    QCOMPARE(plan.targetKind, QStringLiteral("KubeadmControlPlane"));
    // Two masters (1 + 2) is the advice.
    const ScalePlan three = planScaleUp(*connection, ServerRole::Master, masterSize, 2);
    QVERIFY2(three.isValid(), qPrintable(three.refusal));
    QCOMPARE(three.targetReplicas(), 3);
    QCOMPARE(toleratedMasterFailures(3), 1);
    // A different size for new masters is refused: they share one template.
    const ScalePlan bigger =
        planScaleUp(*connection, ServerRole::Master, QStringLiteral("m-16vcpu-64gb"), 2);
    QVERIFY(!bigger.isValid());

    // The server says the same when asked directly (the KubeadmControlPlane webhook).
    RequestSpec spec;
    spec.verb = "PATCH";
    spec.path = QStringLiteral("/apis/controlplane.cluster.x-k8s.io/v1beta1/namespaces/%1/"
                               "kubeadmcontrolplanes/%2/scale")
                    .arg(plan.targetNamespace, plan.targetName);
    spec.contentType = "application/merge-patch+json";
    spec.body = R"({"spec":{"replicas":2}})";
    std::unique_ptr<ApiRequest> patch(connection->client()->send(spec));
    QVERIFY(test::waitFinished(patch.get()));
    QCOMPARE(patch->error().kind, ApiErrorKind::Invalid);
    QCOMPARE(patch->httpStatus(), 422);
    QVERIFY2(patch->error().message.contains(u"even"), qPrintable(patch->error().message));

    // An operation sent anyway fails with the server's reason and changes nothing.
    ScalePlan forced = plan;
    forced.refusal.clear();
    ScaleUpOperation operation(connection.get(), forced);
    QSignalSpy finished(&operation, &ScaleUpOperation::finished);
    operation.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(operation.phase(), ScaleUpOperation::Phase::Failed);
    QVERIFY2(operation.message().contains(u"even"), qPrintable(operation.message()));
    QCOMPARE(operation.writesAccepted(), 0);
}

void tst_ScaleUpOperation::newSizeCreatesThenReusesMachineDeployment()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    auto connection = connectTo(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    const QString size = QStringLiteral("s-2vcpu-4gb");

    const ScalePlan first = planScaleUp(*connection, ServerRole::Worker, size, 1);
    QVERIFY2(first.isValid(), qPrintable(first.refusal));
    QVERIFY(first.createsMachineDeployment());
    ScaleUpOperation creating(connection.get(), first);
    creating.start();
    QTRY_VERIFY_WITH_TIMEOUT(creating.phase() != ScaleUpOperation::Phase::Submitting &&
                                 creating.phase() != ScaleUpOperation::Phase::Provisioning,
                             60000);
    QVERIFY2(creating.phase() == ScaleUpOperation::Phase::Finished, qPrintable(creating.message()));
    QCOMPARE(creating.writesAccepted(), 1);
    const QString name = machineDeploymentNameFor(first.clusterName, size);
    QCOMPARE(creating.plan().targetName, name);
    QCOMPARE(serverReplicas(*connection, first.targetNamespace, name), 1);

    // The same plan again, once the new MachineDeployment is known: it grows, not duplicates.
    QTRY_VERIFY_WITH_TIMEOUT(
        connection->machineDeployments()->find(first.targetNamespace + u'/' + name) != nullptr,
        10000);
    const ScalePlan second = planScaleUp(*connection, ServerRole::Worker, size, 1);
    QVERIFY2(second.isValid(), qPrintable(second.refusal));
    QVERIFY(!second.createsMachineDeployment());
    QCOMPARE(second.targetName, name);
    QCOMPARE(second.currentReplicas, 1);
    ScaleUpOperation growing(connection.get(), second);
    growing.start();
    QTRY_VERIFY_WITH_TIMEOUT(growing.phase() != ScaleUpOperation::Phase::Submitting &&
                                 growing.phase() != ScaleUpOperation::Phase::Provisioning,
                             60000);
    QVERIFY2(growing.phase() == ScaleUpOperation::Phase::Finished, qPrintable(growing.message()));
    QCOMPARE(serverReplicas(*connection, first.targetNamespace, name), 2);
    QCOMPARE(machinesOf(*connection, name), 2);
    // Exactly one MachineDeployment for the size.
    int forSize = 0;
    for (const MachineDeploymentInfo &md : connection->machineDeployments()->items())
        forSize += md.templateName == first.size.templateName;
    QCOMPARE(forSize, 1);

    // A create that is told the name is taken (another operation made it) changes nothing.
    ScaleUpOperation stale(connection.get(), first);
    QSignalSpy finished(&stale, &ScaleUpOperation::finished);
    stale.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(stale.phase(), ScaleUpOperation::Phase::Failed);
    QVERIFY2(stale.message().contains(name), qPrintable(stale.message()));
    QCOMPARE(serverReplicas(*connection, first.targetNamespace, name), 2);
}

void tst_ScaleUpOperation::doubleStartAddsNothing()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    auto connection = connectTo(test::contextOf(sim->kubeconfig()));
    QVERIFY(connection);
    const ScalePlan plan =
        planScaleUp(*connection, ServerRole::Worker, QStringLiteral("s-4vcpu-8gb"), 1);
    QVERIFY2(plan.isValid(), qPrintable(plan.refusal));
    ScaleUpOperation operation(connection.get(), plan);
    QSignalSpy finished(&operation, &ScaleUpOperation::finished);
    operation.start();
    operation.start(); // a double click
    QTRY_VERIFY_WITH_TIMEOUT(operation.phase() == ScaleUpOperation::Phase::Provisioning ||
                                 operation.phase() == ScaleUpOperation::Phase::Finished,
                             20000);
    operation.start(); // and one more while it runs
    QTRY_COMPARE_WITH_TIMEOUT(operation.phase(), ScaleUpOperation::Phase::Finished, 60000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(operation.writesAccepted(), 1);
    QCOMPARE(serverReplicas(*connection, plan.targetNamespace, plan.targetName), 1);
    QCOMPARE(machinesOf(*connection, plan.targetName), 1);
    operation.start(); // and after it finished
    QCOMPARE(operation.phase(), ScaleUpOperation::Phase::Finished);
    QCOMPARE(serverReplicas(*connection, plan.targetNamespace, plan.targetName), 1);
}

QTEST_GUILESS_MAIN(tst_ScaleUpOperation)
#include "tst_ScaleUpOperation.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The connection states a person sees, each reached for real: against maestro-sim, with
// wrong credentials or certificates, a closed port, and a web server that is not an API.

#include "KubeTestSupport.h"

#include "app/kube/ClusterConnection.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace maestro;
using namespace maestro::kube;

using State = ClusterConnection::State;

class tst_ClusterConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connects();
    void unauthorizedThenNewToken();
    void tlsFailureWithoutCa();
    void unreachableUntilTheServerListens();
    void lostAndRegained();
    void notKubernetes();
    void closedWhileConnecting();
    void twoClustersAtOnce();
};

void tst_ClusterConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ClusterConnection::connects()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    ClusterConnection connection(test::contextOf(sim->kubeconfig()));
    QCOMPARE(connection.state(), State::Disconnected);
    QSignalSpy states(&connection, &ClusterConnection::stateChanged);
    QSignalSpy synced(&connection, &ClusterConnection::synced);
    connection.open();
    QCOMPARE(connection.state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 30000);
    QCOMPARE(synced.count(), 1);
    QVERIFY(connection.hasSynced());
    QVERIFY(!connection.isStale());
    QVERIFY(connection.serverVersion().startsWith(u'v'));
    QVERIFY(connection.lastUpdate().isValid() || connection.nodes()->count() > 0);
    QVERIFY(connection.stateMessage().contains(connection.context().server.toString()));
    // Discovery found the Cluster API and the machine templates.
    QVERIFY(connection.clusterApi().clusterApi);
    QVERIFY(connection.clusterApi().controlPlane);
    QVERIFY(connection.clusterApi().metrics);
    QVERIFY(!connection.clusterApi().templateResource.isEmpty());
    QVERIFY(connection.machineTemplates());
    QVERIFY(connection.machineTemplates()->count() > 0);
    QVERIFY(connection.nodes()->count() >= 1);
    QVERIFY(connection.pods()->count() > 0);
    QVERIFY(connection.machines()->count() >= 1);
    // Connecting -> Syncing -> Connected, in that order.
    QList<State> seen;
    for (const QList<QVariant> &change : states)
        seen << change.first().value<State>();
    QCOMPARE(seen, (QList<State>{State::Connecting, State::Syncing, State::Connected}));

    connection.close();
    QCOMPARE(connection.state(), State::Disconnected);
    QVERIFY(connection.isStale());
    // Opened again, it reconnects and syncs again.
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 30000);
    QCOMPARE(synced.count(), 2);
}

void tst_ClusterConnection::unauthorizedThenNewToken()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    ResolvedContext context = test::contextOf(sim->kubeconfig());
    const QByteArray right = context.token;
    context.token = "expired-token";
    ClusterConnection connection(context);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Unauthorized, 15000);
    QVERIFY(connection.stateMessage().contains(u"401"));
    QVERIFY(!connection.hasSynced());

    connection.useToken(right);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 30000);
    QVERIFY(connection.client()->hasBearerToken());
    QVERIFY(connection.nodes()->count() >= 1);
}

void tst_ClusterConnection::tlsFailureWithoutCa()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    ResolvedContext context = test::contextOf(sim->kubeconfig());
    context.certificateAuthorityPem.clear();
    ClusterConnection connection(context);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::TlsFailure, 15000);
    QVERIFY2(connection.stateMessage().contains(u"certificate", Qt::CaseInsensitive),
             qPrintable(connection.stateMessage()));
}

void tst_ClusterConnection::unreachableUntilTheServerListens()
{
    const quint16 port = test::closedPort();
    auto options = test::simOptions();
    options.port = port;
    // The context the simulator will have, before it runs.
    ResolvedContext context;
    {
        auto probe = test::startSim(test::simOptions());
        QVERIFY(probe);
        context = test::contextOf(probe->kubeconfig());
    }
    context.server.setPort(port);
    context.insecureSkipTlsVerify = true; // the next simulator has a CA of its own
    context.certificateAuthorityPem.clear();
    context.token = options.token.toUtf8();

    ClusterConnection connection(context);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Unreachable, 15000);
    QVERIFY2(connection.stateMessage().contains(u"Retrying"),
             qPrintable(connection.stateMessage()));
    QVERIFY(connection.isStale());

    // It keeps trying on its own: once the server listens, it connects.
    auto sim = test::startSim(options);
    QVERIFY(sim);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 20000);
}

void tst_ClusterConnection::lostAndRegained()
{
    const quint16 port = test::closedPort();
    auto options = test::simOptions();
    options.port = port;
    auto sim = test::startSim(options);
    QVERIFY(sim);
    ResolvedContext context = test::contextOf(sim->kubeconfig());
    context.insecureSkipTlsVerify = true; // the second simulator has a CA of its own
    context.certificateAuthorityPem.clear();
    ClusterConnection connection(context);
    QSignalSpy synced(&connection, &ClusterConnection::synced);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 30000);

    // The API server goes away: the connection says so instead of looking connected.
    sim.reset();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Unreachable, 20000);
    QVERIFY(connection.isStale());
    QVERIFY(connection.nodes()->count() >= 1); // the last picture is kept

    // It comes back on the same address: connected again, without a second first sync.
    sim = test::startSim(options);
    QVERIFY(sim);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 30000);
    QCOMPARE(synced.count(), 1);
}

void tst_ClusterConnection::notKubernetes()
{
    test::FakeHttpServer fake(test::FakeHttpServer::Mode::HtmlPage);
    ClusterConnection connection(test::plainContext(fake.url()));
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::NotKubernetes, 15000);
    QVERIFY(!connection.stateMessage().isEmpty());

    test::FakeHttpServer redirect(test::FakeHttpServer::Mode::RedirectToSelf);
    ClusterConnection redirected(test::plainContext(redirect.url()));
    redirected.open();
    QTRY_COMPARE_WITH_TIMEOUT(redirected.state(), State::NotKubernetes, 15000);
}

void tst_ClusterConnection::closedWhileConnecting()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    ClusterConnection connection(test::contextOf(sim->kubeconfig()));
    QSignalSpy states(&connection, &ClusterConnection::stateChanged);
    connection.open();
    connection.close();
    QCOMPARE(connection.state(), State::Disconnected);
    // The probe's answer arrives after close(): it must not start loading anyway.
    QTest::qWait(500);
    QCOMPARE(connection.state(), State::Disconnected);
    QCOMPARE(connection.nodes()->state(), InformerBase::State::Idle);
    QCOMPARE(states.count(), 2); // Connecting, Disconnected

    // retryNow() twice in a row runs one probe through to one set of informers.
    connection.open();
    connection.retryNow();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 30000);
}

void tst_ClusterConnection::twoClustersAtOnce()
{
    auto shared = test::startSim(test::simOptions(QStringLiteral("shared-master")));
    auto ha = test::startSim(test::simOptions(QStringLiteral("ha")));
    QVERIFY(shared);
    QVERIFY(ha);
    ClusterConnection first(test::contextOf(shared->kubeconfig()));
    ClusterConnection second(test::contextOf(ha->kubeconfig()));
    first.open();
    second.open();
    QTRY_VERIFY_WITH_TIMEOUT(
        first.state() == State::Connected && second.state() == State::Connected, 30000);
    QVERIFY(first.context().server != second.context().server);
    // Each holds its own cluster: one master versus three masters and three workers.
    QVERIFY(first.nodes()->count() < second.nodes()->count());
    QCOMPARE(first.controlPlanes()->items().cbegin()->specReplicas, 1);
    QCOMPARE(second.controlPlanes()->items().cbegin()->specReplicas, 3);

    // One of them is given a wrong token: it is not taken on trust while the old watches
    // still run; the other connection does not notice.
    first.useToken("revoked");
    QCOMPARE(first.state(), State::Syncing);
    QTRY_COMPARE_WITH_TIMEOUT(first.state(), State::Unauthorized, 15000);
    QCOMPARE(second.state(), State::Connected);
    QVERIFY(!second.isStale());
}

QTEST_GUILESS_MAIN(tst_ClusterConnection)
#include "tst_ClusterConnection.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The API client over real loopback HTTPS against maestro-sim: TLS as the kubeconfig
// sets it up, every kind of credential, typed errors, bounded retries, and enough
// connections that watches never starve a list.

#include "KubeTestSupport.h"

#include "app/kube/ApiClient.h"
#include "app/kubeconfig/ExecCredentialProvider.h"
#include "sim/tls/CertificateAuthority.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maestro;
using namespace maestro::kube;

class tst_ApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void versionAndNodesWithToken();
    void wrongTokenIsUnauthorized();
    void missingCaIsTlsError();
    void wrongServerNameIsTlsError();
    void insecureSkipTlsVerify();
    void clientCertificate();
    void execPlugin();
    void notFoundCarriesStatusMessage();
    void connectionRefusedAfterBoundedRetries();
    void tooManyRequestsRetriedUnlessDeclined();
    void htmlPageIsNotKubernetes();
    void redirectIsNotKubernetes();
    void latencyPerVerbAndResource();
    void watchesDoNotStarveRequests();
    void watchDeliversEvents();

private:
    std::unique_ptr<sim::SimServerThread> m_sim;
    ResolvedContext m_context;
};

void tst_ApiClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sim = test::startSim(test::simOptions());
    QVERIFY(m_sim);
    m_context = test::contextOf(m_sim->kubeconfig());
    QVERIFY(m_context.server.isValid());
    QCOMPARE(m_context.server.scheme(), QStringLiteral("https"));
    QVERIFY(!m_context.certificateAuthorityPem.isEmpty());
}

void tst_ApiClient::cleanupTestCase()
{
    m_sim.reset();
}

void tst_ApiClient::versionAndNodesWithToken()
{
    ApiClient client(m_context);
    QVERIFY(!client.insecureSkipTlsVerify());
    std::unique_ptr<ApiRequest> version(
        client.get(QStringLiteral("/version"), {}, QStringLiteral("version")));
    QVERIFY(test::waitFinished(version.get()));
    QVERIFY2(version->ok(), qPrintable(version->error().describe()));
    QCOMPARE(version->httpStatus(), 200);
    QVERIFY(version->json().value(QLatin1String("gitVersion")).toString().startsWith(u'v'));

    std::unique_ptr<ApiRequest> nodes(
        client.get(QStringLiteral("/api/v1/nodes"), {}, QStringLiteral("nodes")));
    QVERIFY(test::waitFinished(nodes.get()));
    QVERIFY2(nodes->ok(), qPrintable(nodes->error().describe()));
    QCOMPARE(nodes->json().value(QLatin1String("kind")).toString(), QStringLiteral("NodeList"));
    QVERIFY(!nodes->json().value(QLatin1String("items")).toArray().isEmpty());
    QCOMPARE(nodes->attempts(), 1);
}

void tst_ApiClient::wrongTokenIsUnauthorized()
{
    ResolvedContext context = m_context;
    context.token = "not-the-token";
    ApiClient client(context);
    QSignalSpy unauthorized(&client, &ApiClient::unauthorized);
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/api/v1/nodes")));
    QVERIFY(test::waitFinished(request.get()));
    QVERIFY(!request->ok());
    QCOMPARE(request->error().kind, ApiErrorKind::Unauthorized);
    QCOMPARE(request->httpStatus(), 401);
    // Not worth retrying: the same token would be refused again.
    QCOMPARE(request->attempts(), 1);
    QCOMPARE(unauthorized.count(), 1);
    QCOMPARE(unauthorized.first().first().value<ApiError>().kind, ApiErrorKind::Unauthorized);

    // A token typed by the user replaces the kubeconfig's.
    client.setBearerToken(m_context.token);
    std::unique_ptr<ApiRequest> again(client.get(QStringLiteral("/api/v1/nodes")));
    QVERIFY(test::waitFinished(again.get()));
    QVERIFY2(again->ok(), qPrintable(again->error().describe()));
    QCOMPARE(unauthorized.count(), 1);
}

void tst_ApiClient::missingCaIsTlsError()
{
    ResolvedContext context = m_context;
    context.certificateAuthorityPem.clear(); // the system store does not know the sim's CA
    ApiClient client(context);
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(request.get()));
    QCOMPARE(request->error().kind, ApiErrorKind::Tls);
    const QString message = request->error().message.toLower();
    QVERIFY2(message.contains(u"certificate"), qPrintable(message));
    QVERIFY2(message.contains(u"issuer") || message.contains(u"self signed") ||
                 message.contains(u"not trusted") || message.contains(u"untrusted"),
             qPrintable(message));
    // Retrying cannot fix a certificate.
    QCOMPARE(request->attempts(), 1);
}

void tst_ApiClient::wrongServerNameIsTlsError()
{
    ResolvedContext context = m_context;
    context.tlsServerName = QStringLiteral("api.elsewhere.example");
    ApiClient client(context);
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(request.get()));
    QCOMPARE(request->error().kind, ApiErrorKind::Tls);
    QVERIFY2(request->error().message.contains(u"host name", Qt::CaseInsensitive) ||
                 request->error().message.contains(u"hostname", Qt::CaseInsensitive),
             qPrintable(request->error().message));

    // The right name (one of the serving certificate's) works.
    context.tlsServerName = QStringLiteral("kubernetes.default.svc");
    ApiClient right(context);
    std::unique_ptr<ApiRequest> ok(right.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(ok.get()));
    QVERIFY2(ok->ok(), qPrintable(ok->error().describe()));
}

void tst_ApiClient::insecureSkipTlsVerify()
{
    ResolvedContext context = m_context;
    context.certificateAuthorityPem.clear();
    context.insecureSkipTlsVerify = true;
    ApiClient client(context);
    QVERIFY(client.insecureSkipTlsVerify());
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/api/v1/nodes")));
    QVERIFY(test::waitFinished(request.get()));
    QVERIFY2(request->ok(), qPrintable(request->error().describe()));
}

void tst_ApiClient::clientCertificate()
{
    // The CA lives in the simulator's thread: issue the certificate there.
    sim::IssuedCertificate issued;
    QMetaObject::invokeMethod(
        m_sim->server(),
        [&] {
            issued = m_sim->server()->certificateAuthority()->issueClientCertificate(
                QStringLiteral("alice"), {QStringLiteral("system:masters")});
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(!issued.certificatePem.isEmpty());
    QVERIFY(!issued.keyPem.isEmpty());

    ResolvedContext context = m_context;
    context.token.clear();
    context.clientCertificatePem = issued.certificatePem;
    context.clientKeyPem = issued.keyPem;
    ApiClient client(context);
    QVERIFY(!client.hasBearerToken());
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/api/v1/nodes")));
    QVERIFY(test::waitFinished(request.get()));
    QVERIFY2(request->ok(), qPrintable(request->error().describe()));

    // The same without the certificate is refused: it was the certificate that counted.
    context.clientCertificatePem.clear();
    context.clientKeyPem.clear();
    ApiClient anonymous(context);
    std::unique_ptr<ApiRequest> refused(anonymous.get(QStringLiteral("/api/v1/nodes")));
    QVERIFY(test::waitFinished(refused.get()));
    QCOMPARE(refused->error().kind, ApiErrorKind::Unauthorized);
}

void tst_ApiClient::execPlugin()
{
    // credential.sh prints "token-run-N"; a simulator that expects the first run's token.
    auto options = test::simOptions(QStringLiteral("shared-master"), 1);
    options.token = QStringLiteral("token-run-1");
    auto sim = test::startSim(options);
    QVERIFY(sim);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString counter = dir.filePath(QStringLiteral("runs"));
    const QByteArray yaml =
        "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: " +
        sim->url().toString().toUtf8() +
        "\n    certificate-authority-data: " + sim->caCertificatePem().toBase64() +
        "\nusers:\n- name: plugin\n  user:\n    exec:\n      apiVersion: "
        "client.authentication.k8s.io/v1\n      command: " MAESTRO_TEST_DATA_DIR
        "/exec/credential.sh\n      interactiveMode: Never\n      env:\n      - name: "
        "MAESTRO_TEST_COUNTER\n        value: " +
        counter.toUtf8() +
        "\ncontexts:\n- name: plugin\n  context:\n    cluster: c\n    user: plugin\n";
    const Kubeconfig config = Kubeconfig::loadData(yaml, dir.filePath(QStringLiteral("k.yaml")));
    const auto context = config.context(QStringLiteral("plugin"));
    QVERIFY2(context, qPrintable(config.issues().value(0).toString()));
    QVERIFY(context->exec);

    // No provider handed in: the client runs the plugin itself.
    ApiClient client(*context);
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/api/v1/nodes")));
    QVERIFY(test::waitFinished(request.get()));
    QVERIFY2(request->ok(), qPrintable(request->error().describe()));

    // The credential is cached: a second request does not run the plugin again.
    std::unique_ptr<ApiRequest> second(client.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(second.get()));
    QVERIFY(second->ok());
    QFile runs(counter);
    QVERIFY(runs.open(QIODevice::ReadOnly));
    QCOMPARE(runs.readAll().count("run"), 1);
}

void tst_ApiClient::notFoundCarriesStatusMessage()
{
    ApiClient client(m_context);
    std::unique_ptr<ApiRequest> request(
        client.get(QStringLiteral("/api/v1/nodes/no-such-node"), {}, QStringLiteral("nodes")));
    QVERIFY(test::waitFinished(request.get()));
    QCOMPARE(request->error().kind, ApiErrorKind::NotFound);
    QCOMPARE(request->httpStatus(), 404);
    QCOMPARE(request->error().reason, QStringLiteral("NotFound"));
    QCOMPARE(request->error().message, QStringLiteral("nodes \"no-such-node\" not found"));
    QCOMPARE(request->attempts(), 1);
}

void tst_ApiClient::connectionRefusedAfterBoundedRetries()
{
    ResolvedContext context = m_context;
    context.server.setPort(test::closedPort());
    ApiClient client(context);
    RequestSpec spec;
    spec.path = QStringLiteral("/version");
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ApiRequest> request(client.send(spec));
    QVERIFY(test::waitFinished(request.get(), 15000));
    QCOMPARE(request->error().kind, ApiErrorKind::Network);
    QCOMPARE(request->attempts(), spec.maxAttempts);
    QVERIFY(!request->mayHaveReachedServer());
    // Backoff 250 + 500 + 1000 ms with jitter: well under ten seconds in all.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!request->error().describe().isEmpty());
}

void tst_ApiClient::tooManyRequestsRetriedUnlessDeclined()
{
    // A server that throttles every request (429, Retry-After: 1).
    sim::SimServerOptions options = test::simOptions();
    options.faults = QStringLiteral("throttle=1");
    std::unique_ptr<sim::SimServerThread> throttling = test::startSim(options);
    QVERIFY(throttling);
    ApiClient client(test::contextOf(throttling->kubeconfig()));

    RequestSpec spec;
    spec.path = QStringLiteral("/version");
    spec.maxAttempts = 2;
    std::unique_ptr<ApiRequest> retried(client.send(spec));
    QVERIFY(test::waitFinished(retried.get(), 15000));
    QCOMPARE(retried->error().kind, ApiErrorKind::TooManyRequests);
    QCOMPARE(retried->attempts(), 2);

    // A caller that waits on the 429 itself gets it at once, after one attempt.
    spec.retryTooManyRequests = false;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ApiRequest> declined(client.send(spec));
    QVERIFY(test::waitFinished(declined.get(), 15000));
    QCOMPARE(declined->error().kind, ApiErrorKind::TooManyRequests);
    QCOMPARE(declined->httpStatus(), 429);
    QCOMPARE(declined->attempts(), 1);
    // No Retry-After second was spent waiting.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void tst_ApiClient::htmlPageIsNotKubernetes()
{
    test::FakeHttpServer fake(test::FakeHttpServer::Mode::HtmlPage);
    ApiClient client(test::plainContext(fake.url()));
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(request.get()));
    QCOMPARE(request->error().kind, ApiErrorKind::NotKubernetes);
    QVERIFY2(request->error().message.contains(u"text/html"), qPrintable(request->error().message));
    QCOMPARE(fake.requests(), 1);
}

void tst_ApiClient::redirectIsNotKubernetes()
{
    test::FakeHttpServer fake(test::FakeHttpServer::Mode::RedirectToSelf);
    ApiClient client(test::plainContext(fake.url()));
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(request.get()));
    QCOMPARE(request->error().kind, ApiErrorKind::NotKubernetes);
    QVERIFY2(request->error().message.contains(u"redirect"), qPrintable(request->error().message));
    // Redirects are not followed: the credentials must never go somewhere else.
    QCOMPARE(fake.requests(), 1);
}

void tst_ApiClient::latencyPerVerbAndResource()
{
    ApiClient client(m_context);
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<ApiRequest> nodes(
            client.get(QStringLiteral("/api/v1/nodes"), {}, QStringLiteral("nodes")));
        QVERIFY(test::waitFinished(nodes.get()));
    }
    std::unique_ptr<ApiRequest> pods(
        client.get(QStringLiteral("/api/v1/pods"), {}, QStringLiteral("pods")));
    QVERIFY(test::waitFinished(pods.get()));
    // A refused request was still answered: its latency counts too.
    std::unique_ptr<ApiRequest> missing(
        client.get(QStringLiteral("/api/v1/nodes/nope"), {}, QStringLiteral("nodes")));
    QVERIFY(test::waitFinished(missing.get()));

    const LatencyRecorder &latency = client.latency();
    QCOMPARE(latency.sampleCount(60), 5);
    int nodeSamples = 0, podSamples = 0;
    for (const LatencyRecorder::Sample &s : latency.samples()) {
        nodeSamples += s.key == u"GET nodes";
        podSamples += s.key == u"GET pods";
        QVERIFY(s.ms >= 0 && s.ms < 20000);
    }
    QCOMPARE(nodeSamples, 4);
    QCOMPARE(podSamples, 1);
    QVERIFY(latency.percentile(50, 60, QStringLiteral("GET nodes")) >= 0);
    QCOMPARE(latency.percentile(50, 60, QStringLiteral("DELETE nodes")), -1);
}

void tst_ApiClient::watchesDoNotStarveRequests()
{
    ApiClient client(m_context);
    std::unique_ptr<ApiRequest> first(client.get(QStringLiteral("/api/v1/nodes")));
    QVERIFY(test::waitFinished(first.get()));
    // Watching from "now" (the list's version) keeps the streams small.
    const QString now = first->json()
                            .value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("resourceVersion"))
                            .toString();
    const QStringList resources{QStringLiteral("pods"),   QStringLiteral("nodes"),
                                QStringLiteral("events"), QStringLiteral("pods"),
                                QStringLiteral("nodes"),  QStringLiteral("events"),
                                QStringLiteral("pods"),   QStringLiteral("nodes")};
    std::vector<std::unique_ptr<WatchStream>> watches;
    QList<int> bookmarks(resources.size(), 0);
    for (int i = 0; i < resources.size(); ++i) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("resourceVersion"), now);
        watches.emplace_back(
            client.watch(QStringLiteral("/api/v1/") + resources[i], query, resources[i], 60000));
        connect(watches.back().get(), &WatchStream::received, this,
                [&bookmarks, i](const QString &type) {
                    if (type == u"BOOKMARK")
                        ++bookmarks[i];
                });
    }
    // Every watch is open at once (each got a bookmark from the server) ...
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(bookmarks.begin(), bookmarks.end(), [](int n) { return n > 0; }), 15000);
    // ... and a list still goes through at once, not after a watch ends.
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<ApiRequest>> lists;
    for (int i = 0; i < 3; ++i)
        lists.emplace_back(
            client.get(QStringLiteral("/api/v1/nodes"), {}, QStringLiteral("nodes")));
    for (auto &list : lists) {
        QVERIFY(test::waitFinished(list.get(), 10000));
        QVERIFY2(list->ok(), qPrintable(list->error().describe()));
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void tst_ApiClient::watchDeliversEvents()
{
    ApiClient client(m_context);
    std::unique_ptr<ApiRequest> list(
        client.get(QStringLiteral("/api/v1/pods"), {}, QStringLiteral("pods")));
    QVERIFY(test::waitFinished(list.get()));
    const QString version = list->json()
                                .value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("resourceVersion"))
                                .toString();
    QVERIFY(!version.isEmpty());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("resourceVersion"), version);
    query.addQueryItem(QStringLiteral("timeoutSeconds"), QStringLiteral("2"));
    std::unique_ptr<WatchStream> watch(
        client.watch(QStringLiteral("/api/v1/events"), query, QStringLiteral("events"), 60000));
    QSignalSpy received(watch.get(), &WatchStream::received);
    QSignalSpy closed(watch.get(), &WatchStream::closed);
    // The server ends the watch after its timeout: a normal end, not an error.
    QVERIFY(closed.wait(10000));
    QVERIFY(!closed.first().first().value<ApiError>().isError());
    for (const QList<QVariant> &event : received) {
        const QString type = event.first().toString();
        QVERIFY2(type == u"ADDED" || type == u"MODIFIED" || type == u"DELETED" ||
                     type == u"BOOKMARK",
                 qPrintable(type));
    }
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_ApiClient.moc"

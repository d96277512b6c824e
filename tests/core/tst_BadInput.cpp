// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input from every side, each met with a clear error while everything else goes on:
// broken kubeconfigs next to a good one, servers that are not Kubernetes next to a
// connected cluster, absurd objects from a cluster, and an answer far over the size cap.
// The good cluster stays connected and its stored history keeps what it had.

#include "KubeTestSupport.h"

#include "app/clusters/ClusterRegistry.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "sim/store/ObjectStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maestro;
using namespace maestro::kube;
using State = ClusterConnection::State;

namespace {

constexpr int ConnectMs = 30000;
const QString GoodId = QStringLiteral("context:maestro-sim");

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// Servers that misbehave below the HTTP layer the FakeHttpServer speaks.
class OddServer : public QTcpServer
{
public:
    enum class Mode {
        PlainHttp,    ///< a web server's plain-HTTP port: "400 Bad Request" to a TLS hello
        HugeDeclared, ///< 200 with a Content-Length of 8 GiB, then bytes until hung up
        HugeChunked,  ///< 200, chunked, bytes until hung up
        EmptyAnswer,  ///< 200 with a JSON content type and no body at all
        CutAtBody,    ///< 200 with a Content-Length, then hung up before the body
        CutInBody,    ///< 200 with a Content-Length, then hung up halfway through the body
    };
    explicit OddServer(Mode mode)
        : m_mode(mode)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
                    if (socket->property("streaming").toBool() && socket->bytesToWrite() < 1 << 20)
                        stream(socket);
                });
            }
        });
    }
    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(serverPort()));
    }
    qint64 bytesSent() const { return m_sent; }
    int answers() const { return m_answers; }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        if (socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        if (m_mode == Mode::PlainHttp) {
            // What nginx says to bytes that are no HTTP request, and it hangs up.
            const QByteArray page = "<html><head><title>400 Bad Request</title></head><body>"
                                    "<center><h1>400 Bad Request</h1></center></body></html>";
            socket->write("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Type: text/html\r\n"
                          "Content-Length: " +
                          QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
            socket->disconnectFromHost();
            return;
        }
        Q_UNUSED(request);
        if (m_mode == Mode::EmptyAnswer || m_mode == Mode::CutAtBody || m_mode == Mode::CutInBody) {
            ++m_answers;
            const QByteArray body = R"({"kind":"Scale","apiVersion":"autoscaling/v1",)"
                                    R"("metadata":{"name":"md-0","resourceVersion":"7"},)"
                                    R"("spec":{"replicas":3},"status":{"replicas":3}})";
            const QByteArray sent =
                m_mode == Mode::CutInBody ? body.left(body.size() / 2) : QByteArray();
            const qsizetype declared = m_mode == Mode::EmptyAnswer ? 0 : body.size();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(declared) + "\r\n\r\n" + sent);
            m_sent += sent.size();
            if (m_mode == Mode::EmptyAnswer)
                socket->setProperty("answered", false); // keep-alive: the next one too
            else
                socket->disconnectFromHost();
            return;
        }
        if (m_mode == Mode::HugeDeclared)
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 8589934592\r\n\r\n");
        else
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
        socket->setProperty("streaming", true);
        stream(socket);
    }
    void stream(QTcpSocket *socket)
    {
        // A list that never ends: one item after another, about a megabyte at a time.
        static const QByteArray item = R"({"metadata":{"name":"x"}},)";
        QByteArray block =
            m_sent == 0 ? QByteArray(R"({"kind":"PodList","items":[)") : QByteArray();
        while (block.size() < (1 << 20))
            block += item;
        if (m_mode == Mode::HugeChunked)
            block = QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n";
        m_sent += block.size();
        socket->write(block);
    }

    Mode m_mode;
    qint64 m_sent = 0;
    int m_answers = 0;
};

} // namespace

class tst_BadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void malformedKubeconfigs_data();
    void malformedKubeconfigs();
    void serversThatAreNotKubernetes();
    void absurdObjects();
    void responseOverTheSizeCap_data();
    void responseOverTheSizeCap();
    void answersCutShort_data();
    void answersCutShort();

private:
    std::unique_ptr<sim::SimServerThread> m_sim;
    QByteArray m_good; ///< the simulator's kubeconfig
    QTemporaryDir m_dir;
};

void tst_BadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sim = test::startSim(test::simOptions());
    QVERIFY(m_sim);
    m_good = m_sim->kubeconfig();
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("good.yaml")), m_good));
}

void tst_BadInput::cleanupTestCase()
{
    qunsetenv("KUBECONFIG");
    m_sim.reset();
}

void tst_BadInput::malformedKubeconfigs_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("bytes"); // > 0: a file of that size instead of `content`

    // A kubeconfig of another cluster, cut off in the middle of its CA.
    QByteArray other = m_sim ? m_sim->kubeconfig() : QByteArray();
    other.replace("maestro-sim", "other");
    QTest::newRow("truncated") << other.left(other.indexOf("certificate-authority-data") + 40)
                               << qint64(0);
    QTest::newRow("wrong types") << QByteArray(
                                        "apiVersion: v1\nkind: Config\nclusters: just a string\n"
                                        "users: {a: 1}\ncontexts:\n- name: [1, 2]\n  context: 7\n"
                                        "current-context: {x: y}\n")
                                 << qint64(0);
    QTest::newRow("missing entries")
        << QByteArray("apiVersion: v1\nkind: Config\ncontexts:\n- name: orphan\n  context:\n"
                      "    cluster: nowhere\n    user: nobody\n- context:\n    cluster: x\n"
                      "clusters:\n- name: no-server\n  cluster: {}\n")
        << qint64(0);
    QByteArray junk(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : junk)
        c = char(rng.bounded(256));
    QTest::newRow("binary junk") << junk << qint64(0);
    QTest::newRow("100 MB") << QByteArray() << qint64(100) * 1024 * 1024;
}

void tst_BadInput::malformedKubeconfigs()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, bytes);
    const QString bad = m_dir.filePath(QStringLiteral("bad.yaml"));
    if (bytes > 0) {
        // Valid YAML all the way (comments), so that only its size can be the problem.
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line = "# " + QByteArray(77, 'x') + '\n';
        const QByteArray block = line.repeated(int((1 << 20) / line.size()) + 1).left(1 << 20);
        for (qint64 written = 0; written < bytes; written += block.size())
            QCOMPARE(file.write(block), block.size());
        file.close();
        QVERIFY(QFileInfo(bad).size() >= bytes);
    } else {
        QVERIFY(writeFile(bad, content));
    }
    // The bad file first: were anything of it to win the merge, the good context would break.
    qputenv("KUBECONFIG",
            QFile::encodeName(bad + u':' + m_dir.filePath(QStringLiteral("good.yaml"))));

    QElapsedTimer timer;
    timer.start();
    ClusterRegistry registry;
    registry.load();
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));

    // A clear error naming the file...
    QVERIFY(!registry.issues().isEmpty());
    QStringList texts;
    bool namesTheFile = false;
    for (const KubeconfigIssue &issue : registry.issues()) {
        texts << issue.toString();
        QVERIFY(!issue.message.isEmpty());
        namesTheFile = namesTheFile || issue.file == QFileInfo(bad).absoluteFilePath();
    }
    QVERIFY2(namesTheFile, qPrintable(texts.join(u'\n')));
    // ...and the good cluster is there as it was, and connects.
    const ClusterEntry *good = registry.entry(GoodId);
    QVERIFY2(good, qPrintable(texts.join(u'\n')));
    QCOMPARE(good->context.server, m_sim->url());
    QString error;
    ClusterConnection *connection = registry.open(GoodId, &error);
    QVERIFY2(connection, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, ConnectMs);
}

void tst_BadInput::serversThatAreNotKubernetes()
{
    test::FakeHttpServer html(test::FakeHttpServer::Mode::HtmlPage);
    test::FakeHttpServer redirect(test::FakeHttpServer::Mode::RedirectToSelf);
    OddServer plain(OddServer::Mode::PlainHttp);
    OddServer huge(OddServer::Mode::HugeDeclared);
    struct Bad
    {
        QString name;
        QUrl server;
        State state;
        QString says; ///< a word of the message
    };
    const QList<Bad> bads{
        {QStringLiteral("html"), html.url(), State::NotKubernetes, QStringLiteral("text/html")},
        {QStringLiteral("redirect"), redirect.url(), State::NotKubernetes,
         QStringLiteral("redirect")},
        {QStringLiteral("tls-to-plain"), plain.url(QStringLiteral("https")), State::NotKubernetes,
         QStringLiteral("TLS")},
        {QStringLiteral("huge"), huge.url(), State::NotKubernetes, QStringLiteral("MiB")},
    };
    QByteArray yaml = m_good;
    QByteArray clusters, contexts;
    for (const Bad &bad : bads) {
        const QByteArray name = bad.name.toUtf8();
        clusters +=
            "- name: " + name + "\n  cluster:\n    server: " + bad.server.toEncoded() + "\n";
        contexts += "- name: " + name + "\n  context:\n    cluster: " + name + "\n";
    }
    yaml.replace("clusters:\n", "clusters:\n" + clusters);
    yaml.replace("contexts:\n", "contexts:\n" + contexts);
    const QString file = m_dir.filePath(QStringLiteral("servers.yaml"));
    QVERIFY(writeFile(file, yaml));

    ClusterRegistry registry;
    registry.load(file);
    for (const KubeconfigIssue &issue : registry.issues())
        QFAIL(qPrintable(issue.toString()));
    QString error;
    ClusterConnection *good = registry.open(GoodId, &error);
    QVERIFY2(good, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(good->state(), State::Connected, ConnectMs);
    history::HistoryStore *goodHistory = registry.history(GoodId);
    QVERIFY(goodHistory);
    QTRY_VERIFY_WITH_TIMEOUT((goodHistory->flush(), goodHistory->stats().events > 0), ConnectMs);
    const auto before = goodHistory->stats();
    const QString goodPath = goodHistory->path();

    for (const Bad &bad : bads) {
        const QString id = QStringLiteral("context:") + bad.name;
        ClusterConnection *connection = registry.open(id, &error);
        QVERIFY2(connection, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), bad.state, ConnectMs);
        QVERIFY2(connection->stateMessage().contains(bad.says, Qt::CaseInsensitive),
                 qPrintable(bad.name + QStringLiteral(": ") + connection->stateMessage()));
        // Each has a history of its own: nothing of it lands in the good cluster's.
        QVERIFY(!registry.history(id) || registry.history(id)->path() != goodPath);
    }
    // The huge answer was refused from its header, not after downloading gigabytes.
    QVERIFY2(huge.bytesSent() < (64 << 20), qPrintable(QString::number(huge.bytesSent())));

    QCOMPARE(good->state(), State::Connected);
    goodHistory->flush();
    const auto after = goodHistory->stats();
    QCOMPARE(goodHistory->path(), goodPath);
    QVERIFY(after.events >= before.events);
    QVERIFY(after.rawRows >= before.rawRows);
}

void tst_BadInput::absurdObjects()
{
    ClusterRegistry registry;
    const QString file = m_dir.filePath(QStringLiteral("good.yaml"));
    registry.load(file);
    QString error;
    ClusterConnection *connection = registry.open(GoodId, &error);
    QVERIFY2(connection, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, ConnectMs);
    history::HistoryStore *store = registry.history(GoodId);
    QVERIFY(store);
    // The simulation goes on meanwhile (pods come and go), so the test looks for the
    // objects themselves rather than at counts.
    auto nameless = [connection] {
        int found = 0;
        for (const NodeInfo &node : connection->nodes()->items())
            found += node.meta.name.isEmpty();
        for (const PodInfo &pod : connection->pods()->items())
            found += pod.meta.name.isEmpty();
        return found;
    };

    // What no real API server accepts, put straight into the simulator's store, so that
    // the app reads it through list and watch as it would from a broken or hostile server.
    const QString longName = QString(10000, u'n');
    const QString unicodeName = QStringLiteral(u"узел-😀-عقدة-\u202e-ノード");
    auto node = [](const QString &name) {
        return QJsonObject{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Node")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("uid"), name.left(36)}}}};
    };
    sim::ObjectStore *objects = m_sim->server()->store();
    QVERIFY(QMetaObject::invokeMethod(
        objects,
        [&] {
            objects->put(QStringLiteral("nodes"), node(longName));
            objects->put(QStringLiteral("nodes"), node(unicodeName));
            // No metadata at all, a status of the wrong type, a pod without spec or name.
            objects->put(QStringLiteral("nodes"),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("Node")},
                                     {QStringLiteral("status"), QStringLiteral("Ready")}});
            objects->put(QStringLiteral("pods"),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("Pod")},
                                     {QStringLiteral("metadata"),
                                      QJsonObject{{QStringLiteral("namespace"), unicodeName},
                                                  {QStringLiteral("labels"), 7}}}});
            objects->put(QStringLiteral("pods"),
                         QJsonObject{{QStringLiteral("metadata"),
                                      QJsonObject{{QStringLiteral("name"), longName},
                                                  {QStringLiteral("namespace"), unicodeName}}},
                                     {QStringLiteral("spec"), QJsonArray{1, 2, 3}},
                                     {QStringLiteral("status"), QJsonObject{}}});
        },
        Qt::BlockingQueuedConnection));

    // The names arrive whole; what has no name is left out; the connection carries on.
    QTRY_VERIFY_WITH_TIMEOUT(connection->nodes()->items().contains(longName), ConnectMs);
    QTRY_VERIFY_WITH_TIMEOUT(connection->nodes()->items().contains(unicodeName), ConnectMs);
    QCOMPARE(connection->nodes()->items().value(unicodeName).meta.name, unicodeName);
    QTRY_VERIFY_WITH_TIMEOUT(connection->pods()->items().contains(unicodeName + u'/' + longName),
                             ConnectMs);
    QCOMPARE(nameless(), 0);
    QCOMPARE(connection->state(), State::Connected);

    // And after a reconnect (a fresh list with them in it) too.
    connection->close();
    connection->open();
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, ConnectMs);
    QVERIFY(connection->nodes()->items().contains(longName));
    QVERIFY(connection->nodes()->items().contains(unicodeName));
    QCOMPARE(nameless(), 0);
    store->flush();
    QVERIFY(store->isOpen());
    QVERIFY(store->stateMessage().isEmpty());

    QVERIFY(QMetaObject::invokeMethod(
        objects,
        [&] {
            objects->remove(QStringLiteral("nodes"), {}, longName);
            objects->remove(QStringLiteral("nodes"), {}, unicodeName);
            objects->remove(QStringLiteral("nodes"), {}, {});
            objects->remove(QStringLiteral("pods"), unicodeName, longName);
            objects->remove(QStringLiteral("pods"), unicodeName, {});
        },
        Qt::BlockingQueuedConnection));
    QTRY_VERIFY_WITH_TIMEOUT(!connection->nodes()->items().contains(longName) &&
                                 !connection->nodes()->items().contains(unicodeName),
                             ConnectMs);
    QCOMPARE(connection->state(), State::Connected);
}

void tst_BadInput::responseOverTheSizeCap_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("maxSent"); // what the server may have sent by then
    // The default cap, announced by Content-Length: refused before the body.
    QTest::newRow("declared length")
        << int(OddServer::Mode::HugeDeclared) << qint64(0) << qint64(64 << 20);
    // No length given: refused as soon as the cap is passed (a smaller one keeps it quick).
    QTest::newRow("chunked") << int(OddServer::Mode::HugeChunked) << qint64(16 << 20)
                             << qint64(80 << 20);
}

void tst_BadInput::responseOverTheSizeCap()
{
    QFETCH(int, mode);
    QFETCH(qint64, cap);
    QFETCH(qint64, maxSent);
    OddServer server{OddServer::Mode(mode)};
    ApiClient client(test::plainContext(server.url()));
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v1/pods");
    if (cap > 0)
        spec.maxResponseBytes = cap;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ApiRequest> request(client.send(spec));
    QVERIFY(test::waitFinished(request.get(), 60000));
    QCOMPARE(request->error().kind, ApiErrorKind::TooLarge);
    QVERIFY2(request->error().describe().contains(u"MiB"), qPrintable(request->error().describe()));
    QCOMPARE(request->attempts(), 1); // the same answer would come again
    QVERIFY(request->body().size() <= spec.maxResponseBytes);
    QVERIFY2(server.bytesSent() < maxSent, qPrintable(QString::number(server.bytesSent())));
    qInfo("refused after %lld bytes sent, %lld ms", server.bytesSent(), timer.elapsed());
}

void tst_BadInput::answersCutShort_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("says");
    // A 200 whose body never came: not an empty object. A scale-up that read it as one
    // found no replica count on a Scale its own write had just changed.
    QTest::newRow("empty") << int(OddServer::Mode::EmptyAnswer) << QStringLiteral("empty");
    QTest::newRow("cut before the body")
        << int(OddServer::Mode::CutAtBody) << QStringLiteral("after 0 byte");
    QTest::newRow("cut in the body")
        << int(OddServer::Mode::CutInBody) << QStringLiteral("of the answer");
}

void tst_BadInput::answersCutShort()
{
    QFETCH(int, mode);
    QFETCH(QString, says);
    OddServer server{OddServer::Mode(mode)};
    ApiClient client(test::plainContext(server.url()));
    RequestSpec spec;
    spec.path = QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/namespaces/default/"
                               "machinedeployments/md-0/scale");
    spec.maxAttempts = 3;
    std::unique_ptr<ApiRequest> request(client.send(spec));
    QVERIFY(test::waitFinished(request.get(), 60000));
    QVERIFY(!request->ok());
    QCOMPARE(request->error().kind, ApiErrorKind::Decode);
    QVERIFY2(request->error().describe().contains(says), qPrintable(request->error().describe()));
    // The answer is lost, not wrong: a read is worth asking again.
    QCOMPARE(request->attempts(), 3);
    QCOMPARE(server.answers(), 3);
    QVERIFY(request->mayHaveReachedServer());
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_BadInput.moc"

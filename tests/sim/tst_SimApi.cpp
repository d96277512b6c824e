// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated Kubernetes API in-process: bad input gets a Status (never a crash),
// lists paginate, watches resume, expire and end as a real API server's do, and the
// Cluster API objects scale and grow machines.
#include "sim/api/ApiServer.h"
#include "sim/api/FaultInjector.h"
#include "sim/cluster/SimCluster.h"
#include "sim/http/HttpServer.h"
#include "sim/server/SimServer.h"
#include "sim/store/ObjectStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <vector>

#include <sys/socket.h>

using namespace maestro::sim;

namespace {

const QByteArray kToken = QByteArrayLiteral("sim-api-test-token");
const QString kMd = QStringLiteral("maestro-demo-md-0");
const QString kCapi = QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/namespaces/default/");
const QString kKcpScale =
    QStringLiteral("/apis/controlplane.cluster.x-k8s.io/v1beta1/namespaces/default/"
                   "kubeadmcontrolplanes/maestro-demo-control-plane/scale");

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return json().value(QLatin1String("items")).toArray(); }
    QString resourceVersion() const
    {
        return json()
            .value(QLatin1String("metadata"))
            .toObject()
            .value(QLatin1String("resourceVersion"))
            .toString();
    }
};

QString nameOf(const QJsonValue &object)
{
    return object.toObject()
        .value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("name"))
        .toString();
}

/// A watch read line by line as it arrives, the way a client reads it.
class WatchStream : public QObject
{
public:
    explicit WatchStream(QNetworkReply *reply)
        : m_reply(reply)
    {
        connect(reply, &QNetworkReply::readyRead, this, [this] {
            m_buffer += m_reply->readAll();
            qsizetype end;
            while ((end = m_buffer.indexOf('\n')) >= 0) {
                const QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 1);
                if (!line.trimmed().isEmpty())
                    events.append(QJsonDocument::fromJson(line).object());
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this] { finished = true; });
    }
    ~WatchStream() override
    {
        m_reply->abort();
        m_reply->deleteLater();
    }
    int status() const
    {
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &event : events) {
            if (event.value(QLatin1String("type")).toString() == type)
                out.append(event);
        }
        return out;
    }

    QList<QJsonObject> events;
    bool finished = false;

private:
    QNetworkReply *m_reply;
    QByteArray m_buffer;
};

} // namespace

class tst_SimApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    bool m_keepClock = false;

    /// The "ha" scenario: its dedicated masters are not overloaded, so the API answers
    /// without the shared master's simulated delays.
    static SimServerOptions defaultOptions()
    {
        SimServerOptions options;
        options.cluster.scenario = QStringLiteral("ha");
        options.token = QString::fromLatin1(kToken);
        options.bookmarkIntervalMs = 200;
        return options;
    }

    bool start(const SimServerOptions &options = defaultOptions())
    {
        m_server = std::make_unique<SimServer>(options);
        QString error;
        if (!m_server->start(&error)) {
            qWarning() << "SimServer did not start:" << error;
            return false;
        }
        // Only advance() moves the cluster, so lists can be compared exactly even
        // when a slow (sanitizer) build takes seconds between two requests.
        if (!m_keepClock)
            m_server->cluster()->stop();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        return true;
    }

    QNetworkRequest request(const QString &pathAndQuery, const QByteArray &token = kToken) const
    {
        QUrl url = m_server->url();
        const qsizetype question = pathAndQuery.indexOf(u'?');
        url.setPath(pathAndQuery.left(question));
        if (question >= 0)
            url.setQuery(pathAndQuery.mid(question + 1));
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("Accept", "application/json");
        return request;
    }

    Answer call(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                const QByteArray &contentType = "application/json",
                const QByteArray &token = kToken)
    {
        QNetworkRequest req = request(pathAndQuery, token);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam->sendCustomRequest(req, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        Answer answer;
        if (!reply->isFinished() && !done.wait(15000)) {
            reply->abort();
            reply->deleteLater();
            return answer;
        }
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        reply->deleteLater();
        return answer;
    }

    Answer get(const QString &pathAndQuery) { return call("GET", pathAndQuery); }

    std::unique_ptr<WatchStream> watch(const QString &pathAndQuery,
                                       const QByteArray &accept = "application/json")
    {
        QNetworkRequest req = request(pathAndQuery);
        req.setRawHeader("Accept", accept);
        return std::make_unique<WatchStream>(m_nam->get(req));
    }

    static void verifyStatus(const Answer &answer, int code, const QString &reason)
    {
        QCOMPARE(answer.status, code);
        const QJsonObject status = answer.json();
        QCOMPARE(status.value(QLatin1String("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(status.value(QLatin1String("apiVersion")).toString(), QStringLiteral("v1"));
        QCOMPARE(status.value(QLatin1String("status")).toString(), QStringLiteral("Failure"));
        QCOMPARE(status.value(QLatin1String("reason")).toString(), reason);
        QCOMPARE(status.value(QLatin1String("code")).toInt(), code);
        QVERIFY(!status.value(QLatin1String("message")).toString().isEmpty());
    }

    /// Writes raw bytes on a fresh connection and collects what comes back until the
    /// server closes it (or `msecs` pass).
    QByteArray rawExchange(const QByteArray &bytes, bool *closed, int msecs = 10000)
    {
        QTcpSocket socket;
        socket.connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        if (socket.state() != QAbstractSocket::ConnectedState && !connected.wait(5000))
            return {};
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        socket.write(bytes);
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
        *closed = disconnected.wait(msecs);
        received += socket.readAll();
        return received;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_keepClock = false;
        m_nam.reset();
        m_server.reset();
    }

    // --- Bad input -------------------------------------------------------------------

    void malformedPatchIsBadRequest()
    {
        QVERIFY(start());
        const Answer answer = call(
            "PATCH", kCapi + QStringLiteral("machinedeployments/") + kMd + QStringLiteral("/scale"),
            "{\"spec\": {\"replicas\": ", "application/merge-patch+json");
        verifyStatus(answer, 400, QStringLiteral("BadRequest"));
        // A JSON patch that is not an array is as bad.
        verifyStatus(
            call("PATCH",
                 kCapi + QStringLiteral("machinedeployments/") + kMd + QStringLiteral("/scale"),
                 "{\"op\":\"replace\"}", "application/json-patch+json"),
            400, QStringLiteral("BadRequest"));
        // And the server is still there.
        QCOMPARE(get(QStringLiteral("/version")).status, 200);
    }

    void unknownPathIsNotFound()
    {
        QVERIFY(start());
        verifyStatus(get(QStringLiteral("/nonsense")), 404, QStringLiteral("NotFound"));
        verifyStatus(get(QStringLiteral("/api/v1/widgets")), 404, QStringLiteral("NotFound"));
        verifyStatus(get(QStringLiteral("/apis/no.such.group/v1")), 404,
                     QStringLiteral("NotFound"));
        verifyStatus(get(QStringLiteral("/api/v1/nodes/no-such-node")), 404,
                     QStringLiteral("NotFound"));
        verifyStatus(get(QStringLiteral("/api/v1/namespaces/default/pods/a/b/c/d")), 404,
                     QStringLiteral("NotFound"));
    }

    void wrongTokenIsUnauthorized()
    {
        QVERIFY(start());
        verifyStatus(call("GET", QStringLiteral("/api/v1/nodes"), {}, {}, "wrong"), 401,
                     QStringLiteral("Unauthorized"));
        verifyStatus(call("GET", QStringLiteral("/api/v1/nodes"), {}, {}, QByteArray()), 401,
                     QStringLiteral("Unauthorized"));
        QCOMPARE(get(QStringLiteral("/api/v1/nodes")).status, 200);
    }

    void bodyOverTheCapIsTooLarge()
    {
        QVERIFY(start());
        // The head alone announces too much: the server must not wait for 100 MB.
        bool closed = false;
        const QByteArray answer =
            rawExchange("POST " + (kCapi + QStringLiteral("machinedeployments")).toLatin1() +
                            " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + kToken +
                            "\r\nContent-Type: application/json\r\n"
                            "Content-Length: 100000000\r\n\r\n{",
                        &closed);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1String("code")).toInt(), 413);
        QVERIFY(closed);
        QCOMPARE(get(QStringLiteral("/version")).status, 200);
    }

    void garbageClosesTheConnectionOnly()
    {
        QVERIFY(start());
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 131 + 7) % 256);
        bool closed = false;
        rawExchange(garbage + "\r\n\r\n", &closed);
        QVERIFY(closed);
        closed = false;
        rawExchange("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not really TLS\r\n\r\n", &closed);
        QVERIFY(closed);
        // The next client is served as if nothing happened.
        const Answer answer = get(QStringLiteral("/api/v1/namespaces"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.items().size() >= 4);
    }

    // --- Lists -----------------------------------------------------------------------

    void paginationReturnsEveryObjectOnce()
    {
        QVERIFY(start());
        const Answer whole = get(QStringLiteral("/api/v1/pods"));
        QCOMPARE(whole.status, 200);
        QSet<QString> expected;
        for (const QJsonValue &item : whole.items()) {
            const QJsonObject metadata =
                item.toObject().value(QLatin1String("metadata")).toObject();
            expected.insert(metadata.value(QLatin1String("namespace")).toString() + u'/' +
                            metadata.value(QLatin1String("name")).toString());
        }
        QVERIFY(expected.size() > 20);

        QStringList seen;
        QString token;
        QSet<QString> versions;
        int pages = 0;
        do {
            QString query = QStringLiteral("/api/v1/pods?limit=7");
            if (!token.isEmpty())
                query += QStringLiteral("&continue=") +
                         QString::fromLatin1(QUrl::toPercentEncoding(token));
            const Answer page = get(query);
            QCOMPARE(page.status, 200);
            QVERIFY(page.items().size() <= 7);
            for (const QJsonValue &item : page.items()) {
                const QJsonObject metadata =
                    item.toObject().value(QLatin1String("metadata")).toObject();
                seen << metadata.value(QLatin1String("namespace")).toString() + u'/' +
                            metadata.value(QLatin1String("name")).toString();
            }
            versions.insert(page.resourceVersion());
            token = page.json()
                        .value(QLatin1String("metadata"))
                        .toObject()
                        .value(QLatin1String("continue"))
                        .toString();
            QVERIFY(++pages < 100);
        } while (!token.isEmpty());
        QCOMPARE(pages, int((expected.size() + 6) / 7));
        QCOMPARE(versions.size(), 1);
        QCOMPARE(qsizetype(QSet<QString>(seen.begin(), seen.end()).size()), seen.size());
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()), expected);
    }

    void paginationIsASnapshot()
    {
        // Later pages show the cluster as it was at the first one, whatever happens
        // in between: nothing twice, nothing missing, nothing newer.
        QVERIFY(start());
        const QString machines = kCapi + QStringLiteral("machines");
        const Answer before = get(machines);
        QSet<QString> expected;
        for (const QJsonValue &item : before.items())
            expected.insert(nameOf(item));
        QCOMPARE(expected.size(), 6); // ha: three masters, three workers
        const Answer first = get(machines + QStringLiteral("?limit=2"));
        QCOMPARE(first.items().size(), 2);
        const qint64 snapshot = first.resourceVersion().toLongLong();
        QCOMPARE(snapshot, before.resourceVersion().toLongLong());

        const QString scale =
            kCapi + QStringLiteral("machinedeployments/") + kMd + QStringLiteral("/scale");
        // The workers go away for good, then new ones come. Their drain respects the
        // storefront's disruption budget, which an empty worker pool could never
        // satisfy: it goes first, as an operator would remove it.
        QCOMPARE(call("DELETE", QStringLiteral("/apis/policy/v1/namespaces/shop/"
                                               "poddisruptionbudgets/storefront"))
                     .status,
                 200);
        QCOMPARE(call("PATCH", scale, "{\"spec\":{\"replicas\":0}}", "application/merge-patch+json")
                     .status,
                 200);
        // Evictions, 30 s of grace, then the cloud deprovisions.
        m_server->cluster()->advance(90);
        QCOMPARE(call("PATCH", scale, "{\"spec\":{\"replicas\":4}}", "application/merge-patch+json")
                     .status,
                 200);
        m_server->cluster()->advance(5);
        QCOMPARE(get(machines).items().size(), 3 + 4);

        QStringList seen;
        for (const QJsonValue &item : first.items())
            seen << nameOf(item);
        QString token = first.json()
                            .value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("continue"))
                            .toString();
        while (!token.isEmpty()) {
            const Answer page = get(machines + QStringLiteral("?limit=2&continue=") + token);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.resourceVersion().toLongLong(), snapshot);
            for (const QJsonValue &item : page.items()) {
                seen << nameOf(item);
                QVERIFY(item.toObject()
                            .value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("resourceVersion"))
                            .toString()
                            .toLongLong() <= snapshot);
            }
            token = page.json()
                        .value(QLatin1String("metadata"))
                        .toObject()
                        .value(QLatin1String("continue"))
                        .toString();
        }
        QCOMPARE(seen.size(), expected.size());
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()), expected);
    }

    void expiredContinueIsGone()
    {
        QVERIFY(start());
        const Answer first = get(QStringLiteral("/api/v1/pods?limit=5"));
        const QString token = first.json()
                                  .value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("continue"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        // A write after the snapshot, then a compaction that forgets it.
        m_server->cluster()->advance(45);
        QVERIFY(m_server->store()->currentResourceVersion() > first.resourceVersion().toLongLong());
        m_server->store()->compact();
        verifyStatus(get(QStringLiteral("/api/v1/pods?limit=5&continue=") + token), 410,
                     QStringLiteral("Expired"));
        // A token that is not one is a bad request, not a crash.
        verifyStatus(get(QStringLiteral("/api/v1/pods?limit=5&continue=%%%not-base64")), 400,
                     QStringLiteral("BadRequest"));
    }

    void selectors()
    {
        QVERIFY(start());
        const Answer nodes = get(QStringLiteral("/api/v1/nodes?labelSelector=") +
                                 QString::fromLatin1(QUrl::toPercentEncoding(
                                     QStringLiteral("node-role.kubernetes.io/control-plane"))));
        QCOMPARE(nodes.status, 200);
        QCOMPARE(nodes.items().size(), 3); // ha: three masters
        const QString master = nameOf(nodes.items().first());

        const Answer etcd = get(QStringLiteral("/api/v1/namespaces/kube-system/pods?"
                                               "labelSelector=component%3Detcd"));
        QCOMPARE(etcd.items().size(), 3);
        for (const QJsonValue &pod : etcd.items())
            QVERIFY(nameOf(pod).startsWith(u"etcd-"));

        const Answer all = get(QStringLiteral("/api/v1/pods"));
        const Answer onMaster =
            get(QStringLiteral("/api/v1/pods?fieldSelector=spec.nodeName%3D") + master);
        QCOMPARE(onMaster.status, 200);
        QVERIFY(!onMaster.items().isEmpty());
        QVERIFY(onMaster.items().size() < all.items().size());
        for (const QJsonValue &pod : onMaster.items())
            QCOMPARE(pod.toObject()
                         .value(QLatin1String("spec"))
                         .toObject()
                         .value(QLatin1String("nodeName"))
                         .toString(),
                     master);
        const Answer notOnMaster =
            get(QStringLiteral("/api/v1/pods?fieldSelector=spec.nodeName!%3D") + master);
        QCOMPARE(onMaster.items().size() + notOnMaster.items().size(), all.items().size());
        QCOMPARE(get(QStringLiteral("/api/v1/pods?fieldSelector=spec.nodeName%3Dnowhere"))
                     .items()
                     .size(),
                 0);
        // A field the server cannot select on is a 400, as from a real API server.
        verifyStatus(get(QStringLiteral("/api/v1/pods?fieldSelector=spec.colour%3Dred")), 400,
                     QStringLiteral("BadRequest"));
        verifyStatus(get(QStringLiteral("/api/v1/pods?labelSelector=a%20in%20(")), 400,
                     QStringLiteral("BadRequest"));
    }

    // --- Watches ---------------------------------------------------------------------

    void watchFromListVersionSeesLaterChanges()
    {
        QVERIFY(start());
        const Answer machines = get(kCapi + QStringLiteral("machines"));
        QCOMPARE(machines.status, 200);
        const qsizetype before = machines.items().size();
        auto stream = watch(kCapi + QStringLiteral("machines?watch=1&resourceVersion=") +
                            machines.resourceVersion());
        // Scale the workers up by one: a new Machine appears.
        const Answer scaled = call(
            "PATCH", kCapi + QStringLiteral("machinedeployments/") + kMd + QStringLiteral("/scale"),
            "{\"spec\":{\"replicas\":4}}", "application/merge-patch+json");
        QCOMPARE(scaled.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!stream->ofType(QStringLiteral("ADDED")).isEmpty(), 10000);
        QCOMPARE(stream->status(), 200);
        const QJsonObject added = stream->ofType(QStringLiteral("ADDED"))
                                      .first()
                                      .value(QLatin1String("object"))
                                      .toObject();
        QCOMPARE(added.value(QLatin1String("kind")).toString(), QStringLiteral("Machine"));
        QVERIFY(nameOf(added).startsWith(kMd + u'-'));
        QVERIFY(added.value(QLatin1String("metadata"))
                    .toObject()
                    .value(QLatin1String("resourceVersion"))
                    .toString()
                    .toLongLong() > machines.resourceVersion().toLongLong());
        // Only what changed after the list: not the machines that were already there.
        QCOMPARE(stream->ofType(QStringLiteral("ADDED")).size(), 1);
        // It then moves through its phases as the cloud provisions it.
        m_server->cluster()->advance(200);
        QTRY_VERIFY_WITH_TIMEOUT(!stream->ofType(QStringLiteral("MODIFIED")).isEmpty(), 10000);
        QCOMPARE(get(kCapi + QStringLiteral("machines")).items().size(), before + 1);
    }

    void watchWithoutVersionStartsWithAdded()
    {
        QVERIFY(start());
        const qsizetype nodes = get(QStringLiteral("/api/v1/nodes")).items().size();
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=true"));
        QTRY_COMPARE_WITH_TIMEOUT(stream->ofType(QStringLiteral("ADDED")).size(), nodes, 10000);
    }

    void tooOldVersionExpires()
    {
        QVERIFY(start());
        const Answer nodes = get(QStringLiteral("/api/v1/nodes"));
        m_server->cluster()->advance(45);
        m_server->store()->compact();
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=") +
                            nodes.resourceVersion());
        QTRY_VERIFY_WITH_TIMEOUT(stream->finished, 10000);
        QCOMPARE(stream->status(), 200);
        QCOMPARE(stream->events.size(), 1);
        const QJsonObject event = stream->events.first();
        QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("ERROR"));
        const QJsonObject status = event.value(QLatin1String("object")).toObject();
        QCOMPARE(status.value(QLatin1String("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(status.value(QLatin1String("code")).toInt(), 410);
        QCOMPARE(status.value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
        QVERIFY(status.value(QLatin1String("message"))
                    .toString()
                    .startsWith(u"too old resource version"));
        // The current version is still resumable.
        auto fresh = watch(QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=") +
                           QString::number(m_server->store()->currentResourceVersion()));
        m_server->cluster()->advance(45);
        QTRY_VERIFY_WITH_TIMEOUT(!fresh->ofType(QStringLiteral("MODIFIED")).isEmpty(), 10000);
        QVERIFY(fresh->ofType(QStringLiteral("ERROR")).isEmpty());
    }

    void timeoutSecondsEndsTheStream()
    {
        QVERIFY(start());
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1&timeoutSeconds=1"));
        QTRY_VERIFY_WITH_TIMEOUT(stream->finished, 5000);
        QCOMPARE(stream->status(), 200);
        QVERIFY(stream->ofType(QStringLiteral("ERROR")).isEmpty());
    }

    void bookmarksArriveWhenAsked()
    {
        QVERIFY(start()); // bookmarks every 200 ms
        const Answer nodes = get(QStringLiteral("/api/v1/nodes"));
        auto with = watch(QStringLiteral("/api/v1/nodes?watch=1&allowWatchBookmarks=true&"
                                         "resourceVersion=") +
                          nodes.resourceVersion());
        auto without = watch(QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=") +
                             nodes.resourceVersion());
        QTRY_VERIFY_WITH_TIMEOUT(with->ofType(QStringLiteral("BOOKMARK")).size() >= 2, 5000);
        const QJsonObject bookmark = with->ofType(QStringLiteral("BOOKMARK"))
                                         .last()
                                         .value(QLatin1String("object"))
                                         .toObject();
        QCOMPARE(bookmark.value(QLatin1String("kind")).toString(), QStringLiteral("Node"));
        QCOMPARE(bookmark.value(QLatin1String("apiVersion")).toString(), QStringLiteral("v1"));
        QVERIFY(bookmark.value(QLatin1String("metadata"))
                    .toObject()
                    .value(QLatin1String("resourceVersion"))
                    .toString()
                    .toLongLong() >= nodes.resourceVersion().toLongLong());
        QVERIFY(without->ofType(QStringLiteral("BOOKMARK")).isEmpty());
    }

    void tableWatchCarriesColumnsFirst()
    {
        QVERIFY(start());
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1"),
                            "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
        QTRY_VERIFY_WITH_TIMEOUT(stream->events.size() >= 2, 10000);
        const QJsonObject first = stream->events.at(0).value(QLatin1String("object")).toObject();
        const QJsonObject second = stream->events.at(1).value(QLatin1String("object")).toObject();
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("Table"));
        QVERIFY(!first.value(QLatin1String("columnDefinitions")).toArray().isEmpty());
        // Later events may leave the columns out (kubectl keeps the first ones) but
        // carry a full row every time.
        const QJsonArray firstCells = first.value(QLatin1String("rows"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QLatin1String("cells"))
                                          .toArray();
        QCOMPARE(firstCells.size(),
                 first.value(QLatin1String("columnDefinitions")).toArray().size());
        QCOMPARE(second.value(QLatin1String("rows"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("cells"))
                     .toArray()
                     .size(),
                 firstCells.size());
    }

    void clientResetDuringEventBurst()
    {
        // A failed write tears the connection down inside the write, which closes its
        // watch while the server is looping over its watches to deliver an event.
        QVERIFY(start());
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 8; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(m_server->url().host(), quint16(m_server->url().port()));
            QSignalSpy connected(socket.get(), &QTcpSocket::connected);
            QVERIFY(socket->state() == QAbstractSocket::ConnectedState || connected.wait(5000));
            socket->write("GET /api/v1/pods?watch=1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                          kToken + "\r\n\r\n");
            QSignalSpy ready(socket.get(), &QTcpSocket::readyRead);
            QVERIFY(ready.wait(5000));
            sockets.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->api()->openWatchCount(), 8, 5000);
        // Reset (not close) every other connection, then make many events at once,
        // before the server's event loop has seen the resets.
        for (size_t i = 0; i < sockets.size(); i += 2) {
            const linger reset{1, 0};
            ::setsockopt(int(sockets[i]->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                         sizeof reset);
            sockets[i]->abort();
        }
        for (int i = 0; i < 5; ++i)
            m_server->cluster()->advance(60);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->api()->openWatchCount(), 4, 5000);
        QCOMPARE(get(QStringLiteral("/api/v1/nodes")).status, 200);
    }

    // --- Cluster API -----------------------------------------------------------------

    void controlPlaneRefusesEvenReplicas()
    {
        QVERIFY(start());
        const Answer answer =
            call("PATCH", kKcpScale, "{\"spec\":{\"replicas\":2}}", "application/merge-patch+json");
        verifyStatus(answer, 422, QStringLiteral("Invalid"));
        QVERIFY2(answer.json()
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(u"replicas cannot be an even number when etcd is stacked"),
                 answer.body.constData());
        verifyStatus(
            call("PATCH", kKcpScale, "{\"spec\":{\"replicas\":0}}", "application/merge-patch+json"),
            422, QStringLiteral("Invalid"));
        QCOMPARE(get(kKcpScale)
                     .json()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("replicas"))
                     .toInt(),
                 3);
        // Five is fine.
        const Answer five =
            call("PATCH", kKcpScale, "{\"spec\":{\"replicas\":5}}", "application/merge-patch+json");
        QCOMPARE(five.status, 200);
        QCOMPARE(five.json()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("replicas"))
                     .toInt(),
                 5);
    }

    void staleScaleUpdateConflicts()
    {
        QVERIFY(start());
        const QString path =
            kCapi + QStringLiteral("machinedeployments/") + kMd + QStringLiteral("/scale");
        const Answer scale = get(path);
        QCOMPARE(scale.status, 200);
        QCOMPARE(scale.json().value(QLatin1String("kind")).toString(), QStringLiteral("Scale"));
        QJsonObject body = scale.json();
        QJsonObject spec{{QStringLiteral("replicas"), 4}};
        body.insert(QStringLiteral("spec"), spec);
        // Someone else scales in between.
        QCOMPARE(call("PATCH", path, "{\"spec\":{\"replicas\":5}}", "application/merge-patch+json")
                     .status,
                 200);
        const Answer stale = call("PUT", path, QJsonDocument(body).toJson());
        verifyStatus(stale, 409, QStringLiteral("Conflict"));
        // With the current version the same PUT goes through.
        QJsonObject metadata = body.value(QLatin1String("metadata")).toObject();
        metadata.insert(QStringLiteral("resourceVersion"), get(path).resourceVersion());
        body.insert(QStringLiteral("metadata"), metadata);
        const Answer fresh = call("PUT", path, QJsonDocument(body).toJson());
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.json()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("replicas"))
                     .toInt(),
                 4);
        // A JSON patch with a failing resourceVersion test conflicts too.
        verifyStatus(
            call("PATCH", path,
                 "[{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"1\"},"
                 "{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":2}]",
                 "application/json-patch+json"),
            409, QStringLiteral("Conflict"));
    }

    void createdMachineDeploymentGrowsMachines()
    {
        QVERIFY(start());
        const QJsonObject md{
            {QStringLiteral("apiVersion"), QStringLiteral("cluster.x-k8s.io/v1beta1")},
            {QStringLiteral("kind"), QStringLiteral("MachineDeployment")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("big-workers")},
                         {QStringLiteral("namespace"), QStringLiteral("default")}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("clusterName"), QStringLiteral("maestro-demo")},
                 {QStringLiteral("replicas"), 2},
                 {QStringLiteral("template"),
                  QJsonObject{
                      {QStringLiteral("spec"),
                       QJsonObject{
                           {QStringLiteral("infrastructureRef"),
                            QJsonObject{
                                {QStringLiteral("apiVersion"),
                                 QStringLiteral("infrastructure.cluster.x-k8s.io/v1beta1")},
                                {QStringLiteral("kind"), QStringLiteral("MaestroMachineTemplate")},
                                {QStringLiteral("name"),
                                 QStringLiteral("maestro-demo-s-8vcpu-16gb")}}}}}}}}}};
        const Answer created =
            call("POST", kCapi + QStringLiteral("machinedeployments"), QJsonDocument(md).toJson());
        QCOMPARE(created.status, 201);
        QCOMPARE(nameOf(created.json()), QStringLiteral("big-workers"));
        // The same name again is taken.
        verifyStatus(
            call("POST", kCapi + QStringLiteral("machinedeployments"), QJsonDocument(md).toJson()),
            409, QStringLiteral("AlreadyExists"));

        auto ours = [this] {
            QList<QJsonObject> out;
            for (const QJsonValue &m : get(kCapi + QStringLiteral("machines")).items()) {
                if (nameOf(m).startsWith(u"big-workers-"))
                    out.append(m.toObject());
            }
            return out;
        };
        QCOMPARE(ours().size(), 2);
        m_server->cluster()->advance(200);
        const QList<QJsonObject> machines = ours();
        QCOMPARE(machines.size(), 2);
        for (const QJsonObject &machine : machines) {
            const QJsonObject status = machine.value(QLatin1String("status")).toObject();
            QCOMPARE(status.value(QLatin1String("phase")).toString(), QStringLiteral("Running"));
            const QString node = status.value(QLatin1String("nodeRef"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
            QVERIFY(!node.isEmpty());
            const Answer nodeAnswer = get(QStringLiteral("/api/v1/nodes/") + node);
            QCOMPARE(nodeAnswer.status, 200);
            QCOMPARE(nodeAnswer.json()
                         .value(QLatin1String("metadata"))
                         .toObject()
                         .value(QLatin1String("labels"))
                         .toObject()
                         .value(QLatin1String("node.kubernetes.io/instance-type"))
                         .toString(),
                     QStringLiteral("s-8vcpu-16gb"));
        }
        // A template that does not exist is refused.
        QJsonObject bad = md;
        bad.insert(QStringLiteral("metadata"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("nope")}});
        QJsonObject spec = bad.value(QLatin1String("spec")).toObject();
        spec.insert(
            QStringLiteral("template"),
            QJsonObject{{QStringLiteral("spec"),
                         QJsonObject{{QStringLiteral("infrastructureRef"),
                                      QJsonObject{{QStringLiteral("name"),
                                                   QStringLiteral("no-such-template")}}}}}});
        bad.insert(QStringLiteral("spec"), spec);
        verifyStatus(
            call("POST", kCapi + QStringLiteral("machinedeployments"), QJsonDocument(bad).toJson()),
            422, QStringLiteral("Invalid"));
    }

    void openApiTellsKubectlTheServerValidates()
    {
        QVERIFY(start());
        const Answer index = get(QStringLiteral("/openapi/v3"));
        QCOMPARE(index.status, 200);
        const QJsonObject paths = index.json().value(QLatin1String("paths")).toObject();
        QVERIFY(paths.contains(QLatin1String("api/v1")));
        const QString url = paths.value(QLatin1String("apis/cluster.x-k8s.io/v1beta1"))
                                .toObject()
                                .value(QLatin1String("serverRelativeURL"))
                                .toString();
        QVERIFY2(url.startsWith(u"/openapi/v3/apis/cluster.x-k8s.io/v1beta1?hash="),
                 qPrintable(url));
        const Answer document = get(url);
        QCOMPARE(document.status, 200);
        // What kubectl's query-param verifier looks for: a PATCH of the kind that takes
        // fieldValidation in the query.
        const QJsonObject patch =
            document.json()
                .value(QLatin1String("paths"))
                .toObject()
                .value(QLatin1String("/apis/cluster.x-k8s.io/v1beta1/namespaces/{namespace}/"
                                     "machinedeployments/{name}"))
                .toObject()
                .value(QLatin1String("patch"))
                .toObject();
        QCOMPARE(patch.value(QLatin1String("x-kubernetes-group-version-kind"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("MachineDeployment"));
        bool fieldValidation = false;
        for (const QJsonValue &parameter : patch.value(QLatin1String("parameters")).toArray()) {
            const QJsonObject p = parameter.toObject();
            fieldValidation |= p.value(QLatin1String("name")).toString() == u"fieldValidation" &&
                               p.value(QLatin1String("in")).toString() == u"query";
        }
        QVERIFY(fieldValidation);
        verifyStatus(get(QStringLiteral("/openapi/v3/apis/no.such/v1")), 404,
                     QStringLiteral("NotFound"));
    }

    void fastClockStillAnswers()
    {
        // At the highest --speed the steps cost more than real time; the server must
        // keep answering instead of catching up forever.
        SimServerOptions options = defaultOptions();
        options.cluster.speed = 100000;
        m_keepClock = true;
        QVERIFY(start(options));
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(get(QStringLiteral("/api/v1/nodes")).status, 200);
            QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        }
        // At least one step per tick, however slow the build.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->cluster()->simTime() > 2, 5000);
    }

    // --- Faults ----------------------------------------------------------------------

    void dropWatchFaultDropsWatches()
    {
        SimServerOptions options = defaultOptions();
        options.faults = QStringLiteral("drop-watch=1");
        QVERIFY(start(options));
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1"));
        QTRY_VERIFY_WITH_TIMEOUT(stream->finished, 5000);
        // Dropped, not ended: the stream stops without its last chunk.
        QVERIFY(stream->ofType(QStringLiteral("ERROR")).isEmpty());
        // Ordinary requests are not affected.
        QCOMPARE(get(QStringLiteral("/api/v1/nodes")).status, 200);
    }

    void expireFaultExpiresWatchesAndContinues()
    {
        SimServerOptions options = defaultOptions();
        options.faults = QStringLiteral("expire=1");
        QVERIFY(start(options));
        const Answer nodes = get(QStringLiteral("/api/v1/nodes"));
        QCOMPARE(nodes.status, 200);
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=") +
                            nodes.resourceVersion());
        QTRY_VERIFY_WITH_TIMEOUT(stream->finished, 5000);
        QCOMPARE(stream->events.size(), 1);
        QCOMPARE(stream->events.first()
                     .value(QLatin1String("object"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toInt(),
                 410);
        const Answer first = get(QStringLiteral("/api/v1/pods?limit=3"));
        const QString token = first.json()
                                  .value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("continue"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        verifyStatus(get(QStringLiteral("/api/v1/pods?limit=3&continue=") + token), 410,
                     QStringLiteral("Expired"));
    }

    void faultSpecIsValidated()
    {
        QString error;
        FaultSpec::parse(QStringLiteral("drop-watch=2"), &error);
        QVERIFY(!error.isEmpty());
        error.clear();
        FaultSpec::parse(QStringLiteral("no-such-fault=0.5"), &error);
        QVERIFY(!error.isEmpty());
        error.clear();
        const FaultSpec spec =
            FaultSpec::parse(QStringLiteral("drop-watch=0.25,latency=10..20"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(spec.probability(QStringLiteral("drop-watch")), 0.25);
        QCOMPARE(spec.latencyMinMs, 10);
        QCOMPARE(spec.latencyMaxMs, 20);
    }
};

QTEST_GUILESS_MAIN(tst_SimApi)
#include "tst_SimApi.moc"

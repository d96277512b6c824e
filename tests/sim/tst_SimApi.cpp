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
    QByteArray retryAfter;
    qint64 elapsedMs = 0;

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

    QNetworkRequest request(const QString &pathAndQuery, const QByteArray &token = kToken,
                            bool faultFree = false) const
    {
        QUrl url = faultFree ? m_server->faultFreeUrl() : m_server->url();
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
                const QByteArray &token = kToken, bool faultFree = false)
    {
        QNetworkRequest req = request(pathAndQuery, token, faultFree);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QElapsedTimer clock;
        clock.start();
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
        answer.retryAfter = reply->rawHeader("Retry-After");
        answer.elapsedMs = clock.elapsed();
        reply->deleteLater();
        return answer;
    }

    Answer get(const QString &pathAndQuery) { return call("GET", pathAndQuery); }
    /// Through the listener without faults.
    Answer cleanGet(const QString &pathAndQuery)
    {
        return call("GET", pathAndQuery, {}, {}, kToken, true);
    }

    /// Options with `faults` and a fault-free listener to compare with.
    static SimServerOptions faultyOptions(const QString &faults)
    {
        SimServerOptions options = defaultOptions();
        options.faults = faults;
        options.faultFreeListener = true;
        return options;
    }

    static bool isJson(const QByteArray &body)
    {
        QJsonParseError error{};
        QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError;
    }

    /// The first container's restartCount; -1 without container statuses.
    static int restartCountOf(const QJsonObject &pod)
    {
        const QJsonArray statuses =
            field(pod, QStringLiteral("status.containerStatuses")).toArray();
        return statuses.isEmpty()
                   ? -1
                   : statuses.first().toObject().value(QLatin1String("restartCount")).toInt();
    }

    static qint64 versionOf(const QJsonObject &event)
    {
        return field(event, QStringLiteral("object.metadata.resourceVersion"))
            .toString()
            .toLongLong();
    }

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

    /// A value inside JSON by a dotted path ("status.conditions"); undefined if absent.
    static QJsonValue field(const QJsonValue &value, const QString &dotted)
    {
        QJsonValue current = value;
        for (const QString &key : dotted.split(u'.'))
            current = current.toObject().value(key);
        return current;
    }

    static QJsonObject conditionOf(const QJsonObject &object, const QString &type)
    {
        for (const QJsonValue &c : field(object, QStringLiteral("status.conditions")).toArray()) {
            if (c.toObject().value(QLatin1String("type")).toString() == type)
                return c.toObject();
        }
        return {};
    }

    /// The pods whose name starts with `prefix` in `ns`, as the API lists them.
    QList<QJsonObject> podsNamed(const QString &ns, const QString &prefix)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &pod :
             get(QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns)).items()) {
            if (nameOf(pod).startsWith(prefix))
                out.append(pod.toObject());
        }
        return out;
    }

    static bool runningAndNotTerminating(const QJsonObject &pod)
    {
        return field(pod, QStringLiteral("status.phase")).toString() == u"Running" &&
               field(pod, QStringLiteral("metadata.deletionTimestamp")).isUndefined();
    }

    QJsonObject budget(const QString &ns, const QString &name)
    {
        return get(QStringLiteral("/apis/policy/v1/namespaces/%1/poddisruptionbudgets/%2")
                       .arg(ns, name))
            .json();
    }

    Answer evict(const QString &ns, const QString &pod,
                 const QString &apiVersion = QStringLiteral("policy/v1"))
    {
        const QJsonObject eviction{
            {QStringLiteral("apiVersion"), apiVersion},
            {QStringLiteral("kind"), QStringLiteral("Eviction")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), pod}, {QStringLiteral("namespace"), ns}}}};
        return call("POST", QStringLiteral("/api/v1/namespaces/%1/pods/%2/eviction").arg(ns, pod),
                    QJsonDocument(eviction).toJson());
    }

    Answer createBudget(const QString &ns, const QString &name, const QJsonObject &spec)
    {
        const QJsonObject pdb{
            {QStringLiteral("apiVersion"), QStringLiteral("policy/v1")},
            {QStringLiteral("kind"), QStringLiteral("PodDisruptionBudget")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}}},
            {QStringLiteral("spec"), spec}};
        return call("POST",
                    QStringLiteral("/apis/policy/v1/namespaces/%1/poddisruptionbudgets").arg(ns),
                    QJsonDocument(pdb).toJson());
    }

    static QJsonObject selectApp(const QString &app)
    {
        return {{QStringLiteral("matchLabels"), QJsonObject{{QStringLiteral("app"), app}}}};
    }

    /// Machines of the cluster by name.
    QHash<QString, QJsonObject> machinesByName()
    {
        QHash<QString, QJsonObject> out;
        for (const QJsonValue &m : get(kCapi + QStringLiteral("machines")).items())
            out.insert(nameOf(m), m.toObject());
        return out;
    }

    int etcdWarnings(const QString &pod)
    {
        const Answer log =
            get(QStringLiteral("/api/v1/namespaces/kube-system/pods/%1/log").arg(pod));
        return int(log.body.count("\"level\":\"warn\"") - log.body.count("permanently removed"));
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
                         {QStringLiteral("namespace"), QStringLiteral("default")},
                         {QStringLiteral("annotations"),
                          QJsonObject{{QStringLiteral("maestro.example/created-by"),
                                       QStringLiteral("scale-up wizard")}}}}},
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
        // Its annotations are kept, as the API server keeps any object's.
        QCOMPARE(field(get(kCapi + QStringLiteral("machinedeployments/big-workers")).json(),
                       QStringLiteral("metadata.annotations"))
                     .toObject()
                     .value(QLatin1String("maestro.example/created-by"))
                     .toString(),
                 QStringLiteral("scale-up wizard"));
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

        // Deleted, its machines are drained and deprovisioned, then it is gone.
        const Answer deleted =
            call("DELETE", kCapi + QStringLiteral("machinedeployments/big-workers"));
        QCOMPARE(deleted.status, 200);
        QVERIFY(field(deleted.json(), QStringLiteral("metadata.deletionTimestamp")).isString());
        QCOMPARE(field(deleted.json(), QStringLiteral("status.phase")).toString(),
                 QStringLiteral("Deleting"));
        for (const QJsonObject &machine : ours())
            QCOMPARE(field(machine, QStringLiteral("status.phase")).toString(),
                     QStringLiteral("Deleting"));
        m_server->cluster()->advance(120);
        QVERIFY(ours().isEmpty());
        QCOMPARE(get(kCapi + QStringLiteral("machinedeployments/big-workers")).status, 404);
        QCOMPARE(get(kCapi + QStringLiteral("machinedeployments/") + kMd).status, 200);
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

    void expireFaultExpiresWatches()
    {
        QVERIFY(start(faultyOptions(QStringLiteral("expire=1"))));
        const Answer nodes = get(QStringLiteral("/api/v1/nodes"));
        QCOMPARE(nodes.status, 200);
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=") +
                            nodes.resourceVersion());
        QTRY_VERIFY_WITH_TIMEOUT(stream->finished, 5000);
        QCOMPARE(stream->events.size(), 1);
        QCOMPARE(field(stream->events.first(), QStringLiteral("object.code")).toInt(), 410);
        // Continue tokens have a fault of their own.
        const Answer first = get(QStringLiteral("/api/v1/pods?limit=3"));
        const QString token = field(first.json(), QStringLiteral("metadata.continue")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(get(QStringLiteral("/api/v1/pods?limit=3&continue=") + token).status, 200);
    }

    void expireContinueFaultExpiresContinueTokens()
    {
        QVERIFY(start(faultyOptions(QStringLiteral("expire-continue=1"))));
        const Answer first = get(QStringLiteral("/api/v1/pods?limit=3"));
        const QString token = field(first.json(), QStringLiteral("metadata.continue")).toString();
        QVERIFY(!token.isEmpty());
        verifyStatus(get(QStringLiteral("/api/v1/pods?limit=3&continue=") + token), 410,
                     QStringLiteral("Expired"));
        // Not on the fault-free listener, and watches from a version go on working.
        QCOMPARE(cleanGet(QStringLiteral("/api/v1/pods?limit=3&continue=") + token).status, 200);
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=") +
                            first.resourceVersion());
        m_server->cluster()->advance(30);
        QTRY_VERIFY_WITH_TIMEOUT(!stream->events.isEmpty(), 5000);
        QVERIFY(stream->ofType(QStringLiteral("ERROR")).isEmpty());
    }

    void errorFaultsAnswerWithStatus()
    {
        QVERIFY(start(faultyOptions(QStringLiteral("error503=1"))));
        verifyStatus(get(QStringLiteral("/api/v1/nodes")), 503,
                     QStringLiteral("ServiceUnavailable"));
        QCOMPARE(cleanGet(QStringLiteral("/api/v1/nodes")).status, 200);
        cleanup();
        QVERIFY(start(faultyOptions(QStringLiteral("error500=1"))));
        verifyStatus(get(QStringLiteral("/api/v1/nodes")), 500, QStringLiteral("InternalError"));
        cleanup();
        QVERIFY(start(faultyOptions(QStringLiteral("throttle=1"))));
        const Answer throttled = get(QStringLiteral("/api/v1/nodes"));
        verifyStatus(throttled, 429, QStringLiteral("TooManyRequests"));
        QCOMPARE(throttled.retryAfter, QByteArray("1"));
    }

    void error500MayComeAfterTheWrite()
    {
        // A 500 for a write means "maybe": some were carried out, some not.
        QVERIFY(start(faultyOptions(QStringLiteral("error500=1"))));
        const QString node = nameOf(cleanGet(QStringLiteral("/api/v1/nodes")).items().first());
        int applied = 0;
        for (int i = 0; i < 16; ++i) {
            const QByteArray patch = "{\"metadata\":{\"annotations\":{\"example.com/try\":\"" +
                                     QByteArray::number(i) + "\"}}}";
            const Answer answer = call("PATCH", QStringLiteral("/api/v1/nodes/") + node, patch,
                                       "application/merge-patch+json");
            QCOMPARE(answer.status, 500);
            const QString seen = field(cleanGet(QStringLiteral("/api/v1/nodes/") + node).json(),
                                       QStringLiteral("metadata.annotations"))
                                     .toObject()
                                     .value(QStringLiteral("example.com/try"))
                                     .toString();
            applied += seen == QString::number(i);
        }
        QVERIFY2(applied > 0 && applied < 16, qPrintable(QString::number(applied)));
    }

    void brokenBodyFaults()
    {
        QVERIFY(start(faultyOptions(QStringLiteral("truncate=1"))));
        const Answer clean = cleanGet(QStringLiteral("/api/v1/nodes"));
        QVERIFY(isJson(clean.body));
        Answer truncated = get(QStringLiteral("/api/v1/nodes"));
        QCOMPARE(truncated.status, 200);
        QCOMPARE(truncated.error, QNetworkReply::NoError); // complete, with a short body
        QVERIFY(!isJson(truncated.body));
        QVERIFY(truncated.body.size() < clean.body.size());
        QVERIFY(clean.body.startsWith(truncated.body));
        cleanup();
        QVERIFY(start(faultyOptions(QStringLiteral("malformed=1"))));
        const Answer malformed = get(QStringLiteral("/api/v1/nodes"));
        QCOMPARE(malformed.status, 200);
        QVERIFY(!isJson(malformed.body));
        QVERIFY(malformed.body.size() > cleanGet(QStringLiteral("/api/v1/nodes")).body.size());
        // Watch events too: the client cannot read the line and the stream ends.
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1"));
        QTRY_VERIFY_WITH_TIMEOUT(stream->finished, 5000);
        QCOMPARE(stream->events.size(), 1);
        QVERIFY(stream->events.first().isEmpty()); // not JSON
        stream.reset();
        // Whatever lands where, the spoiled text is never JSON.
        const QByteArray object = R"({"a":"text","b":[1,2,{"c":null}]})";
        for (qint64 at = 0; at <= object.size(); ++at)
            QVERIFY2(!isJson(spoilJson(object, at)), qPrintable(QString::number(at)));
    }

    void dropResponseFaultCutsAnswersOfDoneRequests()
    {
        QVERIFY(start(faultyOptions(QStringLiteral("drop-response=1"))));
        const Answer dropped = get(QStringLiteral("/api/v1/nodes"));
        QVERIFY(dropped.error != QNetworkReply::NoError || !isJson(dropped.body));
        // The request was carried out; only its answer was lost.
        const QString node = nameOf(cleanGet(QStringLiteral("/api/v1/nodes")).items().first());
        call("PATCH", QStringLiteral("/api/v1/nodes/") + node,
             R"({"metadata":{"annotations":{"example.com/dropped":"yes"}}})",
             "application/merge-patch+json");
        QCOMPARE(field(cleanGet(QStringLiteral("/api/v1/nodes/") + node).json(),
                       QStringLiteral("metadata.annotations"))
                     .toObject()
                     .value(QStringLiteral("example.com/dropped"))
                     .toString(),
                 QStringLiteral("yes"));
    }

    void slowFaultTricklesTheAnswer()
    {
        QVERIFY(start(faultyOptions(QStringLiteral("slow=1"))));
        const Answer slow = get(QStringLiteral("/api/v1/nodes"));
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 900, qPrintable(QString::number(slow.elapsedMs)));
        QCOMPARE(slow.body, cleanGet(QStringLiteral("/api/v1/nodes")).body);
    }

    void hangFaultAnswersNothingForAWhile()
    {
        QVERIFY(start(faultyOptions(QStringLiteral("hang=1,hang-ms=1500..1500"))));
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1"));
        QNetworkReply *reply = m_nam->get(request(QStringLiteral("/api/v1/nodes")));
        QTest::qWait(800);
        QVERIFY(!reply->isFinished());
        QVERIFY(m_server->api()->isHung());
        QVERIFY(stream->events.isEmpty());
        QCOMPARE(
            field(cleanGet(QStringLiteral("/debug/faults")).json(), QStringLiteral("injected.hang"))
                .toInt(),
            1);
        // Then the server wakes up and answers, late.
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(isJson(reply->readAll()));
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(!stream->events.isEmpty(), 5000);
    }

    void duplicateAndReorderFaultsReplayOlderEvents()
    {
        QVERIFY(start(faultyOptions(QStringLiteral("duplicate=1"))));
        const int nodes = int(cleanGet(QStringLiteral("/api/v1/nodes")).items().size());
        auto stream = watch(QStringLiteral("/api/v1/nodes?watch=1"));
        QTRY_COMPARE_WITH_TIMEOUT(stream->events.size(), 2 * nodes, 5000);
        for (int i = 0; i < nodes; ++i)
            QCOMPARE(stream->events.at(2 * i), stream->events.at(2 * i + 1));
        stream.reset();
        cleanup();

        QVERIFY(start(faultyOptions(QStringLiteral("reorder=1"))));
        const QString since = cleanGet(QStringLiteral("/api/v1/pods")).resourceVersion();
        stream = watch(QStringLiteral("/api/v1/pods?watch=1&resourceVersion=") + since);
        m_server->cluster()->advance(120);
        QTRY_VERIFY_WITH_TIMEOUT(stream->events.size() >= 6, 5000);
        // Every event comes again right after the next one, with its older version.
        int older = 0;
        qint64 newest = 0;
        QSet<qint64> distinct;
        for (const QJsonObject &event : std::as_const(stream->events)) {
            const qint64 version = versionOf(event);
            older += version < newest;
            newest = std::max(newest, version);
            distinct.insert(version);
        }
        QVERIFY2(older >= int(stream->events.size()) / 2 - 1,
                 qPrintable(QStringLiteral("%1 of %2").arg(older).arg(stream->events.size())));
        QVERIFY(distinct.size() >= int(stream->events.size()) / 2);
    }

    void faultFreeListenerAndCounts()
    {
        QVERIFY(start(faultyOptions(QStringLiteral("error503=1"))));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(get(QStringLiteral("/api/v1/nodes")).status, 503);
            QCOMPARE(cleanGet(QStringLiteral("/api/v1/nodes")).status, 200);
        }
        // The counts are never themselves faulted, on either listener.
        const Answer counts = get(QStringLiteral("/debug/faults"));
        QCOMPARE(counts.status, 200);
        QCOMPARE(field(counts.json(), QStringLiteral("injected.error503")).toInt(), 3);
        QCOMPARE(field(counts.json(), QStringLiteral("total")).toInt(), 3);
        QCOMPARE(m_server->api()->faultCounts().value(QStringLiteral("error503")), 3);
    }

    void faultsAreRepeatableWithTheSeed()
    {
        QString error;
        const FaultSpec spec = FaultSpec::parse(
            QStringLiteral("drop-response=0.3,duplicate=0.5,hang-ms=10..20"), &error);
        QVERIFY(error.isEmpty());
        auto draws = [&](quint64 seed) {
            FaultInjector injector(seed);
            injector.setSpec(spec);
            QString out;
            for (int i = 0; i < 64; ++i)
                out += QStringLiteral("%1%2%3,")
                           .arg(injector.roll(QStringLiteral("drop-response")))
                           .arg(injector.roll(QStringLiteral("duplicate")))
                           .arg(injector.hangMs());
            return out;
        };
        QCOMPARE(draws(5), draws(5));
        QVERIFY(draws(5) != draws(6));
    }

    void churnKeepsTheClusterMoving()
    {
        m_keepClock = true;
        SimServerOptions options = defaultOptions();
        options.cluster.churnRate = 100;
        QVERIFY(start(options));
        auto stream = watch(QStringLiteral("/api/v1/pods?watch=1&resourceVersion=") +
                            get(QStringLiteral("/api/v1/pods")).resourceVersion());
        auto nodes = watch(QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=") +
                           get(QStringLiteral("/api/v1/nodes")).resourceVersion());
        auto churned = [](const QList<QJsonObject> &events) {
            int n = 0;
            for (const QJsonObject &event : events)
                n += field(event, QStringLiteral("object.metadata.name"))
                         .toString()
                         .startsWith(u"churn-");
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(churned(stream->ofType(QStringLiteral("ADDED"))) >= 10 &&
                                     churned(stream->ofType(QStringLiteral("DELETED"))) >= 3,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(churned(nodes->ofType(QStringLiteral("ADDED"))) >= 1 &&
                                     churned(nodes->ofType(QStringLiteral("DELETED"))) >= 1,
                                 30000);
    }

    void podChurnModifiesPodsInBulk()
    {
        // --churn-pods: every pod in turn gets one more container restart, each change a
        // MODIFIED event whose object is what a list then returns.
        m_keepClock = true;
        SimServerOptions options = defaultOptions();
        options.cluster.scenario = QStringLiteral("large");
        options.cluster.largeNodes = 4;
        options.cluster.largePods = 200;
        options.cluster.largeEvents = 0;
        options.cluster.podChurnRate = 4000;
        QVERIFY(start(options));
        const Answer before = get(QStringLiteral("/api/v1/pods"));
        QCOMPARE(before.status, 200);
        const int podCount = int(before.items().size());
        QVERIFY(podCount >= 200);
        QHash<QString, int> restartsBefore;
        for (const QJsonValue &pod : before.items())
            restartsBefore.insert(nameOf(pod), restartCountOf(pod.toObject()));
        auto stream = watch(QStringLiteral("/api/v1/pods?watch=1&resourceVersion=") +
                            before.resourceVersion());
        // Three rounds of every pod.
        QTRY_VERIFY_WITH_TIMEOUT(stream->ofType(QStringLiteral("MODIFIED")).size() >= 3 * podCount,
                                 30000);
        const Answer stopped = call("POST", QStringLiteral("/debug/churn?pods=0"));
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json().value(QLatin1String("pods")).toDouble(), 0.0);
        QCOMPARE(call("POST", QStringLiteral("/debug/pause")).status, 200);

        // Nothing changes any more: the stream catches up with the list.
        const Answer after = get(QStringLiteral("/api/v1/pods"));
        QHash<QString, qint64> listed;
        for (const QJsonValue &pod : after.items())
            listed.insert(
                nameOf(pod),
                field(pod, QStringLiteral("metadata.resourceVersion")).toString().toLongLong());
        auto lastVersions = [&] {
            QHash<QString, qint64> versions;
            for (const QJsonObject &event : stream->events)
                versions.insert(nameOf(event.value(QLatin1String("object"))), versionOf(event));
            return versions;
        };
        auto caughtUp = [&] {
            const QHash<QString, qint64> versions = lastVersions();
            for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
                if (listed.contains(it.key()) && listed.value(it.key()) != it.value())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 10000);

        // Each pod's restart count went up by one per event, in the order of versions, and
        // the list shows the last.
        QHash<QString, int> restarts = restartsBefore;
        qint64 lastVersion = 0;
        int modified = 0;
        for (const QJsonObject &event : stream->events) {
            const QJsonObject pod = event.value(QLatin1String("object")).toObject();
            QVERIFY(versionOf(event) > lastVersion);
            lastVersion = versionOf(event);
            if (event.value(QLatin1String("type")).toString() != u"MODIFIED" ||
                !restartsBefore.contains(nameOf(pod)) || restartCountOf(pod) < 0)
                continue;
            ++modified;
            if (restartCountOf(pod) != restarts.value(nameOf(pod)) + 1 &&
                restartCountOf(pod) != 0) // a scenario pod published again by its model
                QFAIL(qPrintable(QStringLiteral("%1: %2 restarts after %3")
                                     .arg(nameOf(pod))
                                     .arg(restartCountOf(pod))
                                     .arg(restarts.value(nameOf(pod)))));
            restarts.insert(nameOf(pod), restartCountOf(pod));
        }
        QVERIFY(modified >= 3 * 200);
        int compared = 0;
        for (const QJsonValue &pod : after.items()) {
            if (restartsBefore.contains(nameOf(pod))) {
                QCOMPARE(restartCountOf(pod.toObject()), restarts.value(nameOf(pod)));
                compared += restarts.value(nameOf(pod)) > restartsBefore.value(nameOf(pod));
            }
        }
        QVERIFY2(compared >= 200, qPrintable(QString::number(compared)));
    }

    // --- Node lifecycle: cordon, budgets, eviction, machine removal ---------------------

    void cordonTaintsAndStopsScheduling()
    {
        QVERIFY(start());
        QStringList workers;
        for (const QJsonValue &node : get(QStringLiteral("/api/v1/nodes")).items()) {
            if (!field(node, QStringLiteral("metadata.labels"))
                     .toObject()
                     .contains(QStringLiteral("node-role.kubernetes.io/control-plane")))
                workers << nameOf(node);
        }
        QCOMPARE(workers.size(), 3);
        // kubectl cordon: a strategic merge patch; uncordon sends null.
        const QString first = QStringLiteral("/api/v1/nodes/") + workers[0];
        const Answer cordoned = call("PATCH", first, R"({"spec":{"unschedulable":true}})",
                                     "application/strategic-merge-patch+json");
        QCOMPARE(cordoned.status, 200);
        QCOMPARE(field(cordoned.json(), QStringLiteral("spec.unschedulable")).toBool(), true);
        bool tainted = false;
        for (const QJsonValue &taint :
             field(cordoned.json(), QStringLiteral("spec.taints")).toArray())
            tainted |= taint.toObject().value(QLatin1String("key")).toString() ==
                           u"node.kubernetes.io/unschedulable" &&
                       taint.toObject().value(QLatin1String("effect")).toString() == u"NoSchedule";
        QVERIFY2(tainted, cordoned.body.constData());
        // The Table's STATUS reads as a real server's.
        QNetworkRequest tableRequest = request(first);
        tableRequest.setRawHeader("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io");
        QNetworkReply *reply = m_nam->get(tableRequest);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QJsonObject table = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QCOMPARE(table.value(QLatin1String("rows"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("cells"))
                     .toArray()
                     .at(1)
                     .toString(),
                 QStringLiteral("Ready,SchedulingDisabled"));
        // The other two by merge patch and JSON patch.
        QCOMPARE(call("PATCH", QStringLiteral("/api/v1/nodes/") + workers[1],
                      R"({"spec":{"unschedulable":true}})", "application/merge-patch+json")
                     .status,
                 200);
        QCOMPARE(call("PATCH", QStringLiteral("/api/v1/nodes/") + workers[2],
                      R"([{"op":"add","path":"/spec/unschedulable","value":true}])",
                      "application/json-patch+json")
                     .status,
                 200);
        // Nothing the sim does not model changes quietly.
        verifyStatus(call("PATCH", first, R"({"spec":{"podCIDR":"10.9.9.0/24"}})",
                          "application/merge-patch+json"),
                     422, QStringLiteral("Invalid"));
        verifyStatus(call("PATCH", first, R"({"spec":{"unschedulable":"yes"}})",
                          "application/merge-patch+json"),
                     422, QStringLiteral("Invalid"));
        verifyStatus(call("PATCH", first, R"({"spec":{"unschedulable":false}})", "text/plain"), 415,
                     QStringLiteral("UnsupportedMediaType"));

        // With every worker cordoned (and the masters tainted) a replacement stays Pending.
        const QList<QJsonObject> redis =
            podsNamed(QStringLiteral("shop"), QStringLiteral("cart-redis-"));
        QCOMPARE(redis.size(), 1);
        QCOMPARE(call("DELETE", QStringLiteral("/api/v1/namespaces/shop/pods/") + nameOf(redis[0]))
                     .status,
                 200);
        m_server->cluster()->advance(40);
        QList<QJsonObject> now = podsNamed(QStringLiteral("shop"), QStringLiteral("cart-redis-"));
        QCOMPARE(now.size(), 1);
        QVERIFY(nameOf(now[0]) != nameOf(redis[0]));
        QCOMPARE(field(now[0], QStringLiteral("status.phase")).toString(),
                 QStringLiteral("Pending"));
        QVERIFY(field(now[0], QStringLiteral("spec.nodeName")).isUndefined());
        // Uncordoned, the worker takes it.
        const Answer uncordoned = call("PATCH", first, R"({"spec":{"unschedulable":null}})",
                                       "application/strategic-merge-patch+json");
        QCOMPARE(uncordoned.status, 200);
        QVERIFY(field(uncordoned.json(), QStringLiteral("spec.unschedulable")).isUndefined());
        m_server->cluster()->advance(15);
        now = podsNamed(QStringLiteral("shop"), QStringLiteral("cart-redis-"));
        QCOMPARE(field(now[0], QStringLiteral("spec.nodeName")).toString(), workers[0]);
        QCOMPARE(field(now[0], QStringLiteral("status.phase")).toString(),
                 QStringLiteral("Running"));
    }

    void evictionRespectsDisruptionBudgets()
    {
        QVERIFY(start());
        m_server->cluster()->advance(60); // the storefront scales out to its load
        // Discovery names the Eviction's group and version: kubectl drain needs them.
        bool advertised = false;
        for (const QJsonValue &r :
             get(QStringLiteral("/api/v1")).json().value(QLatin1String("resources")).toArray())
            advertised |=
                r.toObject().value(QLatin1String("name")).toString() == u"pods/eviction" &&
                r.toObject().value(QLatin1String("group")).toString() == u"policy" &&
                r.toObject().value(QLatin1String("version")).toString() == u"v1" &&
                r.toObject().value(QLatin1String("kind")).toString() == u"Eviction";
        QVERIFY(advertised);

        // One cart-redis, a budget that wants it up: no disruption allowed.
        const Answer created =
            createBudget(QStringLiteral("shop"), QStringLiteral("cart-redis"),
                         {{QStringLiteral("minAvailable"), 1},
                          {QStringLiteral("selector"), selectApp(QStringLiteral("cart-redis"))}});
        QCOMPARE(created.status, 201);
        QJsonObject status = field(created.json(), QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QLatin1String("currentHealthy")).toInt(), 1);
        QCOMPARE(status.value(QLatin1String("desiredHealthy")).toInt(), 1);
        QCOMPARE(status.value(QLatin1String("expectedPods")).toInt(), 1);
        QCOMPARE(status.value(QLatin1String("disruptionsAllowed")).toInt(), 0);
        QCOMPARE(status.value(QLatin1String("observedGeneration")).toInt(), 1);
        verifyStatus(createBudget(QStringLiteral("shop"), QStringLiteral("cart-redis"),
                                  {{QStringLiteral("minAvailable"), 1}}),
                     409, QStringLiteral("AlreadyExists"));
        const QString redis =
            nameOf(podsNamed(QStringLiteral("shop"), QStringLiteral("cart-redis-"))[0]);
        const Answer refused = evict(QStringLiteral("shop"), redis);
        verifyStatus(refused, 429, QStringLiteral("TooManyRequests"));
        QCOMPARE(
            refused.json().value(QLatin1String("message")).toString(),
            QStringLiteral("Cannot evict pod as it would violate the pod's disruption budget."));
        const QJsonObject cause =
            field(refused.json(), QStringLiteral("details.causes")).toArray().at(0).toObject();
        QCOMPARE(cause.value(QLatin1String("reason")).toString(),
                 QStringLiteral("DisruptionBudget"));
        QVERIFY(cause.value(QLatin1String("message")).toString().contains(u"cart-redis"));
        QVERIFY(runningAndNotTerminating(
            get(QStringLiteral("/api/v1/namespaces/shop/pods/") + redis).json()));

        verifyStatus(evict(QStringLiteral("shop"), QStringLiteral("no-such-pod")), 404,
                     QStringLiteral("NotFound"));
        verifyStatus(call("POST",
                          QStringLiteral("/api/v1/namespaces/shop/pods/%1/eviction").arg(redis),
                          R"({"kind":"Pod","apiVersion":"v1"})"),
                     400, QStringLiteral("BadRequest"));

        // Two budgets over the same pods: the API server cannot pick one.
        QCOMPARE(
            createBudget(QStringLiteral("shop"), QStringLiteral("web-too"),
                         {{QStringLiteral("maxUnavailable"), QStringLiteral("50%")},
                          {QStringLiteral("selector"), selectApp(QStringLiteral("storefront"))}})
                .status,
            201);
        QList<QJsonObject> web = podsNamed(QStringLiteral("shop"), QStringLiteral("storefront-"));
        const QString victim = nameOf(web[0]);
        verifyStatus(evict(QStringLiteral("shop"), victim), 500, QStringLiteral("InternalError"));
        QCOMPARE(call("DELETE", QStringLiteral(
                                    "/apis/policy/v1/namespaces/shop/poddisruptionbudgets/web-too"))
                     .json()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("Success"));

        // The scenario's storefront budget (maxUnavailable 10%) allows some.
        const QJsonObject before = budget(QStringLiteral("shop"), QStringLiteral("storefront"));
        const int allowed = field(before, QStringLiteral("status.disruptionsAllowed")).toInt();
        const int healthy = field(before, QStringLiteral("status.currentHealthy")).toInt();
        QVERIFY2(allowed >= 1, QJsonDocument(before).toJson().constData());
        // Dry runs decide without doing anything.
        QCOMPARE(
            call("POST",
                 QStringLiteral("/api/v1/namespaces/shop/pods/%1/eviction?dryRun=All").arg(victim),
                 QJsonDocument(QJsonObject{{QStringLiteral("metadata"),
                                            QJsonObject{{QStringLiteral("name"), victim}}}})
                     .toJson())
                .status,
            201);
        verifyStatus(
            call("POST",
                 QStringLiteral("/api/v1/namespaces/shop/pods/%1/eviction?dryRun=All").arg(redis),
                 QJsonDocument(QJsonObject{{QStringLiteral("metadata"),
                                            QJsonObject{{QStringLiteral("name"), redis}}}})
                     .toJson()),
            429, QStringLiteral("TooManyRequests"));
        QCOMPARE(
            call("DELETE", QStringLiteral("/api/v1/namespaces/shop/pods/%1?dryRun=All").arg(victim))
                .status,
            200);
        verifyStatus(call("PATCH", kKcpScale + QStringLiteral("?dryRun=All"),
                          R"({"spec":{"replicas":5}})", "application/merge-patch+json"),
                     400, QStringLiteral("BadRequest"));
        QCOMPARE(call("PATCH",
                      QStringLiteral("/apis/policy/v1/namespaces/shop/poddisruptionbudgets/"
                                     "storefront?dryRun=All"),
                      R"({"spec":{"maxUnavailable":0}})", "application/merge-patch+json")
                     .status,
                 200);
        QVERIFY(runningAndNotTerminating(
            get(QStringLiteral("/api/v1/namespaces/shop/pods/") + victim).json()));
        QCOMPARE(field(budget(QStringLiteral("shop"), QStringLiteral("storefront")),
                       QStringLiteral("status.disruptionsAllowed"))
                     .toInt(),
                 allowed);
        const Answer evicted =
            evict(QStringLiteral("shop"), victim, QStringLiteral("policy/v1beta1"));
        QCOMPARE(evicted.status, 201);
        QCOMPARE(evicted.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("Success"));
        const QJsonObject going =
            get(QStringLiteral("/api/v1/namespaces/shop/pods/") + victim).json();
        QVERIFY(field(going, QStringLiteral("metadata.deletionTimestamp")).isString());
        QCOMPARE(field(going, QStringLiteral("metadata.deletionGracePeriodSeconds")).toInt(), 30);
        QJsonObject during = budget(QStringLiteral("shop"), QStringLiteral("storefront"));
        QCOMPARE(field(during, QStringLiteral("status.currentHealthy")).toInt(), healthy - 1);
        QCOMPARE(field(during, QStringLiteral("status.disruptionsAllowed")).toInt(), allowed - 1);
        QVERIFY(field(during, QStringLiteral("status.disruptedPods")).toObject().contains(victim));

        // The ReplicaSet replaces it at once; it runs after a short start, the pod goes
        // after its grace period, and the budget recovers.
        m_server->cluster()->advance(2);
        QCOMPARE(podsNamed(QStringLiteral("shop"), QStringLiteral("storefront-")).size(),
                 web.size() + 1);
        m_server->cluster()->advance(30);
        QCOMPARE(get(QStringLiteral("/api/v1/namespaces/shop/pods/") + victim).status, 404);
        web = podsNamed(QStringLiteral("shop"), QStringLiteral("storefront-"));
        QVERIFY(std::all_of(web.begin(), web.end(), runningAndNotTerminating));
        during = budget(QStringLiteral("shop"), QStringLiteral("storefront"));
        QCOMPARE(field(during, QStringLiteral("status.currentHealthy")).toInt(), healthy);
        QCOMPARE(field(during, QStringLiteral("status.disruptionsAllowed")).toInt(), allowed);
        QVERIFY(field(during, QStringLiteral("status.disruptedPods")).isUndefined());
    }

    void budgetStatusAndValidation()
    {
        QVERIFY(start());
        m_server->cluster()->advance(60); // the storefront scales out to its load
        // A percentage counts the replicas the controllers want; a number counts pods.
        const int replicas =
            podsNamed(QStringLiteral("shop"), QStringLiteral("storefront-")).size();
        const Answer percent =
            createBudget(QStringLiteral("shop"), QStringLiteral("half"),
                         {{QStringLiteral("minAvailable"), QStringLiteral("50%")},
                          {QStringLiteral("selector"), selectApp(QStringLiteral("storefront"))}});
        QCOMPARE(percent.status, 201);
        QCOMPARE(field(percent.json(), QStringLiteral("status.expectedPods")).toInt(), replicas);
        QCOMPARE(field(percent.json(), QStringLiteral("status.desiredHealthy")).toInt(),
                 (replicas + 1) / 2);
        QCOMPARE(field(percent.json(), QStringLiteral("status.disruptionsAllowed")).toInt(),
                 replicas - (replicas + 1) / 2);
        const QJsonObject allowedCondition =
            conditionOf(percent.json(), QStringLiteral("DisruptionAllowed"));
        QCOMPARE(allowedCondition.value(QLatin1String("status")).toString(),
                 QStringLiteral("True"));
        QCOMPARE(allowedCondition.value(QLatin1String("reason")).toString(),
                 QStringLiteral("SufficientPods"));
        // Changing the spec is a new generation, observed at once.
        const Answer patched = call(
            "PATCH", QStringLiteral("/apis/policy/v1/namespaces/shop/poddisruptionbudgets/half"),
            R"({"spec":{"minAvailable":"100%"}})", "application/merge-patch+json");
        QCOMPARE(patched.status, 200);
        QCOMPARE(field(patched.json(), QStringLiteral("metadata.generation")).toInt(), 2);
        const QJsonObject full = budget(QStringLiteral("shop"), QStringLiteral("half"));
        QCOMPARE(field(full, QStringLiteral("status.observedGeneration")).toInt(), 2);
        QCOMPARE(field(full, QStringLiteral("status.disruptionsAllowed")).toInt(), 0);
        QCOMPARE(conditionOf(full, QStringLiteral("DisruptionAllowed"))
                     .value(QLatin1String("reason"))
                     .toString(),
                 QStringLiteral("InsufficientPods"));

        verifyStatus(createBudget(QStringLiteral("shop"), QStringLiteral("both"),
                                  {{QStringLiteral("minAvailable"), 1},
                                   {QStringLiteral("maxUnavailable"), 1}}),
                     422, QStringLiteral("Invalid"));
        verifyStatus(createBudget(QStringLiteral("shop"), QStringLiteral("too-much"),
                                  {{QStringLiteral("maxUnavailable"), QStringLiteral("150%")}}),
                     422, QStringLiteral("Invalid"));
        verifyStatus(createBudget(QStringLiteral("shop"), QStringLiteral("Bad_Name"),
                                  {{QStringLiteral("maxUnavailable"), 1}}),
                     422, QStringLiteral("Invalid"));
        verifyStatus(createBudget(QStringLiteral("no-such-namespace"), QStringLiteral("x"),
                                  {{QStringLiteral("maxUnavailable"), 1}}),
                     404, QStringLiteral("NotFound"));

        // Listed in discovery, as a table, and gone after DELETE.
        bool listed = false;
        for (const QJsonValue &group :
             get(QStringLiteral("/apis")).json().value(QLatin1String("groups")).toArray())
            listed |= group.toObject().value(QLatin1String("name")).toString() == u"policy";
        QVERIFY(listed);
        const Answer list = get(QStringLiteral("/apis/policy/v1/poddisruptionbudgets"));
        QCOMPARE(list.json().value(QLatin1String("kind")).toString(),
                 QStringLiteral("PodDisruptionBudgetList"));
        QCOMPARE(list.items().size(), 3); // storefront, coredns, half
        QCOMPARE(call("DELETE",
                      QStringLiteral("/apis/policy/v1/namespaces/shop/poddisruptionbudgets/half"))
                     .status,
                 200);
        verifyStatus(
            call("DELETE",
                 QStringLiteral("/apis/policy/v1/namespaces/shop/poddisruptionbudgets/half")),
            404, QStringLiteral("NotFound"));
    }

    void markedMachineGoesFirstAndIsDrained()
    {
        QVERIFY(start());
        m_server->cluster()->advance(60); // the storefront scales out to its load
        QStringList workers;
        for (const QJsonObject &m : machinesByName()) {
            if (field(m, QStringLiteral("metadata.labels"))
                    .toObject()
                    .value(QLatin1String("cluster.x-k8s.io/deployment-name"))
                    .toString() == kMd)
                workers << nameOf(m);
            else
                QVERIFY(field(m, QStringLiteral("metadata.labels"))
                            .toObject()
                            .contains(QStringLiteral("cluster.x-k8s.io/control-plane")));
        }
        QCOMPARE(workers.size(), 3);
        std::sort(workers.begin(), workers.end());
        // The oldest would not go under the Newest policy: mark it.
        const QString marked = workers[0];
        const QString path = kCapi + QStringLiteral("machines/") + marked;
        const Answer annotated =
            call("PATCH", path,
                 R"({"metadata":{"annotations":{"cluster.x-k8s.io/delete-machine":"yes"}}})",
                 "application/merge-patch+json");
        QCOMPARE(annotated.status, 200);
        QCOMPARE(field(get(path).json(), QStringLiteral("metadata.annotations"))
                     .toObject()
                     .value(QLatin1String("cluster.x-k8s.io/delete-machine"))
                     .toString(),
                 QStringLiteral("yes"));
        QCOMPARE(field(get(path).json(), QStringLiteral("metadata.ownerReferences"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("MachineSet"));
        // Strategic merge is for built-in kinds only; JSON patch works on annotations too.
        verifyStatus(call("PATCH", path, R"({"metadata":{"annotations":{"a":"b"}}})",
                          "application/strategic-merge-patch+json"),
                     415, QStringLiteral("UnsupportedMediaType"));
        QCOMPARE(call("PATCH", path,
                      R"([{"op":"add","path":"/metadata/annotations/note","value":"old disk"}])",
                      "application/json-patch+json")
                     .status,
                 200);
        // A key with a slash is "~1" in a JSON pointer (RFC 6901).
        const Answer unmarked = call(
            "PATCH", path,
            R"([{"op":"remove","path":"/metadata/annotations/cluster.x-k8s.io~1delete-machine"}])",
            "application/json-patch+json");
        QCOMPARE(unmarked.status, 200);
        QVERIFY(!field(unmarked.json(), QStringLiteral("metadata.annotations"))
                     .toObject()
                     .contains(QStringLiteral("cluster.x-k8s.io/delete-machine")));
        verifyStatus(call("PATCH", path,
                          R"([{"op":"remove","path":"/metadata/annotations/no-such-key"}])",
                          "application/json-patch+json"),
                     422, QStringLiteral("Invalid"));
        QCOMPARE(
            call(
                "PATCH", path,
                R"([{"op":"add","path":"/metadata/annotations/cluster.x-k8s.io~1delete-machine","value":"yes"}])",
                "application/json-patch+json")
                .status,
            200);
        verifyStatus(call("PATCH", path, R"({"spec":{"providerID":"elsewhere"}})",
                          "application/merge-patch+json"),
                     422, QStringLiteral("Invalid"));
        // MachineDeployments keep annotations too.
        const QString mdPath = kCapi + QStringLiteral("machinedeployments/") + kMd;
        QCOMPARE(call("PATCH", mdPath, R"({"metadata":{"annotations":{"owner":"ops"}}})",
                      "application/merge-patch+json")
                     .status,
                 200);
        QCOMPARE(field(get(mdPath).json(), QStringLiteral("metadata.annotations.owner")).toString(),
                 QStringLiteral("ops"));

        const QString node =
            field(get(path).json(), QStringLiteral("status.nodeRef.name")).toString();
        QCOMPARE(
            call("PATCH",
                 kCapi + QStringLiteral("machinedeployments/") + kMd + QStringLiteral("/scale"),
                 R"({"spec":{"replicas":2}})", "application/merge-patch+json")
                .status,
            200);
        QHash<QString, QJsonObject> machines = machinesByName();
        QCOMPARE(field(machines.value(marked), QStringLiteral("status.phase")).toString(),
                 QStringLiteral("Deleting"));
        QVERIFY(
            field(machines.value(marked), QStringLiteral("metadata.deletionTimestamp")).isString());
        for (const QString &other : workers.mid(1))
            QCOMPARE(field(machines.value(other), QStringLiteral("status.phase")).toString(),
                     QStringLiteral("Running"));
        // The machine controller cordons and drains the node: its pods go through
        // evictions (a few at a time, as the storefront's budget allows), DaemonSet pods
        // stay to the end, then node and machine go.
        m_server->cluster()->advance(1);
        QCOMPARE(field(get(QStringLiteral("/api/v1/nodes/") + node).json(),
                       QStringLiteral("spec.unschedulable"))
                     .toBool(),
                 true);
        bool sawOnlyDaemons = false;
        for (int i = 0; i < 40 && get(path).status == 200; ++i) {
            m_server->cluster()->advance(5);
            const Answer pods =
                get(QStringLiteral("/api/v1/pods?fieldSelector=spec.nodeName%3D") + node);
            bool onlyDaemons = !pods.items().isEmpty();
            for (const QJsonValue &pod : pods.items())
                onlyDaemons &= field(pod, QStringLiteral("metadata.ownerReferences"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("kind"))
                                   .toString() == u"DaemonSet";
            sawOnlyDaemons |= onlyDaemons;
        }
        QVERIFY(sawOnlyDaemons);
        QCOMPARE(get(path).status, 404);
        QCOMPARE(get(QStringLiteral("/api/v1/nodes/") + node).status, 404);
        machines = machinesByName();
        QCOMPARE(machines.size(), 5);
        bool drainEvent = false;
        for (const QJsonValue &e :
             get(QStringLiteral("/api/v1/events?fieldSelector=reason%3DSuccessfulDrainNode"))
                 .items())
            drainEvent |= field(e, QStringLiteral("involvedObject.name")).toString() == marked;
        QVERIFY(drainEvent);
    }

    void deletedMachineIsReplaced()
    {
        QVERIFY(start());
        QString worker;
        for (const QJsonObject &m : machinesByName()) {
            if (nameOf(m).startsWith(kMd))
                worker = nameOf(m);
        }
        const Answer deleted = call("DELETE", kCapi + QStringLiteral("machines/") + worker,
                                    R"({"propagationPolicy":"Background"})");
        QCOMPARE(deleted.status, 200);
        QCOMPARE(field(deleted.json(), QStringLiteral("status.phase")).toString(),
                 QStringLiteral("Deleting"));
        // Replicas were not lowered: the MachineSet makes a new one at once.
        QHash<QString, QJsonObject> machines = machinesByName();
        int workers = 0;
        for (const QJsonObject &m : machines) {
            if (nameOf(m).startsWith(kMd) &&
                field(m, QStringLiteral("status.phase")).toString() != u"Deleting")
                ++workers;
        }
        QCOMPARE(workers, 3);
        m_server->cluster()->advance(200);
        machines = machinesByName();
        QVERIFY(!machines.contains(worker));
        QCOMPARE(machines.size(), 6);
        for (const QJsonObject &m : machines)
            QCOMPARE(field(m, QStringLiteral("status.phase")).toString(),
                     QStringLiteral("Running"));
        verifyStatus(call("DELETE", kCapi + QStringLiteral("machines/") + worker), 404,
                     QStringLiteral("NotFound"));
    }

    void controlPlaneGrowsInTheNewSizeAndShrinksByEtcdMember()
    {
        QVERIFY(start());
        const QString kcp =
            kCapi.section(u'/', 0, 1) +
            QStringLiteral("/controlplane.cluster.x-k8s.io/v1beta1/namespaces/"
                           "default/kubeadmcontrolplanes/maestro-demo-control-plane");
        QCOMPARE(kcp + QStringLiteral("/scale"), kKcpScale);
        QCOMPARE(conditionOf(get(kcp).json(), QStringLiteral("EtcdClusterHealthy"))
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("True"));
        const QSet<QString> oldMasters = [&] {
            QSet<QString> out;
            for (const QJsonObject &m : machinesByName()) {
                if (nameOf(m).startsWith(u"maestro-demo-control-plane"))
                    out.insert(nameOf(m));
            }
            return out;
        }();
        QCOMPARE(oldMasters.size(), 3);
        verifyStatus(call("PATCH", kcp,
                          R"({"spec":{"machineTemplate":{"infrastructureRef":{"name":"nope"}}}})",
                          "application/merge-patch+json"),
                     422, QStringLiteral("Invalid"));
        const Answer resized = call(
            "PATCH", kcp,
            R"({"spec":{"machineTemplate":{"infrastructureRef":{"name":"maestro-demo-s-4vcpu-8gb"}}}})",
            "application/merge-patch+json");
        QCOMPARE(resized.status, 200);
        QCOMPARE(call("PATCH", kcp, R"({"metadata":{"annotations":{"owner":"ops"}}})",
                      "application/merge-patch+json")
                     .status,
                 200);
        QCOMPARE(field(get(kcp).json(), QStringLiteral("metadata.annotations.owner")).toString(),
                 QStringLiteral("ops"));
        QCOMPARE(
            field(resized.json(), QStringLiteral("spec.machineTemplate.infrastructureRef.name"))
                .toString(),
            QStringLiteral("maestro-demo-s-4vcpu-8gb"));
        QCOMPARE(
            call("PATCH", kKcpScale, R"({"spec":{"replicas":5}})", "application/merge-patch+json")
                .status,
            200);
        // While the new members join, etcd is briefly not healthy.
        bool sawJoining = false;
        for (int i = 0; i < 60; ++i) {
            m_server->cluster()->advance(5);
            const QJsonObject etcd =
                conditionOf(get(kcp).json(), QStringLiteral("EtcdClusterHealthy"));
            if (etcd.value(QLatin1String("status")).toString() == u"False") {
                sawJoining = true;
                QCOMPARE(etcd.value(QLatin1String("reason")).toString(),
                         QStringLiteral("EtcdClusterUnhealthy"));
                QCOMPARE(etcd.value(QLatin1String("severity")).toString(), QStringLiteral("Error"));
                QVERIFY(etcd.value(QLatin1String("message"))
                            .toString()
                            .startsWith(u"Following machines are reporting etcd member errors: "));
            }
        }
        QVERIFY(sawJoining);
        QJsonObject cp = get(kcp).json();
        QCOMPARE(conditionOf(cp, QStringLiteral("EtcdClusterHealthy"))
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("True"));
        QCOMPARE(conditionOf(cp, QStringLiteral("ControlPlaneComponentsHealthy"))
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("True"));
        QCOMPARE(field(cp, QStringLiteral("status.readyReplicas")).toInt(), 5);
        int bigger = 0;
        for (const QJsonValue &node : get(QStringLiteral("/api/v1/nodes")).items())
            bigger += field(node, QStringLiteral("metadata.labels"))
                          .toObject()
                          .value(QLatin1String("node.kubernetes.io/instance-type"))
                          .toString() == u"s-4vcpu-8gb";
        QCOMPARE(bigger, 2 + 3); // the new masters and the three workers
        auto etcdPods = [this] {
            QSet<QString> out;
            for (const QJsonObject &pod :
                 podsNamed(QStringLiteral("kube-system"), QStringLiteral("etcd-")))
                out.insert(nameOf(pod));
            return out;
        };
        QCOMPARE(etcdPods().size(), 5);
        // A joiner's static pod lists the members it found.
        for (const QJsonObject &pod :
             podsNamed(QStringLiteral("kube-system"), QStringLiteral("etcd-"))) {
            const QStringList command = [&] {
                QStringList out;
                for (const QJsonValue &v : field(pod, QStringLiteral("spec.containers"))
                                               .toArray()
                                               .at(0)
                                               .toObject()
                                               .value(QLatin1String("command"))
                                               .toArray())
                    out << v.toString();
                return out;
            }();
            QVERIFY(command.contains(u"etcd"));
            if (!oldMasters.contains(nameOf(pod).mid(5)))
                QVERIFY(command.contains(u"--initial-cluster-state=existing"));
        }

        // Scaling down: the marked one first, one at a time, each leaving etcd first.
        const QString marked = *std::max_element(oldMasters.begin(), oldMasters.end());
        QCOMPARE(call("PATCH", kCapi + QStringLiteral("machines/") + marked,
                      R"({"metadata":{"annotations":{"cluster.x-k8s.io/delete-machine":""}}})",
                      "application/merge-patch+json")
                     .status,
                 200);
        verifyStatus(
            call("PATCH", kKcpScale, R"({"spec":{"replicas":4}})", "application/merge-patch+json"),
            422, QStringLiteral("Invalid"));
        QCOMPARE(
            call("PATCH", kKcpScale, R"({"spec":{"replicas":3}})", "application/merge-patch+json")
                .status,
            200);
        QHash<QString, QJsonObject> machines = machinesByName();
        int deleting = 0;
        for (const QJsonObject &m : machines)
            deleting += field(m, QStringLiteral("status.phase")).toString() == u"Deleting";
        QCOMPARE(deleting, 1);
        QCOMPARE(field(machines.value(marked), QStringLiteral("status.phase")).toString(),
                 QStringLiteral("Deleting"));
        QCOMPARE(conditionOf(machines.value(marked), QStringLiteral("EtcdMemberHealthy"))
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("False"));
        m_server->cluster()->advance(300);
        machines = machinesByName();
        QVERIFY(!machines.contains(marked));
        QCOMPARE(etcdPods().size(), 3);
        QVERIFY(!etcdPods().contains(QStringLiteral("etcd-") + marked));
        // Then the oldest: of the five, two of the original three are gone.
        int oldLeft = 0;
        for (const QString &m : oldMasters)
            oldLeft += machines.contains(m);
        QCOMPARE(oldLeft, 1);
        cp = get(kcp).json();
        QCOMPARE(field(cp, QStringLiteral("status.replicas")).toInt(), 3);
        QCOMPARE(
            conditionOf(cp, QStringLiteral("Resized")).value(QLatin1String("status")).toString(),
            QStringLiteral("True"));
    }

    void etcdWarningsStopWhenTheSlowMasterIsReplaced()
    {
        SimServerOptions options = defaultOptions();
        options.cluster.scenario = QStringLiteral("undersized-master");
        QVERIFY(start(options));
        const QHash<QString, QJsonObject> before = machinesByName();
        QCOMPARE(before.size(), 1);
        const QString small = before.begin().key();
        m_server->cluster()->advance(60);
        const int slowAtFirst = etcdWarnings(QStringLiteral("etcd-") + small);
        QVERIFY2(slowAtFirst > 0, "the undersized master's etcd warns");

        // Two masters of a bigger size join, workers take the application, the small
        // master is marked and the control plane goes back to one.
        const QString kcp =
            QStringLiteral("/apis/controlplane.cluster.x-k8s.io/v1beta1/namespaces/"
                           "default/kubeadmcontrolplanes/maestro-demo-control-plane");
        QCOMPARE(
            call(
                "PATCH", kcp,
                R"({"spec":{"replicas":3,"machineTemplate":{"infrastructureRef":{"name":"maestro-demo-s-4vcpu-8gb"}}}})",
                "application/merge-patch+json")
                .status,
            200);
        QCOMPARE(call("PATCH", kCapi + QStringLiteral("machinedeployments/") + kMd,
                      R"({"spec":{"replicas":2}})", "application/merge-patch+json")
                     .status,
                 200);
        m_server->cluster()->advance(240);
        QCOMPARE(machinesByName().size(), 5);
        QCOMPARE(call("PATCH", kCapi + QStringLiteral("machines/") + small,
                      R"({"metadata":{"annotations":{"cluster.x-k8s.io/delete-machine":"yes"}}})",
                      "application/merge-patch+json")
                     .status,
                 200);
        QCOMPARE(
            call("PATCH", kKcpScale, R"({"spec":{"replicas":1}})", "application/merge-patch+json")
                .status,
            200);
        m_server->cluster()->advance(600);
        const QHash<QString, QJsonObject> after = machinesByName();
        QVERIFY(!after.contains(small));
        QString master;
        for (const QJsonObject &m : after) {
            if (nameOf(m).startsWith(u"maestro-demo-control-plane"))
                master = master.isEmpty() ? nameOf(m) : QStringLiteral("more than one");
        }
        QVERIFY2(after.value(master).size() > 0, qPrintable(master));
        QCOMPARE(field(get(QStringLiteral("/api/v1/nodes/") + master).json(),
                       QStringLiteral("metadata.labels"))
                     .toObject()
                     .value(QLatin1String("node.kubernetes.io/instance-type"))
                     .toString(),
                 QStringLiteral("s-4vcpu-8gb"));
        // The remaining master commits on its own fast disk: no more warnings (it may
        // have logged some while its quorum still waited on the slow disk).
        const int settled = etcdWarnings(QStringLiteral("etcd-") + master);
        m_server->cluster()->advance(300);
        QCOMPARE(etcdWarnings(QStringLiteral("etcd-") + master), settled);
    }

    void scenariosHavePodsADrainTreatsSpecially()
    {
        QVERIFY(start());
        const QJsonArray nodes = get(QStringLiteral("/api/v1/nodes")).items();
        QCOMPARE(nodes.size(), 6);
        const QJsonArray pods = get(QStringLiteral("/api/v1/pods")).items();
        auto ownerKind = [](const QJsonValue &pod) {
            return field(pod, QStringLiteral("metadata.ownerReferences"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("kind"))
                .toString();
        };
        for (const QJsonValue &node : nodes) {
            const QString name = nameOf(node);
            const bool master =
                field(node, QStringLiteral("metadata.labels"))
                    .toObject()
                    .contains(QStringLiteral("node-role.kubernetes.io/control-plane"));
            QSet<QString> daemons, mirrors;
            for (const QJsonValue &pod : pods) {
                if (field(pod, QStringLiteral("spec.nodeName")).toString() != name)
                    continue;
                if (ownerKind(pod) == u"DaemonSet")
                    daemons.insert(field(pod, QStringLiteral("metadata.labels.app")).toString());
                if (field(pod, QStringLiteral("metadata.annotations"))
                        .toObject()
                        .contains(QStringLiteral("kubernetes.io/config.mirror"))) {
                    QCOMPARE(ownerKind(pod), QStringLiteral("Node"));
                    mirrors.insert(
                        field(pod, QStringLiteral("metadata.labels.component")).toString());
                }
            }
            QCOMPARE(daemons,
                     (QSet<QString>{QStringLiteral("kube-proxy"), QStringLiteral("fluent-bit")}));
            if (master)
                QCOMPARE(mirrors,
                         (QSet<QString>{QStringLiteral("etcd"), QStringLiteral("kube-apiserver"),
                                        QStringLiteral("kube-controller-manager"),
                                        QStringLiteral("kube-scheduler")}));
            else
                QVERIFY(mirrors.isEmpty());
        }
        // kubectl drain looks the DaemonSets up before it skips their pods.
        const Answer proxy =
            get(QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy"));
        QCOMPARE(proxy.status, 200);
        QCOMPARE(field(proxy.json(), QStringLiteral("status.desiredNumberScheduled")).toInt(), 6);
        QCOMPARE(field(proxy.json(), QStringLiteral("status.numberReady")).toInt(), 6);
        // Local storage on a worker: cart-redis keeps its data in an emptyDir.
        bool emptyDirOnWorker = false;
        for (const QJsonValue &pod : pods) {
            for (const QJsonValue &volume : field(pod, QStringLiteral("spec.volumes")).toArray()) {
                if (volume.toObject().contains(QStringLiteral("emptyDir")))
                    emptyDirOnWorker |=
                        field(pod, QStringLiteral("spec.nodeName")).toString().startsWith(kMd);
            }
        }
        QVERIFY(emptyDirOnWorker);
        // The shared master also runs a pod nobody controls.
        cleanup();
        SimServerOptions options = defaultOptions();
        options.cluster.scenario = QStringLiteral("shared-master");
        QVERIFY(start(options));
        const QJsonObject bare =
            get(QStringLiteral("/api/v1/namespaces/shop/pods/db-shell")).json();
        QVERIFY(field(bare, QStringLiteral("metadata.ownerReferences")).isUndefined());
        QCOMPARE(field(bare, QStringLiteral("status.phase")).toString(), QStringLiteral("Running"));
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
        FaultSpec::parse(QStringLiteral("hang-ms=20..10"), &error);
        QVERIFY(error.contains(QStringLiteral("hang-ms")));
        error.clear();
        // Every fault the documentation names is known.
        const FaultSpec all = FaultSpec::parse(
            QStringLiteral("drop-response=0.05,drop-watch=0.1,slow=0.05,error500=0.02,"
                           "error503=0.02,throttle=0.02,expire=0.05,expire-continue=0.1,"
                           "truncate=0.02,malformed=0.02,duplicate=0.05,reorder=0.05,"
                           "hang=0.01,latency=5..50,hang-ms=100..200"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.probabilities.size(), FaultSpec::knownFaults().size());
        QCOMPARE(all.hangMaxMs, 200);
    }
};

QTEST_GUILESS_MAIN(tst_SimApi)
#include "tst_SimApi.moc"

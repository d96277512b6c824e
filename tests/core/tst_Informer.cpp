// SPDX-License-Identifier: GPL-3.0-or-later
// List-then-watch against maestro-sim: the informers' stores must end up equal to what the
// server holds, also when watches drop and resourceVersions expire under them.

#include "KubeTestSupport.h"
#include "StoreComparison.h"

#include "app/kube/ApiClient.h"
#include "app/kube/Informer.h"
#include "app/kube/Objects.h"
#include "sim/api/ApiServer.h"
#include "sim/cluster/SimCluster.h"
#include "tests/TestTimeScale.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QUrlQuery>

#include <atomic>

using namespace maestro;
using namespace maestro::kube;

namespace {

using test::difference;
using test::freshList;
using test::Versions;
using test::versionsOf;

struct Informers
{
    explicit Informers(ApiClient *client, int pageSize)
        : nodes(client, QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes"), decodeNode)
        , pods(client, QStringLiteral("/api/v1/pods"), QStringLiteral("pods"), decodePod)
        , events(client, QStringLiteral("/api/v1/events"), QStringLiteral("events"), decodeEvent)
    {
        for (InformerBase *informer : all()) {
            informer->setPageSize(pageSize);
            informer->start();
        }
    }
    QList<InformerBase *> all() { return {&nodes, &pods, &events}; }
    bool synced()
    {
        for (InformerBase *informer : all()) {
            if (!informer->hasSynced())
                return false;
        }
        return true;
    }
    Informer<NodeInfo> nodes;
    Informer<PodInfo> pods;
    Informer<EventInfo> events;
};

/// A pod as the API serves it, `message` in its status to tell its states apart.
QByteArray podJson(const QString &name, qint64 version, const QString &message)
{
    return QStringLiteral(R"({"metadata":{"name":"%1","namespace":"default","uid":"uid-%1",)"
                          R"("resourceVersion":"%2"},"spec":{"nodeName":"node-1"},)"
                          R"("status":{"phase":"Running","message":"%3"}})")
        .arg(name)
        .arg(version)
        .arg(message)
        .toUtf8();
}

QByteArray modifiedLine(const QString &name, qint64 version, const QString &message)
{
    return R"({"type":"MODIFIED","object":)" + podJson(name, version, message) + "}\n";
}

/**
 * An API server of pods whose watches send what the test writes, in the chunks it writes
 * them: lists answer the pods set with setList(), a watch stays open until endWatch().
 */
class ScriptedWatchServer : public QTcpServer
{
public:
    ScriptedWatchServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { onRequest(socket); });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    void setList(qint64 version, const QList<QByteArray> &pods)
    {
        m_listVersion = version;
        m_pods = pods;
    }
    /// The resourceVersion each watch asked to start from, in the order they came.
    QStringList watchVersions() const { return m_watchVersions; }
    qsizetype watches() const { return m_watchVersions.size(); }
    /// Writes `data` to the newest watch as one chunk.
    void send(const QByteArray &data)
    {
        if (m_watch)
            m_watch->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    }
    /// Ends the newest watch's response, as a server's watch timeout does.
    void endWatch()
    {
        if (m_watch) {
            m_watch->write("0\r\n\r\n");
            m_watch->disconnectFromHost();
            m_watch = nullptr;
        }
    }

private:
    void onRequest(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray target = buffer.left(buffer.indexOf("\r\n")).split(' ').value(1);
        m_buffers.remove(socket);
        const QUrlQuery query(QUrl(QString::fromLatin1(target)));
        if (query.queryItemValue(QStringLiteral("watch")) == u"1") {
            m_watchVersions.append(query.queryItemValue(QStringLiteral("resourceVersion")));
            m_watch = socket;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
            return;
        }
        const QByteArray body = R"({"kind":"PodList","apiVersion":"v1","metadata":)"
                                R"({"resourceVersion":")" +
                                QByteArray::number(m_listVersion) + R"("},"items":[)" +
                                m_pods.join(',') + "]}";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    qint64 m_listVersion = 1;
    QList<QByteArray> m_pods;
    QStringList m_watchVersions;
    QPointer<QTcpSocket> m_watch;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/// Pods whose watch lines wait at the worker thread, once armed, until the test lets them
/// through: what the informer does meanwhile is what a slow decode would let happen.
class GatedPodInformer : public Informer<PodInfo>
{
public:
    explicit GatedPodInformer(ApiClient *client)
        : Informer<PodInfo>(client, QStringLiteral("/api/v1/pods"), QStringLiteral("pods"),
                            decodePod)
    {}
    ~GatedPodInformer() override
    {
        open();
        QThreadPool::globalInstance()->waitForDone();
    }
    void arm() { m_armed = true; }
    /// Lets the batches waiting at the gate, and every one after, through.
    void open()
    {
        m_armed = false;
        m_gate.release(1000);
    }
    int batchesAtGate() const { return m_atGate; }

protected:
    LineDecoder lineDecoder() const override
    {
        return [this, decode = Informer<PodInfo>::lineDecoder()](const QList<QByteArray> &lines) {
            if (m_armed) {
                ++m_atGate;
                m_gate.acquire();
            }
            return decode(lines);
        };
    }

private:
    mutable QSemaphore m_gate;
    mutable std::atomic<int> m_atGate{0};
    std::atomic<bool> m_armed{false};
};

} // namespace

class tst_Informer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncsAndFollowsTheServer();
    void convergesUnderFaults();
    void largeCluster();
    void expiredContinueRelistsInPages();
    void restartReconciles();
    void unauthorizedStops();
    void notServedFails();
    void instantlyEndingWatchBacksOff();
    void watchEventsApplyInOrder();
    void closedWatchEventsAreNotAppliedAfterRestart();
    void endedWatchAppliesItsEventsBeforeTheNext();

private:
    enum class StopFaults { No, Yes };
    /// Stops the simulated cluster's clock: its objects change no more.
    static bool stopClock(sim::SimServerThread &sim, StopFaults faults = StopFaults::No)
    {
        return QMetaObject::invokeMethod(
            sim.server(),
            [&sim, faults] {
                sim.server()->cluster()->stop();
                if (faults == StopFaults::Yes)
                    sim.server()->api()->setFaults({});
            },
            Qt::BlockingQueuedConnection);
    }
    /// Retries the comparison: events may be in flight at the moment of the list.
    template<class T>
    bool converges(const Informer<T> &informer, ApiClient &checker, const QString &path,
                   QString *why)
    {
        return QTest::qWaitFor(
            [&] {
                *why = difference(versionsOf(informer), freshList(checker, path));
                return why->isEmpty();
            },
            test::scaledTimeout(30000));
    }
};

void tst_Informer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Informer::syncsAndFollowsTheServer()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    Informers informers(&client, 7);
    QSignalSpy podBatches(&informers.pods, &InformerBase::changed);
    QSignalSpy podProgress(&informers.pods, &InformerBase::listProgress);
    QTRY_VERIFY_WITH_TIMEOUT(informers.synced(), 20000);
    for (InformerBase *informer : informers.all()) {
        QCOMPARE(informer->state(), InformerBase::State::Watching);
        QVERIFY(!informer->isStale());
        QVERIFY(informer->firstSyncMs() >= 0);
        QVERIFY(!informer->lastResourceVersion().isEmpty());
    }
    QVERIFY(informers.nodes.count() >= 1);
    QVERIFY(informers.pods.count() > 7);
    // Seven per page: the pods came in several pages, each handed on as it arrived.
    QVERIFY2(podProgress.count() >= 2, qPrintable(QString::number(podProgress.count())));
    QCOMPARE(podProgress.last().first().toInt(), informers.pods.count());

    // Let the simulated cluster move on under the watches.
    QTRY_VERIFY_WITH_TIMEOUT(informers.pods.eventsApplied() + informers.events.eventsApplied() +
                                     informers.nodes.eventsApplied() >=
                                 30,
                             30000);
    // Still, so that a store and a fresh list can be compared (see convergesUnderFaults).
    QVERIFY(stopClock(*sim));
    QString why;
    QVERIFY2(converges(informers.nodes, checker, QStringLiteral("/api/v1/nodes"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.pods, checker, QStringLiteral("/api/v1/pods"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.events, checker, QStringLiteral("/api/v1/events"), &why),
             qPrintable(why));
    // Nothing went wrong, so nothing was re-listed.
    for (InformerBase *informer : informers.all())
        QCOMPARE(informer->relists(), 0);

    // Changes reach listeners in batches, not one signal per event.
    const int batches = int(podBatches.count());
    int changes = 0;
    for (const QList<QVariant> &batch : podBatches)
        changes += batch.first().value<ChangeBatch>().size();
    QVERIFY(changes >= informers.pods.count());
    QVERIFY2(batches < changes,
             qPrintable(QStringLiteral("%1 batches for %2 changes").arg(batches).arg(changes)));
}

void tst_Informer::convergesUnderFaults()
{
    auto options = test::simOptions();
    options.faults = QStringLiteral("drop-watch=0.3,expire=0.3");
    // A line for each dropped watch and each retry would bury a failure's message; the
    // totals are printed at the end.
    QLoggingCategory::setFilterRules(
        QStringLiteral("maestro.sim.api.debug=false\nmaestro.kube.informer.info=false"));
    const auto logAgain = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    auto sim = test::startSim(options);
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    Informers informers(&client, 7);
    QTRY_VERIFY_WITH_TIMEOUT(informers.synced(), 30000);

    // Churn until every informer has lost its watch and had to re-list a few times.
    auto total = [&](auto figure) {
        int sum = 0;
        for (InformerBase *informer : informers.all())
            sum += int(figure(informer));
        return sum;
    };
    auto relists = [](InformerBase *i) { return i->relists(); };
    auto restarts = [](InformerBase *i) { return i->watchRestarts(); };
    // Every informer must have lost its watch at least once: events arrive less often
    // than node heartbeats, so theirs may be the last to be dropped.
    auto everyOneRestarted = [&] {
        for (InformerBase *informer : informers.all()) {
            if (informer->watchRestarts() == 0)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(total(relists) >= 3 && total(restarts) >= 10 && everyOneRestarted(),
                             90000);
    for (InformerBase *informer : informers.all()) {
        QVERIFY2(informer->watchRestarts() > 0, qPrintable(informer->resource()));
        QVERIFY(informer->state() != InformerBase::State::Failed);
        QVERIFY(informer->state() != InformerBase::State::Unauthorized);
    }

    // The cluster stops changing and the faults end. A re-list heals whatever a store
    // missed, so with faults going on a lost event would go unnoticed; now each store
    // must match the server from the events it applied. (While the cluster moves, a
    // store matches a fresh list only between two changes, which a slow machine may not
    // meet within the wait.)
    QVERIFY(stopClock(*sim, StopFaults::Yes));
    QString why;
    QVERIFY2(converges(informers.nodes, checker, QStringLiteral("/api/v1/nodes"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.pods, checker, QStringLiteral("/api/v1/pods"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.events, checker, QStringLiteral("/api/v1/events"), &why),
             qPrintable(why));
    qInfo("under faults: %d relists, %d watch restarts", total(relists), total(restarts));
}

void tst_Informer::largeCluster()
{
    auto options = test::simOptions(QStringLiteral("large"), 10);
    options.cluster.largeNodes = 20;
    options.cluster.largePods = 2000;
    options.cluster.largeEvents = 500;
    auto sim = test::startSim(options);
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    Informers informers(&client, 250);
    QSignalSpy podProgress(&informers.pods, &InformerBase::listProgress);
    QTRY_VERIFY_WITH_TIMEOUT(informers.synced(), 60000);
    QVERIFY2(informers.nodes.count() >= 20, qPrintable(QString::number(informers.nodes.count())));
    QVERIFY2(informers.pods.count() >= 1500, qPrintable(QString::number(informers.pods.count())));
    QVERIFY2(informers.events.count() >= 100,
             qPrintable(QString::number(informers.events.count())));
    // 250 per page: the pods arrived in several pages.
    QVERIFY(podProgress.count() >= 6);

    QVERIFY(stopClock(*sim)); // see convergesUnderFaults
    QString why;
    QVERIFY2(converges(informers.nodes, checker, QStringLiteral("/api/v1/nodes"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.pods, checker, QStringLiteral("/api/v1/pods"), &why),
             qPrintable(why));
    QVERIFY2(converges(informers.events, checker, QStringLiteral("/api/v1/events"), &why),
             qPrintable(why));
}

void tst_Informer::expiredContinueRelistsInPages()
{
    // Continue tokens expire (a list outlived etcd's compaction): the list starts again
    // from the beginning, still in pages, since the whole list of a large cluster is more
    // than a response may hold.
    auto options = test::simOptions(QStringLiteral("large"), 10);
    options.cluster.largeNodes = 20;
    options.cluster.largePods = 2000;
    options.cluster.largeEvents = 100;
    options.faults = QStringLiteral("expire-continue=0.25");
    auto sim = test::startSim(options);
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    constexpr int kPageSize = 100;
    Informer<PodInfo> pods(&client, QStringLiteral("/api/v1/pods"), QStringLiteral("pods"),
                           decodePod);
    pods.setPageSize(kPageSize);
    // The objects each page brought: progress counts up from 0 in every list.
    QList<int> pageSizes;
    int loaded = 0;
    connect(&pods, &InformerBase::listProgress, this, [&](int progress) {
        pageSizes.append(progress > loaded ? progress - loaded : progress);
        loaded = progress;
    });
    pods.start();
    QTRY_VERIFY_WITH_TIMEOUT(pods.hasSynced(), 120000);
    QVERIFY2(pods.expiredContinues() >= 1, "no continue token expired");
    QVERIFY2(pods.count() >= 2000, qPrintable(QString::number(pods.count())));
    // Never the whole list at once: pages grow after each expiry, to 8 times the size.
    const int largest = *std::max_element(pageSizes.cbegin(), pageSizes.cend());
    QVERIFY2(largest <= 8 * kPageSize, qPrintable(QString::number(largest)));
    QVERIFY(pageSizes.size() >= pods.count() / (8 * kPageSize));
    qInfo("%d continue tokens expired, %lld pages, the largest of %d pods", pods.expiredContinues(),
          qlonglong(pageSizes.size()), largest);

    // One page for the comparison: no continue token to expire; and a still cluster (see
    // convergesUnderFaults).
    QVERIFY(stopClock(*sim));
    QString why;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     why = difference(versionsOf(pods),
                                      freshList(checker, QStringLiteral("/api/v1/pods"), 100000));
                     return why.isEmpty();
                 },
                 30000),
             qPrintable(why));
}

void tst_Informer::restartReconciles()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    const ResolvedContext context = test::contextOf(sim->kubeconfig());
    ApiClient client(context);
    ApiClient checker(context);
    Informer<PodInfo> pods(&client, QStringLiteral("/api/v1/pods"), QStringLiteral("pods"),
                           decodePod);
    pods.addIndex(QStringLiteral("node"), [](const PodInfo &p) { return p.nodeName; });
    pods.setPageSize(5);
    QSignalSpy synced(&pods, &InformerBase::synced);
    pods.start();
    QTRY_VERIFY_WITH_TIMEOUT(pods.hasSynced(), 20000);
    QCOMPARE(synced.count(), 1);

    // A restart re-lists over the kept store: it counts as a re-list, and the store
    // is never emptied in between (the UI keeps showing rows).
    QSignalSpy batches(&pods, &InformerBase::changed);
    const int before = pods.count();
    pods.restart();
    QCOMPARE(pods.count(), before);
    QTRY_COMPARE_WITH_TIMEOUT(pods.state(), InformerBase::State::Watching, 20000);
    QCOMPARE(pods.relists(), 1);
    QCOMPARE(synced.count(), 1);
    QString why;
    QVERIFY2(converges(pods, checker, QStringLiteral("/api/v1/pods"), &why), qPrintable(why));

    // The secondary index agrees with the store.
    int indexed = 0;
    QSet<QString> nodes;
    for (const PodInfo &pod : pods.items())
        nodes.insert(pod.nodeName);
    for (const QString &node : nodes) {
        for (const QString &key : pods.indexed(QStringLiteral("node"), node)) {
            QVERIFY(pods.find(key));
            QCOMPARE(pods.find(key)->nodeName, node);
            ++indexed;
        }
    }
    QCOMPARE(indexed, pods.count());

    pods.stop();
    QCOMPARE(pods.state(), InformerBase::State::Idle);
    QVERIFY(pods.isStale());
}

void tst_Informer::unauthorizedStops()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    ResolvedContext context = test::contextOf(sim->kubeconfig());
    context.token = "wrong";
    ApiClient client(context);
    Informer<NodeInfo> nodes(&client, QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes"),
                             decodeNode);
    nodes.start();
    QTRY_COMPARE_WITH_TIMEOUT(nodes.state(), InformerBase::State::Unauthorized, 10000);
    QCOMPARE(nodes.lastError().kind, ApiErrorKind::Unauthorized);
    QVERIFY(!nodes.hasSynced());

    // A new token, then restart(): it loads.
    client.setBearerToken(test::simOptions().token.toUtf8());
    nodes.restart();
    QTRY_VERIFY_WITH_TIMEOUT(nodes.hasSynced(), 10000);
    QCOMPARE(nodes.state(), InformerBase::State::Watching);
}

void tst_Informer::notServedFails()
{
    auto sim = test::startSim(test::simOptions());
    QVERIFY(sim);
    ApiClient client(test::contextOf(sim->kubeconfig()));
    Informer<MachineInfo> machines(&client, QStringLiteral("/apis/example.com/v1/widgets"),
                                   QStringLiteral("widgets"), decodeMachine);
    machines.start();
    QTRY_COMPARE_WITH_TIMEOUT(machines.state(), InformerBase::State::Failed, 10000);
    QCOMPARE(machines.lastError().kind, ApiErrorKind::NotFound);
}

void tst_Informer::instantlyEndingWatchBacksOff()
{
    test::FakeHttpServer fake(test::FakeHttpServer::Mode::EmptyWatch);
    ApiClient client(test::plainContext(fake.url()));
    Informer<NodeInfo> nodes(&client, QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes"),
                             decodeNode);
    nodes.start();
    QTRY_VERIFY_WITH_TIMEOUT(nodes.hasSynced(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(fake.watches() >= 1, 10000);
    // A watch that ends at once is retried after a pause, not in a tight loop.
    QTest::qWait(700);
    QVERIFY2(fake.watches() <= 2, qPrintable(QString::number(fake.watches())));
    QTRY_COMPARE_WITH_TIMEOUT(nodes.state(), InformerBase::State::Retrying, 5000);
    QVERIFY(nodes.isStale());
}

void tst_Informer::watchEventsApplyInOrder()
{
    // Thousands of events for a few pods, arriving in many chunks while earlier ones are
    // still being decoded: every one applied, in the order sent. One out of order would
    // be left out as a replay (its version below the last one applied) or leave a pod
    // in an older state.
    constexpr int kPods = 20;
    constexpr int kEvents = 6000;
    constexpr qint64 kListVersion = 100;
    ScriptedWatchServer server;
    QList<QByteArray> listed;
    for (int i = 0; i < kPods; ++i)
        listed.append(podJson(QStringLiteral("pod-%1").arg(i), kListVersion, QStringLiteral("0")));
    server.setList(kListVersion, listed);
    ApiClient client(test::plainContext(server.url()));
    Informer<PodInfo> pods(&client, QStringLiteral("/api/v1/pods"), QStringLiteral("pods"),
                           decodePod);
    QStringList modified; // as listeners see them
    connect(&pods, &InformerBase::changed, this,
            [&modified](const ChangeBatch &batch) { modified += batch.modified; });
    pods.start();
    QTRY_VERIFY_WITH_TIMEOUT(pods.hasSynced() && server.watches() == 1, 10000);
    QCOMPARE(pods.count(), kPods);

    QByteArray chunk;
    for (int i = 1; i <= kEvents; ++i) {
        chunk += modifiedLine(QStringLiteral("pod-%1").arg(i % kPods), kListVersion + i,
                              QString::number(i));
        if (i % 37 == 0 || i == kEvents) {
            server.send(chunk);
            chunk.clear();
            if (i % 370 == 0)
                QCoreApplication::processEvents(); // let some go out before the rest
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(pods.eventsApplied(), qint64(kEvents), 30000);
    QCOMPARE(pods.replaysIgnored(), qint64(0));
    QCOMPARE(pods.lastResourceVersion(), QString::number(kListVersion + kEvents));
    for (int i = 0; i < kPods; ++i) {
        const int last = kEvents - (kEvents - i) % kPods; // the last event for pod-i
        const PodInfo *pod = pods.find(QStringLiteral("default/pod-%1").arg(i));
        QVERIFY(pod);
        QCOMPARE(pod->message, QString::number(last));
        QCOMPARE(pod->meta.resourceVersion.toString(), QString::number(kListVersion + last));
    }
    QCOMPARE(pods.state(), InformerBase::State::Watching);
    QCOMPARE(server.watches(), 1);
    // Modified keys reach listeners in the order the events came (a pod once per event).
    QTRY_COMPARE_WITH_TIMEOUT(modified.size(), qsizetype(kEvents), 5000);
    for (int i = 1; i <= kEvents; ++i)
        QCOMPARE(modified.at(i - 1), QStringLiteral("default/pod-%1").arg(i % kPods));
}

void tst_Informer::closedWatchEventsAreNotAppliedAfterRestart()
{
    // An event of a watch is still decoding when the informer restarts (new credentials,
    // "Retry now"): the re-list replaces the store, and the old watch's event must not be
    // applied over it when its batch comes back.
    ScriptedWatchServer server;
    server.setList(100, {podJson(QStringLiteral("pod-0"), 100, QStringLiteral("listed"))});
    ApiClient client(test::plainContext(server.url()));
    GatedPodInformer pods(&client);
    pods.start();
    QTRY_VERIFY_WITH_TIMEOUT(pods.hasSynced() && server.watches() == 1, 10000);

    pods.arm();
    server.send(modifiedLine(QStringLiteral("pod-0"), 101, QStringLiteral("stale")));
    QTRY_COMPARE_WITH_TIMEOUT(pods.batchesAtGate(), 1, 10000);
    server.setList(102, {podJson(QStringLiteral("pod-0"), 102, QStringLiteral("relisted"))});
    pods.restart();
    QTRY_VERIFY_WITH_TIMEOUT(pods.relists() == 1 && server.watches() == 2, 10000);
    QCOMPARE(pods.find(QStringLiteral("default/pod-0"))->message, QStringLiteral("relisted"));

    // The old watch's batch comes back now.
    pods.open();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QTest::qWait(200);
    QCOMPARE(pods.find(QStringLiteral("default/pod-0"))->message, QStringLiteral("relisted"));
    QCOMPARE(pods.find(QStringLiteral("default/pod-0"))->meta.resourceVersion.toString(),
             QStringLiteral("102"));
    QCOMPARE(pods.eventsApplied(), qint64(0));
    QCOMPARE(pods.replaysIgnored(), qint64(0));
    QCOMPARE(pods.lastResourceVersion(), QStringLiteral("102"));
    QCOMPARE(pods.state(), InformerBase::State::Watching);

    // The new watch applies its own events.
    server.send(modifiedLine(QStringLiteral("pod-0"), 103, QStringLiteral("new")));
    QTRY_COMPARE_WITH_TIMEOUT(pods.eventsApplied(), qint64(1), 10000);
    QCOMPARE(pods.find(QStringLiteral("default/pod-0"))->message, QStringLiteral("new"));
}

void tst_Informer::endedWatchAppliesItsEventsBeforeTheNext()
{
    // The server ends a watch (its timeout) right after an event, which is still
    // decoding when the end arrives: the event goes in the store first, and the next
    // watch starts from its version, not from the one before it.
    ScriptedWatchServer server;
    server.setList(100, {podJson(QStringLiteral("pod-0"), 100, QStringLiteral("listed"))});
    ApiClient client(test::plainContext(server.url()));
    GatedPodInformer pods(&client);
    pods.start();
    QTRY_VERIFY_WITH_TIMEOUT(pods.hasSynced() && server.watches() == 1, 10000);

    pods.arm();
    server.send(modifiedLine(QStringLiteral("pod-0"), 101, QStringLiteral("last")));
    QTRY_COMPARE_WITH_TIMEOUT(pods.batchesAtGate(), 1, 10000);
    server.endWatch();
    // Time for the end of the stream to arrive while the event waits at the gate.
    QTest::qWait(500);
    QCOMPARE(server.watches(), 1);
    QCOMPARE(pods.state(), InformerBase::State::Watching);
    pods.open();
    QTRY_COMPARE_WITH_TIMEOUT(server.watches(), 2, 10000);
    QCOMPARE(server.watchVersions().at(1), QStringLiteral("101"));
    QCOMPARE(pods.eventsApplied(), qint64(1));
    QCOMPARE(pods.find(QStringLiteral("default/pod-0"))->message, QStringLiteral("last"));
    QCOMPARE(pods.watchRestarts(), 1);
    QCOMPARE(pods.relists(), 0);
}

QTEST_GUILESS_MAIN(tst_Informer)
#include "tst_Informer.moc"

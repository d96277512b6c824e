// SPDX-License-Identifier: GPL-3.0-or-later
// The list decoders of nodes, pods and events (simdjson, straight into compact objects)
// against the item decoders over Qt's JSON DOM, on the pages a simulated cluster serves;
// and the timestamp reader against QDateTime's parser.
#include "KubeTestSupport.h"

#include "app/kube/Objects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace maestro;
using namespace maestro::kube;
using namespace Qt::StringLiterals;

namespace {

/// Every page of a list, as the server sent it.
QList<QByteArray> fetchPages(ApiClient &client, const QString &path, int limit)
{
    QList<QByteArray> pages;
    QString token;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!token.isEmpty())
            query.addQueryItem(QStringLiteral("continue"), token);
        ApiRequest *request = client.get(path, query);
        if (!test::waitFinished(request, 60000) || !request->ok())
            return {};
        pages.append(request->body());
        token = request->json()
                    .value(QLatin1String("metadata"))
                    .toObject()
                    .value(QLatin1String("continue"))
                    .toString();
        request->deleteLater();
    } while (!token.isEmpty());
    return pages;
}

QJsonArray itemsOf(const QByteArray &page)
{
    return QJsonDocument::fromJson(page).object().value(QLatin1String("items")).toArray();
}

bool sameMeta(const ObjectMeta &a, const ObjectMeta &b)
{
    return a.namespace_ == b.namespace_ && a.name == b.name && a.uid == b.uid &&
           a.resourceVersion == b.resourceVersion && a.creationTimestamp == b.creationTimestamp;
}

bool same(const NodeInfo &a, const NodeInfo &b)
{
    if (a.taints.size() != b.taints.size() || a.conditions.size() != b.conditions.size())
        return false;
    for (qsizetype i = 0; i < a.taints.size(); ++i) {
        if (a.taints[i].key != b.taints[i].key || a.taints[i].value != b.taints[i].value ||
            a.taints[i].effect != b.taints[i].effect)
            return false;
    }
    for (qsizetype i = 0; i < a.conditions.size(); ++i) {
        const NodeCondition &x = a.conditions[i];
        const NodeCondition &y = b.conditions[i];
        if (x.type != y.type || x.status != y.status || x.reason != y.reason ||
            x.message != y.message || x.lastTransitionTime != y.lastTransitionTime ||
            x.lastHeartbeatTime != y.lastHeartbeatTime)
            return false;
    }
    return sameMeta(a.meta, b.meta) && a.controlPlaneLabel == b.controlPlaneLabel &&
           a.instanceType == b.instanceType && a.machineName == b.machineName &&
           a.unschedulable == b.unschedulable && a.cpuCapacityMilli == b.cpuCapacityMilli &&
           a.cpuAllocatableMilli == b.cpuAllocatableMilli &&
           a.memoryCapacityBytes == b.memoryCapacityBytes &&
           a.memoryAllocatableBytes == b.memoryAllocatableBytes && a.podCapacity == b.podCapacity &&
           a.kubeletVersion == b.kubeletVersion && a.internalIp == b.internalIp &&
           a.osImage == b.osImage;
}

bool same(const PodInfo &a, const PodInfo &b)
{
    return sameMeta(a.meta, b.meta) && a.nodeName == b.nodeName && a.phase == b.phase &&
           a.reason == b.reason && a.message == b.message && a.ownerKind == b.ownerKind &&
           a.ownerName == b.ownerName && a.app == b.app && a.component == b.component &&
           a.controlPlane == b.controlPlane && a.mirror == b.mirror &&
           a.localStorage == b.localStorage && a.containers == b.containers &&
           a.readyContainers == b.readyContainers && a.restarts == b.restarts &&
           a.cpuRequestMilli == b.cpuRequestMilli && a.memoryRequestBytes == b.memoryRequestBytes &&
           a.scheduled == b.scheduled && a.scheduledAt == b.scheduledAt &&
           a.unschedulableMessage == b.unschedulableMessage &&
           a.priorityClassName == b.priorityClassName && a.podIp == b.podIp;
}

bool same(const EventInfo &a, const EventInfo &b)
{
    return sameMeta(a.meta, b.meta) && a.involvedKind == b.involvedKind &&
           a.involvedNamespace == b.involvedNamespace && a.involvedName == b.involvedName &&
           a.involvedUid == b.involvedUid && a.reason == b.reason && a.message == b.message &&
           a.warning == b.warning && a.sourceComponent == b.sourceComponent &&
           a.sourceHost == b.sourceHost && a.firstTimestamp == b.firstTimestamp &&
           a.lastTimestamp == b.lastTimestamp && a.count == b.count;
}

/// Decodes every page both ways; the number of objects compared.
template<class T, class ListDecoder, class ItemDecoder>
int compareDecoders(const QList<QByteArray> &pages, ListDecoder decodeList, ItemDecoder decodeItem)
{
    int compared = 0;
    for (const QByteArray &body : pages) {
        const ListPage<T> page = decodeList(body);
        const QJsonObject list = QJsonDocument::fromJson(body).object();
        const QJsonObject metadata = list.value(QLatin1String("metadata")).toObject();
        if (!page.error.isEmpty() || page.notAList || page.rejected != 0) {
            qWarning("a page did not decode: %s", qPrintable(page.error));
            return -1;
        }
        if (page.continueToken != metadata.value(QLatin1String("continue")).toString() ||
            page.resourceVersion != metadata.value(QLatin1String("resourceVersion")).toString()) {
            qWarning("a page's metadata decodes differently");
            return -1;
        }
        const QJsonArray items = itemsOf(body);
        if (page.items.size() != items.size()) {
            qWarning("a page has %lld objects, not %lld", qlonglong(page.items.size()),
                     qlonglong(items.size()));
            return -1;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const std::optional<T> expected = decodeItem(items[i].toObject());
            if (!expected || !same(page.items[i], *expected)) {
                qWarning("object %lld of a page decodes differently", qlonglong(i));
                return -1;
            }
            ++compared;
        }
    }
    return compared;
}

} // namespace

class tst_ListDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsDecodeAsTheirItems();
    void badBodies();
    void timestamps_data();
    void timestamps();
};

void tst_ListDecoding::listsDecodeAsTheirItems()
{
    auto options = test::simOptions(QStringLiteral("large"), 60, false, {});
    options.cluster.largeNodes = 40;
    options.cluster.largePods = 600;
    options.cluster.largeEvents = 400;
    auto sim = test::startSim(options);
    QVERIFY(sim);
    ApiClient client(test::contextOf(sim->kubeconfig()));
    // The shared-master scenario's objects too: taints, mirror pods, unschedulable pods.
    auto shared = test::startSim(test::simOptions(QStringLiteral("shared-master"), 600, false, {}));
    QVERIFY(shared);
    ApiClient sharedClient(test::contextOf(shared->kubeconfig()));
    // A few simulated minutes, until the shared master has warnings (pending pods,
    // evictions) for the decoders to read.
    QTRY_VERIFY_WITH_TIMEOUT(fetchPages(sharedClient, QStringLiteral("/api/v1/events"), 100)
                                 .join()
                                 .contains("\"Warning\""),
                             30000);

    // The large cluster's objects in many pages, the shared master's few in one.
    const struct
    {
        ApiClient *client;
        int nodes, pods, events;
    } clusters[] = {{&client, 40, 600, 400}, {&sharedClient, 1, 10, 1}};
    for (const auto &cluster : clusters) {
        const auto nodes = fetchPages(*cluster.client, QStringLiteral("/api/v1/nodes"), 7);
        const auto pods = fetchPages(*cluster.client, QStringLiteral("/api/v1/pods"), 100);
        const auto events = fetchPages(*cluster.client, QStringLiteral("/api/v1/events"), 100);
        QVERIFY(!nodes.isEmpty() && !pods.isEmpty() && !events.isEmpty());
        QVERIFY(compareDecoders<NodeInfo>(nodes, decodeNodeList, decodeNode) >= cluster.nodes);
        QVERIFY(compareDecoders<PodInfo>(pods, decodePodList, decodePod) >= cluster.pods);
        QVERIFY(compareDecoders<EventInfo>(events, decodeEventList, decodeEvent) >= cluster.events);
    }
    // Pages of the large cluster were many (limit 100): continue tokens were compared.
    QVERIFY(fetchPages(client, QStringLiteral("/api/v1/pods"), 100).size() >= 6);
}

void tst_ListDecoding::badBodies()
{
    const ListPage<PodInfo> broken =
        decodePodList(QByteArrayLiteral("{\"items\": [ {\"metadata\""));
    QVERIFY(!broken.error.isEmpty());
    QVERIFY(broken.items.isEmpty());
    const ListPage<PodInfo> status = decodePodList(
        QByteArrayLiteral("{\"kind\":\"Status\",\"status\":\"Failure\",\"code\":500}"));
    QVERIFY(status.error.isEmpty());
    QVERIFY(status.notAList);
    // Objects without a name are left out and counted; the others still decode.
    const ListPage<NodeInfo> partly = decodeNodeList(QByteArrayLiteral(
        R"({"metadata":{"resourceVersion":"9"},"items":[{"metadata":{}},)"
        R"({"metadata":{"name":"n1","creationTimestamp":"2024-05-01T12:00:00Z"},"status":)"
        R"({"capacity":{"cpu":"4","memory":"16Gi","pods":"110"}}}, 7]})"));
    QCOMPARE(partly.rejected, 2);
    QCOMPARE(partly.items.size(), 1);
    QCOMPARE(partly.items[0].meta.name, u"n1"_s);
    QCOMPARE(partly.items[0].cpuCapacityMilli, 4000);
    QCOMPARE(partly.items[0].memoryCapacityBytes, 16LL << 30);
    QCOMPARE(partly.resourceVersion, u"9"_s);
    QVERIFY(partly.continueToken.isEmpty());
}

void tst_ListDecoding::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    QTest::newRow("seconds") << u"2024-05-01T12:34:56Z"_s << utc(2024, 5, 1, 12, 34, 56);
    QTest::newRow("millis") << u"2024-05-01T12:34:56.789Z"_s << utc(2024, 5, 1, 12, 34, 56, 789);
    QTest::newRow("micros") << u"2024-05-01T12:34:56.789123Z"_s << utc(2024, 5, 1, 12, 34, 56, 789);
    QTest::newRow("offset") << u"2024-05-01T14:34:56+02:00"_s << utc(2024, 5, 1, 12, 34, 56);
    QTest::newRow("negative offset") << u"2024-12-31T23:30:00-01:00"_s << utc(2025, 1, 1, 0, 30, 0);
    QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << utc(2024, 2, 29, 0, 0, 0);
    QTest::newRow("before 1970") << u"1969-07-20T20:17:40Z"_s << utc(1969, 7, 20, 20, 17, 40);
    QTest::newRow("no leap day") << u"2023-02-29T00:00:00Z"_s << QDateTime();
    QTest::newRow("day 31 of April") << u"2024-04-31T00:00:00Z"_s << QDateTime();
    QTest::newRow("month 13") << u"2024-13-01T00:00:00Z"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("text") << u"yesterday"_s << QDateTime();
}

void tst_ListDecoding::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseTimestamp(QJsonValue(text));
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        // The same through a list page (simdjson's strings).
        const QByteArray body = R"({"items":[{"metadata":{"name":"p","creationTimestamp":")" +
                                text.toUtf8() + R"("}}]})";
        const ListPage<PodInfo> page = decodePodList(body);
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.items[0].meta.creationTimestamp, expected);
    }
}

QTEST_GUILESS_MAIN(tst_ListDecoding)
#include "tst_ListDecoding.moc"

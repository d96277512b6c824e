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
           a.unschedulableMessage == b.unschedulableMessage;
}

bool same(const EventInfo &a, const EventInfo &b)
{
    return sameMeta(a.meta, b.meta) && a.involvedKind == b.involvedKind &&
           a.involvedNamespace == b.involvedNamespace && a.involvedName == b.involvedName &&
           a.reason == b.reason && a.message == b.message && a.warning == b.warning &&
           a.sourceComponent == b.sourceComponent && a.sourceHost == b.sourceHost &&
           a.firstTimestamp == b.firstTimestamp && a.lastTimestamp == b.lastTimestamp &&
           a.count == b.count;
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

/// A watch event as the informer read it before it had WatchEventDecoder: Qt's DOM, then
/// the item decoder.
template<class T, class ItemDecoder>
WatchEvent<T> decodeWithQtJson(const QByteArray &line, ItemDecoder decodeItem)
{
    WatchEvent<T> expected;
    QJsonParseError parseError{};
    const QJsonObject event = QJsonDocument::fromJson(line, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        expected.head.error = parseError.errorString();
        return expected;
    }
    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject object = event.value(QLatin1String("object")).toObject();
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    using Type = WatchEventHead::Type;
    expected.head.type = type == u"ADDED"      ? Type::Added
                         : type == u"MODIFIED" ? Type::Modified
                         : type == u"DELETED"  ? Type::Deleted
                         : type == u"BOOKMARK" ? Type::Bookmark
                         : type == u"ERROR"    ? Type::Error
                                               : Type::Other;
    expected.head.resourceVersion = metadata.value(QLatin1String("resourceVersion")).toString();
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    const QString name = metadata.value(QLatin1String("name")).toString();
    expected.head.key = ns.isEmpty() ? name : ns + u'/' + name;
    if (expected.head.type == Type::Error) {
        expected.head.code = object.value(QLatin1String("code")).toInt();
        expected.head.reason = object.value(QLatin1String("reason")).toString();
        expected.head.message = object.value(QLatin1String("message")).toString();
    }
    if (expected.head.type == Type::Added || expected.head.type == Type::Modified)
        expected.object = decodeItem(object);
    return expected;
}

/// Why `line` decodes differently through `decoded` than through Qt's DOM; empty if not.
template<class T, class ItemDecoder>
QString watchDifference(const QByteArray &line, const WatchEvent<T> &decoded,
                        ItemDecoder decodeItem)
{
    const WatchEvent<T> expected = decodeWithQtJson<T>(line, decodeItem);
    const WatchEventHead &a = decoded.head;
    const WatchEventHead &b = expected.head;
    QString why;
    if (a.error.isEmpty() != b.error.isEmpty())
        why = QStringLiteral("error \"%1\", expected \"%2\"").arg(a.error, b.error);
    else if (a.type != b.type)
        why = QStringLiteral("type %1, expected %2").arg(int(a.type)).arg(int(b.type));
    else if (a.key != b.key || a.resourceVersion != b.resourceVersion)
        why = QStringLiteral("%1 at %2, expected %3 at %4")
                  .arg(a.key, a.resourceVersion, b.key, b.resourceVersion);
    else if (a.code != b.code || a.reason != b.reason || a.message != b.message)
        why = QStringLiteral("status %1 %2 \"%3\"").arg(a.code).arg(a.reason, a.message);
    else if (bool(decoded.object) != bool(expected.object))
        why = QStringLiteral("object %1, expected %2")
                  .arg(QLatin1String(decoded.object ? "decoded" : "none"),
                       QLatin1String(expected.object ? "decoded" : "none"));
    else if (decoded.object && !same(*decoded.object, *expected.object))
        why = QStringLiteral("the object's fields differ");
    return why.isEmpty() ? why : why + QStringLiteral(" in ") + QString::fromUtf8(line.left(300));
}

/// Every object of `pages` as a watch event of each type, decoded both ways.
template<class T, class WatchDecode, class ItemDecoder>
int compareWatchDecoders(const QList<QByteArray> &pages, WatchDecode decodeWatch,
                         ItemDecoder decodeItem)
{
    int compared = 0;
    for (const QByteArray &body : pages) {
        for (const QJsonValue &item : itemsOf(body)) {
            const QByteArray object = QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact);
            for (const char *type : {"ADDED", "MODIFIED", "DELETED"}) {
                const QByteArray line =
                    "{\"type\":\"" + QByteArray(type) + "\",\"object\":" + object + '}';
                const QString why = watchDifference<T>(line, decodeWatch(line), decodeItem);
                if (!why.isEmpty()) {
                    qWarning("%s", qPrintable(why));
                    return -1;
                }
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
    /// The pages listsDecodeAsTheirItems() fetched: nodes, pods, events of each cluster.
    struct Pages
    {
        QList<QByteArray> nodes, pods, events;
    };
    QList<Pages> m_pages;

private Q_SLOTS:
    void listsDecodeAsTheirItems();
    void badBodies();
    void watchEventsDecodeAsBefore();
    void watchEventsOfEveryKind_data();
    void watchEventsOfEveryKind();
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
        m_pages.append({nodes, pods, events});
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

void tst_ListDecoding::watchEventsDecodeAsBefore()
{
    // Every object of both clusters, as ADDED, MODIFIED and DELETED events.
    QVERIFY2(m_pages.size() == 2, "runs after listsDecodeAsTheirItems()");
    WatchEventDecoder decoder;
    const auto node = [&](const QByteArray &line) { return decoder.decodeNode(line); };
    const auto pod = [&](const QByteArray &line) { return decoder.decodePod(line); };
    const auto event = [&](const QByteArray &line) { return decoder.decodeEvent(line); };
    const int minimum[][3] = {{40, 600, 400}, {1, 10, 1}};
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        QVERIFY(compareWatchDecoders<NodeInfo>(m_pages[i].nodes, node, decodeNode) >=
                minimum[i][0]);
        QVERIFY(compareWatchDecoders<PodInfo>(m_pages[i].pods, pod, decodePod) >= minimum[i][1]);
        QVERIFY(compareWatchDecoders<EventInfo>(m_pages[i].events, event, decodeEvent) >=
                minimum[i][2]);
    }
}

void tst_ListDecoding::watchEventsOfEveryKind_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("bookmark") << QByteArray(
        R"({"type":"BOOKMARK","object":{"kind":"Pod","apiVersion":"v1","metadata":)"
        R"({"resourceVersion":"12345","annotations":{"k8s.io/initial-events-end":"true"}}}})");
    QTest::newRow("expired") << QByteArray(
        R"({"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},)"
        R"x("status":"Failure","message":"too old resource version: 1 (3171407)",)x"
        R"("reason":"Expired","code":410}})");
    QTest::newRow("internal error") << QByteArray(
        R"({"type":"ERROR","object":{"kind":"Status","status":"Failure","message":"etcd",)"
        R"("reason":"InternalError","code":500.0}})");
    QTest::newRow("status without code")
        << QByteArray(R"({"type":"ERROR","object":{"kind":"Status","reason":"Gone"}})");
    QTest::newRow("deleted") << QByteArray(
        R"({"type":"DELETED","object":{"kind":"Pod","metadata":{"name":"web-1",)"
        R"("namespace":"shop","resourceVersion":"99","deletionTimestamp":"2024-05-01T12:00:00Z"}}})");
    QTest::newRow("deleted node") << QByteArray(
        R"({"type":"DELETED","object":{"metadata":{"name":"n1","resourceVersion":"7"}}})");
    QTest::newRow("unicode") << QByteArray(
        "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"caf\xc3\xa9-\xe2\x82\xac\","
        "\"namespace\":\"\\u00fcber\",\"resourceVersion\":\"5\",\"uid\":\"\\ud83d\\ude80\"},"
        "\"status\":{\"message\":\"\xf0\x9f\x9a\x80 \\\"quoted\\\" \\n "
        "line\",\"reason\":\"\xe6\x97\xa5\"}}}");
    QTest::newRow("unknown fields") << QByteArray(
        R"({"type":"MODIFIED","extra":[1,{"a":null}],"object":{"metadata":{"name":"p",)"
        R"("namespace":"ns","resourceVersion":"8","future":{"x":[true,false]}},"spec":)"
        R"({"nodeName":"n1","newField":1.5e300,"containers":[{"name":"c","unknown":{},)"
        R"("resources":{"requests":{"cpu":"250m","memory":"1Gi"}}}]},"status":{"phase":)"
        R"("Running","containerStatuses":[{"ready":true,"restartCount":3,"x":"y"}]}}})");
    QTest::newRow("unknown type") << QByteArray(
        R"({"type":"SYNC","object":{"metadata":{"name":"p","resourceVersion":"9"}}})");
    QTest::newRow("no type") << QByteArray(R"({"object":{"metadata":{"name":"p"}}})");
    QTest::newRow("no name") << QByteArray(
        R"({"type":"ADDED","object":{"metadata":{"namespace":"ns","resourceVersion":"10"}}})");
    QTest::newRow("object not an object") << QByteArray(R"({"type":"MODIFIED","object":[1,2]})");
    QTest::newRow("wrong types") << QByteArray(
        R"({"type":"ADDED","object":{"metadata":{"name":"p","resourceVersion":11,)"
        R"("namespace":false},"status":{"containerStatuses":[{"restartCount":"3"},)"
        R"({"restartCount":2.5}]}}})");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("cut short") << QByteArray(R"({"type":"ADDED","object":{"metadata":{"na)");
    QTest::newRow("not utf-8") << QByteArray("{\"type\":\"ADDED\",\"object\":{\"metadata\":"
                                             "{\"name\":\"p\xff\xfe\"}}}");
    QTest::newRow("garbage") << QByteArray("\x01\x02not json");
}

void tst_ListDecoding::watchEventsOfEveryKind()
{
    QFETCH(QByteArray, line);
    WatchEventDecoder decoder;
    // Each type of object reads the line as before, twice over (the parser is reused).
    for (int round = 0; round < 2; ++round) {
        QString why = watchDifference<NodeInfo>(line, decoder.decodeNode(line), decodeNode);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = watchDifference<PodInfo>(line, decoder.decodePod(line), decodePod);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = watchDifference<EventInfo>(line, decoder.decodeEvent(line), decodeEvent);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // The other resources' path (Qt's DOM) gives the same head.
        QJsonObject object;
        WatchEvent<PodInfo> viaQt;
        viaQt.head = decodeWatchEvent(line, &object);
        viaQt.object = decodePod(object);
        if (viaQt.head.type != WatchEventHead::Type::Added &&
            viaQt.head.type != WatchEventHead::Type::Modified)
            viaQt.object.reset();
        why = watchDifference<PodInfo>(line, viaQt, decodePod);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    // What the rows say, spelled out for a few.
    const WatchEvent<PodInfo> pod = decoder.decodePod(line);
    const QByteArray tag = QTest::currentDataTag();
    if (tag == "bookmark") {
        QCOMPARE(pod.head.type, WatchEventHead::Type::Bookmark);
        QCOMPARE(pod.head.resourceVersion, u"12345"_s);
        QVERIFY(!pod.object);
    } else if (tag == "expired") {
        QCOMPARE(pod.head.type, WatchEventHead::Type::Error);
        QCOMPARE(pod.head.code, 410);
        QCOMPARE(pod.head.reason, u"Expired"_s);
    } else if (tag == "internal error") {
        QCOMPARE(pod.head.code, 500);
    } else if (tag == "deleted") {
        QCOMPARE(pod.head.type, WatchEventHead::Type::Deleted);
        QCOMPARE(pod.head.key, u"shop/web-1"_s);
        QCOMPARE(pod.head.resourceVersion, u"99"_s);
    } else if (tag == "unicode") {
        QVERIFY(pod.object);
        QCOMPARE(pod.object->meta.name, u"café-€"_s);
        QCOMPARE(pod.object->meta.namespace_, u"über"_s);
        QCOMPARE(pod.object->meta.uid.toString(), u"\U0001F680"_s);
        QCOMPARE(pod.object->message, u"\U0001F680 \"quoted\" \n line"_s);
        QCOMPARE(pod.object->reason, u"日"_s);
        QCOMPARE(pod.head.key, u"über/café-€"_s);
    } else if (tag == "unknown fields") {
        QVERIFY(pod.object);
        QCOMPARE(pod.object->restarts, 3);
        QCOMPARE(pod.object->readyContainers, 1);
        QCOMPARE(pod.object->cpuRequestMilli, 250);
        QCOMPARE(pod.object->memoryRequestBytes, 1LL << 30);
        QCOMPARE(pod.object->nodeName, u"n1"_s);
    } else if (tag == "no name") {
        QCOMPARE(pod.head.type, WatchEventHead::Type::Added);
        QVERIFY(!pod.object);
    } else if (tag == "cut short" || tag == "not utf-8" || tag == "garbage") {
        QVERIFY(!pod.head.error.isEmpty());
    }
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

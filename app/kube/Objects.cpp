// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/Objects.h"

#include "app/quantity/Quantity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <simdjson.h>

#include <cmath>
#include <limits>
#include <string>

namespace maestro::kube {

namespace {

const QLatin1String kMetadata("metadata");
const QLatin1String kSpec("spec");
const QLatin1String kStatus("status");
const QLatin1String kControlPlaneLabel("node-role.kubernetes.io/control-plane");
const QLatin1String kLegacyMasterLabel("node-role.kubernetes.io/master");

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 milli(const QString &text)
{
    const auto q = Quantity::parse(QStringView(text));
    return q ? q->toMillis().value_or(0) : 0;
}

qint64 units(const QString &text)
{
    const auto q = Quantity::parse(QStringView(text));
    return q ? q->toUnits().value_or(0) : 0;
}

qint64 units(const QJsonValue &value)
{
    return units(value.toString());
}

QList<NodeCondition> decodeConditions(const QJsonObject &status);

QString conditionIn(const QList<NodeCondition> &conditions, const QString &type)
{
    for (const NodeCondition &c : conditions) {
        if (c.type == type)
            return c.status;
    }
    return QStringLiteral("Unknown");
}

/// An IntOrString as text: 2 -> "2", "50%" stays.
QString intOrString(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInt()) : value.toString();
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

/// The API's usual form, "2024-05-01T12:00:00Z" with optional fractions and offset, read
/// without QDateTime's general parser (most of a pod's decoding time otherwise); invalid
/// for anything else, which the general parser then reads.
template<class Char>
QDateTime parseRfc3339(const Char *text, qsizetype size)
{
    auto digits = [&](qsizetype at, int count, int *value) {
        if (at + count > size)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const auto c = text[at + i];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + int(c - '0');
        }
        *value = v;
        return true;
    };
    int year, month, day, hour, minute, second;
    if (size < 20 || !digits(0, 4, &year) || text[4] != '-' || !digits(5, 2, &month) ||
        text[7] != '-' || !digits(8, 2, &day) || text[10] != 'T' || !digits(11, 2, &hour) ||
        text[13] != ':' || !digits(14, 2, &minute) || text[16] != ':' || !digits(17, 2, &second) ||
        month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
        return {};
    static constexpr int kDaysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDaysIn[month - 1] || (month == 2 && day == 29 && !leap))
        return {};
    qsizetype at = 19;
    int millis = 0;
    if (text[at] == '.') {
        ++at;
        int scale = 100;
        const qsizetype first = at;
        while (at < size && text[at] >= '0' && text[at] <= '9') {
            millis += int(text[at] - '0') * scale;
            scale /= 10;
            ++at;
        }
        if (at == first)
            return {};
    }
    int offsetSeconds = 0;
    if (at < size && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < size && (text[at] == '+' || text[at] == '-')) {
        int offsetHours, offsetMinutes;
        if (!digits(at + 1, 2, &offsetHours) || at + 3 >= size || text[at + 3] != ':' ||
            !digits(at + 4, 2, &offsetMinutes))
            return {};
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text[at] == '-' ? -1 : 1);
        at += 6;
    } else {
        return {};
    }
    if (at != size)
        return {};
    const qint64 seconds =
        daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return QDateTime::fromMSecsSinceEpoch((seconds - offsetSeconds) * 1000 + millis, Qt::UTC);
}

QDateTime parseTimestampText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = parseRfc3339(text.utf16(), text.size());
    if (time.isValid())
        return time;
    time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        // MicroTime carries six fractional digits, which Qt's ISO parser may refuse.
        static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d*"));
        QString trimmed = text;
        trimmed.replace(fraction, QStringLiteral(".\\1"));
        time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return time.isValid() ? time.toUTC() : QDateTime();
}

/**
 * Read access to a JSON value with QJsonValue's meaning (a missing key or a value of
 * another type reads as empty, false or the fallback). Nodes, pods and events are decoded
 * once through it, from Qt's DOM (watch events) or from simdjson's (list pages).
 */
class QtJson
{
public:
    QtJson() = default;
    QtJson(const QJsonValue &value) // NOLINT: a view of the value
        : m_value(value)
    {}
    QtJson operator[](const char *key) const
    {
        return QtJson(m_value.toObject().value(QLatin1String(key)));
    }
    bool contains(const char *key) const { return m_value.toObject().contains(QLatin1String(key)); }
    QString string() const { return m_value.toString(); }
    /// A string that many objects repeat (a namespace, a node): the same for all of them.
    QString shared() const { return m_value.toString(); }
    CompactText compact() const { return CompactText::fromString(m_value.toString()); }
    bool boolean() const { return m_value.toBool(); }
    int integer(int fallback = 0) const { return m_value.toInt(fallback); }
    QDateTime timestamp() const { return parseTimestampText(m_value.toString()); }
    template<class Function>
    void forEach(Function function) const
    {
        const QJsonArray array = m_value.toArray();
        for (const QJsonValue &value : array)
            function(QtJson(value));
    }

private:
    QJsonValue m_value;
};

/// Strings many objects repeat, kept once per decoding thread (bounded: names are unique
/// and stay out).
QString internedString(std::string_view text)
{
    thread_local QHash<QByteArray, QString> table;
    const QByteArray probe = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
    const auto it = table.constFind(probe);
    if (it != table.constEnd())
        return *it;
    QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (table.size() < 8192)
        table.insert(QByteArray(text.data(), qsizetype(text.size())), value);
    return value;
}

class SimdJson
{
public:
    SimdJson() = default;
    explicit SimdJson(simdjson::dom::element element)
        : m_element(element)
        , m_valid(true)
    {}
    SimdJson operator[](const char *key) const
    {
        simdjson::dom::object object;
        simdjson::dom::element child;
        if (!m_valid || m_element.get(object) != simdjson::SUCCESS ||
            object.at_key(key).get(child) != simdjson::SUCCESS)
            return {};
        return SimdJson(child);
    }
    bool contains(const char *key) const { return (*this)[key].m_valid; }
    QString string() const
    {
        const std::string_view text = view();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    QString shared() const
    {
        const std::string_view text = view();
        return text.empty() ? QString() : internedString(text);
    }
    CompactText compact() const { return CompactText::fromUtf8(view()); }
    bool boolean() const
    {
        bool value = false;
        return m_valid && m_element.get(value) == simdjson::SUCCESS && value;
    }
    int integer(int fallback = 0) const
    {
        // As QJsonValue::toInt: a number with an integral value in int's range.
        double value = 0;
        if (!m_valid || m_element.get(value) != simdjson::SUCCESS)
            return fallback;
        if (value != std::floor(value) || value < double(std::numeric_limits<int>::min()) ||
            value > double(std::numeric_limits<int>::max()))
            return fallback;
        return int(value);
    }
    QDateTime timestamp() const
    {
        const std::string_view text = view();
        if (text.empty())
            return {};
        const QDateTime time = parseRfc3339(text.data(), qsizetype(text.size()));
        return time.isValid() ? time : parseTimestampText(string());
    }
    template<class Function>
    void forEach(Function function) const
    {
        simdjson::dom::array array;
        if (!m_valid || m_element.get(array) != simdjson::SUCCESS)
            return;
        for (simdjson::dom::element element : array)
            function(SimdJson(element));
    }

private:
    std::string_view view() const
    {
        std::string_view text;
        if (!m_valid || m_element.get(text) != simdjson::SUCCESS)
            return {};
        return text;
    }

    simdjson::dom::element m_element;
    bool m_valid = false;
};

template<class Json>
std::optional<ObjectMeta> decodeMetaOf(const Json &object)
{
    const Json metadata = object["metadata"];
    ObjectMeta meta;
    meta.name = metadata["name"].string();
    if (meta.name.isEmpty())
        return std::nullopt;
    meta.namespace_ = metadata["namespace"].shared();
    meta.uid = metadata["uid"].compact();
    meta.resourceVersion = metadata["resourceVersion"].compact();
    meta.creationTimestamp = metadata["creationTimestamp"].timestamp();
    return meta;
}

template<class Json>
std::optional<NodeInfo> decodeNodeOf(const Json &object)
{
    auto meta = decodeMetaOf(object);
    if (!meta)
        return std::nullopt;
    NodeInfo node;
    node.meta = std::move(*meta);
    const Json metadata = object["metadata"];
    const Json labels = metadata["labels"];
    node.controlPlaneLabel = labels.contains("node-role.kubernetes.io/control-plane") ||
                             labels.contains("node-role.kubernetes.io/master");
    node.instanceType = labels["node.kubernetes.io/instance-type"].shared();
    if (node.instanceType.isEmpty())
        node.instanceType = labels["beta.kubernetes.io/instance-type"].shared();
    node.machineName = metadata["annotations"]["cluster.x-k8s.io/machine"].string();
    const Json spec = object["spec"];
    node.unschedulable = spec["unschedulable"].boolean();
    spec["taints"].forEach([&node](const Json &taint) {
        node.taints.append(
            {taint["key"].shared(), taint["value"].shared(), taint["effect"].shared()});
    });
    const Json status = object["status"];
    const Json capacity = status["capacity"];
    const Json allocatable = status["allocatable"];
    node.cpuCapacityMilli = milli(capacity["cpu"].string());
    node.cpuAllocatableMilli = milli(allocatable["cpu"].string());
    node.memoryCapacityBytes = units(capacity["memory"].string());
    node.memoryAllocatableBytes = units(allocatable["memory"].string());
    node.podCapacity = int(units(capacity["pods"].string()));
    status["conditions"].forEach([&node](const Json &condition) {
        node.conditions.append({condition["type"].shared(), condition["status"].shared(),
                                condition["reason"].shared(), condition["message"].shared(),
                                condition["lastTransitionTime"].timestamp(),
                                condition["lastHeartbeatTime"].timestamp()});
    });
    status["addresses"].forEach([&node](const Json &address) {
        if (node.internalIp.isEmpty() && address["type"].string() == u"InternalIP")
            node.internalIp = address["address"].string();
    });
    const Json nodeInfo = status["nodeInfo"];
    node.kubeletVersion = nodeInfo["kubeletVersion"].shared();
    node.osImage = nodeInfo["osImage"].shared();
    return node;
}

template<class Json>
std::optional<PodInfo> decodePodOf(const Json &object)
{
    auto meta = decodeMetaOf(object);
    if (!meta)
        return std::nullopt;
    PodInfo pod;
    pod.meta = std::move(*meta);
    const Json metadata = object["metadata"];
    const Json labels = metadata["labels"];
    pod.app = labels["app"].shared();
    if (pod.app.isEmpty())
        pod.app = labels["app.kubernetes.io/name"].shared();
    pod.component = labels["component"].shared();
    pod.mirror = metadata["annotations"].contains("kubernetes.io/config.mirror");
    pod.controlPlane = labels["tier"].string() == u"control-plane" ||
                       (pod.mirror && pod.meta.namespace_ == u"kube-system");
    metadata["ownerReferences"].forEach([&pod](const Json &owner) {
        if (owner["controller"].boolean() || pod.ownerKind.isEmpty()) {
            pod.ownerKind = owner["kind"].shared();
            pod.ownerName = owner["name"].shared();
        }
    });
    const Json spec = object["spec"];
    pod.nodeName = spec["nodeName"].shared();
    // An emptyDir lives on the node: draining loses its data (kubectl asks for
    // --delete-emptydir-data before it evicts such a pod).
    spec["volumes"].forEach([&pod](const Json &volume) {
        if (volume.contains("emptyDir"))
            pod.localStorage = true;
    });
    spec["containers"].forEach([&pod](const Json &container) {
        ++pod.containers;
        const Json requests = container["resources"]["requests"];
        pod.cpuRequestMilli += milli(requests["cpu"].string());
        pod.memoryRequestBytes += units(requests["memory"].string());
    });
    const Json status = object["status"];
    const QString phase = status["phase"].string();
    pod.phase = phase == u"Pending"     ? PodPhase::Pending
                : phase == u"Running"   ? PodPhase::Running
                : phase == u"Succeeded" ? PodPhase::Succeeded
                : phase == u"Failed"    ? PodPhase::Failed
                                        : PodPhase::Unknown;
    pod.reason = status["reason"].shared();
    pod.message = status["message"].string();
    status["conditions"].forEach([&pod](const Json &condition) {
        if (condition["type"].string() != u"PodScheduled")
            return;
        pod.scheduled = condition["status"].string() == u"True";
        if (pod.scheduled)
            pod.scheduledAt = condition["lastTransitionTime"].timestamp();
        else
            pod.unschedulableMessage = condition["message"].shared();
    });
    if (!pod.nodeName.isEmpty())
        pod.scheduled = true;
    status["containerStatuses"].forEach([&pod](const Json &containerStatus) {
        if (containerStatus["ready"].boolean())
            ++pod.readyContainers;
        pod.restarts += containerStatus["restartCount"].integer();
    });
    return pod;
}

template<class Json>
std::optional<EventInfo> decodeEventOf(const Json &object)
{
    auto meta = decodeMetaOf(object);
    if (!meta)
        return std::nullopt;
    EventInfo event;
    event.meta = std::move(*meta);
    const Json involved = object["involvedObject"];
    event.involvedKind = involved["kind"].shared();
    event.involvedNamespace = involved["namespace"].shared();
    event.involvedName = involved["name"].shared();
    event.reason = object["reason"].shared();
    // Shared too: kubelets repeat the same messages for thousands of pods ("Container image
    // ... already present on machine"), and events are the largest list after pods.
    event.message = object["message"].shared();
    event.warning = object["type"].string() == u"Warning";
    const Json source = object["source"];
    event.sourceComponent = source["component"].shared();
    if (event.sourceComponent.isEmpty())
        event.sourceComponent = object["reportingComponent"].shared();
    event.sourceHost = source["host"].shared();
    const QDateTime eventTime = object["eventTime"].timestamp();
    const Json series = object["series"];
    event.firstTimestamp = object["firstTimestamp"].timestamp();
    event.lastTimestamp = object["lastTimestamp"].timestamp();
    // Events from the newer events API (the scheduler's) may carry only eventTime.
    if (!event.lastTimestamp.isValid())
        event.lastTimestamp = series["lastObservedTime"].timestamp();
    if (!event.lastTimestamp.isValid())
        event.lastTimestamp = eventTime.isValid() ? eventTime : event.meta.creationTimestamp;
    if (!event.firstTimestamp.isValid())
        event.firstTimestamp = eventTime.isValid() ? eventTime : event.lastTimestamp;
    event.count = std::max(1, object["count"].integer());
    if (series.contains("count"))
        event.count = std::max(event.count, series["count"].integer());
    return event;
}

/// A list page through simdjson: the list's metadata, then every item by `decodeItem`.
template<class T, class Decode>
ListPage<T> decodeListOf(const QByteArray &body, Decode decodeItem)
{
    ListPage<T> page;
    // A parser per page: its buffers (several times the page) go back once it is decoded,
    // instead of staying with every worker thread for the life of the app.
    simdjson::dom::parser parser;
    simdjson::dom::element document;
    const auto error = parser.parse(body.constData(), size_t(body.size()), true).get(document);
    if (error != simdjson::SUCCESS) {
        page.error = QString::fromUtf8(simdjson::error_message(error));
        return page;
    }
    const SimdJson list(document);
    simdjson::dom::array items;
    if (document.at_key("items").get(items) != simdjson::SUCCESS) {
        page.notAList = true;
        return page;
    }
    page.continueToken = list["metadata"]["continue"].string();
    page.resourceVersion = list["metadata"]["resourceVersion"].string();
    page.items.reserve(qsizetype(items.size()));
    for (simdjson::dom::element item : items) {
        if (auto decoded = decodeItem(SimdJson(item)))
            page.items.append(std::move(*decoded));
        else
            ++page.rejected;
    }
    return page;
}

WatchEventHead::Type watchEventType(QStringView type)
{
    using Type = WatchEventHead::Type;
    return type == u"ADDED"      ? Type::Added
           : type == u"MODIFIED" ? Type::Modified
           : type == u"DELETED"  ? Type::Deleted
           : type == u"BOOKMARK" ? Type::Bookmark
           : type == u"ERROR"    ? Type::Error
                                 : Type::Other;
}

/// The head of a watch event whose object is `object` (a Status for ERROR).
template<class Json>
WatchEventHead watchEventHeadOf(const QString &type, const Json &object)
{
    WatchEventHead head;
    head.type = watchEventType(type);
    const Json metadata = object["metadata"];
    head.resourceVersion = metadata["resourceVersion"].string();
    const QString namespace_ = metadata["namespace"].string();
    const QString name = metadata["name"].string();
    head.key = namespace_.isEmpty() ? name : namespace_ + u'/' + name;
    if (head.type == WatchEventHead::Type::Error) {
        head.code = object["code"].integer();
        head.reason = object["reason"].string();
        head.message = object["message"].string();
    }
    return head;
}

} // namespace

struct WatchEventDecoder::Parser
{
    simdjson::dom::parser parser;
    /// The line with the padding simdjson reads past its end, reused from line to line.
    std::string padded;
};

WatchEventDecoder::WatchEventDecoder()
    : m_parser(std::make_unique<Parser>())
{}

WatchEventDecoder::~WatchEventDecoder() = default;

template<class T, class Decode>
WatchEvent<T> WatchEventDecoder::decode(QByteArrayView line, Decode decodeObject)
{
    WatchEvent<T> event;
    std::string &padded = m_parser->padded;
    padded.assign(line.data(), size_t(line.size()));
    padded.reserve(padded.size() + simdjson::SIMDJSON_PADDING);
    simdjson::dom::element document;
    const auto error = m_parser->parser.parse(padded.data(), padded.size(), false).get(document);
    if (error != simdjson::SUCCESS) {
        event.head.error = QString::fromUtf8(simdjson::error_message(error));
        return event;
    }
    if (!document.is_object() && !document.is_array()) {
        // As Qt's parser: a document is an object or an array.
        event.head.error = QStringLiteral("not a JSON object");
        return event;
    }
    const SimdJson envelope(document);
    const SimdJson object = envelope["object"];
    event.head = watchEventHeadOf(envelope["type"].string(), object);
    if (event.head.type == WatchEventHead::Type::Added ||
        event.head.type == WatchEventHead::Type::Modified)
        event.object = decodeObject(object);
    // A parser keeps buffers the size of the largest line it read: one event of many MB
    // would otherwise stay with the watch for good.
    constexpr size_t kKeptCapacity = 1 << 20;
    if (m_parser->parser.capacity() > kKeptCapacity) {
        m_parser->parser = simdjson::dom::parser();
        std::string().swap(padded);
    }
    return event;
}

WatchEvent<NodeInfo> WatchEventDecoder::decodeNode(QByteArrayView line)
{
    return decode<NodeInfo>(line, [](const SimdJson &object) { return decodeNodeOf(object); });
}

WatchEvent<PodInfo> WatchEventDecoder::decodePod(QByteArrayView line)
{
    return decode<PodInfo>(line, [](const SimdJson &object) { return decodePodOf(object); });
}

WatchEvent<EventInfo> WatchEventDecoder::decodeEvent(QByteArrayView line)
{
    return decode<EventInfo>(line, [](const SimdJson &object) { return decodeEventOf(object); });
}

WatchEventHead decodeWatchEvent(const QByteArray &line, QJsonObject *object)
{
    QJsonParseError parseError{};
    const QJsonObject event = QJsonDocument::fromJson(line, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        WatchEventHead head;
        head.error = parseError.errorString();
        return head;
    }
    *object = event.value(QLatin1String("object")).toObject();
    return watchEventHeadOf(event.value(QLatin1String("type")).toString(), QtJson(*object));
}

QDateTime parseTimestamp(const QJsonValue &value)
{
    return parseTimestampText(value.toString());
}

std::optional<ObjectMeta> decodeMeta(const QJsonObject &object)
{
    return decodeMetaOf(QtJson(object));
}

NodeRole NodeInfo::role() const
{
    if (!controlPlaneLabel)
        return NodeRole::Worker;
    return hasControlPlaneTaint() ? NodeRole::Master : NodeRole::SharedMaster;
}

bool NodeInfo::hasControlPlaneTaint() const
{
    for (const Taint &t : taints) {
        if ((t.key == kControlPlaneLabel || t.key == kLegacyMasterLabel) &&
            (t.effect == u"NoSchedule" || t.effect == u"NoExecute"))
            return true;
    }
    return false;
}

QString NodeInfo::conditionStatus(const QString &type) const
{
    for (const NodeCondition &c : conditions) {
        if (c.type == type)
            return c.status;
    }
    return QStringLiteral("Unknown");
}

std::optional<NodeInfo> decodeNode(const QJsonObject &object)
{
    return decodeNodeOf(QtJson(object));
}

std::optional<PodInfo> decodePod(const QJsonObject &object)
{
    return decodePodOf(QtJson(object));
}

std::optional<EventInfo> decodeEvent(const QJsonObject &object)
{
    return decodeEventOf(QtJson(object));
}

ListPage<NodeInfo> decodeNodeList(const QByteArray &body)
{
    return decodeListOf<NodeInfo>(body, [](const SimdJson &item) { return decodeNodeOf(item); });
}

ListPage<PodInfo> decodePodList(const QByteArray &body)
{
    return decodeListOf<PodInfo>(body, [](const SimdJson &item) { return decodePodOf(item); });
}

ListPage<EventInfo> decodeEventList(const QByteArray &body)
{
    return decodeListOf<EventInfo>(body, [](const SimdJson &item) { return decodeEventOf(item); });
}

std::optional<MachineInfo> decodeMachine(const QJsonObject &object)
{
    const auto meta = decodeMeta(object);
    if (!meta)
        return std::nullopt;
    MachineInfo machine;
    machine.meta = *meta;
    const QJsonObject metadata = object.value(kMetadata).toObject();
    const QJsonObject labels = obj(metadata, "labels");
    machine.controlPlane = labels.contains(QLatin1String("cluster.x-k8s.io/control-plane"));
    machine.deploymentName =
        labels.value(QLatin1String("cluster.x-k8s.io/deployment-name")).toString();
    machine.markedForDeletion =
        obj(metadata, "annotations").contains(QLatin1String("cluster.x-k8s.io/delete-machine"));
    const QJsonObject spec = object.value(kSpec).toObject();
    machine.clusterName = str(spec, "clusterName");
    machine.providerId = str(spec, "providerID");
    const QJsonObject status = object.value(kStatus).toObject();
    machine.phase = str(status, "phase");
    machine.nodeName = str(obj(status, "nodeRef"), "name");
    machine.failureReason = str(status, "failureReason");
    machine.failureMessage = str(status, "failureMessage");
    machine.conditions = decodeConditions(status);
    return machine;
}

std::optional<MachineDeploymentInfo> decodeMachineDeployment(const QJsonObject &object)
{
    const auto meta = decodeMeta(object);
    if (!meta)
        return std::nullopt;
    MachineDeploymentInfo md;
    md.meta = *meta;
    const QJsonObject spec = object.value(kSpec).toObject();
    md.clusterName = str(spec, "clusterName");
    md.specReplicas = spec.value(QLatin1String("replicas")).toInt(1);
    const QJsonObject ref = obj(obj(obj(spec, "template"), "spec"), "infrastructureRef");
    md.templateKind = str(ref, "kind");
    md.templateName = str(ref, "name");
    md.templateNamespace = ref.value(QLatin1String("namespace")).toString(meta->namespace_);
    const QJsonObject status = object.value(kStatus).toObject();
    md.replicas = status.value(QLatin1String("replicas")).toInt();
    md.readyReplicas = status.value(QLatin1String("readyReplicas")).toInt();
    md.unavailableReplicas = status.value(QLatin1String("unavailableReplicas")).toInt();
    md.phase = str(status, "phase");
    return md;
}

std::optional<ControlPlaneInfo> decodeControlPlane(const QJsonObject &object)
{
    const auto meta = decodeMeta(object);
    if (!meta)
        return std::nullopt;
    ControlPlaneInfo cp;
    cp.meta = *meta;
    const QJsonObject spec = object.value(kSpec).toObject();
    cp.specReplicas = spec.value(QLatin1String("replicas")).toInt(1);
    cp.version = str(spec, "version");
    const QJsonObject ref = obj(obj(spec, "machineTemplate"), "infrastructureRef");
    cp.templateKind = str(ref, "kind");
    cp.templateName = str(ref, "name");
    const QJsonObject etcd =
        obj(obj(obj(spec, "kubeadmConfigSpec"), "clusterConfiguration"), "etcd");
    cp.stackedEtcd = !etcd.contains(QLatin1String("external"));
    const QJsonObject status = object.value(kStatus).toObject();
    cp.replicas = status.value(QLatin1String("replicas")).toInt();
    cp.readyReplicas = status.value(QLatin1String("readyReplicas")).toInt();
    cp.conditions = decodeConditions(status);
    return cp;
}

std::optional<MachineTemplateInfo> decodeMachineTemplate(const QJsonObject &object)
{
    const auto meta = decodeMeta(object);
    if (!meta)
        return std::nullopt;
    MachineTemplateInfo t;
    t.meta = *meta;
    t.kind = str(object, "kind");
    const QJsonObject spec = obj(obj(obj(object, "spec"), "template"), "spec");
    t.instanceType = str(spec, "instanceType");
    if (t.instanceType.isEmpty())
        t.instanceType = obj(object.value(kMetadata).toObject(), "labels")
                             .value(QLatin1String("node.kubernetes.io/instance-type"))
                             .toString();
    const QJsonValue cpu = spec.value(QLatin1String("cpu"));
    t.vcpu = cpu.isDouble() ? cpu.toInt() : int(units(cpu));
    t.memoryBytes = units(spec.value(QLatin1String("memory")));
    t.diskBytes = units(spec.value(QLatin1String("diskSize")));
    t.diskType = str(spec, "diskType");
    if (t.instanceType.isEmpty() || t.vcpu <= 0 || t.memoryBytes <= 0)
        return std::nullopt;
    return t;
}

namespace {

QList<NodeCondition> decodeConditions(const QJsonObject &status)
{
    QList<NodeCondition> conditions;
    for (const QJsonValue &c : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = c.toObject();
        conditions.append({str(condition, "type"),
                           str(condition, "status"),
                           str(condition, "reason"),
                           str(condition, "message"),
                           parseTimestamp(condition.value(QLatin1String("lastTransitionTime"))),
                           {}});
    }
    return conditions;
}

} // namespace

QString MachineInfo::conditionStatus(const QString &type) const
{
    return conditionIn(conditions, type);
}

QString ControlPlaneInfo::conditionStatus(const QString &type) const
{
    return conditionIn(conditions, type);
}

bool LabelSelector::matches(const QHash<QString, QString> &labels) const
{
    if (!valid)
        return false;
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        if (labels.value(it.key(), QString()) != it.value() || !labels.contains(it.key()))
            return false;
    }
    for (const Expression &e : expressions) {
        const bool has = labels.contains(e.key);
        if (e.op == u"In" && !(has && e.values.contains(labels.value(e.key))))
            return false;
        if (e.op == u"NotIn" && has && e.values.contains(labels.value(e.key)))
            return false;
        if (e.op == u"Exists" && !has)
            return false;
        if (e.op == u"DoesNotExist" && has)
            return false;
    }
    return true;
}

bool DisruptionBudgetInfo::covers(const QString &namespace_,
                                  const QHash<QString, QString> &labels) const
{
    // policy/v1: a budget without a selector matches no pod; an empty one matches all.
    return hasSelector && namespace_ == meta.namespace_ && selector.matches(labels);
}

QHash<QString, QString> decodeLabels(const QJsonObject &object)
{
    QHash<QString, QString> labels;
    const QJsonObject map = obj(object.value(kMetadata).toObject(), "labels");
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isString())
            labels.insert(it.key(), it.value().toString());
    }
    return labels;
}

std::optional<DisruptionBudgetInfo> decodeDisruptionBudget(const QJsonObject &object)
{
    const auto meta = decodeMeta(object);
    if (!meta)
        return std::nullopt;
    DisruptionBudgetInfo budget;
    budget.meta = *meta;
    const QJsonObject spec = object.value(kSpec).toObject();
    const QJsonValue selector = spec.value(QLatin1String("selector"));
    budget.hasSelector = selector.isObject();
    const QJsonObject sel = selector.toObject();
    const QJsonObject matchLabels = obj(sel, "matchLabels");
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it)
        budget.selector.matchLabels.insert(it.key(), it.value().toString());
    for (const QJsonValue &e : sel.value(QLatin1String("matchExpressions")).toArray()) {
        LabelSelector::Expression expression{
            str(e.toObject(), "key"), str(e.toObject(), "operator"), {}};
        for (const QJsonValue &v : e.toObject().value(QLatin1String("values")).toArray())
            expression.values << v.toString();
        if (!QStringList{QStringLiteral("In"), QStringLiteral("NotIn"), QStringLiteral("Exists"),
                         QStringLiteral("DoesNotExist")}
                 .contains(expression.op))
            budget.selector.valid = false;
        budget.selector.expressions.append(expression);
    }
    budget.minAvailable = intOrString(spec.value(QLatin1String("minAvailable")));
    budget.maxUnavailable = intOrString(spec.value(QLatin1String("maxUnavailable")));
    const QJsonObject status = object.value(kStatus).toObject();
    budget.disruptionsAllowed = status.value(QLatin1String("disruptionsAllowed")).toInt();
    budget.currentHealthy = status.value(QLatin1String("currentHealthy")).toInt();
    budget.desiredHealthy = status.value(QLatin1String("desiredHealthy")).toInt();
    budget.expectedPods = status.value(QLatin1String("expectedPods")).toInt();
    return budget;
}

} // namespace maestro::kube

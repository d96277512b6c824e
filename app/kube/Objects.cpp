// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/Objects.h"

#include "app/quantity/Quantity.h"

#include <QJsonArray>
#include <QRegularExpression>

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

qint64 milli(const QJsonValue &value)
{
    const auto q = Quantity::parse(QStringView(value.toString()));
    return q ? q->toMillis().value_or(0) : 0;
}

qint64 units(const QJsonValue &value)
{
    const auto q = Quantity::parse(QStringView(value.toString()));
    return q ? q->toUnits().value_or(0) : 0;
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

} // namespace

QDateTime parseTimestamp(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
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

std::optional<ObjectMeta> decodeMeta(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(kMetadata).toObject();
    ObjectMeta meta;
    meta.name = str(metadata, "name");
    if (meta.name.isEmpty())
        return std::nullopt;
    meta.namespace_ = str(metadata, "namespace");
    meta.uid = str(metadata, "uid");
    meta.resourceVersion = str(metadata, "resourceVersion");
    meta.creationTimestamp = parseTimestamp(metadata.value(QLatin1String("creationTimestamp")));
    return meta;
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
    const auto meta = decodeMeta(object);
    if (!meta)
        return std::nullopt;
    NodeInfo node;
    node.meta = *meta;
    const QJsonObject metadata = object.value(kMetadata).toObject();
    const QJsonObject labels = obj(metadata, "labels");
    node.controlPlaneLabel =
        labels.contains(kControlPlaneLabel) || labels.contains(kLegacyMasterLabel);
    node.instanceType = labels.value(QLatin1String("node.kubernetes.io/instance-type")).toString();
    if (node.instanceType.isEmpty())
        node.instanceType =
            labels.value(QLatin1String("beta.kubernetes.io/instance-type")).toString();
    node.machineName =
        obj(metadata, "annotations").value(QLatin1String("cluster.x-k8s.io/machine")).toString();
    const QJsonObject spec = object.value(kSpec).toObject();
    node.unschedulable = spec.value(QLatin1String("unschedulable")).toBool();
    for (const QJsonValue &t : spec.value(QLatin1String("taints")).toArray()) {
        const QJsonObject taint = t.toObject();
        node.taints.append({str(taint, "key"), str(taint, "value"), str(taint, "effect")});
    }
    const QJsonObject status = object.value(kStatus).toObject();
    const QJsonObject capacity = obj(status, "capacity");
    const QJsonObject allocatable = obj(status, "allocatable");
    node.cpuCapacityMilli = milli(capacity.value(QLatin1String("cpu")));
    node.cpuAllocatableMilli = milli(allocatable.value(QLatin1String("cpu")));
    node.memoryCapacityBytes = units(capacity.value(QLatin1String("memory")));
    node.memoryAllocatableBytes = units(allocatable.value(QLatin1String("memory")));
    node.podCapacity = int(units(capacity.value(QLatin1String("pods"))));
    for (const QJsonValue &c : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = c.toObject();
        node.conditions.append(
            {str(condition, "type"), str(condition, "status"), str(condition, "reason"),
             str(condition, "message"),
             parseTimestamp(condition.value(QLatin1String("lastTransitionTime"))),
             parseTimestamp(condition.value(QLatin1String("lastHeartbeatTime")))});
    }
    for (const QJsonValue &a : status.value(QLatin1String("addresses")).toArray()) {
        if (str(a.toObject(), "type") == u"InternalIP") {
            node.internalIp = str(a.toObject(), "address");
            break;
        }
    }
    const QJsonObject nodeInfo = obj(status, "nodeInfo");
    node.kubeletVersion = str(nodeInfo, "kubeletVersion");
    node.osImage = str(nodeInfo, "osImage");
    return node;
}

std::optional<PodInfo> decodePod(const QJsonObject &object)
{
    const auto meta = decodeMeta(object);
    if (!meta)
        return std::nullopt;
    PodInfo pod;
    pod.meta = *meta;
    const QJsonObject metadata = object.value(kMetadata).toObject();
    const QJsonObject labels = obj(metadata, "labels");
    pod.app = labels.value(QLatin1String("app")).toString();
    if (pod.app.isEmpty())
        pod.app = labels.value(QLatin1String("app.kubernetes.io/name")).toString();
    pod.component = labels.value(QLatin1String("component")).toString();
    const QJsonObject annotations = obj(metadata, "annotations");
    pod.mirror = annotations.contains(QLatin1String("kubernetes.io/config.mirror"));
    pod.controlPlane = labels.value(QLatin1String("tier")).toString() == u"control-plane" ||
                       (pod.mirror && pod.meta.namespace_ == u"kube-system");
    for (const QJsonValue &o : metadata.value(QLatin1String("ownerReferences")).toArray()) {
        const QJsonObject owner = o.toObject();
        if (owner.value(QLatin1String("controller")).toBool() || pod.ownerKind.isEmpty()) {
            pod.ownerKind = str(owner, "kind");
            pod.ownerName = str(owner, "name");
        }
    }
    const QJsonObject spec = object.value(kSpec).toObject();
    pod.nodeName = str(spec, "nodeName");
    pod.priorityClassName = str(spec, "priorityClassName");
    // An emptyDir lives on the node: draining loses its data (kubectl asks for
    // --delete-emptydir-data before it evicts such a pod).
    for (const QJsonValue &volume : spec.value(QLatin1String("volumes")).toArray()) {
        if (volume.toObject().contains(QLatin1String("emptyDir")))
            pod.localStorage = true;
    }
    const QJsonArray containers = spec.value(QLatin1String("containers")).toArray();
    pod.containers = int(containers.size());
    for (const QJsonValue &c : containers) {
        const QJsonObject requests = obj(obj(c.toObject(), "resources"), "requests");
        pod.cpuRequestMilli += milli(requests.value(QLatin1String("cpu")));
        pod.memoryRequestBytes += units(requests.value(QLatin1String("memory")));
    }
    const QJsonObject status = object.value(kStatus).toObject();
    const QString phase = str(status, "phase");
    pod.phase = phase == u"Pending"     ? PodPhase::Pending
                : phase == u"Running"   ? PodPhase::Running
                : phase == u"Succeeded" ? PodPhase::Succeeded
                : phase == u"Failed"    ? PodPhase::Failed
                                        : PodPhase::Unknown;
    pod.reason = str(status, "reason");
    pod.message = str(status, "message");
    pod.podIp = str(status, "podIP");
    for (const QJsonValue &c : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = c.toObject();
        if (str(condition, "type") != u"PodScheduled")
            continue;
        pod.scheduled = str(condition, "status") == u"True";
        if (pod.scheduled)
            pod.scheduledAt = parseTimestamp(condition.value(QLatin1String("lastTransitionTime")));
        else
            pod.unschedulableMessage = str(condition, "message");
    }
    if (!pod.nodeName.isEmpty())
        pod.scheduled = true;
    for (const QJsonValue &c : status.value(QLatin1String("containerStatuses")).toArray()) {
        const QJsonObject cs = c.toObject();
        if (cs.value(QLatin1String("ready")).toBool())
            ++pod.readyContainers;
        pod.restarts += cs.value(QLatin1String("restartCount")).toInt();
    }
    return pod;
}

std::optional<EventInfo> decodeEvent(const QJsonObject &object)
{
    const auto meta = decodeMeta(object);
    if (!meta)
        return std::nullopt;
    EventInfo event;
    event.meta = *meta;
    const QJsonObject involved = obj(object, "involvedObject");
    event.involvedKind = str(involved, "kind");
    event.involvedNamespace = str(involved, "namespace");
    event.involvedName = str(involved, "name");
    event.involvedUid = str(involved, "uid");
    event.reason = str(object, "reason");
    event.message = str(object, "message");
    event.warning = str(object, "type") == u"Warning";
    const QJsonObject source = obj(object, "source");
    event.sourceComponent = str(source, "component");
    if (event.sourceComponent.isEmpty())
        event.sourceComponent = str(object, "reportingComponent");
    event.sourceHost = str(source, "host");
    const QDateTime eventTime = parseTimestamp(object.value(QLatin1String("eventTime")));
    const QJsonObject series = obj(object, "series");
    event.firstTimestamp = parseTimestamp(object.value(QLatin1String("firstTimestamp")));
    event.lastTimestamp = parseTimestamp(object.value(QLatin1String("lastTimestamp")));
    // Events from the newer events API (the scheduler's) may carry only eventTime.
    if (!event.lastTimestamp.isValid())
        event.lastTimestamp = parseTimestamp(series.value(QLatin1String("lastObservedTime")));
    if (!event.lastTimestamp.isValid())
        event.lastTimestamp = eventTime.isValid() ? eventTime : meta->creationTimestamp;
    if (!event.firstTimestamp.isValid())
        event.firstTimestamp = eventTime.isValid() ? eventTime : event.lastTimestamp;
    event.count = std::max(1, object.value(QLatin1String("count")).toInt());
    if (series.contains(QLatin1String("count")))
        event.count = std::max(event.count, series.value(QLatin1String("count")).toInt());
    return event;
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Taking nodes out of a cluster the way Kubernetes and Cluster API do it: cordon,
// graceful pod deletion, the eviction subresource and the PodDisruptionBudgets it
// respects, the machine controller's drain, and etcd membership of the masters.
//
// etcd membership reaches a client through the Kubernetes API as on a kubeadm
// control plane managed by Cluster API (v1beta1): one static pod etcd-<node> per
// member in kube-system (its --initial-cluster lists the members it joined), the
// Machine conditions EtcdMemberHealthy / EtcdPodHealthy / APIServerPodHealthy /
// ControllerManagerPodHealthy / SchedulerPodHealthy, and the KubeadmControlPlane's
// EtcdClusterHealthy and ControlPlaneComponentsHealthy conditions, False (severity
// Error, reasons EtcdClusterUnhealthy / ControlPlaneComponentsUnhealthy, "Following
// machines are reporting ... errors: <machines>") while a new member is a learner
// catching up or a new master's components are not up. The etcd logs record
// "added member" and "removed member".
#include "sim/api/Selectors.h"
#include "sim/cluster/SimCluster.h"
#include "sim/store/ObjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace maestro::sim {

namespace {

constexpr int kDefaultGraceSeconds = 30; ///< terminationGracePeriodSeconds of every pod
constexpr double kDrainRetrySeconds = 5; ///< between rounds of evictions of one node
constexpr double kEtcdJoinSeconds = 30;  ///< a new member's time as a learner catching up
const QString kPdbStore = QStringLiteral("poddisruptionbudgets.policy");
const QString kMachineStore = QStringLiteral("machines.cluster.x-k8s.io");

QString ts(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString podKey(const QString &ns, const QString &name)
{
    return ns + u'/' + name;
}

ClusterResult failure(int code, const QString &reason, const QString &message,
                      const QJsonObject &details = {})
{
    ClusterResult r;
    r.httpStatus = code;
    r.reason = reason;
    r.message = message;
    r.details = details;
    return r;
}

ClusterResult storedObject(const StoredObjectPtr &stored, int code = 200)
{
    ClusterResult r;
    r.httpStatus = code;
    r.object = QJsonDocument::fromJson(stored->json).object();
    return r;
}

ClusterResult success(int code, const QJsonObject &details = {})
{
    ClusterResult r;
    r.httpStatus = code;
    r.object = {{QStringLiteral("kind"), QStringLiteral("Status")},
                {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("metadata"), QJsonObject()},
                {QStringLiteral("status"), QStringLiteral("Success")}};
    if (!details.isEmpty())
        r.object.insert(QStringLiteral("details"), details);
    if (code != 200)
        r.object.insert(QStringLiteral("code"), code);
    return r;
}

ClusterResult invalid(const QString &kind, const QString &group, const QString &name,
                      const QString &field, const QString &message)
{
    const QString qualified = group.isEmpty() ? kind : kind + u'.' + group;
    QJsonObject details{
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("causes"),
         QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("FieldValueInvalid")},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("field"), field}}}}};
    if (!group.isEmpty())
        details.insert(QStringLiteral("group"), group);
    return failure(
        422, QStringLiteral("Invalid"),
        QStringLiteral("%1 \"%2\" is invalid: %3: %4").arg(qualified, name, field, message),
        details);
}

/// The first path (dotted) where `a` and `b` differ, outside `mutablePaths` and their
/// subtrees; empty when they agree everywhere else.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path,
                        const QStringList &mutablePaths)
{
    if (mutablePaths.contains(path))
        return {};
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString &k : ob.keys()) {
            if (!keys.contains(k))
                keys << k;
        }
        for (const QString &k : keys) {
            const QString sub = path.isEmpty() ? k : path + u'.' + k;
            const QString diff = firstDifference(oa.value(k), ob.value(k), sub, mutablePaths);
            if (!diff.isEmpty())
                return diff;
        }
        return {};
    }
    return a == b ? QString() : path;
}

/// metadata.annotations as a map of strings; false when it is anything else.
bool annotationsOf(const QJsonObject &object, QJsonObject *out)
{
    const QJsonValue value =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations"));
    *out = {};
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            return false;
    }
    *out = map;
    return true;
}

/// An IntOrString of a budget: a non-negative integer or "N%" with N in 0..100.
bool validIntOrPercent(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble() >= 0 && value.toDouble() == std::floor(value.toDouble());
    static const QRegularExpression percent(QStringLiteral("^(\\d{1,3})%$"));
    const auto match = percent.match(value.toString());
    return value.isString() && match.hasMatch() && match.captured(1).toInt() <= 100;
}

/// intstr.GetScaledValueFromIntOrPercent.
int scaled(const QJsonValue &value, int total, bool roundUp)
{
    if (value.isDouble())
        return value.toInt();
    const double percent = value.toString().chopped(1).toDouble();
    const double exact = percent * total / 100.0;
    return int(roundUp ? std::ceil(exact - 1e-9) : std::floor(exact + 1e-9));
}

QString intOrPercentText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("N/A");
    return value.isDouble() ? QString::number(value.toInt()) : value.toString();
}

/// A LabelSelector as the text form Selector parses (metav1.FormatLabelSelector).
QString selectorText(const QJsonObject &selector, QString *error)
{
    QStringList parts;
    const QJsonObject matchLabels = selector.value(QLatin1String("matchLabels")).toObject();
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        if (!it.value().isString()) {
            *error = QStringLiteral("matchLabels values must be strings");
            return {};
        }
        parts << it.key() + u'=' + it.value().toString();
    }
    for (const QJsonValue &e : selector.value(QLatin1String("matchExpressions")).toArray()) {
        const QJsonObject expression = e.toObject();
        const QString key = expression.value(QLatin1String("key")).toString();
        const QString op = expression.value(QLatin1String("operator")).toString();
        QStringList values;
        for (const QJsonValue &v : expression.value(QLatin1String("values")).toArray())
            values << v.toString();
        if (key.isEmpty()) {
            *error = QStringLiteral("matchExpressions need a key");
            return {};
        }
        if (op == u"In" || op == u"NotIn") {
            if (values.isEmpty()) {
                *error = QStringLiteral("%1 needs values").arg(op);
                return {};
            }
            parts << QStringLiteral("%1 %2 (%3)")
                         .arg(key, op == u"In" ? QStringLiteral("in") : QStringLiteral("notin"),
                              values.join(u','));
        } else if (op == u"Exists") {
            parts << key;
        } else if (op == u"DoesNotExist") {
            parts << u'!' + key;
        } else {
            *error = QStringLiteral("\"%1\" is not a valid label selector operator").arg(op);
            return {};
        }
    }
    return parts.join(u',');
}

/// Checks and takes a budget's spec; false with the field and the message otherwise.
bool readBudgetSpec(const QJsonObject &spec, SimDisruptionBudget *budget, QString *field,
                    QString *message)
{
    const QJsonValue minAvailable = spec.value(QLatin1String("minAvailable"));
    const QJsonValue maxUnavailable = spec.value(QLatin1String("maxUnavailable"));
    const bool hasMin = !minAvailable.isUndefined() && !minAvailable.isNull();
    const bool hasMax = !maxUnavailable.isUndefined() && !maxUnavailable.isNull();
    if (hasMin && hasMax) {
        *field = QStringLiteral("spec");
        *message = QStringLiteral("Invalid value: minAvailable and maxUnavailable cannot be both "
                                  "set");
        return false;
    }
    if (!hasMin && !hasMax) {
        *field = QStringLiteral("spec");
        *message = QStringLiteral("Required value: one of minAvailable or maxUnavailable");
        return false;
    }
    const QJsonValue value = hasMin ? minAvailable : maxUnavailable;
    if (!validIntOrPercent(value)) {
        *field =
            hasMin ? QStringLiteral("spec.minAvailable") : QStringLiteral("spec.maxUnavailable");
        *message = QStringLiteral("Invalid value: %1: must be a non-negative integer or a "
                                  "percentage between 0%% and 100%%")
                       .arg(QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                  .toJson(QJsonDocument::Compact)
                                                  .chopped(1)
                                                  .mid(1)));
        message->replace(QLatin1String("%%"), QLatin1String("%"));
        return false;
    }
    const QJsonValue selector = spec.value(QLatin1String("selector"));
    if (!selector.isUndefined() && !selector.isNull()) {
        QString error;
        const QString text =
            selector.isObject() ? selectorText(selector.toObject(), &error) : QString();
        if (!selector.isObject())
            error = QStringLiteral("must be a LabelSelector object");
        if (error.isEmpty() && !Selector::parseLabels(text, &error))
            error = error.isEmpty() ? QStringLiteral("invalid selector") : error;
        if (!error.isEmpty()) {
            *field = QStringLiteral("spec.selector");
            *message = QStringLiteral("Invalid value: ") + error;
            return false;
        }
    }
    budget->selector = selector.isObject() ? selector.toObject() : QJsonObject();
    budget->hasSelector = selector.isObject();
    budget->minAvailable = hasMin ? minAvailable : QJsonValue(QJsonValue::Undefined);
    budget->maxUnavailable = hasMax ? maxUnavailable : QJsonValue(QJsonValue::Undefined);
    return true;
}

} // namespace

// --- Cordon ------------------------------------------------------------------------------

void SimCluster::setUnschedulable(SimNode &node, bool unschedulable)
{
    if (node.unschedulable == unschedulable)
        return;
    node.unschedulable = unschedulable;
    const QString reason =
        unschedulable ? QStringLiteral("NodeNotSchedulable") : QStringLiteral("NodeSchedulable");
    recordEvent({}, QStringLiteral("Node"), QStringLiteral("v1"), node.name, node.name,
                QStringLiteral("Normal"), reason,
                QStringLiteral("Node %1 status is now: %2").arg(node.name, reason),
                QStringLiteral("kubelet"), node.name);
    publishNode(node);
    if (!unschedulable) {
        for (auto &[key, pod] : m_pods)
            pod.nextScheduleAttempt = 0;
    }
}

// --- Graceful deletion -----------------------------------------------------------------

void SimCluster::deletePodGracefully(SimPod &pod, int graceSeconds)
{
    const QString key = podKey(pod.namespace_, pod.name);
    if (pod.terminating()) {
        // A second DELETE may only shorten the grace period.
        if (graceSeconds >= 0 && m_simTime + graceSeconds < pod.simDeleteAt) {
            pod.simDeleteAt = m_simTime + graceSeconds;
            pod.deletionGraceSeconds = graceSeconds;
            publishPod(pod);
        }
        return;
    }
    if (pod.ownerKind == u"Node") {
        // A mirror pod: the kubelet runs the static pod from its manifest regardless and
        // posts a new mirror at once.
        SimPod mirror = pod;
        removePod(key);
        mirror.uid = newUid();
        mirror.created = now();
        publishPod(addPod(mirror));
        return;
    }
    // The ReplicaSet controller does not count pods on their way out: an add-on's
    // replacement is created now (the application's, by stepWorkloads on its next sync).
    if (pod.ownerKind == u"ReplicaSet" && pod.workload.isEmpty() &&
        m_systemReplicaSets.contains(pod.ownerName)) {
        SimPod replacement;
        replacement.namespace_ = pod.namespace_;
        replacement.name = pod.ownerName + u'-' + randomSuffix();
        replacement.app = pod.app;
        replacement.containerName = pod.containerName;
        replacement.image = pod.image;
        replacement.ownerKind = pod.ownerKind;
        replacement.ownerName = pod.ownerName;
        replacement.requestCpuMilli = pod.requestCpuMilli;
        replacement.requestMemoryBytes = pod.requestMemoryBytes;
        replacement.limitMemoryBytes = pod.limitMemoryBytes;
        replacement.critical = pod.critical;
        SimPod &added = addPod(replacement);
        publishPod(added);
        recordEvent(pod.namespace_, QStringLiteral("ReplicaSet"), QStringLiteral("apps/v1"),
                    pod.ownerName, QString(), QStringLiteral("Normal"),
                    QStringLiteral("SuccessfulCreate"),
                    QStringLiteral("Created pod: %1").arg(added.name),
                    QStringLiteral("replicaset-controller"));
    }
    const int grace = graceSeconds >= 0 ? graceSeconds : kDefaultGraceSeconds;
    // Pods no kubelet runs (unscheduled or finished) go at once, as on the API server.
    if (pod.nodeName.isEmpty() || pod.phase == PodPhase::Failed ||
        pod.phase == PodPhase::Succeeded || grace == 0) {
        finishPodDeletion(key);
        return;
    }
    pod.deletionTimestamp = now().addSecs(grace);
    pod.deletionGraceSeconds = grace;
    pod.simDeleteAt = m_simTime + grace;
    m_terminatingPods.insert(key);
    recordEvent(pod.namespace_, QStringLiteral("Pod"), QStringLiteral("v1"), pod.name, pod.uid,
                QStringLiteral("Normal"), QStringLiteral("Killing"),
                QStringLiteral("Stopping container %1").arg(pod.containerName),
                QStringLiteral("kubelet"), pod.nodeName);
    publishPod(pod);
}

void SimCluster::finishPodDeletion(const QString &key)
{
    auto it = m_pods.find(key);
    if (it == m_pods.end())
        return;
    const SimPod gone = it->second;
    removePod(key);
    // The DaemonSet controller puts its pod back on a node that is still there.
    if (gone.ownerKind == u"DaemonSet") {
        auto node = m_nodes.find(gone.nodeName);
        if (node != m_nodes.end() && node->second.ready) {
            addDaemonPod(node->second, gone.ownerName, true);
            for (auto &[k, pod] : m_pods) {
                if (pod.nodeName == gone.nodeName && pod.ownerName == gone.ownerName)
                    publishPod(pod);
            }
        }
    }
}

void SimCluster::stepTerminatingPods()
{
    if (m_terminatingPods.empty())
        return;
    std::vector<QString> done;
    for (const QString &key : m_terminatingPods) {
        auto it = m_pods.find(key);
        if (it == m_pods.end() || m_simTime >= it->second.simDeleteAt)
            done.push_back(key);
    }
    for (const QString &key : done) {
        m_terminatingPods.erase(key);
        finishPodDeletion(key);
    }
}

// --- PodDisruptionBudgets and eviction -------------------------------------------------

std::vector<SimDisruptionBudget *> SimCluster::budgetsFor(const SimPod &pod)
{
    std::vector<SimDisruptionBudget *> result;
    const QHash<QString, QString> labels = podLabels(pod);
    for (auto &[key, budget] : m_budgets) {
        if (budget.namespace_ != pod.namespace_ || !budget.hasSelector)
            continue;
        QString error;
        const auto selector = Selector::parseLabels(selectorText(budget.selector, &error), &error);
        if (selector && selector->matches(labels))
            result.push_back(&budget);
    }
    return result;
}

void SimCluster::refreshBudget(SimDisruptionBudget &budget)
{
    // The disruption controller's arithmetic: minAvailable as a number counts the pods
    // the selector matches; a percentage, and maxUnavailable, count the replicas their
    // controllers ask for.
    std::vector<const SimPod *> pods;
    QString error;
    const auto selector = budget.hasSelector
                              ? Selector::parseLabels(selectorText(budget.selector, &error), &error)
                              : std::nullopt;
    if (selector) {
        for (const auto &[key, pod] : m_pods) {
            if (pod.namespace_ == budget.namespace_ && selector->matches(podLabels(pod)))
                pods.push_back(&pod);
        }
    }
    auto controllerScale = [&] {
        QSet<QString> seen;
        int total = 0;
        for (const SimPod *pod : pods) {
            if (pod->ownerKind != u"ReplicaSet" || seen.contains(pod->ownerName))
                continue;
            seen.insert(pod->ownerName);
            if (!pod->workload.isEmpty() && m_workloads.count(pod->workload))
                total += m_workloads.at(pod->workload).desiredReplicas;
            else
                total += m_systemReplicaSets.value(pod->ownerName);
        }
        return total;
    };
    int expected = 0, desired = 0;
    if (!budget.maxUnavailable.isUndefined()) {
        expected = controllerScale();
        desired = expected - scaled(budget.maxUnavailable, expected, true);
    } else if (budget.minAvailable.isDouble()) {
        expected = int(pods.size());
        desired = budget.minAvailable.toInt();
    } else if (!budget.minAvailable.isUndefined()) {
        expected = controllerScale();
        desired = scaled(budget.minAvailable, expected, true);
    }
    desired = std::max(0, desired);
    int healthy = 0;
    QSet<QString> present;
    for (const SimPod *pod : pods) {
        present.insert(pod->name);
        if (pod->healthy())
            ++healthy;
    }
    QJsonObject disrupted;
    for (auto it = budget.disruptedPods.begin(); it != budget.disruptedPods.end(); ++it) {
        if (present.contains(it.key()))
            disrupted.insert(it.key(), it.value());
    }
    const int allowed = std::max(0, healthy - desired);
    const bool changed = budget.currentHealthy != healthy || budget.desiredHealthy != desired ||
                         budget.expectedPods != expected || budget.disruptionsAllowed != allowed ||
                         budget.observedGeneration != budget.generation ||
                         budget.disruptedPods != disrupted;
    if (!changed)
        return;
    if ((budget.disruptionsAllowed > 0) != (allowed > 0) || !budget.allowedSince.isValid())
        budget.allowedSince = budget.allowedSince.isValid() ? now() : budget.created;
    budget.currentHealthy = healthy;
    budget.desiredHealthy = desired;
    budget.expectedPods = expected;
    budget.disruptionsAllowed = allowed;
    budget.observedGeneration = budget.generation;
    budget.disruptedPods = disrupted;
    publishDisruptionBudget(budget);
}

void SimCluster::stepDisruptionBudgets()
{
    for (auto &[key, budget] : m_budgets)
        refreshBudget(budget);
}

ClusterResult SimCluster::evictPod(const QString &namespace_, const QString &name, int graceSeconds,
                                   bool dryRun)
{
    auto it = m_pods.find(podKey(namespace_, name));
    if (it == m_pods.end())
        return failure(
            404, QStringLiteral("NotFound"), QStringLiteral("pods \"%1\" not found").arg(name),
            {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("pods")}});
    return evict(it->second, graceSeconds, dryRun);
}

ClusterResult SimCluster::evict(SimPod &pod, int graceSeconds, bool dryRun)
{
    // As the API server's eviction REST handler decides (policy/v1, unhealthy pods under
    // the default IfHealthyBudget policy): pods that are finished, not yet running or
    // already going need no budget.
    if (pod.phase != PodPhase::Running || pod.terminating()) {
        if (!dryRun)
            deletePodGracefully(pod, graceSeconds);
        return success(201);
    }
    const std::vector<SimDisruptionBudget *> budgets = budgetsFor(pod);
    if (budgets.size() > 1) {
        const QString why = QStringLiteral("This pod has more than one PodDisruptionBudget, which "
                                           "the eviction subresource does not support.");
        return failure(500, QStringLiteral("InternalError"),
                       QStringLiteral("Internal error occurred: ") + why,
                       {{QStringLiteral("causes"),
                         QJsonArray{QJsonObject{{QStringLiteral("message"), why}}}}});
    }
    if (budgets.empty()) {
        if (!dryRun)
            deletePodGracefully(pod, graceSeconds);
        return success(201);
    }
    SimDisruptionBudget &budget = *budgets.front();
    refreshBudget(budget);
    if (budget.disruptionsAllowed <= 0) {
        return failure(
            429, QStringLiteral("TooManyRequests"),
            QStringLiteral("Cannot evict pod as it would violate the pod's disruption budget."),
            {{QStringLiteral("causes"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("reason"), QStringLiteral("DisruptionBudget")},
                  {QStringLiteral("message"),
                   QStringLiteral("The disruption budget %1 needs %2 healthy pods and has %3 "
                                  "currently")
                       .arg(budget.name)
                       .arg(budget.desiredHealthy)
                       .arg(budget.currentHealthy)}}}}});
    }
    if (dryRun)
        return success(201);
    // The budget records the disruption before the pod goes, so two evictions racing
    // for the last allowed disruption cannot both win.
    budget.disruptedPods.insert(pod.name, ts(now()));
    deletePodGracefully(pod, graceSeconds);
    refreshBudget(budget);
    return success(201);
}

// --- Budgets as objects ----------------------------------------------------------------

void SimCluster::addDisruptionBudgets()
{
    auto add = [this](const QString &ns, const QString &name, const QString &app,
                      const QJsonValue &minAvailable, const QJsonValue &maxUnavailable) {
        SimDisruptionBudget budget;
        budget.namespace_ = ns;
        budget.name = name;
        budget.uid = newUid();
        budget.created = m_clusterCreated.addSecs(3600);
        budget.selector = {
            {QStringLiteral("matchLabels"), QJsonObject{{QStringLiteral("app"), app}}}};
        budget.hasSelector = true;
        budget.minAvailable = minAvailable;
        budget.maxUnavailable = maxUnavailable;
        budget.observedGeneration = 0;
        SimDisruptionBudget &stored = m_budgets[podKey(ns, name)] = budget;
        refreshBudget(stored);
    };
    const QJsonValue none(QJsonValue::Undefined);
    // The shop keeps its storefront serving through voluntary disruptions: with the
    // three replicas it starts with, one may go at a time.
    if (m_options.scenario == u"ha")
        add(QStringLiteral("shop"), QStringLiteral("storefront"), QStringLiteral("storefront"),
            none, QStringLiteral("10%"));
    else
        add(QStringLiteral("shop"), QStringLiteral("storefront"), QStringLiteral("storefront"), 2,
            none);
    add(QStringLiteral("kube-system"), QStringLiteral("coredns"), QStringLiteral("kube-dns"), none,
        1);
}

ClusterResult SimCluster::createDisruptionBudget(const QString &namespace_, const QJsonObject &body)
{
    const QJsonObject metadata = body.value(QLatin1String("metadata")).toObject();
    QString name = metadata.value(QLatin1String("name")).toString();
    if (name.isEmpty() && metadata.contains(QLatin1String("generateName")))
        name = metadata.value(QLatin1String("generateName")).toString() + randomSuffix();
    const QString kind = QStringLiteral("PodDisruptionBudget");
    const QString group = QStringLiteral("policy");
    static const QRegularExpression dns1123(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    if (name.isEmpty())
        return invalid(kind, group, name, QStringLiteral("metadata.name"),
                       QStringLiteral("Required value: name or generateName is required"));
    if (name.size() > 253 || !dns1123.match(name).hasMatch())
        return invalid(kind, group, name.left(80), QStringLiteral("metadata.name"),
                       QStringLiteral("Invalid value: \"%1\": a lowercase RFC 1123 subdomain "
                                      "must consist of lower case alphanumeric characters, '-' "
                                      "or '.'")
                           .arg(name.left(80)));
    const QString ns = metadata.value(QLatin1String("namespace")).toString(namespace_);
    if (ns != namespace_)
        return failure(400, QStringLiteral("BadRequest"),
                       QStringLiteral("the namespace of the provided object does not match the "
                                      "namespace sent on the request"));
    if (!m_store->get(QStringLiteral("namespaces"), {}, ns))
        return failure(
            404, QStringLiteral("NotFound"), QStringLiteral("namespaces \"%1\" not found").arg(ns),
            {{QStringLiteral("name"), ns}, {QStringLiteral("kind"), QStringLiteral("namespaces")}});
    if (m_budgets.count(podKey(ns, name)))
        return failure(
            409, QStringLiteral("AlreadyExists"),
            QStringLiteral("poddisruptionbudgets.policy \"%1\" already exists").arg(name),
            {{QStringLiteral("name"), name},
             {QStringLiteral("group"), group},
             {QStringLiteral("kind"), QStringLiteral("poddisruptionbudgets")}});
    SimDisruptionBudget budget;
    QString field, message;
    if (!readBudgetSpec(body.value(QLatin1String("spec")).toObject(), &budget, &field, &message))
        return invalid(kind, group, name, field, message);
    QJsonObject annotations;
    if (!annotationsOf(body, &annotations))
        return invalid(kind, group, name, QStringLiteral("metadata.annotations"),
                       QStringLiteral("Invalid value: values must be strings"));
    budget.namespace_ = ns;
    budget.name = name;
    budget.uid = newUid();
    budget.created = now();
    budget.labels = metadata.value(QLatin1String("labels")).toObject();
    budget.annotations = annotations;
    budget.observedGeneration = 0;
    SimDisruptionBudget &stored = m_budgets[podKey(ns, name)] = budget;
    refreshBudget(stored);
    return storedObject(m_store->get(kPdbStore, ns, name), 201);
}

void SimCluster::publishDisruptionBudget(const SimDisruptionBudget &budget)
{
    QJsonObject metadata{{QStringLiteral("name"), budget.name},
                         {QStringLiteral("namespace"), budget.namespace_},
                         {QStringLiteral("uid"), budget.uid},
                         {QStringLiteral("generation"), budget.generation},
                         {QStringLiteral("creationTimestamp"), ts(budget.created)}};
    if (!budget.labels.isEmpty())
        metadata.insert(QStringLiteral("labels"), budget.labels);
    if (!budget.annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), budget.annotations);
    QJsonObject spec;
    if (budget.hasSelector)
        spec.insert(QStringLiteral("selector"), budget.selector);
    if (!budget.minAvailable.isUndefined())
        spec.insert(QStringLiteral("minAvailable"), budget.minAvailable);
    if (!budget.maxUnavailable.isUndefined())
        spec.insert(QStringLiteral("maxUnavailable"), budget.maxUnavailable);
    const bool allowed = budget.disruptionsAllowed > 0;
    QJsonObject status{
        {QStringLiteral("observedGeneration"), budget.observedGeneration},
        {QStringLiteral("disruptionsAllowed"), budget.disruptionsAllowed},
        {QStringLiteral("currentHealthy"), budget.currentHealthy},
        {QStringLiteral("desiredHealthy"), budget.desiredHealthy},
        {QStringLiteral("expectedPods"), budget.expectedPods},
        {QStringLiteral("conditions"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"), QStringLiteral("DisruptionAllowed")},
             {QStringLiteral("status"), allowed ? QStringLiteral("True") : QStringLiteral("False")},
             {QStringLiteral("reason"),
              allowed ? QStringLiteral("SufficientPods") : QStringLiteral("InsufficientPods")},
             {QStringLiteral("message"), QString()},
             {QStringLiteral("observedGeneration"), budget.observedGeneration},
             {QStringLiteral("lastTransitionTime"), ts(budget.allowedSince)}}}}};
    if (!budget.disruptedPods.isEmpty())
        status.insert(QStringLiteral("disruptedPods"), budget.disruptedPods);
    const QJsonObject object{{QStringLiteral("kind"), QStringLiteral("PodDisruptionBudget")},
                             {QStringLiteral("apiVersion"), QStringLiteral("policy/v1")},
                             {QStringLiteral("metadata"), metadata},
                             {QStringLiteral("spec"), spec},
                             {QStringLiteral("status"), status}};
    m_store->put(kPdbStore, object, {},
                 {budget.name, intOrPercentText(budget.minAvailable),
                  intOrPercentText(budget.maxUnavailable), budget.disruptionsAllowed,
                  QJsonObject{{QStringLiteral("$age"), ts(budget.created)}}});
}

void SimCluster::publishDaemonSets()
{
    struct Daemon
    {
        const char *name;
        const char *image;
    };
    static const Daemon daemons[] = {
        {"kube-proxy", "registry.k8s.io/kube-proxy:v1.30.2"},
        {"fluent-bit", "cr.fluentbit.io/fluent/fluent-bit:3.0.7"},
    };
    const int nodes = int(std::count_if(m_nodes.begin(), m_nodes.end(),
                                        [](const auto &entry) { return entry.second.ready; }));
    for (const Daemon &d : daemons) {
        const QString name = QLatin1String(d.name);
        int current = 0, ready = 0;
        for (const auto &[key, pod] : m_pods) {
            if (pod.ownerKind != u"DaemonSet" || pod.ownerName != name)
                continue;
            ++current;
            if (pod.healthy())
                ++ready;
        }
        const QJsonObject selector{
            {QStringLiteral("matchLabels"), QJsonObject{{QStringLiteral("app"), name}}}};
        const QJsonObject object{
            {QStringLiteral("kind"), QStringLiteral("DaemonSet")},
            {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("namespace"), QStringLiteral("kube-system")},
                         {QStringLiteral("uid"), QString::number(qHash(name), 16)},
                         {QStringLiteral("generation"), 1},
                         {QStringLiteral("creationTimestamp"), ts(m_clusterCreated)},
                         {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), name}}}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("selector"), selector},
                 {QStringLiteral("template"),
                  QJsonObject{{QStringLiteral("metadata"),
                               QJsonObject{{QStringLiteral("labels"),
                                            QJsonObject{{QStringLiteral("app"), name}}}}},
                              {QStringLiteral("spec"),
                               QJsonObject{{QStringLiteral("containers"),
                                            QJsonArray{QJsonObject{{QStringLiteral("name"), name},
                                                                   {QStringLiteral("image"),
                                                                    QLatin1String(d.image)}}}}}}}},
                 {QStringLiteral("updateStrategy"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("RollingUpdate")}}}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("desiredNumberScheduled"), nodes},
                         {QStringLiteral("currentNumberScheduled"), current},
                         {QStringLiteral("numberReady"), ready},
                         {QStringLiteral("updatedNumberScheduled"), current},
                         {QStringLiteral("numberAvailable"), ready},
                         {QStringLiteral("numberMisscheduled"), 0},
                         {QStringLiteral("observedGeneration"), 1}}}};
        m_store->put(QStringLiteral("daemonsets.apps"), object, {},
                     {name, nodes, current, ready, current, ready,
                      QStringLiteral("kubernetes.io/os=linux"),
                      QJsonObject{{QStringLiteral("$age"), ts(m_clusterCreated)}}, name,
                      QLatin1String(d.image), QStringLiteral("app=") + name});
    }
}

// --- Machines: reconcile, delete, drain ----------------------------------------------

void SimCluster::reconcileMachines()
{
    // The MachineSet controller: as many machines as replicas, not counting the ones
    // being deleted (so a machine deleted on its own is replaced, one removed by a
    // scale-down is not).
    std::vector<QString> deletedDeployments;
    for (auto &[name, md] : m_machineDeployments) {
        // A deleted MachineDeployment's machines are garbage-collected with it.
        const int wanted = md.deletionTimestamp.isValid() ? 0 : md.replicas;
        int have = machineCount(QStringLiteral("MachineDeployment"), name);
        const bool grow = have < wanted;
        for (; have < wanted; ++have)
            createMachine(QStringLiteral("MachineDeployment"), name);
        if (have > wanted)
            deleteSurplusMachines(QStringLiteral("MachineDeployment"), name, wanted);
        if (grow || have > wanted)
            publishMachineDeployment(md);
        const bool machinesLeft =
            // A named capture: clang before 16 cannot capture a structured binding.
            std::any_of(m_machines.begin(), m_machines.end(), [&owner = name](const auto &entry) {
                return entry.second.ownerKind == u"MachineDeployment" &&
                       entry.second.ownerName == owner;
            });
        if (md.deletionTimestamp.isValid() && !machinesLeft)
            deletedDeployments.push_back(name);
    }
    for (const QString &name : deletedDeployments) {
        const SimMachineDeployment md = m_machineDeployments.at(name);
        m_machineDeployments.erase(name);
        m_store->remove(QStringLiteral("machinedeployments.cluster.x-k8s.io"), md.namespace_,
                        md.name);
    }
    if (!m_controlPlane)
        return;
    SimControlPlane &cp = *m_controlPlane;
    int have = machineCount(QStringLiteral("KubeadmControlPlane"), cp.name);
    bool changed = have < cp.replicas;
    for (; have < cp.replicas; ++have)
        createMachine(QStringLiteral("KubeadmControlPlane"), cp.name);
    if (have > cp.replicas) {
        // KubeadmControlPlane scales down one machine at a time, and only while etcd
        // is healthy and nothing else is being provisioned or deleted: the machine
        // annotated for deletion first, then the oldest.
        bool busy = !etcdHealthy();
        SimMachine *victim = nullptr;
        for (auto &[n, m] : m_machines) {
            if (m.ownerKind != u"KubeadmControlPlane")
                continue;
            if (m.phase != MachinePhase::Running)
                busy = true;
            else if (!victim || (m.deleteAnnotation() && !victim->deleteAnnotation()) ||
                     (m.deleteAnnotation() == victim->deleteAnnotation() &&
                      m.created < victim->created))
                victim = &m;
        }
        if (!busy && victim) {
            startMachineDeletion(*victim);
            changed = true;
        }
    }
    // The control plane's conditions follow etcd members joining and masters readying.
    QString health;
    for (const auto &[n, m] : m_machines) {
        if (m.ownerKind == u"KubeadmControlPlane")
            health += m.name + (m.etcdMember && m_simTime < m.etcdHealthyAt ? u'j' : u'-') +
                      QString::number(int(m.phase));
    }
    if (health != m_controlPlaneHealth) {
        m_controlPlaneHealth = health;
        for (const auto &[n, m] : m_machines) {
            if (m.ownerKind == u"KubeadmControlPlane")
                publishMachine(m);
        }
        changed = true;
    }
    if (changed)
        publishControlPlane(cp);
}

void SimCluster::startMachineDeletion(SimMachine &machine)
{
    if (machine.phase == MachinePhase::Deleting)
        return;
    machine.phase = MachinePhase::Deleting;
    machine.simPhaseStarted = m_simTime;
    machine.deletionTimestamp = now();
    machine.drained = !m_nodes.count(machine.nodeName);
    machine.nextDrainAttempt = m_simTime;
    // KubeadmControlPlane takes the member out of etcd before it deletes the machine.
    if (machine.controlPlane)
        leaveEtcd(machine);
    publishMachine(machine);
    if (machine.ownerKind == u"MachineDeployment") {
        auto md = m_machineDeployments.find(machine.ownerName);
        if (md != m_machineDeployments.end())
            publishMachineDeployment(md->second);
    } else if (m_controlPlane) {
        publishControlPlane(*m_controlPlane);
    }
}

void SimCluster::stepMachineDeletion(SimMachine &machine)
{
    if (machine.drained || m_simTime < machine.nextDrainAttempt)
        return;
    auto nodeIt = m_nodes.find(machine.nodeName);
    if (nodeIt == m_nodes.end()) {
        machine.drained = true;
        machine.simPhaseStarted = m_simTime;
        publishMachine(machine);
        return;
    }
    SimNode &node = nodeIt->second;
    // The machine controller drains like `kubectl drain --ignore-daemonsets
    // --delete-emptydir-data --force`: DaemonSet and mirror pods stay, everything else
    // is evicted, through the same budgets as any eviction.
    setUnschedulable(node, true);
    machine.nextDrainAttempt = m_simTime + kDrainRetrySeconds;
    std::vector<QString> keys;
    for (const auto &[key, pod] : m_pods) {
        if (pod.nodeName == node.name && pod.ownerKind != u"DaemonSet" && pod.ownerKind != u"Node")
            keys.push_back(key);
    }
    QStringList blocked;
    for (const QString &key : keys) {
        auto it = m_pods.find(key);
        if (it == m_pods.end() || it->second.terminating())
            continue;
        const QString name = key;
        const ClusterResult result = evict(it->second, -1);
        if (!result.ok())
            blocked << QStringLiteral("%1: %2").arg(name, result.message);
    }
    const bool remaining = std::any_of(m_pods.begin(), m_pods.end(), [&](const auto &entry) {
        return entry.second.nodeName == node.name && entry.second.ownerKind != u"DaemonSet" &&
               entry.second.ownerKind != u"Node";
    });
    if (!remaining) {
        machine.drained = true;
        machine.simPhaseStarted = m_simTime;
        recordEvent(machine.namespace_, QStringLiteral("Machine"),
                    QStringLiteral("cluster.x-k8s.io/v1beta1"), machine.name, machine.uid,
                    QStringLiteral("Normal"), QStringLiteral("SuccessfulDrainNode"),
                    QStringLiteral("success draining Machine's node \"%1\"").arg(node.name),
                    QStringLiteral("machine-controller"));
        publishMachine(machine);
    } else if (!blocked.isEmpty()) {
        recordEvent(machine.namespace_, QStringLiteral("Machine"),
                    QStringLiteral("cluster.x-k8s.io/v1beta1"), machine.name, machine.uid,
                    QStringLiteral("Warning"), QStringLiteral("FailedDrainNode"),
                    QStringLiteral("error draining Machine's node \"%1\": %2")
                        .arg(node.name, blocked.join(QStringLiteral("; "))),
                    QStringLiteral("machine-controller"));
    }
}

// --- etcd membership ---------------------------------------------------------------------

bool SimCluster::etcdHealthy() const
{
    return std::none_of(m_machines.begin(), m_machines.end(), [this](const auto &entry) {
        return entry.second.etcdMember && m_simTime < entry.second.etcdHealthyAt;
    });
}

void SimCluster::joinEtcd(SimMachine &machine)
{
    if (machine.etcdMember)
        return;
    machine.etcdMember = true;
    machine.etcdHealthyAt = m_simTime + kEtcdJoinSeconds;
    const QString peer =
        m_nodes.count(machine.nodeName) ? m_nodes.at(machine.nodeName).internalIp : QString();
    for (const auto &[n, m] : m_machines) {
        if (!m.etcdMember || m.name == machine.name)
            continue;
        appendLog(
            QStringLiteral("kube-system/etcd-") + m.nodeName,
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("level"), QStringLiteral("info")},
                    {QStringLiteral("ts"), now().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("caller"), QStringLiteral("membership/cluster.go:421")},
                    {QStringLiteral("msg"), QStringLiteral("added member")},
                    {QStringLiteral("added-peer-id"), QString::number(qHash(machine.nodeName), 16)},
                    {QStringLiteral("added-peer-peer-urls"),
                     QJsonArray{QStringLiteral("https://%1:2380").arg(peer)}}})
                .toJson(QJsonDocument::Compact));
    }
}

void SimCluster::leaveEtcd(SimMachine &machine)
{
    if (!machine.etcdMember)
        return;
    machine.etcdMember = false;
    for (const auto &[n, m] : m_machines) {
        if (!m.etcdMember)
            continue;
        appendLog(
            QStringLiteral("kube-system/etcd-") + m.nodeName,
            QJsonDocument(
                QJsonObject{{QStringLiteral("level"), QStringLiteral("info")},
                            {QStringLiteral("ts"), now().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("caller"), QStringLiteral("membership/cluster.go:472")},
                            {QStringLiteral("msg"), QStringLiteral("removed member")},
                            {QStringLiteral("removed-remote-peer-id"),
                             QString::number(qHash(machine.nodeName), 16)}})
                .toJson(QJsonDocument::Compact));
    }
    appendLog(
        QStringLiteral("kube-system/etcd-") + machine.nodeName,
        QJsonDocument(
            QJsonObject{{QStringLiteral("level"), QStringLiteral("warn")},
                        {QStringLiteral("ts"), now().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("caller"), QStringLiteral("etcdserver/server.go:1154")},
                        {QStringLiteral("msg"),
                         QStringLiteral("the local member has been permanently removed "
                                        "from the cluster")}})
            .toJson(QJsonDocument::Compact));
}

// --- Requests: patch and delete -----------------------------------------------------------

ClusterResult SimCluster::patchObject(const QString &storeName, const QString &namespace_,
                                      const QString &name, const QJsonObject &current,
                                      const QJsonObject &patched, bool dryRun)
{
    ClusterResult wouldBe;
    wouldBe.object = patched;
    // Fields no client changes through the main resource (status is a subresource) or
    // that the server owns.
    QStringList mutablePaths{QStringLiteral("status"),
                             QStringLiteral("metadata.resourceVersion"),
                             QStringLiteral("metadata.managedFields"),
                             QStringLiteral("metadata.generation"),
                             QStringLiteral("metadata.creationTimestamp"),
                             QStringLiteral("metadata.uid"),
                             QStringLiteral("metadata.selfLink"),
                             QStringLiteral("metadata.annotations")};
    QString kind, group;
    if (storeName == u"nodes") {
        kind = QStringLiteral("Node");
        mutablePaths << QStringLiteral("spec.unschedulable");
    } else if (storeName == kMachineStore) {
        kind = QStringLiteral("Machine");
        group = QStringLiteral("cluster.x-k8s.io");
    } else if (storeName == u"machinedeployments.cluster.x-k8s.io") {
        kind = QStringLiteral("MachineDeployment");
        group = QStringLiteral("cluster.x-k8s.io");
        mutablePaths << QStringLiteral("spec.replicas");
    } else if (storeName == u"kubeadmcontrolplanes.controlplane.cluster.x-k8s.io") {
        kind = QStringLiteral("KubeadmControlPlane");
        group = QStringLiteral("controlplane.cluster.x-k8s.io");
        mutablePaths << QStringLiteral("spec.replicas")
                     << QStringLiteral("spec.machineTemplate.infrastructureRef.name");
    } else if (storeName == kPdbStore) {
        kind = QStringLiteral("PodDisruptionBudget");
        group = QStringLiteral("policy");
        mutablePaths << QStringLiteral("spec") << QStringLiteral("metadata.labels");
    } else {
        return failure(405, QStringLiteral("MethodNotAllowed"),
                       QStringLiteral("the server does not allow this method on the requested "
                                      "resource"));
    }
    const QString changed = firstDifference(current, patched, {}, mutablePaths);
    if (!changed.isEmpty())
        return invalid(kind, group, name, changed,
                       QStringLiteral("Forbidden: the simulated cluster does not change this "
                                      "field"));
    QJsonObject annotations;
    if (!annotationsOf(patched, &annotations))
        return invalid(kind, group, name, QStringLiteral("metadata.annotations"),
                       QStringLiteral("Invalid value: annotations must be a map of strings"));
    const QJsonObject spec = patched.value(QLatin1String("spec")).toObject();
    const QJsonObject oldSpec = current.value(QLatin1String("spec")).toObject();

    if (kind == u"Node") {
        SimNode &node = m_nodes.at(name);
        const QJsonValue unschedulable = spec.value(QLatin1String("unschedulable"));
        if (!unschedulable.isUndefined() && !unschedulable.isNull() && !unschedulable.isBool())
            return invalid(kind, group, name, QStringLiteral("spec.unschedulable"),
                           QStringLiteral("Invalid value: must be a boolean"));
        for (const char *system :
             {"cluster.x-k8s.io/cluster-name", "cluster.x-k8s.io/cluster-namespace",
              "cluster.x-k8s.io/machine", "node.alpha.kubernetes.io/ttl",
              "volumes.kubernetes.io/controller-managed-attach-detach"})
            annotations.remove(QLatin1String(system));
        if (dryRun)
            return wouldBe;
        node.annotations = annotations;
        if (unschedulable.toBool() != node.unschedulable)
            setUnschedulable(node, unschedulable.toBool());
        else
            publishNode(node);
        return storedObject(m_store->get(storeName, {}, name));
    }
    if (kind == u"Machine") {
        if (dryRun)
            return wouldBe;
        SimMachine &machine = m_machines.at(name);
        machine.annotations = annotations;
        publishMachine(machine);
        return storedObject(m_store->get(storeName, namespace_, name));
    }
    if (kind == u"MachineDeployment" || kind == u"KubeadmControlPlane") {
        const QString templateName = spec.value(QLatin1String("machineTemplate"))
                                         .toObject()
                                         .value(QLatin1String("infrastructureRef"))
                                         .toObject()
                                         .value(QLatin1String("name"))
                                         .toString();
        const bool templateChanged =
            kind == u"KubeadmControlPlane" && templateName != m_controlPlane->templateName;
        if (templateChanged &&
            !m_store->get(QStringLiteral("maestromachinetemplates.infrastructure.cluster.x-k8s.io"),
                          namespace_, templateName))
            return invalid(kind, group, name,
                           QStringLiteral("spec.machineTemplate.infrastructureRef.name"),
                           QStringLiteral("Invalid value: \"%1\": MaestroMachineTemplate not found")
                               .arg(templateName));
        const QJsonValue replicas = spec.value(QLatin1String("replicas"));
        const bool rescale = replicas != oldSpec.value(QLatin1String("replicas"));
        if (rescale &&
            (!replicas.isDouble() || replicas.toDouble() != std::floor(replicas.toDouble())))
            return invalid(kind, group, name, QStringLiteral("spec.replicas"),
                           QStringLiteral("Invalid value: must be an integer"));
        if (dryRun)
            return wouldBe;
        QString previousTemplate;
        if (templateChanged) {
            // Masters added from now on (this patch's included) take the new template's
            // size; the ones running keep theirs until they are replaced. A real
            // KubeadmControlPlane would roll them all out by itself; here the client
            // drives that rollout by scaling up and removing the old masters.
            previousTemplate = m_controlPlane->templateName;
            m_controlPlane->templateName = templateName;
        }
        if (rescale) {
            const ClusterResult scaled =
                setScale(storeName, namespace_, name, qint64(replicas.toDouble()), {});
            if (!scaled.ok()) {
                if (templateChanged)
                    m_controlPlane->templateName = previousTemplate;
                return scaled;
            }
        }
        if (kind == u"KubeadmControlPlane") {
            SimControlPlane &cp = *m_controlPlane;
            cp.annotations = annotations;
            if (templateChanged)
                ++cp.generation;
            publishControlPlane(cp);
        } else {
            SimMachineDeployment &md = m_machineDeployments.at(name);
            md.annotations = annotations;
            publishMachineDeployment(md);
        }
        return storedObject(m_store->get(storeName, namespace_, name));
    }
    // PodDisruptionBudget.
    SimDisruptionBudget &budget = m_budgets.at(podKey(namespace_, name));
    SimDisruptionBudget updated = budget;
    QString field, message;
    if (!readBudgetSpec(spec, &updated, &field, &message))
        return invalid(kind, group, name, field, message);
    if (dryRun)
        return wouldBe;
    updated.labels = patched.value(QLatin1String("metadata"))
                         .toObject()
                         .value(QLatin1String("labels"))
                         .toObject();
    updated.annotations = annotations;
    if (spec != oldSpec)
        ++updated.generation;
    budget = updated;
    publishDisruptionBudget(budget);
    refreshBudget(budget);
    return storedObject(m_store->get(storeName, namespace_, name));
}

ClusterResult SimCluster::deleteObject(const QString &storeName, const QString &namespace_,
                                       const QString &name, int graceSeconds)
{
    if (storeName == u"pods") {
        auto it = m_pods.find(podKey(namespace_, name));
        if (it == m_pods.end())
            return failure(
                404, QStringLiteral("NotFound"), QStringLiteral("pods \"%1\" not found").arg(name),
                {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("pods")}});
        const StoredObjectPtr before = m_store->get(storeName, namespace_, name);
        deletePodGracefully(it->second, graceSeconds);
        // The pod as it is now: with its deletionTimestamp, or as it was when it went.
        const StoredObjectPtr after = m_store->get(storeName, namespace_, name);
        return storedObject(after ? after : before);
    }
    if (storeName == kMachineStore) {
        auto it = m_machines.find(name);
        if (it == m_machines.end() || it->second.namespace_ != namespace_)
            return failure(404, QStringLiteral("NotFound"),
                           QStringLiteral("machines.cluster.x-k8s.io \"%1\" not found").arg(name),
                           {{QStringLiteral("name"), name},
                            {QStringLiteral("group"), QStringLiteral("cluster.x-k8s.io")},
                            {QStringLiteral("kind"), QStringLiteral("machines")}});
        SimMachine &machine = it->second;
        if (machine.controlPlane && machine.phase != MachinePhase::Deleting) {
            const bool another =
                std::any_of(m_machines.begin(), m_machines.end(), [&](const auto &entry) {
                    const SimMachine &m = entry.second;
                    return m.controlPlane && m.name != name && m.phase == MachinePhase::Running &&
                           m.etcdMember;
                });
            if (!another)
                return failure(403, QStringLiteral("Forbidden"),
                               QStringLiteral("machines.cluster.x-k8s.io \"%1\" is forbidden: it "
                                              "is the last control plane machine with an etcd "
                                              "member; add another master first")
                                   .arg(name),
                               {{QStringLiteral("name"), name},
                                {QStringLiteral("group"), QStringLiteral("cluster.x-k8s.io")},
                                {QStringLiteral("kind"), QStringLiteral("machines")}});
        }
        startMachineDeletion(machine);
        // Its owner notices the missing replica at once, as the MachineSet controller does.
        reconcileMachines();
        return storedObject(m_store->get(storeName, namespace_, name));
    }
    if (storeName == u"machinedeployments.cluster.x-k8s.io") {
        auto it = m_machineDeployments.find(name);
        if (it == m_machineDeployments.end() || it->second.namespace_ != namespace_)
            return failure(
                404, QStringLiteral("NotFound"),
                QStringLiteral("machinedeployments.cluster.x-k8s.io \"%1\" not found").arg(name),
                {{QStringLiteral("name"), name},
                 {QStringLiteral("group"), QStringLiteral("cluster.x-k8s.io")},
                 {QStringLiteral("kind"), QStringLiteral("machinedeployments")}});
        if (!it->second.deletionTimestamp.isValid()) {
            it->second.deletionTimestamp = now();
            reconcileMachines();
            publishMachineDeployment(it->second);
        }
        return storedObject(m_store->get(storeName, namespace_, name));
    }
    if (storeName == kPdbStore) {
        auto it = m_budgets.find(podKey(namespace_, name));
        if (it == m_budgets.end())
            return failure(404, QStringLiteral("NotFound"),
                           QStringLiteral("poddisruptionbudgets.policy \"%1\" not found").arg(name),
                           {{QStringLiteral("name"), name},
                            {QStringLiteral("group"), QStringLiteral("policy")},
                            {QStringLiteral("kind"), QStringLiteral("poddisruptionbudgets")}});
        const QString uid = it->second.uid;
        m_budgets.erase(it);
        m_store->remove(kPdbStore, namespace_, name);
        return success(200, {{QStringLiteral("name"), name},
                             {QStringLiteral("group"), QStringLiteral("policy")},
                             {QStringLiteral("kind"), QStringLiteral("poddisruptionbudgets")},
                             {QStringLiteral("uid"), uid}});
    }
    return failure(405, QStringLiteral("MethodNotAllowed"),
                   QStringLiteral("the server does not allow this method on the requested "
                                  "resource"));
}

} // namespace maestro::sim

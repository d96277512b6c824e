// SPDX-License-Identifier: GPL-3.0-or-later
// How the simulated cluster's typed state becomes Kubernetes objects in the store,
// and the requests that act on it (scale, create, metrics).
#include "sim/cluster/SimCluster.h"

#include "sim/store/ObjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace maestro::sim {

namespace {

const QString kCapiVersion = QStringLiteral("cluster.x-k8s.io/v1beta1");
const QString kKcpVersion = QStringLiteral("controlplane.cluster.x-k8s.io/v1beta1");
const QString kInfraVersion = QStringLiteral("infrastructure.cluster.x-k8s.io/v1beta1");
const QString kKubernetesVersion = QStringLiteral("v1.30.2");

QString ts(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue tsOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(ts(time)) : QJsonValue(QJsonValue::Null);
}

/// A table cell the API layer turns into an age ("5m") when it answers.
QJsonObject ageCell(const QDateTime &time)
{
    return {{QStringLiteral("$age"), ts(time)}};
}

QString ki(double bytes)
{
    return QString::number(qint64(bytes / 1024)) + QStringLiteral("Ki");
}

QString phaseName(PodPhase phase)
{
    switch (phase) {
    case PodPhase::Pending:
        return QStringLiteral("Pending");
    case PodPhase::Running:
        return QStringLiteral("Running");
    case PodPhase::Succeeded:
        return QStringLiteral("Succeeded");
    case PodPhase::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

QString machinePhaseName(MachinePhase phase)
{
    switch (phase) {
    case MachinePhase::Pending:
        return QStringLiteral("Pending");
    case MachinePhase::Provisioning:
        return QStringLiteral("Provisioning");
    case MachinePhase::Provisioned:
        return QStringLiteral("Provisioned");
    case MachinePhase::Running:
        return QStringLiteral("Running");
    case MachinePhase::Deleting:
        return QStringLiteral("Deleting");
    case MachinePhase::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

QJsonObject condition(const QString &type, bool status, const QDateTime &transition,
                      const QString &reason = {}, const QString &message = {})
{
    QJsonObject c{
        {QStringLiteral("type"), type},
        {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")},
        {QStringLiteral("lastProbeTime"), QJsonValue::Null},
        {QStringLiteral("lastTransitionTime"), ts(transition)}};
    if (!reason.isEmpty())
        c.insert(QStringLiteral("reason"), reason);
    if (!message.isEmpty())
        c.insert(QStringLiteral("message"), message);
    return c;
}

QJsonObject ownerReference(const QString &apiVersion, const QString &kind, const QString &name,
                           const QString &uid)
{
    return {{QStringLiteral("apiVersion"), apiVersion},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("uid"), uid},
            {QStringLiteral("controller"), true},
            {QStringLiteral("blockOwnerDeletion"), true}};
}

QString statusError(const QString &resource, const QString &name)
{
    return QStringLiteral("%1 \"%2\" not found").arg(resource, name);
}

} // namespace

void SimCluster::publishNamespace(const QString &name)
{
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("Namespace")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("uid"), newUid()},
                     {QStringLiteral("creationTimestamp"), ts(m_clusterCreated)},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("kubernetes.io/metadata.name"), name}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("finalizers"), QJsonArray{QStringLiteral("kubernetes")}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Active")}}}};
    m_store->put(QStringLiteral("namespaces"), object,
                 {{QStringLiteral("status.phase"), QStringLiteral("Active")}},
                 {name, QStringLiteral("Active"), ageCell(m_clusterCreated)});
}

void SimCluster::publishCluster()
{
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("Cluster")},
        {QStringLiteral("apiVersion"), kCapiVersion},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), m_clusterName},
             {QStringLiteral("namespace"), m_clusterNamespace},
             {QStringLiteral("uid"), newUid()},
             {QStringLiteral("creationTimestamp"), ts(m_clusterCreated)},
             {QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("cluster.x-k8s.io/cluster-name"), m_clusterName}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("clusterNetwork"),
                      QJsonObject{{QStringLiteral("pods"),
                                   QJsonObject{{QStringLiteral("cidrBlocks"),
                                                QJsonArray{QStringLiteral("10.244.0.0/16")}}}}}},
                     {QStringLiteral("controlPlaneRef"),
                      QJsonObject{{QStringLiteral("apiVersion"), kKcpVersion},
                                  {QStringLiteral("kind"), QStringLiteral("KubeadmControlPlane")},
                                  {QStringLiteral("name"),
                                   m_clusterName + QStringLiteral("-control-plane")},
                                  {QStringLiteral("namespace"), m_clusterNamespace}}},
                     {QStringLiteral("infrastructureRef"),
                      QJsonObject{{QStringLiteral("apiVersion"), kInfraVersion},
                                  {QStringLiteral("kind"), QStringLiteral("MaestroCluster")},
                                  {QStringLiteral("name"), m_clusterName},
                                  {QStringLiteral("namespace"), m_clusterNamespace}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Provisioned")},
                     {QStringLiteral("controlPlaneReady"), true},
                     {QStringLiteral("infrastructureReady"), true}}}};
    m_store->put(QStringLiteral("clusters.cluster.x-k8s.io"), object, {},
                 {m_clusterName, QString(), QStringLiteral("Provisioned"),
                  ageCell(m_clusterCreated), kKubernetesVersion});
}

void SimCluster::publishTemplate(const ServerSize &size)
{
    const QString name = m_clusterName + u'-' + size.instanceType;
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("MaestroMachineTemplate")},
        {QStringLiteral("apiVersion"), kInfraVersion},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), m_clusterNamespace},
                     {QStringLiteral("uid"), newUid()},
                     {QStringLiteral("creationTimestamp"), ts(m_clusterCreated)},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("cluster.x-k8s.io/cluster-name"), m_clusterName},
                                  {QStringLiteral("node.kubernetes.io/instance-type"),
                                   size.instanceType}}}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("template"),
              QJsonObject{{QStringLiteral("spec"),
                           QJsonObject{{QStringLiteral("instanceType"), size.instanceType},
                                       {QStringLiteral("cpu"), QString::number(size.vcpu)},
                                       {QStringLiteral("memory"),
                                        QString::number(size.memoryGiB) + QStringLiteral("Gi")},
                                       {QStringLiteral("diskSize"),
                                        QString::number(size.diskGiB) + QStringLiteral("Gi")},
                                       {QStringLiteral("diskType"), size.diskType}}}}}}}};
    m_store->put(
        QStringLiteral("maestromachinetemplates.infrastructure.cluster.x-k8s.io"), object, {},
        {name, size.instanceType, size.vcpu, QString::number(size.memoryGiB) + QStringLiteral("Gi"),
         QString::number(size.diskGiB) + QStringLiteral("Gi ") + size.diskType,
         ageCell(m_clusterCreated)});
}

void SimCluster::publishNode(const SimNode &node)
{
    const ServerSize *size = findServerSize(node.instanceType);
    QJsonObject labels{
        {QStringLiteral("beta.kubernetes.io/arch"), QStringLiteral("amd64")},
        {QStringLiteral("beta.kubernetes.io/os"), QStringLiteral("linux")},
        {QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64")},
        {QStringLiteral("kubernetes.io/hostname"), node.name},
        {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")},
        {QStringLiteral("node.kubernetes.io/instance-type"), node.instanceType},
        {QStringLiteral("topology.kubernetes.io/region"), QStringLiteral("maestro-1")}};
    if (node.controlPlane) {
        labels.insert(QStringLiteral("node-role.kubernetes.io/control-plane"), QString());
        labels.insert(QStringLiteral("node.kubernetes.io/exclude-from-external-load-balancers"),
                      QString());
    }
    QJsonArray taints;
    auto taint = [&](const char *key, const QDateTime &added = {}) {
        QJsonObject t{{QStringLiteral("key"), QLatin1String(key)},
                      {QStringLiteral("effect"), QStringLiteral("NoSchedule")}};
        if (added.isValid())
            t.insert(QStringLiteral("timeAdded"), ts(added));
        taints.append(t);
    };
    if (node.noScheduleTaint)
        taint("node-role.kubernetes.io/control-plane");
    if (!node.ready)
        taint("node.kubernetes.io/not-ready", node.readyCondition.lastTransition);
    // The node lifecycle controller mirrors spec.unschedulable as a NoSchedule taint
    // (TaintNodesByCondition); NoSchedule taints carry no timeAdded.
    if (node.unschedulable)
        taint("node.kubernetes.io/unschedulable");
    if (node.memoryPressure.status)
        taint("node.kubernetes.io/memory-pressure", node.memoryPressure.lastTransition);
    if (node.diskPressure.status)
        taint("node.kubernetes.io/disk-pressure", node.diskPressure.lastTransition);

    QJsonObject spec{
        {QStringLiteral("podCIDR"), QStringLiteral("10.244.%1.0/24").arg(node.podCidrIndex)},
        {QStringLiteral("podCIDRs"),
         QJsonArray{QStringLiteral("10.244.%1.0/24").arg(node.podCidrIndex)}},
        {QStringLiteral("providerID"), QStringLiteral("maestro://") + node.uid.left(8)}};
    if (!taints.isEmpty())
        spec.insert(QStringLiteral("taints"), taints);
    if (node.unschedulable)
        spec.insert(QStringLiteral("unschedulable"), true);

    const qint64 diskKi = size ? qint64(size->diskGiB) * 1024 * 1024 : 0;
    QJsonObject capacity{
        {QStringLiteral("cpu"), QString::number(size ? size->vcpu : 0)},
        {QStringLiteral("memory"), ki(size ? size->memoryCapacityBytes() : 0)},
        {QStringLiteral("pods"), QStringLiteral("110")},
        {QStringLiteral("ephemeral-storage"), QString::number(diskKi) + QStringLiteral("Ki")},
        {QStringLiteral("hugepages-2Mi"), QStringLiteral("0")}};
    QJsonObject allocatable{
        {QStringLiteral("cpu"), QString::number(size ? size->cpuAllocatableMilli() : 0) + u'm'},
        {QStringLiteral("memory"), ki(size ? size->memoryAllocatableBytes() : 0)},
        {QStringLiteral("pods"), QStringLiteral("110")},
        {QStringLiteral("ephemeral-storage"), QString::number(qint64(diskKi * 1024 * 0.9))},
        {QStringLiteral("hugepages-2Mi"), QStringLiteral("0")}};
    auto nodeCondition = [&](const char *type, const SimCondition &c, const char *reasonTrue,
                             const char *reasonFalse, const QString &messageTrue,
                             const QString &messageFalse) {
        return QJsonObject{
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("status"), c.status ? QStringLiteral("True") : QStringLiteral("False")},
            {QStringLiteral("lastHeartbeatTime"), ts(node.lastHeartbeat)},
            {QStringLiteral("lastTransitionTime"), ts(c.lastTransition)},
            {QStringLiteral("reason"), QLatin1String(c.status ? reasonTrue : reasonFalse)},
            {QStringLiteral("message"), c.status ? messageTrue : messageFalse}};
    };
    QJsonArray conditions{
        nodeCondition("MemoryPressure", node.memoryPressure, "KubeletHasInsufficientMemory",
                      "KubeletHasSufficientMemory",
                      QStringLiteral("kubelet has insufficient memory available"),
                      QStringLiteral("kubelet has sufficient memory available")),
        nodeCondition("DiskPressure", node.diskPressure, "KubeletHasDiskPressure",
                      "KubeletHasNoDiskPressure", QStringLiteral("kubelet has disk pressure"),
                      QStringLiteral("kubelet has no disk pressure")),
        nodeCondition("PIDPressure", SimCondition{false, node.created}, "KubeletHasInsufficientPID",
                      "KubeletHasSufficientPID", QString(),
                      QStringLiteral("kubelet has sufficient PID available")),
        nodeCondition("Ready", node.readyCondition, "KubeletReady", "KubeletNotReady",
                      QStringLiteral("kubelet is posting ready status"),
                      QStringLiteral("container runtime network not ready: NetworkReady=false "
                                     "reason:NetworkPluginNotReady message:Network plugin returns "
                                     "error: cni plugin not initialized"))};
    const QJsonObject nodeInfo{
        {QStringLiteral("architecture"), QStringLiteral("amd64")},
        {QStringLiteral("bootID"), node.uid},
        {QStringLiteral("containerRuntimeVersion"), QStringLiteral("containerd://1.7.13")},
        {QStringLiteral("kernelVersion"), QStringLiteral("5.15.0-107-generic")},
        {QStringLiteral("kubeProxyVersion"), kKubernetesVersion},
        {QStringLiteral("kubeletVersion"), kKubernetesVersion},
        {QStringLiteral("machineID"), node.uid.left(8) + node.uid.right(12)},
        {QStringLiteral("operatingSystem"), QStringLiteral("linux")},
        {QStringLiteral("osImage"), QStringLiteral("Ubuntu 22.04.4 LTS")},
        {QStringLiteral("systemUUID"), node.uid}};
    // What clients annotated, under the annotations the kubelet and Cluster API keep.
    QJsonObject nodeAnnotations = node.annotations;
    nodeAnnotations.insert(QStringLiteral("cluster.x-k8s.io/cluster-name"), m_clusterName);
    nodeAnnotations.insert(QStringLiteral("cluster.x-k8s.io/cluster-namespace"),
                           m_clusterNamespace);
    nodeAnnotations.insert(QStringLiteral("cluster.x-k8s.io/machine"), node.machineName);
    nodeAnnotations.insert(QStringLiteral("node.alpha.kubernetes.io/ttl"), QStringLiteral("0"));
    nodeAnnotations.insert(QStringLiteral("volumes.kubernetes.io/controller-managed-attach-detach"),
                           QStringLiteral("true"));
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("Node")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), node.name},
                     {QStringLiteral("uid"), node.uid},
                     {QStringLiteral("creationTimestamp"), ts(node.created)},
                     {QStringLiteral("labels"), labels},
                     {QStringLiteral("annotations"), nodeAnnotations}}},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("capacity"), capacity},
                     {QStringLiteral("allocatable"), allocatable},
                     {QStringLiteral("conditions"), conditions},
                     {QStringLiteral("addresses"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                             {QStringLiteral("address"), node.internalIp}},
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Hostname")},
                                             {QStringLiteral("address"), node.name}}}},
                     {QStringLiteral("daemonEndpoints"),
                      QJsonObject{{QStringLiteral("kubeletEndpoint"),
                                   QJsonObject{{QStringLiteral("Port"), 10250}}}}},
                     {QStringLiteral("nodeInfo"), nodeInfo}}}};
    QString status = node.ready ? QStringLiteral("Ready") : QStringLiteral("NotReady");
    if (node.unschedulable)
        status += QStringLiteral(",SchedulingDisabled");
    m_store->put(QStringLiteral("nodes"), object,
                 {{QStringLiteral("spec.unschedulable"),
                   node.unschedulable ? QStringLiteral("true") : QStringLiteral("false")}},
                 {node.name, status,
                  node.controlPlane ? QStringLiteral("control-plane") : QStringLiteral("<none>"),
                  ageCell(node.created), kKubernetesVersion, node.internalIp,
                  QStringLiteral("<none>"), QStringLiteral("Ubuntu 22.04.4 LTS"),
                  QStringLiteral("5.15.0-107-generic"), QStringLiteral("containerd://1.7.13")});
}

QHash<QString, QString> SimCluster::podLabels(const SimPod &pod) const
{
    if (!pod.component.isEmpty())
        return {{QStringLiteral("component"), pod.component},
                {QStringLiteral("tier"), QStringLiteral("control-plane")}};
    if (pod.ownerKind.isEmpty())
        return {{QStringLiteral("run"), pod.name}};
    QHash<QString, QString> labels{{QStringLiteral("app"), pod.app}};
    if (pod.ownerKind == u"ReplicaSet")
        labels.insert(QStringLiteral("pod-template-hash"), pod.ownerName.section(u'-', -1));
    else if (pod.ownerKind == u"DaemonSet")
        labels.insert(QStringLiteral("controller-revision-hash"), QStringLiteral("7f8b9c6d5"));
    return labels;
}

void SimCluster::publishPod(const SimPod &pod)
{
    QJsonObject labels;
    const QHash<QString, QString> labelValues = podLabels(pod);
    for (auto it = labelValues.begin(); it != labelValues.end(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject annotations;
    QJsonArray owners;
    if (!pod.component.isEmpty()) {
        annotations.insert(QStringLiteral("kubernetes.io/config.source"), QStringLiteral("file"));
        annotations.insert(QStringLiteral("kubernetes.io/config.mirror"), pod.uid.left(32));
    }
    if (pod.ownerKind == u"ReplicaSet") {
        owners.append(ownerReference(QStringLiteral("apps/v1"), pod.ownerKind, pod.ownerName,
                                     QString::number(qHash(pod.ownerName), 16)));
    } else if (pod.ownerKind == u"DaemonSet") {
        owners.append(ownerReference(QStringLiteral("apps/v1"), pod.ownerKind, pod.ownerName,
                                     QString::number(qHash(pod.ownerName), 16)));
    } else if (pod.ownerKind == u"Node") {
        QJsonObject ref =
            ownerReference(QStringLiteral("v1"), QStringLiteral("Node"), pod.nodeName,
                           m_nodes.count(pod.nodeName) ? m_nodes.at(pod.nodeName).uid : QString());
        ref.remove(QStringLiteral("blockOwnerDeletion"));
        owners.append(ref);
    }
    QJsonObject metadata{{QStringLiteral("name"), pod.name},
                         {QStringLiteral("namespace"), pod.namespace_},
                         {QStringLiteral("uid"), pod.uid},
                         {QStringLiteral("creationTimestamp"), ts(pod.created)},
                         {QStringLiteral("labels"), labels}};
    if (!annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), annotations);
    if (!owners.isEmpty())
        metadata.insert(QStringLiteral("ownerReferences"), owners);
    if (pod.ownerKind == u"ReplicaSet")
        metadata.insert(QStringLiteral("generateName"), pod.ownerName + u'-');
    if (pod.terminating()) {
        metadata.insert(QStringLiteral("deletionTimestamp"), ts(pod.deletionTimestamp));
        metadata.insert(QStringLiteral("deletionGracePeriodSeconds"), pod.deletionGraceSeconds);
    }

    QJsonObject requests;
    if (pod.requestCpuMilli)
        requests.insert(QStringLiteral("cpu"), QString::number(pod.requestCpuMilli) + u'm');
    if (pod.requestMemoryBytes)
        requests.insert(QStringLiteral("memory"),
                        QString::number(pod.requestMemoryBytes >> 20) + QStringLiteral("Mi"));
    QJsonObject resources;
    if (!requests.isEmpty())
        resources.insert(QStringLiteral("requests"), requests);
    if (pod.limitMemoryBytes)
        resources.insert(
            QStringLiteral("limits"),
            QJsonObject{{QStringLiteral("memory"),
                         QString::number(pod.limitMemoryBytes >> 20) + QStringLiteral("Mi")}});
    QJsonObject container{
        {QStringLiteral("name"), pod.containerName},
        {QStringLiteral("image"), pod.image},
        {QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent")},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("terminationMessagePath"), QStringLiteral("/dev/termination-log")},
        {QStringLiteral("terminationMessagePolicy"), QStringLiteral("File")}};
    if (!pod.command.isEmpty())
        container.insert(QStringLiteral("command"), QJsonArray::fromStringList(pod.command));
    QJsonArray volumes;
    if (pod.usesLocalStorage) {
        // Local storage: a drain has to be told (--delete-emptydir-data) that losing it is fine.
        volumes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("data")},
                                   {QStringLiteral("emptyDir"), QJsonObject()}});
        container.insert(
            QStringLiteral("volumeMounts"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("data")},
                                   {QStringLiteral("mountPath"), QStringLiteral("/data")}}});
    } else if (pod.ownerKind == u"DaemonSet" && pod.ownerName == u"fluent-bit") {
        volumes.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("varlog")},
                        {QStringLiteral("hostPath"),
                         QJsonObject{{QStringLiteral("path"), QStringLiteral("/var/log")},
                                     {QStringLiteral("type"), QString()}}}});
        container.insert(
            QStringLiteral("volumeMounts"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("varlog")},
                                   {QStringLiteral("mountPath"), QStringLiteral("/var/log")},
                                   {QStringLiteral("readOnly"), true}}});
    }
    QJsonArray tolerations{
        QJsonObject{{QStringLiteral("key"), QStringLiteral("node.kubernetes.io/not-ready")},
                    {QStringLiteral("operator"), QStringLiteral("Exists")},
                    {QStringLiteral("effect"), QStringLiteral("NoExecute")},
                    {QStringLiteral("tolerationSeconds"), 300}},
        QJsonObject{{QStringLiteral("key"), QStringLiteral("node.kubernetes.io/unreachable")},
                    {QStringLiteral("operator"), QStringLiteral("Exists")},
                    {QStringLiteral("effect"), QStringLiteral("NoExecute")},
                    {QStringLiteral("tolerationSeconds"), 300}}};
    if (pod.ownerKind == u"DaemonSet") {
        // The DaemonSet controller adds these: its pods stay on cordoned nodes.
        tolerations.append(
            QJsonObject{{QStringLiteral("key"), QStringLiteral("node.kubernetes.io/unschedulable")},
                        {QStringLiteral("operator"), QStringLiteral("Exists")},
                        {QStringLiteral("effect"), QStringLiteral("NoSchedule")}});
    }
    QJsonObject spec{{QStringLiteral("containers"), QJsonArray{container}},
                     {QStringLiteral("restartPolicy"), QStringLiteral("Always")},
                     {QStringLiteral("schedulerName"), QStringLiteral("default-scheduler")},
                     {QStringLiteral("serviceAccountName"), QStringLiteral("default")},
                     {QStringLiteral("terminationGracePeriodSeconds"), 30},
                     {QStringLiteral("dnsPolicy"), QStringLiteral("ClusterFirst")},
                     {QStringLiteral("enableServiceLinks"), true},
                     {QStringLiteral("preemptionPolicy"), QStringLiteral("PreemptLowerPriority")},
                     {QStringLiteral("priority"), pod.critical ? 2000001000 : 0},
                     {QStringLiteral("tolerations"), tolerations}};
    if (!volumes.isEmpty())
        spec.insert(QStringLiteral("volumes"), volumes);
    if (pod.critical)
        spec.insert(QStringLiteral("priorityClassName"), QStringLiteral("system-node-critical"));
    if (!pod.nodeName.isEmpty())
        spec.insert(QStringLiteral("nodeName"), pod.nodeName);

    const bool running = pod.phase == PodPhase::Running;
    QJsonArray conditions;
    if (pod.nodeName.isEmpty()) {
        if (!pod.lastSchedulingMessage.isEmpty())
            conditions.append(condition(QStringLiteral("PodScheduled"), false, pod.created,
                                        QStringLiteral("Unschedulable"),
                                        pod.lastSchedulingMessage));
    } else {
        const QDateTime ready = running ? pod.startedAt : pod.scheduledAt;
        conditions.append(condition(QStringLiteral("PodReadyToStartContainers"), running, ready));
        conditions.append(condition(QStringLiteral("Initialized"), true, pod.scheduledAt));
        conditions.append(condition(
            QStringLiteral("Ready"), running, ready,
            running ? QString() : QStringLiteral("ContainersNotReady"),
            running
                ? QString()
                : QStringLiteral("containers with unready status: [%1]").arg(pod.containerName)));
        conditions.append(condition(QStringLiteral("ContainersReady"), running, ready,
                                    running ? QString() : QStringLiteral("ContainersNotReady")));
        conditions.append(condition(QStringLiteral("PodScheduled"), true, pod.scheduledAt));
    }
    QJsonObject status{{QStringLiteral("phase"), phaseName(pod.phase)},
                       {QStringLiteral("conditions"), conditions},
                       {QStringLiteral("qosClass"), pod.requestCpuMilli || pod.requestMemoryBytes
                                                        ? QStringLiteral("Burstable")
                                                        : QStringLiteral("BestEffort")}};
    if (!pod.statusReason.isEmpty()) {
        status.insert(QStringLiteral("reason"), pod.statusReason);
        status.insert(QStringLiteral("message"), pod.statusMessage);
    }
    if (!pod.nodeName.isEmpty()) {
        const QString hostIp =
            m_nodes.count(pod.nodeName) ? m_nodes.at(pod.nodeName).internalIp : QString();
        status.insert(QStringLiteral("hostIP"), hostIp);
        status.insert(QStringLiteral("hostIPs"),
                      QJsonArray{QJsonObject{{QStringLiteral("ip"), hostIp}}});
        status.insert(QStringLiteral("startTime"), ts(pod.scheduledAt));
        QJsonObject state;
        if (running)
            state.insert(QStringLiteral("running"),
                         QJsonObject{{QStringLiteral("startedAt"), ts(pod.startedAt)}});
        else if (pod.phase == PodPhase::Failed)
            state.insert(
                QStringLiteral("terminated"),
                QJsonObject{{QStringLiteral("exitCode"), 137},
                            {QStringLiteral("reason"), QStringLiteral("ContainerStatusUnknown")},
                            {QStringLiteral("startedAt"), tsOrNull(pod.startedAt)},
                            {QStringLiteral("finishedAt"), ts(now())}});
        else
            state.insert(
                QStringLiteral("waiting"),
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("ContainerCreating")}});
        status.insert(QStringLiteral("containerStatuses"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), pod.containerName},
                                             {QStringLiteral("image"), pod.image},
                                             {QStringLiteral("imageID"), QString()},
                                             {QStringLiteral("ready"), running},
                                             {QStringLiteral("started"), running},
                                             {QStringLiteral("restartCount"), pod.restarts},
                                             {QStringLiteral("state"), state}}});
        if (!pod.ip.isEmpty()) {
            status.insert(QStringLiteral("podIP"), pod.ip);
            status.insert(QStringLiteral("podIPs"),
                          QJsonArray{QJsonObject{{QStringLiteral("ip"), pod.ip}}});
        }
    }
    QJsonObject object{{QStringLiteral("kind"), QStringLiteral("Pod")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("metadata"), metadata},
                       {QStringLiteral("spec"), spec},
                       {QStringLiteral("status"), status}};
    QString shownStatus = phaseName(pod.phase);
    if (pod.terminating())
        shownStatus = QStringLiteral("Terminating"); // as the API server's pod printer says
    else if (!pod.statusReason.isEmpty())
        shownStatus = pod.statusReason;
    else if (pod.phase == PodPhase::Pending && !pod.nodeName.isEmpty())
        shownStatus = QStringLiteral("ContainerCreating");
    const QString none = QStringLiteral("<none>");
    m_store->put(QStringLiteral("pods"), object,
                 {{QStringLiteral("spec.nodeName"), pod.nodeName},
                  {QStringLiteral("status.phase"), phaseName(pod.phase)},
                  {QStringLiteral("spec.schedulerName"), QStringLiteral("default-scheduler")},
                  {QStringLiteral("spec.serviceAccountName"), QStringLiteral("default")},
                  {QStringLiteral("spec.restartPolicy"), QStringLiteral("Always")},
                  {QStringLiteral("status.podIP"), pod.ip},
                  {QStringLiteral("status.nominatedNodeName"), QString()}},
                 {pod.name, running ? QStringLiteral("1/1") : QStringLiteral("0/1"), shownStatus,
                  QString::number(pod.restarts), ageCell(pod.created),
                  pod.ip.isEmpty() ? none : pod.ip, pod.nodeName.isEmpty() ? none : pod.nodeName,
                  none, none});
}

void SimCluster::publishEvent(const SimEvent &event)
{
    QJsonObject involved{{QStringLiteral("kind"), event.involvedKind},
                         {QStringLiteral("name"), event.involvedName},
                         {QStringLiteral("apiVersion"), event.involvedApiVersion}};
    if (!event.involvedNamespace.isEmpty())
        involved.insert(QStringLiteral("namespace"), event.involvedNamespace);
    if (!event.involvedUid.isEmpty())
        involved.insert(QStringLiteral("uid"), event.involvedUid);
    QJsonObject source{{QStringLiteral("component"), event.sourceComponent}};
    if (!event.sourceHost.isEmpty())
        source.insert(QStringLiteral("host"), event.sourceHost);
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("Event")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), event.name},
                     {QStringLiteral("namespace"), event.namespace_},
                     {QStringLiteral("uid"), event.uid},
                     {QStringLiteral("creationTimestamp"), ts(event.firstTimestamp)}}},
        {QStringLiteral("involvedObject"), involved},
        {QStringLiteral("reason"), event.reason},
        {QStringLiteral("message"), event.message},
        {QStringLiteral("source"), source},
        {QStringLiteral("firstTimestamp"), ts(event.firstTimestamp)},
        {QStringLiteral("lastTimestamp"), ts(event.lastTimestamp)},
        {QStringLiteral("count"), event.count},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("eventTime"), QJsonValue::Null},
        {QStringLiteral("reportingComponent"), event.sourceComponent},
        {QStringLiteral("reportingInstance"), event.sourceHost}};
    const QString sourceText =
        event.sourceHost.isEmpty()
            ? event.sourceComponent
            : event.sourceComponent + QStringLiteral(", ") + event.sourceHost;
    m_store->put(QStringLiteral("events"), object,
                 {{QStringLiteral("involvedObject.kind"), event.involvedKind},
                  {QStringLiteral("involvedObject.name"), event.involvedName},
                  {QStringLiteral("involvedObject.namespace"), event.involvedNamespace},
                  {QStringLiteral("involvedObject.uid"), event.involvedUid},
                  {QStringLiteral("involvedObject.apiVersion"), event.involvedApiVersion},
                  {QStringLiteral("reason"), event.reason},
                  {QStringLiteral("type"), event.type},
                  {QStringLiteral("source"), event.sourceComponent},
                  {QStringLiteral("reportingComponent"), event.sourceComponent}},
                 {ageCell(event.lastTimestamp), event.type, event.reason,
                  event.involvedKind.toLower() + u'/' + event.involvedName, QString(), sourceText,
                  event.message, ageCell(event.firstTimestamp), QString::number(event.count),
                  event.name});
}

void SimCluster::publishMachine(const SimMachine &m)
{
    QJsonObject labels{{QStringLiteral("cluster.x-k8s.io/cluster-name"), m_clusterName}};
    QJsonArray owners;
    if (m.controlPlane) {
        labels.insert(QStringLiteral("cluster.x-k8s.io/control-plane"), QString());
        labels.insert(QStringLiteral("cluster.x-k8s.io/control-plane-name"), m.ownerName);
        owners.append(ownerReference(kKcpVersion, m.ownerKind, m.ownerName,
                                     m_controlPlane ? m_controlPlane->uid : QString()));
    } else {
        labels.insert(QStringLiteral("cluster.x-k8s.io/deployment-name"), m.ownerName);
        labels.insert(QStringLiteral("machine-template-hash"), QStringLiteral("7d9f8c6b5"));
        const auto md = m_machineDeployments.find(m.ownerName);
        owners.append(ownerReference(
            kCapiVersion, QStringLiteral("MachineSet"), m.ownerName + QStringLiteral("-7d9f8c6b5"),
            md != m_machineDeployments.end() ? md->second.uid : QString()));
    }
    QJsonObject metadata{
        {QStringLiteral("name"), m.name},   {QStringLiteral("namespace"), m.namespace_},
        {QStringLiteral("uid"), m.uid},     {QStringLiteral("creationTimestamp"), ts(m.created)},
        {QStringLiteral("labels"), labels}, {QStringLiteral("ownerReferences"), owners}};
    if (!m.annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), m.annotations);
    // The machine controller's finalizer holds the object while it drains and deprovisions.
    metadata.insert(QStringLiteral("finalizers"),
                    QJsonArray{QStringLiteral("machine.cluster.x-k8s.io")});
    if (m.deletionTimestamp.isValid())
        metadata.insert(QStringLiteral("deletionTimestamp"), ts(m.deletionTimestamp));
    QJsonObject spec{
        {QStringLiteral("clusterName"), m_clusterName},
        {QStringLiteral("version"), kKubernetesVersion},
        {QStringLiteral("bootstrap"), QJsonObject{{QStringLiteral("dataSecretName"), m.name}}},
        {QStringLiteral("infrastructureRef"),
         QJsonObject{{QStringLiteral("apiVersion"), kInfraVersion},
                     {QStringLiteral("kind"), QStringLiteral("MaestroMachine")},
                     {QStringLiteral("name"), m.name},
                     {QStringLiteral("namespace"), m.namespace_}}}};
    if (!m.providerId.isEmpty())
        spec.insert(QStringLiteral("providerID"), m.providerId);
    const bool nodeReady = m_nodes.count(m.nodeName) && m_nodes.at(m.nodeName).ready;
    QJsonArray conditions{
        condition(QStringLiteral("Ready"), m.phase == MachinePhase::Running, m.created),
        condition(QStringLiteral("NodeHealthy"), nodeReady, m.created,
                  nodeReady ? QString() : QStringLiteral("NodeProvisioning"))};
    if (m.phase == MachinePhase::Deleting) {
        // Cluster API v1beta1: DrainingSucceeded is False (reason Draining, severity Info)
        // while the machine controller evicts the node's pods.
        QJsonObject draining =
            condition(QStringLiteral("DrainingSucceeded"), m.drained, m.deletionTimestamp,
                      m.drained ? QString() : QStringLiteral("Draining"),
                      m.drained ? QString()
                                : QStringLiteral("Draining the node before "
                                                 "deletion"));
        if (!m.drained)
            draining.insert(QStringLiteral("severity"), QStringLiteral("Info"));
        conditions.append(draining);
    }
    if (m.controlPlane && nodeReady) {
        // What KubeadmControlPlane reports per machine (v1beta1): the health of its
        // static pods and of its etcd member.
        const bool joining = m.etcdMember && m_simTime < m.etcdHealthyAt;
        for (const char *type : {"APIServerPodHealthy", "ControllerManagerPodHealthy",
                                 "SchedulerPodHealthy", "EtcdPodHealthy"})
            conditions.append(condition(QLatin1String(type), true, m.created));
        QJsonObject member =
            condition(QStringLiteral("EtcdMemberHealthy"), m.etcdMember && !joining, m.created,
                      m.etcdMember && !joining ? QString() : QStringLiteral("EtcdMemberUnhealthy"),
                      !m.etcdMember ? QStringLiteral("Etcd member removed from the cluster")
                      : joining ? QStringLiteral("Etcd member is joining the cluster as a learner")
                                : QString());
        if (!m.etcdMember || joining)
            member.insert(QStringLiteral("severity"), QStringLiteral("Error"));
        conditions.append(member);
    }
    QJsonObject status{{QStringLiteral("phase"), machinePhaseName(m.phase)},
                       {QStringLiteral("bootstrapReady"), m.phase != MachinePhase::Pending},
                       {QStringLiteral("infrastructureReady"),
                        m.phase == MachinePhase::Provisioned || m.phase == MachinePhase::Running},
                       {QStringLiteral("conditions"), conditions}};
    if (!m.nodeName.isEmpty() && m_nodes.count(m.nodeName))
        status.insert(QStringLiteral("nodeRef"),
                      QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                  {QStringLiteral("kind"), QStringLiteral("Node")},
                                  {QStringLiteral("name"), m.nodeName},
                                  {QStringLiteral("uid"), m_nodes.at(m.nodeName).uid}});
    if (!m.failureReason.isEmpty()) {
        status.insert(QStringLiteral("failureReason"), m.failureReason);
        status.insert(QStringLiteral("failureMessage"), m.failureMessage);
    }
    QJsonObject object{{QStringLiteral("kind"), QStringLiteral("Machine")},
                       {QStringLiteral("apiVersion"), kCapiVersion},
                       {QStringLiteral("metadata"), metadata},
                       {QStringLiteral("spec"), spec},
                       {QStringLiteral("status"), status}};
    const QString none = QStringLiteral("<none>");
    m_store->put(QStringLiteral("machines.cluster.x-k8s.io"), object, {},
                 {m.name, m_clusterName, m.nodeName.isEmpty() ? none : m.nodeName,
                  m.providerId.isEmpty() ? none : m.providerId, machinePhaseName(m.phase),
                  ageCell(m.created), kKubernetesVersion});
}

void SimCluster::publishMachineDeployment(const SimMachineDeployment &md)
{
    int replicas = 0, ready = 0;
    for (const auto &[name, m] : m_machines) {
        if (m.ownerKind != u"MachineDeployment" || m.ownerName != md.name)
            continue;
        ++replicas;
        if (m.phase == MachinePhase::Running && m_nodes.count(m.nodeName) &&
            m_nodes.at(m.nodeName).ready)
            ++ready;
    }
    const QString selector = QStringLiteral("cluster.x-k8s.io/cluster-name=%1,"
                                            "cluster.x-k8s.io/deployment-name=%2")
                                 .arg(md.clusterName, md.name);
    QString phase = QStringLiteral("Running");
    if (replicas < md.replicas || ready < md.replicas)
        phase = QStringLiteral("ScalingUp");
    else if (replicas > md.replicas)
        phase = QStringLiteral("ScalingDown");
    if (md.deletionTimestamp.isValid())
        phase = QStringLiteral("Deleting");
    QJsonObject templateLabels{{QStringLiteral("cluster.x-k8s.io/cluster-name"), md.clusterName},
                               {QStringLiteral("cluster.x-k8s.io/deployment-name"), md.name}};
    QJsonObject labels{{QStringLiteral("cluster.x-k8s.io/cluster-name"), md.clusterName}};
    for (auto it = md.labels.begin(); it != md.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("MachineDeployment")},
        {QStringLiteral("apiVersion"), kCapiVersion},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), md.name},
                     {QStringLiteral("namespace"), md.namespace_},
                     {QStringLiteral("uid"), md.uid},
                     {QStringLiteral("generation"), md.generation},
                     {QStringLiteral("creationTimestamp"), ts(md.created)},
                     {QStringLiteral("labels"), labels},
                     {QStringLiteral("annotations"), md.annotations}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("clusterName"), md.clusterName},
             {QStringLiteral("replicas"), md.replicas},
             {QStringLiteral("selector"),
              QJsonObject{{QStringLiteral("matchLabels"), templateLabels}}},
             {QStringLiteral("strategy"),
              QJsonObject{
                  {QStringLiteral("type"), QStringLiteral("RollingUpdate")},
                  {QStringLiteral("rollingUpdate"),
                   QJsonObject{{QStringLiteral("maxSurge"), 1},
                               {QStringLiteral("maxUnavailable"), 0},
                               {QStringLiteral("deletePolicy"), QStringLiteral("Newest")}}}}},
             {QStringLiteral("template"),
              QJsonObject{
                  {QStringLiteral("metadata"),
                   QJsonObject{{QStringLiteral("labels"), templateLabels}}},
                  {QStringLiteral("spec"),
                   QJsonObject{
                       {QStringLiteral("clusterName"), md.clusterName},
                       {QStringLiteral("version"), kKubernetesVersion},
                       {QStringLiteral("bootstrap"),
                        QJsonObject{
                            {QStringLiteral("configRef"),
                             QJsonObject{
                                 {QStringLiteral("apiVersion"),
                                  QStringLiteral("bootstrap.cluster.x-k8s.io/v1beta1")},
                                 {QStringLiteral("kind"), QStringLiteral("KubeadmConfigTemplate")},
                                 {QStringLiteral("name"),
                                  md.clusterName + QStringLiteral("-md-0")}}}}},
                       {QStringLiteral("infrastructureRef"),
                        QJsonObject{
                            {QStringLiteral("apiVersion"), kInfraVersion},
                            {QStringLiteral("kind"), QStringLiteral("MaestroMachineTemplate")},
                            {QStringLiteral("name"), md.templateName},
                            {QStringLiteral("namespace"), md.namespace_}}}}}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("observedGeneration"), md.generation},
                     {QStringLiteral("selector"), selector},
                     {QStringLiteral("replicas"), replicas},
                     {QStringLiteral("updatedReplicas"), replicas},
                     {QStringLiteral("readyReplicas"), ready},
                     {QStringLiteral("availableReplicas"), ready},
                     {QStringLiteral("unavailableReplicas"), std::max(0, replicas - ready)},
                     {QStringLiteral("phase"), phase}}}};
    if (md.deletionTimestamp.isValid()) {
        QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        metadata.insert(QStringLiteral("deletionTimestamp"), ts(md.deletionTimestamp));
        metadata.insert(QStringLiteral("finalizers"),
                        QJsonArray{QStringLiteral("cluster.x-k8s.io/machinedeployment")});
        object.insert(QStringLiteral("metadata"), metadata);
    }
    m_store->put(QStringLiteral("machinedeployments.cluster.x-k8s.io"), object, {},
                 {md.name, md.clusterName, replicas, ready, replicas, std::max(0, replicas - ready),
                  phase, ageCell(md.created), kKubernetesVersion});
}

void SimCluster::publishControlPlane(const SimControlPlane &cp)
{
    int replicas = 0, ready = 0;
    for (const auto &[name, m] : m_machines) {
        if (m.ownerKind != u"KubeadmControlPlane")
            continue;
        ++replicas;
        if (m.phase == MachinePhase::Running && m_nodes.count(m.nodeName) &&
            m_nodes.at(m.nodeName).ready)
            ++ready;
    }
    const QString selector = QStringLiteral("cluster.x-k8s.io/cluster-name=%1,"
                                            "cluster.x-k8s.io/control-plane")
                                 .arg(cp.clusterName);
    // Conditions as KubeadmControlPlane v1beta1 reports them in status.conditions:
    // {type, status, severity (when False), lastTransitionTime, reason, message}.
    // EtcdClusterHealthy aggregates the machines' EtcdMemberHealthy: a member that is
    // still joining (a learner catching up) makes it False for a while; a removed
    // member no longer counts. ControlPlaneComponentsHealthy does the same for the
    // static pods of masters whose node is not Ready yet.
    QStringList etcdErrors, componentErrors;
    int active = 0;
    for (const auto &[name, m] : m_machines) {
        if (m.ownerKind != u"KubeadmControlPlane")
            continue;
        if (m.phase != MachinePhase::Deleting)
            ++active;
        if (m.etcdMember && m_simTime < m.etcdHealthyAt)
            etcdErrors << m.name;
        if (m.phase != MachinePhase::Deleting && m_nodes.count(m.nodeName) &&
            !m_nodes.at(m.nodeName).ready)
            componentErrors << m.name;
    }
    QJsonArray conditions;
    auto addCondition = [&](const QString &type, bool ok, const QString &severity,
                            const QString &reason, const QString &message) {
        SimCondition &state = cp.conditions[type];
        if (!state.lastTransition.isValid() || state.status != ok)
            state = {ok, state.lastTransition.isValid() ? now() : cp.created};
        QJsonObject c{
            {QStringLiteral("type"), type},
            {QStringLiteral("status"), ok ? QStringLiteral("True") : QStringLiteral("False")},
            {QStringLiteral("lastTransitionTime"), ts(state.lastTransition)}};
        if (!ok) {
            c.insert(QStringLiteral("severity"), severity);
            c.insert(QStringLiteral("reason"), reason);
            c.insert(QStringLiteral("message"), message);
        }
        conditions.append(c);
    };
    addCondition(QStringLiteral("Ready"), ready > 0, QStringLiteral("Warning"),
                 QStringLiteral("WaitingForKubeadmInit"), QString());
    addCondition(QStringLiteral("Available"), ready > 0, QStringLiteral("Warning"),
                 QStringLiteral("WaitingForKubeadmInit"), QString());
    addCondition(QStringLiteral("CertificatesAvailable"), true, {}, {}, {});
    addCondition(QStringLiteral("ControlPlaneComponentsHealthy"), componentErrors.isEmpty(),
                 QStringLiteral("Error"), QStringLiteral("ControlPlaneComponentsUnhealthy"),
                 QStringLiteral("Following machines are reporting control plane errors: %1")
                     .arg(componentErrors.join(QStringLiteral(", "))));
    addCondition(QStringLiteral("EtcdClusterHealthy"), etcdErrors.isEmpty(),
                 QStringLiteral("Error"), QStringLiteral("EtcdClusterUnhealthy"),
                 QStringLiteral("Following machines are reporting etcd member errors: %1")
                     .arg(etcdErrors.join(QStringLiteral(", "))));
    addCondition(QStringLiteral("MachinesCreated"), true, {}, {}, {});
    addCondition(QStringLiteral("MachinesReady"), ready >= active, QStringLiteral("Warning"),
                 QStringLiteral("Deleting"),
                 QStringLiteral("%1 of %2 machines are not ready").arg(active - ready).arg(active));
    const bool scalingUp = active < cp.replicas;
    addCondition(QStringLiteral("Resized"),
                 active == cp.replicas && replicas == cp.replicas && ready == cp.replicas,
                 QStringLiteral("Warning"),
                 scalingUp ? QStringLiteral("ScalingUp") : QStringLiteral("ScalingDown"),
                 QStringLiteral("Scaling %1 control plane to %2 replicas (actual %3)")
                     .arg(scalingUp ? QStringLiteral("up") : QStringLiteral("down"))
                     .arg(cp.replicas)
                     .arg(replicas));
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("KubeadmControlPlane")},
        {QStringLiteral("apiVersion"), kKcpVersion},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), cp.name},
             {QStringLiteral("namespace"), cp.namespace_},
             {QStringLiteral("uid"), cp.uid},
             {QStringLiteral("generation"), cp.generation},
             {QStringLiteral("creationTimestamp"), ts(cp.created)},
             {QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("cluster.x-k8s.io/cluster-name"), cp.clusterName}}},
             {QStringLiteral("annotations"), cp.annotations}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("replicas"), cp.replicas},
             {QStringLiteral("version"), kKubernetesVersion},
             {QStringLiteral("machineTemplate"),
              QJsonObject{
                  {QStringLiteral("infrastructureRef"),
                   QJsonObject{{QStringLiteral("apiVersion"), kInfraVersion},
                               {QStringLiteral("kind"), QStringLiteral("MaestroMachineTemplate")},
                               {QStringLiteral("name"), cp.templateName},
                               {QStringLiteral("namespace"), cp.namespace_}}}}},
             {QStringLiteral("kubeadmConfigSpec"),
              QJsonObject{{QStringLiteral("clusterConfiguration"),
                           QJsonObject{{QStringLiteral("etcd"),
                                        QJsonObject{{QStringLiteral("local"),
                                                     QJsonObject{{QStringLiteral("dataDir"),
                                                                  QStringLiteral(
                                                                      "/var/lib/etcd")}}}}}}}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("observedGeneration"), cp.generation},
                     {QStringLiteral("selector"), selector},
                     {QStringLiteral("replicas"), replicas},
                     {QStringLiteral("updatedReplicas"), replicas},
                     {QStringLiteral("readyReplicas"), ready},
                     {QStringLiteral("unavailableReplicas"), std::max(0, replicas - ready)},
                     {QStringLiteral("initialized"), true},
                     {QStringLiteral("ready"), ready > 0},
                     {QStringLiteral("version"), kKubernetesVersion},
                     {QStringLiteral("conditions"), conditions}}}};
    m_store->put(QStringLiteral("kubeadmcontrolplanes.controlplane.cluster.x-k8s.io"), object, {},
                 {cp.name, cp.clusterName, true, ready > 0, replicas, ready, replicas,
                  std::max(0, replicas - ready), ageCell(cp.created), kKubernetesVersion});
}

// --- Metrics ---------------------------------------------------------------------------

QJsonObject SimCluster::nodeMetrics(const QString &name, bool *found) const
{
    auto it = m_nodes.find(name);
    *found = it != m_nodes.end() && it->second.ready;
    if (!*found)
        return {};
    const SimNode &node = it->second;
    double cpu = node.cpuUsageMilli;
    double memory = node.memoryUsageBytes;
    if (m_options.scenario == u"large") {
        // Large clusters are static: a stable per-node figure with a slow wobble.
        const double base = 0.25 + double(qHash(name) % 50) / 100.0;
        const ServerSize *size = findServerSize(node.instanceType);
        cpu = size ? size->cpuAllocatableMilli() * base : 0;
        memory = size ? size->memoryAllocatableBytes() * (base * 0.9) : 0;
    }
    const QDateTime stamp = QDateTime::currentDateTimeUtc().addSecs(-2);
    return {{QStringLiteral("kind"), QStringLiteral("NodeMetrics")},
            {QStringLiteral("apiVersion"), QStringLiteral("metrics.k8s.io/v1beta1")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), node.name},
                         {QStringLiteral("creationTimestamp"), ts(QDateTime::currentDateTimeUtc())},
                         {QStringLiteral("labels"),
                          QJsonObject{{QStringLiteral("kubernetes.io/hostname"), node.name},
                                      {QStringLiteral("node.kubernetes.io/instance-type"),
                                       node.instanceType}}}}},
            {QStringLiteral("timestamp"), ts(stamp)},
            {QStringLiteral("window"), QStringLiteral("20.064s")},
            {QStringLiteral("usage"),
             QJsonObject{{QStringLiteral("cpu"), QString::number(qint64(cpu * 1e6)) + u'n'},
                         {QStringLiteral("memory"), ki(memory)}}}};
}

QJsonArray SimCluster::nodeMetricsList() const
{
    QJsonArray items;
    for (const auto &[name, node] : m_nodes) {
        bool found = false;
        const QJsonObject metrics = nodeMetrics(name, &found);
        if (found)
            items.append(metrics);
    }
    return items;
}

QJsonObject SimCluster::podMetrics(const QString &namespace_, const QString &name,
                                   bool *found) const
{
    auto it = m_pods.find(namespace_ + u'/' + name);
    *found = it != m_pods.end() && it->second.phase == PodPhase::Running;
    if (!*found)
        return {};
    const SimPod &pod = it->second;
    const QDateTime stamp = QDateTime::currentDateTimeUtc().addSecs(-2);
    return {
        {QStringLiteral("kind"), QStringLiteral("PodMetrics")},
        {QStringLiteral("apiVersion"), QStringLiteral("metrics.k8s.io/v1beta1")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), pod.name},
                     {QStringLiteral("namespace"), pod.namespace_},
                     {QStringLiteral("creationTimestamp"), ts(QDateTime::currentDateTimeUtc())},
                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), pod.app}}}}},
        {QStringLiteral("timestamp"), ts(stamp)},
        {QStringLiteral("window"), QStringLiteral("15.012s")},
        {QStringLiteral("containers"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), pod.containerName},
                         {QStringLiteral("usage"),
                          QJsonObject{{QStringLiteral("cpu"),
                                       QString::number(qint64(pod.cpuUsageMilli * 1e6)) + u'n'},
                                      {QStringLiteral("memory"), ki(pod.memoryUsageBytes)}}}}}}};
}

QJsonArray SimCluster::podMetricsList(const QString &namespace_) const
{
    QJsonArray items;
    for (const auto &[key, pod] : m_pods) {
        if (!namespace_.isEmpty() && pod.namespace_ != namespace_)
            continue;
        bool found = false;
        const QJsonObject metrics = podMetrics(pod.namespace_, pod.name, &found);
        if (found)
            items.append(metrics);
    }
    return items;
}

// --- Scale and create ------------------------------------------------------------------

ClusterResult SimCluster::getScale(const QString &storeName, const QString &namespace_,
                                   const QString &name) const
{
    ClusterResult result;
    const StoredObjectPtr stored = m_store->get(storeName, namespace_, name);
    if (!stored) {
        result.httpStatus = 404;
        result.reason = QStringLiteral("NotFound");
        result.message = statusError(storeName, name);
        result.details = {{QStringLiteral("name"), name},
                          {QStringLiteral("group"), storeName.section(u'.', 1)},
                          {QStringLiteral("kind"), storeName.section(u'.', 0, 0)}};
        return result;
    }
    const QJsonObject object = QJsonDocument::fromJson(stored->json).object();
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    result.object = {
        {QStringLiteral("kind"), QStringLiteral("Scale")},
        {QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v1")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), name},
             {QStringLiteral("namespace"), namespace_},
             {QStringLiteral("uid"), metadata.value(QLatin1String("uid"))},
             {QStringLiteral("resourceVersion"), metadata.value(QLatin1String("resourceVersion"))},
             {QStringLiteral("creationTimestamp"),
              metadata.value(QLatin1String("creationTimestamp"))}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("replicas"),
              object.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas"))}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("replicas"), status.value(QLatin1String("replicas")).toInt()},
                     {QStringLiteral("selector"), status.value(QLatin1String("selector"))}}}};
    return result;
}

ClusterResult SimCluster::setScale(const QString &storeName, const QString &namespace_,
                                   const QString &name, qint64 replicas,
                                   const QString &expectedResourceVersion)
{
    ClusterResult current = getScale(storeName, namespace_, name);
    if (!current.ok())
        return current;
    const QString currentVersion = current.object.value(QLatin1String("metadata"))
                                       .toObject()
                                       .value(QLatin1String("resourceVersion"))
                                       .toString();
    const QString qualified = storeName;
    if (!expectedResourceVersion.isEmpty() && expectedResourceVersion != currentVersion) {
        ClusterResult conflict;
        conflict.httpStatus = 409;
        conflict.reason = QStringLiteral("Conflict");
        conflict.message = QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object "
                                          "has been modified; please apply your changes to the "
                                          "latest version and try again")
                               .arg(qualified, name);
        conflict.details = {{QStringLiteral("name"), name},
                            {QStringLiteral("group"), storeName.section(u'.', 1)},
                            {QStringLiteral("kind"), storeName.section(u'.', 0, 0)}};
        return conflict;
    }
    auto invalid = [&](const QString &field, const QString &message) {
        ClusterResult r;
        r.httpStatus = 422;
        r.reason = QStringLiteral("Invalid");
        const QString kind = storeName.startsWith(u"kubeadm")
                                 ? QStringLiteral("KubeadmControlPlane")
                                 : QStringLiteral("MachineDeployment");
        const QString group = storeName.section(u'.', 1);
        r.message = QStringLiteral("%1.%2 \"%3\" is invalid: %4: %5")
                        .arg(kind, group, name, field, message);
        r.details = {{QStringLiteral("name"), name},
                     {QStringLiteral("group"), group},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("causes"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("reason"), QStringLiteral("FieldValueForbidden")},
                          {QStringLiteral("message"), message},
                          {QStringLiteral("field"), field}}}}};
        return r;
    };
    if (replicas < 0)
        return invalid(
            QStringLiteral("spec.replicas"),
            QStringLiteral("Invalid value: %1: must be greater than or equal to 0").arg(replicas));
    if (replicas > 1000)
        return invalid(QStringLiteral("spec.replicas"),
                       QStringLiteral("Invalid value: %1: the simulated cloud allows at most 1000")
                           .arg(replicas));

    if (storeName.startsWith(u"kubeadmcontrolplanes")) {
        if (!m_controlPlane || m_controlPlane->name != name)
            return current;
        // The KubeadmControlPlane webhook's rules for stacked etcd.
        if (replicas == 0)
            return invalid(QStringLiteral("spec.replicas"),
                           QStringLiteral("Forbidden: cannot be zero"));
        if (replicas % 2 == 0)
            return invalid(
                QStringLiteral("spec.replicas"),
                QStringLiteral(
                    "Forbidden: replicas cannot be an even number when etcd is stacked"));
        SimControlPlane &cp = *m_controlPlane;
        if (cp.replicas != replicas) {
            cp.replicas = int(replicas);
            ++cp.generation;
        }
        reconcileMachines();
        publishControlPlane(cp);
        return getScale(storeName, namespace_, name);
    }

    auto mdIt = m_machineDeployments.find(name);
    if (mdIt == m_machineDeployments.end() || mdIt->second.namespace_ != namespace_)
        return current;
    SimMachineDeployment &md = mdIt->second;
    if (md.replicas != replicas) {
        md.replicas = int(replicas);
        ++md.generation;
    }
    reconcileMachines();
    publishMachineDeployment(md);
    return getScale(storeName, namespace_, name);
}

QString SimCluster::instanceTypeOfTemplate(const QString &templateName) const
{
    const StoredObjectPtr stored =
        m_store->get(QStringLiteral("maestromachinetemplates.infrastructure.cluster.x-k8s.io"),
                     m_clusterNamespace, templateName);
    if (!stored)
        return {};
    return QJsonDocument::fromJson(stored->json)
        .object()
        .value(QLatin1String("spec"))
        .toObject()
        .value(QLatin1String("template"))
        .toObject()
        .value(QLatin1String("spec"))
        .toObject()
        .value(QLatin1String("instanceType"))
        .toString();
}

void SimCluster::createMachine(const QString &ownerKind, const QString &ownerName)
{
    const bool controlPlane = ownerKind == u"KubeadmControlPlane";
    SimMachine m;
    if (controlPlane) {
        m.namespace_ = m_controlPlane->namespace_;
        m.name = ownerName + u'-' + randomSuffix();
        m.templateName = m_controlPlane->templateName;
    } else {
        const SimMachineDeployment &md = m_machineDeployments.at(ownerName);
        m.namespace_ = md.namespace_;
        m.name = md.name + QStringLiteral("-7d9f8c6b5-") + randomSuffix();
        m.templateName = md.templateName;
    }
    // A machine takes its size from the template its owner references now.
    m.instanceType = instanceTypeOfTemplate(m.templateName);
    if (m.instanceType.isEmpty())
        m.instanceType = m.templateName.mid(m_clusterName.size() + 1);
    m.uid = newUid();
    m.ownerKind = ownerKind;
    m.ownerName = ownerName;
    m.controlPlane = controlPlane;
    m.created = now();
    m.simPhaseStarted = m_simTime;
    m.provisioningSeconds = uniform(60, 120);
    m_machines[m.name] = m;
    publishMachine(m);
}

void SimCluster::deleteSurplusMachines(const QString &ownerKind, const QString &ownerName,
                                       int replicas)
{
    std::vector<SimMachine *> candidates;
    for (auto &[n, m] : m_machines) {
        if (m.ownerKind == ownerKind && m.ownerName == ownerName &&
            m.phase != MachinePhase::Deleting)
            candidates.push_back(&m);
    }
    // The MachineSet's "Newest" delete policy, with machines marked for deletion first.
    std::sort(candidates.begin(), candidates.end(), [](const SimMachine *a, const SimMachine *b) {
        if (a->deleteAnnotation() != b->deleteAnnotation())
            return a->deleteAnnotation();
        return a->created > b->created;
    });
    for (int i = replicas; i < int(candidates.size()); ++i)
        startMachineDeletion(*candidates[i - replicas]);
}

ClusterResult SimCluster::createMachineDeployment(const QString &namespace_,
                                                  const QJsonObject &body)
{
    ClusterResult result;
    const QJsonObject metadata = body.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = body.value(QLatin1String("spec")).toObject();
    QString name = metadata.value(QLatin1String("name")).toString();
    if (name.isEmpty() && metadata.contains(QLatin1String("generateName")))
        name = metadata.value(QLatin1String("generateName")).toString() + randomSuffix();
    auto invalid = [&](const QString &field, const QString &message) {
        result.httpStatus = 422;
        result.reason = QStringLiteral("Invalid");
        result.message =
            QStringLiteral("MachineDeployment.cluster.x-k8s.io \"%1\" is invalid: %2: %3")
                .arg(name, field, message);
        result.details = {
            {QStringLiteral("name"), name},
            {QStringLiteral("group"), QStringLiteral("cluster.x-k8s.io")},
            {QStringLiteral("kind"), QStringLiteral("MachineDeployment")},
            {QStringLiteral("causes"),
             QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("FieldValueInvalid")},
                                    {QStringLiteral("message"), message},
                                    {QStringLiteral("field"), field}}}}};
        return result;
    };
    static const QRegularExpression dns1123(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    if (name.isEmpty())
        return invalid(QStringLiteral("metadata.name"),
                       QStringLiteral("Required value: name or generateName is required"));
    if (name.size() > 63 || !dns1123.match(name).hasMatch())
        return invalid(QStringLiteral("metadata.name"),
                       QStringLiteral("Invalid value: \"%1\": a lowercase RFC 1123 subdomain must "
                                      "consist of lower case alphanumeric characters, '-' or '.'")
                           .arg(name.left(80)));
    const QString ns = metadata.value(QLatin1String("namespace")).toString(namespace_);
    if (ns != namespace_) {
        result.httpStatus = 400;
        result.reason = QStringLiteral("BadRequest");
        result.message = QStringLiteral("the namespace of the provided object does not match the "
                                        "namespace sent on the request");
        return result;
    }
    if (m_machineDeployments.count(name)) {
        result.httpStatus = 409;
        result.reason = QStringLiteral("AlreadyExists");
        result.message =
            QStringLiteral("machinedeployments.cluster.x-k8s.io \"%1\" already exists").arg(name);
        result.details = {{QStringLiteral("name"), name},
                          {QStringLiteral("group"), QStringLiteral("cluster.x-k8s.io")},
                          {QStringLiteral("kind"), QStringLiteral("machinedeployments")}};
        return result;
    }
    const QString clusterName = spec.value(QLatin1String("clusterName")).toString();
    if (clusterName != m_clusterName)
        return invalid(QStringLiteral("spec.clusterName"),
                       QStringLiteral("Invalid value: \"%1\": no such Cluster in namespace %2")
                           .arg(clusterName, ns));
    const QJsonValue replicasValue = spec.value(QLatin1String("replicas"));
    if (!replicasValue.isUndefined() && !replicasValue.isDouble())
        return invalid(QStringLiteral("spec.replicas"),
                       QStringLiteral("Invalid value: must be an integer"));
    const int replicas = replicasValue.isUndefined() ? 1 : replicasValue.toInt();
    if (replicas < 0 || replicas > 1000)
        return invalid(QStringLiteral("spec.replicas"),
                       QStringLiteral("Invalid value: %1").arg(replicas));
    const QString templateName = spec.value(QLatin1String("template"))
                                     .toObject()
                                     .value(QLatin1String("spec"))
                                     .toObject()
                                     .value(QLatin1String("infrastructureRef"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
    if (!m_store->get(QStringLiteral("maestromachinetemplates.infrastructure.cluster.x-k8s.io"), ns,
                      templateName))
        return invalid(QStringLiteral("spec.template.spec.infrastructureRef.name"),
                       QStringLiteral("Invalid value: \"%1\": MaestroMachineTemplate not found")
                           .arg(templateName));
    SimMachineDeployment md;
    md.namespace_ = ns;
    md.name = name;
    md.uid = newUid();
    md.clusterName = clusterName;
    md.templateName = templateName;
    md.replicas = 0;
    md.created = now();
    const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        md.labels.insert(it.key(), it.value().toString());
    md.annotations = metadata.value(QLatin1String("annotations")).toObject();
    m_machineDeployments[name] = md;
    publishMachineDeployment(md);
    setScale(QStringLiteral("machinedeployments.cluster.x-k8s.io"), ns, name, replicas, {});
    const StoredObjectPtr stored =
        m_store->get(QStringLiteral("machinedeployments.cluster.x-k8s.io"), ns, name);
    result.httpStatus = 201;
    result.object = QJsonDocument::fromJson(stored->json).object();
    return result;
}

} // namespace maestro::sim

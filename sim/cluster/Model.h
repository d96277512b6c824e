// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace maestro::sim {

/// The simulated world's typed state. The store holds what the API shows;
/// these hold what the simulation needs to decide what happens next.

struct SimCondition
{
    bool status = false;
    QDateTime lastTransition;
};

struct SimNode
{
    QString name;
    QString uid;
    QString instanceType;
    bool controlPlane = false;
    bool noScheduleTaint = false; ///< a dedicated master
    bool unschedulable = false;   ///< cordoned (spec.unschedulable)
    bool ready = false;
    SimCondition readyCondition;
    SimCondition memoryPressure;
    SimCondition diskPressure;
    QDateTime created;
    QDateTime lastHeartbeat;
    QString internalIp;
    QString machineName;
    int podCidrIndex = 0;
    // Dynamics (millicores and bytes).
    double cpuDemandMilli = 0; ///< what the pods on it want
    double cpuUsageMilli = 0;  ///< what they get (capped at capacity)
    double memoryUsageBytes = 0;
    double diskUsedFraction = 0.3;
    double simRegistered = 0;       ///< sim time the kubelet registered the node
    double pressureSince = -1;      ///< sim time the current memory pressure started
    double pressureClearSince = -1; ///< sim time memory has been sufficient again
    double systemCpuMilli = 80;     ///< kubelet, containerd, the OS
    double systemMemoryBytes = 300.0 * (1 << 20);
    double lastEvictionAt = -1e9;
    double etcdApplyMs = 0; ///< etcd apply latency on this master right now
    double etcdFsyncMs = 0;
    QJsonObject annotations; ///< set by clients (kubectl annotate); the system's are added on top
};

enum class PodPhase { Pending, Running, Succeeded, Failed };

struct SimPod
{
    QString namespace_;
    QString name;
    QString uid;
    QString app;       ///< the "app" label
    QString ownerKind; ///< ReplicaSet, DaemonSet, Node (static pod), StatefulSet
    QString ownerName;
    QString workload;  ///< the SimWorkload it belongs to (empty for control-plane pods)
    QString component; ///< "etcd", "kube-apiserver", ... for control-plane pods
    QString containerName;
    QString image;
    QString nodeName;
    QString ip;
    PodPhase phase = PodPhase::Pending;
    QString statusReason; ///< "Evicted"
    QString statusMessage;
    QDateTime created;
    QDateTime scheduledAt;
    QDateTime startedAt;
    double simCreated = 0;
    double simScheduled = -1;
    double nextScheduleAttempt = 0;
    double lastFailedSchedulingEvent = -1e9;
    QString lastSchedulingMessage;
    qint64 requestCpuMilli = 0;
    qint64 requestMemoryBytes = 0;
    qint64 limitMemoryBytes = 0;
    int restarts = 0;
    double cpuUsageMilli = 0;
    double memoryUsageBytes = 0;
    double backlogBytes = 0;       ///< memory held by requests queued while the node is saturated
    bool critical = false;         ///< system-node-critical: never evicted first
    bool usesLocalStorage = false; ///< an emptyDir volume: its data goes with the pod
    QStringList command;           ///< the container's command line, when it matters (etcd)
    // Graceful deletion (DELETE or an eviction): the object stays, with a
    // deletionTimestamp, until the kubelet has stopped it.
    QDateTime deletionTimestamp;
    int deletionGraceSeconds = 0;
    double simDeleteAt = -1; ///< sim time the kubelet is done with it

    bool terminating() const { return deletionTimestamp.isValid(); }
    /// What the disruption controller and a Service count: ready and not on its way out.
    bool healthy() const { return phase == PodPhase::Running && !terminating(); }
};

/// A load-driven application Deployment, scaled like an HPA would.
struct SimWorkload
{
    QString namespace_;
    QString name;
    QString replicaSetHash;
    qint64 requestCpuMilli = 150;
    qint64 requestMemoryBytes = qint64(192) << 20;
    qint64 limitMemoryBytes = qint64(1) << 30;
    double baseMemoryBytes = 150.0 * (1 << 20);
    double memoryPerMilli = 0.9 * (1 << 20); ///< working set per millicore served
    double targetCpuPerPod = 180;            ///< the HPA's target
    int minReplicas = 1;
    int maxReplicas = 100;
    int fixedReplicas = 0; ///< > 0: not load-driven
    double demandStartMilli = 0;
    double demandEndMilli = 0;
    double demandRampSeconds = 1; ///< sim seconds from start to end demand
    QString image;
    bool emptyDir = false;   ///< its pods keep data in an emptyDir volume
    int desiredReplicas = 0; ///< the ReplicaSet's spec.replicas as last computed
};

/// A PodDisruptionBudget (policy/v1) and the status the disruption controller keeps.
struct SimDisruptionBudget
{
    QString namespace_;
    QString name;
    QString uid;
    QDateTime created;
    qint64 generation = 1;
    QJsonObject labels;
    QJsonObject annotations;
    QJsonObject selector;     ///< a LabelSelector (matchLabels, matchExpressions)
    bool hasSelector = false; ///< without one a budget matches no pod
    QJsonValue minAvailable{QJsonValue::Undefined};   ///< int or "N%", undefined when not set
    QJsonValue maxUnavailable{QJsonValue::Undefined}; ///< int or "N%", undefined when not set
    // Status.
    int currentHealthy = 0;
    int desiredHealthy = 0;
    int disruptionsAllowed = 0;
    int expectedPods = 0;
    qint64 observedGeneration = 0;
    QDateTime allowedSince;    ///< lastTransitionTime of the DisruptionAllowed condition
    QJsonObject disruptedPods; ///< pod name -> time of its eviction, until the pod is gone
};

enum class MachinePhase { Pending, Provisioning, Provisioned, Running, Deleting, Failed };

struct SimMachine
{
    QString namespace_;
    QString name;
    QString uid;
    QString ownerKind; ///< MachineDeployment or KubeadmControlPlane
    QString ownerName;
    QString templateName;
    QString instanceType;
    bool controlPlane = false;
    MachinePhase phase = MachinePhase::Pending;
    QDateTime created;
    double simPhaseStarted = 0;
    double provisioningSeconds = 90;
    QString nodeName;
    QString providerId;
    QString failureReason;
    QString failureMessage;
    QJsonObject annotations; ///< as clients set them (cluster.x-k8s.io/delete-machine, ...)
    QDateTime deletionTimestamp;
    bool drained = false;        ///< its node has been drained (or it never had one)
    double nextDrainAttempt = 0; ///< sim time of the next round of evictions
    bool etcdMember = false;     ///< a master whose etcd member is in the cluster
    double etcdHealthyAt = 0;    ///< sim time its member caught up (joining until then)

    bool deleteAnnotation() const
    {
        return annotations.contains(QLatin1String("cluster.x-k8s.io/delete-machine"));
    }
};

struct SimMachineDeployment
{
    QString namespace_;
    QString name;
    QString uid;
    QString clusterName;
    QString templateName;
    int replicas = 0;
    qint64 generation = 1;
    QDateTime created;
    QHash<QString, QString> labels;
    QJsonObject annotations;
    QDateTime deletionTimestamp; ///< deleted: its machines go, then it does
};

struct SimControlPlane
{
    QString namespace_;
    QString name;
    QString uid;
    QString clusterName;
    QString templateName;
    int replicas = 1;
    qint64 generation = 1;
    QDateTime created;
    QJsonObject annotations;
    /// Status and last transition of each condition, as last published.
    mutable QHash<QString, SimCondition> conditions;
};

struct SimEvent
{
    QString namespace_;
    QString name;
    QString uid;
    QString involvedKind;
    QString involvedNamespace;
    QString involvedName;
    QString involvedUid;
    QString involvedApiVersion;
    QString reason;
    QString message;
    QString type; ///< Normal or Warning
    QString sourceComponent;
    QString sourceHost;
    QDateTime firstTimestamp;
    QDateTime lastTimestamp;
    int count = 1;
};

struct LogLine
{
    QDateTime time;
    QByteArray text; ///< without the trailing newline
};

} // namespace maestro::sim

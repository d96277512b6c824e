// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
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
    bool unschedulable = false;
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
    double backlogBytes = 0; ///< memory held by requests queued while the node is saturated
    bool critical = false;   ///< system-node-critical: never evicted first
    bool usesLocalStorage = false;
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
    bool deleteAnnotation = false;
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

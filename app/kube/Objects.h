// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/CompactText.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace maestro::kube {

/// The compact forms the app keeps of Kubernetes objects: only the fields it uses,
/// decoded once, never the raw JSON.

struct ObjectMeta
{
    QString namespace_;
    QString name;
    CompactText uid;
    CompactText resourceVersion;
    QDateTime creationTimestamp;

    QString key() const { return namespace_.isEmpty() ? name : namespace_ + u'/' + name; }
};

enum class NodeRole { Worker, Master, SharedMaster };

struct NodeCondition
{
    QString type;
    QString status; ///< "True", "False", "Unknown"
    QString reason;
    QString message;
    QDateTime lastTransitionTime;
    QDateTime lastHeartbeatTime;
};

struct Taint
{
    QString key;
    QString value;
    QString effect;
};

struct NodeInfo
{
    ObjectMeta meta;
    bool controlPlaneLabel = false;
    QString instanceType;
    QString machineName; ///< Cluster API's cluster.x-k8s.io/machine annotation
    bool unschedulable = false;
    QList<Taint> taints;
    QList<NodeCondition> conditions;
    qint64 cpuCapacityMilli = 0;
    qint64 cpuAllocatableMilli = 0;
    qint64 memoryCapacityBytes = 0;
    qint64 memoryAllocatableBytes = 0;
    int podCapacity = 0;
    QString kubeletVersion;
    QString internalIp;
    QString osImage;

    /// A master with the control-plane NoSchedule taint is dedicated; without it,
    /// it also runs application pods (a shared master).
    NodeRole role() const;
    bool hasControlPlaneTaint() const;
    /// "True", "False" or "Unknown" (also when the condition is missing).
    QString conditionStatus(const QString &type) const;
    bool isReady() const { return conditionStatus(QStringLiteral("Ready")) == u"True"; }
    bool hasMemoryPressure() const
    {
        return conditionStatus(QStringLiteral("MemoryPressure")) == u"True";
    }
    bool hasDiskPressure() const
    {
        return conditionStatus(QStringLiteral("DiskPressure")) == u"True";
    }
    bool hasPidPressure() const
    {
        return conditionStatus(QStringLiteral("PIDPressure")) == u"True";
    }
};

enum class PodPhase { Pending, Running, Succeeded, Failed, Unknown };

struct PodInfo
{
    ObjectMeta meta;
    QString nodeName;
    PodPhase phase = PodPhase::Unknown;
    QString reason;  ///< status.reason ("Evicted")
    QString message; ///< status.message
    QString ownerKind;
    QString ownerName;
    QString app;               ///< labels "app" or "app.kubernetes.io/name"
    QString component;         ///< labels "component" (control-plane static pods)
    bool controlPlane = false; ///< tier=control-plane or a kube-system static pod
    bool mirror = false;       ///< a static pod's mirror
    bool localStorage = false; ///< has an emptyDir volume (its data is lost on eviction)
    int containers = 0;
    int readyContainers = 0;
    int restarts = 0;
    qint64 cpuRequestMilli = 0;
    qint64 memoryRequestBytes = 0;
    bool scheduled = false;
    QDateTime scheduledAt;        ///< PodScheduled=True's lastTransitionTime
    QString unschedulableMessage; ///< PodScheduled=False's message

    bool isTerminal() const { return phase == PodPhase::Succeeded || phase == PodPhase::Failed; }
    bool isDaemonSetPod() const { return ownerKind == u"DaemonSet"; }
};

struct EventInfo
{
    ObjectMeta meta;
    QString involvedKind;
    QString involvedNamespace;
    QString involvedName;
    QString reason;
    QString message;
    bool warning = false;
    QString sourceComponent;
    QString sourceHost;
    QDateTime firstTimestamp;
    QDateTime lastTimestamp; ///< falls back to series.lastObservedTime, eventTime, creation
    int count = 1;

    QString involvedKey() const
    {
        return involvedKind + u'/' +
               (involvedNamespace.isEmpty() ? involvedName
                                            : involvedNamespace + u'/' + involvedName);
    }
};

struct MachineInfo
{
    ObjectMeta meta;
    QString clusterName;
    bool controlPlane = false;
    QString deploymentName; ///< label cluster.x-k8s.io/deployment-name
    QString phase;          ///< Pending, Provisioning, Provisioned, Running, Deleting, Failed...
    QString nodeName;       ///< status.nodeRef.name once the node joined
    QString providerId;
    QString failureReason;
    QString failureMessage;
    bool markedForDeletion = false;
    QList<NodeCondition> conditions; ///< EtcdMemberHealthy, APIServerPodHealthy, ...

    /// "True", "False" or "Unknown" (also when the condition is missing).
    QString conditionStatus(const QString &type) const;
};

struct MachineDeploymentInfo
{
    ObjectMeta meta;
    QString clusterName;
    int specReplicas = 0;
    int replicas = 0;
    int readyReplicas = 0;
    int unavailableReplicas = 0;
    QString phase;
    QString templateKind;
    QString templateName;
    QString templateNamespace;
};

struct ControlPlaneInfo
{
    ObjectMeta meta;
    int specReplicas = 0;
    int replicas = 0;
    int readyReplicas = 0;
    QString templateKind;
    QString templateName;
    QString version;
    bool stackedEtcd = true;         ///< no external etcd configured
    QList<NodeCondition> conditions; ///< EtcdClusterHealthy, ControlPlaneComponentsHealthy, ...

    QString conditionStatus(const QString &type) const;
};

struct MachineTemplateInfo
{
    ObjectMeta meta;
    QString kind;
    QString instanceType;
    int vcpu = 0;
    qint64 memoryBytes = 0;
    qint64 diskBytes = 0;
    QString diskType;
};

/// A metav1.LabelSelector: matchLabels and matchExpressions.
struct LabelSelector
{
    struct Expression
    {
        QString key;
        QString op; ///< In, NotIn, Exists, DoesNotExist
        QStringList values;
    };
    QHash<QString, QString> matchLabels;
    QList<Expression> expressions;
    bool valid = true; ///< false for an operator the API does not define: matches nothing

    /// An empty selector matches every pod (policy/v1 semantics).
    bool matches(const QHash<QString, QString> &labels) const;
};

/// A policy/v1 PodDisruptionBudget with what its status says now.
struct DisruptionBudgetInfo
{
    ObjectMeta meta;
    LabelSelector selector;
    bool hasSelector = false;
    QString minAvailable;   ///< "2", "50%", empty when unset
    QString maxUnavailable; ///< "1", "10%", empty when unset
    int disruptionsAllowed = 0;
    int currentHealthy = 0;
    int desiredHealthy = 0;
    int expectedPods = 0;

    /// Whether this budget covers a pod (same namespace, selector matches).
    bool covers(const QString &namespace_, const QHash<QString, QString> &labels) const;
};

/// One page of a list, decoded from the API's bytes straight into compact objects.
template<class T>
struct ListPage
{
    QList<T> items;
    int rejected = 0; ///< objects without the required fields, left out
    QString continueToken;
    QString resourceVersion;
    QString error;         ///< why the body is not JSON; empty when it is
    bool notAList = false; ///< JSON, but without an items array
};

/// Decoders of list pages: nodes, pods and events come in the largest lists (hundreds of
/// MB at 150,000 pods), so they skip Qt's JSON DOM, which took most of a sync to build
/// and free, for simdjson's. Thread-safe: the informers decode pages on worker threads.
ListPage<NodeInfo> decodeNodeList(const QByteArray &body);
ListPage<PodInfo> decodePodList(const QByteArray &body);
ListPage<EventInfo> decodeEventList(const QByteArray &body);

/// What a watch event line says besides its object.
struct WatchEventHead
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error, Other };
    Type type = Type::Other;
    QString key;             ///< the object's "namespace/name" (or name)
    QString resourceVersion; ///< the object's metadata.resourceVersion
    int code = 0;            ///< an ERROR's Status: code, reason and message
    QString reason;
    QString message;
    QString error; ///< why the line is not JSON; empty when it is
};

/// A watch event decoded straight into a compact object (for ADDED and MODIFIED; nullopt
/// when required fields are missing, and for the other types).
template<class T>
struct WatchEvent
{
    WatchEventHead head;
    std::optional<T> object;
};

/**
 * Decodes the watch events of nodes, pods and events, one line at a time, with simdjson
 * as the list pages are: a busy cluster sends tens of thousands a second, which Qt's JSON
 * DOM would spend most of the UI thread on. It keeps its parser's buffers from one line to
 * the next; one per watch, used by one thread at a time.
 */
class WatchEventDecoder
{
public:
    WatchEventDecoder();
    ~WatchEventDecoder();
    WatchEventDecoder(const WatchEventDecoder &) = delete;
    WatchEventDecoder &operator=(const WatchEventDecoder &) = delete;

    WatchEvent<NodeInfo> decodeNode(QByteArrayView line);
    WatchEvent<PodInfo> decodePod(QByteArrayView line);
    WatchEvent<EventInfo> decodeEvent(QByteArrayView line);

private:
    struct Parser;
    template<class T, class Decode>
    WatchEvent<T> decode(QByteArrayView line, Decode decodeObject);

    std::unique_ptr<Parser> m_parser;
};

/// A watch event of another resource (few objects, few changes) through Qt's JSON DOM: its
/// head, and its object in `object`.
WatchEventHead decodeWatchEvent(const QByteArray &line, QJsonObject *object);

/// Decoders from the API's JSON; nullopt when required fields are missing.
std::optional<NodeInfo> decodeNode(const QJsonObject &object);
std::optional<PodInfo> decodePod(const QJsonObject &object);
std::optional<EventInfo> decodeEvent(const QJsonObject &object);
std::optional<MachineInfo> decodeMachine(const QJsonObject &object);
std::optional<MachineDeploymentInfo> decodeMachineDeployment(const QJsonObject &object);
std::optional<ControlPlaneInfo> decodeControlPlane(const QJsonObject &object);
std::optional<MachineTemplateInfo> decodeMachineTemplate(const QJsonObject &object);
std::optional<DisruptionBudgetInfo> decodeDisruptionBudget(const QJsonObject &object);
std::optional<ObjectMeta> decodeMeta(const QJsonObject &object);
/// metadata.labels (string values only).
QHash<QString, QString> decodeLabels(const QJsonObject &object);
/// RFC 3339 (with or without fractions) as UTC; invalid when absent or malformed.
QDateTime parseTimestamp(const QJsonValue &value);

} // namespace maestro::kube

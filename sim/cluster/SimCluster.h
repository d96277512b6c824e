// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/cluster/Model.h"
#include "sim/cluster/ServerSizes.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <map>
#include <random>
#include <set>

namespace maestro::sim {

class ObjectStore;

/// What a scale or create request came to: an HTTP status and a Status reason
/// when it failed, the resulting object's JSON when it worked.
struct ClusterResult
{
    int httpStatus = 200;
    QString reason;  ///< Status reason on failure ("Conflict", "Invalid", "NotFound")
    QString message; ///< Status message on failure
    QJsonObject object;
    QJsonObject details;
    bool ok() const { return httpStatus < 400; }
};

struct SimOptions
{
    QString scenario = QStringLiteral("shared-master");
    double speed = 1.0;
    quint64 seed = 1;
    int largeNodes = 5000;
    int largePods = 150000;
    int largeEvents = 100000;
    /// --churn: changes per real second made on top of the scenario (pods created and
    /// deleted, nodes added and removed), for soak tests of the watches.
    double churnRate = 0;
    /// --churn-pods: existing pods modified per real second, in bulk each tick (a
    /// container restarts), for measuring how many watch events a client keeps up with.
    double podChurnRate = 0;
};

/**
 * The simulated cluster and its cloud. A clock (SimOptions::speed simulated
 * seconds per real second) drives load, the scheduler, the kubelets, etcd, the
 * metrics and the Cluster API machines. Timestamps in objects are real wall-clock
 * times: only the dynamics run fast, so clients measure ages as they would on a
 * real cluster.
 */
class SimCluster : public QObject
{
    Q_OBJECT
public:
    SimCluster(ObjectStore *store, const SimOptions &options, QObject *parent = nullptr);
    ~SimCluster() override;

    /// Sets up the scenario; false with `error` for an unknown one.
    bool setUp(QString *error);
    /// Starts the clock.
    void start();
    /// Stops the clock; advance() still moves the simulation (tests that compare lists).
    void stop() { m_timer.stop(); }
    /// Advances the simulation by `simSeconds` at once (tests and warm-up).
    void advance(double simSeconds);
    double simTime() const { return m_simTime; }
    const SimOptions &options() const { return m_options; }
    static QStringList scenarios();
    /// Changes the --churn rate while running (0 stops the churn).
    void setChurnRate(double perSecond) { m_options.churnRate = perSecond; }
    /// Changes the --churn-pods rate while running (0 stops it).
    void setPodChurnRate(double perSecond) { m_options.podChurnRate = perSecond; }

    // --- What the API layer needs -------------------------------------------------
    /// A delay for the next non-watch request: grows with the masters' load.
    int apiDelayMs();
    QJsonObject nodeMetrics(const QString &name, bool *found) const;
    QJsonArray nodeMetricsList() const;
    QJsonObject podMetrics(const QString &namespace_, const QString &name, bool *found) const;
    QJsonArray podMetricsList(const QString &namespace_) const;
    /// Log lines of a pod's container, `sinceSeconds` <= 0 for all; nullopt if no such pod.
    std::optional<std::vector<LogLine>> podLog(const QString &namespace_, const QString &name,
                                               const QString &container, int sinceSeconds,
                                               QString *error) const;
    ClusterResult getScale(const QString &storeName, const QString &namespace_,
                           const QString &name) const;
    /// Sets replicas through the scale subresource. `expectedResourceVersion` empty means
    /// no precondition; a stale one gives 409.
    ClusterResult setScale(const QString &storeName, const QString &namespace_, const QString &name,
                           qint64 replicas, const QString &expectedResourceVersion);
    ClusterResult createMachineDeployment(const QString &namespace_, const QJsonObject &body);
    ClusterResult createDisruptionBudget(const QString &namespace_, const QJsonObject &body);
    /// Applies a client's patch: `patched` is the object with the patch applied. Only
    /// what the simulation models may change (cordon, annotations, replicas, the control
    /// plane's machine template, a budget's spec); anything else is 422 Invalid. A dry
    /// run validates and answers with `patched` (replicas are checked only as integers).
    ClusterResult patchObject(const QString &storeName, const QString &namespace_,
                              const QString &name, const QJsonObject &current,
                              const QJsonObject &patched, bool dryRun = false);
    /// DELETE: pods end gracefully (`graceSeconds` < 0: the pod's own period), machines
    /// are drained and deprovisioned, budgets go at once.
    ClusterResult deleteObject(const QString &storeName, const QString &namespace_,
                               const QString &name, int graceSeconds);
    /// POST .../pods/NAME/eviction: a deletion that respects PodDisruptionBudgets. A dry
    /// run answers as the real one would and changes nothing.
    ClusterResult evictPod(const QString &namespace_, const QString &name, int graceSeconds,
                           bool dryRun = false);

Q_SIGNALS:
    /// A line was appended to a pod's log (for `follow=true`).
    void logAppended(const QString &namespace_, const QString &pod,
                     const maestro::sim::LogLine &line);

private:
    // Scenario set-up.
    void setUpCommon(const QString &masterSize, int masters, bool dedicatedMasters,
                     const QString &workerSize, int workers);
    void setUpLarge();
    void addTemplates();
    SimNode &addNode(const QString &name, const QString &instanceType, bool controlPlane,
                     bool dedicated, const QString &machineName, bool ready);
    void addControlPlanePods(const SimNode &node, bool first);
    void addDaemonPods(const SimNode &node);
    void addDaemonPod(const SimNode &node, const QString &daemonSet, bool replacement = false);
    void addBarePod(const SimNode &node);
    void addDisruptionBudgets();
    SimPod &addPod(SimPod pod);

    // Dynamics, one step each.
    void tick();
    void step(double dt);
    void stepCloud(double dt);
    void stepWorkloads();
    void stepScheduler();
    void stepPodsStarting();
    void stepUsage(double dt);
    void stepKubelets();
    void stepEtcd();
    void stepHeartbeats();
    void stepEventTtl();
    void stepTerminatingPods();
    void stepDisruptionBudgets();
    void reconcileMachines();
    void stepMachineDeletion(SimMachine &machine);
    /// --churn: `realSeconds` worth of pods and nodes coming and going (Churn.cpp).
    void stepChurn(double realSeconds);
    /// --churn-pods: `realSeconds` worth of modifications of stored pods (Churn.cpp).
    void stepPodChurn(double realSeconds);

    // Node lifecycle: cordon, graceful deletion, eviction, drain, etcd membership.
    void setUnschedulable(SimNode &node, bool unschedulable);
    /// Starts a pod's graceful deletion; its owner creates a replacement at once.
    void deletePodGracefully(SimPod &pod, int graceSeconds);
    void finishPodDeletion(const QString &key);
    /// The eviction's decision for one pod (201, 429, 500) and, when allowed, the deletion.
    ClusterResult evict(SimPod &pod, int graceSeconds, bool dryRun = false);
    std::vector<SimDisruptionBudget *> budgetsFor(const SimPod &pod);
    void refreshBudget(SimDisruptionBudget &budget);
    void startMachineDeletion(SimMachine &machine);
    void createMachine(const QString &ownerKind, const QString &ownerName);
    bool etcdHealthy() const;
    void joinEtcd(SimMachine &machine);
    void leaveEtcd(SimMachine &machine);
    QHash<QString, QString> podLabels(const SimPod &pod) const;
    QString instanceTypeOfTemplate(const QString &templateName) const;

    // Helpers.
    bool tryPlace(SimPod &pod, QString *whyNot);
    void evict(SimPod &pod, SimNode &node, const QString &resource, qint64 threshold,
               qint64 available);
    void removePod(const QString &key);
    void registerNode(SimMachine &machine);
    void removeMachine(const QString &key);
    /// Deletes the machines of a MachineDeployment beyond `replicas` (the ones annotated
    /// cluster.x-k8s.io/delete-machine first, then the newest).
    void deleteSurplusMachines(const QString &ownerKind, const QString &ownerName, int replicas);
    void recordEvent(const QString &namespace_, const QString &kind, const QString &apiVersion,
                     const QString &name, const QString &uid, const QString &type,
                     const QString &reason, const QString &message, const QString &component,
                     const QString &host = {});
    void appendLog(const QString &podKey, const QByteArray &text);
    QString newUid();
    QString randomSuffix(int length = 5);
    double uniform(double lo, double hi);
    QDateTime now() const;
    int machineCount(const QString &ownerKind, const QString &ownerName) const;

    // Publishing typed state to the store.
    void publishNode(const SimNode &node);
    void publishPod(const SimPod &pod);
    void publishMachine(const SimMachine &machine);
    void publishMachineDeployment(const SimMachineDeployment &md);
    void publishControlPlane(const SimControlPlane &cp);
    void publishEvent(const SimEvent &event);
    void publishNamespace(const QString &name);
    void publishCluster();
    void publishTemplate(const ServerSize &size);
    void publishDisruptionBudget(const SimDisruptionBudget &budget);
    void publishDaemonSets();

    ObjectStore *m_store;
    SimOptions m_options;
    std::mt19937_64 m_rng;
    QTimer m_timer;
    qint64 m_lastTickMs = 0;
    double m_simTime = 0;
    double m_lastHeartbeatSweep = 0;
    double m_lastKubeletSweep = 0;
    double m_lastEtcdLine = 0;
    double m_lastEventSweep = 0;
    int m_nextIp = 10;
    int m_nextPodCidr = 0;
    QString m_clusterName = QStringLiteral("maestro-demo");
    QString m_clusterNamespace = QStringLiteral("default");
    QDateTime m_clusterCreated;

    std::map<QString, SimNode> m_nodes;                           ///< by name
    std::map<QString, SimPod> m_pods;                             ///< by "namespace/name"
    std::map<QString, SimWorkload> m_workloads;                   ///< by "namespace/name"
    std::map<QString, SimMachine> m_machines;                     ///< by name
    std::map<QString, SimMachineDeployment> m_machineDeployments; ///< by name
    std::optional<SimControlPlane> m_controlPlane;
    std::map<QString, SimEvent> m_events;             ///< by "namespace/name"
    QHash<QString, QString> m_eventKeys;              ///< dedupe key -> event key
    std::map<QString, std::vector<LogLine>> m_logs;   ///< by pod key
    std::map<QString, SimDisruptionBudget> m_budgets; ///< by "namespace/name"
    std::set<QString> m_terminatingPods;              ///< keys of pods being deleted
    /// Deployments of the cluster's add-ons (coredns, metrics-server): ReplicaSet name ->
    /// replicas. Their pods are replaced when deleted, like the application's.
    QHash<QString, int> m_systemReplicaSets;
    QString m_controlPlaneHealth; ///< masters' phases and etcd joins, as last published
    double m_churnDue = 0;        ///< changes owed to --churn, fractions carried over
    std::vector<QString> m_churnNodes;
    double m_podChurnDue = 0; ///< modifications owed to --churn-pods
    QString m_podChurnCursor; ///< key of the pod modified last: the next ones follow it
};

} // namespace maestro::sim

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/cluster/SimCluster.h"

#include "sim/store/ObjectStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSim, "maestro.sim.cluster")

namespace maestro::sim {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
constexpr double kPodStartSeconds = 3;
constexpr double kNodeReadySeconds = 20;
constexpr double kSchedulerRetrySeconds = 10;
constexpr double kEvictionIntervalSeconds = 10;
constexpr double kPressureTransitionSeconds = 30;
constexpr double kHeartbeatSeconds = 40;
constexpr qint64 kEvictionThresholdBytes = qint64(100) << 20;
constexpr int kMaxPodsPerNode = 110;
constexpr int kKeptFailedPodsPerWorkload = 6;
constexpr int kKeptLogLines = 5000;
constexpr qint64 kTickBudgetMs = 40; ///< of every 100 ms tick, at most this simulates
const char kControlPlaneTaint[] = "node-role.kubernetes.io/control-plane";

QString podKey(const QString &ns, const QString &name)
{
    return ns + u'/' + name;
}

/// Go's time.Duration formatting for the durations etcd logs ("111.479086ms", "1.826s").
QString goDuration(double ms)
{
    if (ms < 1000)
        return QString::number(ms, 'f', 6)
                   .remove(QRegularExpression(QStringLiteral("0+$")))
                   .remove(QRegularExpression(QStringLiteral("\\.$"))) +
               QStringLiteral("ms");
    return QString::number(ms / 1000.0, 'f', 6)
               .remove(QRegularExpression(QStringLiteral("0+$")))
               .remove(QRegularExpression(QStringLiteral("\\.$"))) +
           u's';
}

} // namespace

SimCluster::SimCluster(ObjectStore *store, const SimOptions &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_rng(options.seed)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &SimCluster::tick);
}

SimCluster::~SimCluster() = default;

QStringList SimCluster::scenarios()
{
    return {QStringLiteral("shared-master"), QStringLiteral("undersized-master"),
            QStringLiteral("ha"), QStringLiteral("large")};
}

QDateTime SimCluster::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QString SimCluster::newUid()
{
    auto hex = [this](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QString::number(int(m_rng() % 16), 16);
        return s;
    };
    return hex(8) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(12);
}

QString SimCluster::randomSuffix(int length)
{
    // The alphabet Kubernetes uses for generated names (no vowels, no look-alikes).
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString s;
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[m_rng() % (sizeof(alphabet) - 1)]);
    return s;
}

double SimCluster::uniform(double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(m_rng);
}

// --- Scenarios ---------------------------------------------------------------------

bool SimCluster::setUp(QString *error)
{
    m_clusterCreated = now().addDays(-12);
    publishNamespace(QStringLiteral("default"));
    publishNamespace(QStringLiteral("kube-system"));
    publishNamespace(QStringLiteral("kube-public"));
    publishNamespace(QStringLiteral("kube-node-lease"));
    publishCluster();
    addTemplates();

    const QString scenario = m_options.scenario;
    // The storefront: the application whose load the scenarios put on the cluster.
    SimWorkload web;
    web.namespace_ = QStringLiteral("shop");
    web.name = QStringLiteral("storefront");
    web.image = QStringLiteral("registry.maestro.example/shop/storefront:2.4.1");
    if (scenario == u"shared-master" || scenario == u"undersized-master") {
        // Both start with one shared master; the undersized one sits on a slow disk.
        const QString masterSize = scenario == u"shared-master" ? QStringLiteral("s-2vcpu-4gb")
                                                                : QStringLiteral("s-2vcpu-2gb");
        setUpCommon(masterSize, 1, false, QStringLiteral("s-4vcpu-8gb"), 0);
        web.demandStartMilli = 400;
        web.demandEndMilli = 2400;
        web.demandRampSeconds = 240;
        web.minReplicas = 3;
        web.maxReplicas = 14;
        m_workloads[podKey(web.namespace_, web.name)] = web;
    } else if (scenario == u"ha") {
        setUpCommon(QStringLiteral("s-2vcpu-4gb"), 3, true, QStringLiteral("s-4vcpu-8gb"), 3);
        web.demandStartMilli = 5200;
        web.demandEndMilli = 5200;
        web.minReplicas = 12;
        web.maxReplicas = 40;
        m_workloads[podKey(web.namespace_, web.name)] = web;
    } else if (scenario == u"large") {
        setUpLarge();
        for (const auto &[key, pod] : m_pods)
            publishPod(pod);
        m_store->compact();
        return true;
    } else {
        *error = QStringLiteral("unknown scenario \"%1\" (one of: %2)")
                     .arg(scenario, scenarios().join(QStringLiteral(", ")));
        return false;
    }
    publishNamespace(QStringLiteral("shop"));
    SimWorkload redis;
    redis.namespace_ = QStringLiteral("shop");
    redis.name = QStringLiteral("cart-redis");
    redis.fixedReplicas = 1;
    redis.requestCpuMilli = 100;
    redis.requestMemoryBytes = qint64(128) << 20;
    redis.baseMemoryBytes = 110 * kMiB;
    redis.memoryPerMilli = 0.2 * kMiB;
    redis.demandStartMilli = redis.demandEndMilli = 30;
    redis.image = QStringLiteral("redis:7.2-alpine");
    redis.emptyDir = true; // its append-only file lives in an emptyDir: drain must be told
    m_workloads[podKey(redis.namespace_, redis.name)] = redis;
    for (auto &[key, workload] : m_workloads)
        workload.replicaSetHash = QString::number(qHash(workload.name) % 0xffffffffu, 16).left(10);
    // Settle the initial state so the first list already shows running pods.
    stepWorkloads();
    stepScheduler();
    for (auto &[key, pod] : m_pods) {
        if (pod.phase == PodPhase::Pending && !pod.nodeName.isEmpty())
            pod.simScheduled = -kPodStartSeconds;
    }
    stepPodsStarting();
    stepUsage(1);
    if (scenario == u"shared-master") {
        // Someone's `kubectl run` from last week: a pod without a controller, which a
        // drain refuses to delete without --force.
        addBarePod(m_nodes.begin()->second);
    }
    for (const auto &[key, pod] : m_pods)
        publishPod(pod);
    addDisruptionBudgets();
    publishDaemonSets();
    return true;
}

void SimCluster::addTemplates()
{
    for (const ServerSize &size : serverSizes())
        publishTemplate(size);
}

void SimCluster::setUpCommon(const QString &masterSize, int masters, bool dedicatedMasters,
                             const QString &workerSize, int workers)
{
    SimControlPlane cp;
    cp.namespace_ = m_clusterNamespace;
    cp.name = m_clusterName + QStringLiteral("-control-plane");
    cp.uid = newUid();
    cp.clusterName = m_clusterName;
    cp.templateName = m_clusterName + u'-' + masterSize;
    cp.replicas = masters;
    cp.created = m_clusterCreated;
    m_controlPlane = cp;

    SimMachineDeployment md;
    md.namespace_ = m_clusterNamespace;
    md.name = m_clusterName + QStringLiteral("-md-0");
    md.uid = newUid();
    md.clusterName = m_clusterName;
    md.templateName = m_clusterName + u'-' + workerSize;
    md.replicas = workers;
    md.created = m_clusterCreated;
    m_machineDeployments[md.name] = md;

    auto addRunningMachine = [&](const QString &ownerKind, const QString &ownerName,
                                 const QString &templateName, const QString &instanceType,
                                 bool controlPlane) -> SimMachine & {
        SimMachine m;
        m.namespace_ = m_clusterNamespace;
        m.name = controlPlane
                     ? ownerName + u'-' + randomSuffix()
                     : ownerName + u'-' + QStringLiteral("7d9f8c6b5") + u'-' + randomSuffix();
        m.uid = newUid();
        m.ownerKind = ownerKind;
        m.ownerName = ownerName;
        m.templateName = templateName;
        m.instanceType = instanceType;
        m.controlPlane = controlPlane;
        m.phase = MachinePhase::Running;
        m.created = m_clusterCreated.addSecs(60 * int(m_machines.size()));
        m.nodeName = m.name;
        m.providerId = QStringLiteral("maestro://") + QString::number(40000000 + m_rng() % 9999999);
        m.etcdMember = controlPlane;
        m.etcdHealthyAt = 0;
        m.drained = false;
        return m_machines[m.name] = m;
    };
    for (int i = 0; i < masters; ++i) {
        SimMachine &m = addRunningMachine(QStringLiteral("KubeadmControlPlane"), cp.name,
                                          cp.templateName, masterSize, true);
        SimNode &node = addNode(m.name, masterSize, true, dedicatedMasters, m.name, true);
        node.created = m.created.addSecs(90);
        addControlPlanePods(node, i == 0);
        addDaemonPods(node);
    }
    for (int i = 0; i < workers; ++i) {
        SimMachine &m = addRunningMachine(QStringLiteral("MachineDeployment"), md.name,
                                          md.templateName, workerSize, false);
        SimNode &node = addNode(m.name, workerSize, false, false, m.name, true);
        node.created = m.created.addSecs(90);
        addDaemonPods(node);
    }
    for (const auto &[name, machine] : m_machines)
        publishMachine(machine);
    for (const auto &[name, node] : m_nodes)
        publishNode(node);
    publishControlPlane(*m_controlPlane);
    publishMachineDeployment(m_machineDeployments.begin()->second);
}

SimNode &SimCluster::addNode(const QString &name, const QString &instanceType, bool controlPlane,
                             bool dedicated, const QString &machineName, bool ready)
{
    SimNode node;
    node.name = name;
    node.uid = newUid();
    node.instanceType = instanceType;
    node.controlPlane = controlPlane;
    node.noScheduleTaint = controlPlane && dedicated;
    node.ready = ready;
    node.created = now();
    node.lastHeartbeat = now();
    node.readyCondition = {ready, now()};
    node.memoryPressure = {false, now()};
    node.diskPressure = {false, now()};
    node.internalIp = QStringLiteral("10.0.0.%1").arg(m_nextIp++);
    node.machineName = machineName;
    node.podCidrIndex = m_nextPodCidr++;
    node.simRegistered = m_simTime;
    return m_nodes[name] = node;
}

SimPod &SimCluster::addPod(SimPod pod)
{
    if (pod.uid.isEmpty())
        pod.uid = newUid();
    if (!pod.created.isValid())
        pod.created = now();
    pod.simCreated = m_simTime;
    const QString key = podKey(pod.namespace_, pod.name);
    return m_pods[key] = pod;
}

void SimCluster::addControlPlanePods(const SimNode &node, bool first)
{
    struct Component
    {
        const char *name;
        qint64 cpu;
        qint64 memoryMi;
        const char *image;
    };
    static const Component components[] = {
        {"etcd", 100, 100, "registry.k8s.io/etcd:3.5.12-0"},
        {"kube-apiserver", 250, 0, "registry.k8s.io/kube-apiserver:v1.30.2"},
        {"kube-controller-manager", 200, 0, "registry.k8s.io/kube-controller-manager:v1.30.2"},
        {"kube-scheduler", 100, 0, "registry.k8s.io/kube-scheduler:v1.30.2"},
    };
    for (const Component &c : components) {
        SimPod pod;
        pod.namespace_ = QStringLiteral("kube-system");
        pod.name = QLatin1String(c.name) + u'-' + node.name;
        pod.app = QLatin1String(c.name);
        pod.component = QLatin1String(c.name);
        pod.containerName = QLatin1String(c.name);
        pod.image = QLatin1String(c.image);
        pod.ownerKind = QStringLiteral("Node");
        pod.ownerName = node.name;
        pod.nodeName = node.name;
        pod.phase = PodPhase::Running;
        pod.requestCpuMilli = c.cpu;
        pod.requestMemoryBytes = c.memoryMi << 20;
        pod.critical = true;
        pod.created = node.created.addSecs(30);
        pod.scheduledAt = pod.created;
        pod.startedAt = pod.created.addSecs(2);
        pod.simScheduled = m_simTime;
        pod.ip = node.internalIp;
        if (pod.component == u"etcd") {
            // kubeadm writes the members it found when this one joined into the static
            // pod's --initial-cluster: the first master lists itself, a joiner the others too.
            QStringList members;
            for (const auto &[n, m] : m_machines) {
                if (m.etcdMember && m_nodes.count(m.nodeName))
                    members << QStringLiteral("%1=https://%2:2380")
                                   .arg(m.nodeName, m_nodes.at(m.nodeName).internalIp);
            }
            if (members.isEmpty())
                members << QStringLiteral("%1=https://%2:2380").arg(node.name, node.internalIp);
            const QString ip = node.internalIp;
            pod.command = QStringList{
                QStringLiteral("etcd"),
                QStringLiteral("--advertise-client-urls=https://%1:2379").arg(ip),
                QStringLiteral("--cert-file=/etc/kubernetes/pki/etcd/server.crt"),
                QStringLiteral("--client-cert-auth=true"),
                QStringLiteral("--data-dir=/var/lib/etcd"),
                QStringLiteral("--initial-advertise-peer-urls=https://%1:2380").arg(ip),
                QStringLiteral("--initial-cluster=") + members.join(u','),
                QStringLiteral("--initial-cluster-state=%1")
                    .arg(members.size() > 1 ? QStringLiteral("existing") : QStringLiteral("new")),
                QStringLiteral("--key-file=/etc/kubernetes/pki/etcd/server.key"),
                QStringLiteral("--listen-client-urls=https://127.0.0.1:2379,https://%1:2379")
                    .arg(ip),
                QStringLiteral("--listen-peer-urls=https://%1:2380").arg(ip),
                QStringLiteral("--name=") + node.name,
                QStringLiteral("--peer-client-cert-auth=true"),
                QStringLiteral("--snapshot-count=10000"),
                QStringLiteral("--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt")};
        }
        addPod(pod);
        if (pod.component == u"etcd") {
            const QString key = podKey(pod.namespace_, pod.name);
            auto line = [&](const char *caller, const char *msg) {
                return QJsonDocument(
                           QJsonObject{{QStringLiteral("level"), QStringLiteral("info")},
                                       {QStringLiteral("ts"), now().toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("caller"), QLatin1String(caller)},
                                       {QStringLiteral("msg"), QLatin1String(msg)}})
                    .toJson(QJsonDocument::Compact);
            };
            appendLog(key, line("etcdmain/etcd.go:73", "Running: "));
            appendLog(key, line("embed/etcd.go:127", "configuring peer listeners"));
            appendLog(key, line("etcdserver/server.go:2068",
                                "published local member to cluster through raft"));
            appendLog(key, line("embed/serve.go:103", "ready to serve client requests"));
        }
    }
    if (first) {
        for (int i = 0; i < 2; ++i) {
            SimPod pod;
            pod.namespace_ = QStringLiteral("kube-system");
            pod.name = QStringLiteral("coredns-76f75df574-") + randomSuffix();
            pod.app = QStringLiteral("kube-dns");
            pod.containerName = QStringLiteral("coredns");
            pod.image = QStringLiteral("registry.k8s.io/coredns/coredns:v1.11.1");
            pod.ownerKind = QStringLiteral("ReplicaSet");
            pod.ownerName = QStringLiteral("coredns-76f75df574");
            m_systemReplicaSets.insert(pod.ownerName, 2);
            pod.nodeName = node.name;
            pod.phase = PodPhase::Running;
            pod.requestCpuMilli = 100;
            pod.requestMemoryBytes = qint64(70) << 20;
            pod.limitMemoryBytes = qint64(170) << 20;
            pod.critical = true;
            pod.created = node.created.addSecs(60);
            pod.scheduledAt = pod.created;
            pod.startedAt = pod.created.addSecs(3);
            pod.ip = QStringLiteral("10.244.%1.%2").arg(node.podCidrIndex).arg(2 + i);
            addPod(pod);
        }
        SimPod metrics;
        metrics.namespace_ = QStringLiteral("kube-system");
        metrics.name = QStringLiteral("metrics-server-6d94bc8694-") + randomSuffix();
        metrics.app = QStringLiteral("metrics-server");
        metrics.containerName = QStringLiteral("metrics-server");
        metrics.image = QStringLiteral("registry.k8s.io/metrics-server/metrics-server:v0.7.1");
        metrics.ownerKind = QStringLiteral("ReplicaSet");
        metrics.ownerName = QStringLiteral("metrics-server-6d94bc8694");
        m_systemReplicaSets.insert(metrics.ownerName, 1);
        metrics.nodeName = node.name;
        metrics.phase = PodPhase::Running;
        metrics.requestCpuMilli = 100;
        metrics.requestMemoryBytes = qint64(200) << 20;
        metrics.critical = true;
        metrics.created = node.created.addSecs(90);
        metrics.scheduledAt = metrics.created;
        metrics.startedAt = metrics.created.addSecs(4);
        metrics.ip = QStringLiteral("10.244.%1.4").arg(node.podCidrIndex);
        addPod(metrics);
    }
}

void SimCluster::addDaemonPods(const SimNode &node)
{
    // Every node runs kube-proxy and the log shipper: pods a drain leaves in place.
    addDaemonPod(node, QStringLiteral("kube-proxy"));
    addDaemonPod(node, QStringLiteral("fluent-bit"));
}

void SimCluster::addDaemonPod(const SimNode &node, const QString &daemonSet, bool replacement)
{
    SimPod pod;
    pod.namespace_ = QStringLiteral("kube-system");
    pod.name = daemonSet + u'-' + randomSuffix();
    pod.app = daemonSet;
    pod.containerName = daemonSet;
    pod.image = daemonSet == u"kube-proxy"
                    ? QStringLiteral("registry.k8s.io/kube-proxy:v1.30.2")
                    : QStringLiteral("cr.fluentbit.io/fluent/fluent-bit:3.0.7");
    pod.ownerKind = QStringLiteral("DaemonSet");
    pod.ownerName = daemonSet;
    pod.nodeName = node.name;
    pod.phase = replacement ? PodPhase::Pending : PodPhase::Running;
    pod.critical = daemonSet == u"kube-proxy";
    if (daemonSet == u"fluent-bit") {
        pod.requestCpuMilli = 10;
        pod.requestMemoryBytes = qint64(32) << 20;
        pod.limitMemoryBytes = qint64(128) << 20;
    }
    // Started by the kubelet shortly after the node registered (never in the future).
    pod.created = replacement ? now() : std::min(node.created.addSecs(20), now());
    pod.scheduledAt = pod.created;
    if (!replacement)
        pod.startedAt = pod.created.addSecs(2);
    pod.simScheduled = m_simTime;
    pod.ip = daemonSet == u"kube-proxy" ? node.internalIp : QString();
    if (pod.ip.isEmpty())
        pod.ip = QStringLiteral("10.244.%1.%2").arg(node.podCidrIndex).arg(200 + int(m_rng() % 50));
    addPod(pod);
}

void SimCluster::addBarePod(const SimNode &node)
{
    SimPod pod;
    pod.namespace_ = QStringLiteral("shop");
    pod.name = QStringLiteral("db-shell");
    pod.app = QString(); // `kubectl run` labels it run=db-shell
    pod.containerName = QStringLiteral("db-shell");
    pod.image = QStringLiteral("postgres:16-alpine");
    pod.command = {QStringLiteral("sleep"), QStringLiteral("infinity")};
    pod.nodeName = node.name;
    pod.phase = PodPhase::Running;
    pod.created = now().addDays(-6);
    pod.scheduledAt = pod.created;
    pod.startedAt = pod.created.addSecs(4);
    pod.simScheduled = m_simTime;
    pod.ip = QStringLiteral("10.244.%1.%2").arg(node.podCidrIndex).arg(9);
    addPod(pod);
}

// --- The clock ---------------------------------------------------------------------

void SimCluster::start()
{
    m_lastTickMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.start();
}

void SimCluster::tick()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const double elapsed = (nowMs - m_lastTickMs) / 1000.0;
    m_lastTickMs = nowMs;
    if (m_options.churnRate > 0)
        stepChurn(std::min(elapsed, 5.0));
    if (m_options.podChurnRate > 0)
        stepPodChurn(std::min(elapsed, 1.0));
    // The steps run in the API server's thread. When they cost more than the time
    // they simulate (a high --speed, a sanitizer build, a busy machine), catching up
    // would never end and no request would be served: past a budget per tick the
    // simulated clock falls behind instead.
    QElapsedTimer spent;
    spent.start();
    double simSeconds = std::min(elapsed, 5.0) * m_options.speed;
    while (simSeconds > 1e-9 && spent.elapsed() < kTickBudgetMs) {
        const double dt = std::min(1.0, simSeconds);
        step(dt);
        simSeconds -= dt;
    }
}

void SimCluster::advance(double simSeconds)
{
    // Steps of at most one simulated second keep the dynamics independent of --speed.
    while (simSeconds > 1e-9) {
        const double dt = std::min(1.0, simSeconds);
        step(dt);
        simSeconds -= dt;
    }
}

void SimCluster::step(double dt)
{
    m_simTime += dt;
    stepCloud(dt);
    if (m_options.scenario != u"large") {
        stepWorkloads();
        stepScheduler();
        stepPodsStarting();
        stepUsage(dt);
        if (m_simTime - m_lastKubeletSweep >= 5) {
            m_lastKubeletSweep = m_simTime;
            stepKubelets();
        }
        stepEtcd();
    }
    stepTerminatingPods();
    if (m_options.scenario != u"large")
        stepDisruptionBudgets();
    stepHeartbeats();
    stepEventTtl();
}

// --- The cloud: Cluster API machines -------------------------------------------------

int SimCluster::machineCount(const QString &ownerKind, const QString &ownerName) const
{
    return int(std::count_if(m_machines.begin(), m_machines.end(), [&](const auto &entry) {
        return entry.second.ownerKind == ownerKind && entry.second.ownerName == ownerName &&
               entry.second.phase != MachinePhase::Deleting;
    }));
}

void SimCluster::stepCloud(double)
{
    reconcileMachines();
    std::vector<QString> gone;
    for (auto &[name, m] : m_machines) {
        const double inPhase = m_simTime - m.simPhaseStarted;
        bool changed = false;
        switch (m.phase) {
        case MachinePhase::Pending:
            if (inPhase >= 5) {
                m.phase = MachinePhase::Provisioning;
                changed = true;
            }
            break;
        case MachinePhase::Provisioning:
            if (inPhase >= m.provisioningSeconds) {
                m.phase = MachinePhase::Provisioned;
                m.providerId =
                    QStringLiteral("maestro://") + QString::number(40000000 + m_rng() % 9999999);
                changed = true;
            }
            break;
        case MachinePhase::Provisioned:
            if (inPhase >= 10) {
                registerNode(m);
                m.phase = MachinePhase::Running;
                changed = true;
            }
            break;
        case MachinePhase::Deleting:
            // The machine controller drains the node first; deprovisioning takes the
            // cloud a while after that.
            stepMachineDeletion(m);
            if (m.drained && m_simTime - m.simPhaseStarted >= 15)
                gone.push_back(name);
            break;
        case MachinePhase::Running:
        case MachinePhase::Failed:
            break;
        }
        if (changed) {
            m.simPhaseStarted = m_simTime;
            publishMachine(m);
            if (m.ownerKind == u"MachineDeployment") {
                auto md = m_machineDeployments.find(m.ownerName);
                if (md != m_machineDeployments.end())
                    publishMachineDeployment(md->second);
            } else if (m_controlPlane) {
                publishControlPlane(*m_controlPlane);
            }
        }
    }
    for (const QString &name : gone)
        removeMachine(name);

    // Nodes that registered become Ready once their kubelet and CNI are up.
    for (auto &[name, node] : m_nodes) {
        if (!node.ready && m_simTime - node.simRegistered >= kNodeReadySeconds) {
            node.ready = true;
            node.readyCondition = {true, now()};
            recordEvent({}, QStringLiteral("Node"), QStringLiteral("v1"), node.name, node.name,
                        QStringLiteral("Normal"), QStringLiteral("NodeReady"),
                        QStringLiteral("Node %1 status is now: NodeReady").arg(node.name),
                        QStringLiteral("kubelet"), node.name);
            addDaemonPods(node);
            for (auto &[key, pod] : m_pods) {
                if (pod.nodeName == node.name && pod.ownerKind == u"DaemonSet")
                    publishPod(pod);
            }
            if (node.controlPlane) {
                auto joining = m_machines.find(node.machineName);
                if (joining != m_machines.end())
                    joinEtcd(joining->second);
                addControlPlanePods(node, false);
                for (auto &[key, pod] : m_pods) {
                    if (pod.nodeName == node.name)
                        publishPod(pod);
                }
            }
            publishNode(node);
            publishDaemonSets();
            // A new node is a cluster event: the scheduler retries everything pending.
            for (auto &[key, pod] : m_pods)
                pod.nextScheduleAttempt = 0;
            auto machine = m_machines.find(node.machineName);
            if (machine != m_machines.end()) {
                publishMachine(machine->second);
                if (machine->second.ownerKind == u"MachineDeployment") {
                    auto md = m_machineDeployments.find(machine->second.ownerName);
                    if (md != m_machineDeployments.end())
                        publishMachineDeployment(md->second);
                } else if (m_controlPlane) {
                    publishControlPlane(*m_controlPlane);
                }
            }
        }
    }
}

void SimCluster::registerNode(SimMachine &machine)
{
    SimNode &node = addNode(machine.name, machine.instanceType, machine.controlPlane,
                            machine.controlPlane, machine.name, false);
    machine.nodeName = node.name;
    const QString host = node.name;
    auto kubelet = [&](const char *reason, const QString &message) {
        recordEvent({}, QStringLiteral("Node"), QStringLiteral("v1"), node.name, node.name,
                    QStringLiteral("Normal"), QLatin1String(reason), message,
                    QStringLiteral("kubelet"), host);
    };
    kubelet("Starting", QStringLiteral("Starting kubelet."));
    kubelet("NodeHasSufficientMemory",
            QStringLiteral("Node %1 status is now: NodeHasSufficientMemory").arg(node.name));
    kubelet("NodeHasNoDiskPressure",
            QStringLiteral("Node %1 status is now: NodeHasNoDiskPressure").arg(node.name));
    kubelet("NodeHasSufficientPID",
            QStringLiteral("Node %1 status is now: NodeHasSufficientPID").arg(node.name));
    kubelet("NodeAllocatableEnforced",
            QStringLiteral("Updated Node Allocatable limit across pods"));
    recordEvent({}, QStringLiteral("Node"), QStringLiteral("v1"), node.name, node.name,
                QStringLiteral("Normal"), QStringLiteral("RegisteredNode"),
                QStringLiteral("Node %1 event: Registered Node %1 in Controller").arg(node.name),
                QStringLiteral("node-controller"));
    publishNode(node);
}

void SimCluster::removeMachine(const QString &name)
{
    auto it = m_machines.find(name);
    if (it == m_machines.end())
        return;
    const SimMachine machine = it->second;
    m_machines.erase(it);
    m_store->remove(QStringLiteral("machines.cluster.x-k8s.io"), machine.namespace_, machine.name);
    auto node = m_nodes.find(machine.nodeName);
    if (node != m_nodes.end()) {
        std::vector<QString> podsOnNode;
        for (const auto &[key, pod] : m_pods) {
            if (pod.nodeName == node->first)
                podsOnNode.push_back(key);
        }
        for (const QString &key : podsOnNode)
            removePod(key);
        m_store->remove(QStringLiteral("nodes"), {}, node->first);
        recordEvent(
            {}, QStringLiteral("Node"), QStringLiteral("v1"), node->first, node->second.uid,
            QStringLiteral("Normal"), QStringLiteral("RemovingNode"),
            QStringLiteral("Node %1 event: Removing Node %1 from Controller").arg(node->first),
            QStringLiteral("node-controller"));
        m_nodes.erase(node);
        publishDaemonSets();
    }
    if (machine.ownerKind == u"MachineDeployment") {
        auto md = m_machineDeployments.find(machine.ownerName);
        if (md != m_machineDeployments.end())
            publishMachineDeployment(md->second);
    } else if (m_controlPlane) {
        publishControlPlane(*m_controlPlane);
    }
}

// --- Workloads and the scheduler ------------------------------------------------------

void SimCluster::stepWorkloads()
{
    for (auto &[wkey, w] : m_workloads) {
        int desired = w.fixedReplicas;
        if (desired <= 0) {
            const double progress = std::min(1.0, m_simTime / std::max(1.0, w.demandRampSeconds));
            const double demand =
                w.demandStartMilli + (w.demandEndMilli - w.demandStartMilli) * progress;
            desired = std::clamp(int(std::ceil(demand / w.targetCpuPerPod)), w.minReplicas,
                                 w.maxReplicas);
        }
        std::vector<SimPod *> active;
        std::vector<SimPod *> failed;
        for (auto &[key, pod] : m_pods) {
            if (pod.workload != wkey)
                continue;
            if (pod.phase == PodPhase::Failed)
                failed.push_back(&pod);
            else if (!pod.terminating()) // the ReplicaSet replaces pods on their way out
                active.push_back(&pod);
        }
        w.desiredReplicas = desired;
        // Like the ReplicaSet controller: a burst of at most a few pods per sync.
        for (int i = int(active.size()); i < desired && i < int(active.size()) + 3; ++i) {
            SimPod pod;
            pod.namespace_ = w.namespace_;
            pod.name = w.name + u'-' + w.replicaSetHash + u'-' + randomSuffix();
            pod.app = w.name;
            pod.workload = wkey;
            pod.ownerKind = QStringLiteral("ReplicaSet");
            pod.ownerName = w.name + u'-' + w.replicaSetHash;
            pod.containerName = w.name;
            pod.image = w.image;
            pod.requestCpuMilli = w.requestCpuMilli;
            pod.requestMemoryBytes = w.requestMemoryBytes;
            pod.limitMemoryBytes = w.limitMemoryBytes;
            pod.memoryUsageBytes = w.baseMemoryBytes;
            pod.usesLocalStorage = w.emptyDir;
            SimPod &added = addPod(pod);
            publishPod(added);
            recordEvent(w.namespace_, QStringLiteral("ReplicaSet"), QStringLiteral("apps/v1"),
                        pod.ownerName, QString(), QStringLiteral("Normal"),
                        QStringLiteral("SuccessfulCreate"),
                        QStringLiteral("Created pod: %1").arg(pod.name),
                        QStringLiteral("replicaset-controller"));
        }
        if (int(active.size()) > desired) {
            // Scale down: unscheduled pods go first, then the newest.
            std::sort(active.begin(), active.end(), [](const SimPod *a, const SimPod *b) {
                if (a->nodeName.isEmpty() != b->nodeName.isEmpty())
                    return a->nodeName.isEmpty();
                return a->simCreated > b->simCreated;
            });
            std::vector<QString> doomed;
            for (int i = 0; i < int(active.size()) - desired; ++i)
                doomed.push_back(podKey(active[i]->namespace_, active[i]->name));
            for (const QString &key : doomed)
                removePod(key);
        }
        if (int(failed.size()) > kKeptFailedPodsPerWorkload) {
            // The pod garbage collector removes the oldest failed pods.
            std::sort(failed.begin(), failed.end(), [](const SimPod *a, const SimPod *b) {
                return a->simCreated < b->simCreated;
            });
            std::vector<QString> doomed;
            for (int i = 0; i < int(failed.size()) - kKeptFailedPodsPerWorkload; ++i)
                doomed.push_back(podKey(failed[i]->namespace_, failed[i]->name));
            for (const QString &key : doomed)
                removePod(key);
        }
    }
}

void SimCluster::removePod(const QString &key)
{
    auto it = m_pods.find(key);
    if (it == m_pods.end())
        return;
    m_store->remove(QStringLiteral("pods"), it->second.namespace_, it->second.name);
    m_logs.erase(key);
    m_terminatingPods.erase(key);
    m_pods.erase(it);
}

bool SimCluster::tryPlace(SimPod &pod, QString *whyNot)
{
    QMap<QString, int> reasons;
    SimNode *best = nullptr;
    double bestScore = -1;
    for (auto &[name, node] : m_nodes) {
        QStringList nodeReasons;
        if (!node.ready)
            nodeReasons << QStringLiteral(
                "node(s) had untolerated taint {node.kubernetes.io/not-ready: }");
        else if (node.unschedulable)
            nodeReasons << QStringLiteral("node(s) were unschedulable");
        else if (node.noScheduleTaint)
            nodeReasons << QStringLiteral("node(s) had untolerated taint {%1: }")
                               .arg(QLatin1String(kControlPlaneTaint));
        else if (node.memoryPressure.status)
            nodeReasons << QStringLiteral(
                "node(s) had untolerated taint {node.kubernetes.io/memory-pressure: }");
        else if (node.diskPressure.status)
            nodeReasons << QStringLiteral(
                "node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }");
        if (nodeReasons.isEmpty()) {
            const ServerSize *size = findServerSize(node.instanceType);
            qint64 cpu = 0, memory = 0;
            int count = 0;
            for (const auto &[key, other] : m_pods) {
                if (other.nodeName == name && other.phase != PodPhase::Failed &&
                    other.phase != PodPhase::Succeeded) {
                    cpu += other.requestCpuMilli;
                    memory += other.requestMemoryBytes;
                    ++count;
                }
            }
            const qint64 cpuAlloc = size ? size->cpuAllocatableMilli() : 0;
            const qint64 memAlloc = size ? size->memoryAllocatableBytes() : 0;
            if (count + 1 > kMaxPodsPerNode)
                nodeReasons << QStringLiteral("Too many pods");
            if (cpu + pod.requestCpuMilli > cpuAlloc)
                nodeReasons << QStringLiteral("Insufficient cpu");
            if (memory + pod.requestMemoryBytes > memAlloc)
                nodeReasons << QStringLiteral("Insufficient memory");
            if (nodeReasons.isEmpty()) {
                // NodeResourcesFit's default: prefer the least allocated node.
                const double score = (1.0 - double(cpu + pod.requestCpuMilli) / cpuAlloc) +
                                     (1.0 - double(memory + pod.requestMemoryBytes) / memAlloc);
                if (score > bestScore) {
                    bestScore = score;
                    best = &node;
                }
                continue;
            }
        }
        for (const QString &r : nodeReasons)
            reasons[r] += 1;
    }
    if (best) {
        pod.nodeName = best->name;
        return true;
    }
    QStringList parts;
    QStringList preemption;
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    int insufficient = 0, other = 0;
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        (it.key().startsWith(u"Insufficient") ? insufficient : other) += it.value();
    if (other)
        preemption << QStringLiteral("%1 Preemption is not helpful for scheduling").arg(other);
    if (insufficient)
        preemption
            << QStringLiteral("%1 No preemption victims found for incoming pod").arg(insufficient);
    const int total = int(m_nodes.size());
    *whyNot = QStringLiteral("0/%1 nodes are available: %2. preemption: 0/%1 nodes are "
                             "available: %3.")
                  .arg(total)
                  .arg(parts.join(QStringLiteral(", ")), preemption.join(QStringLiteral(", ")));
    return false;
}

void SimCluster::stepScheduler()
{
    std::vector<SimPod *> pending;
    for (auto &[key, pod] : m_pods) {
        if (pod.phase == PodPhase::Pending && pod.nodeName.isEmpty() && !pod.terminating() &&
            m_simTime >= pod.nextScheduleAttempt)
            pending.push_back(&pod);
    }
    std::sort(pending.begin(), pending.end(),
              [](const SimPod *a, const SimPod *b) { return a->simCreated < b->simCreated; });
    for (SimPod *pod : pending) {
        QString whyNot;
        if (tryPlace(*pod, &whyNot)) {
            pod->simScheduled = m_simTime;
            pod->scheduledAt = now();
            recordEvent(pod->namespace_, QStringLiteral("Pod"), QStringLiteral("v1"), pod->name,
                        pod->uid, QStringLiteral("Normal"), QStringLiteral("Scheduled"),
                        QStringLiteral("Successfully assigned %1/%2 to %3")
                            .arg(pod->namespace_, pod->name, pod->nodeName),
                        QStringLiteral("default-scheduler"));
            publishPod(*pod);
        } else {
            pod->nextScheduleAttempt = m_simTime + kSchedulerRetrySeconds;
            const bool firstFailure = pod->lastSchedulingMessage.isEmpty();
            pod->lastSchedulingMessage = whyNot;
            recordEvent(pod->namespace_, QStringLiteral("Pod"), QStringLiteral("v1"), pod->name,
                        pod->uid, QStringLiteral("Warning"), QStringLiteral("FailedScheduling"),
                        whyNot, QStringLiteral("default-scheduler"));
            if (firstFailure)
                publishPod(*pod);
        }
    }
}

void SimCluster::stepPodsStarting()
{
    for (auto &[key, pod] : m_pods) {
        if (pod.phase != PodPhase::Pending || pod.nodeName.isEmpty() ||
            m_simTime - pod.simScheduled < kPodStartSeconds)
            continue;
        auto node = m_nodes.find(pod.nodeName);
        if (node == m_nodes.end())
            continue;
        pod.phase = PodPhase::Running;
        pod.startedAt = now();
        if (pod.ip.isEmpty())
            pod.ip = QStringLiteral("10.244.%1.%2")
                         .arg(node->second.podCidrIndex)
                         .arg(10 + int(m_rng() % 240));
        if (!pod.workload.isEmpty()) {
            auto kubelet = [&, &pod = pod](const char *reason, const QString &message) {
                recordEvent(pod.namespace_, QStringLiteral("Pod"), QStringLiteral("v1"), pod.name,
                            pod.uid, QStringLiteral("Normal"), QLatin1String(reason), message,
                            QStringLiteral("kubelet"), pod.nodeName);
            };
            kubelet(
                "Pulled",
                QStringLiteral("Container image \"%1\" already present on machine").arg(pod.image));
            kubelet("Created", QStringLiteral("Created container %1").arg(pod.containerName));
            kubelet("Started", QStringLiteral("Started container %1").arg(pod.containerName));
        }
        publishPod(pod);
    }
}

// --- Load, kubelets, etcd ------------------------------------------------------------

void SimCluster::stepUsage(double dt)
{
    int podCount = 0, pendingCount = 0;
    for (const auto &[key, pod] : m_pods) {
        if (pod.phase == PodPhase::Running)
            ++podCount;
        else if (pod.phase == PodPhase::Pending)
            ++pendingCount;
    }
    // Application pods share their workload's demand evenly (a Service spreads requests).
    QHash<QString, int> running;
    for (const auto &[key, pod] : m_pods) {
        if (pod.healthy() && !pod.workload.isEmpty())
            running[pod.workload] += 1;
    }
    for (auto &[key, pod] : m_pods) {
        // A terminating pod is out of its Service's endpoints: it serves nothing more.
        if (pod.phase != PodPhase::Running || pod.terminating()) {
            pod.cpuUsageMilli = 0;
            continue;
        }
        const double wobble = 1.0 + 0.04 * std::sin(m_simTime / 17.0 + (qHash(pod.name) % 100));
        if (!pod.workload.isEmpty()) {
            const SimWorkload &w = m_workloads[pod.workload];
            const double progress = std::min(1.0, m_simTime / std::max(1.0, w.demandRampSeconds));
            const double demand =
                w.demandStartMilli + (w.demandEndMilli - w.demandStartMilli) * progress;
            pod.cpuUsageMilli = demand / std::max(1, running.value(pod.workload)) * wobble;
        } else if (pod.component == u"kube-apiserver") {
            pod.cpuUsageMilli = (120 + 3.0 * podCount + 25.0 * std::min(pendingCount, 10)) * wobble;
            pod.memoryUsageBytes = (350 + 2.0 * podCount) * kMiB;
        } else if (pod.component == u"etcd") {
            pod.cpuUsageMilli = (35 + 0.5 * podCount) * wobble;
            pod.memoryUsageBytes = (90 + 0.8 * podCount) * kMiB;
        } else if (pod.component == u"kube-controller-manager") {
            pod.cpuUsageMilli = (25 + 0.3 * podCount) * wobble;
            pod.memoryUsageBytes = 70 * kMiB;
        } else if (pod.component == u"kube-scheduler") {
            pod.cpuUsageMilli = (5 + (pendingCount ? 15 : 0)) * wobble;
            pod.memoryUsageBytes = 30 * kMiB;
        } else if (pod.app == u"kube-dns") {
            pod.cpuUsageMilli = 4 * wobble;
            pod.memoryUsageBytes = 22 * kMiB;
        } else if (pod.app == u"metrics-server") {
            pod.cpuUsageMilli = 6 * wobble;
            pod.memoryUsageBytes = 28 * kMiB;
        } else {
            pod.cpuUsageMilli = 2 * wobble;
            pod.memoryUsageBytes = 18 * kMiB;
        }
    }
    for (auto &[name, node] : m_nodes) {
        const ServerSize *size = findServerSize(node.instanceType);
        const double capacity = size ? size->vcpu * 1000.0 : 1000.0;
        double demand = node.ready ? node.systemCpuMilli : 0;
        for (const auto &[key, pod] : m_pods) {
            if (pod.nodeName == name && pod.phase == PodPhase::Running)
                demand += pod.cpuUsageMilli;
        }
        node.cpuDemandMilli = demand;
        // CPU is compressible: when the node is saturated every pod is throttled, and
        // the requests it cannot serve queue up in the application's memory.
        const double throttle = demand > capacity ? capacity / demand : 1.0;
        const bool saturated = demand > capacity;
        double memory = node.ready ? node.systemMemoryBytes : 0;
        for (auto &[key, pod] : m_pods) {
            if (pod.nodeName != name || pod.phase != PodPhase::Running)
                continue;
            pod.cpuUsageMilli *= throttle;
            if (!pod.workload.isEmpty()) {
                const SimWorkload &w = m_workloads[pod.workload];
                if (saturated)
                    pod.backlogBytes = std::min(
                        pod.backlogBytes + 6 * kMiB * dt * (demand / capacity), 700 * kMiB);
                else
                    pod.backlogBytes = std::max(0.0, pod.backlogBytes - 25 * kMiB * dt);
                pod.memoryUsageBytes =
                    w.baseMemoryBytes + w.memoryPerMilli * pod.cpuUsageMilli + pod.backlogBytes;
            }
            memory += pod.memoryUsageBytes;
        }
        node.cpuUsageMilli = std::min(demand, capacity);
        node.memoryUsageBytes = memory;
    }
}

void SimCluster::evict(SimPod &pod, SimNode &node, const QString &resource, qint64 threshold,
                       qint64 available)
{
    const auto mi = [](double bytes) {
        return QString::number(qint64(bytes / kMiB)) + QStringLiteral("Mi");
    };
    pod.phase = PodPhase::Failed;
    pod.statusReason = QStringLiteral("Evicted");
    pod.statusMessage =
        QStringLiteral("The node was low on resource: %1. Threshold quantity: %2, "
                       "available: %3. Container %4 was using %5, request is %6, "
                       "has larger consumption of %1. ")
            .arg(resource, mi(threshold), QString::number(available / 1024) + QStringLiteral("Ki"),
                 pod.containerName, mi(pod.memoryUsageBytes), mi(pod.requestMemoryBytes));
    pod.cpuUsageMilli = 0;
    pod.memoryUsageBytes = 0;
    pod.backlogBytes = 0;
    node.lastEvictionAt = m_simTime;
    recordEvent(pod.namespace_, QStringLiteral("Pod"), QStringLiteral("v1"), pod.name, pod.uid,
                QStringLiteral("Warning"), QStringLiteral("Evicted"), pod.statusMessage,
                QStringLiteral("kubelet"), node.name);
    recordEvent(pod.namespace_, QStringLiteral("Pod"), QStringLiteral("v1"), pod.name, pod.uid,
                QStringLiteral("Normal"), QStringLiteral("Killing"),
                QStringLiteral("Stopping container %1").arg(pod.containerName),
                QStringLiteral("kubelet"), node.name);
    publishPod(pod);
}

void SimCluster::stepKubelets()
{
    for (auto &[name, node] : m_nodes) {
        if (!node.ready)
            continue;
        const ServerSize *size = findServerSize(node.instanceType);
        if (!size)
            continue;
        const qint64 available = size->memoryCapacityBytes() - qint64(node.memoryUsageBytes);
        const bool low = available < kEvictionThresholdBytes;
        bool publish = false;
        if (low) {
            node.pressureClearSince = -1;
            if (!node.memoryPressure.status) {
                node.memoryPressure = {true, now()};
                node.pressureSince = m_simTime;
                recordEvent(
                    {}, QStringLiteral("Node"), QStringLiteral("v1"), name, name,
                    QStringLiteral("Normal"), QStringLiteral("NodeHasInsufficientMemory"),
                    QStringLiteral("Node %1 status is now: NodeHasInsufficientMemory").arg(name),
                    QStringLiteral("kubelet"), name);
                publish = true;
            }
            if (m_simTime - node.lastEvictionAt >= kEvictionIntervalSeconds) {
                recordEvent({}, QStringLiteral("Node"), QStringLiteral("v1"), name, name,
                            QStringLiteral("Warning"), QStringLiteral("EvictionThresholdMet"),
                            QStringLiteral("Attempting to reclaim memory"),
                            QStringLiteral("kubelet"), name);
                // The kubelet ranks by usage above request; critical pods go last.
                SimPod *victim = nullptr;
                for (auto &[key, pod] : m_pods) {
                    if (pod.nodeName != name || pod.phase != PodPhase::Running || pod.critical ||
                        pod.terminating())
                        continue;
                    if (!victim || pod.memoryUsageBytes - pod.requestMemoryBytes >
                                       victim->memoryUsageBytes - victim->requestMemoryBytes)
                        victim = &pod;
                }
                if (victim)
                    evict(*victim, node, QStringLiteral("memory"), kEvictionThresholdBytes,
                          std::max<qint64>(0, available));
                node.lastEvictionAt = m_simTime;
            }
        } else if (node.memoryPressure.status) {
            if (node.pressureClearSince < 0)
                node.pressureClearSince = m_simTime;
            if (m_simTime - node.pressureClearSince >= kPressureTransitionSeconds) {
                node.memoryPressure = {false, now()};
                recordEvent(
                    {}, QStringLiteral("Node"), QStringLiteral("v1"), name, name,
                    QStringLiteral("Normal"), QStringLiteral("NodeHasSufficientMemory"),
                    QStringLiteral("Node %1 status is now: NodeHasSufficientMemory").arg(name),
                    QStringLiteral("kubelet"), name);
                publish = true;
                for (auto &[key, pod] : m_pods)
                    pod.nextScheduleAttempt = 0;
            }
        }
        if (publish)
            publishNode(node);
    }
}

void SimCluster::stepEtcd()
{
    // Raft commits an entry once a quorum of members has it on disk: the cluster writes
    // at the speed of the quorum-th fastest disk among the masters present. One slow
    // master among three fast ones no longer slows every apply (it still logs its own
    // slow fdatasyncs until it leaves); a lone slow master slows everything.
    std::vector<double> memberFsyncMs;
    for (const auto &[name, node] : m_nodes) {
        auto machine = m_machines.find(node.machineName);
        const bool member =
            machine == m_machines.end() ? node.controlPlane : machine->second.etcdMember;
        const ServerSize *size = findServerSize(node.instanceType);
        if (node.controlPlane && node.ready && member && size)
            memberFsyncMs.push_back(size->fsyncMs);
    }
    if (memberFsyncMs.empty())
        return;
    std::sort(memberFsyncMs.begin(), memberFsyncMs.end());
    const double commitFsyncMs = memberFsyncMs[memberFsyncMs.size() / 2];
    for (auto &[name, node] : m_nodes) {
        if (!node.controlPlane || !node.ready)
            continue;
        auto machine = m_machines.find(node.machineName);
        if (machine != m_machines.end() && !machine->second.etcdMember)
            continue; // its member was removed: that etcd has stopped
        const ServerSize *size = findServerSize(node.instanceType);
        if (!size)
            continue;
        const double ratio = node.cpuDemandMilli / (size->vcpu * 1000.0);
        // A saturated CPU delays every apply; a slow disk delays every fdatasync.
        const double load = ratio > 0.85 ? 1.0 + 30.0 * (ratio - 0.85) : 1.0;
        const double fsync = size->fsyncMs * uniform(0.5, size->diskType == u"ssd" ? 2.0 : 12.0);
        node.etcdFsyncMs = fsync;
        node.etcdApplyMs = (3.0 + 4.0 * commitFsyncMs) * load * uniform(0.7, 1.6);
        const QString etcdKey = QStringLiteral("kube-system/etcd-") + name;
        if (m_simTime - m_lastEtcdLine < 4)
            continue;
        auto warn = [&](QJsonObject fields) {
            fields.insert(QStringLiteral("level"), QStringLiteral("warn"));
            fields.insert(QStringLiteral("ts"), now().toString(Qt::ISODateWithMs));
            QJsonDocument doc(fields);
            appendLog(etcdKey, doc.toJson(QJsonDocument::Compact));
            m_lastEtcdLine = m_simTime;
        };
        if (node.etcdApplyMs > 100) {
            static const char *prefixes[] = {"read-only range ", ""};
            static const char *keys[] = {"/registry/pods/shop/", "/registry/events/shop/",
                                         "/registry/leases/kube-node-lease/", "/registry/minions/"};
            const int k = int(m_rng() % 4);
            warn({{QStringLiteral("caller"), QStringLiteral("etcdserver/util.go:170")},
                  {QStringLiteral("msg"), QStringLiteral("apply request took too long")},
                  {QStringLiteral("took"), goDuration(node.etcdApplyMs)},
                  {QStringLiteral("expected-duration"), QStringLiteral("100ms")},
                  {QStringLiteral("prefix"), QLatin1String(prefixes[k == 2 ? 1 : 0])},
                  {QStringLiteral("request"),
                   QStringLiteral("key:\"%1\" range_end:\"%2\" ")
                       .arg(QLatin1String(keys[k]),
                            QString(QLatin1String(keys[k])).chopped(1) + u'0')},
                  {QStringLiteral("response"), QStringLiteral("range_response_count:%1 size:%2")
                                                   .arg(1 + m_rng() % 30)
                                                   .arg(2000 + m_rng() % 60000)}});
        }
        if (fsync > 1000) {
            warn({{QStringLiteral("caller"), QStringLiteral("wal/wal.go:805")},
                  {QStringLiteral("msg"), QStringLiteral("slow fdatasync")},
                  {QStringLiteral("took"), goDuration(fsync)},
                  {QStringLiteral("expected-duration"), QStringLiteral("1s")}});
        }
        if (node.etcdApplyMs > 250 && m_rng() % 3 == 0) {
            warn({{QStringLiteral("caller"), QStringLiteral("etcdserver/raft.go:416")},
                  {QStringLiteral("msg"),
                   QStringLiteral("leader failed to send out heartbeat on time; took too long, "
                                  "leader is overloaded likely from slow disk")},
                  {QStringLiteral("to"), QStringLiteral("8211f1d0f64f3269")},
                  {QStringLiteral("heartbeat-interval"), QStringLiteral("100ms")},
                  {QStringLiteral("expected-duration"), QStringLiteral("200ms")},
                  {QStringLiteral("exceeded-duration"), goDuration(node.etcdApplyMs - 200)}});
        }
    }
}

void SimCluster::stepHeartbeats()
{
    // Kubelets post their status about every 40 s (node-status-update-frequency plus
    // the lease); spread over time so a large cluster sees a steady stream of updates.
    const double period = kHeartbeatSeconds;
    const double from = m_lastHeartbeatSweep;
    const double to = m_simTime;
    if (to <= from)
        return;
    m_lastHeartbeatSweep = to;
    for (auto &[name, node] : m_nodes) {
        const double phase = double(qHash(name) % 10000) / 10000.0 * period;
        const double k = std::floor((to - phase) / period);
        if (k * period + phase > from && k * period + phase <= to) {
            node.lastHeartbeat = now();
            publishNode(node);
        }
    }
}

void SimCluster::stepEventTtl()
{
    // Kubernetes keeps events for an hour (--event-ttl).
    if (m_simTime - m_lastEventSweep < 30)
        return;
    m_lastEventSweep = m_simTime;
    const QDateTime cutoff = now().addSecs(-3600);
    std::vector<QString> expired;
    for (const auto &[key, event] : m_events) {
        if (event.lastTimestamp < cutoff)
            expired.push_back(key);
    }
    for (const QString &key : expired) {
        const SimEvent &event = m_events[key];
        m_store->remove(QStringLiteral("events"), event.namespace_, event.name);
        m_events.erase(key);
    }
    if (!expired.empty()) {
        for (auto it = m_eventKeys.begin(); it != m_eventKeys.end();) {
            if (m_events.count(it.value()) == 0)
                it = m_eventKeys.erase(it);
            else
                ++it;
        }
    }
}

void SimCluster::recordEvent(const QString &namespace_, const QString &kind,
                             const QString &apiVersion, const QString &name, const QString &uid,
                             const QString &type, const QString &reason, const QString &message,
                             const QString &component, const QString &host)
{
    const QString ns = namespace_.isEmpty() ? QStringLiteral("default") : namespace_;
    // The event recorder folds repeats of the same event into one with a count.
    const QString dedupe = ns + u'\x1f' + kind + u'\x1f' + name + u'\x1f' + reason + u'\x1f' +
                           message + u'\x1f' + component;
    const QString existing = m_eventKeys.value(dedupe);
    if (!existing.isEmpty()) {
        auto it = m_events.find(existing);
        if (it != m_events.end()) {
            it->second.count += 1;
            it->second.lastTimestamp = now();
            publishEvent(it->second);
            return;
        }
    }
    SimEvent event;
    event.namespace_ = ns;
    event.name = name + u'.' + QString::number(quint64(m_rng()) & 0xffffffffffffull, 16);
    event.uid = newUid();
    event.involvedKind = kind;
    event.involvedApiVersion = apiVersion;
    event.involvedNamespace = namespace_;
    event.involvedName = name;
    event.involvedUid = uid;
    event.reason = reason;
    event.message = message;
    event.type = type;
    event.sourceComponent = component;
    event.sourceHost = host;
    event.firstTimestamp = event.lastTimestamp = now();
    const QString key = podKey(event.namespace_, event.name);
    m_events[key] = event;
    m_eventKeys.insert(dedupe, key);
    publishEvent(event);
}

void SimCluster::appendLog(const QString &podKey_, const QByteArray &text)
{
    auto &lines = m_logs[podKey_];
    LogLine line{now(), text};
    lines.push_back(line);
    if (int(lines.size()) > kKeptLogLines)
        lines.erase(lines.begin(), lines.begin() + (int(lines.size()) - kKeptLogLines));
    const int slash = podKey_.indexOf(u'/');
    Q_EMIT logAppended(podKey_.left(slash), podKey_.mid(slash + 1), line);
}

int SimCluster::apiDelayMs()
{
    // The API server shares the master's CPU with everything else on it: once the
    // master is saturated, requests queue behind the application's work.
    double worst = 0;
    for (const auto &[name, node] : m_nodes) {
        if (!node.controlPlane || !node.ready)
            continue;
        const ServerSize *size = findServerSize(node.instanceType);
        if (size)
            worst = std::max(worst, node.cpuDemandMilli / (size->vcpu * 1000.0));
    }
    if (worst < 0.9)
        return int(uniform(1, 6));
    const double overload = std::min(1.0, (worst - 0.9) / 0.4);
    const double u = uniform(0, 1);
    // A long tail: most requests are merely slow, some take well over a second. Enough
    // of them that a minute of a saturated master shows in the app's p99 (the advisor's
    // slow-api sign): with one in ten or fewer, the forty requests of such a minute had
    // none now and then.
    if (u < 0.35 * overload + 0.03)
        return int(uniform(1100, 1900));
    return int(uniform(50, 450) * (0.5 + overload));
}

std::optional<std::vector<LogLine>> SimCluster::podLog(const QString &namespace_,
                                                       const QString &name,
                                                       const QString &container, int sinceSeconds,
                                                       QString *error) const
{
    const QString key = podKey(namespace_, name);
    auto pod = m_pods.find(key);
    if (pod == m_pods.end()) {
        *error = QStringLiteral("pods \"%1\" not found").arg(name);
        return std::nullopt;
    }
    if (!container.isEmpty() && container != pod->second.containerName) {
        *error = QStringLiteral("container %1 is not valid for pod %2").arg(container, name);
        return std::nullopt;
    }
    std::vector<LogLine> result;
    auto lines = m_logs.find(key);
    if (lines == m_logs.end())
        return result;
    const QDateTime since = sinceSeconds > 0 ? now().addSecs(-sinceSeconds) : QDateTime();
    for (const LogLine &line : lines->second) {
        if (!since.isValid() || line.time >= since)
            result.push_back(line);
    }
    return result;
}

} // namespace maestro::sim

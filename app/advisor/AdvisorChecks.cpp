// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/advisor/AdvisorChecks.h"
#include "app/i18n/LocaleFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace maestro::advisor {

using namespace maestro::kube;
using scaling::ServerSize;

namespace {

constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kGiB = qint64(1) << 30;
constexpr int kListedAtMost = 5; ///< evidence lists name this many items, then "+n more"

bool isMasterRole(NodeRole role)
{
    return role == NodeRole::Master || role == NodeRole::SharedMaster;
}

/// Pods the application runs: not the control plane, not per-node daemons, not
/// kube-system's add-ons (kubeadm places coredns on masters by design), not finished.
bool isAppPod(const PodInfo &pod)
{
    return !pod.controlPlane && !pod.mirror && !pod.isDaemonSetPod() && !pod.isTerminal() &&
           pod.meta.namespace_ != u"kube-system";
}

bool isUnscheduled(const PodInfo &pod)
{
    return pod.phase == PodPhase::Pending && !pod.scheduled && pod.nodeName.isEmpty();
}

/// Nearest-rank percentile (as LatencyRecorder computes it); -1 for no values.
double percentileOf(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    const size_t rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    const size_t index = rank == 0 ? 0 : rank - 1;
    std::nth_element(values.begin(), values.begin() + index, values.end());
    return values[index];
}

int ceilPositive(double value)
{
    // A load of exactly the target needs no extra node: forgive rounding noise.
    return value <= 1e-9 ? 0 : int(std::ceil(value - 1e-9));
}

} // namespace

NodeCapacity perNodeAllocatable(const ServerSize &size)
{
    return {std::max<qint64>(0, size.vcpu * 1000LL - 100),
            std::max<qint64>(0, size.memoryBytes - 400 * kMiB)};
}

int nodesNeeded(const NodeCapacity &load, const NodeCapacity &existing, const NodeCapacity &perNode,
                double target)
{
    if (target <= 0)
        return 0;
    int n = 0;
    if (perNode.cpuMilli > 0)
        n = std::max(n, ceilPositive((double(load.cpuMilli) / target - double(existing.cpuMilli)) /
                                     double(perNode.cpuMilli)));
    if (perNode.memoryBytes > 0)
        n = std::max(
            n, ceilPositive((double(load.memoryBytes) / target - double(existing.memoryBytes)) /
                            double(perNode.memoryBytes)));
    return n;
}

int masterCount(const AdvisorInput &input)
{
    int masters = 0;
    for (const NodeInfo &node : input.nodes)
        masters += isMasterRole(node.role()) ? 1 : 0;
    return masters;
}

/// The checks over one snapshot. A class for its translation context and the figures
/// the checks share (masters, schedulable nodes, pods by node).
class Checks
{
    Q_DECLARE_TR_FUNCTIONS(maestro::advisor::Checks)
public:
    Checks(const AdvisorInput &input, const AdvisorSettings &settings);
    QList<Finding> run();

private:
    /// A size to add workers of, and what each such node offers.
    struct SizeChoice
    {
        QString size;
        NodeCapacity perNode;
    };

    std::optional<Finding> controlPlaneNotHa() const;
    std::optional<Finding> controlPlaneEven() const;
    std::optional<Finding> sharedMaster() const;
    std::optional<Finding> workerHeadroom() const;
    std::optional<Finding> slowApi() const;
    std::optional<Finding> slowScheduling() const;
    std::optional<Finding> masterEvictions() const;
    std::optional<Finding> etcdSlowWrites() const;
    std::optional<Finding> addDedicatedWorker(const QList<Finding> &symptoms) const;
    std::optional<Finding> masterUndersized() const;

    const ServerSize *sizeNamed(const QString &instanceType) const;
    QString currentMasterSize() const;
    SizeChoice workerSize() const;
    QStringList limited(QStringList items) const;

    // Formatting for evidence.
    static QString cores(qint64 milli);
    static QString gib(qint64 bytes);
    static QString percent(double ratio);
    static QString duration(qint64 seconds);
    static QString clock(const QDateTime &time);
    static QString ms(double value);

    const AdvisorInput &m_in;
    const AdvisorSettings &m_settings;
    QDateTime m_windowStart;
    QStringList m_masters;     ///< sorted names
    QStringList m_schedulable; ///< sorted names
    QHash<QString, QList<const PodInfo *>> m_podsByNode;
};

Checks::Checks(const AdvisorInput &input, const AdvisorSettings &settings)
    : m_in(input)
    , m_settings(settings)
    , m_windowStart(input.now.addSecs(-settings.recentWindowSeconds))
{
    for (const NodeInfo &node : input.nodes) {
        if (isMasterRole(node.role()))
            m_masters << node.meta.name;
        // Where the scheduler may put an application pod.
        if (node.isReady() && !node.unschedulable && !node.hasControlPlaneTaint())
            m_schedulable << node.meta.name;
    }
    m_masters.sort();
    m_schedulable.sort();
    for (const PodInfo &pod : input.pods) {
        if (!pod.nodeName.isEmpty())
            m_podsByNode[pod.nodeName].append(&pod);
    }
}

QList<Finding> Checks::run()
{
    QList<Finding> findings;
    auto add = [&findings](std::optional<Finding> finding) {
        if (finding)
            findings.append(std::move(*finding));
    };
    add(controlPlaneNotHa());
    add(controlPlaneEven());
    add(sharedMaster());
    add(workerHeadroom());
    QList<Finding> symptoms;
    for (auto finding : {slowApi(), slowScheduling(), masterEvictions(), etcdSlowWrites()}) {
        if (finding)
            symptoms.append(*finding);
    }
    findings += symptoms;
    add(addDedicatedWorker(symptoms));
    add(masterUndersized());
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return findings;
}

// --- Sizes -----------------------------------------------------------------------------

const ServerSize *Checks::sizeNamed(const QString &instanceType) const
{
    if (instanceType.isEmpty())
        return nullptr;
    for (const ServerSize &size : m_in.sizes) {
        if (size.instanceType == instanceType)
            return &size;
    }
    return nullptr;
}

QString Checks::currentMasterSize() const
{
    if (!m_in.masterSize.isEmpty())
        return m_in.masterSize;
    QMap<QString, int> seen;
    for (const QString &name : m_masters)
        seen[m_in.nodes.value(name).instanceType] += 1;
    seen.remove(QString());
    QString best;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (best.isEmpty() || it.value() > seen.value(best))
            best = it.key();
    }
    return best;
}

Checks::SizeChoice Checks::workerSize() const
{
    // 1. The size the workers already have: a uniform pool is easier to reason about.
    QMap<QString, int> seen;
    const NodeInfo *example = nullptr;
    for (const NodeInfo &node : m_in.nodes) {
        if (node.role() == NodeRole::Worker && !node.instanceType.isEmpty()) {
            seen[node.instanceType] += 1;
            if (!example || seen[node.instanceType] > seen[example->instanceType])
                example = &node;
        }
    }
    if (example) {
        if (const ServerSize *size = sizeNamed(example->instanceType))
            return {size->instanceType, perNodeAllocatable(*size)};
        // Not a size the cluster offers through Cluster API: the node itself tells.
        return {example->instanceType,
                {example->cpuAllocatableMilli, example->memoryAllocatableBytes}};
    }
    // 2. The worker pool the cluster was set up with, even at zero replicas.
    if (const ServerSize *size = sizeNamed(m_in.workerPoolSize))
        return {size->instanceType, perNodeAllocatable(*size)};
    // 3. The smallest size Kubernetes is happy with that holds the largest pod.
    qint64 cpu = 0, memory = 0;
    for (const PodInfo &pod : m_in.pods) {
        if (isAppPod(pod)) {
            cpu = std::max(cpu, pod.cpuRequestMilli);
            memory = std::max(memory, pod.memoryRequestBytes);
        }
    }
    for (const ServerSize &size : m_in.sizes) {
        const NodeCapacity capacity = perNodeAllocatable(size);
        if (size.isRecommended() && capacity.cpuMilli >= cpu && capacity.memoryBytes >= memory)
            return {size.instanceType, capacity};
    }
    // 4. Nothing known: count in nodes like the largest schedulable one.
    SizeChoice choice;
    for (const QString &name : m_schedulable) {
        const NodeInfo &node = *m_in.nodes.constFind(name);
        if (node.cpuAllocatableMilli > choice.perNode.cpuMilli)
            choice = {QString(), {node.cpuAllocatableMilli, node.memoryAllocatableBytes}};
    }
    return choice;
}

QStringList Checks::limited(QStringList items) const
{
    if (items.size() <= kListedAtMost)
        return items;
    const int more = int(items.size()) - kListedAtMost;
    items = items.mid(0, kListedAtMost);
    //: the rest of a list of pods, nodes or log lines that is too long to show
    items << tr("… and %n more", nullptr, more);
    return items;
}

QString Checks::cores(qint64 milli)
{
    return QLocale().toString(double(milli) / 1000.0, 'f', 2);
}

QString Checks::gib(qint64 bytes)
{
    return QLocale().toString(double(bytes) / double(kGiB), 'f', 2);
}

QString Checks::percent(double ratio)
{
    return i18n::percentOf(ratio, 1);
}

QString Checks::duration(qint64 seconds)
{
    if (seconds < 120)
        //: a duration in seconds
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        //: a duration in minutes
        return tr("%n min", nullptr, int(seconds / 60));
    //: a duration in hours
    return tr("%n h", nullptr, int(seconds / 3600));
}

QString Checks::clock(const QDateTime &time)
{
    return time.isValid() ? i18n::timeWithSeconds(time.toLocalTime().time()) : QString();
}

QString Checks::ms(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 1 : 0);
}

// --- The control plane -------------------------------------------------------------------

std::optional<Finding> Checks::controlPlaneNotHa() const
{
    const int masters = int(m_masters.size());
    // No master in sight is a managed control plane (EKS, GKE, AKS): its availability is
    // the provider's, and nothing here can change it.
    if (masters == 0 || masters >= 3)
        return std::nullopt;
    Finding f;
    f.id = FindingId::ControlPlaneNotHa;
    f.severity = Finding::Warning;
    f.summary = tr("%n master(s): the control plane is not highly available", nullptr, masters);
    f.evidence << tr("Masters: %1").arg(m_masters.join(QStringLiteral(", ")));
    //: %n is the number of masters
    f.evidence << tr("With %n master(s), etcd keeps its majority only while every master is up.",
                     nullptr, masters);
    const int workers = int(m_in.nodes.size()) - masters;
    if (workers > 0)
        f.evidence << tr("%n worker(s) do not count: only masters run etcd and the API server.",
                         nullptr, workers);
    int count = 3 - masters;
    if ((masters + count) % 2 == 0)
        ++count;
    f.action = {QStringLiteral("master"), currentMasterSize(), count};
    f.explanation =
        tr("etcd, which stores the whole cluster, needs a majority of its members to accept a "
           "write. With fewer than 3 masters, losing one master stops the control plane: no "
           "scheduling, no scaling, no changes. 3 masters survive the loss of one, 5 of two. "
           "Workers do not help here: one master plus one worker is still not highly "
           "available.");
    return f;
}

std::optional<Finding> Checks::controlPlaneEven() const
{
    const int masters = int(m_masters.size());
    if (masters == 0 || masters % 2 != 0)
        return std::nullopt;
    Finding f;
    f.id = FindingId::ControlPlaneEven;
    f.severity = Finding::Warning;
    f.summary = tr("%n master(s) is an even number: the last one adds no failure tolerance",
                   nullptr, masters);
    f.evidence << tr("Masters: %1").arg(m_masters.join(QStringLiteral(", ")));
    //: %1 masters survive %2 failures, as many as %3 masters do
    f.evidence << tr("%1 masters survive %2 failure(s), no more than %3 masters do.")
                      .arg(masters)
                      .arg(scaling::toleratedMasterFailures(masters))
                      .arg(masters - 1);
    f.action = {QStringLiteral("master"), currentMasterSize(), 1};
    f.explanation = tr("etcd needs a majority (more than half) of its members. An even number of "
                       "masters needs as many survivors as the next odd number while offering "
                       "one more member that can fail: add one master to make the count odd.");
    return f;
}

std::optional<Finding> Checks::sharedMaster() const
{
    QStringList evidence;
    int total = 0;
    for (const QString &name : m_masters) {
        const NodeInfo &node = *m_in.nodes.constFind(name);
        if (node.hasControlPlaneTaint())
            continue;
        QStringList apps;
        for (const PodInfo *pod : m_podsByNode.value(name)) {
            if (isAppPod(*pod))
                apps << pod->meta.key();
        }
        if (apps.isEmpty())
            continue;
        apps.sort();
        total += int(apps.size());
        evidence << tr("%1 has no NoSchedule taint and runs %n application pod(s): %2", nullptr,
                       int(apps.size()))
                        .arg(name, limited(apps).join(QStringLiteral(", ")));
    }
    if (evidence.isEmpty())
        return std::nullopt;
    Finding f;
    f.id = FindingId::SharedMaster;
    f.severity = Finding::Info;
    f.summary = tr("The master also runs %n application pod(s)", nullptr, total);
    f.evidence = evidence;
    f.explanation =
        tr("A master without the control-plane NoSchedule taint shares its CPU, memory and disk "
           "with the application. When the application is busy, etcd and the API server slow "
           "down with it, and the kubelet may evict pods to free memory. Dedicated workers keep "
           "the application away from the control plane.");
    return f;
}

// --- Capacity ------------------------------------------------------------------------------

std::optional<Finding> Checks::workerHeadroom() const
{
    if (m_schedulable.isEmpty())
        return std::nullopt;
    NodeCapacity allocatable, requested, used, usedOf;
    bool haveUsage = false;
    const bool metrics = m_in.metricsState == MetricsPoller::State::Available;
    for (const QString &name : m_schedulable) {
        const NodeInfo &node = *m_in.nodes.constFind(name);
        allocatable.cpuMilli += node.cpuAllocatableMilli;
        allocatable.memoryBytes += node.memoryAllocatableBytes;
        for (const PodInfo *pod : m_podsByNode.value(name)) {
            if (!pod->isTerminal()) {
                requested.cpuMilli += pod->cpuRequestMilli;
                requested.memoryBytes += pod->memoryRequestBytes;
            }
        }
        const auto usage = m_in.nodeUsage.constFind(name);
        if (metrics && usage != m_in.nodeUsage.constEnd()) {
            haveUsage = true;
            used.cpuMilli += usage->cpuNanocores / 1000000;
            used.memoryBytes += usage->memoryBytes;
            usedOf.cpuMilli += node.cpuAllocatableMilli;
            usedOf.memoryBytes += node.memoryAllocatableBytes;
        }
    }
    // Pods waiting for room are load the nodes have to hold too.
    int pending = 0;
    for (const PodInfo &pod : m_in.pods) {
        if (isUnscheduled(pod) && !pod.isDaemonSetPod()) {
            requested.cpuMilli += pod.cpuRequestMilli;
            requested.memoryBytes += pod.memoryRequestBytes;
            ++pending;
        }
    }
    auto ratio = [](qint64 a, qint64 b) { return b > 0 ? double(a) / double(b) : 0.0; };
    const double cpuRequests = ratio(requested.cpuMilli, allocatable.cpuMilli);
    const double memoryRequests = ratio(requested.memoryBytes, allocatable.memoryBytes);
    const double cpuUsage = haveUsage ? ratio(used.cpuMilli, usedOf.cpuMilli) : 0.0;
    const double memoryUsage = haveUsage ? ratio(used.memoryBytes, usedOf.memoryBytes) : 0.0;
    const double worst = std::max({cpuRequests, memoryRequests, cpuUsage, memoryUsage});
    if (worst <= m_settings.utilisationTarget)
        return std::nullopt;

    Finding f;
    f.id = FindingId::WorkerHeadroom;
    f.severity = worst > m_settings.utilisationCritical ? Finding::Critical : Finding::Warning;
    //: %1 is the load in percent, %2 the target in percent
    f.summary = tr("The application uses %1 of the schedulable capacity (target: at most %2)")
                    .arg(percent(worst), percent(m_settings.utilisationTarget));
    f.evidence << tr("Schedulable nodes: %1").arg(m_schedulable.join(QStringLiteral(", ")));
    //: %1 and %2 are CPU cores, %3 a percentage
    f.evidence << tr("CPU requests: %1 of %2 cores (%3)")
                      .arg(cores(requested.cpuMilli), cores(allocatable.cpuMilli),
                           percent(cpuRequests));
    //: %1 and %2 are GiB, %3 a percentage
    f.evidence << tr("Memory requests: %1 of %2 GiB (%3)")
                      .arg(gib(requested.memoryBytes), gib(allocatable.memoryBytes),
                           percent(memoryRequests));
    if (haveUsage) {
        f.evidence << tr("CPU usage: %1 of %2 cores (%3)")
                          .arg(cores(used.cpuMilli), cores(usedOf.cpuMilli), percent(cpuUsage));
        f.evidence << tr("Memory usage: %1 of %2 GiB (%3)")
                          .arg(gib(used.memoryBytes), gib(usedOf.memoryBytes),
                               percent(memoryUsage));
    } else {
        f.evidence << tr("No usage figures (%1): requests only.")
                          .arg(metrics ? tr("metrics not reported for these nodes")
                                       : tr("metrics-server unavailable"));
    }
    if (pending > 0)
        f.evidence << tr("%n pending pod(s) counted with their requests.", nullptr, pending);

    // The load to hold: the larger of what is asked for and what is used.
    const NodeCapacity load{
        std::max(requested.cpuMilli, qint64(std::llround(cpuUsage * double(allocatable.cpuMilli)))),
        std::max(requested.memoryBytes,
                 qint64(std::llround(memoryUsage * double(allocatable.memoryBytes))))};
    const SizeChoice size = workerSize();
    const int count =
        std::max(1, nodesNeeded(load, allocatable, size.perNode, m_settings.utilisationTarget));
    f.action = {QStringLiteral("worker"), size.size, count};
    //: %1 cores, %2 GiB of one new node
    f.evidence << tr("A new %1 worker offers about %2 cores and %3 GiB to pods.")
                      .arg(size.size.isEmpty() ? tr("(same as the largest node)") : size.size,
                           cores(size.perNode.cpuMilli), gib(size.perNode.memoryBytes));
    f.explanation =
        tr("Above %1 of the schedulable capacity, a node failure or a burst leaves pods without "
           "room: they stay Pending, or the kubelet evicts them under memory pressure. The count "
           "brings the largest of CPU and memory, requests and usage, back to %1, assuming each "
           "new node keeps 100 millicores and 400 MiB for the system.")
            .arg(percent(m_settings.utilisationTarget));
    return f;
}

// --- Symptoms --------------------------------------------------------------------------------

std::optional<Finding> Checks::slowApi() const
{
    if (m_in.apiRequests < m_settings.slowApiMinSamples || m_in.apiP99Ms <= m_settings.slowApiP99Ms)
        return std::nullopt;
    Finding f;
    f.id = FindingId::SlowApi;
    f.severity = Finding::Warning;
    f.summary = tr("The API server answers slowly: p99 %1 ms").arg(m_in.apiP99Ms);
    //: %1 is milliseconds, %2 a duration ("5 min"), %n the number of requests
    f.evidence << tr("p99 %1 ms over the last %2, %n request(s) (watches excluded)", nullptr,
                     m_in.apiRequests)
                      .arg(m_in.apiP99Ms)
                      .arg(duration(m_settings.slowApiWindowSeconds));
    if (!m_in.apiSlowestRequest.isEmpty())
        f.evidence
            << tr("Slowest: %1 took %2 ms").arg(m_in.apiSlowestRequest).arg(m_in.apiSlowestMs);
    f.evidence << tr("Threshold: p99 above %1 ms").arg(m_settings.slowApiP99Ms);
    f.explanation =
        tr("These are the app's own requests, small lists and reads that a healthy API server "
           "answers in milliseconds. When they take over a second, the API server is short of "
           "CPU or waits for etcd: kubectl, controllers and the scheduler are slow too.");
    return f;
}

std::optional<Finding> Checks::slowScheduling() const
{
    QList<const PodInfo *> pending;
    for (const PodInfo &pod : m_in.pods) {
        if (isUnscheduled(pod) && pod.meta.creationTimestamp.isValid() &&
            pod.meta.creationTimestamp.secsTo(m_in.now) > m_settings.pendingSeconds)
            pending.append(&pod);
    }
    std::vector<double> latencies;
    for (const PodInfo &pod : m_in.pods) {
        if (pod.controlPlane || pod.mirror || !pod.scheduledAt.isValid() ||
            !pod.meta.creationTimestamp.isValid() || pod.meta.creationTimestamp < m_windowStart)
            continue;
        latencies.push_back(
            std::max<qint64>(0, pod.meta.creationTimestamp.msecsTo(pod.scheduledAt)) / 1000.0);
    }
    const double p90 = percentileOf(latencies, 90);
    const bool slowP90 = p90 > m_settings.schedulingP90Seconds;
    if (pending.isEmpty() && !slowP90)
        return std::nullopt;

    Finding f;
    f.id = FindingId::SlowScheduling;
    f.severity = Finding::Warning;
    std::sort(pending.begin(), pending.end(), [](const PodInfo *a, const PodInfo *b) {
        return std::tie(a->meta.creationTimestamp, a->meta.namespace_, a->meta.name) <
               std::tie(b->meta.creationTimestamp, b->meta.namespace_, b->meta.name);
    });
    if (!pending.isEmpty()) {
        f.summary =
            tr("%n pod(s) waiting for a node for more than %1", nullptr, int(pending.size()))
                .arg(duration(m_settings.pendingSeconds));
        QStringList pods;
        for (const PodInfo *pod : pending)
            //: a pending pod and how long it has been waiting
            pods << tr("%1 pending for %2")
                        .arg(pod->meta.key(),
                             duration(pod->meta.creationTimestamp.secsTo(m_in.now)));
        f.evidence << limited(pods);
        for (const PodInfo *pod : pending) {
            if (!pod->unschedulableMessage.isEmpty()) {
                f.evidence << tr("Scheduler: %1").arg(pod->unschedulableMessage);
                break;
            }
        }
    } else {
        f.summary = tr("Pods wait %1 s for a node (p90)").arg(ms(p90));
    }
    if (!latencies.empty())
        //: %1 seconds, %2 a duration, %n pods
        f.evidence << tr("Scheduling latency p90 %1 s over %n pod(s) created in the last %2",
                         nullptr, int(latencies.size()))
                          .arg(ms(p90), duration(m_settings.recentWindowSeconds));
    f.explanation =
        tr("The scheduler finds no node with room for these pods, or takes long to decide. "
           "Pods that cannot be scheduled serve nothing; the scheduler's message says what is "
           "missing (CPU, memory, a taint that is not tolerated).");
    return f;
}

std::optional<Finding> Checks::masterEvictions() const
{
    struct Eviction
    {
        QString node;
        QDateTime time;
        QString message;
    };
    QMap<QString, Eviction> evicted; // by pod key, sorted for stable evidence
    auto onMaster = [this](const QString &node) { return m_masters.contains(node); };
    for (const EventInfo &event : m_in.events) {
        if (event.reason != u"Evicted" || event.involvedKind != u"Pod" ||
            event.lastTimestamp < m_windowStart)
            continue;
        const QString key = event.involvedNamespace + u'/' + event.involvedName;
        const auto pod = m_in.pods.constFind(key);
        const QString node = pod != m_in.pods.constEnd() && !pod->nodeName.isEmpty()
                                 ? pod->nodeName
                                 : event.sourceHost;
        if (onMaster(node))
            evicted.insert(key, {node, event.lastTimestamp, event.message});
    }
    for (const PodInfo &pod : m_in.pods) {
        // The pod garbage collector keeps evicted pods long after the fact: without an
        // event to date it, only a pod created in the window was evicted in it.
        if (pod.reason != u"Evicted" || !onMaster(pod.nodeName) ||
            evicted.contains(pod.meta.key()) || pod.meta.creationTimestamp < m_windowStart)
            continue;
        evicted.insert(pod.meta.key(), {pod.nodeName, QDateTime(), pod.message});
    }
    QStringList pressure;
    for (const QString &name : m_masters) {
        const NodeInfo &node = *m_in.nodes.constFind(name);
        if (node.hasMemoryPressure())
            pressure << tr("%1 is under MemoryPressure").arg(name);
        if (node.hasDiskPressure())
            pressure << tr("%1 is under DiskPressure").arg(name);
    }
    if (evicted.isEmpty() && pressure.isEmpty())
        return std::nullopt;

    Finding f;
    f.id = FindingId::MasterEvictions;
    f.severity = Finding::Critical;
    QStringList nodes;
    for (const Eviction &e : evicted) {
        if (!nodes.contains(e.node))
            nodes << e.node;
    }
    if (!evicted.isEmpty())
        //: %1 is a list of master nodes
        f.summary =
            tr("%n pod(s) evicted on the master %1 in the last %2", nullptr, int(evicted.size()))
                .arg(nodes.join(QStringLiteral(", ")), duration(m_settings.recentWindowSeconds));
    else
        f.summary = pressure.first();
    f.evidence << pressure;
    QStringList pods;
    QString example;
    for (auto it = evicted.cbegin(); it != evicted.cend(); ++it) {
        pods << (it->time.isValid()
                     ? tr("%1 evicted on %2 at %3").arg(it.key(), it->node, clock(it->time))
                     : tr("%1 evicted on %2").arg(it.key(), it->node));
        if (example.isEmpty())
            example = it->message.trimmed();
    }
    f.evidence << limited(pods);
    if (!example.isEmpty())
        f.evidence << tr("Kubelet: %1").arg(example);
    f.explanation =
        tr("The kubelet evicts pods when a node runs out of memory or disk. On a master, the "
           "next victims are the control plane's neighbours, and the control plane itself is "
           "starved: the API server and etcd slow down or restart.");
    return f;
}

std::optional<Finding> Checks::etcdSlowWrites() const
{
    QList<const EtcdWarning *> recent;
    for (const EtcdWarning &w : m_in.etcdWarnings) {
        if (w.time >= m_windowStart && w.time <= m_in.now.addSecs(60))
            recent.append(&w);
    }
    if (recent.isEmpty())
        return std::nullopt;
    int apply = 0, fsync = 0, heartbeat = 0;
    const EtcdWarning *slowest = nullptr;
    for (const EtcdWarning *w : recent) {
        switch (w->kind) {
        case EtcdWarning::Kind::SlowApply:
            ++apply;
            break;
        case EtcdWarning::Kind::SlowFdatasync:
            ++fsync;
            break;
        case EtcdWarning::Kind::SlowHeartbeat:
            ++heartbeat;
            break;
        }
        if (!slowest || w->tookMs > slowest->tookMs)
            slowest = w;
    }
    Finding f;
    f.id = FindingId::EtcdSlowWrites;
    f.severity = Finding::Warning;
    f.summary = tr("etcd reported %n slow write(s) in the last %1", nullptr, int(recent.size()))
                    .arg(duration(m_settings.recentWindowSeconds));
    //: counts of etcd's three kinds of slow-write warnings
    f.evidence << tr("\"apply request took too long\": %1, \"slow fdatasync\": %2, heartbeat "
                     "\"took too long\": %3")
                      .arg(apply)
                      .arg(fsync)
                      .arg(heartbeat);
    //: %1 ms, %2 an etcd pod, %3 a time of day
    f.evidence << tr("Slowest: took %1 ms (%2 at %3)")
                      .arg(ms(slowest->tookMs),
                           slowest->pod.isEmpty() ? slowest->node : slowest->pod,
                           clock(slowest->time));
    f.evidence << tr("Example: %1").arg(slowest->line.left(400));
    f.explanation =
        tr("etcd writes every change to disk before it answers. Warnings like these mean its "
           "disk or CPU cannot keep up: every request through the API server waits, leader "
           "elections may fail, and the cluster feels frozen.");
    return f;
}

// --- Recommendations -----------------------------------------------------------------------

std::optional<Finding> Checks::addDedicatedWorker(const QList<Finding> &symptoms) const
{
    if (symptoms.isEmpty() || m_schedulable.isEmpty())
        return std::nullopt;
    // Only shared masters take application pods: no schedulable worker at all.
    for (const QString &name : m_schedulable) {
        if (m_in.nodes.constFind(name)->role() != NodeRole::SharedMaster)
            return std::nullopt;
    }
    // The application's load, to move off the shared master(s).
    NodeCapacity load, appUsage;
    int apps = 0;
    for (const QString &name : m_schedulable) {
        NodeCapacity system;
        for (const PodInfo *pod : m_podsByNode.value(name)) {
            if (pod->isTerminal())
                continue;
            if (isAppPod(*pod)) {
                load.cpuMilli += pod->cpuRequestMilli;
                load.memoryBytes += pod->memoryRequestBytes;
                ++apps;
            } else {
                system.cpuMilli += pod->cpuRequestMilli;
                system.memoryBytes += pod->memoryRequestBytes;
            }
        }
        // Usage is per node only: what is not the control plane's requests is the
        // application's (an estimate; pod metrics are off by default).
        const auto usage = m_in.nodeUsage.constFind(name);
        if (m_in.metricsState == MetricsPoller::State::Available &&
            usage != m_in.nodeUsage.constEnd()) {
            appUsage.cpuMilli +=
                std::max<qint64>(0, usage->cpuNanocores / 1000000 - system.cpuMilli);
            appUsage.memoryBytes += std::max<qint64>(0, usage->memoryBytes - system.memoryBytes);
        }
    }
    for (const PodInfo &pod : m_in.pods) {
        if (isUnscheduled(pod) && isAppPod(pod)) {
            load.cpuMilli += pod.cpuRequestMilli;
            load.memoryBytes += pod.memoryRequestBytes;
            ++apps;
        }
    }
    load.cpuMilli = std::max(load.cpuMilli, appUsage.cpuMilli);
    load.memoryBytes = std::max(load.memoryBytes, appUsage.memoryBytes);
    const SizeChoice size = workerSize();
    const int count =
        std::max(1, nodesNeeded(load, {}, size.perNode, m_settings.utilisationTarget));

    Finding f;
    f.id = FindingId::AddDedicatedWorker;
    f.severity = Finding::Critical;
    f.summary = tr("Add %n dedicated worker(s): the master runs the application and suffers",
                   nullptr, count);
    f.evidence << tr("Only schedulable node(s): %1 (shared master)")
                      .arg(m_schedulable.join(QStringLiteral(", ")));
    for (const Finding &symptom : symptoms)
        //: %1 is a finding id, %2 its summary
        f.evidence << tr("Symptom %1: %2").arg(symptom.id, symptom.summary);
    //: %n application pods, %1 cores, %2 GiB
    f.evidence << tr("Application load to move: %n pod(s), %1 cores, %2 GiB", nullptr, apps)
                      .arg(cores(load.cpuMilli), gib(load.memoryBytes));
    f.action = {QStringLiteral("worker"), size.size, count};
    f.explanation =
        tr("The master is the only node that takes application pods, and the application is "
           "starving the control plane. Dedicated workers take the new pods (and those the "
           "master evicts) and leave the master's CPU, memory and disk to etcd and the API "
           "server. The count holds the application's requests and usage at %1 of the new "
           "workers' capacity.")
            .arg(percent(m_settings.utilisationTarget));
    return f;
}

std::optional<Finding> Checks::masterUndersized() const
{
    // The workers that could have taken the application: Ready, schedulable.
    QDateTime workerSince;
    QStringList workers;
    for (const QString &name : m_schedulable) {
        const NodeInfo &node = *m_in.nodes.constFind(name);
        if (node.role() != NodeRole::Worker)
            continue;
        workers << name;
        QDateTime since;
        for (const NodeCondition &c : node.conditions) {
            if (c.type == u"Ready")
                since = c.lastTransitionTime;
        }
        // A worker with no transition time has been Ready as long as we can tell.
        if (!since.isValid())
            since = node.meta.creationTimestamp.isValid() ? node.meta.creationTimestamp
                                                          : m_windowStart.addSecs(-1);
        if (!workerSince.isValid() || since < workerSince)
            workerSince = since;
    }
    if (workers.isEmpty())
        return std::nullopt;
    int onMasters = 0, apps = 0;
    for (const PodInfo &pod : m_in.pods) {
        if (!isAppPod(pod) || pod.nodeName.isEmpty())
            continue;
        ++apps;
        onMasters += m_masters.contains(pod.nodeName) ? 1 : 0;
    }
    const bool loadMoved = onMasters * 2 <= apps || workerSince <= m_windowStart;
    if (!loadMoved)
        return std::nullopt;
    // Only what etcd said once the worker had taken its pods: earlier lines are the
    // shared master's story, told by the other findings.
    const QDateTime from =
        std::max(workerSince.addSecs(m_settings.workerSettleSeconds), m_windowStart);
    QList<const EtcdWarning *> since;
    for (const EtcdWarning &w : m_in.etcdWarnings) {
        if (w.time >= from && w.time <= m_in.now.addSecs(60))
            since.append(&w);
    }
    if (since.isEmpty())
        return std::nullopt;
    const EtcdWarning *slowest = *std::max_element(
        since.begin(), since.end(),
        [](const EtcdWarning *a, const EtcdWarning *b) { return a->tookMs < b->tookMs; });

    const QString current = currentMasterSize();
    const ServerSize *now = sizeNamed(current);
    const bool ssd = now && now->diskType.contains(u"ssd", Qt::CaseInsensitive);
    const ServerSize *next = nullptr;
    for (const ServerSize &size : m_in.sizes) {
        if (!size.isRecommended() || !size.diskType.contains(u"ssd", Qt::CaseInsensitive))
            continue;
        if (now) {
            if (size.vcpu < now->vcpu || size.memoryBytes < now->memoryBytes)
                continue;
            // On SSD already, the disk is not the problem: only more CPU helps.
            const bool larger = ssd ? size.vcpu > now->vcpu
                                    : size.vcpu > now->vcpu || size.memoryBytes > now->memoryBytes;
            if (!larger)
                continue;
        } else if (size.vcpu < 4) {
            continue;
        }
        next = &size;
        break;
    }
    const int masters = int(m_masters.size());
    int count = std::max(3, masters);
    if (count % 2 == 0)
        ++count;

    Finding f;
    f.id = FindingId::MasterUndersized;
    f.severity = Finding::Critical;
    f.summary =
        next ? tr("The master is too small for etcd: replace it with %1").arg(next->instanceType)
             : tr("The master is too small for etcd, and no larger size is offered");
    f.evidence << tr("Workers taking the application: %1 (Ready since %2)")
                      .arg(workers.join(QStringLiteral(", ")), clock(workerSince));
    //: %1 of %2 application pods
    f.evidence << tr("Application pods on masters: %1 of %2").arg(onMasters).arg(apps);
    f.evidence << tr("%n etcd slow-write warning(s) since then; slowest took %1 ms", nullptr,
                     int(since.size()))
                      .arg(ms(slowest->tookMs));
    f.evidence << tr("Example: %1").arg(slowest->line.left(400));
    if (now)
        f.evidence << tr("Masters now: %1").arg(now->describe());
    else if (!current.isEmpty())
        f.evidence << tr("Masters now: %1").arg(current);
    if (next)
        f.evidence << tr("Proposed: %1").arg(next->describe());
    f.action = {QStringLiteral("master"), next ? next->instanceType : QString(), count};
    f.explanation =
        tr("A worker now runs the application, yet etcd on the master still writes slowly. The "
           "latency comes from the master's own CPU and disk (etcd waits for every write to "
           "reach the disk), not from application pods, so more workers do not help. All "
           "masters share one machine template: a larger size means replacing them one by "
           "one, %n master(s) in all, an odd number so that etcd keeps its majority throughout.",
           nullptr, count);
    return f;
}

QList<Finding> evaluate(const AdvisorInput &input, const AdvisorSettings &settings)
{
    return Checks(input, settings).run();
}

} // namespace maestro::advisor

// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's checks on hand-made snapshots: each at, just below and just above its
// threshold, and the server counts they compute.

#include "app/advisor/AdvisorChecks.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace maestro;
using namespace maestro::advisor;
using namespace maestro::kube;

namespace {

constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kGiB = qint64(1) << 30;

const QDateTime kNow(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

scaling::ServerSize size(const char *type, int vcpu, int memoryGiB, const char *disk)
{
    scaling::ServerSize s;
    s.templateName = QStringLiteral("demo-") + QLatin1String(type);
    s.instanceType = QLatin1String(type);
    s.vcpu = vcpu;
    s.memoryBytes = memoryGiB * kGiB;
    s.diskBytes = 80 * kGiB;
    s.diskType = QLatin1String(disk);
    return s;
}

/// A node of `type` whose allocatable is what perNodeAllocatable() assumes.
NodeInfo node(const QString &name, NodeRole role, int vcpu = 4, int memoryGiB = 8,
              const QString &type = {}, qint64 readyForSeconds = 3600)
{
    NodeInfo n;
    n.meta.name = name;
    n.meta.creationTimestamp = kNow.addDays(-1);
    n.controlPlaneLabel = role != NodeRole::Worker;
    if (role == NodeRole::Master)
        n.taints.append({QStringLiteral("node-role.kubernetes.io/control-plane"), QString(),
                         QStringLiteral("NoSchedule")});
    n.instanceType =
        type.isEmpty() ? QStringLiteral("s-%1vcpu-%2gb").arg(vcpu).arg(memoryGiB) : type;
    n.cpuCapacityMilli = vcpu * 1000;
    n.cpuAllocatableMilli = vcpu * 1000 - 100;
    n.memoryCapacityBytes = memoryGiB * kGiB;
    n.memoryAllocatableBytes = memoryGiB * kGiB - 400 * kMiB;
    NodeCondition ready;
    ready.type = QStringLiteral("Ready");
    ready.status = readyForSeconds >= 0 ? QStringLiteral("True") : QStringLiteral("False");
    ready.lastTransitionTime = kNow.addSecs(-std::abs(readyForSeconds));
    n.conditions.append(ready);
    return n;
}

void setCondition(NodeInfo &n, const QString &type, const QString &status)
{
    NodeCondition c;
    c.type = type;
    c.status = status;
    c.lastTransitionTime = kNow.addSecs(-30);
    n.conditions.append(c);
}

PodInfo pod(const QString &name, const QString &nodeName, qint64 cpuMilli = 150,
            qint64 memoryBytes = 192 * kMiB, const QString &ns = QStringLiteral("shop"))
{
    PodInfo p;
    p.meta.namespace_ = ns;
    p.meta.name = name;
    p.meta.creationTimestamp = kNow.addSecs(-3600);
    p.nodeName = nodeName;
    p.phase = nodeName.isEmpty() ? PodPhase::Pending : PodPhase::Running;
    p.scheduled = !nodeName.isEmpty();
    if (p.scheduled)
        p.scheduledAt = p.meta.creationTimestamp.addSecs(1);
    p.ownerKind = QStringLiteral("ReplicaSet");
    p.cpuRequestMilli = cpuMilli;
    p.memoryRequestBytes = memoryBytes;
    return p;
}

PodInfo controlPlanePod(const QString &component, const QString &nodeName)
{
    PodInfo p = pod(component + u'-' + nodeName, nodeName, 250, 0, QStringLiteral("kube-system"));
    p.controlPlane = true;
    p.mirror = true;
    p.ownerKind = QStringLiteral("Node");
    return p;
}

EtcdWarning etcdLine(qint64 secondsAgo, double tookMs = 250,
                     EtcdWarning::Kind kind = EtcdWarning::Kind::SlowApply)
{
    EtcdWarning w;
    w.kind = kind;
    w.time = kNow.addSecs(-secondsAgo);
    w.pod = QStringLiteral("etcd-master-0");
    w.node = QStringLiteral("master-0");
    w.tookMs = tookMs;
    w.line = QStringLiteral("{\"level\":\"warn\",\"msg\":\"apply request took too long\","
                            "\"took\":\"%1ms\",\"expected-duration\":\"100ms\"}")
                 .arg(tookMs);
    return w;
}

EventInfo evictedEvent(const PodInfo &p, const QString &host, qint64 secondsAgo)
{
    EventInfo e;
    e.meta.namespace_ = p.meta.namespace_;
    e.meta.name = p.meta.name + QStringLiteral(".17a");
    e.involvedKind = QStringLiteral("Pod");
    e.involvedNamespace = p.meta.namespace_;
    e.involvedName = p.meta.name;
    e.reason = QStringLiteral("Evicted");
    e.message = QStringLiteral("The node was low on resource: memory. Threshold quantity: 100Mi, "
                               "available: 80Mi.");
    e.warning = true;
    e.sourceComponent = QStringLiteral("kubelet");
    e.sourceHost = host;
    e.lastTimestamp = e.firstTimestamp = kNow.addSecs(-secondsAgo);
    return e;
}

AdvisorInput baseInput()
{
    AdvisorInput in;
    in.now = kNow;
    in.metricsState = MetricsPoller::State::NotInstalled;
    in.sizes = {size("s-1vcpu-1gb", 1, 1, "standard"), size("s-2vcpu-2gb", 2, 2, "standard"),
                size("s-2vcpu-4gb", 2, 4, "ssd"),      size("s-4vcpu-8gb", 4, 8, "ssd"),
                size("s-8vcpu-16gb", 8, 16, "ssd"),    size("m-8vcpu-32gb", 8, 32, "ssd")};
    return in;
}

/// Three dedicated masters and one big worker: a cluster with nothing to say.
AdvisorInput haInput()
{
    AdvisorInput in = baseInput();
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("master-%1").arg(i);
        in.addNode(node(name, NodeRole::Master, 2, 4));
        in.addPod(controlPlanePod(QStringLiteral("etcd"), name));
    }
    in.masterSize = QStringLiteral("s-2vcpu-4gb");
    in.addNode(node(QStringLiteral("worker-0"), NodeRole::Worker, 8, 16));
    in.addPod(pod(QStringLiteral("web-1"), QStringLiteral("worker-0")));
    return in;
}

/// One shared master running the application: the shared-master scenario.
AdvisorInput sharedMasterInput(int appPods = 6)
{
    AdvisorInput in = baseInput();
    in.addNode(node(QStringLiteral("master-0"), NodeRole::SharedMaster, 2, 4));
    in.masterSize = QStringLiteral("s-2vcpu-4gb");
    in.workerPoolSize = QStringLiteral("s-4vcpu-8gb");
    in.addPod(controlPlanePod(QStringLiteral("etcd"), QStringLiteral("master-0")));
    for (int i = 0; i < appPods; ++i)
        in.addPod(pod(QStringLiteral("web-%1").arg(i), QStringLiteral("master-0")));
    return in;
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list << f.id;
    list.sort();
    return list;
}

std::optional<Finding> find(const QList<Finding> &findings, QLatin1String id)
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

} // namespace

class tst_AdvisorChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void haClusterIsClean();
    void controlPlaneCount_data();
    void controlPlaneCount();
    void sharedMaster();
    void workerHeadroom_data();
    void workerHeadroom();
    void workerHeadroomFromUsage();
    void headroomCounts();
    void nodesNeededIsExact();
    void slowApi_data();
    void slowApi();
    void pendingPods_data();
    void pendingPods();
    void schedulingLatency();
    void masterEvictions();
    void etcdWindow();
    void addDedicatedWorker();
    void addDedicatedWorkerCount();
    void masterUndersized();
    void masterUndersizedOnSsdWantsCpu();
    void verdict();
    void orderAndJson();
};

void tst_AdvisorChecks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void tst_AdvisorChecks::haClusterIsClean()
{
    const AdvisorInput in = haInput();
    const QList<Finding> findings = evaluate(in);
    QVERIFY2(findings.isEmpty(), qPrintable(ids(findings).join(u' ')));
    QCOMPARE(verdictFor(findings, masterCount(in)), Verdict::HighAvailability);
}

void tst_AdvisorChecks::controlPlaneCount_data()
{
    QTest::addColumn<int>("masters");
    QTest::addColumn<int>("workers");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("notHaCount");

    const QString notHa = FindingId::ControlPlaneNotHa;
    const QString even = FindingId::ControlPlaneEven;
    QTest::newRow("managed (no master visible)") << 0 << 3 << QStringList() << 0;
    QTest::newRow("1 master") << 1 << 0 << QStringList{notHa} << 2;
    // One master plus one worker is still not HA.
    QTest::newRow("1 master + 1 worker") << 1 << 1 << QStringList{notHa} << 2;
    QTest::newRow("2 masters") << 2 << 1 << QStringList{even, notHa} << 1;
    QTest::newRow("3 masters") << 3 << 1 << QStringList() << 0;
    QTest::newRow("4 masters") << 4 << 1 << QStringList{even} << 0;
    QTest::newRow("5 masters") << 5 << 1 << QStringList() << 0;
}

void tst_AdvisorChecks::controlPlaneCount()
{
    QFETCH(int, masters);
    QFETCH(int, workers);
    QFETCH(QStringList, expected);
    QFETCH(int, notHaCount);

    AdvisorInput in = baseInput();
    for (int i = 0; i < masters; ++i)
        in.addNode(node(QStringLiteral("master-%1").arg(i), NodeRole::Master, 2, 4));
    for (int i = 0; i < workers; ++i)
        in.addNode(node(QStringLiteral("worker-%1").arg(i), NodeRole::Worker, 8, 16));
    in.masterSize = QStringLiteral("s-2vcpu-4gb");
    const QList<Finding> findings = evaluate(in);
    QCOMPARE(ids(findings), expected);
    if (auto f = find(findings, FindingId::ControlPlaneNotHa)) {
        QCOMPARE(f->severity, Finding::Warning);
        QCOMPARE(f->action.role, QStringLiteral("master"));
        QCOMPARE(f->action.size, QStringLiteral("s-2vcpu-4gb"));
        QCOMPARE(f->action.count, notHaCount);
        QCOMPARE((masters + f->action.count) % 2, 1);
    }
    if (auto f = find(findings, FindingId::ControlPlaneEven)) {
        QCOMPARE(f->severity, Finding::Warning);
        QCOMPARE(f->action.count, 1);
    }
}

void tst_AdvisorChecks::sharedMaster()
{
    // Untainted master with application pods: info, naming the node and pods.
    AdvisorInput in = sharedMasterInput(2);
    auto f = find(evaluate(in), FindingId::SharedMaster);
    QVERIFY(f);
    QCOMPARE(f->severity, Finding::Info);
    QVERIFY(f->evidence.join(u' ').contains(u"master-0"));
    QVERIFY(f->evidence.join(u' ').contains(u"shop/web-0"));
    QVERIFY(f->action.isEmpty());

    // Only the control plane, daemons, kube-system add-ons and finished pods: not shared.
    in = sharedMasterInput(0);
    PodInfo daemon = pod(QStringLiteral("kube-proxy-x"), QStringLiteral("master-0"), 0, 0,
                         QStringLiteral("kube-system"));
    daemon.ownerKind = QStringLiteral("DaemonSet");
    in.addPod(daemon);
    PodInfo agent = pod(QStringLiteral("log-agent-x"), QStringLiteral("master-0"));
    agent.ownerKind = QStringLiteral("DaemonSet");
    in.addPod(agent);
    in.addPod(pod(QStringLiteral("coredns-x"), QStringLiteral("master-0"), 100, 70 * kMiB,
                  QStringLiteral("kube-system")));
    PodInfo done = pod(QStringLiteral("job-x"), QStringLiteral("master-0"));
    done.phase = PodPhase::Succeeded;
    in.addPod(done);
    QVERIFY(!find(evaluate(in), FindingId::SharedMaster));

    // The same pods on a tainted master (tolerations) are not a shared master.
    in = sharedMasterInput(2);
    in.nodes[QStringLiteral("master-0")] = node(QStringLiteral("master-0"), NodeRole::Master, 2, 4);
    QVERIFY(!find(evaluate(in), FindingId::SharedMaster));
}

void tst_AdvisorChecks::workerHeadroom_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<int>("severity"); // -1: no finding

    QTest::newRow("74%") << 74 << -1;
    QTest::newRow("75% (at the target)") << 75 << -1;
    QTest::newRow("76%") << 76 << int(Finding::Warning);
    QTest::newRow("90% (at critical)") << 90 << int(Finding::Warning);
    QTest::newRow("91%") << 91 << int(Finding::Critical);
}

void tst_AdvisorChecks::workerHeadroom()
{
    QFETCH(int, percent);
    QFETCH(int, severity);
    // A worker with 10 allocatable cores and 100 GiB; the requests make the load.
    AdvisorInput in = haInput();
    in.pods.clear();
    NodeInfo worker = node(QStringLiteral("worker-0"), NodeRole::Worker, 8, 16);
    worker.cpuAllocatableMilli = 10000;
    worker.memoryAllocatableBytes = 100 * kGiB;
    in.addNode(worker);
    in.addPod(pod(QStringLiteral("web"), QStringLiteral("worker-0"), percent * 100, kGiB));
    // The dedicated masters' pods never count: they are not schedulable for the app.
    in.addPod(pod(QStringLiteral("tolerating"), QStringLiteral("master-0"), 5000, 10 * kGiB));
    const auto f = find(evaluate(in), FindingId::WorkerHeadroom);
    if (severity < 0) {
        QVERIFY(!f);
        return;
    }
    QVERIFY(f);
    QCOMPARE(int(f->severity), severity);
    QCOMPARE(f->action.role, QStringLiteral("worker"));
    QCOMPARE(f->action.size, QStringLiteral("s-8vcpu-16gb")); // the existing workers' size
    QVERIFY2(f->evidence.join(u'\n').contains(QStringLiteral("(%1.0%)").arg(percent)),
             qPrintable(f->evidence.join(u'\n')));
}

void tst_AdvisorChecks::workerHeadroomFromUsage()
{
    // Requests are low; memory usage (as metrics-server reports it) is what is high.
    AdvisorInput in = haInput();
    NodeInfo worker = node(QStringLiteral("worker-0"), NodeRole::Worker, 8, 16);
    worker.memoryAllocatableBytes = 10 * kGiB;
    in.addNode(worker);
    in.metricsState = MetricsPoller::State::Available;
    in.nodeUsage[QStringLiteral("worker-0")] = {500000000, qint64(7.4 * double(kGiB)), kNow};
    QVERIFY(!find(evaluate(in), FindingId::WorkerHeadroom));
    in.nodeUsage[QStringLiteral("worker-0")] = {500000000, qint64(7.6 * double(kGiB)), kNow};
    auto f = find(evaluate(in), FindingId::WorkerHeadroom);
    QVERIFY(f);
    QCOMPARE(f->severity, Finding::Warning);
    QVERIFY(f->evidence.join(u'\n').contains(u"Memory usage"));
    // Usage is ignored while metrics are not available: nobody mistakes that for idle.
    in.metricsState = MetricsPoller::State::Failing;
    QVERIFY(!find(evaluate(in), FindingId::WorkerHeadroom));
}

void tst_AdvisorChecks::headroomCounts()
{
    // One s-4vcpu-8gb worker (3.9 cores, 7.6 GiB allocatable) holding 3.0 cores of
    // requests: 77% > 75%. n = ceil((3.0 / 0.75 - 3.9) / 3.9) = ceil(0.026) = 1.
    AdvisorInput in = haInput();
    in.pods.clear();
    in.addNode(node(QStringLiteral("worker-0"), NodeRole::Worker, 4, 8));
    for (int i = 0; i < 10; ++i)
        in.addPod(pod(QStringLiteral("web-%1").arg(i), QStringLiteral("worker-0"), 300, 64 * kMiB));
    auto f = find(evaluate(in), FindingId::WorkerHeadroom);
    QVERIFY(f);
    QCOMPARE(f->action.size, QStringLiteral("s-4vcpu-8gb"));
    QCOMPARE(f->action.count, 1);

    // Pending pods are load too: 3.0 + 3.0 cores = 6.0; ceil((8.0 - 3.9) / 3.9) = 2.
    for (int i = 0; i < 10; ++i)
        in.addPod(pod(QStringLiteral("queued-%1").arg(i), QString(), 300, 64 * kMiB));
    f = find(evaluate(in), FindingId::WorkerHeadroom);
    QVERIFY(f);
    QCOMPARE(f->severity, Finding::Critical);
    QCOMPARE(f->action.count, 2);

    // Memory decides when it is the scarcer: 20 x 400 MiB = 7.8 GiB; / 0.75 = 10.4 GiB;
    // (10.4 - 7.6) / 7.6 = 0.37 -> 1, while CPU (20 x 50 m) needs none.
    in.pods.clear();
    for (int i = 0; i < 20; ++i)
        in.addPod(
            pod(QStringLiteral("cache-%1").arg(i), QStringLiteral("worker-0"), 50, 400 * kMiB));
    f = find(evaluate(in), FindingId::WorkerHeadroom);
    QVERIFY(f);
    QCOMPARE(f->action.count, 1);
}

void tst_AdvisorChecks::nodesNeededIsExact()
{
    const NodeCapacity perNode{3900, 8 * kGiB};
    // 3.0 cores at 75% need 4.0 cores: two 3.9-core workers from nothing.
    QCOMPARE(nodesNeeded({3000, 0}, {}, perNode, 0.75), 2);
    // Exactly one node's worth at 75% needs exactly one node, not two.
    QCOMPARE(nodesNeeded({2925, 0}, {}, perNode, 0.75), 1);
    QCOMPARE(nodesNeeded({2926, 0}, {}, perNode, 0.75), 2);
    // Enough already: none.
    QCOMPARE(nodesNeeded({3000, 0}, {4000, 0}, perNode, 0.75), 0);
    // The larger of CPU and memory: 12 GiB / 0.75 = 16 GiB = two 8 GiB nodes.
    QCOMPARE(nodesNeeded({100, 12 * kGiB}, {}, perNode, 0.75), 2);
    QCOMPARE(perNodeAllocatable(size("s-4vcpu-8gb", 4, 8, "ssd")).cpuMilli, 3900);
    QCOMPARE(perNodeAllocatable(size("s-4vcpu-8gb", 4, 8, "ssd")).memoryBytes,
             8 * kGiB - 400 * kMiB);
}

void tst_AdvisorChecks::slowApi_data()
{
    QTest::addColumn<int>("p99");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("fires");

    QTest::newRow("999 ms, enough samples") << 999 << 40 << false;
    QTest::newRow("1000 ms (at the threshold)") << 1000 << 40 << false;
    QTest::newRow("1001 ms, enough samples") << 1001 << 40 << true;
    QTest::newRow("1001 ms, 4 samples") << 1001 << 4 << false;
    QTest::newRow("1001 ms, 5 samples") << 1001 << 5 << true;
    QTest::newRow("no samples") << -1 << 0 << false;
}

void tst_AdvisorChecks::slowApi()
{
    QFETCH(int, p99);
    QFETCH(int, requests);
    QFETCH(bool, fires);
    AdvisorInput in = haInput();
    in.apiP99Ms = p99;
    in.apiRequests = requests;
    in.apiSlowestRequest = QStringLiteral("GET nodes.metrics.k8s.io");
    in.apiSlowestMs = p99 + 200;
    const auto f = find(evaluate(in), FindingId::SlowApi);
    QCOMPARE(bool(f), fires);
    if (f) {
        QCOMPARE(f->severity, Finding::Warning);
        const QString evidence = f->evidence.join(u'\n');
        QVERIFY2(evidence.contains(QStringLiteral("p99 %1 ms").arg(p99)), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("%1 request").arg(requests)),
                 qPrintable(evidence));
    }
    // On a dedicated control plane with a worker, a slow API is no reason for workers.
    QVERIFY(!find(evaluate(in), FindingId::AddDedicatedWorker));
}

void tst_AdvisorChecks::pendingPods_data()
{
    QTest::addColumn<int>("age");
    QTest::addColumn<bool>("fires");
    QTest::newRow("19 s") << 19 << false;
    QTest::newRow("20 s (at the threshold)") << 20 << false;
    QTest::newRow("21 s") << 21 << true;
}

void tst_AdvisorChecks::pendingPods()
{
    QFETCH(int, age);
    QFETCH(bool, fires);
    AdvisorInput in = haInput();
    PodInfo waiting = pod(QStringLiteral("web-new"), QString());
    waiting.meta.creationTimestamp = kNow.addSecs(-age);
    waiting.unschedulableMessage =
        QStringLiteral("0/4 nodes are available: 1 Insufficient cpu, 3 node(s) had untolerated "
                       "taint {node-role.kubernetes.io/control-plane: }.");
    in.addPod(waiting);
    // Scheduled, or bound to a node and starting: not waiting for the scheduler.
    PodInfo starting = pod(QStringLiteral("web-starting"), QStringLiteral("worker-0"));
    starting.phase = PodPhase::Pending;
    starting.meta.creationTimestamp = kNow.addSecs(-300);
    starting.scheduledAt = starting.meta.creationTimestamp.addSecs(2);
    in.addPod(starting);
    const auto f = find(evaluate(in), FindingId::SlowScheduling);
    QCOMPARE(bool(f), fires);
    if (f) {
        const QString evidence = f->evidence.join(u'\n');
        QVERIFY2(evidence.contains(QStringLiteral("shop/web-new pending for %1 s").arg(age)),
                 qPrintable(evidence));
        QVERIFY(evidence.contains(u"Insufficient cpu"));
        QVERIFY(!evidence.contains(u"web-starting"));
    }
}

void tst_AdvisorChecks::schedulingLatency()
{
    auto withLatencies = [](const QList<int> &latencies, qint64 createdAgo) {
        AdvisorInput in = haInput();
        int i = 0;
        for (int latency : latencies) {
            PodInfo p = pod(QStringLiteral("web-%1").arg(i++), QStringLiteral("worker-0"));
            p.meta.creationTimestamp = kNow.addSecs(-createdAgo);
            p.scheduledAt = p.meta.creationTimestamp.addSecs(latency);
            in.addPod(p);
        }
        return find(evaluate(in), FindingId::SlowScheduling);
    };
    // p90 of ten pods is the 9th smallest: one slow outlier does not make it.
    QVERIFY(!withLatencies({1, 1, 1, 1, 1, 1, 1, 1, 2, 60}, 120));
    QVERIFY(!withLatencies({1, 1, 1, 1, 1, 1, 1, 1, 19, 60}, 120));
    QVERIFY(!withLatencies({1, 1, 1, 1, 1, 1, 1, 1, 20, 60}, 120));
    const auto f = withLatencies({1, 1, 1, 1, 1, 1, 1, 1, 21, 60}, 120);
    QVERIFY(f);
    QVERIFY2(f->evidence.join(u'\n').contains(u"p90 21 s over 10 pod(s)"),
             qPrintable(f->evidence.join(u'\n')));
    // Pods created before the window do not count.
    QVERIFY(!withLatencies({30, 30, 30}, 601));
    QVERIFY(withLatencies({30, 30, 30}, 599));
}

void tst_AdvisorChecks::masterEvictions()
{
    // A dedicated-master cluster with a worker, so that only master-evictions can fire.
    auto evaluateWith = [](const std::function<void(AdvisorInput &)> &change) {
        AdvisorInput in = haInput();
        change(in);
        return find(evaluate(in), FindingId::MasterEvictions);
    };
    // An Evicted event, in the window, for a pod on a master.
    auto f = evaluateWith([](AdvisorInput &in) {
        PodInfo p = pod(QStringLiteral("web-1"), QStringLiteral("master-0"));
        p.phase = PodPhase::Failed;
        p.reason = QStringLiteral("Evicted");
        p.meta.creationTimestamp = kNow.addDays(-1);
        in.addPod(p);
        in.events << evictedEvent(p, QStringLiteral("master-0"), 30);
    });
    QVERIFY(f);
    QCOMPARE(f->severity, Finding::Critical);
    QVERIFY2(f->evidence.join(u'\n').contains(u"shop/web-1 evicted on master-0"),
             qPrintable(f->evidence.join(u'\n')));
    QVERIFY(f->evidence.join(u'\n').contains(u"low on resource: memory"));
    // The pod is gone already: the event's source host says where it ran.
    QVERIFY(evaluateWith([](AdvisorInput &in) {
        in.events << evictedEvent(pod(QStringLiteral("gone"), QString()),
                                  QStringLiteral("master-1"), 30);
    }));
    // Evictions on a worker are the worker's business.
    QVERIFY(!evaluateWith([](AdvisorInput &in) {
        PodInfo p = pod(QStringLiteral("web-1"), QStringLiteral("worker-0"));
        p.phase = PodPhase::Failed;
        p.reason = QStringLiteral("Evicted");
        p.meta.creationTimestamp = kNow.addSecs(-60);
        in.addPod(p);
        in.events << evictedEvent(p, QStringLiteral("worker-0"), 30);
    }));
    // Outside the window: the event at 601 s, the pod created before the window.
    QVERIFY(!evaluateWith([](AdvisorInput &in) {
        PodInfo p = pod(QStringLiteral("web-1"), QStringLiteral("master-0"));
        p.phase = PodPhase::Failed;
        p.reason = QStringLiteral("Evicted");
        p.meta.creationTimestamp = kNow.addSecs(-700);
        in.addPod(p);
        in.events << evictedEvent(p, QStringLiteral("master-0"), 601);
    }));
    // An evicted pod without its event, created in the window: evicted in the window.
    QVERIFY(evaluateWith([](AdvisorInput &in) {
        PodInfo p = pod(QStringLiteral("web-1"), QStringLiteral("master-0"));
        p.phase = PodPhase::Failed;
        p.reason = QStringLiteral("Evicted");
        p.meta.creationTimestamp = kNow.addSecs(-300);
        in.addPod(p);
    }));
    // Pressure on a master, but not on a worker.
    f = evaluateWith([](AdvisorInput &in) {
        setCondition(in.nodes[QStringLiteral("master-2")], QStringLiteral("DiskPressure"),
                     QStringLiteral("True"));
    });
    QVERIFY(f);
    QVERIFY(f->summary.contains(u"master-2 is under DiskPressure"));
    QVERIFY(evaluateWith([](AdvisorInput &in) {
        setCondition(in.nodes[QStringLiteral("master-0")], QStringLiteral("MemoryPressure"),
                     QStringLiteral("True"));
    }));
    QVERIFY(!evaluateWith([](AdvisorInput &in) {
        setCondition(in.nodes[QStringLiteral("worker-0")], QStringLiteral("MemoryPressure"),
                     QStringLiteral("True"));
    }));
}

void tst_AdvisorChecks::etcdWindow()
{
    AdvisorInput in = haInput();
    in.etcdWarnings = {etcdLine(601, 900)};
    QVERIFY(!find(evaluate(in), FindingId::EtcdSlowWrites));
    in.etcdWarnings = {etcdLine(601, 900), etcdLine(599, 111.5),
                       etcdLine(30, 1800, EtcdWarning::Kind::SlowFdatasync)};
    const auto f = find(evaluate(in), FindingId::EtcdSlowWrites);
    QVERIFY(f);
    QCOMPARE(f->severity, Finding::Warning);
    QVERIFY2(f->summary.contains(u"2 slow write(s)"), qPrintable(f->summary));
    const QString evidence = f->evidence.join(u'\n');
    QVERIFY2(evidence.contains(u"\"apply request took too long\": 1, \"slow fdatasync\": 1"),
             qPrintable(evidence));
    QVERIFY2(evidence.contains(u"took 1800 ms"), qPrintable(evidence));
    QVERIFY(evidence.contains(u"Example: {\"level\":\"warn\""));
    // A shorter window (as the end-to-end test uses) moves the edge.
    AdvisorSettings settings;
    settings.recentWindowSeconds = 20;
    QVERIFY(!find(evaluate(in, settings), FindingId::EtcdSlowWrites));
}

void tst_AdvisorChecks::addDedicatedWorker()
{
    // The only schedulable node is a shared master; no symptom yet: nothing to add.
    AdvisorInput in = sharedMasterInput();
    QVERIFY(!find(evaluate(in), FindingId::AddDedicatedWorker));
    QCOMPARE(ids(evaluate(in)), (QStringList{QStringLiteral("control-plane-not-ha"),
                                             QStringLiteral("shared-master")}));

    // Each of the four symptoms makes it critical.
    const QList<std::function<void(AdvisorInput &)>> symptoms{
        [](AdvisorInput &i) {
            i.apiP99Ms = 1500;
            i.apiRequests = 20;
        },
        [](AdvisorInput &i) {
            PodInfo p = pod(QStringLiteral("web-waiting"), QString());
            p.meta.creationTimestamp = kNow.addSecs(-25);
            i.addPod(p);
        },
        [](AdvisorInput &i) {
            setCondition(i.nodes[QStringLiteral("master-0")], QStringLiteral("MemoryPressure"),
                         QStringLiteral("True"));
        },
        [](AdvisorInput &i) { i.etcdWarnings = {etcdLine(10)}; },
    };
    for (const auto &symptom : symptoms) {
        AdvisorInput sick = sharedMasterInput();
        symptom(sick);
        const auto f = find(evaluate(sick), FindingId::AddDedicatedWorker);
        QVERIFY(f);
        QCOMPARE(f->severity, Finding::Critical);
        QCOMPARE(f->action.role, QStringLiteral("worker"));
        QCOMPARE(f->action.size, QStringLiteral("s-4vcpu-8gb")); // the worker pool's size
        QCOMPARE(f->action.count, 1);
        QVERIFY(f->evidence.join(u'\n').contains(u"Symptom "));
    }

    // A Ready worker is schedulable: the advice is no longer "add a dedicated worker".
    in = sharedMasterInput();
    in.etcdWarnings = {etcdLine(10)};
    in.addNode(node(QStringLiteral("worker-0"), NodeRole::Worker, 4, 8));
    QVERIFY(!find(evaluate(in), FindingId::AddDedicatedWorker));
    // ...but a worker that is not Ready (or cordoned) does not take pods yet.
    in.nodes[QStringLiteral("worker-0")] =
        node(QStringLiteral("worker-0"), NodeRole::Worker, 4, 8, {}, -10);
    QVERIFY(find(evaluate(in), FindingId::AddDedicatedWorker));
    in.nodes[QStringLiteral("worker-0")] = node(QStringLiteral("worker-0"), NodeRole::Worker, 4, 8);
    in.nodes[QStringLiteral("worker-0")].unschedulable = true;
    QVERIFY(find(evaluate(in), FindingId::AddDedicatedWorker));

    // A dedicated master with the same symptom: etcd-slow-writes, no dedicated-worker advice.
    in = sharedMasterInput();
    in.etcdWarnings = {etcdLine(10)};
    in.nodes[QStringLiteral("master-0")] = node(QStringLiteral("master-0"), NodeRole::Master, 2, 4);
    const QList<Finding> findings = evaluate(in);
    QVERIFY(find(findings, FindingId::EtcdSlowWrites));
    QVERIFY(!find(findings, FindingId::AddDedicatedWorker));
}

void tst_AdvisorChecks::addDedicatedWorkerCount()
{
    // 30 application pods of 150 m / 192 MiB on the shared master: 4.5 cores, 5.6 GiB.
    // CPU: 4.5 / 0.75 = 6.0 cores over 3.9 per s-4vcpu-8gb -> 2; memory: 7.5 GiB over
    // 7.6 GiB -> 1. Two workers.
    AdvisorInput in = sharedMasterInput(20);
    for (int i = 0; i < 10; ++i)
        in.addPod(pod(QStringLiteral("queued-%1").arg(i), QString()));
    in.etcdWarnings = {etcdLine(10)};
    auto f = find(evaluate(in), FindingId::AddDedicatedWorker);
    QVERIFY(f);
    QCOMPARE(f->action.count, 2);
    QVERIFY2(f->evidence.join(u'\n').contains(u"30 pod(s), 4.50 cores"),
             qPrintable(f->evidence.join(u'\n')));

    // Usage beyond the requests counts: the node uses 3.0 cores of which 0.25 are the
    // control plane's requests -> 2.75 cores of application; 2.75 / 0.75 / 3.9 -> 1.
    in = sharedMasterInput(2);
    in.etcdWarnings = {etcdLine(10)};
    in.metricsState = MetricsPoller::State::Available;
    in.nodeUsage[QStringLiteral("master-0")] = {3000000000LL, 2 * kGiB, kNow};
    f = find(evaluate(in), FindingId::AddDedicatedWorker);
    QVERIFY(f);
    QCOMPARE(f->action.count, 1);
    QVERIFY2(f->evidence.join(u'\n').contains(u"2.75 cores"), qPrintable(f->evidence.join(u'\n')));
    // 3.2 cores of application usage -> 3.2 / 0.75 = 4.27 cores -> 2 workers.
    in.nodeUsage[QStringLiteral("master-0")] = {3450000000LL, 2 * kGiB, kNow};
    QCOMPARE(find(evaluate(in), FindingId::AddDedicatedWorker)->action.count, 2);

    // Without a worker pool, the smallest recommended size that holds the largest pod.
    in = sharedMasterInput(2);
    in.workerPoolSize.clear();
    in.addPod(pod(QStringLiteral("big"), QStringLiteral("master-0"), 2500, kGiB));
    in.etcdWarnings = {etcdLine(10)};
    f = find(evaluate(in), FindingId::AddDedicatedWorker);
    QVERIFY(f);
    QCOMPARE(f->action.size, QStringLiteral("s-4vcpu-8gb"));
}

void tst_AdvisorChecks::masterUndersized()
{
    // A small master on a network disk (s-2vcpu-2gb) and a worker that has run the
    // application for five minutes; etcd still complains.
    auto cluster = [](qint64 workerReadyFor, int appsOnMaster, int appsOnWorker) {
        AdvisorInput in = baseInput();
        in.addNode(node(QStringLiteral("master-0"), NodeRole::SharedMaster, 2, 2));
        in.masterSize = QStringLiteral("s-2vcpu-2gb");
        in.addNode(node(QStringLiteral("worker-0"), NodeRole::Worker, 4, 8, {}, workerReadyFor));
        for (int i = 0; i < appsOnMaster; ++i)
            in.addPod(pod(QStringLiteral("m-%1").arg(i), QStringLiteral("master-0")));
        for (int i = 0; i < appsOnWorker; ++i)
            in.addPod(pod(QStringLiteral("w-%1").arg(i), QStringLiteral("worker-0")));
        in.etcdWarnings = {etcdLine(10, 480), etcdLine(12, 2500, EtcdWarning::Kind::SlowFdatasync)};
        return in;
    };
    AdvisorInput in = cluster(300, 4, 10);
    QList<Finding> findings = evaluate(in);
    auto f = find(findings, FindingId::MasterUndersized);
    QVERIFY(f);
    QCOMPARE(f->severity, Finding::Critical);
    QCOMPARE(f->action.role, QStringLiteral("master"));
    // The next size up on SSD with more memory; 3 masters (replacement, odd, HA).
    QCOMPARE(f->action.size, QStringLiteral("s-2vcpu-4gb"));
    QCOMPARE(f->action.count, 3);
    QVERIFY(f->explanation.contains(u"more workers do not help"));
    QVERIFY2(f->evidence.join(u'\n').contains(u"Application pods on masters: 4 of 14"),
             qPrintable(f->evidence.join(u'\n')));
    QVERIFY(f->evidence.join(u'\n').contains(u"took 2500 ms"));
    QVERIFY(find(findings, FindingId::EtcdSlowWrites));
    QVERIFY(!find(findings, FindingId::AddDedicatedWorker));

    // No Ready worker: that is add-dedicated-worker's case.
    in = cluster(-300, 4, 0);
    findings = evaluate(in);
    QVERIFY(!find(findings, FindingId::MasterUndersized));
    QVERIFY(find(findings, FindingId::AddDedicatedWorker));

    // The worker is Ready, but too recently for its pods to have moved (settling): the
    // lines at 10 and 12 s ago were written while it settled.
    QVERIFY(!find(evaluate(cluster(30, 4, 10)), FindingId::MasterUndersized));
    // Ready long enough, but the master still runs most of the application.
    QVERIFY(!find(evaluate(cluster(120, 10, 4)), FindingId::MasterUndersized));
    // ...unless the worker has been there since before the window: it had every chance.
    QVERIFY(find(evaluate(cluster(700, 10, 4)), FindingId::MasterUndersized));
    // No etcd line since the worker settled: the worker helped.
    in = cluster(300, 4, 10);
    in.etcdWarnings = {etcdLine(250)};
    QVERIFY(!find(evaluate(in), FindingId::MasterUndersized));
    in.etcdWarnings = {etcdLine(239)};
    QVERIFY(find(evaluate(in), FindingId::MasterUndersized));
}

void tst_AdvisorChecks::masterUndersizedOnSsdWantsCpu()
{
    // Three masters on SSD already: the disk is fine, only more CPU helps.
    AdvisorInput in = haInput();
    in.etcdWarnings = {etcdLine(10, 300)};
    const auto f = find(evaluate(in), FindingId::MasterUndersized);
    QVERIFY(f);
    QCOMPARE(f->action.size, QStringLiteral("s-4vcpu-8gb"));
    QCOMPARE(f->action.count, 3);
    // Five masters are replaced by five.
    for (int i = 3; i < 5; ++i)
        in.addNode(node(QStringLiteral("master-%1").arg(i), NodeRole::Master, 2, 4));
    QCOMPARE(find(evaluate(in), FindingId::MasterUndersized)->action.count, 5);
}

void tst_AdvisorChecks::verdict()
{
    Finding info;
    info.severity = Finding::Info;
    Finding warning;
    warning.severity = Finding::Warning;
    Finding critical;
    critical.severity = Finding::Critical;
    QCOMPARE(verdictFor({}, 3), Verdict::HighAvailability);
    QCOMPARE(verdictFor({info}, 5), Verdict::HighAvailability);
    QCOMPARE(verdictFor({}, 4), Verdict::ReducedAvailability);
    QCOMPARE(verdictFor({info}, 1), Verdict::ReducedAvailability);
    QCOMPARE(verdictFor({info, warning}, 3), Verdict::ReducedAvailability);
    QCOMPARE(verdictFor({warning, critical}, 3), Verdict::NeedsAttention);
    QCOMPARE(verdictText(Verdict::HighAvailability), QStringLiteral("High availability"));
    QCOMPARE(verdictKey(Verdict::NeedsAttention), QStringLiteral("Needs attention"));
}

void tst_AdvisorChecks::orderAndJson()
{
    AdvisorInput in = sharedMasterInput();
    in.etcdWarnings = {etcdLine(10)};
    const QList<Finding> findings = evaluate(in);
    for (int i = 1; i < findings.size(); ++i)
        QVERIFY(findings[i - 1].severity >= findings[i].severity);
    QCOMPARE(findings.first().id, QStringLiteral("add-dedicated-worker"));
    const QJsonObject json = findings.first().toJson();
    QCOMPARE(json.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(json.value(QLatin1String("action")).toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("worker"));
    QCOMPARE(json.value(QLatin1String("action")).toObject().value(QLatin1String("count")).toInt(),
             1);
    QVERIFY(json.value(QLatin1String("evidence")).isArray());
}

QTEST_GUILESS_MAIN(tst_AdvisorChecks)
#include "tst_AdvisorChecks.moc"

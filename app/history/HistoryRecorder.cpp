// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/HistoryRecorder.h"
#include "app/history/HistoryStore.h"

#include "app/advisor/Advisor.h"
#include "app/kube/ClusterConnection.h"
#include "app/lifecycle/LifecycleOperation.h"
#include "app/scaling/ScaleUpOperation.h"

#include <QCryptographicHash>
#include <QMetaEnum>

#include <memory>

namespace maestro::history {

namespace {
/// The percentile window of the latency series: long enough for a stable p99.
constexpr int kLatencyWindowSeconds = 60;
/// Etcd lines remembered for deduplication.
constexpr size_t kEtcdSeenMax = 4096;
} // namespace

HistoryRecorder::HistoryRecorder(kube::ClusterConnection *connection, HistoryStore *store,
                                 advisor::Advisor *advisor, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_store(store)
{
    connect(connection->metrics(), &kube::MetricsPoller::updated, this,
            &HistoryRecorder::onMetrics);
    connect(connection->events(), &kube::InformerBase::changed, this, &HistoryRecorder::onEvents);
    connect(connection->etcd(), &kube::EtcdLogWatcher::updated, this, &HistoryRecorder::onEtcd);
    if (advisor) {
        connect(advisor, &advisor::Advisor::findingStarted, this,
                [this](const advisor::Finding &f) { onFinding(f, true); });
        connect(advisor, &advisor::Advisor::findingCleared, this,
                [this](const advisor::Finding &f) { onFinding(f, false); });
    }
}

std::optional<TimelineEvent::Kind> HistoryRecorder::classify(const kube::EventInfo &event)
{
    using Kind = TimelineEvent::Kind;
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("Evicted"), Kind::Eviction},
        {QStringLiteral("TaintManagerEviction"), Kind::Eviction},
        {QStringLiteral("Preempted"), Kind::Eviction},
        {QStringLiteral("FailedScheduling"), Kind::SchedulingFailure},
        {QStringLiteral("NodeHasInsufficientMemory"), Kind::Pressure},
        {QStringLiteral("NodeHasDiskPressure"), Kind::Pressure},
        {QStringLiteral("NodeHasInsufficientPID"), Kind::Pressure},
        {QStringLiteral("EvictionThresholdMet"), Kind::Pressure},
        {QStringLiteral("RegisteredNode"), Kind::NodeAdded},
        {QStringLiteral("NodeReady"), Kind::NodeReady},
    };
    const auto it = kinds.constFind(event.reason);
    if (it == kinds.constEnd())
        return std::nullopt;
    return *it;
}

QList<NodeSample> HistoryRecorder::samplesOf(const QHash<QString, kube::NodeInfo> &nodes,
                                             const QHash<QString, kube::Usage> &usage)
{
    QList<NodeSample> samples;
    samples.reserve(nodes.size() + 2);
    struct Sum
    {
        double cpuUsed = 0, cpuAllocatable = 0, memoryUsed = 0, memoryAllocatable = 0;
        bool any = false;
    } masters, workers;
    for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it) {
        const kube::NodeInfo &node = *it;
        const auto u = usage.constFind(node.meta.name);
        // A node without metrics is missing, not idle: no sample at all.
        if (u == usage.constEnd() || node.cpuAllocatableMilli <= 0 ||
            node.memoryAllocatableBytes <= 0)
            continue;
        const double cpuAllocatable = double(node.cpuAllocatableMilli) * 1e6; // nanocores
        const double memoryAllocatable = double(node.memoryAllocatableBytes);
        samples.append({node.meta.name, double(u->cpuNanocores) / cpuAllocatable,
                        double(u->memoryBytes) / memoryAllocatable});
        Sum &sum = node.role() == kube::NodeRole::Worker ? workers : masters;
        sum.cpuUsed += double(u->cpuNanocores);
        sum.cpuAllocatable += cpuAllocatable;
        sum.memoryUsed += double(u->memoryBytes);
        sum.memoryAllocatable += memoryAllocatable;
        sum.any = true;
    }
    if (masters.any)
        samples.append({SeriesName::Masters, masters.cpuUsed / masters.cpuAllocatable,
                        masters.memoryUsed / masters.memoryAllocatable});
    if (workers.any)
        samples.append({SeriesName::Workers, workers.cpuUsed / workers.cpuAllocatable,
                        workers.memoryUsed / workers.memoryAllocatable});
    return samples;
}

void HistoryRecorder::onMetrics()
{
    if (!m_connection || !m_store)
        return;
    // Polls may come faster than the raw resolution (a test, "refresh now"); storing
    // them all would multiply the file for no visible gain.
    if (m_sinceSample.isValid() && m_sinceSample.elapsed() < m_sampleIntervalMs * 9 / 10)
        return;
    m_sinceSample.start();
    QList<NodeSample> samples =
        samplesOf(m_connection->nodes()->items(), m_connection->metrics()->nodes());
    const kube::LatencyRecorder &latency = m_connection->client()->latency();
    const int p50 = latency.percentile(50, kLatencyWindowSeconds);
    const int p99 = latency.percentile(99, kLatencyWindowSeconds);
    if (p50 >= 0 && p99 >= 0)
        samples.append({SeriesName::ApiLatency, double(p50), double(p99)});
    if (samples.isEmpty())
        return;
    m_store->appendSamples(QDateTime::currentMSecsSinceEpoch(), std::move(samples));
    ++m_ticks;
}

void HistoryRecorder::onEvents(const kube::ChangeBatch &batch)
{
    if (!m_connection || !m_store)
        return;
    const auto *informer = m_connection->events();
    QList<TimelineEvent> events;
    auto take = [&](const QStringList &keys) {
        for (const QString &key : keys) {
            const kube::EventInfo *event = informer->find(key);
            if (!event)
                continue;
            const auto kind = classify(*event);
            if (!kind)
                continue;
            TimelineEvent e;
            // The uid survives a rename-free re-creation of the key; namespace/name
            // stays the fallback for servers that leave it out.
            e.key = event->meta.uid.isEmpty() ? event->meta.key() : event->meta.uid.toString();
            e.kind = *kind;
            e.reason = event->reason;
            e.message = event->message;
            e.object = event->involvedKey();
            if (event->involvedKind == u"Node") {
                e.node = event->involvedName;
            } else if (event->involvedKind == u"Pod") {
                const QString podKey = event->involvedNamespace + u'/' + event->involvedName;
                const kube::PodInfo *pod = m_connection->pods()->find(podKey);
                e.node = pod && !pod->nodeName.isEmpty() ? pod->nodeName : event->sourceHost;
            } else {
                e.node = event->sourceHost;
            }
            e.count = event->count;
            e.firstSeen = event->firstTimestamp.isValid() ? event->firstTimestamp
                                                          : event->meta.creationTimestamp;
            e.lastSeen = event->lastTimestamp.isValid() ? event->lastTimestamp : e.firstSeen;
            events.append(e);
        }
    };
    take(batch.added);
    take(batch.modified);
    if (events.isEmpty())
        return;
    m_events += events.size();
    m_store->appendEvents(std::move(events));
}

void HistoryRecorder::onEtcd()
{
    if (!m_connection || !m_store)
        return;
    QList<TimelineEvent> events;
    const auto warnings = m_connection->etcd()->warnings(24 * 3600);
    for (const kube::EtcdWarning &warning : warnings) {
        if (m_etcdSeen.contains(warning.line))
            continue;
        m_etcdSeen.insert(warning.line);
        m_etcdOrder.push_back(warning.line);
        if (m_etcdOrder.size() > kEtcdSeenMax) {
            m_etcdSeen.remove(m_etcdOrder.front());
            m_etcdOrder.pop_front();
        }
        TimelineEvent e;
        // Keyed by the line itself, so that a restart of the app re-reading the same
        // log window does not record a warning twice.
        e.key =
            QStringLiteral("etcd/") +
            QString::fromLatin1(
                QCryptographicHash::hash(warning.line.toUtf8(), QCryptographicHash::Sha1).toHex());
        e.kind = TimelineEvent::Kind::EtcdSlowWrite;
        e.reason = QStringLiteral("EtcdSlowWrite");
        e.message = warning.line;
        e.object = QStringLiteral("Pod/kube-system/") + warning.pod;
        e.node = warning.node;
        e.firstSeen = e.lastSeen = warning.time;
        events.append(e);
    }
    if (events.isEmpty())
        return;
    m_events += events.size();
    m_store->appendEvents(std::move(events));
}

void HistoryRecorder::onFinding(const advisor::Finding &finding, bool started)
{
    if (!m_store)
        return;
    TimelineEvent e;
    const QDateTime at = started ? finding.startedAt : finding.clearedAt;
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    e.kind = started ? TimelineEvent::Kind::FindingStarted : TimelineEvent::Kind::FindingCleared;
    // One entry per occurrence of a finding: its id and when it started.
    e.key = QStringLiteral("finding/%1/%2/%3")
                .arg(finding.id)
                .arg(finding.startedAt.toMSecsSinceEpoch())
                .arg(started ? QStringLiteral("started") : QStringLiteral("cleared"));
    e.reason = finding.id;
    e.message = finding.summary;
    e.firstSeen = e.lastSeen = when;
    ++m_events;
    m_store->appendEvents({e});
}

void HistoryRecorder::watch(scaling::ScaleUpOperation *operation)
{
    auto record = [this, operation](TimelineEvent::Kind kind) {
        if (!m_store)
            return;
        const scaling::ScalePlan &plan = operation->plan();
        const bool started = kind == TimelineEvent::Kind::ScaleUpStarted;
        const QDateTime at = started ? operation->startedAt() : operation->finishedAt();
        TimelineEvent e;
        e.kind = kind;
        e.key = QStringLiteral("scale-up/%1/%2")
                    .arg(operation->startedAt().toMSecsSinceEpoch())
                    .arg(started ? QStringLiteral("started") : QStringLiteral("finished"));
        e.reason = started
                       ? QStringLiteral("ScaleUpStarted")
                       : QStringLiteral("ScaleUp") +
                             QString::fromLatin1(
                                 QMetaEnum::fromType<scaling::ScaleUpOperation::Phase>().valueToKey(
                                     int(operation->phase())));
        // "1 × size" rather than a plural form: no catalogue entry needed in English.
        const QString what =
            QStringLiteral("%1 \u00d7 %2").arg(plan.count).arg(plan.size.instanceType);
        e.message = started ? (plan.role == scaling::ServerRole::Master
                                   ? tr("Adding masters: %1").arg(what)
                                   : tr("Adding workers: %1").arg(what))
                            : operation->message();
        e.object = plan.targetKind + u'/' +
                   (plan.targetNamespace.isEmpty() ? plan.targetName
                                                   : plan.targetNamespace + u'/' + plan.targetName);
        e.firstSeen = e.lastSeen = at.isValid() ? at : QDateTime::currentDateTimeUtc();
        ++m_events;
        m_store->appendEvents({e});
    };
    auto startedRecorded = std::make_shared<bool>(false);
    auto recordStart = [record, operation, startedRecorded] {
        if (*startedRecorded || !operation->startedAt().isValid())
            return;
        *startedRecorded = true;
        record(TimelineEvent::Kind::ScaleUpStarted);
    };
    recordStart();
    connect(operation, &scaling::ScaleUpOperation::progressChanged, this, recordStart);
    connect(operation, &scaling::ScaleUpOperation::finished, this, [recordStart, record] {
        recordStart();
        record(TimelineEvent::Kind::ScaleUpFinished);
    });
}

void HistoryRecorder::watch(lifecycle::LifecycleOperation *operation)
{
    using Phase = lifecycle::LifecycleOperation::Phase;
    auto sequence = std::make_shared<int>(0);
    enum class Moment { Started, Step, Ended };
    auto record = [this, operation, sequence](Moment moment, const QString &message) {
        if (!m_store)
            return;
        TimelineEvent e;
        e.kind = TimelineEvent::Kind::ServerAction;
        const QString kindKey = operation->kindKey();
        e.key = QStringLiteral("%1/%2/%3")
                    .arg(kindKey)
                    .arg(operation->startedAt().toMSecsSinceEpoch())
                    .arg((*sequence)++);
        if (moment == Moment::Started) {
            e.reason = kindKey + QStringLiteral("-started");
        } else if (moment == Moment::Step) {
            e.reason = kindKey + QStringLiteral("-progress");
        } else {
            // "drain-Finished", "drain-Failed", "drain-Cancelled", "drain-TimedOut"
            e.reason = kindKey + u'-' +
                       QString::fromLatin1(
                           QMetaEnum::fromType<Phase>().valueToKey(int(operation->phase())));
        }
        e.message = message;
        e.object = operation->object();
        if (e.object.startsWith(QLatin1String("Node/")) && !e.object.contains(u','))
            e.node = e.object.mid(5);
        const QDateTime at =
            moment == Moment::Ended ? operation->finishedAt() : QDateTime::currentDateTimeUtc();
        e.firstSeen = e.lastSeen = at.isValid() ? at : QDateTime::currentDateTimeUtc();
        ++m_events;
        m_store->appendEvents({e});
    };
    auto startedRecorded = std::make_shared<bool>(false);
    auto recordStart = [record, operation, startedRecorded] {
        if (*startedRecorded || !operation->startedAt().isValid())
            return;
        *startedRecorded = true;
        record(Moment::Started, operation->title());
    };
    recordStart();
    connect(operation, &lifecycle::LifecycleOperation::progressChanged, this, recordStart);
    connect(operation, &lifecycle::LifecycleOperation::stepReached, this,
            [recordStart, record](const QString &step) {
                recordStart();
                record(Moment::Step, step);
            });
    connect(operation, &lifecycle::LifecycleOperation::finished, this,
            [recordStart, record, operation] {
                recordStart();
                record(Moment::Ended, operation->message());
            });
}

} // namespace maestro::history

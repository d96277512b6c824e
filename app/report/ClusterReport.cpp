// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/ClusterReport.h"
#include "app/i18n/LocaleFormat.h"

#include "app/kube/ClusterConnection.h"

#include <QJsonArray>
#include <QLocale>

namespace maestro {

using namespace maestro::kube;

namespace {

QString roleName(NodeRole role)
{
    switch (role) {
    case NodeRole::Master:
        return QStringLiteral("master");
    case NodeRole::SharedMaster:
        return QStringLiteral("shared-master");
    case NodeRole::Worker:
        return QStringLiteral("worker");
    }
    return {};
}

QJsonValue percent(qint64 used, qint64 of)
{
    if (of <= 0)
        return QJsonValue::Null;
    return std::round(double(used) * 1000.0 / double(of)) / 10.0;
}

} // namespace

ClusterReport::ClusterReport(ClusterConnection *connection, int watchSeconds, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_watchSeconds(std::max(0, watchSeconds))
{
    m_connectTimer.setSingleShot(true);
    m_watchTimer.setSingleShot(true);
    connect(&m_watchTimer, &QTimer::timeout, this, &ClusterReport::finish);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        failConnecting(tr("Could not load the cluster within %n second(s): %1", nullptr,
                          m_connectTimeoutSeconds)
                           .arg(m_connection ? m_connection->stateMessage() : QString()));
    });
}

void ClusterReport::run()
{
    connect(m_connection, &ClusterConnection::stateChanged, this,
            [this](ClusterConnection::State state, const QString &message) {
                // Once connected, trouble shows as "stale" in the report, not as a failure:
                // what was observed until then is still worth printing.
                if (m_connected)
                    return;
                switch (state) {
                case ClusterConnection::State::Unauthorized:
                case ClusterConnection::State::Forbidden:
                case ClusterConnection::State::TlsFailure:
                case ClusterConnection::State::NotKubernetes:
                    failConnecting(message);
                    break;
                // Like kubectl, a command-line report does not wait for an unreachable
                // server: the connection has already retried before it says so. A server
                // that answered and then lost a list or a watch is another matter: the
                // informers retry on their own, within the connect timeout.
                case ClusterConnection::State::Unreachable:
                    if (m_connection->serverVersion().isEmpty())
                        failConnecting(message);
                    break;
                default:
                    break;
                }
            });
    connect(m_connection, &ClusterConnection::synced, this, &ClusterReport::onConnected);
    m_connectTimer.start(m_connectTimeoutSeconds * 1000);
    m_connection->open();
}

void ClusterReport::onConnected()
{
    m_connected = true;
    m_connectTimer.stop();
    m_watchTimer.start(m_watchSeconds * 1000);
}

void ClusterReport::failConnecting(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_watchTimer.stop();
    m_error = message;
    Q_EMIT done(CannotConnect);
}

QJsonObject ClusterReport::summarize(const ClusterConnection &connection, QStringList *text)
{
    // The text follows the language of the translations (--lang); the JSON stays plain numbers.
    const QLocale locale;
    QJsonArray nodes;
    const auto &usage = connection.metrics()->nodes();
    QStringList names = connection.nodes()->items().keys();
    std::sort(names.begin(), names.end());
    text->append(tr("Cluster %1 at %2 (%3)")
                     .arg(connection.context().name, connection.context().server.toString(),
                          connection.serverVersion()));
    for (const QString &name : names) {
        const NodeInfo &node = *connection.nodes()->find(name);
        int pods = 0;
        for (const QString &key : connection.pods()->indexed(QStringLiteral("node"), name)) {
            const PodInfo *pod = connection.pods()->find(key);
            if (pod && !pod->isTerminal())
                ++pods;
        }
        const auto u = usage.constFind(name);
        const QJsonValue cpu = u == usage.constEnd()
                                   ? QJsonValue(QJsonValue::Null)
                                   : percent(u->cpuNanocores / 1000000, node.cpuAllocatableMilli);
        const QJsonValue memory = u == usage.constEnd()
                                      ? QJsonValue(QJsonValue::Null)
                                      : percent(u->memoryBytes, node.memoryAllocatableBytes);
        nodes.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("role"), roleName(node.role())},
                                 {QStringLiteral("size"), node.instanceType},
                                 {QStringLiteral("ready"), node.isReady()},
                                 {QStringLiteral("cpuPercent"), cpu},
                                 {QStringLiteral("memoryPercent"), memory},
                                 {QStringLiteral("pods"), pods},
                                 {QStringLiteral("memoryPressure"), node.hasMemoryPressure()},
                                 {QStringLiteral("diskPressure"), node.hasDiskPressure()}});
        text->append(
            tr("  %1  %2  %3  %4  cpu %5  memory %6  pods %7")
                .arg(name, roleName(node.role()), node.instanceType,
                     node.isReady() ? tr("Ready") : tr("NotReady"),
                     cpu.isNull() ? tr("n/a") : i18n::percent(cpu.toDouble(), 1, locale),
                     memory.isNull() ? tr("n/a") : i18n::percent(memory.toDouble(), 1, locale))
                .arg(locale.toString(pods)));
    }
    int pending = 0, running = 0, failed = 0;
    for (const PodInfo &pod : connection.pods()->items()) {
        if (pod.phase == PodPhase::Pending)
            ++pending;
        else if (pod.phase == PodPhase::Running)
            ++running;
        else if (pod.phase == PodPhase::Failed)
            ++failed;
    }
    int warnings = 0;
    for (const EventInfo &event : connection.events()->items())
        warnings += event.warning ? 1 : 0;
    const LatencyRecorder &latency = connection.client()->latency();
    const int p50 = latency.percentile(50, 600);
    const int p99 = latency.percentile(99, 600);
    QJsonObject json{
        {QStringLiteral("context"), connection.context().name},
        {QStringLiteral("server"), connection.context().server.toString()},
        {QStringLiteral("serverVersion"), connection.serverVersion()},
        {QStringLiteral("insecureSkipTlsVerify"), connection.context().insecureSkipTlsVerify},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("pods"),
         QJsonObject{{QStringLiteral("total"), int(connection.pods()->count())},
                     {QStringLiteral("pending"), pending},
                     {QStringLiteral("running"), running},
                     {QStringLiteral("failed"), failed}}},
        {QStringLiteral("events"),
         QJsonObject{{QStringLiteral("total"), int(connection.events()->count())},
                     {QStringLiteral("warnings"), warnings}}},
        {QStringLiteral("metrics"), connection.metrics()->stateMessage()},
        {QStringLiteral("api"),
         QJsonObject{
             {QStringLiteral("p50Ms"), p50 < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p50)},
             {QStringLiteral("p99Ms"), p99 < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p99)},
             {QStringLiteral("requests"), latency.sampleCount(600)}}},
        {QStringLiteral("stale"), connection.isStale()}};
    text->append(tr("Pods: %1 total, %2 running, %3 pending, %4 failed")
                     .arg(connection.pods()->count())
                     .arg(running)
                     .arg(pending)
                     .arg(failed));
    text->append(
        tr("Events: %L1 total, %L2 warnings").arg(connection.events()->count()).arg(warnings));
    text->append(tr("API latency: p50 %L1 ms, p99 %L2 ms").arg(p50).arg(p99));
    if (connection.context().insecureSkipTlsVerify)
        text->append(
            tr("Warning: TLS verification is off for this cluster (insecure-skip-tls-verify)."));
    return json;
}

void ClusterReport::finish()
{
    if (m_finished || !m_connection)
        return;
    m_finished = true;
    m_text.clear();
    m_json = summarize(*m_connection, &m_text);
    int code = Ok;
    for (const Section &section : m_sections)
        code = std::max(code, section(m_json, m_text));
    Q_EMIT done(code);
}

} // namespace maestro

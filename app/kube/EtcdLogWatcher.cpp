// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/EtcdLogWatcher.h"

#include "app/kube/ApiClient.h"
#include "app/kube/Objects.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace maestro::kube {

std::optional<double> parseGoDurationMs(const QString &text)
{
    static const QRegularExpression part(
        QStringLiteral("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)"));
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    double total = 0;
    qsizetype position = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != position)
            return std::nullopt;
        position = m.capturedEnd();
        const double value = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        if (unit == u"ns")
            total += value / 1e6;
        else if (unit == u"us" || unit == u"µs" || unit == u"μs")
            total += value / 1e3;
        else if (unit == u"ms")
            total += value;
        else if (unit == u"s")
            total += value * 1e3;
        else if (unit == u"m")
            total += value * 60e3;
        else
            total += value * 3600e3;
    }
    if (position != text.size())
        return std::nullopt;
    return total;
}

std::optional<EtcdWarning> parseEtcdLogLine(const QByteArray &rawLine)
{
    QByteArray line = rawLine.trimmed();
    QDateTime prefixTime;
    // `timestamps=true` puts an RFC 3339 time and a space before the line.
    if (!line.startsWith('{')) {
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            return std::nullopt;
        prefixTime = parseTimestamp(QString::fromLatin1(line.left(space)));
        line = line.mid(space + 1).trimmed();
        if (!line.startsWith('{'))
            return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonObject entry = QJsonDocument::fromJson(line, &error).object();
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (entry.value(QLatin1String("level")).toString() != u"warn")
        return std::nullopt;
    const QString msg = entry.value(QLatin1String("msg")).toString();
    EtcdWarning warning;
    if (msg.startsWith(u"apply request took too long"))
        warning.kind = EtcdWarning::Kind::SlowApply;
    else if (msg.startsWith(u"slow fdatasync"))
        warning.kind = EtcdWarning::Kind::SlowFdatasync;
    else if (msg.contains(u"took too long"))
        warning.kind = EtcdWarning::Kind::SlowHeartbeat;
    else
        return std::nullopt;
    const QString took = entry.value(QLatin1String("took")).toString();
    const QString exceeded = entry.value(QLatin1String("exceeded-duration")).toString();
    warning.tookMs = parseGoDurationMs(!took.isEmpty() ? took : exceeded).value_or(0);
    warning.time = parseTimestamp(entry.value(QLatin1String("ts")));
    if (!warning.time.isValid())
        warning.time = prefixTime;
    warning.line = QString::fromUtf8(line.left(2000));
    return warning;
}

EtcdLogWatcher::EtcdLogWatcher(ApiClient *client, std::function<QHash<QString, QString>()> etcdPods,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_etcdPods(std::move(etcdPods))
{
    m_timer.setInterval(20000);
    connect(&m_timer, &QTimer::timeout, this, &EtcdLogWatcher::pollNow);
}

void EtcdLogWatcher::start()
{
    m_timer.start();
    pollNow();
}

void EtcdLogWatcher::stop()
{
    m_timer.stop();
}

void EtcdLogWatcher::pollNow()
{
    if (!m_client || m_inFlight > 0)
        return;
    const QHash<QString, QString> pods = m_etcdPods();
    for (auto it = pods.begin(); it != pods.end(); ++it) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("container"), QStringLiteral("etcd"));
        query.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(m_windowSeconds));
        query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
        RequestSpec spec;
        spec.path = QStringLiteral("/api/v1/namespaces/kube-system/pods/%1/log").arg(it.key());
        spec.query = query;
        spec.accept = "text/plain, */*";
        spec.resource = QStringLiteral("pods/log");
        spec.maxResponseBytes = 32 << 20;
        ApiRequest *request = m_client->send(spec);
        ++m_inFlight;
        const QString pod = it.key();
        const QString node = it.value();
        connect(request, &ApiRequest::finished, this,
                [this, request, pod, node] { onLog(request, pod, node); });
    }
}

void EtcdLogWatcher::onLog(ApiRequest *request, const QString &pod, const QString &node)
{
    request->deleteLater();
    --m_inFlight;
    if (!request->ok()) {
        // Managed control planes hide etcd: no logs is not the same as no warnings.
        if (request->error().kind == ApiErrorKind::Forbidden ||
            request->error().kind == ApiErrorKind::NotFound)
            m_readable = false;
    } else {
        m_readable = true;
        for (const QByteArray &line : request->body().split('\n')) {
            if (line.isEmpty() || m_seen.contains(line))
                continue;
            auto warning = parseEtcdLogLine(line);
            if (!warning)
                continue;
            m_seen.insert(line);
            warning->pod = pod;
            warning->node = node;
            m_warnings.push_back(*warning);
        }
        std::sort(m_warnings.begin(), m_warnings.end(),
                  [](const EtcdWarning &a, const EtcdWarning &b) { return a.time < b.time; });
    }
    prune();
    if (m_inFlight == 0)
        Q_EMIT updated();
}

void EtcdLogWatcher::prune()
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-2 * m_windowSeconds);
    while (!m_warnings.empty() && m_warnings.front().time < cutoff) {
        m_seen.remove(m_warnings.front().line.toUtf8());
        m_warnings.pop_front();
    }
    if (m_seen.size() > 50000)
        m_seen.clear();
}

QList<EtcdWarning> EtcdLogWatcher::warnings(int seconds) const
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    QList<EtcdWarning> result;
    for (const EtcdWarning &w : m_warnings) {
        if (w.time >= cutoff)
            result.append(w);
    }
    return result;
}

} // namespace maestro::kube

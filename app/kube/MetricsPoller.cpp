// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/MetricsPoller.h"

#include "app/kube/ApiClient.h"
#include "app/kube/Objects.h"
#include "app/quantity/Quantity.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace maestro::kube {

MetricsPoller::MetricsPoller(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &MetricsPoller::pollNow);
}

void MetricsPoller::start()
{
    m_timer.start();
    pollNow();
}

void MetricsPoller::stop()
{
    m_timer.stop();
}

QString MetricsPoller::stateMessage() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Waiting for the first measurement");
    case State::Available:
        return tr("Measured by metrics-server");
    case State::NotInstalled:
        return tr("metrics-server not installed: no CPU or memory figures");
    case State::Failing:
        return tr("Metrics unavailable: %1").arg(m_lastError.describe());
    }
    return {};
}

void MetricsPoller::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MetricsPoller::pollNow()
{
    if (!m_client || m_inFlight)
        return;
    m_inFlight = true;
    ApiRequest *request = m_client->get(QStringLiteral("/apis/metrics.k8s.io/v1beta1/nodes"), {},
                                        QStringLiteral("nodes.metrics.k8s.io"));
    connect(request, &ApiRequest::finished, this, [this, request] { onNodes(request); });
}

QHash<QString, Usage> MetricsPoller::parseList(const QByteArray &body, bool pods, bool *ok)
{
    QHash<QString, Usage> result;
    QJsonParseError error{};
    const QJsonObject list = QJsonDocument::fromJson(body, &error).object();
    *ok = error.error == QJsonParseError::NoError && list.value(QLatin1String("items")).isArray();
    if (!*ok)
        return result;
    for (const QJsonValue &value : list.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject metadata = item.value(QLatin1String("metadata")).toObject();
        const QString name = metadata.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            continue;
        Usage usage;
        usage.timestamp = parseTimestamp(item.value(QLatin1String("timestamp")));
        auto add = [&usage](const QJsonObject &u) {
            const auto cpu = Quantity::parse(QStringView(u.value(QLatin1String("cpu")).toString()));
            const auto memory =
                Quantity::parse(QStringView(u.value(QLatin1String("memory")).toString()));
            // Saturate instead of overflowing: a hostile or broken metrics server can send
            // quantities whose sum over containers exceeds 64 bits.
            const auto saturatingAdd = [](qint64 &sum, qint64 term) {
                if (__builtin_add_overflow(sum, term, &sum))
                    sum = term > 0 ? std::numeric_limits<qint64>::max()
                                   : std::numeric_limits<qint64>::min();
            };
            saturatingAdd(usage.cpuNanocores, cpu ? cpu->toNanos().value_or(0) : 0);
            saturatingAdd(usage.memoryBytes, memory ? memory->toUnits().value_or(0) : 0);
        };
        if (pods) {
            for (const QJsonValue &c : item.value(QLatin1String("containers")).toArray())
                add(c.toObject().value(QLatin1String("usage")).toObject());
            result.insert(metadata.value(QLatin1String("namespace")).toString() + u'/' + name,
                          usage);
        } else {
            add(item.value(QLatin1String("usage")).toObject());
            result.insert(name, usage);
        }
    }
    return result;
}

void MetricsPoller::onNodes(ApiRequest *request)
{
    request->deleteLater();
    if (!request->ok()) {
        m_inFlight = false;
        m_lastError = request->error();
        // 404 (or 503 from an unavailable aggregated API) means metrics-server is absent.
        const bool absent = m_lastError.kind == ApiErrorKind::NotFound ||
                            (m_lastError.httpStatus == 503 && m_state != State::Available);
        setState(absent ? State::NotInstalled : State::Failing);
        m_nodeUsage.clear();
        Q_EMIT updated();
        return;
    }
    bool ok = false;
    QHash<QString, Usage> usage = parseList(request->body(), false, &ok);
    if (!ok) {
        m_inFlight = false;
        m_lastError.kind = ApiErrorKind::Decode;
        m_lastError.message = tr("NodeMetricsList could not be read");
        setState(State::Failing);
        return;
    }
    m_nodeUsage = std::move(usage);
    m_lastUpdate = QDateTime::currentDateTimeUtc();
    setState(State::Available);
    if (!m_pods || !m_client) {
        m_inFlight = false;
        Q_EMIT updated();
        return;
    }
    ApiRequest *pods = m_client->get(QStringLiteral("/apis/metrics.k8s.io/v1beta1/pods"), {},
                                     QStringLiteral("pods.metrics.k8s.io"));
    connect(pods, &ApiRequest::finished, this, [this, pods] { onPods(pods); });
}

void MetricsPoller::onPods(ApiRequest *request)
{
    request->deleteLater();
    m_inFlight = false;
    bool ok = false;
    if (request->ok()) {
        QHash<QString, Usage> usage = parseList(request->body(), true, &ok);
        if (ok)
            m_podUsage = std::move(usage);
    }
    Q_EMIT updated();
}

} // namespace maestro::kube

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/ApiError.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace maestro::kube {

class ApiClient;
class ApiRequest;

/// One node's or pod's usage as metrics-server last measured it.
struct Usage
{
    qint64 cpuNanocores = 0;
    qint64 memoryBytes = 0;
    QDateTime timestamp;
};

/**
 * Polls metrics.k8s.io/v1beta1 (metrics-server keeps only the latest value; the
 * history is the app's job). When the API is not served the state says so, so
 * that nobody mistakes missing metrics for idle nodes.
 */
class MetricsPoller : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Available, NotInstalled, Failing };
    Q_ENUM(State)

    explicit MetricsPoller(ApiClient *client, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void setPodMetricsEnabled(bool enabled) { m_pods = enabled; }
    void start();
    void stop();
    void pollNow();

    State state() const { return m_state; }
    QString stateMessage() const;
    const QHash<QString, Usage> &nodes() const { return m_nodeUsage; }
    const QHash<QString, Usage> &pods() const { return m_podUsage; } ///< "namespace/name"
    QDateTime lastUpdate() const { return m_lastUpdate; }

    /// Parses a NodeMetricsList or PodMetricsList body (pods summed over containers).
    static QHash<QString, Usage> parseList(const QByteArray &body, bool pods, bool *ok);

Q_SIGNALS:
    void updated();
    void stateChanged(maestro::kube::MetricsPoller::State state);

private:
    void onNodes(ApiRequest *request);
    void onPods(ApiRequest *request);
    void setState(State state);

    QPointer<ApiClient> m_client;
    QTimer m_timer;
    bool m_pods = false;
    bool m_inFlight = false;
    State m_state = State::Unknown;
    ApiError m_lastError;
    QHash<QString, Usage> m_nodeUsage;
    QHash<QString, Usage> m_podUsage;
    QDateTime m_lastUpdate;
};

} // namespace maestro::kube

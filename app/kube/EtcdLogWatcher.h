// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

namespace maestro::kube {

class ApiClient;
class ApiRequest;

/// One of etcd's slow-write warnings.
struct EtcdWarning
{
    enum class Kind { SlowApply, SlowFdatasync, SlowHeartbeat };
    Kind kind = Kind::SlowApply;
    QDateTime time;
    QString pod; ///< "etcd-<node>"
    QString node;
    double tookMs = 0;
    QString line; ///< the log line as etcd wrote it (for evidence)
};

/// Parses one line of `kubectl logs --timestamps etcd-…` output (the timestamp
/// prefix is optional); nullopt for lines that are not slow-write warnings.
std::optional<EtcdWarning> parseEtcdLogLine(const QByteArray &line);
/// Go's duration text ("111.479086ms", "1.8s", "1m2.5s", "850µs") in milliseconds.
std::optional<double> parseGoDurationMs(const QString &text);

/**
 * Reads the etcd pods' logs through the API (`pods/log` with sinceSeconds) every
 * interval and keeps the slow-write warnings of the recent window: the advisor's
 * "etcd apply request took too long" signal.
 */
class EtcdLogWatcher : public QObject
{
    Q_OBJECT
public:
    /// `etcdPods` returns the etcd pods to read: {"etcd-node1": "node1", ...}.
    EtcdLogWatcher(ApiClient *client, std::function<QHash<QString, QString>()> etcdPods,
                   QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void setWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    void start();
    void stop();
    void pollNow();

    /// Warnings of the last `seconds`, oldest first.
    QList<EtcdWarning> warnings(int seconds) const;
    bool logsReadable() const { return m_readable; }

Q_SIGNALS:
    void updated();

private:
    void onLog(ApiRequest *request, const QString &pod, const QString &node);
    void prune();

    QPointer<ApiClient> m_client;
    std::function<QHash<QString, QString>()> m_etcdPods;
    QTimer m_timer;
    int m_windowSeconds = 600;
    int m_inFlight = 0;
    bool m_readable = true;
    std::deque<EtcdWarning> m_warnings;
    QSet<QByteArray> m_seen; ///< lines already counted (the windows of two polls overlap)
};

} // namespace maestro::kube

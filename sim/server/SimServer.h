// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/cluster/SimCluster.h"

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

#include <memory>

namespace maestro::sim {

class ApiServer;
class CertificateAuthority;
class HttpServer;
class ObjectStore;

struct SimServerOptions
{
    SimOptions cluster;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    bool tls = false;
    QString token;
    QString faults; ///< "--faults" text
    /// Also serve the API without any fault on a second port of the same address (0: any
    /// free one): what a test compares its client's picture with.
    bool faultFreeListener = false;
    quint16 faultFreePort = 0;
    /// How often watches that asked for bookmarks get one; tests shorten it.
    int bookmarkIntervalMs = 5000;
};

/**
 * A whole simulated cluster behind an API server: what `maestro-sim` runs and
 * what the app's demo mode starts in-process. Lives in the thread it was made in.
 */
class SimServer : public QObject
{
    Q_OBJECT
public:
    explicit SimServer(SimServerOptions options, QObject *parent = nullptr);
    ~SimServer() override;

    /// Sets the scenario up, listens and starts the clock.
    bool start(QString *error);
    QUrl url() const;
    /// The fault-free listener's URL (empty without one).
    QUrl faultFreeUrl() const;
    /// PEM of the CA that signed the serving certificate (empty without TLS).
    QByteArray caCertificatePem() const;
    /// A kubeconfig for kubectl and the app (server, CA data, token).
    QByteArray kubeconfig(const QString &contextName = QStringLiteral("maestro-sim")) const;
    bool writeKubeconfig(const QString &path, QString *error) const;

    CertificateAuthority *certificateAuthority() const { return m_ca.get(); }
    SimCluster *cluster() const { return m_cluster; }
    ObjectStore *store() const { return m_store; }
    ApiServer *api() const { return m_api; }
    HttpServer *http() const { return m_http; }
    const SimServerOptions &options() const { return m_options; }

private:
    SimServerOptions m_options;
    std::unique_ptr<CertificateAuthority> m_ca;
    ObjectStore *m_store = nullptr;
    SimCluster *m_cluster = nullptr;
    ApiServer *m_api = nullptr;
    HttpServer *m_http = nullptr;
    HttpServer *m_faultFreeHttp = nullptr;
};

/**
 * Runs a SimServer in a thread of its own, so the simulation and its encoding
 * never compete with the caller's event loop (the app's demo mode, tests).
 */
class SimServerThread : public QThread
{
    Q_OBJECT
public:
    explicit SimServerThread(SimServerOptions options, QObject *parent = nullptr);
    ~SimServerThread() override;

    /// Starts the thread and waits until the server listens (or failed).
    bool startAndWait(QString *error);
    QUrl url() const { return m_url; }
    QUrl faultFreeUrl() const { return m_faultFreeUrl; }
    QByteArray kubeconfig() const { return m_kubeconfig; }
    QByteArray caCertificatePem() const { return m_caPem; }
    /// The server object; use only through queued calls (it lives in the thread).
    SimServer *server() const { return m_server; }

protected:
    void run() override;

private:
    SimServerOptions m_options;
    SimServer *m_server = nullptr;
    QUrl m_url;
    QUrl m_faultFreeUrl;
    QByteArray m_kubeconfig;
    QByteArray m_caPem;
    QString m_error;
    bool m_ok = false;
    QMutex m_mutex;
    QWaitCondition m_started;
    bool m_ready = false;
};

} // namespace maestro::sim

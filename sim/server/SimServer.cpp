// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/server/SimServer.h"

#include "sim/api/ApiServer.h"
#include "sim/http/HttpServer.h"
#include "sim/store/ObjectStore.h"
#include "sim/tls/CertificateAuthority.h"

#include <QFile>
#include <QSaveFile>
#include <QSslConfiguration>

namespace maestro::sim {

SimServer::SimServer(SimServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

SimServer::~SimServer()
{
    if (m_faultFreeHttp)
        m_faultFreeHttp->close();
    if (m_http)
        m_http->close();
}

bool SimServer::start(QString *error)
{
    FaultSpec faults;
    if (!m_options.faults.isEmpty()) {
        faults = FaultSpec::parse(m_options.faults, error);
        if (!error->isEmpty())
            return false;
    }
    m_store = new ObjectStore(this);
    m_cluster = new SimCluster(m_store, m_options.cluster, this);
    if (!m_cluster->setUp(error))
        return false;

    m_http = new HttpServer(this);
    if (m_options.faultFreeListener)
        m_faultFreeHttp = new HttpServer(this);
    if (m_options.tls) {
        m_ca = std::make_unique<CertificateAuthority>();
        if (!m_ca->isValid()) {
            *error = QStringLiteral("could not create the certificate authority: %1")
                         .arg(m_ca->errorString());
            return false;
        }
        QStringList ips{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        if (!m_options.address.isLoopback() && m_options.address != QHostAddress::Any &&
            m_options.address != QHostAddress::AnyIPv6)
            ips << m_options.address.toString();
        const IssuedCertificate serving = m_ca->issueServerCertificate(
            {QStringLiteral("localhost"), QStringLiteral("maestro-sim"),
             QStringLiteral("kubernetes"), QStringLiteral("kubernetes.default.svc")},
            ips);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(serving.certificate);
        tls.setPrivateKey(serving.key);
        for (HttpServer *http : {m_http, m_faultFreeHttp}) {
            if (!http)
                continue;
            http->setTlsConfiguration(tls);
            http->setClientCertificateAuthority(m_ca->certificate());
        }
    }
    if (!m_http->listen(m_options.address, m_options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.address.toString())
                     .arg(m_options.port)
                     .arg(m_http->errorString());
        return false;
    }
    if (m_faultFreeHttp && !m_faultFreeHttp->listen(m_options.address, m_options.faultFreePort)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.address.toString())
                     .arg(m_options.faultFreePort)
                     .arg(m_faultFreeHttp->errorString());
        return false;
    }
    ApiOptions api;
    api.bearerToken = m_options.token;
    api.serverAddress = url().authority();
    api.bookmarkIntervalMs = m_options.bookmarkIntervalMs;
    m_api = new ApiServer(m_store, m_cluster, api, this);
    m_api->setFaults(faults);
    m_http->setHandler([this](const HttpRequest &request, HttpResponder *responder) {
        m_api->handle(request, responder);
    });
    if (m_faultFreeHttp)
        m_faultFreeHttp->setHandler([this](const HttpRequest &request, HttpResponder *responder) {
            m_api->handle(request, responder, false);
        });
    m_cluster->start();
    return true;
}

QUrl SimServer::url() const
{
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    QHostAddress host = m_http ? m_http->serverAddress() : m_options.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    url.setHost(host.toString());
    url.setPort(m_http ? m_http->serverPort() : m_options.port);
    return url;
}

QUrl SimServer::faultFreeUrl() const
{
    if (!m_faultFreeHttp)
        return {};
    QUrl clean = url();
    clean.setPort(m_faultFreeHttp->serverPort());
    return clean;
}

QByteArray SimServer::caCertificatePem() const
{
    return m_ca ? m_ca->certificatePem() : QByteArray();
}

QByteArray SimServer::kubeconfig(const QString &contextName) const
{
    // Written by hand: the simulator shares no YAML or API code with the app.
    QByteArray out = "apiVersion: v1\nkind: Config\nclusters:\n- name: " + contextName.toUtf8() +
                     "\n  cluster:\n    server: " + url().toString().toUtf8() + '\n';
    if (m_ca)
        out += "    certificate-authority-data: " + caCertificatePem().toBase64() + '\n';
    out += "users:\n- name: " + contextName.toUtf8() + "\n  user:";
    if (!m_options.token.isEmpty())
        out += "\n    token: \"" +
               m_options.token.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + "\"\n";
    else
        out += " {}\n";
    out += "contexts:\n- name: " + contextName.toUtf8() +
           "\n  context:\n    cluster: " + contextName.toUtf8() +
           "\n    user: " + contextName.toUtf8() +
           "\n    namespace: default\ncurrent-context: " + contextName.toUtf8() + '\n';
    return out;
}

bool SimServer::writeKubeconfig(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // It holds the token: readable by the user only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(kubeconfig());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

SimServerThread::SimServerThread(SimServerOptions options, QObject *parent)
    : QThread(parent)
    , m_options(std::move(options))
{}

SimServerThread::~SimServerThread()
{
    quit();
    wait();
}

bool SimServerThread::startAndWait(QString *error)
{
    start();
    QMutexLocker lock(&m_mutex);
    while (!m_ready)
        m_started.wait(&m_mutex);
    if (!m_ok && error)
        *error = m_error;
    return m_ok;
}

void SimServerThread::run()
{
    SimServer server(m_options);
    QString error;
    const bool ok = server.start(&error);
    {
        QMutexLocker lock(&m_mutex);
        m_server = &server;
        m_ok = ok;
        m_error = error;
        if (ok) {
            m_url = server.url();
            m_faultFreeUrl = server.faultFreeUrl();
            m_kubeconfig = server.kubeconfig();
            m_caPem = server.caCertificatePem();
        }
        m_ready = true;
        m_started.wakeAll();
    }
    if (ok)
        exec();
    QMutexLocker lock(&m_mutex);
    m_server = nullptr;
}

} // namespace maestro::sim

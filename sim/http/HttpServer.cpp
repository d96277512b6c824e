// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/http/HttpServer.h"

#include "sim/http/HttpConnection.h"

#include <QSet>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <unistd.h>

namespace maestro::sim {

// Per-connection trouble (junk, timeouts, refused certificates) is debug output: a
// client misbehaving is not the simulator's problem.
Q_LOGGING_CATEGORY(lcHttp, "maestro.sim.http", QtInfoMsg)

namespace {

/// Hands every accepted descriptor to the server at once. A QTcpServer subclass rather
/// than QSslServer so that plain and TLS connections share one code path and the TLS
/// handshake is bounded by the same request timeout as everything else; nothing waits
/// in QTcpServer's pending-connection queue (and its maxPendingConnections limit).
class Listener final : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> accept, QObject *parent)
        : QTcpServer(parent)
        , m_accept(std::move(accept))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

} // namespace

struct HttpServer::Private
{
    HttpServer *q = nullptr;
    std::shared_ptr<HttpServerSettings> settings = std::make_shared<HttpServerSettings>();
    QSslConfiguration tlsConfiguration;
    QSslConfiguration effectiveTls; // tlsConfiguration plus what the server insists on
    bool tlsEnabled = false;
    Listener *listener = nullptr;
    QSet<HttpConnection *> connections;
    QString error;

    void updateEffectiveTls()
    {
        effectiveTls = tlsConfiguration;
        // No "h2": clients that prefer HTTP/2 (kubectl, Go) fall back to HTTP/1.1.
        effectiveTls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        if (!settings->clientCa.isNull()) {
            // Ask for a certificate but take connections without one; it is verified
            // against our CA after the handshake. Only that CA is listed, so clients
            // that pick a certificate by the server's CA list (Go) offer ours.
            effectiveTls.setPeerVerifyMode(QSslSocket::QueryPeer);
            effectiveTls.setCaCertificates({settings->clientCa});
        } else {
            effectiveTls.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
    }

    void accept(qintptr descriptor)
    {
        QTcpSocket *socket = nullptr;
        if (tlsEnabled) {
            auto *sslSocket = new QSslSocket;
            sslSocket->setSslConfiguration(effectiveTls);
            socket = sslSocket;
        } else {
            socket = new QTcpSocket;
        }
        if (!socket->setSocketDescriptor(descriptor)) {
            qCWarning(lcHttp) << "cannot take accepted socket:" << socket->errorString();
            delete socket;
            ::close(int(descriptor));
            return;
        }
        auto *connection = new HttpConnection(socket, settings, q);
        connections.insert(connection);
        QObject::connect(connection, &HttpConnection::finished, q,
                         [this](HttpConnection *finished) {
                             connections.remove(finished);
                             finished->deleteLater();
                         });
    }
};

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->updateEffectiveTls();
}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    d->tlsConfiguration = configuration;
    d->tlsEnabled =
        !configuration.localCertificate().isNull() && !configuration.privateKey().isNull();
    if (!d->tlsEnabled)
        qCWarning(lcHttp) << "TLS configuration without certificate and key: serving plain HTTP";
    d->updateEffectiveTls();
}

void HttpServer::setClientCertificateAuthority(const QSslCertificate &ca)
{
    d->settings->clientCa = ca;
    d->updateEffectiveTls();
}

void HttpServer::setMaxBodySize(qint64 bytes)
{
    d->settings->maxBodySize = qMax<qint64>(0, bytes);
}

void HttpServer::setRequestTimeout(int msecs)
{
    d->settings->requestTimeoutMs = qMax(1, msecs);
}

void HttpServer::setHandler(Handler handler)
{
    d->settings->handler = std::move(handler);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (d->listener && d->listener->isListening()) {
        d->error = QStringLiteral("already listening");
        return false;
    }
    if (!d->listener)
        d->listener = new Listener([this](qintptr descriptor) { d->accept(descriptor); }, this);
    // Hundreds of watch clients reconnect at once after a fault; with the default backlog
    // of 50 the rest would wait for SYN retransmits.
    d->listener->setListenBacklogSize(1024);
    if (!d->listener->listen(address, port)) {
        d->error = d->listener->errorString();
        return false;
    }
    d->error.clear();
    return true;
}

QString HttpServer::errorString() const
{
    return d->error;
}

QHostAddress HttpServer::serverAddress() const
{
    return d->listener ? d->listener->serverAddress() : QHostAddress();
}

quint16 HttpServer::serverPort() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

bool HttpServer::isTls() const
{
    return d->tlsEnabled;
}

void HttpServer::close()
{
    if (d->listener)
        d->listener->close();
    // abortConnection() emits finished(), which edits the set: iterate over a copy.
    const QSet<HttpConnection *> open = d->connections;
    for (HttpConnection *connection : open)
        connection->abortConnection();
    d->connections.clear();
}

int HttpServer::connectionCount() const
{
    return int(d->connections.size());
}

} // namespace maestro::sim

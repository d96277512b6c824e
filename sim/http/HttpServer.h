// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace maestro::sim {

/// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;                     ///< "GET", "PATCH", ... (upper case as sent)
    QByteArray target;                     ///< raw request target, e.g. "/api/v1/pods?limit=5"
    QString path;                          ///< percent-decoded path without the query
    QUrlQuery query;                       ///< decoded query parameters
    QHash<QByteArray, QByteArray> headers; ///< lower-cased names; repeated headers joined by ", "
    QByteArray body;
    QHostAddress peerAddress;
    /// The client certificate, when the peer presented one that chains to the
    /// server's client CA (see HttpServer::setClientCertificateAuthority). Null otherwise.
    QSslCertificate verifiedClientCertificate;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

/**
 * The answer side of one request. Either respond() once, or beginStream(),
 * writeChunk() any number of times and endStream(). The object belongs to the
 * connection; keep a QPointer to it when answering later (it is destroyed when
 * the client goes away, after closed() is emitted, and once its response is complete).
 * Writes go out in the server's thread; drained() is never emitted from inside a write.
 */
class HttpResponder : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// A complete response with Content-Length. Extra headers are "Name: value" pairs.
    virtual void respond(int status, const QByteArray &contentType, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}) = 0;

    /// Starts a chunked (Transfer-Encoding: chunked) response, e.g. a watch.
    virtual void beginStream(int status, const QByteArray &contentType) = 0;
    /// Sends one chunk and flushes it. Returns false when the client is gone.
    virtual bool writeChunk(const QByteArray &data) = 0;
    /// Ends the chunked response; the connection may then serve the next request.
    virtual void endStream() = 0;
    /// Closes the connection without a proper ending (fault injection: a dropped stream).
    virtual void abort() = 0;

    // Fault injection: answers that go wrong on the way.
    /// Sends the head and the first `bodyBytes` bytes of the body, then closes the
    /// connection, as a server that died in the middle of its answer.
    virtual void respondCut(int status, const QByteArray &contentType, const QByteArray &body,
                            qint64 bodyBytes) = 0;
    /// The whole answer, but trickled out in small pieces over `durationMs`.
    virtual void respondSlowly(int status, const QByteArray &contentType, const QByteArray &body,
                               int durationMs) = 0;
    /// On a stream: announces a chunk of `data`, sends only its first `bytes`, then drops
    /// the connection.
    virtual void cutStream(const QByteArray &data, qint64 bytes) = 0;

    /// Bytes written but not yet handed to the kernel (for back-pressure on big lists).
    virtual qint64 pendingBytes() const = 0;

Q_SIGNALS:
    /// The client closed the connection or it failed; no more writes are possible.
    void closed();
    /// Emitted when pending bytes have been written out (for back-pressure).
    void drained();
};

/**
 * A small HTTP/1.1 server over QTcpServer or QSslServer: keep-alive, requests
 * answered in order, bodies with Content-Length or chunked, responses complete or
 * streamed. Malformed requests get a 400 and the connection is closed; a body
 * over the size cap gets a 413; garbage that is not HTTP closes the connection.
 * It lives in the thread it was created in.
 */
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder *)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    /// Serve HTTPS with this certificate and key (call before listen()).
    void setTlsConfiguration(const QSslConfiguration &configuration);
    /// Accept client certificates issued by this CA (requested, not required).
    void setClientCertificateAuthority(const QSslCertificate &ca);
    void setMaxBodySize(qint64 bytes);
    /// How long a connection may stay silent in the middle of a request (or of the TLS
    /// handshake) before it is closed. Default 30 s.
    void setRequestTimeout(int msecs);
    void setHandler(Handler handler);

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    bool isTls() const;
    /// Stops accepting and closes every open connection.
    void close();

    int connectionCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maestro::sim

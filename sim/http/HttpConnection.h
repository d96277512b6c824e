// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to HttpServer: one client connection and the responders of its requests.

#include "sim/http/HttpRequestParser.h"
#include "sim/http/HttpServer.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <memory>

class QSslSocket;

namespace maestro::sim {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

/// What every connection of one server shares; the server may change it while they run.
struct HttpServerSettings
{
    HttpServer::Handler handler;
    qint64 maxBodySize = HttpRequestParser::DefaultMaxBodySize;
    int requestTimeoutMs = 30 * 1000;
    QSslCertificate clientCa;
};

class HttpConnection;

class HttpResponderImpl final : public HttpResponder
{
    Q_OBJECT
public:
    HttpResponderImpl(HttpConnection *connection, bool keepAlive, bool http10);

    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}) override;
    void beginStream(int status, const QByteArray &contentType) override;
    bool writeChunk(const QByteArray &data) override;
    void endStream() override;
    void abort() override;
    void respondCut(int status, const QByteArray &contentType, const QByteArray &body,
                    qint64 bodyBytes) override;
    void respondSlowly(int status, const QByteArray &contentType, const QByteArray &body,
                       int durationMs) override;
    void cutStream(const QByteArray &data, qint64 bytes) override;
    qint64 pendingBytes() const override;

private:
    enum class State { Fresh, Streaming, Finished };

    QByteArray statusHead(int status, const QByteArray &contentType,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                          bool *closeAfter) const;
    bool usable() const;
    /// Head and body of a complete answer; false when it cannot be sent.
    bool completeAnswer(int status, const QByteArray &contentType, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &extraHeaders, QByteArray *head,
                        QByteArray *out, bool *close);

    QPointer<HttpConnection> m_connection;
    State m_state = State::Fresh;
    bool m_keepAlive;
    bool m_http10;
    bool m_closeAfter = false;
};

class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, std::shared_ptr<const HttpServerSettings> settings,
                   QObject *parent);
    ~HttpConnection() override;

    bool isClosed() const { return m_closed; }
    qint64 pendingBytes() const;
    /// Queues bytes of the current response; `flush` pushes them to the kernel now.
    void write(const QByteArray &data, bool flush);
    /// The current responder is done; `close` ends the connection after the bytes went out.
    void responseFinished(HttpResponderImpl *responder, bool close);
    /// Drops the connection at once (no orderly ending).
    void abortConnection();

    /// A Kubernetes Status object (status "Failure") as the body of an error response.
    static QByteArray statusJson(int code, const QString &reason, const QString &message);

Q_SIGNALS:
    /// The connection is gone; the server forgets it and deletes it later.
    void finished(maestro::sim::HttpConnection *connection);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onEncrypted();
    void onReadyRead();
    void onBytesWritten();
    void processBuffer();
    void dispatch();
    void sendErrorAndClose(int status, const QString &reason, const QString &message);
    void closeAfterWriting(bool linger);
    void maybeFinishClosing();
    void updateRequestTimer();
    void teardown();

    QTcpSocket *m_socket;
    QSslSocket *m_sslSocket = nullptr;
    std::shared_ptr<const HttpServerSettings> m_settings;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QPointer<HttpResponderImpl> m_active;
    QHostAddress m_peerAddress;
    QSslCertificate m_clientCertificate;

    QBasicTimer m_requestTimer; // incomplete request (or TLS handshake) with no progress
    QBasicTimer m_lingerTimer;  // quiet period before closing after an error response
    QBasicTimer m_closeTimer;   // hard limit for the orderly close
    QElapsedTimer m_lingerClock;

    bool m_ready = false;     // plain, or TLS after the handshake
    bool m_closing = false;   // no more requests; closing once the output is written
    bool m_lingering = false; // reading and dropping input until the client is quiet
    bool m_closed = false;
    bool m_inProcess = false;
    bool m_processQueued = false;
    bool m_inWrite = false;
    bool m_drainQueued = false;
};

} // namespace maestro::sim

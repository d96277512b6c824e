// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/http/HttpConnection.h"

#include "sim/tls/CertificateVerification.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslSocket>
#include <QTimer>
#include <QTimerEvent>

#include <algorithm>
#include <memory>

namespace maestro::sim {

namespace {

// After an error response the client may still be sending a body we refused. Closing
// with unread input makes the kernel send a reset, which can destroy the response
// before the client read it, so input is drained until the client goes quiet.
constexpr int LingerQuietMs = 200;
constexpr int LingerMaxMs = 2000;
// An orderly close that cannot get its last bytes out (the client stopped reading).
constexpr int CloseTimeoutMs = 5000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Request Entity Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray httpDate()
{
    // Formatting a date per response shows up in profiles of big watch fan-outs; the
    // text only changes once a second.
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cached = QLocale::c()
                     .toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}

bool isSafeHeaderPart(const QByteArray &text, bool isName)
{
    if (isName && text.isEmpty())
        return false;
    for (char c : text) {
        if (c == '\r' || c == '\n' || c == '\0' || (isName && (c == ':' || c == ' ')))
            return false;
    }
    return true;
}

QByteArray buildHead(int status, bool http10, const QByteArray &contentType,
                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders, bool *close)
{
    QByteArray head;
    head.reserve(256);
    // HTTP/1.1 in the status line even for 1.0 clients is what RFC 9110 asks for.
    head += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty() && isSafeHeaderPart(contentType, false))
        head += "Content-Type: " + contentType + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    for (const auto &[name, value] : extraHeaders) {
        if (!isSafeHeaderPart(name, true) || !isSafeHeaderPart(value, false)) {
            qCWarning(lcHttp) << "dropping unsafe response header" << name;
            continue;
        }
        const QByteArray lower = name.toLower();
        // Framing is ours to decide; a handler's copy would contradict it.
        if (lower == "content-length" || lower == "transfer-encoding")
            continue;
        if (lower == "connection") {
            if (value.toLower().contains("close"))
                *close = true;
            continue;
        }
        head += name + ": " + value + "\r\n";
    }
    if (*close)
        head += "Connection: close\r\n";
    else if (http10)
        head += "Connection: keep-alive\r\n";
    return head;
}

} // namespace

// ---- HttpResponderImpl ----------------------------------------------------------

HttpResponderImpl::HttpResponderImpl(HttpConnection *connection, bool keepAlive, bool http10)
    : HttpResponder(connection)
    , m_connection(connection)
    , m_keepAlive(keepAlive)
    , m_http10(http10)
{}

bool HttpResponderImpl::usable() const
{
    return m_connection && !m_connection->isClosed();
}

QByteArray HttpResponderImpl::statusHead(int status, const QByteArray &contentType,
                                         const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                                         bool *closeAfter) const
{
    *closeAfter = *closeAfter || !m_keepAlive;
    return buildHead(status, m_http10, contentType, extraHeaders, closeAfter);
}

bool HttpResponderImpl::completeAnswer(int status, const QByteArray &contentType,
                                       const QByteArray &body,
                                       const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                                       QByteArray *head, QByteArray *out, bool *close)
{
    if (m_state != State::Fresh) {
        qCWarning(lcHttp) << "respond() on a request that was already answered";
        return false;
    }
    m_state = State::Finished;
    if (!usable())
        return false;
    if (status < 200 || status > 599) {
        qCWarning(lcHttp) << "invalid status" << status << "answered as 500";
        status = 500;
    }
    *close = false;
    *head = statusHead(status, contentType, extraHeaders, close);
    const bool hasBody = status != 204 && status != 304;
    if (hasBody)
        *head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    *head += "\r\n";
    *out = hasBody ? body : QByteArray();
    return true;
}

void HttpResponderImpl::respond(int status, const QByteArray &contentType, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray head, out;
    bool close = false;
    if (!completeAnswer(status, contentType, body, extraHeaders, &head, &out, &close))
        return;
    m_connection->write(head + out, true);
    m_connection->responseFinished(this, close);
}

void HttpResponderImpl::respondCut(int status, const QByteArray &contentType,
                                   const QByteArray &body, qint64 bodyBytes)
{
    QByteArray head, out;
    bool close = false;
    if (!completeAnswer(status, contentType, body, {}, &head, &out, &close))
        return;
    m_connection->write(head + out.left(std::clamp<qint64>(bodyBytes, 0, out.size() - 1)), true);
    // An orderly close after the bytes went out: the client reads a short body, then the end.
    m_connection->responseFinished(this, true);
}

void HttpResponderImpl::respondSlowly(int status, const QByteArray &contentType,
                                      const QByteArray &body, int durationMs)
{
    QByteArray head, out;
    bool close = false;
    if (!completeAnswer(status, contentType, body, {}, &head, &out, &close))
        return;
    // The responder stays the connection's active one until the last piece went out, so a
    // pipelined request waits its turn. It is deleted with the connection, and the timer
    // with it.
    constexpr int kPieces = 8;
    m_connection->write(head + out.left(out.size() / kPieces), true);
    auto *timer = new QTimer(this);
    auto sent = std::make_shared<qint64>(out.size() / kPieces);
    connect(timer, &QTimer::timeout, this, [this, timer, sent, out, close] {
        if (!usable()) {
            timer->stop();
            return;
        }
        const qint64 piece = std::max<qint64>(1, out.size() / kPieces);
        const QByteArray next = out.mid(*sent, piece);
        *sent += next.size();
        m_connection->write(next, true);
        if (*sent >= out.size()) {
            timer->stop();
            m_connection->responseFinished(this, close);
        }
    });
    timer->start(std::max(1, durationMs / kPieces));
}

void HttpResponderImpl::cutStream(const QByteArray &data, qint64 bytes)
{
    if (m_state != State::Streaming || !usable())
        return;
    m_state = State::Finished;
    const QByteArray part = data.left(std::clamp<qint64>(bytes, 0, data.size() - 1));
    if (m_http10)
        m_connection->write(part, true);
    else
        m_connection->write(QByteArray::number(data.size(), 16) + "\r\n" + part, true);
    m_connection->responseFinished(this, true);
}

void HttpResponderImpl::beginStream(int status, const QByteArray &contentType)
{
    if (m_state != State::Fresh) {
        qCWarning(lcHttp) << "beginStream() on a request that was already answered";
        return;
    }
    m_state = State::Streaming;
    if (!usable())
        return;
    if (status < 200 || status > 599 || status == 204 || status == 304)
        status = 500;
    // HTTP/1.0 has no chunked coding: the body runs until the connection closes.
    m_closeAfter = m_http10;
    QByteArray out = statusHead(status, contentType, {}, &m_closeAfter);
    if (!m_http10)
        out += "Transfer-Encoding: chunked\r\n";
    out += "\r\n";
    m_connection->write(out, true);
}

bool HttpResponderImpl::writeChunk(const QByteArray &data)
{
    if (m_state != State::Streaming || !usable())
        return false;
    if (data.isEmpty())
        return true; // an empty chunk would end the stream
    if (m_http10) {
        m_connection->write(data, true);
    } else {
        m_connection->write(QByteArray::number(data.size(), 16) + "\r\n", false);
        m_connection->write(data, false);
        m_connection->write(QByteArrayLiteral("\r\n"), true);
    }
    return true;
}

void HttpResponderImpl::endStream()
{
    if (m_state != State::Streaming) {
        qCWarning(lcHttp) << "endStream() without beginStream()";
        return;
    }
    m_state = State::Finished;
    if (!usable())
        return;
    if (!m_http10)
        m_connection->write(QByteArrayLiteral("0\r\n\r\n"), true);
    m_connection->responseFinished(this, m_closeAfter);
}

void HttpResponderImpl::abort()
{
    m_state = State::Finished;
    if (m_connection)
        m_connection->abortConnection();
}

qint64 HttpResponderImpl::pendingBytes() const
{
    return usable() ? m_connection->pendingBytes() : 0;
}

// ---- HttpConnection -------------------------------------------------------------

HttpConnection::HttpConnection(QTcpSocket *socket,
                               std::shared_ptr<const HttpServerSettings> settings, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_sslSocket(qobject_cast<QSslSocket *>(socket))
    , m_settings(std::move(settings))
{
    m_socket->setParent(this);
    m_peerAddress = m_socket->peerAddress();
    // Watch events are small and must reach the client at once.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::teardown);
    connect(m_socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (m_closed)
                    return;
                if (error != QAbstractSocket::RemoteHostClosedError)
                    qCDebug(lcHttp) << "connection from" << m_peerAddress << "failed:" << error
                                    << m_socket->errorString();
                abortConnection();
            });

    if (m_sslSocket) {
        connect(m_sslSocket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
        // With TLS, bytesWritten reports plaintext handed to the TLS layer; the
        // encrypted bytes still queued for the kernel are only visible here.
        connect(m_sslSocket, &QSslSocket::encryptedBytesWritten, this,
                &HttpConnection::onBytesWritten);
        connect(m_sslSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Only reported: with QueryPeer they do not fail the handshake, and the
            // client certificate is verified on our own terms in onEncrypted().
            qCDebug(lcHttp) << "TLS peer of" << m_peerAddress << "reported" << errors;
        });
        // The request timeout also bounds the handshake, so a client that connects and
        // never says hello does not hold the socket forever.
        m_requestTimer.start(m_settings->requestTimeoutMs, this);
        m_sslSocket->startServerEncryption();
    } else {
        m_ready = true;
    }
}

HttpConnection::~HttpConnection()
{
    if (!m_closed) {
        m_closed = true;
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

qint64 HttpConnection::pendingBytes() const
{
    if (m_closed)
        return 0;
    qint64 pending = m_socket->bytesToWrite();
    if (m_sslSocket)
        pending += m_sslSocket->encryptedBytesToWrite();
    return pending;
}

void HttpConnection::onEncrypted()
{
    m_ready = true;
    const QSslCertificate ca = m_settings->clientCa;
    const QSslCertificate peer = m_sslSocket->peerCertificate();
    if (!ca.isNull() && !peer.isNull()) {
        // OpenSSL's server-side chain may or may not start with the leaf; normalise.
        QList<QSslCertificate> chain{peer};
        const QList<QSslCertificate> presented = m_sslSocket->peerCertificateChain();
        for (const QSslCertificate &cert : presented) {
            if (cert != peer)
                chain.append(cert);
        }
        QString why;
        if (verifyCertificateChain(chain, ca, CertificatePurpose::ClientAuth, &why))
            m_clientCertificate = peer;
        else
            qCDebug(lcHttp) << "client certificate of" << m_peerAddress << "not accepted:" << why;
    }
    updateRequestTimer();
    if (m_sslSocket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::onReadyRead()
{
    if (m_closed || !m_ready)
        return;
    const QByteArray data = m_socket->readAll();
    if (m_closing) {
        // Input after the last response is dropped; while lingering it extends the wait.
        if (m_lingering && !data.isEmpty() && m_lingerClock.elapsed() < LingerMaxMs)
            m_lingerTimer.start(LingerQuietMs, this);
        return;
    }
    m_buffer.append(data);
    // Pipelined input waits while a response is open; keep it bounded.
    const qint64 cap =
        m_settings->maxBodySize + HttpRequestParser::MaxHeaderSectionSize + 64 * 1024;
    if (m_active && m_buffer.size() > cap) {
        qCDebug(lcHttp) << "too much pipelined input from" << m_peerAddress;
        abortConnection();
        return;
    }
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_inProcess || m_closed || m_closing || !m_ready)
        return;
    m_inProcess = true;
    m_parser.setMaxBodySize(m_settings->maxBodySize);
    while (!m_closed && !m_closing && !m_active) {
        qsizetype consumed = 0;
        const HttpRequestParser::Status status = m_parser.parse(m_buffer, &consumed);
        if (consumed > 0)
            m_buffer.remove(0, consumed);
        if (m_parser.takeContinueExpected())
            write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"), true);

        using Status = HttpRequestParser::Status;
        if (status == Status::NeedMore)
            break;
        if (status == Status::Complete) {
            dispatch();
            continue;
        }
        switch (status) {
        case Status::NotHttp:
            qCDebug(lcHttp) << "closing connection from" << m_peerAddress << "that is not HTTP";
            abortConnection();
            break;
        case Status::BadRequest:
            sendErrorAndClose(400, QStringLiteral("BadRequest"), m_parser.errorMessage());
            break;
        case Status::BodyTooLarge:
            sendErrorAndClose(413, QStringLiteral("RequestEntityTooLarge"),
                              m_parser.errorMessage());
            break;
        case Status::HeadersTooLarge:
            sendErrorAndClose(431, QStringLiteral("BadRequest"), m_parser.errorMessage());
            break;
        case Status::NeedMore:
        case Status::Complete:
            break;
        }
        break;
    }
    m_inProcess = false;
    updateRequestTimer();
}

void HttpConnection::dispatch()
{
    const bool keepAlive = m_parser.keepAlive();
    const bool http10 = m_parser.isHttp10();
    HttpRequest request = m_parser.takeRequest();
    request.peerAddress = m_peerAddress;
    request.verifiedClientCertificate = m_clientCertificate;

    auto *responder = new HttpResponderImpl(this, keepAlive, http10);
    m_active = responder;
    updateRequestTimer();

    // A copy: the handler may replace the server's handler while it runs.
    const HttpServer::Handler handler = m_settings->handler;
    if (!handler) {
        responder->respond(
            404, "application/json",
            statusJson(404, QStringLiteral("NotFound"), QStringLiteral("no handler installed")));
        return;
    }
    handler(request, responder);
}

void HttpConnection::write(const QByteArray &data, bool flush)
{
    if (m_closed)
        return;
    m_inWrite = true;
    m_socket->write(data);
    if (flush)
        m_socket->flush();
    m_inWrite = false;
}

void HttpConnection::responseFinished(HttpResponderImpl *responder, bool close)
{
    if (m_active == responder)
        m_active = nullptr;
    responder->deleteLater();
    if (m_closed)
        return;
    if (close) {
        closeAfterWriting(false);
        return;
    }
    if (m_inProcess) {
        // Answered from inside the handler: processBuffer()'s loop goes on by itself.
        return;
    }
    // Answered later: look at pipelined input from the event loop, not from inside
    // the caller's stack.
    if (!m_processQueued) {
        m_processQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_processQueued = false;
                processBuffer();
            },
            Qt::QueuedConnection);
    }
    updateRequestTimer();
}

void HttpConnection::onBytesWritten()
{
    if (m_closed)
        return;
    if (m_closing) {
        maybeFinishClosing();
        return;
    }
    if (!m_active || pendingBytes() > 0)
        return;
    if (m_inWrite) {
        // Written out synchronously inside writeChunk(): tell the writer from the event
        // loop, so its drained() handler does not recurse into its own write.
        if (!m_drainQueued) {
            m_drainQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_drainQueued = false;
                    if (m_active && !m_closed && !m_closing && pendingBytes() == 0)
                        Q_EMIT m_active->drained();
                },
                Qt::QueuedConnection);
        }
        return;
    }
    Q_EMIT m_active->drained();
}

QByteArray HttpConnection::statusJson(int code, const QString &reason, const QString &message)
{
    const QJsonObject status{
        {QStringLiteral("kind"), QStringLiteral("Status")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("status"), QStringLiteral("Failure")},
        {QStringLiteral("message"), message},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("code"), code},
    };
    return QJsonDocument(status).toJson(QJsonDocument::Compact);
}

void HttpConnection::sendErrorAndClose(int status, const QString &reason, const QString &message)
{
    qCDebug(lcHttp) << "answering" << status << "to" << m_peerAddress << ":" << message;
    bool close = true;
    QByteArray out = buildHead(status, false, "application/json", {}, &close);
    const QByteArray body = statusJson(status, reason, message);
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    write(out, true);
    closeAfterWriting(true);
}

void HttpConnection::closeAfterWriting(bool linger)
{
    if (m_closing || m_closed)
        return;
    m_closing = true;
    m_lingering = false;
    m_buffer.clear();
    m_requestTimer.stop();
    m_closeTimer.start(CloseTimeoutMs, this);
    if (linger) {
        m_lingering = true;
        m_lingerClock.start();
    }
    maybeFinishClosing();
}

void HttpConnection::maybeFinishClosing()
{
    if (!m_closing || m_closed)
        return;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        teardown();
        return;
    }
    if (pendingBytes() > 0)
        return; // onBytesWritten() calls again
    if (m_lingering) {
        m_socket->readAll();
        if (!m_lingerTimer.isActive())
            m_lingerTimer.start(LingerQuietMs, this);
        return;
    }
    // Orderly end: TLS close_notify (if any), then FIN; disconnected() tears down.
    m_socket->disconnectFromHost();
}

void HttpConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_requestTimer.timerId()) {
        m_requestTimer.stop();
        qCDebug(lcHttp) << "request timeout for" << m_peerAddress;
        abortConnection();
    } else if (event->timerId() == m_lingerTimer.timerId()) {
        m_lingerTimer.stop();
        m_lingering = false;
        maybeFinishClosing();
    } else if (event->timerId() == m_closeTimer.timerId()) {
        m_closeTimer.stop();
        abortConnection();
    } else {
        QObject::timerEvent(event);
    }
}

void HttpConnection::updateRequestTimer()
{
    if (m_closed || m_closing) {
        m_requestTimer.stop();
        return;
    }
    if (!m_ready)
        return; // the handshake timer keeps running
    if (m_active) {
        m_requestTimer.stop();
        return;
    }
    // (Re)started on every bit of progress: the limit is on silence, not on total time.
    if (m_parser.hasPartialRequest() || !m_buffer.isEmpty())
        m_requestTimer.start(m_settings->requestTimeoutMs, this);
    else
        m_requestTimer.stop();
}

void HttpConnection::abortConnection()
{
    if (m_closed)
        return;
    m_socket->abort();
    teardown();
}

void HttpConnection::teardown()
{
    if (m_closed)
        return;
    m_closed = true;
    m_requestTimer.stop();
    m_lingerTimer.stop();
    m_closeTimer.stop();
    m_buffer.clear();
    if (HttpResponderImpl *responder = m_active) {
        m_active = nullptr;
        Q_EMIT responder->closed();
        responder->deleteLater();
    }
    Q_EMIT finished(this);
}

} // namespace maestro::sim

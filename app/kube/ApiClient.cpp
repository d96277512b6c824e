// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/ApiClient.h"

#include "app/kubeconfig/ExecCredentialProvider.h"

#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslKey>

#include <algorithm>

namespace maestro::kube {

Q_LOGGING_CATEGORY(lcApi, "maestro.kube.api")
Q_LOGGING_CATEGORY(lcWatch, "maestro.kube.watch")

namespace {

const QByteArray kUserAgent = QByteArrayLiteral("maestro-desktop/" MAESTRO_VERSION);

/// A transport failure (no HTTP answer) as an ApiError.
ApiError networkError(QNetworkReply *reply, bool timedOut, const QString &sslErrors)
{
    ApiError error;
    error.message = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        error.kind = timedOut ? ApiErrorKind::Timeout : ApiErrorKind::Cancelled;
        break;
    case QNetworkReply::TimeoutError:
        error.kind = ApiErrorKind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        // OpenSSL's words for an answer that is no TLS at all: the port speaks plain
        // HTTP (a web server, a proxy) or something else entirely.
        const QString reason = reply->errorString();
        const bool plainText = sslErrors.isEmpty() && (reason.contains(u"wrong version number") ||
                                                       reason.contains(u"packet length too long") ||
                                                       reason.contains(u"unknown protocol"));
        if (plainText) {
            error.kind = ApiErrorKind::NotKubernetes;
            error.message = ApiError::tr("no TLS on this port (is the address http:// rather "
                                         "than https://?): %1")
                                .arg(reason);
        } else {
            error.kind = ApiErrorKind::Tls;
            if (!sslErrors.isEmpty())
                error.message = sslErrors;
        }
        break;
    }
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
        error.kind = ApiErrorKind::NotKubernetes;
        break;
    default:
        error.kind = ApiErrorKind::Network;
    }
    return error;
}

/// Failures where the request certainly never reached the API server.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

/// Transport failures, as against an HTTP status Qt also reports as an error: after a
/// status line they mean the answer stopped before its end.
bool endedEarly(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

/// Whether a successful answer is of the kind asked for. The API server answers JSON
/// whenever JSON is accepted; only logs and the like come as text.
bool answersAsAsked(const QByteArray &accept, const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    const bool wantsJsonOnly =
        accept.contains("json") && !accept.contains("*/*") && !accept.contains("text/");
    if (!wantsJsonOnly)
        return true;
    return type.endsWith("json");
}

int backoffMs(int attempt)
{
    // 250 ms, 500 ms, 1 s, 2 s ... capped at 8 s, with +-25% jitter so that many
    // clients (or many requests of one) do not retry in lockstep.
    const int base = std::min(8000, 250 << std::min(attempt, 5));
    const double jitter = 0.75 + QRandomGenerator::global()->generateDouble() * 0.5;
    return int(base * jitter);
}

ApiError httpError(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error = ApiError::fromHttp(status, body, reply->rawHeader("Content-Type"),
                                        reply->rawHeader("Retry-After"));
    if (status >= 300 && status < 400) {
        error.kind = ApiErrorKind::NotKubernetes;
        error.message = ApiError::tr("the server redirects to %1")
                            .arg(QString::fromUtf8(reply->rawHeader("Location").left(200)));
    }
    return error;
}

} // namespace

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &e : errors) {
        if (!parts.contains(e.errorString()))
            parts << e.errorString();
    }
    return parts.join(QStringLiteral("; "));
}

// --- ApiClient ---------------------------------------------------------------------------

ApiClient::ApiClient(const ResolvedContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_token(context.token)
    , m_manager(newStreamManager(this))
{
    // An exec user has no other credential: without a provider every request would go out
    // anonymously. A shared provider handed in later (setExecCredentialProvider) replaces it.
    if (m_context.exec)
        m_exec = new ExecCredentialProvider(this);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBearerToken(const QByteArray &token)
{
    m_token = token;
}

void ApiClient::setExecCredentialProvider(ExecCredentialProvider *provider)
{
    m_exec = provider;
}

QNetworkAccessManager *ApiClient::newStreamManager(QObject *parent) const
{
    auto *manager = new QNetworkAccessManager(parent);
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager->setAutoDeleteReplies(false);
    if (m_context.proxyUrl.isValid() && !m_context.proxyUrl.isEmpty()) {
        const bool socks = m_context.proxyUrl.scheme().startsWith(u"socks");
        manager->setProxy(QNetworkProxy(
            socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
            m_context.proxyUrl.host(), quint16(m_context.proxyUrl.port(socks ? 1080 : 3128)),
            m_context.proxyUrl.userName(), m_context.proxyUrl.password()));
    } else {
        manager->setProxy(QNetworkProxy::NoProxy);
    }
    return manager;
}

QSslConfiguration ApiClient::sslConfiguration(const QByteArray &certPem,
                                              const QByteArray &keyPem) const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::SecureProtocols);
    if (!m_context.certificateAuthorityPem.isEmpty()) {
        // The kubeconfig's CA, and only it, as kubectl does.
        ssl.setCaCertificates(
            QSslCertificate::fromData(m_context.certificateAuthorityPem, QSsl::Pem));
    }
    if (m_context.insecureSkipTlsVerify) {
        // Only because the kubeconfig says so; the UI shows a warning for it.
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    if (!certPem.isEmpty() && !keyPem.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (!chain.isEmpty() && !key.isNull()) {
            ssl.setLocalCertificateChain(chain);
            ssl.setPrivateKey(key);
        }
    }
    return ssl;
}

void ApiClient::prepareRequest(const QString &path, const QUrlQuery &query,
                               const QByteArray &accept, const QObject *receiver,
                               std::function<void(QNetworkRequest, ApiError)> ready)
{
    QUrl url = m_context.server;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    auto build = [this, url, accept](const QByteArray &token, const QByteArray &certPem,
                                     const QByteArray &keyPem) {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", accept);
        request.setRawHeader("User-Agent", kUserAgent);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (url.scheme() == u"https")
            request.setSslConfiguration(sslConfiguration(certPem, keyPem));
        if (!m_context.tlsServerName.isEmpty())
            request.setPeerVerifyName(m_context.tlsServerName);
        // Our own timers handle timeouts (reset on activity); watches must never time out.
        request.setTransferTimeout(0);
        return request;
    };
    if (m_context.exec && m_exec && m_token == m_context.token) {
        QPointer<ApiClient> self(this);
        m_exec->requestCredential(
            m_context, receiver, [self, build, ready](const ExecCredentialResult &result) {
                if (!self)
                    return;
                if (!result.ok) {
                    ApiError error;
                    error.kind = ApiErrorKind::Unauthorized;
                    error.message = result.errorString;
                    ready(QNetworkRequest(), error);
                    return;
                }
                const ExecCredential &c = result.credential;
                ready(build(c.token, c.clientCertificatePem, c.clientKeyPem), {});
            });
        return;
    }
    ready(build(m_token, m_context.clientCertificatePem, m_context.clientKeyPem), {});
}

void ApiClient::invalidateCredentials()
{
    if (m_context.exec && m_exec)
        m_exec->invalidate(*m_context.exec, ExecClusterInfo::fromContext(m_context));
}

ApiRequest *ApiClient::send(const RequestSpec &spec)
{
    auto *request = new ApiRequest(this, spec);
    // The caller deletes it after finished(). A caller that goes away while the request
    // is in flight (a poller of a closed connection) never sees finished(): the client
    // is then the owner of last resort, so no request outlives it.
    request->setParent(this);
    request->start();
    return request;
}

ApiRequest *ApiClient::get(const QString &path, const QUrlQuery &query, const QString &resource)
{
    RequestSpec spec;
    spec.path = path;
    spec.query = query;
    spec.resource = resource;
    return send(spec);
}

WatchStream *ApiClient::watch(const QString &path, const QUrlQuery &query, const QString &resource,
                              int inactivityTimeoutMs)
{
    auto *stream = new WatchStream(this, path, query, resource, inactivityTimeoutMs);
    stream->start();
    return stream;
}

// --- ApiRequest --------------------------------------------------------------------------

ApiRequest::ApiRequest(ApiClient *client, RequestSpec spec)
    : m_client(client)
    , m_spec(std::move(spec))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(m_spec.timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiRequest::send);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::start()
{
    // Start from the event loop so a caller can connect to finished() first.
    QTimer::singleShot(0, this, &ApiRequest::send);
}

void ApiRequest::abort()
{
    m_backoff.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    ApiError error;
    error.kind = ApiErrorKind::Cancelled;
    fail(error);
}

QJsonObject ApiRequest::json() const
{
    return m_jsonParsed ? m_json : QJsonDocument::fromJson(m_body).object();
}

void ApiRequest::send()
{
    if (m_done || !m_client)
        return;
    ++m_attempt;
    m_timedOut = false;
    m_sslErrors.clear();
    m_body.clear(); // an answer of an earlier attempt is not this one's
    m_client->prepareRequest(
        m_spec.path, m_spec.query, m_spec.accept, this,
        [this](QNetworkRequest request, const ApiError &credentialError) {
            if (m_done || !m_client)
                return;
            if (credentialError.isError()) {
                fail(credentialError);
                return;
            }
            if (!m_spec.contentType.isEmpty())
                request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
            m_elapsed.start();
            QNetworkAccessManager *manager = m_client->manager();
            if (m_spec.verb == "GET")
                m_reply = manager->get(request);
            else if (m_spec.verb == "DELETE" && m_spec.body.isEmpty())
                m_reply = manager->deleteResource(request);
            else
                m_reply = manager->sendCustomRequest(request, m_spec.verb, m_spec.body);
            m_timeout.start();
            QNetworkReply *reply = m_reply;
            // Checked where the bytes arrive: downloadProgress() comes at most every
            // 100 ms, and at loopback speed a server sends some 100 MB in that time.
            connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
                // An announced length over the cap is refused before its body arrives.
                const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                if (length.isValid() && length.toLongLong() > m_spec.maxResponseBytes)
                    refuseTooLarge();
            });
            connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
                m_timeout.start(); // activity: reset the timer
                // What the reply holds so far; read once at the end, without a copy of
                // each piece on the way.
                if (reply->bytesAvailable() > m_spec.maxResponseBytes)
                    refuseTooLarge();
            });
            connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
                if (sent > 0)
                    m_mayHaveReachedServer = true;
                m_timeout.start();
            });
            connect(m_reply, &QNetworkReply::sslErrors, this,
                    [this](const QList<QSslError> &errors) {
                        m_sslErrors = describeSslErrors(errors);
                    });
            connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
        });
}

void ApiRequest::refuseTooLarge()
{
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
    m_body.clear();
    ApiError error;
    error.kind = ApiErrorKind::TooLarge;
    error.message = tr("more than %1").arg(QLocale().formattedDataSize(m_spec.maxResponseBytes, 0));
    fail(error);
}

void ApiRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timeout.stop();
    // Done with it: signals it had queued before it finished (metaDataChanged after an
    // abort on time-out) must not reach this request, whose next attempt may be running.
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ApiError error;
    if (!statusAttribute.isValid()) {
        error = networkError(reply, m_timedOut, m_sslErrors);
        if (!neverSent(reply->error()) && m_spec.verb != "GET")
            m_mayHaveReachedServer = true;
    } else {
        m_mayHaveReachedServer = true;
        m_status = statusAttribute.toInt();
        m_body = reply->readAll();
        if (m_client)
            m_client->latency().record(QString::fromLatin1(m_spec.verb), m_spec.resource,
                                       int(m_elapsed.elapsed()));
        const bool success = m_status >= 200 && m_status < 300;
        if (success && endedEarly(reply->error())) {
            // The status and headers came, then the connection failed: a body cut short,
            // perhaps before its first byte. Its status says nothing about the whole.
            if (m_timedOut) {
                error = networkError(reply, m_timedOut, m_sslErrors);
            } else {
                error.kind = ApiErrorKind::Decode;
                error.httpStatus = m_status;
                // The body is under the size cap: its size fits an int.
                error.message = tr("the connection ended after %n byte(s) of the answer: %1",
                                   nullptr, int(m_body.size()))
                                    .arg(reply->errorString());
            }
        } else if (success && m_status != 204 && m_body.isEmpty() && m_spec.checkJson &&
                   m_spec.accept.contains("json")) {
            // The API server answers every JSON request with an object; nothing at all is
            // an answer lost on the way, not an empty object.
            error.kind = ApiErrorKind::Decode;
            error.httpStatus = m_status;
            error.message = tr("the answer was empty");
        } else if (success) {
            const QByteArray contentType = reply->rawHeader("Content-Type");
            if (!m_body.isEmpty() && !answersAsAsked(m_spec.accept, contentType)) {
                // A web server, a login portal or a proxy's page: it said 200, but this is
                // not the API. Retrying would not change it.
                ApiError notKube;
                notKube.kind = ApiErrorKind::NotKubernetes;
                notKube.httpStatus = m_status;
                notKube.message =
                    tr("it answered %1 with %2 instead of JSON")
                        .arg(m_spec.path, QString::fromLatin1(contentType.isEmpty()
                                                                  ? QByteArray("no content type")
                                                                  : contentType.left(80)));
                fail(notKube);
                return;
            }
            m_jsonParsed = false;
            QJsonParseError parseError{};
            if (m_spec.checkJson && !m_body.isEmpty() && contentType.contains("json")) {
                const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
                m_json = document.object();
                m_jsonParsed = parseError.error == QJsonParseError::NoError;
            }
            if (parseError.error == QJsonParseError::NoError) {
                m_error = {};
                finish();
                return;
            }
            // Cut short or spoiled on the way: the server carried the request out, but its
            // answer is lost. Worth another attempt where one is safe.
            error.kind = ApiErrorKind::Decode;
            error.httpStatus = m_status;
            error.message = parseError.errorString();
        } else {
            error = httpError(reply, m_body);
        }
    }
    qCDebug(lcApi) << m_spec.verb << m_spec.path << "attempt" << m_attempt
                   << "failed:" << error.describe();

    if (error.kind == ApiErrorKind::Unauthorized && !m_reauthenticated && m_client &&
        m_client->context().exec) {
        // An exec credential may have expired early: ask the plugin once more.
        m_reauthenticated = true;
        m_client->invalidateCredentials();
        --m_attempt;
        m_backoff.start(0);
        return;
    }
    const bool notProcessed = error.kind == ApiErrorKind::TooManyRequests ||
                              (statusAttribute.isValid() == false && neverSent(reply->error()) &&
                               error.kind == ApiErrorKind::Network);
    const bool declined =
        error.kind == ApiErrorKind::TooManyRequests && !m_spec.retryTooManyRequests;
    const bool retry = (error.isTransient() || error.kind == ApiErrorKind::Decode) && !declined &&
                       m_attempt < m_spec.maxAttempts && (m_spec.idempotent || notProcessed);
    if (retry) {
        const int wait =
            error.retryAfterSeconds > 0 ? error.retryAfterSeconds * 1000 : backoffMs(m_attempt - 1);
        m_backoff.start(wait);
        return;
    }
    fail(error);
}

bool ApiRequest::outcomeUnknown() const
{
    if (ok() || !m_mayHaveReachedServer)
        return false;
    // The error is the last attempt's: an earlier one may have been carried out and only
    // its answer lost (a retry then meets 429 or 503 as easily as anything else).
    if (m_attempt > 1)
        return true;
    switch (m_error.kind) {
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::ServerError:
    case ApiErrorKind::Decode:
        return true;
    default:
        return false;
    }
}

void ApiRequest::fail(const ApiError &error)
{
    m_error = error;
    if (error.kind == ApiErrorKind::Unauthorized && m_client)
        Q_EMIT m_client->unauthorized(error);
    finish();
}

void ApiRequest::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_backoff.stop();
    Q_EMIT finished();
}

// --- WatchStream -------------------------------------------------------------------------

WatchStream::WatchStream(ApiClient *client, QString path, QUrlQuery query, QString resource,
                         int inactivityTimeoutMs)
    : m_client(client)
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_resource(std::move(resource))
{
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(inactivityTimeoutMs);
    connect(&m_inactivity, &QTimer::timeout, this, [this] {
        qCInfo(lcWatch) << "watch of" << m_resource << "silent for too long; reconnecting";
        ApiError error;
        error.kind = ApiErrorKind::Timeout;
        error.message = tr("no event or bookmark for %1 s").arg(m_inactivity.interval() / 1000);
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
        if (!m_closed) {
            m_closed = true;
            Q_EMIT closed(error);
        }
    });
}

WatchStream::~WatchStream()
{
    stop();
}

void WatchStream::start()
{
    if (!m_client)
        return;
    // A manager of its own: this response never ends, and it must not hold one of the
    // six connections the request manager may open to the host.
    m_manager = m_client->newStreamManager(this);
    m_client->prepareRequest(
        m_path, m_query, QByteArrayLiteral("application/json"), this,
        [this](const QNetworkRequest &request, const ApiError &error) {
            if (m_closed)
                return;
            if (error.isError()) {
                m_closed = true;
                Q_EMIT closed(error);
                return;
            }
            m_reply = m_manager->get(request);
            // Bounded: a cluster that changes faster than the app applies its events would
            // otherwise pile them up in the reply (GBs within seconds, applied in stalls of
            // seconds). With the buffer full, Qt stops reading the socket and TCP slows the
            // server down, as it does any slow watcher.
            constexpr qint64 kReadBufferBytes = 4 << 20;
            m_reply->setReadBufferSize(kReadBufferBytes);
            connect(m_reply, &QNetworkReply::readyRead, this, &WatchStream::onReadyRead);
            connect(m_reply, &QNetworkReply::finished, this, &WatchStream::onFinished);
            connect(m_reply, &QNetworkReply::sslErrors, this,
                    [this](const QList<QSslError> &errors) {
                        m_sslErrors = describeSslErrors(errors);
                    });
            m_inactivity.start();
        });
}

void WatchStream::stop()
{
    m_closed = true;
    m_inactivity.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void WatchStream::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused || !m_reply || m_reply->bytesAvailable() == 0)
        return;
    // What arrived while paused: read from the event loop, not inside the listener's call.
    QMetaObject::invokeMethod(this, &WatchStream::onReadyRead, Qt::QueuedConnection);
}

void WatchStream::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_paused) {
        m_inactivity.start(); // the server is not silent: the app is behind
        return;
    }
    consume(m_reply, false);
}

void WatchStream::consume(QNetworkReply *reply, bool atEnd)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error answer: read whole in onFinished()
    if (!atEnd)
        m_inactivity.start();
    m_buffer += reply->readAll();
    // The last event, written without its newline; unless the connection broke, when it
    // is the first part of an event that never arrived whole.
    if (atEnd && reply->error() == QNetworkReply::NoError && !m_buffer.trimmed().isEmpty() &&
        !m_buffer.endsWith('\n'))
        m_buffer += '\n';
    constexpr qsizetype kMaxLine = 64 << 20;
    qsizetype start = 0;
    QList<QByteArray> lines;
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        QByteArray line = m_buffer.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        if (m_rawLines) {
            lines.append(std::move(line));
            continue;
        }
        QJsonParseError parseError{};
        const QJsonObject event = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            qCWarning(lcWatch) << "undecodable watch event of" << m_resource
                               << parseError.errorString();
            ApiError error;
            error.kind = ApiErrorKind::Decode;
            error.message = parseError.errorString();
            stop();
            Q_EMIT closed(error);
            return;
        }
        const QString type = event.value(QLatin1String("type")).toString();
        Q_EMIT received(type, event.value(QLatin1String("object")).toObject());
        if (m_closed)
            return;
    }
    m_buffer.remove(0, start);
    if (!lines.isEmpty()) {
        // One signal for what arrived together: the listener applies it as one batch.
        Q_EMIT linesReceived(lines);
        if (m_closed)
            return;
    }
    if (m_buffer.size() > kMaxLine) {
        ApiError error;
        error.kind = ApiErrorKind::TooLarge;
        error.message = tr("a watch event over %1").arg(QLocale().formattedDataSize(kMaxLine, 0));
        stop();
        Q_EMIT closed(error);
    }
}

void WatchStream::onFinished()
{
    if (!m_reply || m_closed)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_inactivity.stop();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ApiError error;
    if (!statusAttribute.isValid()) {
        error = networkError(reply, false, m_sslErrors);
    } else if (statusAttribute.toInt() != 200) {
        error = httpError(reply, reply->readAll());
        if (error.kind == ApiErrorKind::Unauthorized && m_client)
            Q_EMIT m_client->unauthorized(error);
    } else {
        // m_reply is already cleared: read what is left from the reply itself.
        consume(reply, true);
        if (m_closed)
            return; // a listener stopped the stream on its last events
        if (reply->error() != QNetworkReply::NoError)
            error = networkError(reply, false, m_sslErrors); // dropped mid-stream
    }
    m_closed = true;
    Q_EMIT closed(error);
}

} // namespace maestro::kube

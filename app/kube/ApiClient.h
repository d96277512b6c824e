// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/ApiError.h"
#include "app/kube/LatencyRecorder.h"
#include "app/kubeconfig/ResolvedContext.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

namespace maestro {
class ExecCredentialProvider;
}

namespace maestro::kube {

class ApiClient;

/// What to send.
struct RequestSpec
{
    QByteArray verb = "GET";
    QString path; ///< "/api/v1/pods"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; ///< for bodies: "application/merge-patch+json", ...
    QByteArray accept = "application/json";
    QString resource;      ///< for latency statistics: "pods", "machinedeployments/scale"
    int timeoutMs = 30000; ///< without any byte arriving
    /// Safe to send again after a failure whose outcome is unknown (GET, or a
    /// write made idempotent by a resourceVersion precondition).
    bool idempotent = true;
    int maxAttempts = 4;
    qint64 maxResponseBytes = 256LL << 20;
    /// A successful JSON answer must parse, or it counts as a failed attempt (a body cut
    /// short or spoiled on the way) and is retried like one. Callers that parse big
    /// answers themselves (the informers' lists) turn it off to parse only once.
    bool checkJson = true;
    /// A 429 (Too Many Requests) is retried after its Retry-After like other transient
    /// answers. A caller for whom the 429 is itself the answer it waits on (an eviction
    /// refused by a disruption budget) turns this off and waits on its own schedule.
    bool retryTooManyRequests = true;
};

/**
 * One request as a job (Nextcloud style): its own timeout timer reset on activity,
 * bounded retries with exponential backoff and jitter for what is worth retrying,
 * exactly one finished() signal. Delete it (deleteLater) after finished().
 */
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ApiRequest(ApiClient *client, RequestSpec spec);
    ~ApiRequest() override;

    void start();
    void abort();

    /// finished() was emitted (a caller that connects late can still tell).
    bool isFinished() const { return m_done; }
    bool ok() const { return !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QJsonObject json() const;
    int attempts() const { return m_attempt; }
    const RequestSpec &spec() const { return m_spec; }
    /// Whether any attempt may have reached the server (a write's outcome is then unknown).
    bool mayHaveReachedServer() const { return m_mayHaveReachedServer; }
    /// For a failed write: whether the server may have carried it out all the same (its
    /// answer lost, cut short or late, or a 500; or any failure after an earlier attempt).
    bool outcomeUnknown() const;

Q_SIGNALS:
    void finished();

private:
    void send();
    void onFinished();
    /// The answer is over m_spec.maxResponseBytes (announced or received): it ends here.
    void refuseTooLarge();
    void fail(const ApiError &error);
    void finish();

    QPointer<ApiClient> m_client;
    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    int m_status = 0;
    QByteArray m_body;
    ApiError m_error;
    QJsonObject m_json; ///< the parsed body, when checkJson parsed it
    bool m_jsonParsed = false;
    QString m_sslErrors;
    bool m_timedOut = false;
    bool m_done = false;
    bool m_reauthenticated = false;
    bool m_mayHaveReachedServer = false;
};

/**
 * A watch: one long-lived chunked response read line by line as it arrives. Each
 * line is a watch event. An inactivity timer (fed by events and bookmarks) detects
 * a silently dead connection; closed() says why the stream ended.
 */
class WatchStream : public QObject
{
    Q_OBJECT
public:
    WatchStream(ApiClient *client, QString path, QUrlQuery query, QString resource,
                int inactivityTimeoutMs);
    ~WatchStream() override;

    void start();
    void stop();
    /// Hands on the events as the lines they arrived in (linesReceived()) instead of
    /// decoding them with Qt's JSON DOM (received()): the informers decode their own.
    void setRawLines(bool raw) { m_rawLines = raw; }
    /// Stops reading the response while the listener catches up: the reply's buffer fills
    /// and TCP slows the server down. Reading resumes with what waits when unpaused. The
    /// end of the stream is read and reported all the same.
    void setPaused(bool paused);

Q_SIGNALS:
    /// type is ADDED, MODIFIED, DELETED, BOOKMARK or ERROR.
    void received(const QString &type, const QJsonObject &object);
    /// The complete event lines that arrived together, in order (setRawLines()).
    void linesReceived(const QList<QByteArray> &lines);
    /// The stream ended; `error` is empty when the server ended it normally (timeout).
    void closed(const maestro::kube::ApiError &error);

private:
    void onReadyRead();
    void consume(QNetworkReply *reply, bool atEnd);
    void onFinished();

    QPointer<ApiClient> m_client;
    QNetworkAccessManager *m_manager = nullptr;
    QString m_path;
    QUrlQuery m_query;
    QString m_resource;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QTimer m_inactivity;
    bool m_closed = false;
    bool m_rawLines = false;
    bool m_paused = false;
    QString m_sslErrors;
};

/**
 * How the app talks to one cluster's API server: TLS set up from the kubeconfig
 * (verified unless it says insecure-skip-tls-verify), credentials (token, client
 * certificate, exec plugin), one QNetworkAccessManager for requests, and a
 * manager of its own for each watch, because QNetworkAccessManager runs at most
 * six HTTP/1.1 requests per host and a watch never finishes.
 */
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(const ResolvedContext &context, QObject *parent = nullptr);
    ~ApiClient() override;

    const ResolvedContext &context() const { return m_context; }
    /// A token typed by the user (or read from the keychain) replaces the kubeconfig's.
    void setBearerToken(const QByteArray &token);
    bool hasBearerToken() const { return !m_token.isEmpty(); }
    void setExecCredentialProvider(ExecCredentialProvider *provider);

    /// A started request; the caller owns it (deleteLater after finished()).
    ApiRequest *send(const RequestSpec &spec);
    ApiRequest *get(const QString &path, const QUrlQuery &query = {}, const QString &resource = {});
    /// A started watch; the caller owns it.
    WatchStream *watch(const QString &path, const QUrlQuery &query, const QString &resource,
                       int inactivityTimeoutMs = 330000);

    LatencyRecorder &latency() { return m_latency; }
    const LatencyRecorder &latency() const { return m_latency; }
    bool insecureSkipTlsVerify() const { return m_context.insecureSkipTlsVerify; }

    // Used by the jobs.
    QNetworkAccessManager *manager() const { return m_manager; }
    QNetworkAccessManager *newStreamManager(QObject *parent) const;
    /// Builds the request; calls back once credentials are known (an exec plugin may run).
    void prepareRequest(const QString &path, const QUrlQuery &query, const QByteArray &accept,
                        const QObject *receiver,
                        std::function<void(QNetworkRequest, ApiError)> ready);
    /// A 401 came back: forget a cached exec credential so the next attempt runs the plugin.
    void invalidateCredentials();

Q_SIGNALS:
    /// A request was refused for its credentials (401); the UI asks for a token.
    void unauthorized(const maestro::kube::ApiError &error);

private:
    QSslConfiguration sslConfiguration(const QByteArray &certPem, const QByteArray &keyPem) const;

    ResolvedContext m_context;
    QByteArray m_token;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<ExecCredentialProvider> m_exec;
    LatencyRecorder m_latency;
};

/// An SSL error list as one readable sentence.
QString describeSslErrors(const QList<QSslError> &errors);

} // namespace maestro::kube

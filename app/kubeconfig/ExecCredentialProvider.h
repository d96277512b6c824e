// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kubeconfig/ExecConfig.h"
#include "app/kubeconfig/ResolvedContext.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class QProcess;
class QTimer;

namespace maestro {

/// What an exec credential plugin returned (`ExecCredential.status`).
struct ExecCredential
{
    QByteArray token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expiration; ///< UTC; invalid when the plugin set no expiry

    bool hasClientCertificate() const
    {
        return !clientCertificatePem.isEmpty() && !clientKeyPem.isEmpty();
    }
};

/// The cluster details a plugin receives when the kubeconfig sets `provideClusterInfo`.
struct ExecClusterInfo
{
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QByteArray certificateAuthorityPem;
    QString proxyUrl;

    static ExecClusterInfo fromContext(const ResolvedContext &context);
    friend bool operator==(const ExecClusterInfo &, const ExecClusterInfo &) = default;
};

/// The outcome of one credential request.
struct ExecCredentialResult
{
    bool ok = false;
    ExecCredential credential;
    QString errorString; ///< translated, for people; never contains the plugin's stdout
    bool fromCache = false;
};

/**
 * Runs exec credential plugins (`client.authentication.k8s.io/v1` and `v1beta1`) the way
 * client-go does, without blocking the caller.
 *
 * The plugin runs without a shell (program and arguments), with stdin closed, the process
 * environment plus the kubeconfig's `env`, and `KUBERNETES_EXEC_INFO` describing a
 * non-interactive request (with the cluster when `provideClusterInfo` is set). It is killed,
 * with any children it started, after timeout(). The credential is cached per exec
 * configuration and cluster until refreshMargin() before its `expirationTimestamp`;
 * concurrent requests for the same configuration share one run.
 */
class ExecCredentialProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ExecCredentialResult &)>;
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::milliseconds DefaultTimeout{30'000};
    static constexpr std::chrono::seconds DefaultRefreshMargin{10};
    /// Output beyond this is not a credential; the plugin is stopped.
    static constexpr qsizetype MaxOutputSize = 4 * 1024 * 1024;

    explicit ExecCredentialProvider(QObject *parent = nullptr);
    ~ExecCredentialProvider() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// How long before its expiry a cached credential is considered stale.
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }
    std::chrono::seconds refreshMargin() const { return m_refreshMargin; }
    /// Replaces the wall clock used for expiry checks (tests).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /**
     * Asks for a credential. @p callback runs exactly once, always later from the event loop
     * (never inside this call), unless @p receiver is given and destroyed first.
     */
    void requestCredential(const ExecConfig &config, const ExecClusterInfo &cluster,
                           const QObject *receiver, Callback callback);
    /// The same for a context; it must have an exec configuration.
    void requestCredential(const ResolvedContext &context, const QObject *receiver,
                           Callback callback);

    /// A cached credential that is still fresh, without running anything.
    std::optional<ExecCredential> cachedCredential(const ExecConfig &config,
                                                   const ExecClusterInfo &cluster) const;
    /// Forgets the cached credential, e.g. after the API server answered 401.
    void invalidate(const ExecConfig &config, const ExecClusterInfo &cluster);
    void clearCache() { m_cache.clear(); }

    /// The value of KUBERNETES_EXEC_INFO the plugin receives.
    static QByteArray execInfo(const ExecConfig &config, const ExecClusterInfo &cluster);
    /// Parses a plugin's standard output; exposed for tests.
    static ExecCredentialResult parseOutput(const QByteArray &output, const ExecConfig &config);

private:
    struct Waiter
    {
        QPointer<const QObject> receiver;
        bool hasReceiver = false;
        Callback callback;
    };
    struct Run
    {
        ExecConfig config;
        QList<Waiter> waiters;
        QProcess *process = nullptr;
        QTimer *timer = nullptr;
        QByteArray output;
        QByteArray errorOutput;
        bool timedOut = false;
        bool outputTooLarge = false;
    };

    static QString cacheKey(const ExecConfig &config, const ExecClusterInfo &cluster);
    bool isFresh(const ExecCredential &credential) const;
    void start(const QString &key, const ExecConfig &config, const ExecClusterInfo &cluster);
    void onFinished(const QString &key);
    void complete(const QString &key, const ExecCredentialResult &result);
    void deliver(Waiter waiter, const ExecCredentialResult &result);
    static void stopProcess(QProcess *process);

    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::seconds m_refreshMargin = DefaultRefreshMargin;
    Clock m_clock;
    QHash<QString, ExecCredential> m_cache;
    QHash<QString, Run> m_runs;
};

} // namespace maestro

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace maestro {

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

/**
 * Secrets the user typed or chose to keep (a token, a client key), in the OS keychain.
 *
 * Every operation is asynchronous and answers with exactly one finished() carrying the id
 * the call returned. Entries live under the service "maestro", one key per context and
 * server (keyForContext()).
 *
 * When the platform has no usable keychain (no Secret Service on the session bus, no D-Bus
 * at all), the first operation finds out, retries once after retryDelay() in case the
 * keyring is still starting, and then the whole process switches to keeping secrets in
 * memory only: keychainUnavailable() fires once with a message for the user and
 * isPersistent() turns false. There is no plaintext fallback, and secrets are never logged.
 * Once the keychain has answered in this run, later errors are reported as errors instead.
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)
    enum class Status {
        Ok,
        NotFound, ///< a read found no secret under the key
        Error,    ///< see Result::errorString
    };
    Q_ENUM(Status)
    enum class Backend {
        Unknown,    ///< no operation has finished yet
        Keychain,   ///< the OS keychain answers
        MemoryOnly, ///< no keychain: secrets last until the process quits
    };
    Q_ENUM(Backend)

    struct Result
    {
        quint64 requestId = 0;
        Operation operation = Operation::Read;
        QString key;
        Status status = Status::Error;
        QByteArray secret;       ///< the secret, for a successful read
        QString errorString;     ///< translated, for people
        bool persistent = false; ///< served by the keychain, not this run's memory
    };

    static constexpr auto ServiceName = "maestro";
    static constexpr std::chrono::milliseconds DefaultRetryDelay{500};

    /// `context/<name>@<server>`: one secret per context and API server.
    static QString keyForContext(const QString &contextName, const QString &server);

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    quint64 read(const QString &key);
    quint64 write(const QString &key, const QByteArray &secret);
    /// Removing a key that holds nothing succeeds.
    quint64 remove(const QString &key);

    /// Process-wide: which store answers.
    static Backend backend();
    /// False once this process knows there is no keychain.
    static bool isPersistent() { return backend() != Backend::MemoryOnly; }
    /// The message for the user while isPersistent() is false; empty otherwise.
    static QString persistenceMessage();

    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }

Q_SIGNALS:
    void finished(const maestro::CredentialStore::Result &result);
    /// Emitted once per process (by every store) when secrets start living in memory only.
    void keychainUnavailable(const QString &message);

private:
    struct Request
    {
        quint64 id = 0;
        Operation operation = Operation::Read;
        QString key;
        QByteArray secret;
        int attempt = 0;
    };

    quint64 enqueue(Operation operation, const QString &key, const QByteArray &secret);
    void startJob(Request request);
    void onJobFinished(Request request, QKeychain::Job *job);
    void completeInMemory(const Request &request);
    void finish(const Request &request, Status status, const QByteArray &secret,
                const QString &errorString, bool persistent);

    quint64 m_nextId = 1;
    std::chrono::milliseconds m_retryDelay = DefaultRetryDelay;
};

} // namespace maestro

Q_DECLARE_METATYPE(maestro::CredentialStore::Result)

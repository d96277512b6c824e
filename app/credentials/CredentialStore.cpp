// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace maestro {

Q_LOGGING_CATEGORY(lcCredentials, "maestro.credentials", QtInfoMsg)

namespace {

/// What every CredentialStore of the process shares: the backend decision and, without a
/// keychain, the secrets of this run.
class SharedState : public QObject
{
    Q_OBJECT

public:
    QMutex mutex;
    CredentialStore::Backend backend = CredentialStore::Backend::Unknown;
    QHash<QString, QByteArray> memory;

Q_SIGNALS:
    void keychainUnavailable(const QString &message);
};

SharedState &shared()
{
    static SharedState state;
    return state;
}

QString unavailableMessage()
{
    return QCoreApplication::translate("maestro::CredentialStore",
                                       "No keychain is available: the token is kept only until "
                                       "Maestro Desktop quits");
}

/// QtKeychain reports a missing Secret Service (or no D-Bus at all) as one of these.
bool meansNoBackend(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

QString CredentialStore::keyForContext(const QString &contextName, const QString &server)
{
    return QStringLiteral("context/") + contextName + u'@' + server;
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
    connect(&shared(), &SharedState::keychainUnavailable, this,
            &CredentialStore::keychainUnavailable);
}

CredentialStore::~CredentialStore() = default;

CredentialStore::Backend CredentialStore::backend()
{
    QMutexLocker locker(&shared().mutex);
    return shared().backend;
}

QString CredentialStore::persistenceMessage()
{
    return isPersistent() ? QString() : unavailableMessage();
}

quint64 CredentialStore::read(const QString &key)
{
    return enqueue(Operation::Read, key, {});
}

quint64 CredentialStore::write(const QString &key, const QByteArray &secret)
{
    return enqueue(Operation::Write, key, secret);
}

quint64 CredentialStore::remove(const QString &key)
{
    return enqueue(Operation::Remove, key, {});
}

quint64 CredentialStore::enqueue(Operation operation, const QString &key, const QByteArray &secret)
{
    Request request{m_nextId++, operation, key, secret, 0};
    const quint64 id = request.id;
    // Queued even for the in-memory store, so finished() never fires inside the call.
    QMetaObject::invokeMethod(
        this, [this, request = std::move(request)] { startJob(request); }, Qt::QueuedConnection);
    return id;
}

void CredentialStore::startJob(Request request)
{
    if (backend() == Backend::MemoryOnly) {
        completeInMemory(request);
        return;
    }

    const QString service = QLatin1String(ServiceName);
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service, this);
        write->setBinaryData(request.secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    // Never let QtKeychain put the secret in a QSettings file when the keychain is missing.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(request.key);
    connect(job, &QKeychain::Job::finished, this,
            [this, request](QKeychain::Job *finishedJob) { onJobFinished(request, finishedJob); });
    qCDebug(lcCredentials) << request.operation << request.key << "attempt" << request.attempt;
    job->start();
}

void CredentialStore::onJobFinished(Request request, QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    qCDebug(lcCredentials) << request.operation << request.key << "keychain answered" << error;

    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
        {
            QMutexLocker locker(&shared().mutex);
            if (shared().backend == Backend::Unknown)
                shared().backend = Backend::Keychain;
        }
        if (error == QKeychain::NoError) {
            const QByteArray secret =
                request.operation == Operation::Read
                    ? static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData()
                    : QByteArray();
            finish(request, Status::Ok, secret, {}, true);
        } else {
            // Removing what is not there is what the caller wanted.
            finish(request, request.operation == Operation::Remove ? Status::Ok : Status::NotFound,
                   {}, {}, true);
        }
        return;
    }

    if (meansNoBackend(error) && backend() != Backend::Keychain) {
        if (request.attempt == 0) {
            // The keyring may still be starting with the session (Nextcloud sees the same).
            qCInfo(lcCredentials) << "keychain not answering, retrying once:" << job->errorString();
            ++request.attempt;
            QTimer::singleShot(m_retryDelay, this, [this, request] { startJob(request); });
            return;
        }
        bool switched = false;
        {
            QMutexLocker locker(&shared().mutex);
            if (shared().backend != Backend::MemoryOnly) {
                shared().backend = Backend::MemoryOnly;
                switched = true;
            }
        }
        if (switched) {
            qCWarning(lcCredentials)
                << "no keychain available, secrets are kept in memory only:" << job->errorString();
            Q_EMIT shared().keychainUnavailable(unavailableMessage());
        }
        completeInMemory(request);
        return;
    }

    QString message;
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        message = tr("The keychain refused access: %1").arg(job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
        message = tr("The keychain could not delete the secret: %1").arg(job->errorString());
        break;
    default:
        message = tr("The keychain failed: %1").arg(job->errorString());
        break;
    }
    qCWarning(lcCredentials) << request.operation << request.key << "failed:" << error
                             << job->errorString();
    finish(request, Status::Error, {}, message, true);
}

void CredentialStore::completeInMemory(const Request &request)
{
    Status status = Status::Ok;
    QByteArray secret;
    {
        QMutexLocker locker(&shared().mutex);
        QHash<QString, QByteArray> &memory = shared().memory;
        switch (request.operation) {
        case Operation::Read: {
            const auto it = memory.constFind(request.key);
            if (it == memory.cend())
                status = Status::NotFound;
            else
                secret = *it;
            break;
        }
        case Operation::Write:
            memory.insert(request.key, request.secret);
            break;
        case Operation::Remove:
            memory.remove(request.key);
            break;
        }
    }
    finish(request, status, secret, {}, false);
}

void CredentialStore::finish(const Request &request, Status status, const QByteArray &secret,
                             const QString &errorString, bool persistent)
{
    Result result;
    result.requestId = request.id;
    result.operation = request.operation;
    result.key = request.key;
    result.status = status;
    result.secret = secret;
    result.errorString = errorString;
    result.persistent = persistent;
    qCDebug(lcCredentials) << request.operation << request.key << "->" << status
                           << (persistent ? "keychain" : "memory");
    Q_EMIT finished(result);
}

} // namespace maestro

#include "CredentialStore.moc"

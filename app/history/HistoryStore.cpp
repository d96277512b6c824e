// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/HistoryStore.h"
#include "app/history/HistoryLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

namespace maestro::history {

Q_LOGGING_CATEGORY(lcHistory, "maestro.history")

namespace {
/// Batches are written this long after the first append: one transaction per burst.
constexpr int kWriteDelayMs = 250;
/// Written at once past this many queued samples, so that memory stays bounded.
constexpr qsizetype kWriteNowSamples = 100000;
} // namespace

/**
 * The worker thread's side: owns the database connection (created, used and closed in
 * that thread only) and the queue of pending writes. A plain QObject: the store talks
 * to it with queued functors, it answers the same way.
 */
class HistoryWorker : public QObject
{
public:
    explicit HistoryWorker(HistoryStore *store)
        : m_store(store)
        , m_writeTimer(this)
        , m_maintenanceTimer(this)
    {
        m_writeTimer.setSingleShot(true);
        m_writeTimer.setInterval(kWriteDelayMs);
        m_maintenanceTimer.setInterval(5 * 60 * 1000);
        connect(&m_writeTimer, &QTimer::timeout, this, [this] { writePending(); });
        connect(&m_maintenanceTimer, &QTimer::timeout, this,
                [this] { maintain(QDateTime::currentMSecsSinceEpoch()); });
    }

    HistoryDatabase::OpenResult open(const QString &path, const HistoryLimits &limits,
                                     QString *message)
    {
        close();
        m_limits = limits;
        m_path = path;
        const auto result = m_db.open(path, limits, message);
        if (result != HistoryDatabase::OpenResult::Failed) {
            maintain(QDateTime::currentMSecsSinceEpoch());
            m_maintenanceTimer.start();
        }
        return result;
    }

    void close()
    {
        writePending();
        m_writeTimer.stop();
        m_maintenanceTimer.stop();
        m_db.close();
        m_pendingSamples.clear();
        m_pendingEvents.clear();
        m_pendingSampleCount = 0;
    }

    void appendSamples(qint64 timestampMs, QList<NodeSample> samples)
    {
        if (!m_db.isOpen())
            return;
        m_pendingSampleCount += samples.size();
        m_pendingSamples.append({timestampMs, std::move(samples)});
        schedule();
    }

    void appendEvents(QList<TimelineEvent> events)
    {
        if (!m_db.isOpen())
            return;
        m_pendingEvents.append(std::move(events));
        schedule();
    }

    void writePending()
    {
        m_writeTimer.stop();
        if (!m_db.isOpen())
            return;
        QString error;
        if (!m_pendingSamples.isEmpty()) {
            const auto batches = std::exchange(m_pendingSamples, {});
            m_pendingSampleCount = 0;
            if (!m_db.writeSamples(batches, &error))
                failed(HistoryStore::tr("Samples could not be saved: %1").arg(error));
        }
        if (!m_pendingEvents.isEmpty() && m_db.isOpen()) {
            const auto events = std::exchange(m_pendingEvents, {});
            if (!m_db.writeEvents(events, &error))
                failed(HistoryStore::tr("Events could not be saved: %1").arg(error));
        }
    }

    bool maintain(qint64 nowMs)
    {
        writePending();
        QString error;
        if (m_db.isOpen() && !m_db.maintain(nowMs, &error)) {
            failed(HistoryStore::tr("The history could not be compacted: %1").arg(error));
            return false;
        }
        return m_db.isOpen();
    }

    HistoryDatabase &db() { return m_db; }
    void setLimits(const HistoryLimits &limits)
    {
        m_limits = limits;
        m_db.setLimits(limits);
    }
    void setMaintenanceInterval(int ms) { m_maintenanceTimer.setInterval(ms); }

    /// Hands the worker back to the store's thread so that it can be deleted there.
    void shutdown(QThread *target)
    {
        close();
        moveToThread(target);
    }

private:
    void schedule()
    {
        if (m_pendingSampleCount >= kWriteNowSamples)
            writePending();
        else if (!m_writeTimer.isActive())
            m_writeTimer.start();
    }

    void failed(const QString &message)
    {
        qCWarning(lcHistory) << message;
        if (HistoryDatabase::isCorruption(m_db.lastError()) && m_path != u":memory:") {
            // Damaged while in use (a disk error, another program writing into it): the
            // same remedy as at open, so that the app keeps recording.
            m_db.close();
            const QString aside = HistoryDatabase::setAside(m_path);
            QString ignored;
            const auto result = m_db.open(m_path, m_limits, &ignored);
            const auto state = result == HistoryDatabase::OpenResult::Failed
                                   ? HistoryStore::State::Failed
                                   : HistoryStore::State::Recovered;
            const QString text =
                HistoryStore::tr("The history database was damaged. It was set aside as %1 "
                                 "and a new one was started.")
                    .arg(QFileInfo(aside).fileName());
            post([store = m_store, state, text] { store->setState(state, text); });
            return;
        }
        post([store = m_store, message] { Q_EMIT store->errorOccurred(message); });
    }

    template<class F>
    void post(F &&function)
    {
        QMetaObject::invokeMethod(m_store, std::forward<F>(function), Qt::QueuedConnection);
    }

    HistoryStore *m_store;
    HistoryDatabase m_db;
    HistoryLimits m_limits;
    QString m_path;
    QTimer m_writeTimer;
    QTimer m_maintenanceTimer;
    QList<std::pair<qint64, QList<NodeSample>>> m_pendingSamples;
    qsizetype m_pendingSampleCount = 0;
    QList<TimelineEvent> m_pendingEvents;
};

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
    , m_directory(defaultDirectory())
{
    qRegisterMetaType<TimelineEvent>();
    qRegisterMetaType<SampleQueryResult>();
    m_worker = new HistoryWorker(this);
    m_thread.setObjectName(QStringLiteral("maestro-history"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

HistoryStore::~HistoryStore()
{
    QThread *here = thread();
    runBlocking([worker = m_worker, here] { worker->shutdown(here); });
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

template<class F>
void HistoryStore::runBlocking(F &&function)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(function), Qt::BlockingQueuedConnection);
}

QString HistoryStore::clusterKey(const QString &contextName, const QUrl &server)
{
    return contextName + u'\n' + server.adjusted(QUrl::StripTrailingSlash).toString();
}

QString HistoryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history");
}

QString HistoryStore::databasePath(const QString &clusterKey) const
{
    const QByteArray hash =
        QCryptographicHash::hash(clusterKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_directory)
        .filePath(QString::fromLatin1(hash.left(32)) + QStringLiteral(".sqlite"));
}

bool HistoryStore::open(const QString &clusterKey, QString *error)
{
    close();
    m_path = databasePath(clusterKey);
    HistoryDatabase::OpenResult result = HistoryDatabase::OpenResult::Failed;
    QString message;
    runBlocking(
        [&, path = m_path, limits = m_limits] { result = m_worker->open(path, limits, &message); });
    switch (result) {
    case HistoryDatabase::OpenResult::Opened:
        setState(State::Open, {});
        break;
    case HistoryDatabase::OpenResult::Recovered:
        setState(State::Recovered, message);
        break;
    case HistoryDatabase::OpenResult::InMemory:
        setState(State::InMemory, message);
        break;
    case HistoryDatabase::OpenResult::Failed:
        setState(State::Failed, message);
        if (error)
            *error = message;
        return false;
    }
    if (error)
        *error = message;
    return true;
}

void HistoryStore::close()
{
    if (m_state == State::Closed)
        return;
    runBlocking([worker = m_worker] { worker->close(); });
    setState(State::Closed, {});
}

bool HistoryStore::isOpen() const
{
    return m_state != State::Closed && m_state != State::Failed;
}

void HistoryStore::setState(State state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    Q_EMIT stateChanged(state, message);
}

void HistoryStore::appendSamples(qint64 timestampMs, QList<NodeSample> samples)
{
    if (!isOpen() || samples.isEmpty())
        return;
    Q_EMIT samplesAppended(timestampMs, samples);
    // The list is implicitly shared: queuing it copies a pointer, not 5,000 samples.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, timestampMs, samples = std::move(samples)]() mutable {
            worker->appendSamples(timestampMs, std::move(samples));
        },
        Qt::QueuedConnection);
}

void HistoryStore::appendEvents(QList<TimelineEvent> events)
{
    if (!isOpen() || events.isEmpty())
        return;
    Q_EMIT eventsAppended(events);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, events = std::move(events)]() mutable {
            worker->appendEvents(std::move(events));
        },
        Qt::QueuedConnection);
}

void HistoryStore::querySamples(const QStringList &nodes, const QDateTime &from,
                                const QDateTime &to, int maxPointsPerSeries, QObject *context,
                                SamplesCallback callback)
{
    QPointer<QObject> guard(context ? context : this);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, nodes, fromMs = from.toMSecsSinceEpoch(),
         toMs = to.toMSecsSinceEpoch(), maxPointsPerSeries, guard, callback] {
            worker->writePending(); // a chart asked now must show what was appended before
            SampleQueryResult result =
                worker->db().querySamples(nodes, fromMs, toMs, maxPointsPerSeries);
            // The store outlives its worker thread, so posting to it is safe; the
            // context is checked there, in its own thread.
            QMetaObject::invokeMethod(
                this,
                [guard, callback, result = std::move(result)] {
                    if (guard)
                        callback(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HistoryStore::queryEvents(const QDateTime &from, const QDateTime &to,
                               const QList<TimelineEvent::Kind> &kinds, const QStringList &nodes,
                               QObject *context, EventsCallback callback)
{
    QPointer<QObject> guard(context ? context : this);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, fromMs = from.toMSecsSinceEpoch(), toMs = to.toMSecsSinceEpoch(),
         kinds, nodes, guard, callback] {
            worker->writePending();
            QString error;
            QList<TimelineEvent> events =
                worker->db().queryEvents(fromMs, toMs, kinds, nodes, &error);
            QMetaObject::invokeMethod(
                this,
                [guard, callback, events = std::move(events), error] {
                    if (guard)
                        callback(events, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

SampleQueryResult HistoryStore::querySamplesNow(const QStringList &nodes, const QDateTime &from,
                                                const QDateTime &to, int maxPointsPerSeries)
{
    SampleQueryResult result;
    runBlocking([&] {
        m_worker->writePending();
        result = m_worker->db().querySamples(nodes, from.toMSecsSinceEpoch(),
                                             to.toMSecsSinceEpoch(), maxPointsPerSeries);
    });
    return result;
}

QList<TimelineEvent> HistoryStore::queryEventsNow(const QDateTime &from, const QDateTime &to,
                                                  const QList<TimelineEvent::Kind> &kinds,
                                                  const QStringList &nodes)
{
    QList<TimelineEvent> events;
    runBlocking([&] {
        m_worker->writePending();
        QString error;
        events = m_worker->db().queryEvents(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), kinds,
                                            nodes, &error);
    });
    return events;
}

void HistoryStore::setRetentionDays(int days)
{
    HistoryLimits limits = m_limits;
    limits.retentionDays = std::max(1, days);
    setLimits(limits);
}

void HistoryStore::setMaxSizeMb(int megabytes)
{
    HistoryLimits limits = m_limits;
    limits.maxSizeMb = std::max(1, megabytes);
    setLimits(limits);
}

void HistoryStore::setLimits(const HistoryLimits &limits)
{
    m_limits = limits;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, limits] { worker->setLimits(limits); }, Qt::QueuedConnection);
}

void HistoryStore::setMaintenanceIntervalMs(int ms)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ms] { worker->setMaintenanceInterval(ms); },
        Qt::QueuedConnection);
}

void HistoryStore::flush()
{
    runBlocking([worker = m_worker] { worker->writePending(); });
}

bool HistoryStore::runMaintenance(const QDateTime &now)
{
    const qint64 nowMs =
        now.isValid() ? now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    bool ok = false;
    runBlocking([&] { ok = m_worker->maintain(nowMs); });
    return ok;
}

HistoryStore::Stats HistoryStore::stats()
{
    Stats stats;
    runBlocking([&] {
        m_worker->writePending();
        HistoryDatabase &db = m_worker->db();
        if (!db.isOpen())
            return;
        stats.rawRows = db.rawRowCount();
        stats.rollupRows = db.rollupRowCount();
        stats.events = db.eventRowCount();
        stats.usedBytes = db.usedBytes();
    });
    return stats;
}

} // namespace maestro::history

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/history/HistoryDatabase.h"
#include "app/history/HistoryTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

#include <functional>

namespace maestro::history {

class HistoryWorker;

/**
 * The history of one cluster, kept because metrics-server remembers only the latest
 * value and Kubernetes drops events after an hour: node usage samples and timeline
 * events in an SQLite file of the application data directory.
 *
 * This is the UI thread's side. Appends only queue (they cost microseconds even for
 * thousands of nodes); a worker thread owning its own connection writes them in
 * batched transactions, rolls samples up (raw for 24 h, then one row per minute with
 * average, minimum and maximum), drops what is past the retention or over the size
 * bound (oldest first). Queries run there too and answer through callbacks on the
 * UI thread. A damaged database is set aside and replaced, a locked one reported:
 * the state says so in words, and nothing is ever fatal.
 */
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Closed,
        Open,
        Recovered, ///< the file was damaged: set aside, a fresh one in use (message says so)
        InMemory,  ///< the file was locked: this session's history only (message says so)
        Failed,
    };
    Q_ENUM(State)

    using SamplesCallback = std::function<void(const SampleQueryResult &result)>;
    using EventsCallback =
        std::function<void(const QList<TimelineEvent> &events, const QString &error)>;

    explicit HistoryStore(QObject *parent = nullptr);
    /// Writes what is pending and closes.
    ~HistoryStore() override;

    /// The key of a cluster: its context name and server, so that two contexts of the
    /// same cluster keep separate histories and a renamed server starts a new one.
    static QString clusterKey(const QString &contextName, const QUrl &server);
    /// AppDataLocation/history.
    static QString defaultDirectory();
    /// Where the databases go (before open(); tests use a temporary directory).
    void setDirectory(const QString &directory) { m_directory = directory; }
    QString directory() const { return m_directory; }
    /// The file of a cluster: a stable hash of its key, so that no name reaches the path.
    QString databasePath(const QString &clusterKey) const;

    /**
     * Opens (or creates) the cluster's database; waits for the worker (milliseconds,
     * longer only while another writer holds the file: up to the busy timeout).
     * True also when the database had to be set aside or kept in memory: state() and
     * stateMessage() tell; false (with `error`) only when no history is possible.
     */
    bool open(const QString &clusterKey, QString *error = nullptr);
    void close();
    bool isOpen() const;
    State state() const { return m_state; }
    /// Empty when all is well; otherwise what happened, for a person (translated).
    QString stateMessage() const { return m_stateMessage; }
    QString path() const { return m_path; }

    /// Queues one tick of samples: nodes and the SeriesName aggregates.
    void appendSamples(qint64 timestampMs, QList<NodeSample> samples);
    /// Queues events; one row per TimelineEvent::key (upserted).
    void appendEvents(QList<TimelineEvent> events);

    /**
     * The series of `nodes` (or SeriesName values) between `from` and `to`, at most
     * about `maxPointsPerSeries` points each (0: every stored row). The bucket width
     * follows from the range: raw 10 s rows for short recent ranges, rolled-up minutes
     * (with their minimum and maximum) further back. `callback` runs on this object's
     * thread, not at all when `context` was destroyed meanwhile.
     */
    void querySamples(const QStringList &nodes, const QDateTime &from, const QDateTime &to,
                      int maxPointsPerSeries, QObject *context, SamplesCallback callback);
    /// Events seen between `from` and `to`, oldest first; empty `kinds`/`nodes` mean all.
    void queryEvents(const QDateTime &from, const QDateTime &to,
                     const QList<TimelineEvent::Kind> &kinds, const QStringList &nodes,
                     QObject *context, EventsCallback callback);

    /// Blocking forms of the queries, for tests and the command line (never the UI).
    SampleQueryResult querySamplesNow(const QStringList &nodes, const QDateTime &from,
                                      const QDateTime &to, int maxPointsPerSeries = 0);
    QList<TimelineEvent> queryEventsNow(const QDateTime &from, const QDateTime &to,
                                        const QList<TimelineEvent::Kind> &kinds = {},
                                        const QStringList &nodes = {});

    void setRetentionDays(int days);
    int retentionDays() const { return m_limits.retentionDays; }
    void setMaxSizeMb(int megabytes);
    int maxSizeMb() const { return m_limits.maxSizeMb; }
    /// All limits at once (resolutions and busy timeout too; tests shorten them).
    void setLimits(const HistoryLimits &limits);
    HistoryLimits limits() const { return m_limits; }
    /// How often rollup and pruning run on their own (default 5 min).
    void setMaintenanceIntervalMs(int ms);

    /// Waits until everything appended so far is written (tests, shutdown).
    void flush();
    /// Rolls up and prunes now, as if the time were `now`; waits for it.
    bool runMaintenance(const QDateTime &now = {});

    struct Stats
    {
        qint64 rawRows = 0;
        qint64 rollupRows = 0;
        qint64 events = 0;
        qint64 usedBytes = 0;
    };
    Stats stats();

Q_SIGNALS:
    void stateChanged(maestro::history::HistoryStore::State state, const QString &message);
    /// A tick was queued for writing: live views follow from here without querying.
    void samplesAppended(qint64 timestampMs, const QList<maestro::history::NodeSample> &samples);
    /// Events were queued (new ones, or known keys with a higher count / later lastSeen).
    void eventsAppended(const QList<maestro::history::TimelineEvent> &events);
    /// A write or maintenance failed (the data of that batch is lost; later ones retry).
    void errorOccurred(const QString &message);

private:
    friend class HistoryWorker; // reports recoveries it made on its own
    void setState(State state, const QString &message);
    template<class F>
    void runBlocking(F &&function);

    QThread m_thread;
    HistoryWorker *m_worker = nullptr;
    QString m_directory;
    QString m_path;
    HistoryLimits m_limits;
    State m_state = State::Closed;
    QString m_stateMessage;
};

} // namespace maestro::history

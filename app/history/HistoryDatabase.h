// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/history/HistoryTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace maestro::history {

/// Limits of what is kept; the defaults are the issue's.
struct HistoryLimits
{
    qint64 rawIntervalMs = 10000;          ///< the finest resolution charts ask for
    qint64 rawKeepMs = 24LL * 3600 * 1000; ///< raw rows older than this become minutes
    qint64 rollupMs = 60000;               ///< width of a rolled-up row
    int retentionDays = 7;
    int maxSizeMb = 512;
    int busyTimeoutMs = 3000; ///< how long to wait for another writer before calling it locked
};

/**
 * The SQLite side of the history: one connection, used only by the thread that
 * opened it (QSqlDatabase connections must not cross threads). HistoryStore runs it
 * on its worker thread; everything here is synchronous.
 */
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)
public:
    enum class OpenResult {
        Opened,
        Recovered, ///< the file was corrupt: set aside, a fresh one created
        InMemory,  ///< the file was locked by another program: history of this session only
        Failed,
    };

    HistoryDatabase();
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    /// `message` says what happened when the result is not Opened (translated).
    OpenResult open(const QString &path, const HistoryLimits &limits, QString *message);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    void setLimits(const HistoryLimits &limits);

    /// One transaction for the whole batch. False with `error` set on failure.
    bool writeSamples(const QList<std::pair<qint64, QList<NodeSample>>> &batches, QString *error);
    /// Upserts by key: count and lastSeen follow the newest, firstSeen the oldest.
    bool writeEvents(const QList<TimelineEvent> &events, QString *error);

    SampleQueryResult querySamples(const QStringList &nodes, qint64 fromMs, qint64 toMs,
                                   int maxPointsPerSeries);
    QList<TimelineEvent> queryEvents(qint64 fromMs, qint64 toMs,
                                     const QList<TimelineEvent::Kind> &kinds,
                                     const QStringList &nodes, QString *error);

    /// Rolls raw rows older than rawKeepMs up into minutes, drops what is past the
    /// retention, then the oldest rows until the file fits maxSizeMb.
    bool maintain(qint64 nowMs, QString *error);
    /// The last SQL error of a failed call (to tell corruption and locks apart).
    QSqlError lastError() const { return m_lastError; }
    /// Bytes the data takes (pages in use), what the size bound is checked against.
    qint64 usedBytes();

    // Figures for tests and diagnostics.
    qint64 rawRowCount();
    qint64 rollupRowCount();
    qint64 eventRowCount();

    /// True for the errors that mean the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
    static bool isCorruption(const QSqlError &error);
    /// True for SQLITE_BUSY and SQLITE_LOCKED.
    static bool isLocked(const QSqlError &error);
    /// Renames the database and its -wal/-shm to `<name>.corrupt-<timestamp>`.
    static QString setAside(const QString &path);
    /// Keeps the history readable by its owner only.
    static void restrictPermissions(const QString &path);

private:
    bool openConnection(const QString &file, QSqlError *error);
    bool createSchema(QSqlError *error);
    qint64 scalar(const QString &sql);
    qint64 seriesId(const QString &name, bool create);
    bool exec(const QString &sql, QSqlError *error = nullptr);
    bool pruneOldest(QSqlError *error);

    QString m_connectionName;
    QString m_path;
    HistoryLimits m_limits;
    QHash<QString, qint64> m_seriesIds;
    QSqlError m_lastError;
};

} // namespace maestro::history

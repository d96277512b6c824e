// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/HistoryDatabase.h"
#include "app/history/HistoryLogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace maestro::history {

namespace {

// SQLite's primary result codes (sqlite3.h); QSQLITE reports them as nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

const QString kMemory = QStringLiteral(":memory:");

} // namespace

HistoryDatabase::HistoryDatabase()
{
    // Every instance needs its own connection name: QSqlDatabase keys connections
    // process-wide, and two stores (two clusters) must never share one.
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("maestro-history-%1").arg(++counter);
}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

bool HistoryDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void HistoryDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && m_path != kMemory)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_seriesIds.clear();
}

void HistoryDatabase::setLimits(const HistoryLimits &limits)
{
    m_limits = limits;
    if (isOpen())
        exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(m_limits.busyTimeoutMs));
}

HistoryDatabase::OpenResult HistoryDatabase::open(const QString &path, const HistoryLimits &limits,
                                                  QString *message)
{
    close();
    m_limits = limits;
    m_path = path;
    const QFileInfo info(path);
    if (path != kMemory) {
        QDir().mkpath(info.absolutePath());
        QFile::setPermissions(info.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QSqlError error;
    if (openConnection(path, &error))
        return OpenResult::Opened;
    close();

    if (isCorruption(error)) {
        const QString aside = setAside(path);
        qCWarning(lcHistory) << "corrupt history database set aside:" << aside << error.text();
        if (message)
            *message = tr("The history database was damaged. It was set aside as %1 and a new "
                          "one was started; the history collected before is not shown.")
                           .arg(QFileInfo(aside).fileName());
        if (openConnection(path, &error))
            return OpenResult::Recovered;
        close();
    } else if (isLocked(error)) {
        // Renaming a file another program is writing would lose its data and race its
        // WAL, so a locked database is left alone: this session keeps its history in memory.
        qCWarning(lcHistory) << "history database locked:" << path << error.text();
        if (message)
            *message = tr("The history database is in use by another program (is Maestro "
                          "running twice?). The history of this session will not be kept.");
        m_path = kMemory;
        if (openConnection(kMemory, &error))
            return OpenResult::InMemory;
        close();
    }
    if (message)
        *message = tr("The history database cannot be opened: %1").arg(error.text());
    return OpenResult::Failed;
}

bool HistoryDatabase::openConnection(const QString &file, QSqlError *error)
{
    m_seriesIds.clear();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(file);
    if (!db.open()) {
        *error = db.lastError();
        return false;
    }
    const bool onDisk = file != kMemory;
    // Reading the schema is the first access to the file: a damaged header
    // (SQLITE_NOTADB) or another program's exclusive lock shows here.
    if (!exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(m_limits.busyTimeoutMs), error) ||
        !exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), error))
        return false;
    if (onDisk) {
        // WAL: readers (chart queries) never block the writer; NORMAL is durable enough
        // for samples (a power cut loses at most the last transactions, never the file).
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            *error = q.lastError();
            return false;
        }
        if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error))
            return false;
    }
    if (!createSchema(error))
        return false;
    // The schema may have existed already (nothing written): a real write transaction
    // is the one way to learn now, not at the first batch, that another writer holds it.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (!exec(QStringLiteral("COMMIT"), error))
        return false;
    if (onDisk)
        restrictPermissions(file);
    return true;
}

bool HistoryDatabase::createSchema(QSqlError *error)
{
    static const char *const statements[] = {
        "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)",
        "INSERT OR IGNORE INTO meta(key, value) VALUES('schema', '1')",
        "CREATE TABLE IF NOT EXISTS series(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)",
        // a = cpu fraction (or p50 ms), b = memory fraction (or p99 ms)
        "CREATE TABLE IF NOT EXISTS raw(series INTEGER NOT NULL, ts INTEGER NOT NULL, "
        "a REAL, b REAL, PRIMARY KEY(series, ts)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS raw_ts ON raw(ts)",
        "CREATE TABLE IF NOT EXISTS rollup(series INTEGER NOT NULL, ts INTEGER NOT NULL, "
        "a_avg REAL, a_min REAL, a_max REAL, b_avg REAL, b_min REAL, b_max REAL, "
        "n INTEGER NOT NULL, PRIMARY KEY(series, ts)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS rollup_ts ON rollup(ts)",
        "CREATE TABLE IF NOT EXISTS events(id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, "
        "kind INTEGER NOT NULL, reason TEXT, message TEXT, object TEXT, node TEXT, "
        "count INTEGER NOT NULL, first_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS events_last ON events(last_ms)",
        "CREATE INDEX IF NOT EXISTS events_first ON events(first_ms)",
    };
    for (const char *sql : statements) {
        if (!exec(QString::fromLatin1(sql), error))
            return false;
    }
    return true;
}

bool HistoryDatabase::exec(const QString &sql, QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError();
    qCDebug(lcHistory) << "failed:" << sql << q.lastError().text();
    return false;
}

qint64 HistoryDatabase::scalar(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 HistoryDatabase::seriesId(const QString &name, bool create)
{
    const auto cached = m_seriesIds.constFind(name);
    if (cached != m_seriesIds.constEnd())
        return *cached;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (create) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO series(name) VALUES(?)"));
        q.addBindValue(name);
        if (!q.exec())
            return -1;
    }
    q.prepare(QStringLiteral("SELECT id FROM series WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 id = q.value(0).toLongLong();
    m_seriesIds.insert(name, id);
    return id;
}

bool HistoryDatabase::writeSamples(const QList<std::pair<qint64, QList<NodeSample>>> &batches,
                                   QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        *error = tr("The history database is not open.");
        return false;
    }
    if (!db.transaction()) {
        m_lastError = db.lastError();
        *error = m_lastError.text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO raw(series, ts, a, b) VALUES(?, ?, ?, ?)"));
    for (const auto &[timestamp, samples] : batches) {
        for (const NodeSample &sample : samples) {
            const qint64 id = seriesId(sample.node, true);
            if (id < 0)
                continue;
            q.bindValue(0, id);
            q.bindValue(1, timestamp);
            q.bindValue(2, sample.cpu);
            q.bindValue(3, sample.memory);
            if (!q.exec()) {
                m_lastError = q.lastError();
                *error = m_lastError.text();
                db.rollback();
                m_seriesIds.clear(); // ids created in this transaction are gone
                return false;
            }
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError();
        *error = m_lastError.text();
        db.rollback();
        m_seriesIds.clear();
        return false;
    }
    return true;
}

bool HistoryDatabase::writeEvents(const QList<TimelineEvent> &events, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        *error = tr("The history database is not open.");
        return false;
    }
    if (!db.transaction()) {
        m_lastError = db.lastError();
        *error = m_lastError.text();
        return false;
    }
    QSqlQuery q(db);
    // Kubernetes counts only grow; max() keeps the latest even when an older copy of
    // the event arrives late (a re-list after a reconnect).
    q.prepare(QStringLiteral(
        "INSERT INTO events(key, kind, reason, message, object, node, count, first_ms, last_ms) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
        "kind = excluded.kind, reason = excluded.reason, "
        "message = CASE WHEN excluded.last_ms >= last_ms THEN excluded.message ELSE message END, "
        "object = excluded.object, "
        "node = CASE WHEN excluded.node <> '' THEN excluded.node ELSE node END, "
        "count = max(count, excluded.count), first_ms = min(first_ms, excluded.first_ms), "
        "last_ms = max(last_ms, excluded.last_ms)"));
    for (const TimelineEvent &event : events) {
        const QDateTime last = event.lastSeen.isValid() ? event.lastSeen : event.firstSeen;
        const QDateTime first = event.firstSeen.isValid() ? event.firstSeen : last;
        if (event.key.isEmpty() || !last.isValid())
            continue;
        q.bindValue(0, event.key);
        q.bindValue(1, int(event.kind));
        q.bindValue(2, event.reason);
        q.bindValue(3, event.message);
        q.bindValue(4, event.object);
        q.bindValue(5, event.node.isNull() ? QStringLiteral("") : event.node);
        q.bindValue(6, std::max(1, event.count));
        q.bindValue(7, first.toMSecsSinceEpoch());
        q.bindValue(8, last.toMSecsSinceEpoch());
        if (!q.exec()) {
            m_lastError = q.lastError();
            *error = m_lastError.text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError();
        *error = m_lastError.text();
        db.rollback();
        return false;
    }
    return true;
}

SampleQueryResult HistoryDatabase::querySamples(const QStringList &nodes, qint64 fromMs,
                                                qint64 toMs, int maxPointsPerSeries)
{
    SampleQueryResult result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        result.error = tr("The history database is not open.");
        return result;
    }
    const qint64 span = std::max<qint64>(0, toMs - fromMs);
    // One bucket width for raw and rolled-up rows alike: buckets no finer than what
    // the chart can show, and rolled-up minutes simply fall into them with their extremes.
    qint64 width = 1;
    if (maxPointsPerSeries > 0)
        width = std::max<qint64>(1, (span + maxPointsPerSeries - 1) / maxPointsPerSeries);
    result.resolutionMs = std::max(width, m_limits.rawIntervalMs);
    // No coarser than raw: the rows as they are, at their own times (bucketing by a
    // width below the raw interval would only shift them to arbitrary bucket starts).
    if (width <= m_limits.rawIntervalMs)
        width = 1;

    for (const QString &node : nodes) {
        SampleSeries series;
        series.node = node;
        const qint64 id = seriesId(node, false);
        if (id >= 0) {
            // Only integers are spliced in; they cannot inject anything.
            const QString range = QStringLiteral("series = %1 AND ts >= %2 AND ts <= %3")
                                      .arg(id)
                                      .arg(fromMs)
                                      .arg(toMs);
            const QString sql =
                QStringLiteral(
                    "SELECT (ts / %1) * %1 AS bucket, sum(aa * n) / sum(n), min(amin), max(amax), "
                    "sum(ba * n) / sum(n), min(bmin), max(bmax) FROM ("
                    "SELECT ts, a AS aa, a AS amin, a AS amax, b AS ba, b AS bmin, b AS bmax, "
                    "1 AS n FROM raw WHERE %2 UNION ALL "
                    "SELECT ts, a_avg, a_min, a_max, b_avg, b_min, b_max, n FROM rollup WHERE %2"
                    ") GROUP BY bucket ORDER BY bucket")
                    .arg(width)
                    .arg(range);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(sql)) {
                m_lastError = q.lastError();
                result.error = m_lastError.text();
                return result;
            }
            while (q.next()) {
                SamplePoint p;
                p.timestampMs = q.value(0).toLongLong();
                p.cpu = q.value(1).toDouble();
                p.cpuMin = q.value(2).toDouble();
                p.cpuMax = q.value(3).toDouble();
                p.memory = q.value(4).toDouble();
                p.memoryMin = q.value(5).toDouble();
                p.memoryMax = q.value(6).toDouble();
                series.points.append(p);
            }
        }
        result.series.append(series);
    }
    return result;
}

QList<TimelineEvent> HistoryDatabase::queryEvents(qint64 fromMs, qint64 toMs,
                                                  const QList<TimelineEvent::Kind> &kinds,
                                                  const QStringList &nodes, QString *error)
{
    QList<TimelineEvent> events;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        *error = tr("The history database is not open.");
        return events;
    }
    QString sql = QStringLiteral("SELECT key, kind, reason, message, object, node, count, "
                                 "first_ms, last_ms FROM events WHERE last_ms >= %1 AND "
                                 "first_ms <= %2")
                      .arg(fromMs)
                      .arg(toMs);
    if (!kinds.isEmpty()) {
        QStringList numbers;
        for (TimelineEvent::Kind kind : kinds)
            numbers << QString::number(int(kind));
        sql += QStringLiteral(" AND kind IN (%1)").arg(numbers.join(u','));
    }
    if (!nodes.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < nodes.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND node IN (%1)").arg(marks.join(u','));
    }
    sql += QStringLiteral(" ORDER BY first_ms, id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &node : nodes)
        q.addBindValue(node);
    if (!q.exec()) {
        m_lastError = q.lastError();
        *error = m_lastError.text();
        return events;
    }
    while (q.next()) {
        TimelineEvent e;
        e.key = q.value(0).toString();
        e.kind = TimelineEvent::Kind(q.value(1).toInt());
        e.reason = q.value(2).toString();
        e.message = q.value(3).toString();
        e.object = q.value(4).toString();
        e.node = q.value(5).toString();
        e.count = q.value(6).toInt();
        e.firstSeen = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        e.lastSeen = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        events.append(e);
    }
    return events;
}

bool HistoryDatabase::maintain(qint64 nowMs, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        *error = tr("The history database is not open.");
        return false;
    }
    const qint64 r = std::max<qint64>(1000, m_limits.rollupMs);
    // Aligned to whole minutes so that no minute is rolled up from half its samples.
    const qint64 rawCutoff = ((nowMs - m_limits.rawKeepMs) / r) * r;
    const qint64 keepFrom = nowMs - qint64(std::max(1, m_limits.retentionDays)) * 86400000;
    QSqlError sqlError;
    auto fail = [&] {
        m_lastError = sqlError;
        *error = sqlError.text();
        db.rollback();
        return false;
    };
    if (!db.transaction()) {
        sqlError = db.lastError();
        return fail();
    }
    // Merging into an existing minute (weighted by its sample count) keeps late raw rows
    // of an already rolled-up minute instead of overwriting the minute with them.
    const QString rollup =
        QStringLiteral(
            "INSERT INTO rollup(series, ts, a_avg, a_min, a_max, b_avg, b_min, b_max, n) "
            "SELECT series, (ts / %1) * %1, avg(a), min(a), max(a), avg(b), min(b), max(b), "
            "count(*) FROM raw WHERE ts < %2 GROUP BY series, ts / %1 "
            "ON CONFLICT(series, ts) DO UPDATE SET "
            "a_avg = (a_avg * n + excluded.a_avg * excluded.n) / (n + excluded.n), "
            "a_min = min(a_min, excluded.a_min), a_max = max(a_max, excluded.a_max), "
            "b_avg = (b_avg * n + excluded.b_avg * excluded.n) / (n + excluded.n), "
            "b_min = min(b_min, excluded.b_min), b_max = max(b_max, excluded.b_max), "
            "n = n + excluded.n")
            .arg(r)
            .arg(rawCutoff);
    if (!exec(rollup, &sqlError) ||
        !exec(QStringLiteral("DELETE FROM raw WHERE ts < %1").arg(rawCutoff), &sqlError) ||
        !exec(QStringLiteral("DELETE FROM raw WHERE ts < %1").arg(keepFrom), &sqlError) ||
        !exec(QStringLiteral("DELETE FROM rollup WHERE ts < %1").arg(keepFrom), &sqlError) ||
        !exec(QStringLiteral("DELETE FROM events WHERE last_ms < %1").arg(keepFrom), &sqlError))
        return fail();
    if (!db.commit()) {
        sqlError = db.lastError();
        return fail();
    }

    const qint64 maxBytes = qint64(std::max(1, m_limits.maxSizeMb)) * 1024 * 1024;
    const qint64 usedBefore = usedBytes();
    int rounds = 0;
    while (usedBytes() > maxBytes) {
        ++rounds;
        if (!pruneOldest(&sqlError)) {
            if (sqlError.isValid()) {
                m_lastError = sqlError;
                *error = sqlError.text();
                return false;
            }
            break; // nothing left to prune
        }
    }
    if (rounds > 0)
        qCInfo(lcHistory) << "history over its size bound of" << m_limits.maxSizeMb
                          << "MB: oldest rows dropped, used bytes" << usedBefore << "->"
                          << usedBytes();
    if (m_path != kMemory) {
        // Pages freed by the size bound stay in the file until a VACUUM (incremental
        // vacuum frees one page per statement step, which QSqlQuery cannot drive). The
        // bound is hit rarely and the file is at most maxSizeMb then: a full VACUUM is cheap.
        if (rounds > 0)
            exec(QStringLiteral("VACUUM"));
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        restrictPermissions(m_path);
    }
    return true;
}

bool HistoryDatabase::pruneOldest(QSqlError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT min(t), max(t) FROM (SELECT min(ts) AS t FROM raw UNION ALL "
            "SELECT max(ts) FROM raw UNION ALL SELECT min(ts) FROM rollup UNION ALL "
            "SELECT max(ts) FROM rollup UNION ALL SELECT min(last_ms) FROM events UNION ALL "
            "SELECT max(last_ms) FROM events)")) ||
        !q.next()) {
        *error = q.lastError();
        return false;
    }
    if (q.value(0).isNull())
        return false;
    const qint64 oldest = q.value(0).toLongLong();
    const qint64 newest = q.value(1).toLongLong();
    // A twentieth of what is kept at a time: few rounds, and no more lost than needed.
    const qint64 cut = oldest + std::max<qint64>(m_limits.rollupMs, (newest - oldest) / 20);
    q.finish();
    if (!db.transaction()) {
        *error = db.lastError();
        return false;
    }
    if (!exec(QStringLiteral("DELETE FROM raw WHERE ts < %1").arg(cut), error) ||
        !exec(QStringLiteral("DELETE FROM rollup WHERE ts < %1").arg(cut), error) ||
        !exec(QStringLiteral("DELETE FROM events WHERE last_ms < %1").arg(cut), error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError();
        db.rollback();
        return false;
    }
    return true;
}

qint64 HistoryDatabase::usedBytes()
{
    const qint64 pages = scalar(QStringLiteral("PRAGMA page_count"));
    const qint64 free = scalar(QStringLiteral("PRAGMA freelist_count"));
    const qint64 size = scalar(QStringLiteral("PRAGMA page_size"));
    if (pages < 0 || free < 0 || size < 0)
        return -1;
    return (pages - free) * size;
}

qint64 HistoryDatabase::rawRowCount()
{
    return scalar(QStringLiteral("SELECT count(*) FROM raw"));
}

qint64 HistoryDatabase::rollupRowCount()
{
    return scalar(QStringLiteral("SELECT count(*) FROM rollup"));
}

qint64 HistoryDatabase::eventRowCount()
{
    return scalar(QStringLiteral("SELECT count(*) FROM events"));
}

bool HistoryDatabase::isCorruption(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADb;
}

bool HistoryDatabase::isLocked(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kSqliteBusy || code == kSqliteLocked;
}

QString HistoryDatabase::setAside(const QString &path)
{
    const QString suffix = QStringLiteral(".corrupt-") + QDateTime::currentDateTimeUtc().toString(
                                                             QStringLiteral("yyyyMMddTHHmmss"));
    QString aside = path + suffix;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = path + suffix + u'-' + QString::number(n);
    if (!QFile::rename(path, aside)) {
        qCWarning(lcHistory) << "cannot rename" << path << "; removing it";
        QFile::remove(path);
    }
    // The journal files belong to the damaged file: left in place they would be
    // replayed into the fresh one.
    for (const QString &journal :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(path + journal) && !QFile::rename(path + journal, aside + journal))
            QFile::remove(path + journal);
    }
    restrictPermissions(aside);
    return aside;
}

void HistoryDatabase::restrictPermissions(const QString &path)
{
    for (const QString &file :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(file))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace maestro::history

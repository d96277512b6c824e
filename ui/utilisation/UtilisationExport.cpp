// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/utilisation/UtilisationExport.h"

#include "app/history/HistoryStore.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QSaveFile>

namespace maestro::ui {

namespace {

/// Series read from the store per query: small enough that a week of one-minute rows
/// stays a few megabytes in memory, large enough that the queries' overhead is lost.
constexpr int DefaultSeriesPerBatch = 8;
/// Rows between two looks at the cancel flag.
constexpr int RowsPerCancelCheck = 4096;

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n'))
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

QString writeError(const QString &path, const QSaveFile &file)
{
    //: %1 is a file path, %2 the system's reason ("No space left on device")
    return UtilisationExport::tr("Could not write %1: %2").arg(path, file.errorString());
}

} // namespace

/// Lives on the export's thread and owns the file: opens it, appends batches, commits.
class UtilisationExportWriter : public QObject
{
public:
    explicit UtilisationExportWriter(std::shared_ptr<std::atomic_bool> cancel)
        : m_cancel(std::move(cancel))
    {}

    QString open(const QString &path)
    {
        m_path = path;
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            return writeError(path, *m_file);
        return {};
    }

    /// Writes rows; returns the error, empty when written (or stopped by the flag).
    QString write(const QByteArray &bytes)
    {
        if (m_file->write(bytes) != bytes.size() || m_file->error() != QFileDevice::NoError)
            return writeError(m_path, *m_file);
        return {};
    }

    QString writeCsvHeader()
    {
        // Fixed, English column names and ISO times: files are read by programs.
        return write("time_utc,series,cpu_percent,cpu_min_percent,cpu_max_percent,"
                     "memory_percent,memory_min_percent,memory_max_percent\n");
    }

    QString writeCsvRows(const history::SampleQueryResult &result, qint64 *rows)
    {
        QByteArray chunk;
        chunk.reserve(1 << 20);
        for (const history::SampleSeries &series : result.series) {
            const QByteArray name = csvField(series.node);
            int sinceCheck = 0;
            for (const history::SamplePoint &p : series.points) {
                chunk += QDateTime::fromMSecsSinceEpoch(p.timestampMs, Qt::UTC)
                             .toString(Qt::ISODateWithMs)
                             .toLatin1();
                chunk += ',';
                chunk += name;
                for (double v : {p.cpu, p.cpuMin, p.cpuMax, p.memory, p.memoryMin, p.memoryMax}) {
                    chunk += ',';
                    chunk += QByteArray::number(v * 100, 'f', 2);
                }
                chunk += '\n';
                ++*rows;
                if (++sinceCheck == RowsPerCancelCheck) {
                    sinceCheck = 0;
                    if (m_cancel->load())
                        return {};
                    if (chunk.size() > (1 << 20) - 4096) {
                        if (QString error = write(chunk); !error.isEmpty())
                            return error;
                        chunk.clear();
                    }
                }
            }
        }
        return write(chunk);
    }

    QString writePng(const QImage &picture)
    {
        QImageWriter writer(m_file.get(), "png");
        if (!writer.write(picture)) {
            if (m_file->error() != QFileDevice::NoError)
                return writeError(m_path, *m_file);
            return UtilisationExport::tr("Could not write %1: %2")
                .arg(m_path, writer.errorString());
        }
        return {};
    }

    QString commit()
    {
        if (!m_file->commit())
            return writeError(m_path, *m_file);
        m_file.reset();
        return {};
    }

    /// Leaves the target as it was: the temporary file goes, the old file stays.
    void discard()
    {
        if (m_file)
            m_file->cancelWriting();
        m_file.reset();
    }

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
};

UtilisationExport::UtilisationExport(QImage picture, QString path, QObject *parent)
    : QObject(parent)
    , m_kind(Kind::Png)
    , m_path(std::move(path))
    , m_picture(std::move(picture))
    , m_seriesPerBatch(DefaultSeriesPerBatch)
    , m_total(1)
{}

UtilisationExport::UtilisationExport(history::HistoryStore *store, QStringList series,
                                     QDateTime from, QDateTime to, QString path, QObject *parent)
    : QObject(parent)
    , m_kind(Kind::Csv)
    , m_path(std::move(path))
    , m_store(store)
    , m_series(std::move(series))
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_seriesPerBatch(DefaultSeriesPerBatch)
    , m_total(int(m_series.size()))
{}

UtilisationExport::~UtilisationExport()
{
    // Whatever the thread is doing ends at its next look at the flag; then the file goes
    // unless it was committed.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_thread.quit();
    m_thread.wait();
    if (m_writer) {
        m_writer->discard();
        delete m_writer;
    }
}

UtilisationExport *UtilisationExport::retargeted(const QString &path, QObject *parent) const
{
    auto *copy = m_kind == Kind::Png
                     ? new UtilisationExport(m_picture, path, parent)
                     : new UtilisationExport(m_store, m_series, m_from, m_to, path, parent);
    copy->setSeriesPerBatch(m_seriesPerBatch);
    return copy;
}

void UtilisationExport::start()
{
    if (m_started)
        return;
    m_started = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_writer = new UtilisationExportWriter(m_cancelFlag);
    m_thread.setObjectName(QStringLiteral("maestro-export"));
    m_writer->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    Q_EMIT progressChanged(0, m_total);

    if (m_kind == Kind::Png) {
        QMetaObject::invokeMethod(
            m_writer, [this, writer = m_writer, picture = m_picture, path = m_path] {
                QString error = writer->open(path);
                if (error.isEmpty())
                    error = writer->writePng(picture);
                QMetaObject::invokeMethod(
                    this, [this, error] { onBatchWritten(1, 0, error); }, Qt::QueuedConnection);
            });
        return;
    }
    if (!m_store || !m_store->isOpen()) {
        finish(false, tr("There is no history to export."));
        return;
    }
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, path = m_path] {
        QString error = writer->open(path);
        if (error.isEmpty())
            error = writer->writeCsvHeader();
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (!error.isEmpty())
                    finish(false, error);
                else
                    queryNextBatch();
            },
            Qt::QueuedConnection);
    });
}

void UtilisationExport::cancel()
{
    if (!m_started || m_finished)
        return;
    m_cancelled = true;
    m_cancelFlag->store(true);
    // A query on its way or a batch being written ends in their callbacks.
}

void UtilisationExport::queryNextBatch()
{
    if (m_cancelled) {
        finish(false);
        return;
    }
    if (m_next >= m_series.size()) {
        QMetaObject::invokeMethod(m_writer, [this, writer = m_writer] {
            const QString error = writer->commit();
            QMetaObject::invokeMethod(
                this, [this, error] { onCommitted(error); }, Qt::QueuedConnection);
        });
        return;
    }
    if (!m_store) {
        finish(false, tr("The history was closed before the export finished."));
        return;
    }
    const QStringList batch = m_series.mid(m_next, m_seriesPerBatch);
    m_next += int(batch.size());
    m_store->querySamples(
        batch, m_from, m_to, 0, this, [this](const history::SampleQueryResult &result) {
            if (m_cancelled) {
                finish(false);
                return;
            }
            if (!result.error.isEmpty()) {
                finish(false, result.error);
                return;
            }
            QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, result] {
                qint64 rows = 0;
                const QString error = writer->writeCsvRows(result, &rows);
                const int count = int(result.series.size());
                QMetaObject::invokeMethod(
                    this, [this, count, rows, error] { onBatchWritten(count, rows, error); },
                    Qt::QueuedConnection);
            });
        });
}

void UtilisationExport::onBatchWritten(int seriesCount, qint64 rows, const QString &error)
{
    if (m_finished)
        return;
    if (!error.isEmpty()) {
        finish(false, error);
        return;
    }
    if (m_cancelled) {
        finish(false);
        return;
    }
    m_done += seriesCount;
    m_rows += rows;
    Q_EMIT progressChanged(m_done, m_total);
    if (m_kind == Kind::Png) {
        m_next = 1;
        m_series.clear();
        queryNextBatch(); // commits
        return;
    }
    queryNextBatch();
}

void UtilisationExport::onCommitted(const QString &error)
{
    if (!error.isEmpty()) {
        finish(false, error);
        return;
    }
    finish(true);
}

void UtilisationExport::finish(bool ok, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!ok && m_writer)
        QMetaObject::invokeMethod(m_writer, [writer = m_writer] { writer->discard(); });
    Q_EMIT finished(ok);
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/history/HistoryTypes.h"

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

namespace maestro::history {
class HistoryStore;
}

namespace maestro::ui {

class UtilisationExportWriter;

/**
 * One export of the Utilisation page, a PNG of the charts or a CSV of the shown series,
 * written on a worker thread so that the window stays responsive however long it takes.
 *
 * A CSV is read from the history store a few series at a time (a week of 500 nodes is
 * millions of rows: the memory stays bounded and the count moves); each batch is
 * written while the next waits. The file is written through QSaveFile: an export that
 * fails (unwritable folder, full disk) or is cancelled leaves any earlier file of that
 * name as it was, and nothing half-written behind.
 */
class UtilisationExport : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Png, Csv };

    /// Saves `picture` (grabbed on the UI thread) as a PNG.
    UtilisationExport(QImage picture, QString path, QObject *parent = nullptr);
    /// Writes `series` between `from` and `to` at the stored resolution as CSV.
    UtilisationExport(history::HistoryStore *store, QStringList series, QDateTime from,
                      QDateTime to, QString path, QObject *parent = nullptr);
    ~UtilisationExport() override;

    void start();
    /// How many series each query reads (tests make it small to see the count move).
    void setSeriesPerBatch(int count) { m_seriesPerBatch = std::max(count, 1); }
    /// Stops at the next row batch; the target file is left as it was.
    void cancel();

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    /// Series written so far of all (a PNG is one step).
    int done() const { return m_done; }
    int total() const { return m_total; }
    qint64 rowsWritten() const { return m_rows; }
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }

    /// The same export to another file (after a failure: nothing is lost but the path).
    UtilisationExport *retargeted(const QString &path, QObject *parent) const;

Q_SIGNALS:
    void progressChanged(int done, int total);
    /// Exactly once: written (`ok`), cancelled, or failed with errorString().
    void finished(bool ok);

private:
    void queryNextBatch();
    void onBatchWritten(int seriesCount, qint64 rows, const QString &error);
    void onCommitted(const QString &error);
    void finish(bool ok, const QString &error = {});

    Kind m_kind;
    QString m_path;
    QImage m_picture;
    QPointer<history::HistoryStore> m_store;
    QStringList m_series;
    QDateTime m_from;
    QDateTime m_to;
    int m_seriesPerBatch;
    int m_next = 0;
    int m_done = 0;
    int m_total = 0;
    qint64 m_rows = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    QString m_error;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QThread m_thread;
    UtilisationExportWriter *m_writer = nullptr;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/Informer.h"

#include "app/kube/ApiClient.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

namespace maestro::kube {

Q_LOGGING_CATEGORY(lcInformer, "maestro.kube.informer")

InformerBase::InformerBase(ApiClient *client, QString listPath, QString resource, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_listPath(std::move(listPath))
    , m_resource(std::move(resource))
{
    m_retryTimer.setSingleShot(true);
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(100);
    connect(&m_batchTimer, &QTimer::timeout, this, &InformerBase::flushBatch);
}

InformerBase::~InformerBase()
{
    stop();
}

void InformerBase::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void InformerBase::start()
{
    if (m_running)
        return;
    m_running = true;
    m_sinceStart.start();
    m_reconciling = m_synced;
    m_seenInList.clear();
    m_loadedInList = 0;
    m_pageScale = 1;
    m_expiriesInARow = 0;
    setState(m_synced ? State::Resyncing : State::Listing);
    listPage({});
}

void InformerBase::stop()
{
    m_running = false;
    ++m_listGeneration;
    m_retryTimer.stop();
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
        m_request->deleteLater();
        m_request = nullptr;
    }
    closeWatch();
    flushBatch();
    setState(State::Idle);
}

void InformerBase::restart()
{
    stop();
    m_failures = 0;
    start();
}

void InformerBase::listPage(const QString &continueToken)
{
    if (!m_client)
        return;
    QUrlQuery query;
    if (m_pageSize > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize * m_pageScale));
    if (!continueToken.isEmpty())
        query.addQueryItem(QStringLiteral("continue"), continueToken);
    if (!m_labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_labelSelector)));
    if (!m_fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_fieldSelector)));
    RequestSpec spec;
    spec.path = m_listPath;
    spec.query = query;
    spec.resource = m_resource;
    spec.timeoutMs = 60000;
    spec.checkJson = false; // onListPage parses it, and retries what does not parse
    ApiRequest *request = m_client->send(spec);
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, request] { onListPage(request); });
}

void InformerBase::onListPage(ApiRequest *request)
{
    request->deleteLater();
    if (m_request == request)
        m_request = nullptr;
    if (!m_running)
        return;
    if (!request->ok()) {
        const ApiError &error = request->error();
        if (error.kind == ApiErrorKind::Expired) {
            // The continue token outlived the server's history: list again from the start,
            // in pages still. client-go's pager asks for everything in one response here,
            // but a large cluster's list is more than a response may hold (150,000 pods are
            // over a GB). Pages grow with each expiry in a row, so that fewer tokens have
            // to live long enough, and from the second one on the list waits as a failed
            // one does, so that a server expiring every token is not asked in a loop.
            ++m_expiredContinues;
            ++m_expiriesInARow;
            m_pageScale = std::min(kMaxPageScale, m_pageScale * 2);
            qCInfo(lcInformer) << m_resource << "continue token expired; listing again from "
                               << "the start, pages of" << m_pageSize * m_pageScale;
            if (m_expiriesInARow > 1) {
                scheduleRetry(error, true);
                return;
            }
            m_reconciling = m_synced || m_loadedInList > 0;
            m_seenInList.clear();
            m_loadedInList = 0;
            listPage({});
            return;
        }
        scheduleRetry(error, true);
        return;
    }
    // A small page decodes in less time than a trip through the thread pool and back
    // costs: decode it here, so that a list of many small pages is not slowed by hops.
    constexpr qsizetype InlineDecodeBytes = 64 * 1024;
    if (request->body().size() <= InlineDecodeBytes) {
        const std::shared_ptr<DecodedPage> page = pageDecoder()(request->body());
        onDecodedPage(*page);
        return;
    }
    // Decoding a page of 500 pods takes longer than fetching it: it runs on a worker
    // thread, so that the UI stays responsive and the lists of several resources decode
    // at the same time.
    auto promise = std::make_shared<QPromise<std::shared_ptr<DecodedPage>>>();
    auto *watcher = new QFutureWatcher<std::shared_ptr<DecodedPage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation = m_listGeneration] {
                watcher->deleteLater();
                if (generation != m_listGeneration || !m_running ||
                    watcher->future().resultCount() == 0)
                    return;
                const std::shared_ptr<DecodedPage> page = watcher->result();
                onDecodedPage(*page);
            });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, decode = pageDecoder(), body = request->body()] {
        promise->start();
        promise->addResult(decode(body));
        promise->finish();
    });
}

void InformerBase::onDecodedPage(DecodedPage &page)
{
    if (!page.error.isEmpty() || page.notAList) {
        ApiError error;
        error.kind = page.notAList ? ApiErrorKind::NotKubernetes : ApiErrorKind::Decode;
        error.message = page.notAList
                            ? tr("the answer to a list of %1 has no items").arg(m_resource)
                            : page.error;
        scheduleRetry(error, true);
        return;
    }
    // Ask for the next page first: the server prepares it while this one goes in the store.
    if (!page.continueToken.isEmpty())
        listPage(page.continueToken);
    applyPage(page);
    if (page.rejected)
        qCWarning(lcInformer) << m_resource << ":" << page.rejected
                              << "objects without the required fields skipped";
    m_loadedInList += page.size;
    Q_EMIT listProgress(m_loadedInList);
    if (!page.continueToken.isEmpty()) {
        // Hand the page to the UI now: the first rows show before the last page arrives.
        flushBatch();
        return;
    }
    // Reconcile: whatever the store holds that the fresh list does not is gone.
    for (const QString &key : keys()) {
        if (!m_seenInList.contains(key)) {
            removeKey(key);
            noteChange(Apply::Deleted, key);
        }
    }
    m_seenInList.clear();
    m_pageScale = 1;
    m_expiriesInARow = 0;
    if (m_reconciling)
        ++m_relists;
    m_reconciling = false;
    m_lastVersion = page.resourceVersion;
    m_failures = 0;
    flushBatch();
    if (!m_synced) {
        m_synced = true;
        m_firstSyncMs = m_sinceStart.elapsed();
        Q_EMIT synced();
    }
    startWatch();
}

void InformerBase::startWatch()
{
    if (!m_client || !m_running)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("resourceVersion"), m_lastVersion);
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    // Like client-go: a server-side timeout between 5 and 10 minutes, so that watches of
    // many clients do not all restart at once.
    const int timeout = 300 + int(QRandomGenerator::global()->bounded(300));
    query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(timeout));
    if (!m_labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_labelSelector)));
    if (!m_fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_fieldSelector)));
    dropWatchLines();
    m_lineDecoder = lineDecoder();
    m_watch = m_client->watch(m_listPath, query, m_resource, (timeout + 60) * 1000);
    m_watchAge.start();
    m_eventsInWatch = 0;
    m_watch->setRawLines(true);
    connect(m_watch, &WatchStream::linesReceived, this, &InformerBase::onWatchLines);
    connect(m_watch, &WatchStream::closed, this, &InformerBase::onWatchStreamClosed);
    setState(State::Watching);
}

namespace {
/// What a watch holds between the socket and the store (lines waiting and decoding),
/// as the reply holds at most as much before it: past it the watch stops reading until
/// the worker and the store caught up, and TCP slows the server down.
constexpr qsizetype kMaxWatchBacklogBytes = 4 << 20;
} // namespace

void InformerBase::onWatchLines(const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines)
        m_waitingBytes += line.size();
    m_waitingLines += lines;
    if (!m_decoding)
        decodeWaitingLines();
    if (m_watch && m_waitingBytes + m_decodingBytes > kMaxWatchBacklogBytes)
        m_watch->setPaused(true);
}

void InformerBase::decodeWaitingLines()
{
    if (m_decoding || m_waitingLines.isEmpty())
        return;
    // A busy cluster sends tens of thousands of events a second: decoding them took the
    // UI thread longer than putting them in the store. A worker decodes them, one batch
    // at a time, and what arrives meanwhile waits for the next batch, so that batches
    // grow with the load and come back in the order they arrived.
    m_decoding = true;
    m_decodingBytes = m_waitingBytes;
    m_waitingBytes = 0;
    auto promise = std::make_shared<QPromise<std::shared_ptr<DecodedLines>>>();
    auto *watcher = new QFutureWatcher<std::shared_ptr<DecodedLines>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation = m_watchGeneration] {
                watcher->deleteLater();
                // Lines of a watch that ended since (stop(), restart(), an ERROR): the
                // store has moved on from them, a re-list may already have replaced it.
                if (generation != m_watchGeneration || watcher->future().resultCount() == 0)
                    return;
                const std::shared_ptr<DecodedLines> lines = watcher->result();
                onDecodedLines(*lines);
            });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, decode = m_lineDecoder, lines = std::exchange(m_waitingLines, {})] {
            promise->start();
            promise->addResult(std::shared_ptr<DecodedLines>(decode(lines)));
            promise->finish();
        });
}

void InformerBase::onDecodedLines(DecodedLines &lines)
{
    m_decoding = false;
    m_decodingBytes = 0;
    // The next batch decodes while this one goes in the store.
    decodeWaitingLines();
    const int generation = m_watchGeneration;
    for (qsizetype i = 0; i < lines.events.size(); ++i) {
        const WatchEventHead &event = lines.events.at(i);
        if (!event.error.isEmpty()) {
            qCWarning(lcInformer) << "undecodable watch event of" << m_resource << event.error;
            ApiError error;
            error.kind = ApiErrorKind::Decode;
            error.message = event.error;
            closeWatch();
            onWatchClosed(error);
            return;
        }
        if (!onWatchEvent(lines, i) || generation != m_watchGeneration)
            return; // the rest belongs to a watch that ended
    }
    if (m_watch && m_waitingBytes + m_decodingBytes <= kMaxWatchBacklogBytes)
        m_watch->setPaused(false);
    if (m_watchEnd && !m_decoding && m_waitingLines.isEmpty()) {
        const ApiError error = *std::exchange(m_watchEnd, std::nullopt);
        onWatchClosed(error);
    }
}

void InformerBase::onWatchStreamClosed(const ApiError &error)
{
    // What the stream delivered before it ended goes in the store first, as the events
    // of one watch are applied in order: the next watch starts from the last of them.
    if (m_decoding || !m_waitingLines.isEmpty()) {
        m_watchEnd = error;
        return;
    }
    onWatchClosed(error);
}

void InformerBase::dropWatchLines()
{
    ++m_watchGeneration;
    m_waitingLines.clear();
    m_waitingBytes = 0;
    m_decodingBytes = 0;
    m_decoding = false;
    m_watchEnd.reset();
}

bool InformerBase::onWatchEvent(DecodedLines &lines, qsizetype index)
{
    using Type = WatchEventHead::Type;
    const WatchEventHead &event = lines.events.at(index);
    // The stream works: a later drop starts the backoff from its shortest step again, or
    // a watch dropped every few seconds would soon wait half a minute between attempts.
    if (event.type != Type::Error) {
        m_failures = 0;
        ++m_eventsInWatch;
    }
    const QString &version = event.resourceVersion;
    if (event.type == Type::Bookmark) {
        if (!version.isEmpty() && !isReplay(version))
            m_lastVersion = version;
        return true;
    }
    if (event.type == Type::Error) {
        ApiError error;
        error.httpStatus = event.code;
        error.reason = event.reason;
        error.message = event.message;
        error.kind = event.code == 410 || error.reason == u"Expired" || error.reason == u"Gone"
                         ? ApiErrorKind::Expired
                         : ApiErrorKind::ServerError;
        closeWatch();
        onWatchClosed(error);
        return false;
    }
    const bool deleted = event.type == Type::Deleted;
    if (!deleted && event.type != Type::Added && event.type != Type::Modified)
        return true;
    if (isReplay(version)) {
        // Sent again (a proxy's retry, a server's bug): applying it would put back an
        // older state of the object, or bring a deleted one back to life.
        ++m_replaysIgnored;
        return true;
    }
    noteChange(applyWatchObject(lines, index, event.key, deleted), event.key);
    ++m_eventsApplied;
    if (!version.isEmpty())
        m_lastVersion = version;
    return true;
}

void InformerBase::closeWatch()
{
    dropWatchLines();
    if (m_watch) {
        m_watch->disconnect(this);
        m_watch->stop();
        m_watch->deleteLater();
        m_watch = nullptr;
    }
}

bool InformerBase::isReplay(const QString &version) const
{
    // The versions of one watch only grow: one at or below the newest seen is an event
    // already applied. Versions are opaque to clients in general, so this holds only
    // where both are numbers, as every API server's (etcd revisions) are.
    bool eventNumeric = false, lastNumeric = false;
    const qint64 event = version.toLongLong(&eventNumeric);
    const qint64 last = m_lastVersion.toLongLong(&lastNumeric);
    return eventNumeric && lastNumeric && event <= last;
}

void InformerBase::onWatchClosed(const ApiError &error)
{
    dropWatchLines();
    if (m_watch) {
        m_watch->deleteLater();
        m_watch = nullptr;
    }
    if (!m_running)
        return;
    ++m_watchRestarts;
    if (!error.isError()) {
        if (m_eventsInWatch == 0 && m_watchAge.isValid() && m_watchAge.elapsed() < 1000) {
            // Ended at once without a single event: a proxy or a broken server, not the
            // watch timeout. Restarting at once would loop as fast as the network allows;
            // back off as for an error (client-go calls it a "very short watch").
            ApiError shortWatch;
            shortWatch.kind = ApiErrorKind::Network;
            shortWatch.message = tr("the watch ended at once without an event");
            scheduleRetry(shortWatch, false);
            return;
        }
        // The server ended the watch (its timeout): carry on from where we are.
        startWatch();
        return;
    }
    if (error.kind == ApiErrorKind::Expired) {
        qCInfo(lcInformer) << m_resource << "watch expired; re-listing";
        m_reconciling = true;
        m_seenInList.clear();
        m_loadedInList = 0;
        setState(State::Resyncing);
        listPage({});
        return;
    }
    scheduleRetry(error, false);
}

void InformerBase::scheduleRetry(const ApiError &error, bool relist)
{
    m_lastError = error;
    if (error.kind == ApiErrorKind::Unauthorized) {
        setState(State::Unauthorized);
        m_running = false;
        return;
    }
    if (error.kind == ApiErrorKind::Forbidden || error.kind == ApiErrorKind::NotFound) {
        setState(State::Failed);
        m_running = false;
        return;
    }
    ++m_failures;
    // 1 s, 2 s, 4 s ... 30 s, with jitter.
    const int base = std::min(30000, 1000 << std::min(m_failures - 1, 5));
    const int wait = int(base * (0.8 + QRandomGenerator::global()->generateDouble() * 0.4));
    qCInfo(lcInformer) << m_resource << (relist ? "list" : "watch") << "failed:" << error.describe()
                       << "- retrying in" << wait << "ms";
    setState(State::Retrying);
    m_retryTimer.disconnect(this);
    connect(&m_retryTimer, &QTimer::timeout, this, [this, relist] {
        if (!m_running)
            return;
        if (relist || m_lastVersion.isEmpty()) {
            m_reconciling = m_synced || m_loadedInList > 0;
            m_seenInList.clear();
            m_loadedInList = 0;
            setState(m_synced ? State::Resyncing : State::Listing);
            listPage({});
        } else {
            startWatch();
        }
    });
    m_retryTimer.start(wait);
}

void InformerBase::listed(const QString &key, Apply apply)
{
    m_seenInList.insert(key);
    noteChange(apply, key);
}

void InformerBase::noteChange(Apply apply, const QString &key)
{
    switch (apply) {
    case Apply::Added:
        m_pending.added.append(key);
        break;
    case Apply::Modified:
        m_pending.modified.append(key);
        break;
    case Apply::Deleted:
        m_pending.deleted.append(key);
        break;
    case Apply::Unchanged:
    case Apply::Rejected:
        return;
    }
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void InformerBase::flushBatch()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    ChangeBatch batch;
    std::swap(batch, m_pending);
    Q_EMIT changed(batch);
}

} // namespace maestro::kube

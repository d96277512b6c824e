// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/ApiError.h"
#include "app/kube/Objects.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace maestro::kube {

class ApiClient;
class ApiRequest;
class WatchStream;

/// What changed in a store since the last batch, by object key.
struct ChangeBatch
{
    QStringList added;
    QStringList modified;
    QStringList deleted;
    bool isEmpty() const { return added.isEmpty() && modified.isEmpty() && deleted.isEmpty(); }
    int size() const { return int(added.size() + modified.size() + deleted.size()); }
};

/**
 * The list-then-watch protocol for one resource, as client-go's reflector runs it:
 * a paginated list, then a watch from the list's resourceVersion with bookmarks; a
 * dropped stream resumes from the last version seen; 410 Expired re-lists (in pages,
 * also when a continue token expired) and reconciles, emitting only the differences. Changes reach
 * listeners as batches, at most one every 100 ms. The typed store lives in Informer<T>.
 */
class InformerBase : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Listing,   ///< first list in progress
        Watching,  ///< live
        Resyncing, ///< re-listing after 410 Expired
        Retrying,  ///< the watch or list failed; waiting to try again (data may be stale)
        Unauthorized,
        Failed, ///< given up (forbidden, not served)
    };
    Q_ENUM(State)

    InformerBase(ApiClient *client, QString listPath, QString resource, QObject *parent = nullptr);
    ~InformerBase() override;

    void setPageSize(int limit) { m_pageSize = limit; }
    void setBatchInterval(int ms) { m_batchTimer.setInterval(ms); }
    void setLabelSelector(const QString &selector) { m_labelSelector = selector; }
    void setFieldSelector(const QString &selector) { m_fieldSelector = selector; }
    void start();
    void stop();
    /// Re-lists now (after new credentials, or "Retry now").
    void restart();

    State state() const { return m_state; }
    bool hasSynced() const { return m_synced; }
    /// True while the watch is not running: what is shown may be out of date.
    bool isStale() const { return m_state != State::Watching; }
    const ApiError &lastError() const { return m_lastError; }
    QString resource() const { return m_resource; }
    QString lastResourceVersion() const { return m_lastVersion; }
    virtual int count() const = 0;

    // Figures for the soak tests and the status bar.
    qint64 eventsApplied() const { return m_eventsApplied; }
    int relists() const { return m_relists; }
    /// Lists that started again from the beginning after a continue token expired.
    int expiredContinues() const { return m_expiredContinues; }
    int watchRestarts() const { return m_watchRestarts; }
    qint64 firstSyncMs() const { return m_firstSyncMs; }
    /// Watch events older than what the store already has, left out (see isReplay()).
    qint64 replaysIgnored() const { return m_replaysIgnored; }

Q_SIGNALS:
    void stateChanged(maestro::kube::InformerBase::State state);
    /// The first complete list is in the store.
    void synced();
    /// Objects loaded so far during a list (first sync progress).
    void listProgress(int loaded);
    void changed(const maestro::kube::ChangeBatch &batch);

protected:
    // The typed store's side, implemented by Informer<T>.
    enum class Apply { Added, Modified, Deleted, Unchanged, Rejected };
    /// Watch event lines as a worker thread decoded them, in the order they arrived;
    /// Informer<T>'s holds the objects too. Decoding stops after an undecodable line or
    /// an ERROR: the watch ends there.
    struct DecodedLines
    {
        virtual ~DecodedLines() = default;
        QList<WatchEventHead> events;
    };
    using LineDecoder =
        std::function<std::unique_ptr<DecodedLines>(const QList<QByteArray> &lines)>;
    /// A decoder for one watch's lines, run on a worker thread one batch at a time: it
    /// must use nothing of the informer's state.
    virtual LineDecoder lineDecoder() const = 0;
    /// Puts the object of event `index` of `lines` in the store (or takes `key` out).
    virtual Apply applyWatchObject(DecodedLines &lines, qsizetype index, const QString &key,
                                   bool deleted) = 0;
    /// A list page as a worker thread decoded it; Informer<T>'s holds the objects too.
    struct DecodedPage
    {
        virtual ~DecodedPage() = default;
        QString error; ///< not JSON
        bool notAList = false;
        QString continueToken;
        QString resourceVersion;
        int rejected = 0;
        int size = 0;
    };
    using PageDecoder = std::function<std::shared_ptr<DecodedPage>(const QByteArray &body)>;
    /// Decodes a page on a worker thread: it must use nothing of the informer's state.
    virtual PageDecoder pageDecoder() const = 0;
    /// Puts a decoded page's objects in the store, calling listed() for each.
    virtual void applyPage(DecodedPage &page) = 0;
    /// An object of the list in progress, and what putting it in the store did.
    void listed(const QString &key, Apply apply);
    virtual QStringList keys() const = 0;
    virtual void removeKey(const QString &key) = 0;
    void noteChange(Apply apply, const QString &key);

private:
    void setState(State state);
    void listPage(const QString &continueToken);
    void onListPage(ApiRequest *request);
    void onDecodedPage(DecodedPage &page);
    void startWatch();
    void onWatchLines(const QList<QByteArray> &lines);
    /// Hands the lines that arrived since the last batch to a worker thread, unless one
    /// is decoding there (one at a time, so that batches come back in order).
    void decodeWaitingLines();
    void onDecodedLines(DecodedLines &lines);
    /// False when the event ended the watch (an ERROR).
    bool onWatchEvent(DecodedLines &lines, qsizetype index);
    /// The stream ended: handled once the lines it delivered before are in the store.
    void onWatchStreamClosed(const ApiError &error);
    /// Forgets the current watch's lines still waiting or decoding.
    void dropWatchLines();
    void closeWatch();
    void onWatchClosed(const ApiError &error);
    bool isReplay(const QString &version) const;
    void scheduleRetry(const ApiError &error, bool relist);
    void flushBatch();

    QPointer<ApiClient> m_client;
    QString m_listPath;
    QString m_resource;
    QString m_labelSelector;
    QString m_fieldSelector;
    int m_pageSize = 500;
    State m_state = State::Idle;
    bool m_synced = false;
    bool m_running = false;
    bool m_reconciling = false;
    /// Pages of the list in progress hold m_pageSize times this: more after expired
    /// continue tokens, back to 1 once a list completes.
    int m_pageScale = 1;
    static constexpr int kMaxPageScale = 8;
    int m_expiriesInARow = 0;
    int m_expiredContinues = 0;
    QSet<QString> m_seenInList;
    QString m_lastVersion;
    QPointer<ApiRequest> m_request;
    /// Bumped by stop(): a page still decoding for an earlier list is dropped.
    int m_listGeneration = 0;
    WatchStream *m_watch = nullptr;
    QElapsedTimer m_watchAge; ///< since the current watch was opened
    int m_eventsInWatch = 0;  ///< events and bookmarks it delivered
    /// Bumped whenever a watch ends or starts: a batch decoded for an earlier one is dropped.
    int m_watchGeneration = 0;
    LineDecoder m_lineDecoder;        ///< the current watch's (its parser's buffers are its own)
    QList<QByteArray> m_waitingLines; ///< arrived while a batch was decoding
    qsizetype m_waitingBytes = 0;
    qsizetype m_decodingBytes = 0; ///< of the batch on the worker thread
    bool m_decoding = false;
    /// The stream ended while lines it delivered were still waiting or decoding.
    std::optional<ApiError> m_watchEnd;
    QTimer m_retryTimer;
    int m_failures = 0;
    ApiError m_lastError;
    ChangeBatch m_pending;
    QTimer m_batchTimer;
    QElapsedTimer m_sinceStart;
    qint64 m_eventsApplied = 0;
    int m_relists = 0;
    int m_watchRestarts = 0;
    qint64 m_firstSyncMs = -1;
    qint64 m_replaysIgnored = 0;
    int m_loadedInList = 0;
};

/**
 * An informer with its store of compact T (NodeInfo, PodInfo, ...), keyed by
 * "namespace/name", with secondary indexes (pods by node, events by involved object).
 */
template<class T>
class Informer : public InformerBase
{
public:
    using Decoder = std::function<std::optional<T>(const QJsonObject &)>;
    using IndexFunction = std::function<QString(const T &)>;

    Informer(ApiClient *client, QString listPath, QString resource, Decoder decoder,
             QObject *parent = nullptr)
        : InformerBase(client, std::move(listPath), std::move(resource), parent)
        , m_decoder(std::move(decoder))
    {}

    const QHash<QString, T> &items() const { return m_items; }
    const T *find(const QString &key) const
    {
        auto it = m_items.constFind(key);
        return it == m_items.constEnd() ? nullptr : &*it;
    }
    int count() const override { return int(m_items.size()); }

    void addIndex(const QString &name, IndexFunction function)
    {
        m_indexFunctions.insert(name, std::move(function));
        auto &index = m_indexes[name];
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
            index[m_indexFunctions[name](*it)].append(it.key());
    }
    /// Keys of the objects whose index `name` has `value` (each once, in no order), valid
    /// until the store changes. A reference: a copy iterated in a range-for would detach.
    const QStringList &indexed(const QString &name, const QString &value) const
    {
        static const QStringList none;
        const auto index = m_indexes.constFind(name);
        if (index == m_indexes.cend())
            return none;
        const auto keys = index->constFind(value);
        return keys == index->cend() ? none : *keys;
    }

protected:
    struct Lines : DecodedLines
    {
        QList<std::optional<T>> objects;
    };
    LineDecoder lineDecoder() const override
    {
        // Nodes, pods and events through simdjson (see WatchEventDecoder); the others,
        // which change seldom, through Qt's DOM and the item decoder.
        auto watchDecoder = std::make_shared<WatchEventDecoder>();
        return [watchDecoder, decoder = m_decoder](
                   const QList<QByteArray> &lines) -> std::unique_ptr<DecodedLines> {
            auto decoded = std::make_unique<Lines>();
            decoded->events.reserve(lines.size());
            decoded->objects.reserve(lines.size());
            for (const QByteArray &line : lines) {
                WatchEvent<T> event = decodeLine(*watchDecoder, decoder, line);
                const bool last =
                    !event.head.error.isEmpty() || event.head.type == WatchEventHead::Type::Error;
                decoded->events.append(std::move(event.head));
                decoded->objects.append(std::move(event.object));
                if (last)
                    break;
            }
            return decoded;
        };
    }
    static WatchEvent<T> decodeLine(WatchEventDecoder &watchDecoder, const Decoder &decoder,
                                    const QByteArray &line)
    {
        if constexpr (std::is_same_v<T, NodeInfo>) {
            return watchDecoder.decodeNode(line);
        } else if constexpr (std::is_same_v<T, PodInfo>) {
            return watchDecoder.decodePod(line);
        } else if constexpr (std::is_same_v<T, EventInfo>) {
            return watchDecoder.decodeEvent(line);
        } else {
            WatchEvent<T> event;
            QJsonObject object;
            event.head = decodeWatchEvent(line, &object);
            if (event.head.type == WatchEventHead::Type::Added ||
                event.head.type == WatchEventHead::Type::Modified)
                event.object = decoder(object);
            return event;
        }
    }
    Apply applyWatchObject(DecodedLines &decoded, qsizetype index, const QString &key,
                           bool deleted) override
    {
        if (deleted) {
            if (!m_items.contains(key))
                return Apply::Unchanged;
            removeKey(key);
            return Apply::Deleted;
        }
        std::optional<T> &object = static_cast<Lines &>(decoded).objects[index];
        if (!object)
            return Apply::Rejected;
        Apply applied = applyDecoded(std::move(*object));
        object.reset();
        return applied;
    }
    struct Page : DecodedPage
    {
        QList<T> items;
    };
    PageDecoder pageDecoder() const override
    {
        return [decoder = m_decoder](const QByteArray &body) -> std::shared_ptr<DecodedPage> {
            auto page = std::make_shared<Page>();
            ListPage<T> list = decodeList(body, decoder);
            page->error = std::move(list.error);
            page->notAList = list.notAList;
            page->continueToken = std::move(list.continueToken);
            page->resourceVersion = std::move(list.resourceVersion);
            page->rejected = list.rejected;
            page->size = int(list.items.size()) + list.rejected;
            page->items = std::move(list.items);
            return page;
        };
    }
    void applyPage(DecodedPage &decoded) override
    {
        auto &page = static_cast<Page &>(decoded);
        m_items.reserve(m_items.size() + page.items.size());
        for (T &item : page.items) {
            QString key = item.meta.key();
            listed(key, applyDecoded(std::move(item)));
        }
        page.items.clear();
    }
    /// Nodes, pods and events have list decoders of their own (simdjson, no DOM); other
    /// resources come in short lists, decoded through QJsonDocument and the item decoder.
    static ListPage<T> decodeList(const QByteArray &body, const Decoder &decoder)
    {
        if constexpr (std::is_same_v<T, NodeInfo>)
            return decodeNodeList(body);
        else if constexpr (std::is_same_v<T, PodInfo>)
            return decodePodList(body);
        else if constexpr (std::is_same_v<T, EventInfo>)
            return decodeEventList(body);
        ListPage<T> page;
        QJsonParseError parseError{};
        const QJsonObject list = QJsonDocument::fromJson(body, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            page.error = parseError.errorString();
            return page;
        }
        if (!list.value(QLatin1String("items")).isArray()) {
            page.notAList = true;
            return page;
        }
        const QJsonObject metadata = list.value(QLatin1String("metadata")).toObject();
        page.continueToken = metadata.value(QLatin1String("continue")).toString();
        page.resourceVersion = metadata.value(QLatin1String("resourceVersion")).toString();
        for (const QJsonValue &value : list.value(QLatin1String("items")).toArray()) {
            if (std::optional<T> item = decoder(value.toObject()))
                page.items.append(std::move(*item));
            else
                ++page.rejected;
        }
        return page;
    }
    Apply applyDecoded(T &&decoded)
    {
        const QString key = decoded.meta.key();
        auto it = m_items.find(key);
        if (it != m_items.end()) {
            if (it->meta.resourceVersion == decoded.meta.resourceVersion)
                return Apply::Unchanged;
            reindex(key, *it, decoded);
            *it = std::move(decoded);
            return Apply::Modified;
        }
        it = m_items.insert(key, std::move(decoded));
        index(key, *it);
        return Apply::Added;
    }
    QStringList keys() const override { return m_items.keys(); }
    void removeKey(const QString &key) override
    {
        auto it = m_items.find(key);
        if (it == m_items.end())
            return;
        unindex(key, *it);
        m_items.erase(it);
    }

private:
    void index(const QString &key, const T &item)
    {
        for (auto it = m_indexFunctions.cbegin(); it != m_indexFunctions.cend(); ++it)
            m_indexes[it.key()][it.value()(item)].append(key);
    }
    void unindex(const QString &key, const T &item)
    {
        for (auto it = m_indexFunctions.cbegin(); it != m_indexFunctions.cend(); ++it)
            removeFromIndex(m_indexes[it.key()], it.value()(item), key);
    }
    /// A modification: most leave the indexed values as they were (a pod stays on its node).
    void reindex(const QString &key, const T &before, const T &after)
    {
        for (auto it = m_indexFunctions.cbegin(); it != m_indexFunctions.cend(); ++it) {
            const QString was = it.value()(before);
            const QString is = it.value()(after);
            if (was == is)
                continue;
            auto &index = m_indexes[it.key()];
            removeFromIndex(index, was, key);
            index[is].append(key);
        }
    }
    static void removeFromIndex(QHash<QString, QStringList> &index, const QString &value,
                                const QString &key)
    {
        auto bucket = index.find(value);
        if (bucket != index.end()) {
            bucket->removeOne(key);
            if (bucket->isEmpty())
                index.erase(bucket);
        }
    }

    Decoder m_decoder;
    QHash<QString, T> m_items;
    QHash<QString, IndexFunction> m_indexFunctions;
    /// Index name -> value -> keys. Lists, not sets: most values have one or a few objects
    /// (an event's involved object), and a QSet of one costs about ten times a QStringList
    /// of one (its hash table's span).
    QHash<QString, QHash<QString, QStringList>> m_indexes;
};

} // namespace maestro::kube

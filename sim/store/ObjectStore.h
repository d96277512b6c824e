// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <memory>

namespace maestro::sim {

/**
 * One stored object as the simulated etcd keeps it: the encoded JSON (what GET
 * and list return) plus what selectors and tables need, precomputed at write
 * time so that a list of 150,000 pods never decodes JSON.
 */
struct StoredObject
{
    QString resource;   ///< "pods", "machinedeployments.cluster.x-k8s.io", ...
    QString namespace_; ///< empty for cluster-scoped objects
    QString name;
    qint64 resourceVersion = 0;
    QDateTime creationTimestamp;
    QByteArray json;         ///< the full object, compact JSON, resourceVersion included
    QByteArray metadataJson; ///< metadata without managedFields (for Table rows)
    QHash<QString, QString> labels;
    QHash<QString, QString> fields; ///< field-selector values (spec.nodeName, ...)
    QJsonArray tableCells; ///< row cells; the resource's age column is filled in at read time
};
using StoredObjectPtr = std::shared_ptr<const StoredObject>;

enum class WatchEventType { Added, Modified, Deleted };

struct StoreEvent
{
    qint64 resourceVersion = 0;
    WatchEventType type = WatchEventType::Added;
    StoredObjectPtr object;   ///< new state (for Deleted: the last state, with the deletion's RV)
    StoredObjectPtr previous; ///< state before (Modified/Deleted), for selector transitions
};

/**
 * The simulated cluster's storage: one cluster-wide resourceVersion counter,
 * objects per resource kept sorted by key (continue tokens walk that order), and
 * a bounded history of changes from which watches resume. A watch asking for a
 * version older than the history gets 410 Expired, as from a compacted etcd.
 */
class ObjectStore : public QObject
{
    Q_OBJECT
public:
    explicit ObjectStore(QObject *parent = nullptr);

    qint64 currentResourceVersion() const { return m_resourceVersion; }
    /// Oldest resourceVersion a watch may resume from (older ones are expired).
    qint64 oldestResumableVersion() const;
    void setHistoryLimit(int events) { m_historyLimit = events; }
    /// Forgets the whole history, as an etcd compaction would.
    void compact();

    /// Writes (creates or replaces) an object. `metadata.resourceVersion` in `object` is
    /// set by the store. Returns the stored object.
    StoredObjectPtr put(const QString &resource, const QJsonObject &object,
                        const QHash<QString, QString> &fields = {},
                        const QJsonArray &tableCells = {});
    /// Bulk loading of large clusters: the caller encoded the JSON itself with a
    /// version from allocateResourceVersion(). Not recorded in the history (it is
    /// the state before anyone watched).
    qint64 allocateResourceVersion() { return ++m_resourceVersion; }
    void putEncoded(StoredObject object);
    /// A new state of a stored object made by editing a copy of it (`edit` changes its
    /// JSON and table cells, but neither its key, labels nor fields), recorded and watched
    /// like put() without going through a JSON DOM: how bulk churn writes thousands of
    /// changes a second. The store rewrites metadata.resourceVersion in both encodings.
    StoredObjectPtr putEdited(const StoredObjectPtr &previous,
                              const std::function<void(StoredObject &)> &edit);
    bool remove(const QString &resource, const QString &namespace_, const QString &name);

    StoredObjectPtr get(const QString &resource, const QString &namespace_,
                        const QString &name) const;
    /// Objects of a resource in key order ("namespace/name"); empty namespace = all.
    const QMap<QString, StoredObjectPtr> &objects(const QString &resource) const;
    /// The objects of `resource` that changed after `version`, as they were at `version`
    /// (by key; null for one created since). Needs version >= oldestResumableVersion().
    QHash<QString, StoredObjectPtr> versionsAt(const QString &resource, qint64 version) const;
    /// Events with resourceVersion > `after`, oldest first.
    std::vector<StoreEvent> eventsSince(qint64 after) const;

    static QString key(const QString &namespace_, const QString &name)
    {
        return namespace_.isEmpty() ? name : namespace_ + QLatin1Char('/') + name;
    }

Q_SIGNALS:
    void changed(const maestro::sim::StoreEvent &event);

private:
    void record(const StoreEvent &event);

    qint64 m_resourceVersion = 1;
    QHash<QString, QMap<QString, StoredObjectPtr>> m_objects;
    std::deque<StoreEvent> m_history;
    qint64 m_compactedThrough = 1; ///< versions <= this are no longer in the history
    int m_historyLimit = 20000;
};

} // namespace maestro::sim

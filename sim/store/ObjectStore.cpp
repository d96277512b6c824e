// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/store/ObjectStore.h"

#include <QJsonDocument>

namespace maestro::sim {

namespace {

QDateTime parseTimestamp(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

/// Sets metadata.resourceVersion in an object's compact JSON (or in its metadata's alone,
/// `inMetadata`): the first "resourceVersion" key after "metadata":{, as the sim encodes
/// it. False when there is none.
bool setResourceVersionIn(QByteArray &json, qint64 version, bool inMetadata)
{
    static const QByteArray metadataKey = QByteArrayLiteral("\"metadata\":{");
    static const QByteArray versionKey = QByteArrayLiteral("\"resourceVersion\":\"");
    qsizetype from = 0;
    if (!inMetadata) {
        from = json.indexOf(metadataKey);
        if (from < 0)
            return false;
    }
    const qsizetype key = json.indexOf(versionKey, from);
    if (key < 0)
        return false;
    const qsizetype start = key + versionKey.size();
    const qsizetype end = json.indexOf('"', start);
    if (end < 0)
        return false;
    json.replace(start, end - start, QByteArray::number(version));
    return true;
}

} // namespace

ObjectStore::ObjectStore(QObject *parent)
    : QObject(parent)
{}

qint64 ObjectStore::oldestResumableVersion() const
{
    return m_compactedThrough;
}

void ObjectStore::compact()
{
    m_history.clear();
    m_compactedThrough = m_resourceVersion;
}

StoredObjectPtr ObjectStore::put(const QString &resource, const QJsonObject &object,
                                 const QHash<QString, QString> &fields,
                                 const QJsonArray &tableCells)
{
    auto stored = std::make_shared<StoredObject>();
    QJsonObject encoded = object;
    QJsonObject metadata = encoded.value(QLatin1String("metadata")).toObject();
    stored->resource = resource;
    stored->namespace_ = metadata.value(QLatin1String("namespace")).toString();
    stored->name = metadata.value(QLatin1String("name")).toString();
    stored->resourceVersion = ++m_resourceVersion;
    metadata.insert(QLatin1String("resourceVersion"), QString::number(stored->resourceVersion));
    encoded.insert(QLatin1String("metadata"), metadata);
    stored->creationTimestamp = parseTimestamp(metadata.value(QLatin1String("creationTimestamp")));
    const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        stored->labels.insert(it.key(), it.value().toString());
    stored->fields = fields;
    stored->fields.insert(QStringLiteral("metadata.name"), stored->name);
    stored->fields.insert(QStringLiteral("metadata.namespace"), stored->namespace_);
    stored->tableCells = tableCells;
    stored->json = QJsonDocument(encoded).toJson(QJsonDocument::Compact);
    metadata.remove(QLatin1String("managedFields"));
    stored->metadataJson = QJsonDocument(metadata).toJson(QJsonDocument::Compact);

    auto &map = m_objects[resource];
    const QString k = key(stored->namespace_, stored->name);
    StoredObjectPtr previous = map.value(k);
    map.insert(k, stored);
    record({stored->resourceVersion, previous ? WatchEventType::Modified : WatchEventType::Added,
            stored, previous});
    return stored;
}

void ObjectStore::putEncoded(StoredObject object)
{
    object.fields.insert(QStringLiteral("metadata.name"), object.name);
    object.fields.insert(QStringLiteral("metadata.namespace"), object.namespace_);
    const QString k = key(object.namespace_, object.name);
    m_objects[object.resource].insert(k, std::make_shared<StoredObject>(std::move(object)));
    // Everything loaded in bulk predates every watch: nothing to resume from before it.
    m_compactedThrough = m_resourceVersion;
}

StoredObjectPtr ObjectStore::putEdited(const StoredObjectPtr &previous,
                                       const std::function<void(StoredObject &)> &edit)
{
    auto stored = std::make_shared<StoredObject>(*previous);
    edit(*stored);
    stored->resourceVersion = ++m_resourceVersion;
    setResourceVersionIn(stored->json, stored->resourceVersion, false);
    setResourceVersionIn(stored->metadataJson, stored->resourceVersion, true);
    m_objects[stored->resource].insert(key(stored->namespace_, stored->name), stored);
    record({stored->resourceVersion, WatchEventType::Modified, stored, previous});
    return stored;
}

bool ObjectStore::remove(const QString &resource, const QString &namespace_, const QString &name)
{
    auto it = m_objects.find(resource);
    if (it == m_objects.end())
        return false;
    StoredObjectPtr previous = it->take(key(namespace_, name));
    if (!previous)
        return false;
    // The DELETED event carries the last state with the deletion's resourceVersion,
    // as the API server sends it.
    auto last = std::make_shared<StoredObject>(*previous);
    last->resourceVersion = ++m_resourceVersion;
    QJsonObject object = QJsonDocument::fromJson(previous->json).object();
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    metadata.insert(QLatin1String("resourceVersion"), QString::number(last->resourceVersion));
    object.insert(QLatin1String("metadata"), metadata);
    last->json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    record({last->resourceVersion, WatchEventType::Deleted, last, previous});
    return true;
}

StoredObjectPtr ObjectStore::get(const QString &resource, const QString &namespace_,
                                 const QString &name) const
{
    auto it = m_objects.constFind(resource);
    if (it == m_objects.constEnd())
        return {};
    return it->value(key(namespace_, name));
}

const QMap<QString, StoredObjectPtr> &ObjectStore::objects(const QString &resource) const
{
    static const QMap<QString, StoredObjectPtr> empty;
    auto it = m_objects.constFind(resource);
    return it == m_objects.constEnd() ? empty : *it;
}

QHash<QString, StoredObjectPtr> ObjectStore::versionsAt(const QString &resource,
                                                        qint64 version) const
{
    QHash<QString, StoredObjectPtr> then;
    auto it =
        std::lower_bound(m_history.begin(), m_history.end(), version + 1,
                         [](const StoreEvent &e, qint64 rv) { return e.resourceVersion < rv; });
    for (; it != m_history.end(); ++it) {
        if (it->object->resource != resource)
            continue;
        // The first change after `version` knows the state before it.
        const QString k = key(it->object->namespace_, it->object->name);
        if (!then.contains(k))
            then.insert(k, it->type == WatchEventType::Added ? StoredObjectPtr() : it->previous);
    }
    return then;
}

std::vector<StoreEvent> ObjectStore::eventsSince(qint64 after) const
{
    std::vector<StoreEvent> result;
    auto it =
        std::lower_bound(m_history.begin(), m_history.end(), after + 1,
                         [](const StoreEvent &e, qint64 rv) { return e.resourceVersion < rv; });
    result.assign(it, m_history.end());
    return result;
}

void ObjectStore::record(const StoreEvent &event)
{
    m_history.push_back(event);
    while (int(m_history.size()) > m_historyLimit) {
        m_compactedThrough = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    Q_EMIT changed(event);
}

} // namespace maestro::sim

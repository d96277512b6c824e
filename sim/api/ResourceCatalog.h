// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace maestro::sim {

/// One served resource, as discovery advertises it and tables print it.
struct ResourceType
{
    QString group; ///< "" for core/v1
    QString version;
    QString plural;
    QString singular;
    QString kind;
    bool namespaced = true;
    QStringList verbs;
    QStringList shortNames;
    QStringList subresources; ///< "scale", "log", ...
    /// Table columns: {name, type, format, description, priority}.
    QJsonArray columns;
    bool live = false; ///< computed on request (metrics), not kept in the store

    QString groupVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
    /// The store's key for this resource: "pods", "machines.cluster.x-k8s.io".
    QString storeName() const { return group.isEmpty() ? plural : plural + u'.' + group; }
};

/// Every resource maestro-sim serves. Discovery lists exactly these.
class ResourceCatalog
{
public:
    static const ResourceCatalog &instance();

    const std::vector<ResourceType> &all() const { return m_types; }
    const ResourceType *find(const QString &group, const QString &version,
                             const QString &plural) const;
    const ResourceType *byStoreName(const QString &storeName) const;
    /// The group/versions served, "v1" first.
    QStringList groupVersions() const;

private:
    ResourceCatalog();
    std::vector<ResourceType> m_types;
};

} // namespace maestro::sim

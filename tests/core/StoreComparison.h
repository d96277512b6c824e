// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether an informer's store agrees with the server: both as key -> resourceVersion,
// the part of an object that says whether two copies are the same.

#include "KubeTestSupport.h"

#include "app/kube/ApiClient.h"
#include "app/kube/Informer.h"

#include <QJsonArray>

#include <memory>

namespace maestro::test {

using Versions = QHash<QString, QString>;

template<class T>
Versions versionsOf(const kube::Informer<T> &informer)
{
    Versions versions;
    for (auto it = informer.items().cbegin(); it != informer.items().cend(); ++it)
        versions.insert(it.key(), it->meta.resourceVersion.toString());
    return versions;
}

/// A fresh list through another client; empty when it failed (the caller retries).
inline Versions freshList(kube::ApiClient &client, const QString &path, int limit = 500)
{
    Versions versions;
    QString continueToken;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!continueToken.isEmpty())
            query.addQueryItem(QStringLiteral("continue"), continueToken);
        std::unique_ptr<kube::ApiRequest> request(client.get(path, query));
        if (!waitFinished(request.get()) || !request->ok())
            return {};
        const QJsonObject list = request->json();
        for (const QJsonValue &item : list.value(QLatin1String("items")).toArray()) {
            const QJsonObject metadata =
                item.toObject().value(QLatin1String("metadata")).toObject();
            const QString ns = metadata.value(QLatin1String("namespace")).toString();
            const QString name = metadata.value(QLatin1String("name")).toString();
            versions.insert(ns.isEmpty() ? name : ns + u'/' + name,
                            metadata.value(QLatin1String("resourceVersion")).toString());
        }
        continueToken = list.value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("continue"))
                            .toString();
    } while (!continueToken.isEmpty());
    return versions;
}

/// How many keys are missing, extra or at another version in the store.
inline int differenceCount(const Versions &store, const Versions &server)
{
    int count = 0;
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        count += store.value(it.key()) != it.value();
    for (auto it = store.cbegin(); it != store.cend(); ++it)
        count += !server.contains(it.key());
    return count;
}

/// Empty when they agree, else a few of the differences for the failure message.
inline QString difference(const Versions &store, const Versions &server)
{
    if (server.isEmpty())
        return QStringLiteral("the comparison list failed");
    QStringList diffs;
    for (auto it = server.cbegin(); it != server.cend() && diffs.size() < 5; ++it) {
        if (!store.contains(it.key()))
            diffs << QStringLiteral("missing %1").arg(it.key());
        else if (store.value(it.key()) != it.value())
            diffs << QStringLiteral("%1 at %2, server %3")
                         .arg(it.key(), store.value(it.key()), it.value());
    }
    for (auto it = store.cbegin(); it != store.cend() && diffs.size() < 5; ++it) {
        if (!server.contains(it.key()))
            diffs << QStringLiteral("extra %1").arg(it.key());
    }
    if (diffs.isEmpty())
        return {};
    return QStringLiteral("store %1 objects, server %2: %3")
        .arg(store.size())
        .arg(server.size())
        .arg(diffs.join(QStringLiteral("; ")));
}

} // namespace maestro::test

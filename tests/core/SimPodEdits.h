// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KubeTestSupport.h"
#include "sim/store/ObjectStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace maestro::test {

/// Changes the pod `key` ("namespace/name") in the simulator's store, on the store's own
/// thread, the way a controller of the cluster would: watchers see a MODIFIED event.
/// False when there is no such pod.
inline bool editSimPod(sim::SimServerThread &sim, const QString &key,
                       const std::function<void(QJsonObject &)> &change)
{
    sim::ObjectStore *objects = sim.server()->store();
    const qsizetype slash = key.indexOf(u'/');
    bool found = false;
    QMetaObject::invokeMethod(
        objects,
        [&] {
            const sim::StoredObjectPtr stored =
                objects->get(QStringLiteral("pods"), key.left(slash), key.mid(slash + 1));
            if (!stored)
                return;
            found = true;
            QJsonObject pod = QJsonDocument::fromJson(stored->json).object();
            change(pod);
            // The field selectors' view of the pod follows its new node.
            QHash<QString, QString> fields = stored->fields;
            fields.insert(QStringLiteral("spec.nodeName"),
                          pod.value(u"spec").toObject().value(u"nodeName").toString());
            objects->put(QStringLiteral("pods"), pod, fields, stored->tableCells);
        },
        Qt::BlockingQueuedConnection);
    return found;
}

} // namespace maestro::test

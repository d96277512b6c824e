// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/HistoryTypes.h"

namespace maestro::history {

QString TimelineEvent::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Eviction:
        return QStringLiteral("eviction");
    case Kind::SchedulingFailure:
        return QStringLiteral("scheduling");
    case Kind::Pressure:
        return QStringLiteral("pressure");
    case Kind::EtcdSlowWrite:
        return QStringLiteral("etcd");
    case Kind::NodeAdded:
        return QStringLiteral("node-added");
    case Kind::NodeReady:
        return QStringLiteral("node-ready");
    case Kind::ScaleUpStarted:
        return QStringLiteral("scale-up-started");
    case Kind::ScaleUpFinished:
        return QStringLiteral("scale-up-finished");
    case Kind::FindingStarted:
        return QStringLiteral("finding-started");
    case Kind::FindingCleared:
        return QStringLiteral("finding-cleared");
    case Kind::ServerAction:
        return QStringLiteral("server-action");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString TimelineEvent::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Eviction:
        return tr("Eviction");
    case Kind::SchedulingFailure:
        return tr("Scheduling failure");
    case Kind::Pressure:
        return tr("Resource pressure");
    case Kind::EtcdSlowWrite:
        return tr("Slow etcd write");
    case Kind::NodeAdded:
        return tr("Node added");
    case Kind::NodeReady:
        return tr("Node ready");
    case Kind::ScaleUpStarted:
        return tr("Scale-up started");
    case Kind::ScaleUpFinished:
        return tr("Scale-up finished");
    case Kind::FindingStarted:
        return tr("Advisor finding");
    case Kind::FindingCleared:
        return tr("Advisor finding cleared");
    case Kind::ServerAction:
        return tr("Server action");
    case Kind::Other:
        break;
    }
    return tr("Other");
}

} // namespace maestro::history

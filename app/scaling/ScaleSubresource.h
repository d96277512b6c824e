// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace maestro::scaling {

/**
 * The scale subresource (autoscaling/v1 Scale) of a MachineDeployment or a
 * KubeadmControlPlane: where it is, how it reads, and the one change the app makes to it,
 * the replica count under a resourceVersion precondition. Adding servers and removing a
 * chosen one both go through it.
 */
namespace scale {

/// "/apis/.../machinedeployments/NAME/scale" or the KubeadmControlPlane's.
QString path(const QString &kind, const QString &namespace_, const QString &name);
/// The resource the API latency is recorded under: "machinedeployments/scale", ...
QString resource(const QString &kind);

struct State
{
    int replicas = 0;
    QString resourceVersion;
};
/// nullopt when the object has no replica count or no resourceVersion.
std::optional<State> decode(const QJsonObject &scale);

/// A merge patch setting the replicas, refused with 409 if the object changed since
/// `resourceVersion`: a resent request can never apply the change twice.
QJsonObject replicasPatch(int replicas, const QString &resourceVersion);

} // namespace scale

} // namespace maestro::scaling

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scaling/ScaleSubresource.h"

namespace maestro::scaling::scale {

namespace {

bool isControlPlane(const QString &kind)
{
    return kind == u"KubeadmControlPlane";
}

} // namespace

QString path(const QString &kind, const QString &namespace_, const QString &name)
{
    const bool master = isControlPlane(kind);
    return QStringLiteral("/apis/%1/v1beta1/namespaces/%2/%3/%4/scale")
        .arg(master ? QStringLiteral("controlplane.cluster.x-k8s.io")
                    : QStringLiteral("cluster.x-k8s.io"),
             namespace_,
             master ? QStringLiteral("kubeadmcontrolplanes") : QStringLiteral("machinedeployments"),
             name);
}

QString resource(const QString &kind)
{
    return isControlPlane(kind) ? QStringLiteral("kubeadmcontrolplanes/scale")
                                : QStringLiteral("machinedeployments/scale");
}

std::optional<State> decode(const QJsonObject &scale)
{
    State state;
    state.replicas =
        scale.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(-1);
    state.resourceVersion = scale.value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("resourceVersion"))
                                .toString();
    if (state.replicas < 0 || state.resourceVersion.isEmpty())
        return std::nullopt;
    return state;
}

QJsonObject replicasPatch(int replicas, const QString &resourceVersion)
{
    return {{QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("resourceVersion"), resourceVersion}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), replicas}}}};
}

} // namespace maestro::scaling::scale

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lifecycle/LifecycleRequests.h"

#include "app/scaling/ScaleSubresource.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace maestro::lifecycle {

using namespace maestro::kube;

namespace {
constexpr int kMaxConflicts = 5;

RequestSpec mergePatch(const QString &path, const QJsonObject &patch, const QString &resource)
{
    RequestSpec spec;
    spec.verb = "PATCH";
    spec.path = path;
    spec.contentType = "application/merge-patch+json";
    spec.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    spec.resource = resource;
    return spec;
}
} // namespace

namespace requests {

RequestSpec setUnschedulable(const QString &node, bool unschedulable)
{
    // Setting a value is the same change however often it is sent.
    RequestSpec spec = mergePatch(
        QStringLiteral("/api/v1/nodes/%1").arg(node),
        {{QStringLiteral("spec"), QJsonObject{{QStringLiteral("unschedulable"), unschedulable}}}},
        QStringLiteral("nodes"));
    spec.idempotent = true;
    return spec;
}

RequestSpec evict(const QString &namespace_, const QString &pod)
{
    const QJsonObject body{
        {QStringLiteral("apiVersion"), QStringLiteral("policy/v1")},
        {QStringLiteral("kind"), QStringLiteral("Eviction")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), pod}, {QStringLiteral("namespace"), namespace_}}}};
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/eviction").arg(namespace_, pod);
    spec.contentType = "application/json";
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.resource = QStringLiteral("pods/eviction");
    // Evicting a pod that is already going changes nothing; one that is gone answers 404.
    // A 429 is the budget's answer, which the drain waits on itself: retrying it here
    // first would only add the Retry-After second to every wait.
    spec.idempotent = true;
    spec.maxAttempts = 2;
    spec.retryTooManyRequests = false;
    return spec;
}

RequestSpec markMachineForDeletion(const QString &namespace_, const QString &machine)
{
    RequestSpec spec =
        mergePatch(QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/namespaces/%1/machines/%2")
                       .arg(namespace_, machine),
                   {{QStringLiteral("metadata"),
                     QJsonObject{{QStringLiteral("annotations"),
                                  QJsonObject{{QStringLiteral("cluster.x-k8s.io/delete-machine"),
                                               QStringLiteral("yes")}}}}}},
                   QStringLiteral("machines"));
    spec.idempotent = true;
    return spec;
}

RequestSpec deleteMachine(const QString &namespace_, const QString &machine)
{
    RequestSpec spec;
    spec.verb = "DELETE";
    spec.path = QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/namespaces/%1/machines/%2")
                    .arg(namespace_, machine);
    spec.resource = QStringLiteral("machines");
    // A repeated DELETE of a machine already being deleted changes nothing (or is a 404).
    spec.idempotent = true;
    return spec;
}

QString controlPlanePath(const QString &namespace_, const QString &name)
{
    return QStringLiteral(
               "/apis/controlplane.cluster.x-k8s.io/v1beta1/namespaces/%1/kubeadmcontrolplanes/%2")
        .arg(namespace_, name);
}

} // namespace requests

ScaleChange::ScaleChange(ApiClient *client, QString kind, QString namespace_, QString name,
                         int delta, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(std::move(kind))
    , m_namespace(std::move(namespace_))
    , m_name(std::move(name))
    , m_delta(delta)
{}

void ScaleChange::start()
{
    read();
}

void ScaleChange::read()
{
    if (!m_client) {
        Q_EMIT finished(false, tr("The cluster connection is gone."));
        return;
    }
    ApiRequest *request = m_client->get(scaling::scale::path(m_kind, m_namespace, m_name), {},
                                        scaling::scale::resource(m_kind));
    connect(request, &ApiRequest::finished, this, [this, request] { onRead(request); });
}

void ScaleChange::onRead(ApiRequest *request)
{
    request->deleteLater();
    const std::optional<scaling::scale::State> state =
        request->ok() ? scaling::scale::decode(request->json()) : std::nullopt;
    if (!state) {
        const QString reason = request->ok() ? tr("%1 %2 has no replica count.").arg(m_kind, m_name)
                                             : request->error().describe();
        if (m_base >= 0) {
            // A write went out before this read: it may be in.
            Q_EMIT finished(false, tr("Could not find out whether %1 %2 was changed: %3 Check "
                                      "it before trying again.")
                                       .arg(m_kind, m_name, reason));
            return;
        }
        Q_EMIT finished(false, request->ok()
                                   ? reason
                                   : tr("Could not read the number of servers of %1 %2: %3")
                                         .arg(m_kind, m_name, reason));
        return;
    }
    const int replicas = state->replicas;
    const QString &version = state->resourceVersion;
    if (m_base < 0) {
        m_base = replicas;
        m_target = replicas + m_delta;
        write(version);
        return;
    }
    if (replicas == m_target) {
        // An earlier attempt reached the server although its answer was lost.
        Q_EMIT finished(true, {});
        return;
    }
    if (replicas == m_base) {
        // Not in yet: only the object's status moved on, or our write was lost on its way.
        if (++m_conflicts <= kMaxConflicts) {
            write(version);
            return;
        }
        Q_EMIT finished(false, tr("%1 %2 still asks for %3 after %4 attempts to change it. "
                                  "Nothing was applied.")
                                   .arg(m_kind, m_name)
                                   .arg(replicas)
                                   .arg(m_conflicts));
        return;
    }
    Q_EMIT finished(false, tr("%1 %2 was changed by someone else: it now asks for %3 (it was "
                              "%4). Nothing was applied.")
                               .arg(m_kind, m_name)
                               .arg(replicas)
                               .arg(m_base));
}

void ScaleChange::write(const QString &resourceVersion)
{
    if (!m_client) {
        Q_EMIT finished(false, tr("The cluster connection is gone."));
        return;
    }
    RequestSpec spec = mergePatch(scaling::scale::path(m_kind, m_namespace, m_name),
                                  scaling::scale::replicasPatch(m_target, resourceVersion),
                                  scaling::scale::resource(m_kind));
    // The precondition turns a duplicate into a 409, never a second change.
    spec.idempotent = true;
    ApiRequest *request = m_client->send(spec);
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        if (request->ok()) {
            Q_EMIT finished(true, {});
            return;
        }
        if (request->error().kind == ApiErrorKind::Conflict || request->outcomeUnknown()) {
            // Someone else's change, or ours with its answer lost: what the server holds
            // now tells which (the precondition kept a resend from applying it twice).
            read();
            return;
        }
        Q_EMIT finished(false, tr("The cluster refused to change %1 %2: %3")
                                   .arg(m_kind, m_name, request->error().describe()));
    });
}

} // namespace maestro::lifecycle

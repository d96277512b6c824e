// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scaling/ScaleUpOperation.h"

#include "app/scaling/ScaleSubresource.h"

#include "app/kube/ClusterConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

namespace maestro::scaling {

Q_LOGGING_CATEGORY(lcScale, "maestro.scaling")

using namespace maestro::kube;

namespace {
constexpr int kMaxStatusOnlyConflicts = 5;
const QString kOperationAnnotation = QStringLiteral("maestro.example/scale-up-operation");
const QString kOperationLabel = kOperationAnnotation;
} // namespace

ScaleUpOperation::ScaleUpOperation(ClusterConnection *connection, ScalePlan plan, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_plan(std::move(plan))
    , m_operationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        QStringList states;
        for (const MachineProgress &m : m_progress)
            states << QStringLiteral("%1: %2%3")
                          .arg(m.name, m.phase, m.nodeReady ? tr(", node Ready") : QString());
        fail(tr("The new servers were not ready after %n minute(s). %1", nullptr,
                m_timeoutSeconds / 60)
                 .arg(states.join(QStringLiteral("; "))),
             Phase::TimedOut);
    });
}

ScaleUpOperation::~ScaleUpOperation() = default;

bool ScaleUpOperation::connectionGone()
{
    // The cluster was closed (its window too) while the operation ran.
    if (m_connection)
        return false;
    fail(tr("The cluster connection is gone."));
    return true;
}

int ScaleUpOperation::readyCount() const
{
    return int(std::count_if(m_progress.begin(), m_progress.end(),
                             [](const MachineProgress &m) { return m.nodeReady; }));
}

void ScaleUpOperation::start()
{
    if (m_phase != Phase::NotStarted)
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_phase = Phase::Submitting;
    if (!m_connection) {
        fail(tr("The cluster connection is gone."));
        return;
    }
    if (!m_plan.isValid()) {
        fail(m_plan.refusal);
        return;
    }
    m_message = tr("Submitting the request");
    Q_EMIT progressChanged();
    // What the owner already has: every machine not in this set is one we asked for.
    for (const MachineInfo &m : m_connection->machines()->items()) {
        m_baselineMachines.insert(m.meta.key());
    }
    if (m_plan.createsMachineDeployment())
        createMachineDeployment();
    else
        readScale();
}

void ScaleUpOperation::readScale()
{
    if (connectionGone())
        return;
    RequestSpec spec;
    spec.path = scale::path(m_plan.targetKind, m_plan.targetNamespace, m_plan.targetName);
    spec.resource = scale::resource(m_plan.targetKind);
    spec.timeoutMs = m_requestTimeoutMs;
    const bool afterConflict = m_baseReplicas >= 0;
    if (afterConflict)
        spec.maxAttempts = 8; // what decides whether a write is repeated: worth some patience
    ApiRequest *request = m_connection->client()->send(spec);
    connect(request, &ApiRequest::finished, this,
            [this, request, afterConflict] { onScaleRead(request, afterConflict); });
}

void ScaleUpOperation::onScaleRead(ApiRequest *request, bool afterConflict)
{
    request->deleteLater();
    const std::optional<scale::State> state =
        request->ok() ? scale::decode(request->json()) : std::nullopt;
    if (!state) {
        const QString reason = request->ok() ? tr("The cluster's Scale object has no replica "
                                                  "count.")
                                             : request->error().describe();
        if (afterConflict) {
            // Our write may be in: say so, rather than that nothing happened.
            fail(tr("Could not find out whether the servers were added: %1 Check %2 %3 before "
                    "trying again.")
                     .arg(reason, m_plan.targetKind, m_plan.targetName));
            return;
        }
        fail(request->ok() ? reason
                           : tr("Could not read the current number of servers: %1").arg(reason));
        return;
    }
    const int replicas = state->replicas;
    const QString &version = state->resourceVersion;
    if (!afterConflict) {
        m_baseReplicas = replicas;
        m_targetReplicas = replicas + m_plan.count;
        writeScale(version, m_targetReplicas);
        return;
    }
    if (replicas == m_targetReplicas) {
        // Our earlier attempt reached the server although its answer was lost.
        qCInfo(lcScale) << "scale of" << m_plan.targetName << "already at" << replicas
                        << "- not applied twice";
        m_writesAccepted = 1;
        beginProvisioning();
        return;
    }
    if (replicas == m_baseReplicas && m_statusOnlyConflicts < kMaxStatusOnlyConflicts) {
        // Only the object's status moved on (a controller wrote it): the replica count is
        // still what we based our change on, so writing it now adds exactly what was asked.
        ++m_statusOnlyConflicts;
        writeScale(version, m_targetReplicas);
        return;
    }
    fail(tr("%1 %2 was changed by someone else while adding servers: it now asks for %3 "
            "(it was %4). Nothing was applied; check the cluster and try again.")
             .arg(m_plan.targetKind, m_plan.targetName)
             .arg(replicas)
             .arg(m_baseReplicas));
}

void ScaleUpOperation::writeScale(const QString &resourceVersion, int replicas)
{
    if (connectionGone())
        return;
    RequestSpec spec;
    spec.verb = "PATCH";
    spec.path = scale::path(m_plan.targetKind, m_plan.targetNamespace, m_plan.targetName);
    spec.contentType = "application/merge-patch+json";
    spec.body = QJsonDocument(scale::replicasPatch(replicas, resourceVersion))
                    .toJson(QJsonDocument::Compact);
    spec.resource = scale::resource(m_plan.targetKind);
    // Safe to resend: the precondition turns a duplicate into a 409, never a second change.
    spec.idempotent = true;
    spec.timeoutMs = m_requestTimeoutMs;
    ApiRequest *request = m_connection->client()->send(spec);
    connect(request, &ApiRequest::finished, this, [this, request] { onScaleWritten(request); });
}

void ScaleUpOperation::onScaleWritten(ApiRequest *request)
{
    request->deleteLater();
    if (request->ok()) {
        m_writesAccepted = 1;
        beginProvisioning();
        return;
    }
    if (request->error().kind == ApiErrorKind::Conflict || request->outcomeUnknown()) {
        // A conflict, or no answer to go by (lost, cut short, timed out, a 500): what the
        // server holds now says whether our change is in.
        readScale();
        return;
    }
    fail(tr("The cluster refused to add servers: %1").arg(request->error().describe()));
}

void ScaleUpOperation::createMachineDeployment()
{
    if (connectionGone())
        return;
    m_plan.targetName = machineDeploymentNameFor(m_plan.clusterName, m_plan.size.instanceType);
    const QJsonObject labels{
        {QStringLiteral("cluster.x-k8s.io/cluster-name"), m_plan.clusterName},
        {QStringLiteral("cluster.x-k8s.io/deployment-name"), m_plan.targetName}};
    const QJsonObject body{
        {QStringLiteral("apiVersion"), QStringLiteral("cluster.x-k8s.io/v1beta1")},
        {QStringLiteral("kind"), QStringLiteral("MachineDeployment")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), m_plan.targetName},
             {QStringLiteral("namespace"), m_plan.targetNamespace},
             // The operation's id as a label too: some API servers (and the simulator)
             // keep labels but drop annotations, and onCreateConflict() must recognise
             // an object this operation created when the answer to its create was lost.
             {QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("cluster.x-k8s.io/cluster-name"), m_plan.clusterName},
                          {kOperationLabel, m_operationId}}},
             {QStringLiteral("annotations"), QJsonObject{{kOperationAnnotation, m_operationId}}}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("clusterName"), m_plan.clusterName},
             {QStringLiteral("replicas"), m_plan.count},
             {QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), labels}}},
             {QStringLiteral("template"),
              QJsonObject{
                  {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                  {QStringLiteral("spec"),
                   QJsonObject{
                       {QStringLiteral("clusterName"), m_plan.clusterName},
                       {QStringLiteral("infrastructureRef"),
                        QJsonObject{{QStringLiteral("apiVersion"),
                                     QStringLiteral("infrastructure.cluster.x-k8s.io/v1beta1")},
                                    {QStringLiteral("kind"), m_plan.size.templateKind},
                                    {QStringLiteral("name"), m_plan.size.templateName},
                                    {QStringLiteral("namespace"), m_plan.targetNamespace}}}}}}}}}};
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/namespaces/%1/machinedeployments")
                    .arg(m_plan.targetNamespace);
    spec.contentType = "application/json";
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.resource = QStringLiteral("machinedeployments");
    // A fixed name makes a duplicate create fail with AlreadyExists instead of adding more.
    spec.idempotent = true;
    spec.timeoutMs = m_requestTimeoutMs;
    m_baseReplicas = 0;
    m_targetReplicas = m_plan.count;
    ApiRequest *request = m_connection->client()->send(spec);
    connect(request, &ApiRequest::finished, this, [this, request] { onCreated(request); });
}

void ScaleUpOperation::onCreated(ApiRequest *request)
{
    request->deleteLater();
    if (request->ok()) {
        m_writesAccepted = 1;
        beginProvisioning();
        return;
    }
    const ApiError createError = request->error();
    if (createError.kind != ApiErrorKind::AlreadyExists && !request->outcomeUnknown()) {
        fail(tr("The cluster refused the new MachineDeployment: %1").arg(createError.describe()));
        return;
    }
    if (connectionGone())
        return;
    // Already there, or no answer to go by: whether the object is ours decides.
    RequestSpec spec;
    spec.path = QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/namespaces/%1/machinedeployments/%2")
                    .arg(m_plan.targetNamespace, m_plan.targetName);
    spec.resource = QStringLiteral("machinedeployments");
    spec.timeoutMs = m_requestTimeoutMs;
    spec.maxAttempts = 8;
    ApiRequest *read = m_connection->client()->send(spec);
    connect(read, &ApiRequest::finished, this,
            [this, read, createError] { onCreateConflict(read, createError); });
}

void ScaleUpOperation::onCreateConflict(ApiRequest *request, const ApiError &createError)
{
    request->deleteLater();
    if (createError.kind != ApiErrorKind::AlreadyExists) {
        if (request->error().kind == ApiErrorKind::NotFound) {
            fail(tr("The cluster refused the new MachineDeployment: %1")
                     .arg(createError.describe()));
            return;
        }
        if (!request->ok()) {
            fail(tr("Could not find out whether MachineDeployment %1 was created: %2 Check the "
                    "cluster before trying again.")
                     .arg(m_plan.targetName, request->error().describe()));
            return;
        }
    }
    const QJsonObject metadata = request->json().value(QLatin1String("metadata")).toObject();
    const QString annotated = metadata.value(QLatin1String("annotations"))
                                  .toObject()
                                  .value(kOperationAnnotation)
                                  .toString();
    const QString labelled =
        metadata.value(QLatin1String("labels")).toObject().value(kOperationLabel).toString();
    if (request->ok() && (annotated == m_operationId || labelled == m_operationId)) {
        m_writesAccepted = 1;
        beginProvisioning();
        return;
    }
    fail(tr("A MachineDeployment named %1 already exists; nothing was changed.")
             .arg(m_plan.targetName));
}

void ScaleUpOperation::beginProvisioning()
{
    if (m_phase != Phase::Submitting)
        return;
    m_phase = Phase::Provisioning;
    m_message = tr("Provisioning %n server(s)", nullptr, m_plan.count);
    m_deadline.start(m_timeoutSeconds * 1000);
    connect(m_connection, &ClusterConnection::changed, this, &ScaleUpOperation::track);
    track();
}

void ScaleUpOperation::track()
{
    if (m_phase != Phase::Provisioning || !m_connection)
        return;
    const bool master = m_plan.targetKind == u"KubeadmControlPlane";
    QList<MachineProgress> progress;
    for (const MachineInfo &m : m_connection->machines()->items()) {
        if (m_baselineMachines.contains(m.meta.key()))
            continue;
        if (master ? !m.controlPlane : m.deploymentName != m_plan.targetName)
            continue;
        MachineProgress p;
        p.name = m.meta.name;
        p.phase = m.phase.isEmpty() ? QStringLiteral("Pending") : m.phase;
        p.nodeName = m.nodeName;
        if (const NodeInfo *node =
                m.nodeName.isEmpty() ? nullptr : m_connection->nodes()->find(m.nodeName))
            p.nodeReady = node->isReady();
        if (m.phase == u"Failed" || !m.failureReason.isEmpty())
            p.failure = m.failureMessage.isEmpty()
                            ? m.failureReason
                            : m.failureReason + QStringLiteral(": ") + m.failureMessage;
        progress.append(p);
    }
    std::sort(progress.begin(), progress.end(),
              [](const MachineProgress &a, const MachineProgress &b) { return a.name < b.name; });
    const bool changed = progress.size() != m_progress.size() ||
                         !std::equal(progress.begin(), progress.end(), m_progress.begin(),
                                     [](const MachineProgress &a, const MachineProgress &b) {
                                         return a.name == b.name && a.phase == b.phase &&
                                                a.nodeReady == b.nodeReady &&
                                                a.nodeName == b.nodeName;
                                     });
    m_progress = progress;
    for (const MachineProgress &p : m_progress) {
        if (!p.failure.isEmpty()) {
            fail(tr("Server %1 failed: %2").arg(p.name, p.failure));
            return;
        }
    }
    const int ready = readyCount();
    m_message = tr("%1 of %n server(s) ready", nullptr, m_plan.count).arg(ready);
    if (ready >= m_plan.count) {
        succeed();
        return;
    }
    if (changed)
        Q_EMIT progressChanged();
}

void ScaleUpOperation::fail(const QString &message, Phase phase)
{
    if (m_phase == Phase::Finished || m_phase == Phase::Failed || m_phase == Phase::TimedOut)
        return;
    m_phase = phase;
    m_message = message;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    m_deadline.stop();
    qCWarning(lcScale) << "scale-up of" << m_plan.targetName << "failed:" << message;
    Q_EMIT progressChanged();
    Q_EMIT finished(false);
}

void ScaleUpOperation::succeed()
{
    m_phase = Phase::Finished;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    m_deadline.stop();
    m_message = tr("%n server(s) added and ready", nullptr, m_plan.count);
    Q_EMIT progressChanged();
    Q_EMIT finished(true);
}

} // namespace maestro::scaling

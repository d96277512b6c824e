// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lifecycle/ReplaceMastersFlow.h"

#include "app/kube/ClusterConnection.h"
#include "app/lifecycle/LifecycleGuards.h"
#include "app/lifecycle/LifecycleRequests.h"
#include "app/scaling/ScalePlan.h"

#include <QJsonDocument>
#include <QSettings>

namespace maestro::lifecycle {

using namespace maestro::kube;

namespace {
constexpr int kMaxConflicts = 5;
// Steps: 0 the template and count, 1 the new masters, 2.. one per old master.
constexpr int kTemplateStep = 0;
constexpr int kNewMastersStep = 1;
constexpr int kFirstReplaceStep = 2;

QString groupOf(const QString &clusterKey)
{
    // A context name may hold slashes; QSettings keys must not.
    return QStringLiteral("lifecycle/replaceMasters/") +
           QString::fromLatin1(clusterKey.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

void ReplaceMastersState::save(const QString &clusterKey) const
{
    QSettings settings;
    settings.beginGroup(groupOf(clusterKey));
    settings.setValue(QStringLiteral("instanceType"), instanceType);
    settings.setValue(QStringLiteral("templateName"), templateName);
    settings.setValue(QStringLiteral("count"), count);
    settings.setValue(QStringLiteral("oldMachines"), oldMachines);
    settings.setValue(QStringLiteral("step"), step);
    settings.endGroup();
    settings.sync();
}

std::optional<ReplaceMastersState> ReplaceMastersState::load(const QString &clusterKey)
{
    QSettings settings;
    settings.beginGroup(groupOf(clusterKey));
    ReplaceMastersState state;
    state.instanceType = settings.value(QStringLiteral("instanceType")).toString();
    state.templateName = settings.value(QStringLiteral("templateName")).toString();
    state.count = settings.value(QStringLiteral("count"), 3).toInt();
    state.oldMachines = settings.value(QStringLiteral("oldMachines")).toStringList();
    state.step = settings.value(QStringLiteral("step"), 0).toInt();
    if (state.templateName.isEmpty() || state.count < 1 || state.step < 0 ||
        state.step > kFirstReplaceStep + state.oldMachines.size())
        return std::nullopt;
    return state;
}

void ReplaceMastersState::clear(const QString &clusterKey)
{
    QSettings settings;
    settings.remove(groupOf(clusterKey));
    settings.sync();
}

ReplaceMastersFlow::ReplaceMastersFlow(ClusterConnection *connection, QString clusterKey,
                                       QString instanceType, int count, QObject *parent)
    : ReplaceMastersFlow(connection, std::move(clusterKey), ReplaceMastersState{}, parent)
{
    m_resumed = false;
    m_state.instanceType = std::move(instanceType);
    m_state.count = count % 2 == 0 ? count + 1 : std::max(1, count);
    m_state.step = -1; // not begun: the old masters are taken when it starts
}

ReplaceMastersFlow::ReplaceMastersFlow(ClusterConnection *connection, QString clusterKey,
                                       ReplaceMastersState state, QObject *parent)
    : LifecycleOperation(connection, parent)
    , m_clusterKey(std::move(clusterKey))
    , m_state(std::move(state))
    , m_resumed(true)
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &ReplaceMastersFlow::check);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stopWork();
        m_failedStep = m_state.step;
        fail(tr("Step %1 did not finish within %n minute(s): %2. Nothing more was changed; "
                "the flow can be resumed.",
                nullptr, m_stepTimeoutSeconds / 60)
                 .arg(m_state.step + 1)
                 .arg(message()),
             Phase::TimedOut);
    });
}

QString ReplaceMastersFlow::title() const
{
    return tr("Replacing the masters with %1").arg(m_state.instanceType);
}

QString ReplaceMastersFlow::object() const
{
    return QStringLiteral("KubeadmControlPlane/") +
           (m_controlPlaneName.isEmpty() ? m_state.templateName : m_controlPlaneName);
}

QList<ReplaceMastersFlow::StepView> ReplaceMastersFlow::steps() const
{
    QList<StepView> views;
    views << StepView{
        tr("Switch the masters to %1 and ask for %n master(s)", nullptr, m_state.count)
            .arg(m_state.instanceType),
        {}};
    views << StepView{tr("Wait until the new masters are Ready and etcd is healthy"), {}};
    for (const QString &old : m_state.oldMachines)
        views << StepView{tr("Replace the old master %1 and wait for etcd").arg(old), {}};
    for (int i = 0; i < views.size(); ++i) {
        if (phase() == Phase::Finished || i < m_state.step)
            views[i].state = StepState::Done;
        else if (i == m_failedStep)
            views[i].state = StepState::Failed;
        else if (i == m_state.step && phase() == Phase::Running)
            views[i].state = StepState::Active;
    }
    return views;
}

bool ReplaceMastersFlow::prepare()
{
    m_prepareError.clear();
    if (!connection()) {
        m_prepareError = tr("The cluster connection is gone.");
        return false;
    }
    const QList<ControlPlaneInfo> planes = connection()->controlPlanes()->items().values();
    if (planes.isEmpty()) {
        m_prepareError = tr("The cluster has no KubeadmControlPlane: its masters are not "
                            "managed by Cluster API.");
        return false;
    }
    m_controlPlaneNamespace = planes.first().meta.namespace_;
    m_controlPlaneName = planes.first().meta.name;
    if (m_state.step >= 0)
        return true; // resumed: the saved state says what is old
    m_state.templateName.clear();
    for (const scaling::ServerSize &size : scaling::availableSizes(*connection())) {
        if (size.instanceType == m_state.instanceType)
            m_state.templateName = size.templateName;
    }
    if (m_state.templateName.isEmpty()) {
        m_prepareError =
            tr("The cluster offers no machine template of size %1.").arg(m_state.instanceType);
        return false;
    }
    // A Machine does not say which template it came from; its node's instance type does.
    m_state.oldMachines.clear();
    for (const MachineInfo &m : connection()->machines()->items()) {
        const NodeInfo *node =
            m.nodeName.isEmpty() ? nullptr : connection()->nodes()->find(m.nodeName);
        if (m.controlPlane && m.phase != u"Deleting" &&
            (!node || node->instanceType != m_state.instanceType))
            m_state.oldMachines << m.meta.name;
    }
    std::sort(m_state.oldMachines.begin(), m_state.oldMachines.end());
    return true;
}

void ReplaceMastersFlow::run()
{
    if (!prepare()) {
        fail(m_prepareError);
        return;
    }
    if (m_state.step < 0) {
        if (m_state.oldMachines.isEmpty()) {
            succeed(tr("Every master is already of size %1.").arg(m_state.instanceType));
            return;
        }
        m_state.step = kTemplateStep;
    }
    enterStep(m_state.step);
}

void ReplaceMastersFlow::enterStep(int step)
{
    if (isDone() || connectionGone())
        return;
    m_state.step = step;
    m_state.save(m_clusterKey);
    m_deleteSent = false;
    m_deadline.start(m_stepTimeoutSeconds * 1000);
    const QList<StepView> views = steps();
    if (step >= views.size()) {
        stopWork();
        ReplaceMastersState::clear(m_clusterKey);
        succeed(tr("The masters were replaced: %n master(s) of size %1, etcd healthy.", nullptr,
                   m_state.count)
                    .arg(m_state.instanceType));
        return;
    }
    reachStep(views.at(step).text);
    if (step == kTemplateStep) {
        changeTemplate(false);
        return;
    }
    m_poll.start();
    check();
}

void ReplaceMastersFlow::changeTemplate(bool afterConflict)
{
    if (isDone() || connectionGone())
        return;
    ApiRequest *request = connection()->client()->get(
        requests::controlPlanePath(m_controlPlaneNamespace, m_controlPlaneName), {},
        QStringLiteral("kubeadmcontrolplanes"));
    connect(request, &ApiRequest::finished, this,
            [this, request, afterConflict] { onControlPlaneRead(request, afterConflict); });
}

void ReplaceMastersFlow::onControlPlaneRead(ApiRequest *request, bool afterConflict)
{
    request->deleteLater();
    if (isDone())
        return;
    if (!request->ok()) {
        m_failedStep = kTemplateStep;
        fail(tr("Could not read the control plane: %1").arg(request->error().describe()));
        return;
    }
    const auto cp = decodeControlPlane(request->json());
    if (!cp) {
        m_failedStep = kTemplateStep;
        fail(tr("The control plane could not be read."));
        return;
    }
    if (cp->templateName == m_state.templateName && cp->specReplicas >= m_state.count) {
        // Done already (by an earlier attempt whose answer was lost, or before a restart).
        enterStep(kNewMastersStep);
        return;
    }
    if (afterConflict && ++m_conflicts > kMaxConflicts) {
        m_failedStep = kTemplateStep;
        fail(tr("The control plane keeps changing under the flow; nothing was applied."));
        return;
    }
    int replicas = std::max(cp->specReplicas, m_state.count);
    if (replicas % 2 == 0)
        ++replicas;
    const QJsonObject patch{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("resourceVersion"), cp->meta.resourceVersion.toString()}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("replicas"), replicas},
             {QStringLiteral("machineTemplate"),
              QJsonObject{{QStringLiteral("infrastructureRef"),
                           QJsonObject{{QStringLiteral("name"), m_state.templateName}}}}}}}};
    RequestSpec spec;
    spec.verb = "PATCH";
    spec.path = requests::controlPlanePath(m_controlPlaneNamespace, m_controlPlaneName);
    spec.contentType = "application/merge-patch+json";
    spec.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    spec.resource = QStringLiteral("kubeadmcontrolplanes");
    // The precondition makes a repeat a 409, which is re-read above.
    spec.idempotent = true;
    ApiRequest *write = connection()->client()->send(spec);
    connect(write, &ApiRequest::finished, this, [this, write] {
        write->deleteLater();
        if (isDone())
            return;
        if (write->ok()) {
            enterStep(kNewMastersStep);
        } else if (write->error().kind == ApiErrorKind::Conflict) {
            changeTemplate(true);
        } else {
            m_failedStep = kTemplateStep;
            fail(tr("The control plane refused the new size: %1").arg(write->error().describe()));
        }
    });
}

bool ReplaceMastersFlow::controlPlaneSettled(QString *why) const
{
    const ControlPlaneInfo *cp =
        connection()->controlPlanes()->find(m_controlPlaneNamespace + u'/' + m_controlPlaneName);
    if (!cp) {
        *why = tr("the control plane is not visible");
        return false;
    }
    // The flow's own write reaches the store through the watch, which may be behind the
    // write's answer: until it shows, the old size looks settled, and the old master
    // would be removed before any new one exists.
    if (cp->templateName != m_state.templateName || cp->specReplicas < m_state.count) {
        *why = tr("the control plane does not show the new size yet");
        return false;
    }
    int active = 0, healthy = 0, deleting = 0;
    for (const MachineInfo &m : connection()->machines()->items()) {
        if (!m.controlPlane)
            continue;
        if (m.phase == u"Deleting") {
            ++deleting;
            continue;
        }
        ++active;
        if (LifecycleGuards::masterHealthy(
                m, m.nodeName.isEmpty() ? nullptr : connection()->nodes()->find(m.nodeName)))
            ++healthy;
    }
    *why = tr("%1 of %2 masters Ready and healthy").arg(healthy).arg(cp->specReplicas);
    if (deleting > 0 || active != cp->specReplicas || healthy != active)
        return false;
    if (cp->conditionStatus(QStringLiteral("EtcdClusterHealthy")) != u"True") {
        *why += tr("; etcd is not healthy yet");
        return false;
    }
    return true;
}

void ReplaceMastersFlow::check()
{
    if (isDone() || connectionGone())
        return;
    QString why;
    const bool settled = controlPlaneSettled(&why);
    if (m_state.step == kNewMastersStep) {
        setMessage(tr("Waiting for the new masters: %1").arg(why));
        if (settled) {
            m_poll.stop();
            enterStep(kFirstReplaceStep);
        }
        return;
    }
    const int index = m_state.step - kFirstReplaceStep;
    if (index < 0 || index >= m_state.oldMachines.size())
        return;
    const QString old = m_state.oldMachines.at(index);
    const MachineInfo *machine =
        connection()->machines()->find(m_controlPlaneNamespace + u'/' + old);
    if (machine && !m_deleteSent && machine->phase != u"Deleting") {
        if (!settled) {
            setMessage(tr("Waiting before replacing %1: %2").arg(old, why));
            return;
        }
        replaceOld(index);
        return;
    }
    setMessage(machine ? tr("%1 is being removed; %2").arg(old, why)
                       : tr("%1 removed; waiting for its replacement: %2").arg(old, why));
    if (!machine && settled) {
        m_poll.stop();
        enterStep(m_state.step + 1);
    }
}

void ReplaceMastersFlow::replaceOld(int index)
{
    const QString old = m_state.oldMachines.at(index);
    m_deleteSent = true;
    ApiRequest *request =
        connection()->client()->send(requests::deleteMachine(m_controlPlaneNamespace, old));
    connect(request, &ApiRequest::finished, this, [this, request, old] {
        request->deleteLater();
        if (isDone())
            return;
        if (!request->ok() && request->error().kind != ApiErrorKind::NotFound) {
            m_deleteSent = false;
            stopWork();
            m_failedStep = m_state.step;
            fail(
                tr("Could not remove the old master %1: %2").arg(old, request->error().describe()));
        }
    });
}

void ReplaceMastersFlow::stopWork()
{
    m_poll.stop();
    m_deadline.stop();
}

} // namespace maestro::lifecycle

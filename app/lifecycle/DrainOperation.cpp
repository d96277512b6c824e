// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lifecycle/DrainOperation.h"

#include "app/kube/ClusterConnection.h"
#include "app/lifecycle/LifecycleRequests.h"

#include <algorithm>

namespace maestro::lifecycle {

using namespace maestro::kube;

namespace {
constexpr int kPollMs = 250;
}

DrainOperation::DrainOperation(ClusterConnection *connection, QString node, DrainOptions options,
                               QObject *parent)
    : LifecycleOperation(connection, parent)
    , m_node(std::move(node))
    , m_options(options)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stopWork();
        QStringList left;
        for (const EvictionProgress &p : m_progress) {
            if (p.state != EvictionProgress::State::Gone)
                left << (p.detail.isEmpty() ? p.pod.key() : p.pod.key() + u' ' + p.detail);
        }
        fail(tr("The drain of %1 did not finish within %n second(s); the server stays cordoned. "
                "Still there: %2",
                nullptr, m_options.timeoutSeconds)
                 .arg(m_node, left.join(QStringLiteral("; "))),
             Phase::TimedOut);
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &DrainOperation::checkGone);
}

QString DrainOperation::title() const
{
    return tr("Draining %1").arg(m_node);
}

int DrainOperation::goneCount() const
{
    return int(std::count_if(m_progress.begin(), m_progress.end(), [](const EvictionProgress &p) {
        return p.state == EvictionProgress::State::Gone;
    }));
}

void DrainOperation::run()
{
    m_deadline.start(std::max(1, m_options.timeoutSeconds) * 1000);
    reachStep(tr("Checking the pods on %1").arg(m_node));
    loadPlan(&DrainOperation::onPlan);
}

void DrainOperation::loadPlan(void (DrainOperation::*onLoaded)(const DrainPlan &))
{
    auto *loader = new DrainPlanLoader(connection()->client(), m_node, this);
    connect(loader, &DrainPlanLoader::loaded, this,
            [this, loader, onLoaded](const DrainPlan &plan) {
                loader->deleteLater();
                (this->*onLoaded)(plan);
            });
    connect(loader, &DrainPlanLoader::failed, this, [this, loader](const QString &error) {
        loader->deleteLater();
        fail(error);
    });
    loader->start();
}

void DrainOperation::onPlan(const DrainPlan &plan)
{
    if (isDone())
        return;
    m_plan = plan;
    // Refused before anything changes: the node is not even cordoned.
    const QString refusal = plan.refusal(m_options);
    if (!refusal.isEmpty()) {
        m_deadline.stop();
        fail(tr("%1 was not drained: %2").arg(m_node, refusal));
        return;
    }
    for (const DrainPod &pod : plan.toEvict)
        m_progress.append({pod, EvictionProgress::State::Waiting, {}, 0});
    if (connectionGone())
        return;
    reachStep(tr("Cordoning %1").arg(m_node));
    ApiRequest *request = connection()->client()->send(requests::setUnschedulable(m_node, true));
    connect(request, &ApiRequest::finished, this, [this, request] { onCordoned(request); });
}

void DrainOperation::onCordoned(ApiRequest *request)
{
    request->deleteLater();
    if (isDone())
        return;
    if (!request->ok()) {
        fail(tr("Could not cordon %1: %2").arg(m_node, request->error().describe()));
        return;
    }
    // A pod scheduled after the first look and before the cordon took effect would be
    // left on the node (kubectl drain lists the pods once cordoned, for the same
    // reason): look again, now that nothing new can arrive.
    loadPlan(&DrainOperation::onPlanOfCordonedNode);
}

void DrainOperation::onPlanOfCordonedNode(const DrainPlan &plan)
{
    if (isDone())
        return;
    const QString refusal = plan.refusal(m_options);
    if (!refusal.isEmpty()) {
        // The pods that refuse it arrived after the first look, which found none: the
        // node is cordoned by now, and the admin has to know it stays so.
        fail(tr("%1 was not drained: %2\nThis was found once the server was cordoned; %1 "
                "stays cordoned, so no new pods are scheduled on it. Uncordon it to undo "
                "that.")
                 .arg(m_node, refusal));
        return;
    }
    QList<DrainPod> toEvict = m_plan.toEvict;
    for (const DrainPod &pod : plan.toEvict) {
        const bool known =
            std::any_of(m_progress.cbegin(), m_progress.cend(), [&pod](const EvictionProgress &p) {
                return p.pod.key() == pod.key() && p.pod.uid == pod.uid;
            });
        if (known)
            continue;
        m_progress.append({pod, EvictionProgress::State::Waiting, {}, 0});
        toEvict.append(pod);
    }
    m_plan = plan;
    m_plan.toEvict = toEvict;
    reachStep(tr("Evicting %n pod(s) from %1", nullptr, int(m_progress.size())).arg(m_node));
    m_evicting = true;
    for (int i = 0; i < m_progress.size(); ++i)
        evict(i);
    m_poll.start();
    checkGone();
}

void DrainOperation::evict(int index)
{
    if (isDone() || connectionGone())
        return;
    EvictionProgress &p = m_progress[index];
    if (p.state == EvictionProgress::State::Gone || p.state == EvictionProgress::State::Terminating)
        return;
    p.state = EvictionProgress::State::Evicting;
    ++p.attempts;
    ApiRequest *request =
        connection()->client()->send(requests::evict(p.pod.namespace_, p.pod.name));
    connect(request, &ApiRequest::finished, this,
            [this, index, request] { onEvicted(index, request); });
    Q_EMIT progressChanged();
}

void DrainOperation::onEvicted(int index, ApiRequest *request)
{
    request->deleteLater();
    if (isDone())
        return;
    EvictionProgress &p = m_progress[index];
    if (request->ok()) {
        p.state = EvictionProgress::State::Terminating;
        p.detail.clear();
    } else if (request->error().kind == ApiErrorKind::NotFound) {
        p.state = EvictionProgress::State::Gone;
        p.detail.clear();
    } else if (request->error().kind == ApiErrorKind::TooManyRequests) {
        // The budget allows no disruption now: ask again once the pods it counts have
        // come back elsewhere.
        ++m_budgetWaits;
        const bool first = p.state != EvictionProgress::State::BlockedByBudget;
        p.state = EvictionProgress::State::BlockedByBudget;
        p.detail = request->error().message;
        if (first)
            Q_EMIT stepReached(
                tr("%1 waits for its disruption budget: %2").arg(p.pod.key(), p.detail));
        QTimer::singleShot(m_retryMs, this, [this, index] {
            if (!isDone() && m_progress[index].state == EvictionProgress::State::BlockedByBudget)
                evict(index);
        });
    } else {
        p.state = EvictionProgress::State::Failed;
        p.detail = request->error().describe();
        stopWork();
        fail(tr("Could not evict %1: %2; %3 stays cordoned.").arg(p.pod.key(), p.detail, m_node));
        return;
    }
    checkGone();
}

void DrainOperation::checkGone()
{
    if (isDone() || !m_evicting || connectionGone())
        return;
    bool changed = false;
    for (EvictionProgress &p : m_progress) {
        if (p.state != EvictionProgress::State::Terminating)
            continue;
        // Gone when the pod (this incarnation of it: a StatefulSet re-uses names) has left.
        const PodInfo *pod = connection()->pods()->find(p.pod.key());
        if (!pod || pod->meta.uid.toString() != p.pod.uid || pod->nodeName != m_node) {
            p.state = EvictionProgress::State::Gone;
            changed = true;
        }
    }
    const int gone = goneCount();
    setMessage(
        tr("%1 of %n pod(s) moved off %2", nullptr, int(m_progress.size())).arg(gone).arg(m_node));
    if (changed)
        Q_EMIT progressChanged();
    if (gone == m_progress.size()) {
        stopWork();
        succeed(
            tr("%1 drained: %n pod(s) evicted; it stays cordoned", nullptr, int(m_progress.size()))
                .arg(m_node));
    }
}

void DrainOperation::stopWork()
{
    m_deadline.stop();
    m_poll.stop();
}

} // namespace maestro::lifecycle

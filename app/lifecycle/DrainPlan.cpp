// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lifecycle/DrainPlan.h"

#include "app/kube/ApiClient.h"

#include <QJsonArray>
#include <QSettings>

namespace maestro::lifecycle {

using namespace maestro::kube;

namespace {
constexpr int kDefaultTimeoutSeconds = 300;

QStringList keysOf(const QList<DrainPod> &pods)
{
    QStringList keys;
    for (const DrainPod &pod : pods)
        keys << pod.key();
    return keys;
}
} // namespace

int DrainOptions::configuredTimeoutSeconds()
{
    bool ok = false;
    const int seconds =
        QSettings().value(QStringLiteral("lifecycle/drainTimeoutSeconds")).toInt(&ok);
    return ok && seconds > 0 ? seconds : kDefaultTimeoutSeconds;
}

QList<DrainPod> DrainPlan::withLocalStorage() const
{
    QList<DrainPod> pods;
    for (const DrainPod &pod : toEvict) {
        if (pod.localStorage)
            pods << pod;
    }
    return pods;
}

QList<DrainPod> DrainPlan::bare() const
{
    QList<DrainPod> pods;
    for (const DrainPod &pod : toEvict) {
        if (pod.bare)
            pods << pod;
    }
    return pods;
}

QList<DisruptionBudgetInfo> DrainPlan::blockingBudgets() const
{
    QList<DisruptionBudgetInfo> blocking;
    for (const DisruptionBudgetInfo &budget : budgets) {
        if (budget.disruptionsAllowed <= 0)
            blocking << budget;
    }
    return blocking;
}

QList<DrainPod> DrainPlan::overBudgeted() const
{
    QList<DrainPod> pods;
    for (const DrainPod &pod : toEvict) {
        if (pod.budgets.size() > 1)
            pods << pod;
    }
    return pods;
}

QString DrainPlan::refusal(const DrainOptions &options) const
{
    QStringList reasons;
    const QList<DrainPod> local = withLocalStorage();
    if (!local.isEmpty() && !options.deleteLocalData)
        reasons << tr("%n pod(s) keep data in local storage (emptyDir) that is lost when they "
                      "move: %1. Allow deleting local data to go ahead.",
                      nullptr, int(local.size()))
                       .arg(keysOf(local).join(QStringLiteral(", ")));
    const QList<DrainPod> bareOnes = bare();
    if (!bareOnes.isEmpty() && !options.force)
        reasons << tr("%n pod(s) have no controller and would not be re-created anywhere: %1. "
                      "Allow deleting them to go ahead.",
                      nullptr, int(bareOnes.size()))
                       .arg(keysOf(bareOnes).join(QStringLiteral(", ")));
    const QList<DrainPod> over = overBudgeted();
    if (!over.isEmpty())
        reasons << tr("%n pod(s) are covered by more than one disruption budget, which the "
                      "eviction API refuses: %1.",
                      nullptr, int(over.size()))
                       .arg(keysOf(over).join(QStringLiteral(", ")));
    return reasons.join(u'\n');
}

DrainPlan DrainPlan::build(const QString &node, const QList<QJsonObject> &pods,
                           const QList<DisruptionBudgetInfo> &budgets)
{
    DrainPlan plan;
    plan.node = node;
    QSet<QString> covering;
    for (const QJsonObject &object : pods) {
        const auto pod = decodePod(object);
        if (!pod || pod->nodeName != node)
            continue;
        DrainPod entry;
        entry.namespace_ = pod->meta.namespace_;
        entry.name = pod->meta.name;
        entry.uid = pod->meta.uid.toString();
        entry.ownerKind = pod->ownerKind;
        entry.ownerName = pod->ownerName;
        entry.localStorage = pod->localStorage;
        entry.running = pod->phase == PodPhase::Running;
        // kubectl drain's filters: DaemonSet pods come back at once, mirror pods are the
        // kubelet's own; neither is evicted.
        if (pod->isDaemonSetPod() || pod->mirror) {
            plan.staying << entry;
            continue;
        }
        // A finished pod has nothing to lose; a bare running one would be gone for good.
        entry.bare = pod->ownerKind.isEmpty() && !pod->isTerminal();
        const QHash<QString, QString> labels = decodeLabels(object);
        for (const DisruptionBudgetInfo &budget : budgets) {
            if (budget.covers(entry.namespace_, labels)) {
                entry.budgets << budget.meta.name;
                covering.insert(budget.meta.key());
            }
        }
        plan.toEvict << entry;
    }
    for (const DisruptionBudgetInfo &budget : budgets) {
        if (covering.contains(budget.meta.key()))
            plan.budgets << budget;
    }
    auto byKey = [](const DrainPod &a, const DrainPod &b) { return a.key() < b.key(); };
    std::sort(plan.toEvict.begin(), plan.toEvict.end(), byKey);
    std::sort(plan.staying.begin(), plan.staying.end(), byKey);
    return plan;
}

DrainPlanLoader::DrainPlanLoader(ApiClient *client, QString node, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_node(std::move(node))
{}

void DrainPlanLoader::start()
{
    if (!m_client) {
        Q_EMIT failed(tr("The cluster connection is gone."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldSelector"), QStringLiteral("spec.nodeName=") + m_node);
    m_pods = m_client->get(QStringLiteral("/api/v1/pods"), query, QStringLiteral("pods"));
    m_budgets = m_client->get(QStringLiteral("/apis/policy/v1/poddisruptionbudgets"), {},
                              QStringLiteral("poddisruptionbudgets"));
    m_pending = 2;
    connect(m_pods, &ApiRequest::finished, this, &DrainPlanLoader::onFinished);
    connect(m_budgets, &ApiRequest::finished, this, &DrainPlanLoader::onFinished);
}

void DrainPlanLoader::onFinished()
{
    if (--m_pending > 0)
        return;
    m_pods->deleteLater();
    m_budgets->deleteLater();
    if (!m_pods->ok()) {
        Q_EMIT failed(
            tr("Could not list the pods on %1: %2").arg(m_node, m_pods->error().describe()));
        return;
    }
    QList<DisruptionBudgetInfo> budgets;
    // A cluster without policy/v1 (or without the right to list budgets) has none to honour
    // here; the eviction API still enforces whatever exists.
    if (m_budgets->ok()) {
        for (const QJsonValue &item : m_budgets->json().value(QLatin1String("items")).toArray()) {
            if (const auto budget = decodeDisruptionBudget(item.toObject()))
                budgets << *budget;
        }
    }
    QList<QJsonObject> pods;
    for (const QJsonValue &item : m_pods->json().value(QLatin1String("items")).toArray())
        pods << item.toObject();
    Q_EMIT loaded(DrainPlan::build(m_node, pods, budgets));
}

} // namespace maestro::lifecycle

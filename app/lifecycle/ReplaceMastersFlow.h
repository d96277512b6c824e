// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/lifecycle/LifecycleOperation.h"

#include <QStringList>
#include <QTimer>

#include <optional>

namespace maestro::kube {
class ApiRequest;
}

namespace maestro::lifecycle {

/// Where a replacement of the masters stands: what is kept across an app restart.
struct ReplaceMastersState
{
    QString instanceType; ///< the new size
    QString templateName; ///< its machine template
    int count = 3;        ///< masters wanted in the end (odd)
    QStringList oldMachines;
    int step = 0; ///< index into ReplaceMastersFlow::steps()

    /// Saved under QSettings lifecycle/replaceMasters/<clusterKey>.
    void save(const QString &clusterKey) const;
    static std::optional<ReplaceMastersState> load(const QString &clusterKey);
    static void clear(const QString &clusterKey);
};

/**
 * The guided replacement of undersized masters: the KubeadmControlPlane's machine
 * template changes to the larger size and its replica count rises to the (odd) number
 * wanted, so new masters of that size join; once they are Ready and etcd is healthy,
 * the old masters go one at a time (their Machine deleted, the control plane replacing
 * each with one of the new size, keeping the count odd), each followed until etcd is
 * healthy again. The state is saved after every step, so the flow resumes after a restart.
 */
class ReplaceMastersFlow : public LifecycleOperation
{
    Q_OBJECT
public:
    enum class StepState { Pending, Active, Done, Failed };
    struct StepView
    {
        QString text;
        StepState state = StepState::Pending;
    };

    /// A new flow; the old masters are the ones there now.
    ReplaceMastersFlow(kube::ClusterConnection *connection, QString clusterKey,
                       QString instanceType, int count, QObject *parent = nullptr);
    /// A flow saved before (ReplaceMastersState::load), continued where it stood.
    ReplaceMastersFlow(kube::ClusterConnection *connection, QString clusterKey,
                       ReplaceMastersState state, QObject *parent = nullptr);

    /// Finds the size's template and the masters to replace without changing anything, so
    /// the steps can be shown before the flow starts; false with the reason in message().
    bool prepare();

    QString kindKey() const override { return QStringLiteral("replace-masters"); }
    QString title() const override;
    QString object() const override;
    const ReplaceMastersState &state() const { return m_state; }
    /// Why prepare() failed; empty otherwise.
    QString prepareError() const { return m_prepareError; }
    QList<StepView> steps() const;
    bool resumed() const { return m_resumed; }
    /// Time allowed for each wait (new masters, each replacement); default 20 minutes.
    void setStepTimeout(int seconds) { m_stepTimeoutSeconds = seconds; }

protected:
    void run() override;
    void stopWork() override;

private:
    void enterStep(int step);
    void changeTemplate(bool afterConflict);
    void onControlPlaneRead(kube::ApiRequest *request, bool afterConflict);
    void check();
    bool controlPlaneSettled(QString *why) const;
    void replaceOld(int index);

    QString m_clusterKey;
    ReplaceMastersState m_state;
    bool m_resumed = false;
    bool m_deleteSent = false;
    int m_conflicts = 0;
    QString m_controlPlaneNamespace;
    QString m_controlPlaneName;
    QTimer m_poll;
    QTimer m_deadline;
    int m_stepTimeoutSeconds = 1200;
    int m_failedStep = -1;
    QString m_prepareError;
};

} // namespace maestro::lifecycle

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/lifecycle/DrainPlan.h"
#include "app/lifecycle/LifecycleOperation.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::ui {

/**
 * What draining (or removing) servers will do, before anything starts: the pods that
 * move, the ones that stay, and what blocks (budgets allowing no disruption now, pods
 * with local storage, pods without a controller), with kubectl's two permissions and
 * the timeout. Once started it follows the operation pod by pod and can stop it.
 */
class DrainDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Drain, Remove };

    DrainDialog(kube::ClusterConnection *connection, QStringList nodes, Mode mode,
                QWidget *parent = nullptr);

    lifecycle::DrainOptions options() const;
    /// The plans loaded so far, by node.
    QList<lifecycle::DrainPlan> plans() const { return m_plans.values(); }
    bool plansLoaded() const { return m_plans.size() == m_nodes.size(); }
    /// Shows the operation's progress; the dialog stays open until closed.
    void follow(const QList<lifecycle::LifecycleOperation *> &operations);
    QPushButton *startButton() const { return m_start; }
    QCheckBox *allowLocalData() const { return m_localData; }
    QCheckBox *allowBare() const { return m_bare; }
    /// Shows a node's plan as its loader delivers it (tests hand one in directly).
    void showPlan(const lifecycle::DrainPlan &plan);

Q_SIGNALS:
    void startRequested();

private:
    void updatePlanView();
    /// Widens the dialog (never beyond the screen) so that whole pod names fit.
    void fitToContents();
    void updateProgress();

    QPointer<kube::ClusterConnection> m_connection;
    QStringList m_nodes;
    Mode m_mode;
    QHash<QString, lifecycle::DrainPlan> m_plans;
    QString m_guardRefusal;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QCheckBox *m_localData;
    QCheckBox *m_bare;
    QSpinBox *m_timeout;
    QLabel *m_problem;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QList<QPointer<lifecycle::LifecycleOperation>> m_operations;
};

} // namespace maestro::ui

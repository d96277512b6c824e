// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <QDialog>
class QWidget;

namespace maestro::kube {
class ClusterConnection;
}
namespace maestro::lifecycle {
class LifecycleOperation;
class ReplaceMastersFlow;
} // namespace maestro::lifecycle

namespace maestro::ui {

/**
 * The Servers page's node actions: each asks for confirmation in plain words (a dialog
 * that shows what will happen), then runs as an operation the page and the timeline
 * follow.
 */
class LifecycleActions : public QObject
{
    Q_OBJECT
public:
    explicit LifecycleActions(QWidget *dialogParent);

    void setConnection(kube::ClusterConnection *connection);
    /// Where an interrupted replacement of the masters is kept for this cluster.
    QString clusterKey() const;

    void cordon(const QStringList &nodes);
    void uncordon(const QStringList &nodes);
    void drain(const QStringList &nodes);
    void remove(const QStringList &nodes);
    /// The advisor's master-undersized finding: `count` masters of `instanceType`.
    void replaceMasters(const QString &instanceType, int count);
    bool hasInterruptedReplacement() const;
    void resumeReplacement();

    /// The confirmation or progress dialog open now (for tests and screenshots).
    QDialog *currentDialog() const { return m_dialog; }
    QList<lifecycle::LifecycleOperation *> operations() const;
    /// One line per operation running or recently ended, for the page's banner.
    QString statusText() const;

Q_SIGNALS:
    void operationStarted(maestro::lifecycle::LifecycleOperation *operation);
    void changed();

private:
    void confirmCordon(const QStringList &nodes, bool unschedulable);
    void openReplaceDialog(lifecycle::ReplaceMastersFlow *flow);
    void run(lifecycle::LifecycleOperation *operation);

    QWidget *m_parent;
    QPointer<kube::ClusterConnection> m_connection;
    QPointer<QDialog> m_dialog;
    QList<QPointer<lifecycle::LifecycleOperation>> m_operations;
};

} // namespace maestro::ui

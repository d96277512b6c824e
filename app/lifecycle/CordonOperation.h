// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/lifecycle/LifecycleOperation.h"

#include <QStringList>
#include <QTimer>

namespace maestro::lifecycle {

/**
 * Cordon or uncordon nodes: spec.unschedulable through a merge patch, then wait until
 * the app's own picture of the nodes shows it, so the Servers table agrees when it ends.
 */
class CordonOperation : public LifecycleOperation
{
    Q_OBJECT
public:
    CordonOperation(kube::ClusterConnection *connection, QStringList nodes, bool unschedulable,
                    QObject *parent = nullptr);

    QString kindKey() const override;
    QString title() const override;
    QString object() const override;
    const QStringList &nodes() const { return m_nodes; }
    bool unschedulable() const { return m_unschedulable; }

protected:
    void run() override;
    void stopWork() override { m_confirm.stop(); }

private:
    void checkApplied();

    QStringList m_nodes;
    bool m_unschedulable;
    int m_pending = 0;
    QStringList m_errors;
    QTimer m_confirm;
    int m_confirmTicks = 0;
};

} // namespace maestro::lifecycle

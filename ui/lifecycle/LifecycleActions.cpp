// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/LifecycleActions.h"

#include "app/kube/ClusterConnection.h"
#include "app/lifecycle/CordonOperation.h"
#include "app/lifecycle/DrainOperation.h"
#include "app/lifecycle/RemoveServerOperation.h"
#include "app/lifecycle/ReplaceMastersFlow.h"
#include "ui/lifecycle/DrainDialog.h"
#include "ui/lifecycle/ReplaceMastersDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace maestro::ui {

using namespace maestro::lifecycle;

LifecycleActions::LifecycleActions(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
{}

void LifecycleActions::setConnection(kube::ClusterConnection *connection)
{
    m_connection = connection;
    Q_EMIT changed();
}

QString LifecycleActions::clusterKey() const
{
    if (!m_connection)
        return {};
    return m_connection->context().name + u'@' + m_connection->context().server.toString();
}

void LifecycleActions::cordon(const QStringList &nodes)
{
    confirmCordon(nodes, true);
}

void LifecycleActions::uncordon(const QStringList &nodes)
{
    confirmCordon(nodes, false);
}

void LifecycleActions::confirmCordon(const QStringList &nodes, bool unschedulable)
{
    if (!m_connection || nodes.isEmpty())
        return;
    const QString names = nodes.join(QStringLiteral(", "));
    const int n = int(nodes.size());
    auto *box =
        new QMessageBox(QMessageBox::Question,
                        unschedulable ? tr("Cordon %n server(s)", nullptr, n)
                                      : tr("Uncordon %n server(s)", nullptr, n),
                        unschedulable ? tr("No new pods will be scheduled on %1. Pods already "
                                           "running there keep running. You can uncordon at any "
                                           "time.")
                                            .arg(names)
                                      : tr("New pods may be scheduled on %1 again.").arg(names),
                        QMessageBox::NoButton, m_parent);
    box->setObjectName(unschedulable ? QStringLiteral("cordonConfirmDialog")
                                     : QStringLiteral("uncordonConfirmDialog"));
    QPushButton *ok =
        box->addButton(unschedulable ? tr("Cordon") : tr("Uncordon"), QMessageBox::AcceptRole);
    ok->setObjectName(QStringLiteral("startButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(ok, &QPushButton::clicked, this, [this, nodes, unschedulable] {
        run(new CordonOperation(m_connection, nodes, unschedulable, this));
    });
    m_dialog = box;
    box->open();
}

void LifecycleActions::drain(const QStringList &nodes)
{
    if (!m_connection || nodes.isEmpty())
        return;
    auto *dialog = new DrainDialog(m_connection, nodes, DrainDialog::Mode::Drain, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrainDialog::startRequested, this, [this, dialog, nodes] {
        QList<LifecycleOperation *> started;
        for (const QString &node : nodes) {
            auto *op = new DrainOperation(m_connection, node, dialog->options(), this);
            started << op;
        }
        dialog->follow(started);
        for (LifecycleOperation *op : started)
            run(op);
    });
    m_dialog = dialog;
    dialog->open();
}

void LifecycleActions::remove(const QStringList &nodes)
{
    if (!m_connection || nodes.isEmpty())
        return;
    auto *dialog = new DrainDialog(m_connection, nodes, DrainDialog::Mode::Remove, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrainDialog::startRequested, this, [this, dialog, nodes] {
        auto *op = new RemoveServerOperation(m_connection, nodes, dialog->options(), this);
        dialog->follow({op});
        run(op);
    });
    m_dialog = dialog;
    dialog->open();
}

void LifecycleActions::replaceMasters(const QString &instanceType, int count)
{
    if (!m_connection)
        return;
    if (hasInterruptedReplacement()) {
        resumeReplacement();
        return;
    }
    auto *flow = new ReplaceMastersFlow(m_connection, clusterKey(), instanceType, count, this);
    openReplaceDialog(flow);
}

bool LifecycleActions::hasInterruptedReplacement() const
{
    if (!m_connection)
        return false;
    for (const auto &op : m_operations) {
        if (op && !op->isDone() && qobject_cast<ReplaceMastersFlow *>(op.data()))
            return false; // running now, not interrupted
    }
    return ReplaceMastersState::load(clusterKey()).has_value();
}

void LifecycleActions::resumeReplacement()
{
    const auto state = ReplaceMastersState::load(clusterKey());
    if (!m_connection || !state)
        return;
    auto *flow = new ReplaceMastersFlow(m_connection, clusterKey(), *state, this);
    openReplaceDialog(flow);
}

void LifecycleActions::openReplaceDialog(ReplaceMastersFlow *flow)
{
    flow->prepare();
    auto *dialog = new ReplaceMastersDialog(flow, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplaceMastersDialog::startRequested, this, [this, flow] { run(flow); });
    connect(dialog, &QDialog::finished, flow, [flow] {
        if (flow->phase() == LifecycleOperation::Phase::NotStarted)
            flow->deleteLater();
    });
    m_dialog = dialog;
    dialog->open();
}

void LifecycleActions::run(LifecycleOperation *operation)
{
    m_operations.append(operation);
    connect(operation, &LifecycleOperation::progressChanged, this, &LifecycleActions::changed);
    Q_EMIT operationStarted(operation);
    operation->start();
    Q_EMIT changed();
}

QList<LifecycleOperation *> LifecycleActions::operations() const
{
    QList<LifecycleOperation *> list;
    for (const auto &op : m_operations) {
        if (op)
            list << op;
    }
    return list;
}

QString LifecycleActions::statusText() const
{
    QStringList lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &op : m_operations) {
        if (!op)
            continue;
        if (!op->isDone())
            lines << tr("%1: %2").arg(op->title(), op->message());
        else if (op->finishedAt().secsTo(now) < 120)
            lines << op->message();
    }
    if (hasInterruptedReplacement())
        lines << tr("A replacement of the masters was interrupted; Resume continues it.");
    return lines.join(u'\n');
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/DrainDialog.h"

#include "app/kube/ClusterConnection.h"
#include "app/lifecycle/DrainOperation.h"
#include "app/lifecycle/LifecycleGuards.h"
#include "app/lifecycle/RemoveServerOperation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace maestro::ui {

using namespace maestro::kube;
using namespace maestro::lifecycle;

namespace {

QString stateText(EvictionProgress::State state)
{
    switch (state) {
    case EvictionProgress::State::Waiting:
        return DrainDialog::tr("Waiting");
    case EvictionProgress::State::Evicting:
        return DrainDialog::tr("Evicting");
    case EvictionProgress::State::BlockedByBudget:
        return DrainDialog::tr("Waiting for its disruption budget");
    case EvictionProgress::State::Terminating:
        return DrainDialog::tr("Stopping");
    case EvictionProgress::State::Gone:
        return DrainDialog::tr("Moved");
    case EvictionProgress::State::Failed:
        return DrainDialog::tr("Failed");
    }
    return {};
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &text)
{
    auto *item = new QTreeWidgetItem(tree, {text});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setExpanded(true);
    return item;
}

} // namespace

DrainDialog::DrainDialog(ClusterConnection *connection, QStringList nodes, Mode mode,
                         QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_nodes(std::move(nodes))
    , m_mode(mode)
{
    setObjectName(mode == Mode::Drain ? QStringLiteral("drainDialog")
                                      : QStringLiteral("removeServerDialog"));
    const QString names = m_nodes.join(QStringLiteral(", "));
    setWindowTitle(mode == Mode::Drain ? tr("Drain %1").arg(names) : tr("Remove %1").arg(names));
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setText(
        mode == Mode::Drain
            ? tr("Draining first marks %n server(s) unschedulable (cordon), so that no new pods "
                 "start there. Then every pod is asked to move through the Eviction API, which "
                 "respects disruption budgets: a pod whose budget allows no disruption now is "
                 "asked again until it may go. DaemonSet and static pods stay. The servers stay "
                 "cordoned afterwards, also when you stop the drain.",
                 nullptr, int(m_nodes.size()))
            : tr("Removing drains %n server(s) first (see below), then marks each machine for "
                 "deletion and lowers its group's server count by one, so that Cluster API "
                 "deletes exactly these machines. Their cloud servers are released.",
                 nullptr, int(m_nodes.size())));
    layout->addWidget(m_intro);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("drainPlanTree"));
    m_tree->setHeaderLabels({tr("Pod"), tr("Server"), tr("Note")});
    // Pod and server names are what the admin checks: show them whole (a node's pods are
    // at most a few hundred rows, cheap to measure). The note takes the rest; when the
    // names need more than the screen allows, the tree scrolls sideways instead of eliding.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_tree->setRootIsDecorated(true);
    layout->addWidget(m_tree, 1);

    auto *form = new QFormLayout;
    m_localData = new QCheckBox(tr("Delete local data: pods with emptyDir volumes lose it"), this);
    m_localData->setObjectName(QStringLiteral("allowLocalData"));
    m_bare = new QCheckBox(tr("Delete pods without a controller: nothing re-creates them"), this);
    m_bare->setObjectName(QStringLiteral("allowBare"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("drainTimeout"));
    m_timeout->setRange(10, 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(DrainOptions::configuredTimeoutSeconds());
    form->addRow(m_localData);
    form->addRow(m_bare);
    form->addRow(tr("Give up after"), m_timeout);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("drainProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);
    m_status = new QLabel(tr("Reading the pods on the server…"), this);
    m_status->setObjectName(QStringLiteral("drainStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(this);
    m_start = m_buttons->addButton(mode == Mode::Drain ? tr("Drain") : tr("Remove"),
                                   QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setEnabled(false);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);
    connect(m_start, &QPushButton::clicked, this, [this] {
        m_start->setEnabled(false);
        m_localData->setEnabled(false);
        m_bare->setEnabled(false);
        m_timeout->setEnabled(false);
        Q_EMIT startRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        bool running = false;
        for (const auto &op : m_operations) {
            if (op && !op->isDone()) {
                op->cancel();
                running = true;
            }
        }
        if (!running)
            reject();
    });
    connect(m_localData, &QCheckBox::toggled, this, &DrainDialog::updatePlanView);
    connect(m_bare, &QCheckBox::toggled, this, &DrainDialog::updatePlanView);

    if (mode == Mode::Remove && m_connection) {
        QString controlPlane;
        const auto planes = m_connection->controlPlanes()->items();
        if (!planes.isEmpty())
            controlPlane = planes.begin()->meta.name;
        m_guardRefusal =
            LifecycleGuards::planRemoval(m_nodes, m_connection->nodes()->items().values(),
                                         m_connection->machines()->items().values(), controlPlane)
                .refusal;
    }
    for (const QString &node : m_nodes) {
        if (!m_connection)
            break;
        auto *loader = new DrainPlanLoader(m_connection->client(), node, this);
        connect(loader, &DrainPlanLoader::loaded, this, [this, loader](const DrainPlan &plan) {
            loader->deleteLater();
            showPlan(plan);
        });
        connect(loader, &DrainPlanLoader::failed, this, [this, loader](const QString &error) {
            loader->deleteLater();
            m_problem->setText(error);
        });
        loader->start();
    }
    updatePlanView();
}

DrainOptions DrainDialog::options() const
{
    DrainOptions options;
    options.deleteLocalData = m_localData->isChecked();
    options.force = m_bare->isChecked();
    options.timeoutSeconds = m_timeout->value();
    return options;
}

void DrainDialog::showPlan(const DrainPlan &plan)
{
    m_plans.insert(plan.node, plan);
    updatePlanView();
}

void DrainDialog::fitToContents()
{
    // What the columns ask for (the tree column's hint includes its indentation), with a
    // modest share for the notes, whose whole text is in their tooltip.
    constexpr int notesShare = 320;
    const QAbstractItemView *view = m_tree; // the hint is public through the base class
    const int columns = std::max(view->sizeHintForColumn(0), m_tree->header()->sectionSizeHint(0)) +
                        std::max(view->sizeHintForColumn(1), m_tree->header()->sectionSizeHint(1)) +
                        std::min(view->sizeHintForColumn(2), notesShare);
    const QMargins margins = layout()->contentsMargins();
    const int wanted = columns + 2 * m_tree->frameWidth() +
                       m_tree->verticalScrollBar()->sizeHint().width() + margins.left() +
                       margins.right();
    int limit = wanted;
    if (const QScreen *screen = this->screen())
        limit = screen->availableGeometry().width() - 2 * margins.left();
    const int width = std::min(std::max(wanted, this->width()), std::max(limit, minimumWidth()));
    if (width > this->width())
        resize(width, height());
}

void DrainDialog::updatePlanView()
{
    if (!m_operations.isEmpty())
        return;
    m_tree->clear();
    QTreeWidgetItem *moving = group(m_tree, QString());
    QTreeWidgetItem *blocking = group(m_tree, QString());
    QTreeWidgetItem *staying = group(m_tree, QString());
    int moves = 0, blocks = 0, stays = 0;
    QStringList refusals;
    const DrainOptions opts = options();
    for (const QString &node : m_nodes) {
        if (!m_plans.contains(node))
            continue;
        const DrainPlan &plan = m_plans[node];
        for (const DrainPod &pod : plan.toEvict) {
            QStringList notes;
            if (!pod.budgets.isEmpty())
                notes << tr("budget %1").arg(pod.budgets.join(QStringLiteral(", ")));
            if (pod.localStorage)
                notes << tr("local storage (emptyDir)");
            if (pod.bare)
                notes << tr("no controller");
            // A pod the options do not yet allow to go blocks; it moves once they do.
            const bool blocked =
                (pod.localStorage && !opts.deleteLocalData) || (pod.bare && !opts.force);
            auto *item = new QTreeWidgetItem(blocked ? blocking : moving,
                                             {pod.key(), node, notes.join(QStringLiteral("; "))});
            item->setToolTip(0, pod.key());
            item->setToolTip(2, item->text(2));
            ++(blocked ? blocks : moves);
        }
        for (const DisruptionBudgetInfo &budget : plan.blockingBudgets()) {
            new QTreeWidgetItem(
                blocking, {tr("Budget %1").arg(budget.meta.key()), node,
                           tr("allows no disruption now (%1 of %2 healthy needed): the drain waits")
                               .arg(budget.desiredHealthy)
                               .arg(budget.currentHealthy)});
            ++blocks;
        }
        for (const DrainPod &pod : plan.staying) {
            auto *item = new QTreeWidgetItem(
                staying, {pod.key(), node,
                          pod.ownerKind == u"DaemonSet" ? tr("DaemonSet pod") : tr("static pod")});
            item->setToolTip(0, pod.key());
            ++stays;
        }
        const QString refusal = plan.refusal(opts);
        if (!refusal.isEmpty())
            refusals << refusal;
    }
    moving->setText(0, tr("Will move (%1)").arg(moves));
    blocking->setText(0, tr("Blocks or waits (%1)").arg(blocks));
    staying->setText(0, tr("Stays on the server (%1)").arg(stays));
    if (!m_guardRefusal.isEmpty())
        refusals.prepend(m_guardRefusal);
    m_problem->setText(refusals.join(u'\n'));
    m_problem->setVisible(!refusals.isEmpty());
    if (plansLoaded())
        m_status->setText(tr("Nothing has changed yet."));
    m_start->setEnabled(plansLoaded() && refusals.isEmpty());
    fitToContents();
}

void DrainDialog::follow(const QList<LifecycleOperation *> &operations)
{
    for (LifecycleOperation *op : operations) {
        m_operations << op;
        connect(op, &LifecycleOperation::progressChanged, this, &DrainDialog::updateProgress);
    }
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop evicting; the servers stay cordoned"));
    m_tree->setObjectName(QStringLiteral("drainProgressTree"));
    m_tree->setHeaderLabels({tr("Pod"), tr("Server"), tr("State")});
    updateProgress();
}

void DrainDialog::updateProgress()
{
    m_tree->clear();
    QStringList messages;
    bool running = false;
    for (const auto &op : m_operations) {
        if (!op)
            continue;
        running = running || !op->isDone();
        messages << op->message();
        const DrainOperation *drain = qobject_cast<const DrainOperation *>(op.data());
        if (const auto *remove = qobject_cast<const RemoveServerOperation *>(op.data()))
            drain = remove->currentDrain();
        if (!drain)
            continue;
        QTreeWidgetItem *node = group(m_tree, drain->node());
        for (const EvictionProgress &p : drain->pods()) {
            auto *item = new QTreeWidgetItem(
                node, {p.pod.key(), drain->node(),
                       p.detail.isEmpty() ? stateText(p.state)
                                          : stateText(p.state) + QStringLiteral(": ") + p.detail});
            item->setToolTip(0, p.pod.key());
            item->setToolTip(2, item->text(2));
        }
    }
    fitToContents();
    m_status->setText(messages.join(u'\n'));
    m_problem->hide();
    if (!running) {
        m_cancel->setText(tr("Close"));
        m_cancel->setToolTip({});
        disconnect(m_cancel, nullptr, nullptr, nullptr);
        connect(m_cancel, &QPushButton::clicked, this, &QDialog::accept);
    }
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/ReplaceMastersDialog.h"

#include "app/lifecycle/ReplaceMastersFlow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace maestro::ui {

using namespace maestro::lifecycle;

ReplaceMastersDialog::ReplaceMastersDialog(ReplaceMastersFlow *flow, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
{
    setObjectName(QStringLiteral("replaceMastersDialog"));
    setWindowTitle(tr("Replace the masters"));
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    const ReplaceMastersState &state = flow->state();
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setText(
        flow->resumed()
            ? tr("A replacement of the masters with %1 was interrupted. It continues where it "
                 "stopped; steps already done are checked, not repeated.")
                  .arg(state.instanceType)
            : tr("The masters are replaced by %n master(s) of size %1. New masters of that size "
                 "join first; once they are Ready and etcd is healthy, the old masters go one at "
                 "a time, each replaced by a new one, so that etcd keeps its majority "
                 "throughout. The cluster stays available; it takes several minutes per master.",
                 nullptr, state.count)
                  .arg(state.instanceType));
    layout->addWidget(m_intro);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("replaceSteps"));
    layout->addWidget(m_steps, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("replaceStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(flow->resumed() ? tr("Resume") : tr("Replace masters"),
                                 QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_stop = buttons->addButton(QDialogButtonBox::Cancel);
    m_stop->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, [this] {
        m_start->setEnabled(false);
        Q_EMIT startRequested();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_flow && m_flow->phase() == LifecycleOperation::Phase::Running)
            m_flow->cancel();
        else
            reject();
    });
    connect(flow, &LifecycleOperation::progressChanged, this, &ReplaceMastersDialog::update);
    if (!flow->prepareError().isEmpty()) {
        m_status->setText(flow->prepareError());
        m_start->setEnabled(false);
    }
    update();
}

void ReplaceMastersDialog::update()
{
    if (!m_flow)
        return;
    m_steps->clear();
    for (const ReplaceMastersFlow::StepView &step : m_flow->steps()) {
        QString mark;
        switch (step.state) {
        case ReplaceMastersFlow::StepState::Pending:
            mark = tr("Pending");
            break;
        case ReplaceMastersFlow::StepState::Active:
            mark = tr("In progress");
            break;
        case ReplaceMastersFlow::StepState::Done:
            mark = tr("Done");
            break;
        case ReplaceMastersFlow::StepState::Failed:
            mark = tr("Failed");
            break;
        }
        //: a step of the master replacement and its state
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(step.text, mark), m_steps);
        item->setData(Qt::UserRole, int(step.state));
        QFont font = item->font();
        font.setBold(step.state == ReplaceMastersFlow::StepState::Active);
        item->setFont(font);
    }
    if (m_flow->phase() != LifecycleOperation::Phase::NotStarted)
        m_status->setText(m_flow->message());
    if (m_flow->isDone()) {
        m_stop->setText(tr("Close"));
        m_start->setEnabled(false);
    } else if (m_flow->phase() == LifecycleOperation::Phase::Running) {
        m_stop->setText(tr("Stop"));
        m_stop->setToolTip(tr("Stop after the current request; the flow can be resumed later"));
    }
}

} // namespace maestro::ui

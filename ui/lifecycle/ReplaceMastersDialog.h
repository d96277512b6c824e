// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace maestro::lifecycle {
class ReplaceMastersFlow;
}

namespace maestro::ui {

/**
 * The guided replacement of the masters: what will happen in plain words, every step
 * with its state while it runs, and a Stop that leaves the flow resumable.
 */
class ReplaceMastersDialog : public QDialog
{
    Q_OBJECT
public:
    /// `flow` is prepared (its steps known) but may not have started yet.
    explicit ReplaceMastersDialog(lifecycle::ReplaceMastersFlow *flow, QWidget *parent = nullptr);

    QPushButton *startButton() const { return m_start; }
    QListWidget *stepList() const { return m_steps; }

Q_SIGNALS:
    void startRequested();

private:
    void update();

    QPointer<lifecycle::ReplaceMastersFlow> m_flow;
    QLabel *m_intro;
    QListWidget *m_steps;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_stop;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

namespace maestro::ui {

/**
 * The keyboard shortcuts overview (F1 or ?): every window action that has a shortcut,
 * by menu, read from the actions themselves when it opens, so it cannot fall behind
 * what the keys really do; then the wizard's and the dialogs' keys.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

    /// Reads the window's actions again.
    void refresh();
    QTreeWidget *tree() const { return m_tree; }

private:
    /// Keys of the wizard and the dialogs, which have no actions of their own.
    void addDialogKeys();

    QWidget *m_window;
    QTreeWidget *m_tree;
};

} // namespace maestro::ui

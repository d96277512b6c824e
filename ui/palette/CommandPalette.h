// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/palette/Commands.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace maestro::ui {

/**
 * The command palette (Ctrl+K): a search field over the window's commands, fuzzy
 * matched as you type, best match first; Up/Down choose, Enter runs, Escape closes.
 * It also serves lists the window offers (the clusters of "Switch cluster…").
 */
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *window);

    /// Shows the palette over `commands`, the field empty and its placeholder set.
    void popup(const QList<Command> &commands, const QString &placeholder);
    /// The names in the list as it is now, best match first.
    QStringList visibleNames() const;
    QLineEdit *searchField() const { return m_search; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refilter();
    void runCurrent();

    QLineEdit *m_search;
    QListWidget *m_list;
    QList<Command> m_commands;
};

} // namespace maestro::ui

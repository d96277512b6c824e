// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace maestro::ui {

/// One thing the command palette can run: a window action, or an entry of a list the
/// window offers (a cluster to switch to).
struct Command
{
    QString name;     ///< as the menu shows it, without the mnemonic's "&"
    QString category; ///< the menu it lives in ("Go", "Cluster", ...)
    QList<QKeySequence> shortcuts;
    bool enabled = true;
    QPointer<QAction> action;  ///< triggered when set...
    std::function<void()> run; ///< ...else this runs
    void trigger() const;
};

/**
 * Every action of a window, as the palette and the shortcuts overview list them: the
 * QActions under the window that have an objectName (every action a person can run
 * has one; Qt's internal actions have none or a "_q_" one), text, and no submenu. The
 * category is the title of the menu that holds the action. Read from the widgets each
 * time, so an action a page adds shows up without being registered anywhere.
 */
QList<Command> commandsOf(const QWidget *window);

/// "&Preferences…" -> "Preferences…"
QString plainText(const QString &actionText);

} // namespace maestro::ui

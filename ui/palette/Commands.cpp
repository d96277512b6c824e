// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/palette/Commands.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSet>
#include <QWidget>

#include <functional>

namespace maestro::ui {

void Command::trigger() const
{
    if (!enabled)
        return;
    if (action)
        action->trigger();
    else if (run)
        run();
}

QString plainText(const QString &actionText)
{
    QString text;
    text.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        // "&&" is a literal ampersand, a single "&" marks the mnemonic.
        if (actionText.at(i) == u'&') {
            if (i + 1 < actionText.size() && actionText.at(i + 1) == u'&')
                text.append(actionText.at(++i));
            continue;
        }
        text.append(actionText.at(i));
    }
    return text;
}

QList<Command> commandsOf(const QWidget *window)
{
    QList<Command> commands;
    if (!window)
        return commands;
    // The menus' order first (File, View, Go, ...), as a person reads them; then the
    // actions that live elsewhere (a page's own).
    QList<QAction *> actions;
    const std::function<void(const QMenu *)> addMenu = [&](const QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                addMenu(action->menu());
            else
                actions.append(action);
        }
    };
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(window);
        mainWindow && mainWindow->menuWidget()) {
        for (const QAction *action : mainWindow->menuWidget()->actions()) {
            if (action->menu())
                addMenu(action->menu());
        }
    }
    actions += window->findChildren<QAction *>();
    QSet<const QAction *> seen;
    for (QAction *action : std::as_const(actions)) {
        if (seen.contains(action) || action->isSeparator() || action->menu() ||
            !action->isVisible() || action->text().isEmpty())
            continue;
        const QString name = action->objectName();
        if (name.isEmpty() || name.startsWith(u"_q_"))
            continue;
        seen.insert(action);
        Command command;
        command.name = plainText(action->text());
        for (QObject *owner : action->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(owner)) {
                command.category = plainText(menu->title());
                break;
            }
        }
        if (command.category.isEmpty())
            command.category = QCoreApplication::translate("maestro::ui::Commands", "General");
        // Platform key bindings can repeat one key (Back is Alt+Left twice on some
        // desktops) or be empty (Quit without a desktop theme).
        for (const QKeySequence &key : action->shortcuts()) {
            if (!key.isEmpty() && !command.shortcuts.contains(key))
                command.shortcuts.append(key);
        }
        command.enabled = action->isEnabled();
        command.action = action;
        commands.append(command);
    }
    return commands;
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/palette/ShortcutsDialog.h"

#include "ui/palette/Commands.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maestro::ui {

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Ctrl+K opens the command palette: every command by name, "
                               "with or without a shortcut."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

void ShortcutsDialog::refresh()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const Command &command : commandsOf(m_window)) {
        if (command.shortcuts.isEmpty())
            continue;
        QTreeWidgetItem *&group = groups[command.category];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {command.category});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &key : command.shortcuts)
            keys << key.toString(QKeySequence::NativeText);
        //: separates the alternative shortcuts of one command
        new QTreeWidgetItem(group, {command.name, keys.join(tr(" or "))});
    }
    m_tree->expandAll();
}

} // namespace maestro::ui

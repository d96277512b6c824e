// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/palette/ShortcutsDialog.h"

#include "ui/palette/Commands.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

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
    addDialogKeys();
    m_tree->expandAll();
}

void ShortcutsDialog::addDialogKeys()
{
    // The wizard's Back and Next are Qt's buttons: their keys are the mnemonics of their
    // texts, read from a wizard so that they follow the style and the language.
    const QWizard wizard;
    auto *group = new QTreeWidgetItem(m_tree, {tr("Scale Up Wizard and Dialogs")});
    group->setData(0, Qt::UserRole, QStringLiteral("dialogs"));
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    for (const auto which : {QWizard::BackButton, QWizard::NextButton}) {
        const QString text = wizard.buttonText(which);
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            new QTreeWidgetItem(group, {plainText(text).remove(u'<').remove(u'>').trimmed(),
                                        key.toString(QKeySequence::NativeText)});
    }
    new QTreeWidgetItem(group, {tr("The highlighted button (Next, Add Server, OK)"),
                                QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
    new QTreeWidgetItem(group, {tr("Cancel and close"),
                                QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/palette/CommandPalette.h"

#include "ui/palette/FuzzyMatch.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace maestro::ui {

namespace {

constexpr int CommandIndexRole = Qt::UserRole;
constexpr int DetailRole = Qt::UserRole + 1;

/// A row: the command's name on the left, its menu and shortcut dimmed on the right.
class CommandDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString detail = index.data(DetailRole).toString();
        if (detail.isEmpty())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        color.setAlphaF(0.65f);
        painter->setPen(color);
        painter->drawText(option.rect.adjusted(0, 0, -10, 0), Qt::AlignRight | Qt::AlignVCenter,
                          detail);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
        return size;
    }
};

} // namespace

CommandPalette::CommandPalette(QWidget *window)
    : QDialog(window, Qt::Popup | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setAccessibleName(tr("Search commands"));
    m_search->setClearButtonEnabled(true);
    QFont larger = m_search->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_search->setFont(larger);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setItemDelegate(new CommandDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the field
    m_list->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_list);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemClicked, this, &CommandPalette::runCurrent);
}

void CommandPalette::popup(const QList<Command> &commands, const QString &placeholder)
{
    m_commands = commands;
    m_search->setPlaceholderText(placeholder);
    m_search->clear();
    refilter();
    layout()->activate();
    // Where a person looks first: centred near the top of the window.
    QWidget *window = parentWidget();
    const int width = window ? std::clamp(window->width() / 2, 420, 640) : 560;
    resize(width, sizeHint().height());
    if (window) {
        const QPoint topCentre = window->mapToGlobal(QPoint(window->width() / 2, 0));
        move(topCentre.x() - width / 2, topCentre.y() + 48);
    }
    show();
    raise();
    activateWindow();
    m_search->setFocus();
}

QStringList CommandPalette::visibleNames() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        names << m_list->item(row)->text();
    return names;
}

void CommandPalette::refilter()
{
    const QString query = m_search->text().trimmed();
    struct Ranked
    {
        int index;
        int score;
    };
    QList<Ranked> ranked;
    for (int i = 0; i < m_commands.size(); ++i) {
        const Command &command = m_commands.at(i);
        // The name counts most; "theme dark" also finds "Dark" in the Theme menu.
        int score = fuzzyScore(query, command.name);
        const int withCategory = fuzzyScore(query, command.category + u' ' + command.name);
        if (withCategory > 0)
            score = std::max(score, withCategory / 2);
        if (score < 0)
            continue;
        // What cannot run now goes last, still listed so that it can be found.
        ranked.append({i, command.enabled ? score : score - 100000});
    }
    if (!query.isEmpty()) {
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const Ranked &a, const Ranked &b) { return a.score > b.score; });
    }
    m_list->clear();
    for (const Ranked &r : ranked) {
        const Command &command = m_commands.at(r.index);
        auto *item = new QListWidgetItem(command.name, m_list);
        item->setData(CommandIndexRole, r.index);
        QStringList detail{command.category};
        if (!command.shortcuts.isEmpty())
            detail << command.shortcuts.first().toString(QKeySequence::NativeText);
        item->setData(DetailRole, detail.join(QStringLiteral("   ")));
        if (!command.enabled)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    // As tall as its rows, up to a dozen; the popup shrinks and grows with the matches.
    const int rowHeight = m_list->count() > 0 ? m_list->sizeHintForRow(0) : 0;
    m_list->setFixedHeight(rowHeight * std::clamp(int(m_list->count()), 1, 12) + 4);
    if (isVisible()) {
        layout()->activate();
        resize(width(), sizeHint().height());
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(row);
            break;
        }
    }
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const Command command = m_commands.value(item->data(CommandIndexRole).toInt());
    // Closed first: what the command opens (a dialog, a page) gets the focus.
    accept();
    command.trigger();
}

void CommandPalette::paintEvent(QPaintEvent *event)
{
    QDialog::paintEvent(event);
    // A border of its own: a popup has no window decoration to set it off the window.
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace maestro::ui

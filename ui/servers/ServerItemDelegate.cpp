// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/servers/ServerItemDelegate.h"

#include "ui/servers/ServersModel.h"

#include <QApplication>
#include <QPainter>

namespace maestro::ui {

void ServerItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const double utilisation = index.data(ServersModel::UtilisationRole).toDouble();
    const int progress = index.data(ServersModel::ProgressRole).toInt();
    if (index.column() == ServersModel::Status && progress >= 0) {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -4, -4);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = progress;
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
        return;
    }
    if ((index.column() == ServersModel::Cpu || index.column() == ServersModel::Memory) &&
        utilisation >= 0) {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        QApplication::style()->drawPrimitive(QStyle::PE_PanelItemViewItem, &base, painter,
                                             option.widget);
        const QRect area = option.rect.adjusted(6, option.rect.height() / 2 + 5, -6, -4);
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Mid).lighter(130));
        painter->drawRoundedRect(area, 2, 2);
        const double shown = std::min(1.0, utilisation);
        QColor fill = utilisation > 0.9    ? QColor(0xd9, 0x48, 0x2b)
                      : utilisation > 0.75 ? QColor(0xe8, 0x9b, 0x1a)
                                           : QColor(0x2f, 0x9e, 0x6e);
        painter->setBrush(fill);
        painter->drawRoundedRect(
            QRect(area.left(), area.top(), int(area.width() * shown), area.height()), 2, 2);
        // The 75% line the HA guidance asks to stay under.
        painter->setPen(QPen(option.palette.color(QPalette::Text), 1));
        const int x = area.left() + int(area.width() * 0.75);
        painter->drawLine(x, area.top() - 1, x, area.bottom() + 1);
        painter->restore();
        QStyleOptionViewItem text = option;
        initStyleOption(&text, index);
        text.rect = option.rect.adjusted(0, 0, 0, -option.rect.height() / 2 + 4);
        text.backgroundBrush = Qt::NoBrush;
        text.state &= ~QStyle::State_Selected;
        text.palette.setColor(QPalette::Text, option.state & QStyle::State_Selected
                                                  ? option.palette.color(QPalette::HighlightedText)
                                                  : text.palette.color(QPalette::Text));
        QApplication::style()->drawItemText(
            painter, text.rect, int(Qt::AlignRight | Qt::AlignVCenter), text.palette, true,
            text.text,
            option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace maestro::ui

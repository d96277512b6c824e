// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ClusterCardDelegate.h"

#include <QPainter>
#include <QPainterPath>

namespace maestro::ui {

QSize ClusterCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {320, line * 4 + 24};
}

void ClusterCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    painter->fillPath(path, selected ? palette.color(QPalette::Highlight).lighter(185)
                                     : palette.color(QPalette::Base));
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
             selected ? 2 : 1));
    painter->drawPath(path);

    const int line = option.fontMetrics.height();
    const int x = card.left() + 16;
    int y = card.top() + 10;
    QFont nameFont = option.font;
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    painter->setFont(nameFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRect(x, y, card.width() - 32, line + 4), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(NameRole).toString());
    y += line + 6;
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(x, y, card.width() - 32, line), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(ServerRole).toString());
    y += line + 4;
    const Tone tone = Tone(index.data(StateRole).toInt());
    const QColor dot = tone == Tone::Good   ? QColor(0x2f, 0x9e, 0x6e)
                       : tone == Tone::Busy ? QColor(0xe8, 0x9b, 0x1a)
                       : tone == Tone::Bad  ? QColor(0xd9, 0x48, 0x2b)
                                            : QColor(0x9c, 0xa3, 0xaf);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    painter->drawEllipse(QPoint(x + 5, y + line / 2), 5, 5);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRect(x + 16, y, card.width() - 48, line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(SummaryRole).toString(),
                                                    Qt::ElideRight, card.width() - 48));
    painter->restore();
}

} // namespace maestro::ui

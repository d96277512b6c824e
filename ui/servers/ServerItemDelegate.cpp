// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/servers/ServerItemDelegate.h"

#include "ui/servers/ServersModel.h"

#include <QApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

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
    if (index.column() == ServersModel::Trend) {
        paintTrend(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void ServerItemDelegate::paintTrend(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    QApplication::style()->drawPrimitive(QStyle::PE_PanelItemViewItem, &base, painter,
                                         option.widget);
    const QVariant value = index.data(ServersModel::TrendRole);
    if (!value.canConvert<NodeTrend>())
        return;
    const NodeTrend trend = value.value<NodeTrend>();
    if (trend.timesMs.size() < 2)
        return;
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    // The time axis is the last half hour up to the newest tick, so that sparklines
    // of different rows line up with each other; a history younger than that fills
    // the cell (every node's history starts when the cluster was opened).
    const double right = double(trend.timesMs.last());
    const double left =
        std::max(right - double(ServersModel::TrendSpanMs), double(trend.timesMs.first()));
    const double top = 1.25; // a little headroom above 100%
    auto toPoint = [&](qsizetype i, float fraction) {
        const double x =
            area.left() + area.width() * (double(trend.timesMs[i]) - left) / (right - left);
        const double y =
            area.bottom() - area.height() * std::clamp(double(fraction), 0.0, top) / top;
        return QPointF(x, y);
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor guide = text;
    guide.setAlphaF(0.35f);
    painter->setPen(QPen(guide, 1, Qt::DotLine));
    const double target = area.bottom() - area.height() * 0.75 / top;
    painter->drawLine(QPointF(area.left(), target), QPointF(area.right(), target));
    const QColor cpuColour = selected ? text : QColor(0x1f, 0x6f, 0xd1);
    const QColor memoryColour = selected ? text : QColor(0x8e, 0x44, 0xad);
    for (const auto &[values, colour] :
         {std::pair{&trend.cpu, cpuColour}, std::pair{&trend.memory, memoryColour}}) {
        QPolygonF line;
        line.reserve(values->size());
        for (qsizetype i = 0; i < values->size(); ++i)
            line.append(toPoint(i, (*values)[i]));
        painter->setPen(QPen(colour, values == &trend.cpu ? 1.5 : 1.0,
                             values == &trend.cpu ? Qt::SolidLine : Qt::DashLine));
        painter->drawPolyline(line);
    }
    painter->restore();
}

} // namespace maestro::ui

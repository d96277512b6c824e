// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace maestro::ui {

/// Draws a Dashboard entry as a card: the name, the server, and the state with a
/// coloured dot (green connected, amber loading, red trouble, grey not connected).
class ClusterCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Roles { NameRole = Qt::UserRole + 10, ServerRole, StateRole, SummaryRole };
    enum class Tone { Idle, Good, Busy, Bad };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace maestro::ui {

/// Draws utilisation as a bar with a mark at 75%, and provisioning progress.
class ServerItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    /// The Trend column: CPU (solid) and memory (dashed) over the last half hour, with
    /// the 75% target dotted.
    void paintTrend(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/TextFilterProxyModel.h"

namespace maestro::ui {

void TextFilterProxyModel::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool TextFilterProxyModel::acceptsRow(int, const QModelIndex &) const
{
    return true;
}

bool TextFilterProxyModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (!acceptsRow(row, parent))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < sourceModel()->columnCount(parent); ++c) {
        if (sourceModel()
                ->index(row, c, parent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace maestro::ui

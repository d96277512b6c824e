// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/TextFilterProxyModel.h"

#include "ui/common/StoreTableModel.h"

namespace maestro::ui {

void TextFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_store = qobject_cast<StoreTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TextFilterProxyModel::setText(const QString &text)
{
    m_text = text;
    m_foldedText = text.toCaseFolded();
    // A new filter sorts the rows it lets through again.
    if (const StoreTableModel *store = cachedKeys())
        store->prepareSort(sortColumn());
    invalidateFilter();
}

void TextFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (const StoreTableModel *store = cachedKeys())
        store->prepareSort(column);
    QSortFilterProxyModel::sort(column, order);
}

const StoreTableModel *TextFilterProxyModel::cachedKeys() const
{
    if (!m_store || sortRole() != StoreTableModel::SortRole ||
        sortCaseSensitivity() != Qt::CaseSensitive || isSortLocaleAware())
        return nullptr;
    return m_store;
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
    if (m_store)
        return m_store->searchText(row).contains(m_foldedText);
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

bool TextFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const StoreTableModel *store = cachedKeys(); store && left.column() == right.column())
        return store->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace maestro::ui

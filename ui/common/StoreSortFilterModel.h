// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QPointer>

#include <vector>

namespace maestro::ui {

class StoreTableModel;

/**
 * The rows of a StoreTableModel as its table shows them: those matching a text filter
 * (case-insensitive, in any searched column), a namespace and the Warning-only toggle,
 * sorted by one column in either order.
 *
 * QSortFilterProxyModel asks lessThan() with two QModelIndexes per comparison and
 * inserts the rows a wider filter lets in one binary search at a time; at 150,000 pods
 * a click on a header took over a second. Here a sort is a counting sort of the rows by
 * their key's rank (the store ranks a column's keys once and keeps them), stable from the
 * order shown before, as QSortFilterProxyModel's is, so ties keep the previous column's
 * order. Every row is kept in sort order whatever the filter, so a filter change is one
 * pass and no sort, and a longer filter text only narrows the rows already shown.
 * Sorting and filtering change the layout once, moving the persistent indexes (the
 * selection, the current row) along with their rows; the watch's changes to single
 * rows arrive as row insertions, removals and moves in place.
 */
class StoreSortFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit StoreSortFilterModel(QObject *parent = nullptr);

    /// The source must be a StoreTableModel (others are refused).
    void setSourceModel(QAbstractItemModel *model) override;
    StoreTableModel *store() const { return m_store; }

    /// Keeps the rows whose searched text contains `text` (case-insensitive), of the
    /// namespace `ns` (every one when empty), and only warnings when `warningsOnly`.
    void setFilter(const QString &text, const QString &ns = {}, bool warningsOnly = false);
    QString filterText() const { return m_text; }
    /// Sorts by `column`'s SortRole values (-1: the store's order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool accepts(int sourceRow) const;
    /// Whether source row `left` is shown before `right` by the sort key alone.
    bool before(int left, int right) const;
    /// Sorts m_sorted by the current column and order, from its current order.
    void sortAll();
    /// m_rows from m_sorted: the accepted rows in sort order.
    void collectRows();
    /// Runs `change` between layoutAboutToBeChanged and layoutChanged, moving every
    /// persistent index to where its source row is shown afterwards.
    template<class Change>
    void changeLayout(QAbstractItemModel::LayoutChangeHint hint, Change change);
    /// The proxy row showing `sourceRow`, or -1.
    int proxyRowOf(int sourceRow) const;
    /// Where `sourceRow` is in m_sorted.
    std::vector<int>::iterator sortedAt(int sourceRow);
    /// Where `sourceRow` goes in the sorted `rows`: after the rows it does not sort before.
    std::vector<int>::iterator sortedPosition(std::vector<int> &rows, int sourceRow) const;

    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceRowChanged(int sourceRow);

    QPointer<StoreTableModel> m_store;
    std::vector<int> m_sorted;          ///< every source row, in sort order
    std::vector<int> m_rows;            ///< proxy row -> source row: m_sorted's accepted rows
    std::vector<char> m_accepted;       ///< by source row
    mutable std::vector<int> m_proxyOf; ///< source row -> proxy row, when m_proxyOfValid
    mutable bool m_proxyOfValid = false;
    /// Source row -> its index in m_sorted as it was when built; an entry is used only
    /// where m_sorted still has the row there, and the whole is built again otherwise.
    std::vector<int> m_sortedIndexOf;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QString m_text;
    QString m_foldedText;
    QString m_namespace;
    bool m_warningsOnly = false;
};

} // namespace maestro::ui

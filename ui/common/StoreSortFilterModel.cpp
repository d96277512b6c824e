// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/StoreSortFilterModel.h"

#include "ui/common/StoreTableModel.h"

#include <algorithm>
#include <numeric>

namespace maestro::ui {

namespace {

/// Batches of more source rows than this change the layout once instead of row by row.
constexpr int RowByRowLimit = 16;

/// Shifts the source rows in `rows` from `first` on by `delta`.
void shiftRows(std::vector<int> &rows, int first, int delta)
{
    for (int &row : rows) {
        if (row >= first)
            row += delta;
    }
}

/// `haystack.contains(needle)` for a non-empty needle: QStringView::contains() searches
/// short needles one character at a time, while indexOf(QChar) scans with SIMD; the
/// rows' texts are short and a keystroke searches 150,000 of them.
bool containsText(QStringView haystack, QStringView needle)
{
    const QChar first = needle.front();
    const QStringView rest = needle.mid(1);
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype from = 0; from <= last;) {
        const qsizetype at = haystack.indexOf(first, from);
        if (at < 0 || at > last)
            return false;
        if (haystack.mid(at + 1, rest.size()) == rest)
            return true;
        from = at + 1;
    }
    return false;
}

} // namespace

StoreSortFilterModel::StoreSortFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void StoreSortFilterModel::setSourceModel(QAbstractItemModel *model)
{
    auto *store = qobject_cast<StoreTableModel *>(model);
    Q_ASSERT_X(store || !model, "StoreSortFilterModel", "the source must be a StoreTableModel");
    beginResetModel();
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    QAbstractProxyModel::setSourceModel(store);
    if (m_store) {
        connect(m_store, &QAbstractItemModel::modelReset, this, &StoreSortFilterModel::sourceReset);
        connect(m_store, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { beginResetModel(); });
        connect(m_store, &QAbstractItemModel::rowsInserted, this,
                &StoreSortFilterModel::sourceRowsInserted);
        connect(m_store, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &StoreSortFilterModel::sourceRowsAboutToBeRemoved);
        connect(m_store, &QAbstractItemModel::rowsRemoved, this,
                &StoreSortFilterModel::sourceRowsRemoved);
        connect(m_store, &QAbstractItemModel::dataChanged, this,
                &StoreSortFilterModel::sourceDataChanged);
        // The store never reorders its rows; if a source ever did, start over.
        connect(m_store, &QAbstractItemModel::layoutChanged, this, [this] {
            beginResetModel();
            sourceReset();
        });
        connect(m_store, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    sourceReset();
}

void StoreSortFilterModel::sourceReset()
{
    // Called between beginResetModel() and here.
    const int rows = m_store ? m_store->rowCount() : 0;
    m_sorted.resize(size_t(rows));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    m_accepted.assign(size_t(rows), 0);
    for (int row = 0; row < rows; ++row)
        m_accepted[size_t(row)] = accepts(row);
    if (m_store && m_column >= m_store->columnCount())
        m_column = -1;
    sortAll();
    collectRows();
    m_proxyOfValid = false;
    endResetModel();
}

bool StoreSortFilterModel::accepts(int sourceRow) const
{
    if (!m_namespace.isEmpty() && m_store->namespaceOf(sourceRow) != m_namespace)
        return false;
    if (m_warningsOnly && !m_store->isWarning(sourceRow))
        return false;
    return m_foldedText.isEmpty() || containsText(m_store->searchText(sourceRow), m_foldedText);
}

bool StoreSortFilterModel::before(int left, int right) const
{
    if (m_column < 0)
        return m_order == Qt::AscendingOrder ? left < right : right < left;
    const StoreTableModel::SortKeys &keys = m_store->sortKeys(m_column);
    return m_order == Qt::AscendingOrder ? keys.less(left, right) : keys.less(right, left);
}

std::vector<int>::iterator StoreSortFilterModel::sortedAt(int sourceRow)
{
    // A watch modifies thousands of rows a second, most of them staying in place: finding
    // each in m_sorted by a scan took most of the UI thread at 150,000 pods.
    const auto fresh = [&] {
        const size_t row = size_t(sourceRow);
        return row < m_sortedIndexOf.size() && size_t(m_sortedIndexOf[row]) < m_sorted.size() &&
               m_sorted[size_t(m_sortedIndexOf[row])] == sourceRow;
    };
    if (!fresh()) {
        m_sortedIndexOf.assign(m_accepted.size(), -1);
        for (size_t i = 0; i < m_sorted.size(); ++i)
            m_sortedIndexOf[size_t(m_sorted[i])] = int(i);
        if (!fresh())
            return m_sorted.end();
    }
    return m_sorted.begin() + m_sortedIndexOf[size_t(sourceRow)];
}

std::vector<int>::iterator StoreSortFilterModel::sortedPosition(std::vector<int> &rows,
                                                                int sourceRow) const
{
    return std::upper_bound(rows.begin(), rows.end(), sourceRow,
                            [this](int value, int element) { return before(value, element); });
}

void StoreSortFilterModel::sortAll()
{
    if (!m_store || m_column < 0) {
        std::sort(m_sorted.begin(), m_sorted.end());
        if (m_order == Qt::DescendingOrder)
            std::reverse(m_sorted.begin(), m_sorted.end());
        return;
    }
    const StoreTableModel::SortKeys &keys = m_store->sortKeys(m_column);
    if (!keys.ranked())
        m_store->rankSortKeys(m_column);
    // Counting sort by rank, visiting the rows in their current order: stable, linear.
    const int ranks = keys.rankCount();
    std::vector<int> start(size_t(ranks), 0);
    for (int row : m_sorted)
        ++start[size_t(keys.rank(row))];
    int total = 0;
    for (int i = 0; i < ranks; ++i) {
        // Descending: the highest rank's rows come first.
        int &bucket = start[size_t(m_order == Qt::AscendingOrder ? i : ranks - 1 - i)];
        const int count = bucket;
        bucket = total;
        total += count;
    }
    std::vector<int> sorted(m_sorted.size());
    for (int row : m_sorted)
        sorted[size_t(start[size_t(keys.rank(row))]++)] = row;
    m_sorted = std::move(sorted);
}

void StoreSortFilterModel::collectRows()
{
    m_rows.clear();
    m_rows.reserve(m_sorted.size());
    for (int row : m_sorted) {
        if (m_accepted[size_t(row)])
            m_rows.push_back(row);
    }
}

int StoreSortFilterModel::proxyRowOf(int sourceRow) const
{
    if (!m_proxyOfValid) {
        m_proxyOf.assign(m_accepted.size(), -1);
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_proxyOf[size_t(m_rows[i])] = int(i);
        m_proxyOfValid = true;
    }
    return sourceRow >= 0 && size_t(sourceRow) < m_proxyOf.size() ? m_proxyOf[size_t(sourceRow)]
                                                                  : -1;
}

template<class Change>
void StoreSortFilterModel::changeLayout(QAbstractItemModel::LayoutChangeHint hint, Change change)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sourceRows.push_back(m_rows[size_t(index.row())]);
    change();
    m_proxyOfValid = false;
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = proxyRowOf(sourceRows[size_t(i)]);
        to.append(row < 0 ? QModelIndex() : createIndex(row, from[i].column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

void StoreSortFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_store)
        return;
    if (column >= m_store->columnCount())
        column = -1;
    if (column >= 0 && !m_store->sortKeys(column).ranked()) {
        // The rows are already in the current column's order: ranking it is one pass.
        if (column == m_column)
            m_store->rankSortKeys(column, &m_sorted, m_order == Qt::DescendingOrder);
        else
            m_store->rankSortKeys(column);
    }
    changeLayout(QAbstractItemModel::VerticalSortHint, [&] {
        m_column = column;
        m_order = order;
        sortAll();
        collectRows();
    });
}

void StoreSortFilterModel::setFilter(const QString &text, const QString &ns, bool warningsOnly)
{
    const QString folded = text.toCaseFolded();
    if (folded == m_foldedText && ns == m_namespace && warningsOnly == m_warningsOnly) {
        m_text = text;
        return;
    }
    const bool sameOthers = ns == m_namespace && warningsOnly == m_warningsOnly;
    // A longer text matches a subset of the rows shown; a shorter one a superset.
    const bool narrower = sameOthers && folded.contains(m_foldedText);
    const bool wider = sameOthers && m_foldedText.contains(folded);
    m_text = text;
    m_foldedText = folded;
    m_namespace = ns;
    m_warningsOnly = warningsOnly;
    if (!m_store)
        return;
    changeLayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
        if (narrower) {
            size_t kept = 0;
            for (int row : m_rows) {
                if (accepts(row))
                    m_rows[kept++] = row;
                else
                    m_accepted[size_t(row)] = 0;
            }
            m_rows.resize(kept);
            return;
        }
        for (size_t row = 0; row < m_accepted.size(); ++row) {
            if (!wider || !m_accepted[row])
                m_accepted[row] = accepts(int(row));
        }
        collectRows();
    });
}

void StoreSortFilterModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (size_t(first) < m_accepted.size()) {
        shiftRows(m_sorted, first, count);
        shiftRows(m_rows, first, count);
    }
    m_accepted.insert(m_accepted.begin() + first, size_t(count), 0);
    m_proxyOfValid = false;
    if (count <= RowByRowLimit) {
        for (int row = first; row <= last; ++row) {
            m_sorted.insert(sortedPosition(m_sorted, row), row);
            if (!accepts(row))
                continue;
            const auto at = sortedPosition(m_rows, row);
            const int proxyRow = int(at - m_rows.begin());
            beginInsertRows({}, proxyRow, proxyRow);
            m_rows.insert(at, row);
            m_accepted[size_t(row)] = 1;
            m_proxyOfValid = false;
            endInsertRows();
        }
        return;
    }
    // A page of the initial list: sort the new rows, then merge them in one pass each,
    // placed after the rows they tie with as a row-by-row insertion would be.
    std::vector<int> added(static_cast<size_t>(count));
    std::iota(added.begin(), added.end(), first);
    std::stable_sort(added.begin(), added.end(),
                     [this](int left, int right) { return before(left, right); });
    const auto merge = [this](std::vector<int> &rows, const std::vector<int> &sortedNew) {
        std::vector<int> merged;
        merged.reserve(rows.size() + sortedNew.size());
        auto from = rows.begin();
        for (int row : sortedNew) {
            const auto at = std::upper_bound(from, rows.end(), row, [this](int value, int element) {
                return before(value, element);
            });
            merged.insert(merged.end(), from, at);
            merged.push_back(row);
            from = at;
        }
        merged.insert(merged.end(), from, rows.end());
        rows = std::move(merged);
    };
    std::vector<int> acceptedNew;
    for (int row : added) {
        if (accepts(row))
            acceptedNew.push_back(row);
    }
    merge(m_sorted, added);
    if (acceptedNew.empty())
        return;
    changeLayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
        for (int row : acceptedNew)
            m_accepted[size_t(row)] = 1;
        merge(m_rows, acceptedNew);
    });
}

void StoreSortFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first,
                                                      int last)
{
    if (parent.isValid())
        return;
    const auto removed = [first, last](int row) { return row >= first && row <= last; };
    if (last - first + 1 > RowByRowLimit) {
        changeLayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
            m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), removed), m_rows.end());
        });
    } else {
        for (int row = last; row >= first; --row) {
            if (!m_accepted[size_t(row)])
                continue;
            const auto at = std::find(m_rows.begin(), m_rows.end(), row);
            const int proxyRow = int(at - m_rows.begin());
            beginRemoveRows({}, proxyRow, proxyRow);
            m_rows.erase(at);
            m_proxyOfValid = false;
            endRemoveRows();
        }
    }
    m_sorted.erase(std::remove_if(m_sorted.begin(), m_sorted.end(), removed), m_sorted.end());
}

void StoreSortFilterModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    shiftRows(m_sorted, last + 1, -count);
    shiftRows(m_rows, last + 1, -count);
    m_proxyOfValid = false;
}

void StoreSortFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                             const QModelIndex &bottomRight, const QList<int> &)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last - first + 1 <= RowByRowLimit) {
        for (int row = first; row <= last; ++row)
            sourceRowChanged(row);
        return;
    }
    changeLayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
        for (int row = first; row <= last; ++row)
            m_accepted[size_t(row)] = accepts(row);
        if (m_column >= 0 && !m_store->sortKeys(m_column).ranked())
            m_store->rankSortKeys(m_column);
        sortAll();
        collectRows();
    });
}

void StoreSortFilterModel::sourceRowChanged(int sourceRow)
{
    const bool wasAccepted = m_accepted[size_t(sourceRow)];
    const bool nowAccepted = accepts(sourceRow);
    // Still in order between its neighbours (ties included), the row stays where it is.
    auto at = sortedAt(sourceRow);
    const bool inOrder = (at == m_sorted.begin() || !before(sourceRow, *(at - 1))) &&
                         (at + 1 == m_sorted.end() || !before(*(at + 1), sourceRow));
    if (inOrder && wasAccepted == nowAccepted) {
        if (nowAccepted) {
            const int proxyRow = proxyRowOf(sourceRow);
            Q_EMIT dataChanged(index(proxyRow, 0), index(proxyRow, columnCount() - 1));
        }
        return;
    }
    const auto moveInSorted = [&] {
        if (inOrder)
            return;
        m_sorted.erase(at);
        m_sorted.insert(sortedPosition(m_sorted, sourceRow), sourceRow);
    };
    if (wasAccepted && nowAccepted) {
        // Moved: as QSortFilterProxyModel does, a layout change that carries the
        // persistent indexes (a selected row stays selected at its new place).
        changeLayout(QAbstractItemModel::VerticalSortHint, [&] {
            moveInSorted();
            collectRows();
        });
        const int proxyRow = proxyRowOf(sourceRow);
        Q_EMIT dataChanged(index(proxyRow, 0), index(proxyRow, columnCount() - 1));
        return;
    }
    if (wasAccepted) {
        const int proxyRow = proxyRowOf(sourceRow);
        beginRemoveRows({}, proxyRow, proxyRow);
        m_rows.erase(m_rows.begin() + proxyRow);
        m_accepted[size_t(sourceRow)] = 0;
        m_proxyOfValid = false;
        endRemoveRows();
        moveInSorted();
        return;
    }
    moveInSorted();
    // Its place among the shown rows: as many as are shown before it in m_sorted.
    int proxyRow = 0;
    for (int row : m_sorted) {
        if (row == sourceRow)
            break;
        proxyRow += m_accepted[size_t(row)];
    }
    beginInsertRows({}, proxyRow, proxyRow);
    m_rows.insert(m_rows.begin() + proxyRow, sourceRow);
    m_accepted[size_t(sourceRow)] = 1;
    m_proxyOfValid = false;
    endInsertRows();
}

QModelIndex StoreSortFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_rows.size() ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex StoreSortFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex StoreSortFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool StoreSortFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

int StoreSortFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoreSortFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_store ? 0 : m_store->columnCount();
}

QVariant StoreSortFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return m_store ? m_store->headerData(section, orientation, role) : QVariant();
}

QModelIndex StoreSortFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_store || !proxyIndex.isValid() || proxyIndex.model() != this ||
        size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_store->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex StoreSortFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_store || !sourceIndex.isValid() || sourceIndex.model() != m_store)
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/StoreTableModel.h"

#include <algorithm>
#include <numeric>

namespace maestro::ui {

namespace {

/// Removes the entries of `values` whose row is not kept (`keep` by row).
template<class Container>
void compact(Container &values, const std::vector<bool> &keep)
{
    qsizetype to = 0;
    for (qsizetype from = 0; from < qsizetype(values.size()); ++from) {
        if (keep[size_t(from)])
            values[to++] = std::move(values[from]);
    }
    values.erase(values.begin() + to, values.end());
}

} // namespace

StoreTableModel::StoreTableModel(QStringList headers, CellFunction cell, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
    , m_cell(std::move(cell))
{}

void StoreTableModel::setInformer(kube::InformerBase *informer, QStringList initialKeys)
{
    if (m_informer)
        m_informer->disconnect(this);
    beginResetModel();
    m_informer = informer;
    m_keys = std::move(initialKeys);
    rebuildRowIndex();
    m_namespaceRows.clear();
    for (const QString &key : std::as_const(m_keys))
        countNamespace(key, 1);
    m_search.clear();
    m_search.reserve(m_keys.size());
    for (const QString &key : std::as_const(m_keys))
        m_search.append(makeSearchText(key));
    m_sortColumns.clear();
    endResetModel();
    Q_EMIT namespacesChanged();
    if (m_informer)
        connect(m_informer, &kube::InformerBase::changed, this, &StoreTableModel::apply);
}

void StoreTableModel::excludeFromSearch(int column)
{
    if (m_unsearched.contains(column))
        return;
    m_unsearched.append(column);
    for (int row = 0; row < m_keys.size(); ++row)
        m_search[row] = makeSearchText(m_keys[row]);
}

bool StoreTableModel::countNamespace(const QString &key, int delta)
{
    const qsizetype slash = key.indexOf(u'/');
    const QString ns = slash < 0 ? QString() : key.left(slash);
    int &rows = m_namespaceRows[ns];
    rows += delta;
    if (rows > 0)
        return rows == delta;
    m_namespaceRows.remove(ns);
    return true;
}

QStringList StoreTableModel::namespaces() const
{
    QStringList names = m_namespaceRows.keys();
    std::sort(names.begin(), names.end());
    return names;
}

void StoreTableModel::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_keys.size());
    for (int i = 0; i < m_keys.size(); ++i)
        m_rowOf.insert(m_keys[i], i);
}

QString StoreTableModel::makeSearchText(const QString &key) const
{
    QString text;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (m_unsearched.contains(column))
            continue;
        if (!text.isEmpty())
            text += u'\n';
        text += m_cell(key, column, Qt::DisplayRole).toString();
    }
    return text.toCaseFolded();
}

void StoreTableModel::refreshRow(int row)
{
    m_search[row] = makeSearchText(m_keys[row]);
    for (auto it = m_sortColumns.begin(); it != m_sortColumns.end(); ++it) {
        it->keys[size_t(row)] = m_cell(m_keys[row], it.key(), SortRole);
        if (it->ranks[size_t(row)] >= 0) {
            it->ranks[size_t(row)] = -1;
            ++it->unranked;
        }
    }
}

void StoreTableModel::apply(const kube::ChangeBatch &batch)
{
    bool namespacesChanged = false;
    if (!batch.deleted.isEmpty()) {
        // Removing many scattered rows one by one is quadratic: compact in one pass.
        QSet<QString> gone(batch.deleted.begin(), batch.deleted.end());
        for (const QString &key : std::as_const(gone)) {
            if (m_rowOf.contains(key) && countNamespace(key, -1))
                namespacesChanged = true;
        }
        if (gone.size() > 64) {
            beginResetModel();
            std::vector<bool> keep(size_t(m_keys.size()));
            for (int row = 0; row < m_keys.size(); ++row)
                keep[size_t(row)] = !gone.contains(m_keys[row]);
            compact(m_keys, keep);
            compact(m_search, keep);
            for (SortColumn &column : m_sortColumns) {
                for (size_t row = 0; row < keep.size(); ++row) {
                    if (!keep[row] && column.ranks[row] < 0)
                        --column.unranked;
                }
                compact(column.keys, keep);
                compact(column.ranks, keep);
            }
            rebuildRowIndex();
            endResetModel();
        } else {
            for (const QString &key : gone) {
                const int row = m_rowOf.value(key, -1);
                if (row < 0)
                    continue;
                beginRemoveRows({}, row, row);
                m_keys.removeAt(row);
                m_search.removeAt(row);
                for (SortColumn &column : m_sortColumns) {
                    if (column.ranks[size_t(row)] < 0)
                        --column.unranked;
                    column.keys.erase(column.keys.begin() + row);
                    column.ranks.erase(column.ranks.begin() + row);
                }
                endRemoveRows();
                m_rowOf.remove(key);
                for (int i = row; i < m_keys.size(); ++i)
                    m_rowOf[m_keys[i]] = i;
            }
        }
    }
    for (const QString &key : batch.modified) {
        const int row = m_rowOf.value(key, -1);
        if (row < 0)
            continue;
        refreshRow(row);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    QStringList added;
    for (const QString &key : batch.added) {
        if (!m_rowOf.contains(key))
            added.append(key);
    }
    if (!added.isEmpty()) {
        const int first = int(m_keys.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const QString &key : std::as_const(added)) {
            m_rowOf.insert(key, int(m_keys.size()));
            m_keys.append(key);
            if (countNamespace(key, 1))
                namespacesChanged = true;
            m_search.append(makeSearchText(key));
            for (auto it = m_sortColumns.begin(); it != m_sortColumns.end(); ++it) {
                it->keys.push_back(m_cell(key, it.key(), SortRole));
                it->ranks.push_back(-1);
                ++it->unranked;
            }
        }
        endInsertRows();
    }
    if (namespacesChanged)
        Q_EMIT this->namespacesChanged();
}

QStringView StoreTableModel::searchText(int row) const
{
    return row >= 0 && row < m_search.size() ? QStringView(m_search[row]) : QStringView();
}

bool StoreTableModel::keyLess(const QVariant &left, const QVariant &right)
{
    // What QSortFilterProxyModel's default lessThan does for these types.
    if (left.userType() == QMetaType::QString && right.userType() == QMetaType::QString)
        return QString::compare(*static_cast<const QString *>(left.constData()),
                                *static_cast<const QString *>(right.constData())) < 0;
    return QVariant::compare(left, right) == QPartialOrdering::Less;
}

void StoreTableModel::rank(SortColumn &column)
{
    const int n = int(column.keys.size());
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&column](int a, int b) {
        return keyLess(column.keys[size_t(a)], column.keys[size_t(b)]);
    });
    column.ranks.assign(size_t(n), 0);
    int current = 0;
    for (int i = 0; i < n; ++i) {
        // Equal keys share a rank, so that ranks order rows exactly as their keys do.
        if (i > 0 && keyLess(column.keys[size_t(order[size_t(i - 1)])],
                             column.keys[size_t(order[size_t(i)])]))
            ++current;
        column.ranks[size_t(order[size_t(i)])] = current;
    }
    column.unranked = 0;
}

StoreTableModel::SortColumn &StoreTableModel::sortColumn(int column) const
{
    auto it = m_sortColumns.find(column);
    if (it == m_sortColumns.end()) {
        it = m_sortColumns.insert(column, {});
        it->keys.reserve(size_t(m_keys.size()));
        for (const QString &key : m_keys)
            it->keys.push_back(m_cell(key, column, SortRole));
        it->ranks.assign(it->keys.size(), -1);
        it->unranked = int(it->keys.size());
    }
    return *it;
}

void StoreTableModel::prepareSort(int column) const
{
    if (column < 0 || column >= m_headers.size())
        return;
    SortColumn &sort = sortColumn(column);
    // Ranks make a full sort cheap; rows changed since compare by their keys, and once
    // many have changed (a sort after a large sync) ranking again pays for itself.
    if (sort.unranked > int(sort.keys.size() / 8))
        rank(sort);
}

bool StoreTableModel::lessThan(int left, int right, int column) const
{
    const SortColumn &sort = sortColumn(column);
    const int l = sort.ranks[size_t(left)];
    const int r = sort.ranks[size_t(right)];
    if (l >= 0 && r >= 0)
        return l < r;
    return keyLess(sort.keys[size_t(left)], sort.keys[size_t(right)]);
}

int StoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int StoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant StoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    return m_cell(m_keys[index.row()], index.column(), role);
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

} // namespace maestro::ui

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

StoreTableModel::SortKeys::SortKeys(Kind kind)
    : m_kind(kind)
    , m_numeric(kind == Kind::Number)
    , m_fromReader(kind != Kind::Unknown)
{
    if (m_kind == Kind::FewTexts) {
        // Id 0: the empty text, what a row has before its object is read.
        m_ids.insert(QString(), 0);
        m_idTexts.emplace_back();
        m_idRanks.push_back(-1);
    }
}

void StoreTableModel::SortKeys::resize(size_t rows)
{
    const size_t before = m_ranks.size();
    // A column read as SortRole learns its kind from the first key: both until then.
    if (m_kind != Kind::Text && m_kind != Kind::FewTexts)
        m_numbers.resize(rows);
    if (m_kind == Kind::Text || m_kind == Kind::Unknown)
        m_texts.resize(rows);
    if (m_kind == Kind::FewTexts)
        m_idOf.resize(rows, 0);
    m_ranks.resize(rows, -1);
    if (rows > before)
        m_unranked += int(rows - before);
}

void StoreTableModel::SortKeys::set(int row, const QVariant &key)
{
    if (m_kind == Kind::Unknown && key.isValid()) {
        // The first object answering decides how the column compares.
        m_kind = key.userType() != QMetaType::QString ? Kind::Number : Kind::Text;
        m_numeric = m_kind == Kind::Number;
        if (m_numeric)
            m_texts = {};
        else
            m_numbers = {};
    }
    if (m_numeric) {
        setNumber(row, key.toDouble());
        return;
    }
    QString text = key.toString();
    // An unchanged key keeps its rank: the watch's changes leave most keys as they were.
    if (m_ranks[size_t(row)] >= 0 && text == m_texts[size_t(row)])
        return;
    m_texts[size_t(row)] = std::move(text);
    setRank(row, -1);
}

void StoreTableModel::SortKeys::setNumber(int row, double key)
{
    if (m_ranks[size_t(row)] >= 0 && key == m_numbers[size_t(row)])
        return;
    m_numbers[size_t(row)] = key;
    setRank(row, -1);
}

void StoreTableModel::SortKeys::setText(int row, const QString &key)
{
    auto found = m_ids.constFind(key);
    if (found == m_ids.cend()) {
        found = m_ids.insert(key, int(m_idTexts.size()));
        m_idTexts.push_back(key);
        m_idRanks.push_back(-1);
    }
    m_idOf[size_t(row)] = *found;
    // A text ranked before keeps its rank: only a new one waits for the next ranking.
    setRank(row, m_idRanks[size_t(*found)]);
}

void StoreTableModel::SortKeys::setRank(int row, int rank)
{
    int &current = m_ranks[size_t(row)];
    m_unranked += (rank < 0 ? 1 : 0) - (current < 0 ? 1 : 0);
    current = rank;
}

template<class Keep>
void StoreTableModel::SortKeys::compact(const Keep &keep)
{
    for (size_t row = 0; row < keep.size(); ++row) {
        if (!keep[row] && m_ranks[row] < 0)
            --m_unranked;
    }
    if (!m_numbers.empty())
        ui::compact(m_numbers, keep);
    if (!m_texts.empty())
        ui::compact(m_texts, keep);
    if (!m_idOf.empty())
        ui::compact(m_idOf, keep);
    ui::compact(m_ranks, keep);
}

void StoreTableModel::SortKeys::erase(int row)
{
    if (m_ranks[size_t(row)] < 0)
        --m_unranked;
    const auto eraseRow = [row](auto &values) {
        if (!values.empty())
            values.erase(values.begin() + row);
    };
    eraseRow(m_numbers);
    eraseRow(m_texts);
    eraseRow(m_idOf);
    eraseRow(m_ranks);
}

void StoreTableModel::SortKeys::rankFewTexts()
{
    std::vector<int> order(m_idTexts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return QString::compare(m_idTexts[size_t(a)], m_idTexts[size_t(b)]) < 0;
    });
    // Equal texts have one id, so every id is a rank of its own.
    for (size_t i = 0; i < order.size(); ++i)
        m_idRanks[size_t(order[i])] = int(i);
    for (size_t row = 0; row < m_ranks.size(); ++row)
        m_ranks[row] = m_idRanks[size_t(m_idOf[row])];
    m_rankCount = int(order.size());
    m_unranked = 0;
}

StoreTableModel::SortKeys *StoreTableModel::SortKeySink::keysOf(int column) const
{
    const auto it = m_model->m_sortKeys.find(column);
    return it == m_model->m_sortKeys.end() ? nullptr : &it->second;
}

void StoreTableModel::SortKeySink::setNumber(int column, qint64 key)
{
    SortKeys *keys = keysOf(column);
    Q_ASSERT_X(keys && keys->m_kind == SortKeys::Kind::Number, "SortKeySink::setNumber",
               "not a number column of the reader");
    if (keys && keys->m_kind == SortKeys::Kind::Number)
        keys->setNumber(m_row, double(key));
}

void StoreTableModel::SortKeySink::setText(int column, const QString &key)
{
    SortKeys *keys = keysOf(column);
    Q_ASSERT_X(keys && keys->m_kind == SortKeys::Kind::FewTexts, "SortKeySink::setText",
               "not a text column of the reader");
    if (keys && keys->m_kind == SortKeys::Kind::FewTexts)
        keys->setText(m_row, key);
}

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
    m_keys.clear();
    m_search.clear();
    m_warning.clear();
    m_namespaceRows.clear();
    m_sortKeys.clear();
    resetReaderColumns();
    m_search.reserve(initialKeys.size());
    m_warning.reserve(size_t(initialKeys.size()));
    for (const QString &key : std::as_const(initialKeys)) {
        m_keys.append(key);
        countNamespace(key, 1);
        cacheNewRow(key);
    }
    rebuildRowIndex();
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

void StoreTableModel::cacheNewRow(const QString &key)
{
    const int row = int(m_search.size());
    m_search.append(makeSearchText(key));
    m_warning.push_back(m_cell(key, 0, WarningRole).toBool());
    for (auto &[column, keys] : m_sortKeys) {
        keys.resize(size_t(row) + 1);
        if (!keys.m_fromReader)
            keys.set(row, m_cell(key, column, SortRole));
    }
    readSortKeys(row);
}

void StoreTableModel::refreshRow(int row)
{
    const QString &key = m_keys[row];
    m_search[row] = makeSearchText(key);
    m_warning[size_t(row)] = m_cell(key, 0, WarningRole).toBool();
    for (auto &[column, keys] : m_sortKeys) {
        if (!keys.m_fromReader)
            keys.set(row, m_cell(key, column, SortRole));
    }
    readSortKeys(row);
}

void StoreTableModel::readSortKeys(int row)
{
    if (!m_sortKeyReader)
        return;
    // A row whose object is gone keeps its keys (new rows start at 0 and the empty text,
    // what SortRole answers for no object).
    SortKeySink sink(this, row);
    m_sortKeyReader(m_keys[row], sink);
}

void StoreTableModel::resetReaderColumns()
{
    for (int column : std::as_const(m_readerNumberColumns))
        m_sortKeys.insert_or_assign(column, SortKeys(SortKeys::Kind::Number));
    for (int column : std::as_const(m_readerTextColumns))
        m_sortKeys.insert_or_assign(column, SortKeys(SortKeys::Kind::FewTexts));
}

void StoreTableModel::setSortKeyReader(const QList<int> &numberColumns,
                                       const QList<int> &fewTextColumns, SortKeyReader reader)
{
    // The columns read before by SortRole or by another reader start over.
    for (int column : std::as_const(m_readerNumberColumns))
        m_sortKeys.erase(column);
    for (int column : std::as_const(m_readerTextColumns))
        m_sortKeys.erase(column);
    for (int column : numberColumns)
        m_sortKeys.erase(column);
    for (int column : fewTextColumns)
        m_sortKeys.erase(column);
    m_readerNumberColumns = numberColumns;
    m_readerTextColumns = fewTextColumns;
    m_sortKeyReader = std::move(reader);
    resetReaderColumns();
    const size_t rows = size_t(m_keys.size());
    for (int column : numberColumns + fewTextColumns)
        m_sortKeys.find(column)->second.resize(rows);
    for (int row = 0; row < m_keys.size(); ++row)
        readSortKeys(row);
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
            compact(m_warning, keep);
            for (auto &[column, keys] : m_sortKeys)
                keys.compact(keep);
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
                m_warning.erase(m_warning.begin() + row);
                for (auto &[column, keys] : m_sortKeys)
                    keys.erase(row);
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
            cacheNewRow(key);
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

QStringView StoreTableModel::namespaceOf(int row) const
{
    const QString &key = m_keys[row];
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? QStringView() : QStringView(key).left(slash);
}

const StoreTableModel::SortKeys &StoreTableModel::sortKeys(int column) const
{
    auto it = m_sortKeys.find(column);
    if (it == m_sortKeys.end()) {
        it = m_sortKeys.emplace(column, SortKeys()).first;
        SortKeys &keys = it->second;
        keys.resize(size_t(m_keys.size()));
        for (int row = 0; row < m_keys.size(); ++row)
            keys.set(row, m_cell(m_keys[row], column, SortRole));
    }
    return it->second;
}

void StoreTableModel::rankSortKeys(int column, const std::vector<int> *keyOrder,
                                   bool descending) const
{
    sortKeys(column);
    SortKeys &keys = m_sortKeys.find(column)->second;
    if (keys.m_kind == SortKeys::Kind::FewTexts) {
        keys.rankFewTexts();
        return;
    }
    const size_t rows = keys.m_ranks.size();
    std::vector<int> order;
    if (!keyOrder || keyOrder->size() != rows) {
        order.resize(rows);
        if (keys.m_numeric) {
            // Sorted with the keys beside the rows: no indirection per comparison.
            std::vector<std::pair<double, int>> byKey(rows);
            for (size_t row = 0; row < rows; ++row)
                byKey[row] = {keys.m_numbers[row], int(row)};
            std::sort(byKey.begin(), byKey.end());
            for (size_t i = 0; i < rows; ++i)
                order[i] = byKey[i].second;
        } else {
            std::iota(order.begin(), order.end(), 0);
            // Few distinct texts (namespaces, nodes, statuses) are sorted once each.
            QHash<QString, int> distinct;
            distinct.reserve(qsizetype(rows / 4 + 16));
            std::vector<int> firstRow;
            std::vector<int> textOf(rows);
            for (size_t row = 0; row < rows; ++row) {
                auto found = distinct.constFind(keys.m_texts[row]);
                if (found == distinct.cend()) {
                    found = distinct.insert(keys.m_texts[row], int(firstRow.size()));
                    firstRow.push_back(int(row));
                }
                textOf[row] = *found;
            }
            std::vector<int> textOrder(firstRow.size());
            std::iota(textOrder.begin(), textOrder.end(), 0);
            std::sort(textOrder.begin(), textOrder.end(), [&](int a, int b) {
                return QString::compare(keys.m_texts[size_t(firstRow[size_t(a)])],
                                        keys.m_texts[size_t(firstRow[size_t(b)])]) < 0;
            });
            std::vector<int> textRank(firstRow.size());
            for (size_t i = 0; i < textOrder.size(); ++i)
                textRank[size_t(textOrder[i])] = int(i);
            for (size_t row = 0; row < rows; ++row)
                keys.m_ranks[row] = textRank[size_t(textOf[row])];
            keys.m_rankCount = int(firstRow.size());
            keys.m_unranked = 0;
            return;
        }
        keyOrder = &order;
        descending = false;
    }
    // Walks the rows in key order; equal neighbours share a rank.
    const auto equal = [&keys](int a, int b) {
        return keys.m_numeric ? keys.m_numbers[size_t(a)] == keys.m_numbers[size_t(b)]
                              : keys.m_texts[size_t(a)] == keys.m_texts[size_t(b)];
    };
    int current = -1;
    int previous = -1;
    for (size_t i = 0; i < rows; ++i) {
        const int row = (*keyOrder)[descending ? rows - 1 - i : i];
        if (previous < 0 || !equal(previous, row))
            ++current;
        keys.m_ranks[size_t(row)] = current;
        previous = row;
    }
    keys.m_rankCount = current + 1;
    keys.m_unranked = 0;
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

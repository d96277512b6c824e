// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/Informer.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <vector>

namespace maestro::ui {

/**
 * A table over an informer's store that follows its change batches: a page of
 * additions is one beginInsertRows, modifications are dataChanged, and only the
 * rows that exist are ever asked for, so the view stays smooth at 150,000 rows.
 *
 * Sorting and filtering 150,000 rows through QVariant data() calls costs seconds (every
 * comparison looks the object up again), so the model keeps what they need per row: the
 * case-folded text the filter searches, kept up to date with every batch, and, for each
 * column sorted by once, its sort keys and their ranks.
 */
class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// `cell(key, column, role)` answers for one object; it is called only for shown rows.
    using CellFunction = std::function<QVariant(const QString &key, int column, int role)>;

    StoreTableModel(QStringList headers, CellFunction cell, QObject *parent = nullptr);

    void setInformer(kube::InformerBase *informer, QStringList initialKeys);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QString keyAt(int row) const { return m_keys.value(row); }
    /// The namespaces of the rows (the part of their keys before '/'), sorted.
    QStringList namespaces() const;

    /// Leaves a column's text out of what the filter searches: one that changes with the
    /// clock (an age) would otherwise match what it showed when the row last changed.
    void excludeFromSearch(int column);
    /// Every searched column's text of a row, case-folded, separated by newlines.
    QStringView searchText(int row) const;
    /// Whether `left` sorts before `right` by `column`'s SortRole, as QSortFilterProxyModel
    /// compares (strings case-sensitively, other values by QVariant::compare), from cached keys.
    bool lessThan(int left, int right, int column) const;
    /// Ranks `column`'s keys before a full sort by it (rows inserted later compare by key).
    void prepareSort(int column) const;

    /// The role proxies sort by (numbers and times sort as such).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// Role answering the object's namespace, for the namespace filter.
    static constexpr int NamespaceRole = Qt::UserRole + 2;
    /// Role answering whether the object is a warning (events).
    static constexpr int WarningRole = Qt::UserRole + 3;

Q_SIGNALS:
    /// A namespace got its first row or lost its last.
    void namespacesChanged();

private:
    /// A column's sort keys by row, and each row's rank among them (-1: changed since the
    /// ranks were taken, compared by key until the next ranking).
    struct SortColumn
    {
        std::vector<QVariant> keys;
        std::vector<int> ranks;
        int unranked = 0;
    };

    void apply(const kube::ChangeBatch &batch);
    void rebuildRowIndex();
    /// Counts a row in or out of its namespace; whether the namespaces changed.
    bool countNamespace(const QString &key, int delta);
    QString makeSearchText(const QString &key) const;
    /// Recomputes what is cached for `row` after its object changed.
    void refreshRow(int row);
    SortColumn &sortColumn(int column) const;
    static bool keyLess(const QVariant &left, const QVariant &right);
    static void rank(SortColumn &column);

    QStringList m_headers;
    CellFunction m_cell;
    QPointer<kube::InformerBase> m_informer;
    QStringList m_keys;
    QHash<QString, int> m_rowOf;
    QList<int> m_unsearched;
    QStringList m_search; ///< by row, as m_keys
    QHash<QString, int> m_namespaceRows;
    mutable QHash<int, SortColumn> m_sortColumns;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/Informer.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <map>
#include <vector>

namespace maestro::ui {

/**
 * A table over an informer's store that follows its change batches: a page of
 * additions is one beginInsertRows, modifications are dataChanged, and only the
 * rows that exist are ever asked for, so the view stays smooth at 150,000 rows.
 *
 * Sorting and filtering 150,000 rows through QVariant data() calls costs seconds (every
 * call looks the object up again), so the model keeps what StoreSortFilterModel needs per
 * row, up to date with every batch: the case-folded text the filter searches, whether the
 * row is a warning, and, for each column sorted by once, its sort keys and their ranks.
 */
class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// `cell(key, column, role)` answers for one object; it is called only for shown rows.
    using CellFunction = std::function<QVariant(const QString &key, int column, int role)>;

    /**
     * One column's SortRole values by row, compared as QSortFilterProxyModel compares
     * them: texts case-sensitively by QString::compare, anything else as a number.
     * Ranks (equal keys share one, 0 the smallest) turn a sort into integer work; rows
     * changed since the last ranking have none and compare by key.
     */
    class SortKeys
    {
    public:
        /// Whether `left`'s key is smaller than `right`'s.
        bool less(int left, int right) const
        {
            if (m_numeric)
                return m_numbers[size_t(left)] < m_numbers[size_t(right)];
            const int l = m_ranks[size_t(left)];
            const int r = m_ranks[size_t(right)];
            if (l >= 0 && r >= 0)
                return l < r;
            return QString::compare(text(left), text(right)) < 0;
        }
        /// The row's rank; only meaningful when ranked().
        int rank(int row) const { return m_ranks[size_t(row)]; }
        bool ranked() const { return m_unranked == 0; }
        /// How many distinct keys the last ranking found.
        int rankCount() const { return m_rankCount; }

    private:
        friend class StoreTableModel;
        enum class Kind { Unknown, Number, Text, FewTexts };
        explicit SortKeys(Kind kind = Kind::Unknown);
        const QString &text(int row) const
        {
            return m_kind == Kind::FewTexts ? m_idTexts[size_t(m_idOf[size_t(row)])]
                                            : m_texts[size_t(row)];
        }
        void resize(size_t rows);
        void set(int row, const QVariant &key);
        void setNumber(int row, double key);
        void setText(int row, const QString &key);
        void setRank(int row, int rank);
        template<class Keep>
        void compact(const Keep &keep);
        void erase(int row);
        /// Ranks a FewTexts column: its distinct texts sorted once, each row's from its id.
        void rankFewTexts();

        Kind m_kind = Kind::Unknown;
        bool m_numeric = false;
        bool m_fromReader = false;      ///< the SortKeyReader's column, not SortRole's
        std::vector<double> m_numbers;  ///< by row (Number)
        std::vector<QString> m_texts;   ///< by row (Text)
        std::vector<int> m_idOf;        ///< by row: the id of its text (FewTexts)
        QHash<QString, int> m_ids;      ///< FewTexts: text -> id
        std::vector<QString> m_idTexts; ///< FewTexts: id -> text
        std::vector<int> m_idRanks;     ///< FewTexts: id -> rank, -1 when new since the ranking
        std::vector<int> m_ranks;
        int m_unranked = 0;
        int m_rankCount = 0;
    };

    /**
     * Where a SortKeyReader writes one row's keys for the columns given to
     * setSortKeyReader(): numbers, and texts of columns with few distinct values
     * (namespaces, nodes), which the model keeps as ids of its own.
     */
    class SortKeySink
    {
    public:
        void setNumber(int column, qint64 key);
        void setText(int column, const QString &key);

    private:
        friend class StoreTableModel;
        SortKeySink(const StoreTableModel *model, int row)
            : m_model(model)
            , m_row(row)
        {}
        SortKeys *keysOf(int column) const;

        const StoreTableModel *m_model;
        int m_row;
    };
    /// Writes the sort keys of the object `key` into `sink`, reading the object once.
    using SortKeyReader = std::function<void(const QString &key, SortKeySink &sink)>;

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
    /// The row's namespace: the part of its key before '/' (empty for cluster objects).
    QStringView namespaceOf(int row) const;
    /// What the WarningRole answers for the row.
    bool isWarning(int row) const { return m_warning[size_t(row)]; }

    /**
     * Reads the sort keys of `numberColumns` and `fewTextColumns` with `reader` instead
     * of SortRole (it must order them as SortRole does): one call per row as the row
     * arrives or changes, while its object is at hand, instead of a data() call per row
     * (a look-up of the object by key each) on the first sort by such a column. A column
     * of few distinct texts is ranked by sorting those texts once.
     */
    void setSortKeyReader(const QList<int> &numberColumns, const QList<int> &fewTextColumns,
                          SortKeyReader reader);
    /// `column`'s sort keys, gathered on first use (on arrival for the reader's columns)
    /// and kept up to date with every batch.
    const SortKeys &sortKeys(int column) const;
    /**
     * Ranks `column`'s keys. `keyOrder`, when given, holds every row in the order of
     * the column's keys (ascending or descending), which makes ranking one pass instead
     * of a sort.
     */
    void rankSortKeys(int column, const std::vector<int> *keyOrder = nullptr,
                      bool descending = false) const;

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
    void apply(const kube::ChangeBatch &batch);
    void rebuildRowIndex();
    /// Counts a row in or out of its namespace; whether the namespaces changed.
    bool countNamespace(const QString &key, int delta);
    QString makeSearchText(const QString &key) const;
    /// Appends what is cached for a row whose key was just appended to m_keys.
    void cacheNewRow(const QString &key);
    /// Recomputes what is cached for `row` after its object changed.
    void refreshRow(int row);
    /// The reader's keys of `row` (the row exists in every column's keys).
    void readSortKeys(int row);
    /// Empty keys for the reader's columns.
    void resetReaderColumns();

    QStringList m_headers;
    CellFunction m_cell;
    QPointer<kube::InformerBase> m_informer;
    QStringList m_keys;
    QHash<QString, int> m_rowOf;
    QList<int> m_unsearched;
    QStringList m_search;        ///< by row, as m_keys
    std::vector<char> m_warning; ///< by row
    QHash<QString, int> m_namespaceRows;
    mutable std::map<int, SortKeys> m_sortKeys; ///< std::map: references stay valid
    SortKeyReader m_sortKeyReader;
    QList<int> m_readerNumberColumns;
    QList<int> m_readerTextColumns;
};

} // namespace maestro::ui

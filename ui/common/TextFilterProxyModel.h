// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace maestro::ui {

class StoreTableModel;

/// A proxy that keeps the rows whose text in any column contains the filter text
/// (case-insensitive), and that subclasses narrow further with acceptsRow().
/// Over a StoreTableModel it filters and sorts on the model's cached text and keys
/// instead of asking data() for every row and comparison.
class TextFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSourceModel(QAbstractItemModel *model) override;
    void setText(const QString &text);
    QString text() const { return m_text; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    /// Further conditions (role, namespace, warnings only); true by default.
    virtual bool acceptsRow(int row, const QModelIndex &parent) const;
    bool filterAcceptsRow(int row, const QModelIndex &parent) const final;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// The store model whose cached keys answer, when they mean what this proxy would compute.
    const StoreTableModel *cachedKeys() const;

    QString m_text;
    QString m_foldedText;
    QPointer<StoreTableModel> m_store;
};

} // namespace maestro::ui

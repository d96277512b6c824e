// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/Informer.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace maestro::ui {

/**
 * A table over an informer's store that follows its change batches: a page of
 * additions is one beginInsertRows, modifications are dataChanged, and only the
 * rows that exist are ever asked for, so the view stays smooth at 150,000 rows.
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

    /// The role proxies sort by (numbers and times sort as such).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// Role answering the object's namespace, for the namespace filter.
    static constexpr int NamespaceRole = Qt::UserRole + 2;
    /// Role answering whether the object is a warning (events).
    static constexpr int WarningRole = Qt::UserRole + 3;

private:
    void apply(const kube::ChangeBatch &batch);

    QStringList m_headers;
    CellFunction m_cell;
    QPointer<kube::InformerBase> m_informer;
    QStringList m_keys;
    QHash<QString, int> m_rowOf;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/StoreTableModel.h"

namespace maestro::ui {

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
    m_rowOf.clear();
    for (int i = 0; i < m_keys.size(); ++i)
        m_rowOf.insert(m_keys[i], i);
    endResetModel();
    if (m_informer)
        connect(m_informer, &kube::InformerBase::changed, this, &StoreTableModel::apply);
}

void StoreTableModel::apply(const kube::ChangeBatch &batch)
{
    if (!batch.deleted.isEmpty()) {
        // Removing many scattered rows one by one is quadratic: compact in one pass.
        QSet<QString> gone(batch.deleted.begin(), batch.deleted.end());
        if (gone.size() > 64) {
            beginResetModel();
            m_keys.removeIf([&](const QString &k) { return gone.contains(k); });
            m_rowOf.clear();
            for (int i = 0; i < m_keys.size(); ++i)
                m_rowOf.insert(m_keys[i], i);
            endResetModel();
        } else {
            for (const QString &key : gone) {
                const int row = m_rowOf.value(key, -1);
                if (row < 0)
                    continue;
                beginRemoveRows({}, row, row);
                m_keys.removeAt(row);
                endRemoveRows();
                m_rowOf.remove(key);
                for (int i = row; i < m_keys.size(); ++i)
                    m_rowOf[m_keys[i]] = i;
            }
        }
    }
    for (const QString &key : batch.modified) {
        const int row = m_rowOf.value(key, -1);
        if (row >= 0)
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
        for (const QString &key : added) {
            m_rowOf.insert(key, int(m_keys.size()));
            m_keys.append(key);
        }
        endInsertRows();
    }
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

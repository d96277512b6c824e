// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace maestro::ui {

/// A proxy that keeps the rows whose text in any column contains the filter text
/// (case-insensitive), and that subclasses narrow further with acceptsRow(). For small
/// tables (the servers); the store tables use StoreSortFilterModel.
class TextFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    /// Further conditions (role, namespace, warnings only); true by default.
    virtual bool acceptsRow(int row, const QModelIndex &parent) const;
    bool filterAcceptsRow(int row, const QModelIndex &parent) const final;

private:
    QString m_text;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace maestro::ui {

class StoreTableModel;
class StoreSortFilterModel;

/// A page with a virtualised table of one resource, a text filter, a namespace
/// filter, an optional Warning-only toggle, and sorting. Pods and Events use it.
class ResourceTablePage : public QWidget
{
    Q_OBJECT
public:
    ResourceTablePage(const QString &objectName, const QString &title, StoreTableModel *model,
                      bool warningToggle, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    StoreTableModel *model() const { return m_model; }
    void setNamespaces(const QStringList &namespaces);
    int visibleRows() const;

private:
    StoreTableModel *m_model;
    StoreSortFilterModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_namespace;
    QCheckBox *m_warnings = nullptr;
    QLabel *m_count;
};

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QMenu;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace maestro::history {
class HistoryStore;
}
namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::ui {

class LifecycleActions;
class NodeDetailsWidget;
class ServersModel;
class ServersFilterModel;

/// Application > Servers: every node and every machine on its way, live, with the
/// details of the selected one and the + Scale up button.
class ServersPage : public QWidget
{
    Q_OBJECT
public:
    explicit ServersPage(QWidget *parent = nullptr);
    void setConnection(kube::ClusterConnection *connection);
    /// The history the Trend column's sparklines read.
    void setHistory(history::HistoryStore *store);
    /// A line about operations in progress ("Adding 2 workers: 1 of 2 ready"); empty hides it.
    void setOperationsText(const QString &text);

    ServersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Selects a node by name (from a chart, the command palette, ...).
    void selectServer(const QString &key);
    /// The selected nodes (machines still being added are not nodes yet).
    QStringList selectedNodes() const;
    /// Cordon, drain, remove, replace masters: the confirmations and the operations.
    LifecycleActions *lifecycle() const { return m_actions; }
    /// The menu the table's context menu shows for the selection.
    QMenu *contextMenuFor(const QStringList &nodes);

Q_SIGNALS:
    void scaleUpRequested();

private:
    void onSelectionChanged();
    void updateLifecycle();
    /// Once, with the first servers: the text columns as wide as what they hold.
    void fitTextColumns();
    /// The name column takes the room the others leave, but never less than the names
    /// need: with the details open beside a narrow table, the table scrolls instead.
    void fitNameColumn();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ServersModel *m_model;
    ServersFilterModel *m_proxy;
    QTableView *m_table;
    NodeDetailsWidget *m_details;
    QLineEdit *m_filter;
    QComboBox *m_roleFilter;
    QPushButton *m_scaleUp;
    QLabel *m_operations;
    LifecycleActions *m_actions;
    QPushButton *m_cordon;
    QPushButton *m_uncordon;
    QPushButton *m_drain;
    QPushButton *m_remove;
    QPushButton *m_resume;
    QLabel *m_lifecycleStatus;
    bool m_textColumnsFitted = false;
    int m_nameWidth = 200; ///< what the names need, or what the user dragged it to
    bool m_fittingName = false;
};

} // namespace maestro::ui

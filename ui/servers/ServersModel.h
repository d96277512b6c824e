// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/CompactText.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>

namespace maestro::kube {
class ClusterConnection;
struct NodeInfo;
} // namespace maestro::kube
namespace maestro::history {
class HistoryStore;
struct NodeSample;
} // namespace maestro::history

namespace maestro::ui {

class RefreshWhenShown;

/// A node's recent CPU and memory (fractions of allocatable, oldest first) for the
/// sparkline of the Servers table.
struct NodeTrend
{
    QVector<qint64> timesMs;
    QVector<float> cpu;
    QVector<float> memory;
};

/**
 * Every node of a cluster, plus the machines still being provisioned (a row each
 * until their node is Ready). Rows are updated in place from the informers'
 * batches, so sorting and the selection survive updates.
 */
class ServersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Role, Size, Status, Cpu, Memory, Trend, Pods, Version, Age, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1,
        RoleKeyRole,     ///< "master", "worker", "shared-master", "provisioning"
        KeyRole,         ///< node name, or "machine/<name>"
        ProgressRole,    ///< 0..100 for provisioning rows, -1 otherwise
        BadgesRole,      ///< QStringList of condition badges
        UtilisationRole, ///< double 0..1+ for the CPU/Memory columns
        TrendRole,       ///< NodeTrend of the Trend column (empty when no history)
    };

    explicit ServersModel(QObject *parent = nullptr);

    void setConnection(kube::ClusterConnection *connection);
    /// Rebuilds the rows only while `view` (the table's page) is visible: a change of the
    /// cluster while it is hidden waits until it is shown. Without a view, always.
    void setView(QWidget *view);
    /// Where the Trend column's sparklines come from (the last TrendSpanMs of history).
    void setHistory(history::HistoryStore *store);
    static constexpr qint64 TrendSpanMs = 30 * 60 * 1000;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Row of a node or machine key; -1 when absent.
    int rowOf(const QString &key) const;

private:
    struct Row
    {
        QString key;
        QString name;
        QString roleKey;
        QString role;
        QString size;
        QString status;
        QStringList badges;
        double cpu = -1; ///< fraction of allocatable; -1 unknown
        double memory = -1;
        int pods = 0;
        QString version;
        QDateTime created;
        int progress = -1;
        bool ready = false;
        kube::CompactText objectVersion; ///< the node's resourceVersion the texts were made from
        bool operator==(const Row &other) const;
    };
    void refresh();
    /// refresh() now, or when the view is shown if it is hidden.
    void refreshWhenShown();
    QList<Row> buildRows() const;
    /// A node row's CPU and memory use and its pods, which change without the node.
    void countUsage(const kube::NodeInfo &node, Row *row) const;
    void onSamples(qint64 timestampMs, const QList<history::NodeSample> &samples);

    QPointer<kube::ClusterConnection> m_connection;
    QTimer m_refreshTimer;
    QPointer<RefreshWhenShown> m_shownRefresh;
    bool m_podsChanged = true;           ///< since the last refresh: recount every node
    QSet<QString> m_nodesWithPodChanges; ///< since the last refresh: recount these
    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    QPointer<history::HistoryStore> m_history;
    QHash<QString, NodeTrend> m_trends;
    int m_historyQuery = 0;
};

QString formatAge(const QDateTime &since, const QDateTime &now);

} // namespace maestro::ui

Q_DECLARE_METATYPE(maestro::ui::NodeTrend)

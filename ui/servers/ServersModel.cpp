// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/servers/ServersModel.h"
#include "app/i18n/LocaleFormat.h"

#include "app/history/HistoryStore.h"

#include "app/kube/ClusterConnection.h"
#include "ui/common/RefreshWhenShown.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace maestro::ui {

using namespace maestro::kube;

QString formatAge(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 s = std::max<qint64>(0, since.secsTo(now));
    if (s < 120)
        //: An age as kubectl shows it, in seconds ("45s"); %1m, %1h and %1d follow
        return QCoreApplication::translate("maestro::ui", "%1s").arg(s);
    if (s < 3600 * 3)
        return QCoreApplication::translate("maestro::ui", "%1m").arg(s / 60);
    if (s < 86400 * 2)
        return QCoreApplication::translate("maestro::ui", "%1h").arg(s / 3600);
    return QCoreApplication::translate("maestro::ui", "%1d").arg(s / 86400);
}

bool ServersModel::Row::operator==(const Row &o) const
{
    return key == o.key && name == o.name && roleKey == o.roleKey && size == o.size &&
           status == o.status && badges == o.badges && qFuzzyCompare(cpu + 2, o.cpu + 2) &&
           qFuzzyCompare(memory + 2, o.memory + 2) && pods == o.pods && version == o.version &&
           created == o.created && progress == o.progress;
}

ServersModel::ServersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Every informer batch, metrics poll and etcd line says "changed": with thousands of
    // nodes, rebuilding the rows for each took most of the UI thread while watching.
    // A few refreshes a second are as current as anyone can read.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ServersModel::refreshWhenShown);
}

void ServersModel::setView(QWidget *view)
{
    delete m_shownRefresh;
    m_shownRefresh = view ? new RefreshWhenShown(view, [this] { refresh(); }) : nullptr;
}

void ServersModel::refreshWhenShown()
{
    if (m_shownRefresh)
        m_shownRefresh->request();
    else
        refresh();
}

void ServersModel::setConnection(ClusterConnection *connection)
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->pods()->disconnect(this);
    }
    beginResetModel();
    m_connection = connection;
    m_rows.clear();
    m_rowByKey.clear();
    endResetModel();
    if (m_connection) {
        connect(m_connection, &ClusterConnection::changed, this, [this] {
            // Hidden, the rows are rebuilt the moment the page is shown; shown, a few
            // times a second.
            if (m_shownRefresh && !m_shownRefresh->isPageShown())
                m_shownRefresh->request();
            else if (!m_refreshTimer.isActive())
                m_refreshTimer.start();
        });
        // Counting a node's pods looks up each of them: only for the nodes whose pods
        // changed. A pod's node never changes once set, so an added or modified pod names
        // the one node to recount; a deleted one is gone from the store with its node,
        // so a deletion recounts every node.
        m_podsChanged = true;
        connect(m_connection->pods(), &InformerBase::changed, this,
                [this](const ChangeBatch &batch) {
                    if (m_podsChanged)
                        return;
                    if (!batch.deleted.isEmpty()) {
                        m_podsChanged = true;
                        m_nodesWithPodChanges.clear();
                        return;
                    }
                    const auto *pods = m_connection->pods();
                    for (const QStringList *keys : {&batch.added, &batch.modified}) {
                        for (const QString &key : *keys) {
                            const PodInfo *pod = pods->find(key);
                            if (pod && !pod->nodeName.isEmpty())
                                m_nodesWithPodChanges.insert(pod->nodeName);
                        }
                    }
                });
        refreshWhenShown();
    }
}

int ServersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ServersModel::rowOf(const QString &key) const
{
    return m_rowByKey.value(key, -1);
}

void ServersModel::countUsage(const NodeInfo &node, Row *row) const
{
    const auto &usage = m_connection->metrics()->nodes();
    const auto u = usage.constFind(node.meta.name);
    if (u != usage.constEnd()) {
        if (node.cpuAllocatableMilli > 0)
            row->cpu = double(u->cpuNanocores) / 1e6 / double(node.cpuAllocatableMilli);
        if (node.memoryAllocatableBytes > 0)
            row->memory = double(u->memoryBytes) / double(node.memoryAllocatableBytes);
    }
    if (const int previous = rowOf(row->key);
        !m_podsChanged && previous >= 0 && !m_nodesWithPodChanges.contains(node.meta.name)) {
        row->pods = m_rows[previous].pods; // no pod came, went or changed since
        return;
    }
    row->pods = 0;
    for (const QString &key :
         m_connection->pods()->indexed(QStringLiteral("node"), node.meta.name)) {
        const PodInfo *pod = m_connection->pods()->find(key);
        if (pod && !pod->isTerminal())
            ++row->pods;
    }
}

QList<ServersModel::Row> ServersModel::buildRows() const
{
    QList<Row> rows;
    if (!m_connection)
        return rows;
    const QLocale locale;
    for (const NodeInfo &node : m_connection->nodes()->items()) {
        // A node that did not change keeps its texts; usage and pods are taken again.
        const int previous = m_rowByKey.value(node.meta.name, -1);
        if (previous >= 0 && !node.meta.resourceVersion.isEmpty() &&
            m_rows[previous].objectVersion == node.meta.resourceVersion) {
            Row row = m_rows[previous];
            row.cpu = row.memory = -1;
            countUsage(node, &row);
            rows.append(row);
            continue;
        }
        Row row;
        row.key = node.meta.name;
        row.objectVersion = node.meta.resourceVersion;
        row.name = node.meta.name;
        switch (node.role()) {
        case NodeRole::Master:
            row.roleKey = QStringLiteral("master");
            row.role = tr("Master");
            break;
        case NodeRole::SharedMaster:
            row.roleKey = QStringLiteral("shared-master");
            row.role = tr("Shared master");
            break;
        case NodeRole::Worker:
            row.roleKey = QStringLiteral("worker");
            row.role = tr("Worker");
            break;
        }
        //: instance type, then vCPU and memory of the node
        row.size = tr("%1 (%2 vCPU, %3 GiB)")
                       .arg(node.instanceType.isEmpty() ? tr("unknown") : node.instanceType)
                       .arg(locale.toString(node.cpuCapacityMilli / 1000))
                       .arg(locale.toString(double(node.memoryCapacityBytes) / (1 << 30), 'f', 0));
        row.ready = node.isReady();
        row.status = row.ready ? tr("Ready") : tr("NotReady");
        if (node.hasMemoryPressure())
            row.badges << tr("MemoryPressure");
        if (node.hasDiskPressure())
            row.badges << tr("DiskPressure");
        if (node.hasPidPressure())
            row.badges << tr("PIDPressure");
        if (node.unschedulable)
            row.badges << tr("SchedulingDisabled");
        countUsage(node, &row);
        row.version = node.kubeletVersion;
        row.created = node.meta.creationTimestamp;
        rows.append(row);
    }
    // Machines on their way: a row each until their node registers.
    for (const MachineInfo &machine : m_connection->machines()->items()) {
        if (!machine.nodeName.isEmpty() && m_connection->nodes()->find(machine.nodeName))
            continue;
        Row row;
        row.key = QStringLiteral("machine/") + machine.meta.name;
        row.name = machine.meta.name;
        row.roleKey = QStringLiteral("provisioning");
        row.role = machine.controlPlane ? tr("Master") : tr("Worker");
        //: The Size column of a server being added, until its node registers
        row.size = tr("provisioning");
        row.status = machine.phase.isEmpty() ? tr("Pending") : machine.phase;
        if (!machine.failureReason.isEmpty())
            row.badges << machine.failureReason;
        if (machine.phase == u"Pending" || machine.phase.isEmpty())
            row.progress = 10;
        else if (machine.phase == u"Provisioning")
            row.progress = 40;
        else if (machine.phase == u"Provisioned")
            row.progress = 75;
        else if (machine.phase == u"Running")
            row.progress = 90;
        else if (machine.phase == u"Deleting")
            row.progress = 0;
        row.created = machine.meta.creationTimestamp;
        rows.append(row);
    }
    return rows;
}

void ServersModel::refresh()
{
    const QList<Row> fresh = buildRows();
    m_podsChanged = false;
    m_nodesWithPodChanges.clear();
    QHash<QString, int> freshIndex;
    for (int i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh[i].key, i);
    // Remove rows that are gone (from the bottom, so indexes stay valid).
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!freshIndex.contains(m_rows[i].key)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    m_rowByKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByKey.insert(m_rows[i].key, i);
    // Update in place: no reset, so selection and scroll position stay.
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = fresh[freshIndex.value(m_rows[i].key)];
        m_rows[i].objectVersion = row.objectVersion;
        if (!(row == m_rows[i])) {
            m_rows[i] = row;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    QList<Row> added;
    for (const Row &row : fresh) {
        if (!m_rowByKey.contains(row.key))
            added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Row &row : added) {
            m_rowByKey.insert(row.key, int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
}

void ServersModel::setHistory(history::HistoryStore *store)
{
    if (m_history)
        m_history->disconnect(this);
    m_history = store;
    m_trends.clear();
    if (!m_history || !m_history->isOpen()) {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Trend), index(int(m_rows.size()) - 1, Trend));
        return;
    }
    connect(m_history, &history::HistoryStore::samplesAppended, this, &ServersModel::onSamples);
    // The last half hour once; live ticks are appended from then on. A tick that arrives
    // before the answer is kept: the answer only fills in what came before it.
    // The nodes of the store, not the rows: those wait while the page is hidden.
    QStringList nodes;
    if (m_connection) {
        for (const NodeInfo &node : m_connection->nodes()->items())
            nodes << node.meta.name;
    }
    const int serial = ++m_historyQuery;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_history->querySamples(
        nodes, now.addMSecs(-TrendSpanMs), now, 60, this,
        [this, serial](const history::SampleQueryResult &result) {
            if (serial != m_historyQuery)
                return;
            for (const history::SampleSeries &series : result.series) {
                NodeTrend stored;
                for (const history::SamplePoint &p : series.points) {
                    stored.timesMs.append(p.timestampMs);
                    stored.cpu.append(float(p.cpu));
                    stored.memory.append(float(p.memory));
                }
                NodeTrend &trend = m_trends[series.node];
                const qint64 firstLive =
                    trend.timesMs.isEmpty() ? LLONG_MAX : trend.timesMs.first();
                qsizetype keep = 0;
                while (keep < stored.timesMs.size() && stored.timesMs[keep] < firstLive)
                    ++keep;
                trend.timesMs = stored.timesMs.first(keep) + trend.timesMs;
                trend.cpu = stored.cpu.first(keep) + trend.cpu;
                trend.memory = stored.memory.first(keep) + trend.memory;
            }
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, Trend), index(int(m_rows.size()) - 1, Trend),
                                   {TrendRole});
        });
}

void ServersModel::onSamples(qint64 timestampMs, const QList<history::NodeSample> &samples)
{
    const qint64 oldest = timestampMs - TrendSpanMs;
    for (const history::NodeSample &sample : samples) {
        if (sample.node.startsWith(u'@') || !m_connection ||
            !m_connection->nodes()->find(sample.node))
            continue;
        NodeTrend &trend = m_trends[sample.node];
        trend.timesMs.append(timestampMs);
        trend.cpu.append(float(sample.cpu));
        trend.memory.append(float(sample.memory));
        qsizetype drop = 0;
        while (drop < trend.timesMs.size() && trend.timesMs[drop] < oldest)
            ++drop;
        if (drop > 0) {
            trend.timesMs.remove(0, drop);
            trend.cpu.remove(0, drop);
            trend.memory.remove(0, drop);
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Trend), index(int(m_rows.size()) - 1, Trend), {TrendRole});
}

QVariant ServersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Size:
        return tr("Size");
    case Status:
        return tr("Status");
    case Cpu:
        return tr("CPU");
    case Memory:
        return tr("Memory");
    case Trend:
        //: Column of the Servers table: a small chart of the last 30 minutes
        return tr("Last 30 min");
    case Pods:
        return tr("Pods");
    case Version:
        return tr("Version");
    case Age:
        return tr("Age");
    default:
        return {};
    }
}

QVariant ServersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const QLocale locale;
    auto percent = [&](double fraction) {
        return fraction < 0 ? tr("n/a") : i18n::percentOf(fraction, 0, locale);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Role:
            return row.role;
        case Size:
            return row.size;
        case Status:
            return row.badges.isEmpty() ? row.status
                                        : row.status + QStringLiteral(" · ") +
                                              row.badges.join(QStringLiteral(" · "));
        case Cpu:
            return row.progress >= 0 ? QString() : percent(row.cpu);
        case Memory:
            return row.progress >= 0 ? QString() : percent(row.memory);
        case Pods:
            return row.progress >= 0 ? QString() : locale.toString(row.pods);
        case Version:
            return row.version;
        case Age:
            return formatAge(row.created, QDateTime::currentDateTimeUtc());
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Cpu:
            return row.cpu;
        case Memory:
            return row.memory;
        case Pods:
            return row.pods;
        case Age:
            return row.created.isValid() ? -row.created.toSecsSinceEpoch() : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == Status && (!row.badges.isEmpty() || (!row.ready && row.progress < 0)))
            return QColor(0xd9, 0x48, 0x2b);
        if ((index.column() == Cpu && row.cpu > 0.75) ||
            (index.column() == Memory && row.memory > 0.75))
            return QColor(0xd9, 0x48, 0x2b);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Cpu || index.column() == Memory || index.column() == Pods)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status && !row.badges.isEmpty())
            return row.badges.join(u'\n');
        break;
    case RoleKeyRole:
        return row.roleKey;
    case KeyRole:
        return row.key;
    case ProgressRole:
        return row.progress;
    case BadgesRole:
        return row.badges;
    case UtilisationRole:
        return index.column() == Cpu ? row.cpu : index.column() == Memory ? row.memory : -1.0;
    case TrendRole:
        if (index.column() == Trend && row.progress < 0) {
            const auto it = m_trends.constFind(row.key);
            if (it != m_trends.constEnd())
                return QVariant::fromValue(*it);
        }
        break;
    }
    return {};
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// StoreSortFilterModel over a StoreTableModel of real pods: a maestro-sim cluster listed
// and watched by a real connection. Every check compares the proxy with what the store
// holds at that moment: the rows a filter keeps, computed the slow way from data(), and
// their order by SortRole, compared as QSortFilterProxyModel compares.

#include "../core/KubeTestSupport.h"
#include "../core/SimPodEdits.h"
#include "app/kube/ClusterConnection.h"
#include "sim/store/ObjectStore.h"
#include "ui/common/StoreSortFilterModel.h"
#include "ui/common/StoreTableModel.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace maestro;
using namespace maestro::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int SyncMs = 30000;

enum Column { Namespace, Name, Phase, Restarts, Node, Cpu, Age, Columns };

/// Whether `left` sorts before `right`: texts case-sensitively, anything else as numbers.
bool keyLess(const QVariant &left, const QVariant &right)
{
    if (left.userType() == QMetaType::QString)
        return QString::compare(left.toString(), right.toString()) < 0;
    return left.toDouble() < right.toDouble();
}

} // namespace

class tst_StoreSortFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void sortsByEveryColumnBothWays_data();
    void sortsByEveryColumnBothWays();
    void tiesKeepThePreviousOrder();
    void filterNarrowsAndWidens();
    void namespaceAndWarningFilters();
    void selectionFollowsSortAndFilter();
    void liveChangesKeepOrderAndFilter();
    void pagesOfTheListArriveSortedAndFiltered();
    void readColumnsSortWithoutData();
    void readerSetOnAFilledModel();

private:
    /// A model with the Pods page's kinds of columns over `connection`'s pods: Namespace,
    /// Restarts, Node, CPU and Age read by a SortKeyReader, Name and Status by SortRole.
    /// `sortRoleCalls`, when given, counts the SortRole data() calls by column.
    static std::unique_ptr<StoreTableModel> podsModel(kube::ClusterConnection *connection,
                                                      QHash<int, int> *sortRoleCalls = nullptr,
                                                      bool withReader = true);
    /// The reader of the columns that podsModel() reads without SortRole.
    static void setReader(StoreTableModel *model, kube::ClusterConnection *connection);
    QVariant key(const QModelIndex &proxyIndex, int column) const
    {
        return m_proxy->index(proxyIndex.row(), column).data(StoreTableModel::SortRole);
    }
    QString keyOfRow(int proxyRow) const
    {
        return m_model->keyAt(m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row());
    }
    /// The proxy index of the pod `key` (invalid when filtered out).
    QModelIndex proxyIndexOf(const QString &key) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->keyAt(row) == key)
                return m_proxy->mapFromSource(m_model->index(row, 0));
        }
        return {};
    }
    /// Empty when the proxy shows exactly the rows the filter keeps, in the sort order.
    QString problem(const QString &text, const QString &ns = {}, bool warningsOnly = false) const;
    /// Writes a pod into the simulator: `change` edits a copy of the pod `from`.
    void putPod(const QString &from, const std::function<void(QJsonObject &)> &change);
    void removePod(const QString &key);

    std::unique_ptr<sim::SimServerThread> m_sim;
    std::unique_ptr<kube::ClusterConnection> m_connection;
    std::unique_ptr<StoreTableModel> m_model;
    std::unique_ptr<StoreSortFilterModel> m_proxy;
};

void tst_StoreSortFilterModel::initTestCase()
{
    sim::SimServerOptions options = test::simOptions(QStringLiteral("large"), 1);
    options.cluster.largeNodes = 12;
    options.cluster.largePods = 500;
    options.cluster.largeEvents = 10;
    m_sim = test::startSim(options);
    QVERIFY(m_sim);
    m_connection = std::make_unique<kube::ClusterConnection>(test::contextOf(m_sim->kubeconfig()));
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->hasSynced(), SyncMs);
    QVERIFY(m_connection->pods()->count() >= 500);
}

void tst_StoreSortFilterModel::cleanupTestCase()
{
    m_connection.reset();
    m_sim.reset();
}

void tst_StoreSortFilterModel::setReader(StoreTableModel *model,
                                         kube::ClusterConnection *connection)
{
    // The same keys as SortRole's below: problem() checks the order against SortRole.
    model->setSortKeyReader({Restarts, Cpu, Age}, {Namespace, Node},
                            [connection](const QString &key, StoreTableModel::SortKeySink &keys) {
                                const kube::PodInfo *pod = connection->pods()->find(key);
                                if (!pod)
                                    return;
                                keys.setText(Namespace, pod->meta.namespace_);
                                keys.setNumber(Restarts, pod->restarts);
                                keys.setText(Node, pod->nodeName);
                                keys.setNumber(Cpu, pod->cpuRequestMilli);
                                keys.setNumber(Age,
                                               -pod->meta.creationTimestamp.toSecsSinceEpoch());
                            });
}

std::unique_ptr<StoreTableModel>
tst_StoreSortFilterModel::podsModel(kube::ClusterConnection *connection,
                                    QHash<int, int> *sortRoleCalls, bool withReader)
{
    // The columns of the Pods page: texts, small and large numbers, many ties.
    auto model = std::make_unique<StoreTableModel>(
        QStringList{u"Namespace"_s, u"Name"_s, u"Status"_s, u"Restarts"_s, u"Node"_s, u"CPU"_s,
                    u"Age"_s},
        [connection, sortRoleCalls](const QString &key, int column, int role) -> QVariant {
            if (sortRoleCalls && role == StoreTableModel::SortRole)
                ++(*sortRoleCalls)[column];
            const kube::PodInfo *pod = connection->pods()->find(key);
            if (!pod)
                return {};
            if (role == StoreTableModel::NamespaceRole)
                return pod->meta.namespace_;
            if (role == StoreTableModel::WarningRole)
                return pod->phase != kube::PodPhase::Running;
            if (role != Qt::DisplayRole && role != StoreTableModel::SortRole)
                return {};
            const bool sort = role == StoreTableModel::SortRole;
            switch (column) {
            case Namespace:
                return pod->meta.namespace_;
            case Name:
                return pod->meta.name;
            case Phase:
                return pod->nodeName.isEmpty() ? u"Pending"_s : u"Scheduled"_s;
            case Restarts:
                return sort ? QVariant(pod->restarts) : QVariant(QString::number(pod->restarts));
            case Node:
                return pod->nodeName;
            case Cpu:
                return sort ? QVariant(pod->cpuRequestMilli)
                            : QVariant(QStringLiteral("%1m").arg(pod->cpuRequestMilli));
            case Age:
                return sort ? QVariant(-pod->meta.creationTimestamp.toSecsSinceEpoch())
                            : QVariant(pod->meta.creationTimestamp.toString(Qt::ISODate));
            }
            return {};
        });
    model->excludeFromSearch(Age);
    if (withReader)
        setReader(model.get(), connection);
    model->setInformer(connection->pods(), connection->pods()->items().keys());
    return model;
}

void tst_StoreSortFilterModel::init()
{
    m_model = podsModel(m_connection.get());
    m_proxy = std::make_unique<StoreSortFilterModel>();
    m_proxy->setSourceModel(m_model.get());
}

void tst_StoreSortFilterModel::cleanup()
{
    m_proxy.reset();
    m_model.reset();
}

QString tst_StoreSortFilterModel::problem(const QString &text, const QString &ns,
                                          bool warningsOnly) const
{
    // The rows the filter must keep, asked of data() row by row.
    QSet<QString> expected;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex first = m_model->index(row, 0);
        if (!ns.isEmpty() && first.data(StoreTableModel::NamespaceRole).toString() != ns)
            continue;
        if (warningsOnly && !first.data(StoreTableModel::WarningRole).toBool())
            continue;
        bool matches = text.isEmpty();
        for (int column = 0; column < Age && !matches; ++column)
            matches =
                m_model->index(row, column).data().toString().contains(text, Qt::CaseInsensitive);
        if (matches)
            expected.insert(m_model->keyAt(row));
    }
    QSet<QString> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString key = keyOfRow(row);
        if (shown.contains(key))
            return QStringLiteral("%1 is shown twice").arg(key);
        shown.insert(key);
    }
    if (shown != expected)
        return QStringLiteral("%1 rows shown, %2 expected for filter '%3' (%4 missing, %5 extra)")
            .arg(shown.size())
            .arg(expected.size())
            .arg(text)
            .arg((expected - shown).size())
            .arg((shown - expected).size());
    const int column = m_proxy->sortColumn();
    if (column < 0)
        return {};
    const bool ascending = m_proxy->sortOrder() == Qt::AscendingOrder;
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QVariant previous = key(m_proxy->index(row - 1, 0), column);
        const QVariant current = key(m_proxy->index(row, 0), column);
        if (ascending ? keyLess(current, previous) : keyLess(previous, current))
            return QStringLiteral("rows %1 and %2 are out of order by column %3: %4, %5")
                .arg(row - 1)
                .arg(row)
                .arg(column)
                .arg(previous.toString(), current.toString());
    }
    return {};
}

void tst_StoreSortFilterModel::putPod(const QString &from,
                                      const std::function<void(QJsonObject &)> &change)
{
    QVERIFY2(test::editSimPod(*m_sim, from, change), qPrintable(from));
}

void tst_StoreSortFilterModel::removePod(const QString &key)
{
    sim::ObjectStore *objects = m_sim->server()->store();
    const qsizetype slash = key.indexOf(u'/');
    QVERIFY(QMetaObject::invokeMethod(
        objects,
        [&] { objects->remove(QStringLiteral("pods"), key.left(slash), key.mid(slash + 1)); },
        Qt::BlockingQueuedConnection));
}

void tst_StoreSortFilterModel::sortsByEveryColumnBothWays_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    const char *names[] = {"namespace", "name", "status", "restarts", "node", "cpu", "age"};
    for (int column = 0; column < Columns; ++column) {
        QTest::addRow("%s ascending", names[column]) << column << int(Qt::AscendingOrder);
        QTest::addRow("%s descending", names[column]) << column << int(Qt::DescendingOrder);
    }
}

void tst_StoreSortFilterModel::sortsByEveryColumnBothWays()
{
    QFETCH(int, column);
    QFETCH(int, order);
    // From another column's order, so that the sort has work to do.
    m_proxy->sort((column + 1) % Columns, Qt::AscendingOrder);
    QCOMPARE(problem({}), QString());
    m_proxy->sort(column, Qt::SortOrder(order));
    QCOMPARE(m_proxy->sortColumn(), column);
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    QCOMPARE(problem({}), QString());
    // The first row holds the smallest (largest) key of all.
    const QVariant first = key(m_proxy->index(0, 0), column);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariant other = m_model->index(row, column).data(StoreTableModel::SortRole);
        QVERIFY(!(order == Qt::AscendingOrder ? keyLess(other, first) : keyLess(first, other)));
    }
    // Filtered, the order holds too.
    // The pods on the worker nodes ("<cluster>-md-0-<hash>-<suffix>").
    m_proxy->setFilter(QStringLiteral("md-0"));
    QVERIFY(m_proxy->rowCount() > 0);
    QVERIFY(m_proxy->rowCount() < m_model->rowCount());
    QCOMPARE(problem(QStringLiteral("md-0")), QString());
    // And back to the store's order.
    m_proxy->setFilter({});
    m_proxy->sort(-1);
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QCOMPARE(m_proxy->mapToSource(m_proxy->index(row, 0)).row(), row);
}

void tst_StoreSortFilterModel::tiesKeepThePreviousOrder()
{
    // By name, then by node: the pods of one node stay in name order, either way round.
    m_proxy->sort(Name, Qt::AscendingOrder);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(Node, order);
        QCOMPARE(problem({}), QString());
        int ties = 0;
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const QModelIndex previous = m_proxy->index(row - 1, 0);
            const QModelIndex current = m_proxy->index(row, 0);
            if (key(previous, Node) != key(current, Node))
                continue;
            ++ties;
            QVERIFY2(!keyLess(key(current, Name), key(previous, Name)),
                     qPrintable(keyOfRow(row - 1) + u" before "_s + keyOfRow(row)));
        }
        QVERIFY(ties > m_proxy->rowCount() / 2); // 500 pods on 12 nodes
        m_proxy->sort(Name, Qt::AscendingOrder);
    }
    // Restarts are mostly 0: after a descending name sort, ties are in reverse name order.
    m_proxy->sort(Name, Qt::DescendingOrder);
    m_proxy->sort(Restarts, Qt::AscendingOrder);
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QModelIndex previous = m_proxy->index(row - 1, 0);
        const QModelIndex current = m_proxy->index(row, 0);
        if (key(previous, Restarts) == key(current, Restarts))
            QVERIFY(!keyLess(key(previous, Name), key(current, Name)));
    }
}

void tst_StoreSortFilterModel::filterNarrowsAndWidens()
{
    m_proxy->sort(Node, Qt::DescendingOrder);
    // Typing a real pod's name one letter at a time (upper case: the filter ignores case),
    // then erasing it again; then a text that was never a prefix of the last.
    const QString name = m_connection->pods()->items().begin()->meta.name.toUpper();
    QString text;
    QList<int> counts;
    for (QChar letter : name.left(8)) {
        text += letter;
        m_proxy->setFilter(text);
        QCOMPARE(problem(text), QString());
        counts << m_proxy->rowCount();
    }
    QVERIFY(counts.last() >= 1);
    QVERIFY(counts.first() > counts.last());
    while (!text.isEmpty()) {
        text.chop(1);
        m_proxy->setFilter(text);
        QCOMPARE(problem(text), QString());
    }
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    for (const QString &other : {u"pending"_s, u"scheduled"_s, u"zzz-nothing"_s, u"-"_s}) {
        m_proxy->setFilter(other);
        QCOMPARE(problem(other), QString());
    }
    QCOMPARE(m_proxy->filterText(), u"-"_s);
}

void tst_StoreSortFilterModel::namespaceAndWarningFilters()
{
    m_proxy->sort(Cpu, Qt::AscendingOrder);
    const QStringList namespaces = m_model->namespaces();
    QVERIFY(namespaces.size() > 1);
    for (const QString &ns : namespaces) {
        m_proxy->setFilter({}, ns);
        QCOMPARE(problem({}, ns), QString());
        QVERIFY(m_proxy->rowCount() > 0);
        m_proxy->setFilter(QStringLiteral("e"), ns, true);
        QCOMPARE(problem(QStringLiteral("e"), ns, true), QString());
    }
    m_proxy->setFilter({}, {}, true);
    QCOMPARE(problem({}, {}, true), QString());
    m_proxy->setFilter({});
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void tst_StoreSortFilterModel::selectionFollowsSortAndFilter()
{
    QItemSelectionModel selection(m_proxy.get());
    m_proxy->sort(Name, Qt::AscendingOrder);
    const int chosen = m_proxy->rowCount() / 3;
    const QString chosenKey = keyOfRow(chosen);
    selection.select(m_proxy->index(chosen, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(m_proxy->index(chosen, Node), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex remembered = m_proxy->index(chosen, Phase);

    const auto selectedKey = [&] {
        const QModelIndexList rows = selection.selectedRows();
        return rows.size() == 1 ? keyOfRow(rows.first().row()) : QString();
    };
    for (int column : {Name, Node, Age, Restarts}) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            m_proxy->sort(column, order);
            QCOMPARE(selectedKey(), chosenKey);
            QCOMPARE(keyOfRow(selection.currentIndex().row()), chosenKey);
            QCOMPARE(selection.currentIndex().column(), int(Node));
            QCOMPARE(keyOfRow(remembered.row()), chosenKey);
            QCOMPARE(remembered.column(), int(Phase));
        }
    }
    // A filter that keeps the row keeps it selected; one that hides it drops it.
    const QString name = chosenKey.mid(chosenKey.indexOf(u'/') + 1);
    m_proxy->setFilter(name.left(name.size() - 1));
    QVERIFY(m_proxy->rowCount() < m_model->rowCount());
    QCOMPARE(selectedKey(), chosenKey);
    m_proxy->setFilter(name);
    QCOMPARE(selectedKey(), chosenKey);
    m_proxy->setFilter(name + u"-not-a-pod"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(selection.selectedRows().isEmpty());
    QVERIFY(!remembered.isValid());
}

void tst_StoreSortFilterModel::liveChangesKeepOrderAndFilter()
{
    // Sorted by node, descending, and filtered to the pods on worker nodes (their names
    // hold "md-0"; the filter ignores case): the watch's changes arrive while both are
    // in force.
    const QString filter = QStringLiteral("MD-0");
    m_proxy->sort(Name, Qt::AscendingOrder);
    m_proxy->sort(Node, Qt::DescendingOrder);
    m_proxy->setFilter(filter);
    QCOMPARE(problem(filter), QString());
    QVERIFY(m_proxy->rowCount() > 10);
    QItemSelectionModel selection(m_proxy.get());

    // A pod in the middle moves to the first node in the order (renamed to sort first),
    // and stays selected.
    const int middle = m_proxy->rowCount() / 2;
    const QString moved = keyOfRow(middle);
    selection.select(m_proxy->index(middle, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString lastNode = key(m_proxy->index(0, 0), Node).toString() + u"-z"_s;
    putPod(moved, [&](QJsonObject &pod) {
        QJsonObject spec = pod.value(u"spec").toObject();
        spec.insert(u"nodeName", lastNode);
        pod.insert(u"spec", spec);
    });
    QTRY_COMPARE_WITH_TIMEOUT(keyOfRow(0), moved, SyncMs);
    QCOMPARE(key(m_proxy->index(0, 0), Node).toString(), lastNode);
    QCOMPARE(problem(filter), QString());
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(keyOfRow(selection.selectedRows().first().row()), moved);

    // A new pod on a node in the middle of the order takes its place among them.
    const QString middleNode = key(m_proxy->index(m_proxy->rowCount() / 2, 0), Node).toString();
    const QString added = moved.left(moved.indexOf(u'/')) + u"/aaa-added-by-the-test"_s;
    putPod(moved, [&](QJsonObject &pod) {
        QJsonObject metadata = pod.value(u"metadata").toObject();
        metadata.insert(u"name", added.mid(added.indexOf(u'/') + 1));
        metadata.insert(u"uid", u"6b1f7b7e-0000-4000-8000-added0000001"_s);
        pod.insert(u"metadata", metadata);
        QJsonObject spec = pod.value(u"spec").toObject();
        spec.insert(u"nodeName", middleNode);
        pod.insert(u"spec", spec);
    });
    // (The store's batches reach the model a moment after the informer has them.)
    QTRY_VERIFY_WITH_TIMEOUT(proxyIndexOf(added).isValid(), SyncMs);
    QCOMPARE(problem(filter), QString());
    const QModelIndex addedIndex = proxyIndexOf(added);
    QCOMPARE(keyOfRow(addedIndex.row()), added);
    QCOMPARE(key(addedIndex, Node).toString(), middleNode);

    // Taken off its node, it leaves the filter (no "md-0" left in its text); put back, it
    // returns.
    putPod(added, [&](QJsonObject &pod) {
        QJsonObject spec = pod.value(u"spec").toObject();
        spec.remove(u"nodeName");
        pod.insert(u"spec", spec);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!proxyIndexOf(added).isValid(), SyncMs);
    QCOMPARE(problem(filter), QString());
    QVERIFY(m_connection->pods()->find(added)->nodeName.isEmpty());
    putPod(added, [&](QJsonObject &pod) {
        QJsonObject spec = pod.value(u"spec").toObject();
        spec.insert(u"nodeName", middleNode);
        pod.insert(u"spec", spec);
    });
    QTRY_VERIFY_WITH_TIMEOUT(proxyIndexOf(added).isValid(), SyncMs);
    QCOMPARE(problem(filter), QString());

    // Removed pods leave; the selection stays on its row.
    const QString removed = keyOfRow(m_proxy->rowCount() - 1);
    QVERIFY(removed != moved);
    removePod(removed);
    removePod(added);
    const auto inModel = [this](const QString &key) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->keyAt(row) == key)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!inModel(removed) && !inModel(added), SyncMs);
    QCOMPARE(problem(filter), QString());
    QCOMPARE(keyOfRow(selection.selectedRows().first().row()), moved);

    // Widening and narrowing again after the changes, and sorting by the changed column.
    m_proxy->setFilter({});
    QCOMPARE(problem({}), QString());
    m_proxy->sort(Node, Qt::AscendingOrder);
    QCOMPARE(problem({}), QString());
    QCOMPARE(keyOfRow(m_proxy->rowCount() - 1), moved);
    m_proxy->setFilter(filter);
    QCOMPARE(problem(filter), QString());
}

void tst_StoreSortFilterModel::pagesOfTheListArriveSortedAndFiltered()
{
    // Sorted and filtered before the first page arrives, as when a cluster is opened on
    // the Pods page: the list's pages come in as large insertions.
    kube::ClusterConnection connection(test::contextOf(m_sim->kubeconfig()));
    m_proxy.reset();
    m_model = podsModel(&connection);
    m_proxy = std::make_unique<StoreSortFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(Name, Qt::AscendingOrder);
    m_proxy->sort(Node, Qt::DescendingOrder);
    m_proxy->setFilter(QStringLiteral("md-0"));
    QCOMPARE(m_proxy->rowCount(), 0);
    int largestInsertion = 0;
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                largestInsertion = std::max(largestInsertion, last - first + 1);
            });
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.hasSynced(), SyncMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), connection.pods()->count(), SyncMs);
    QVERIFY(largestInsertion > 16);
    QCOMPARE(problem(QStringLiteral("md-0")), QString());
    m_proxy->setFilter({});
    QCOMPARE(problem({}), QString());
    m_proxy.reset();
    m_model.reset();
}

void tst_StoreSortFilterModel::readColumnsSortWithoutData()
{
    // At 150,000 pods a data() call per row (a look-up of the pod by key each) made the
    // first sort by Age or Node take half a second: the reader's columns need none.
    QHash<int, int> sortRoleCalls;
    m_proxy.reset();
    m_model = podsModel(m_connection.get(), &sortRoleCalls);
    m_proxy = std::make_unique<StoreSortFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    for (int column : {Namespace, Restarts, Node, Cpu, Age}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(column, order);
            QCOMPARE(problem({}), QString());
        }
    }
    // (problem() asks data() for the keys it checks: only the sorts are counted.)
    sortRoleCalls.clear();
    m_proxy->sort(Name, Qt::AscendingOrder);
    QCOMPARE(sortRoleCalls.value(Name), m_model->rowCount());
    sortRoleCalls.clear();
    for (int column : {Namespace, Restarts, Node, Cpu, Age})
        m_proxy->sort(column, Qt::DescendingOrder);
    QCOMPARE(sortRoleCalls, (QHash<int, int>()));

    // A pod scheduled on a node the cluster did not have: a text the last ranking did not
    // know, first compared as a text, then ranked with the others by the next sort.
    m_proxy->sort(Node, Qt::AscendingOrder);
    const QString moved = keyOfRow(m_proxy->rowCount() / 2);
    const QString newNode = key(m_proxy->index(0, 0), Node).toString() + u"-0-new"_s;
    putPod(moved, [&](QJsonObject &pod) {
        QJsonObject spec = pod.value(u"spec").toObject();
        spec.insert(u"nodeName", newNode);
        pod.insert(u"spec", spec);
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->pods()->find(moved)->nodeName, newNode, SyncMs);
    // data() reads the store at once; the row moves when the model has the change.
    QTRY_COMPARE_WITH_TIMEOUT(problem({}), QString(), SyncMs);
    QCOMPARE(key(proxyIndexOf(moved), Node).toString(), newNode);
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        sortRoleCalls.clear();
        m_proxy->sort(Node, order);
        QCOMPARE(sortRoleCalls, (QHash<int, int>()));
        QCOMPARE(problem({}), QString());
    }
}

void tst_StoreSortFilterModel::readerSetOnAFilledModel()
{
    // Sorted by SortRole first, then given the reader: the columns are read again, and
    // sort as before.
    QHash<int, int> sortRoleCalls;
    m_proxy.reset();
    m_model = podsModel(m_connection.get(), &sortRoleCalls, false);
    m_proxy = std::make_unique<StoreSortFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(Age, Qt::AscendingOrder);
    QCOMPARE(sortRoleCalls.value(Age), m_model->rowCount());
    QCOMPARE(problem({}), QString());
    setReader(m_model.get(), m_connection.get());
    for (int column : {Node, Age, Cpu}) {
        sortRoleCalls.clear();
        m_proxy->sort(column, Qt::DescendingOrder);
        QCOMPARE(sortRoleCalls, (QHash<int, int>()));
        QCOMPARE(problem({}), QString());
    }
}

QTEST_MAIN(tst_StoreSortFilterModel)
#include "tst_StoreSortFilterModel.moc"

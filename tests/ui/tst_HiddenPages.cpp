// SPDX-License-Identifier: GPL-3.0-or-later
// The Application page's sections that are not in front do not rebuild themselves for
// every change of the cluster, yet each shows the cluster as it is the moment it is
// shown again: a node and a pod added to a maestro-sim cluster while the Pods section is
// in front are on the Overview, Servers, Utilisation and Timeline sections as soon as
// each is shown, before anything else runs.

#include "../core/KubeTestSupport.h"
#include "../core/SimPodEdits.h"
#include "app/kube/ClusterConnection.h"
#include "sim/store/ObjectStore.h"
#include "ui/application/ApplicationPage.h"
#include "ui/servers/ServersModel.h"
#include "ui/servers/ServersPage.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/timeline/TimelinePage.h"
#include "ui/timeline/TimelineView.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace maestro;
using namespace maestro::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int SyncMs = 30000;

} // namespace

class tst_HiddenPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void sectionsShowChangesMadeWhileHidden();
    void windowShownAgainShowsChangesMadeWhileHidden();

private:
    QString overviewText() const;
    /// "N in all" as the Overview's Pods line says it, for the store's pods now.
    QString podsInAll() const;
    bool utilisationListsNode(const QString &node) const;
    /// Adds a node and a running pod on it (copies of existing ones) to the
    /// simulator and waits until the informers have delivered both to the pages (the
    /// stores have them a moment before their batches go out). The pod's key.
    QString addNodeAndPod(const QString &node, const QString &podName, int serial);

    std::unique_ptr<sim::SimServerThread> m_sim;
    std::unique_ptr<kube::ClusterConnection> m_connection;
    std::unique_ptr<ApplicationPage> m_page;
};

void tst_HiddenPages::initTestCase()
{
    m_sim = test::startSim(test::simOptions(QStringLiteral("shared-master"), 1));
    QVERIFY(m_sim);
    m_connection = std::make_unique<kube::ClusterConnection>(test::contextOf(m_sim->kubeconfig()));
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->hasSynced(), SyncMs);
}

void tst_HiddenPages::cleanupTestCase()
{
    m_connection.reset();
    m_sim.reset();
}

void tst_HiddenPages::init()
{
    m_page = std::make_unique<ApplicationPage>();
    m_page->resize(1400, 900);
    m_page->setConnection(m_connection.get());
    m_page->showSection(ApplicationPage::Section::Overview);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_HiddenPages::cleanup()
{
    m_page.reset();
}

QString tst_HiddenPages::overviewText() const
{
    auto *summary = m_page->findChild<QLabel *>(u"overviewSummary"_s);
    return summary ? summary->text() : QString();
}

QString tst_HiddenPages::podsInAll() const
{
    return QLocale().toString(m_connection->pods()->count()) + u" in all"_s;
}

bool tst_HiddenPages::utilisationListsNode(const QString &node) const
{
    auto *list = m_page->findChild<QTreeWidget *>(u"utilisationSeries"_s);
    return list && !list->findItems(node, Qt::MatchExactly | Qt::MatchRecursive).isEmpty();
}

QString tst_HiddenPages::addNodeAndPod(const QString &node, const QString &podName, int serial)
{
    QSignalSpy nodeBatches(m_connection->nodes(), &kube::InformerBase::changed);
    QSignalSpy podBatches(m_connection->pods(), &kube::InformerBase::changed);
    sim::ObjectStore *objects = m_sim->server()->store();
    // (The scenario's nodes are shared masters: a copy is one more.)
    const QString worker = m_connection->nodes()->items().begin()->meta.name;
    if (worker.isEmpty())
        return {};
    bool added = false;
    QMetaObject::invokeMethod(
        objects,
        [&] {
            const sim::StoredObjectPtr stored = objects->get(u"nodes"_s, QString(), worker);
            if (!stored)
                return;
            QJsonObject object = QJsonDocument::fromJson(stored->json).object();
            QJsonObject metadata = object.value(u"metadata").toObject();
            metadata.insert(u"name", node);
            metadata.insert(
                u"uid", u"6b1f7b7e-0000-4000-8000-0000000a%1"_s.arg(serial, 4, 10, QChar(u'0')));
            object.insert(u"metadata", metadata);
            QHash<QString, QString> fields = stored->fields;
            fields.insert(u"metadata.name"_s, node);
            objects->put(u"nodes"_s, object, fields, stored->tableCells);
            added = true;
        },
        Qt::BlockingQueuedConnection);
    if (!added)
        return {};
    QString from;
    for (const kube::PodInfo &info : m_connection->pods()->items()) {
        if (info.phase == kube::PodPhase::Running && !info.meta.namespace_.isEmpty()) {
            from = info.meta.key();
            break;
        }
    }
    if (from.isEmpty())
        return {};
    const QString pod = from.left(from.indexOf(u'/') + 1) + podName;
    const bool copied = test::editSimPod(*m_sim, from, [&](QJsonObject &object) {
        QJsonObject metadata = object.value(u"metadata").toObject();
        metadata.insert(u"name", podName);
        metadata.insert(u"uid",
                        u"6b1f7b7e-0000-4000-8000-0000000b%1"_s.arg(serial, 4, 10, QChar(u'0')));
        object.insert(u"metadata", metadata);
        QJsonObject spec = object.value(u"spec").toObject();
        spec.insert(u"nodeName", node);
        object.insert(u"spec", spec);
    });
    if (!copied)
        return {};
    const auto delivered = [](const QSignalSpy &batches, const QString &key) {
        for (const QList<QVariant> &arguments : batches) {
            if (arguments.value(0).value<kube::ChangeBatch>().added.contains(key))
                return true;
        }
        return false;
    };
    if (!QTest::qWaitFor([&] { return delivered(nodeBatches, node) && delivered(podBatches, pod); },
                         SyncMs))
        return {};
    return pod;
}

void tst_HiddenPages::sectionsShowChangesMadeWhileHidden()
{
    using Section = ApplicationPage::Section;
    // Every section shown once, so that each has shown the cluster as it was.
    for (Section section : ApplicationPage::sections())
        m_page->showSection(section);
    m_page->showSection(Section::Pods);
    const QString node = u"hidden-pages-worker-1"_s;
    const QString overviewBefore = overviewText();
    QVERIFY(overviewBefore.contains(podsInAll()));
    ServersModel *servers = m_page->serversPage()->model();
    TimelineView *timeline = m_page->timelinePage()->view();
    QVERIFY(servers->rowCount() > 0);
    QVERIFY(!timeline->laneNodes().isEmpty());

    QVERIFY(!addNodeAndPod(node, u"hidden-pages-pod-1"_s, 1).isEmpty());

    // Hidden, they did not rebuild for it.
    QCOMPARE(overviewText(), overviewBefore);
    QVERIFY(!overviewText().contains(podsInAll()));
    QCOMPARE(servers->rowOf(node), -1);
    QVERIFY(!timeline->laneNodes().contains(node));
    QVERIFY(!utilisationListsNode(node));

    // Shown, each has it at once: no event loop runs between showing and checking.
    m_page->showSection(Section::Overview);
    QVERIFY2(overviewText().contains(podsInAll()), qPrintable(overviewText()));
    m_page->showSection(Section::Servers);
    QVERIFY(servers->rowOf(node) >= 0);
    QCOMPARE(servers->index(servers->rowOf(node), ServersModel::Pods).data().toString(), u"1"_s);
    m_page->showSection(Section::Utilisation);
    QVERIFY(utilisationListsNode(node));
    m_page->showSection(Section::Timeline);
    QVERIFY(timeline->laneNodes().contains(node));

    // In front, a section follows the cluster without being shown again.
    QVERIFY(!addNodeAndPod(u"hidden-pages-worker-2"_s, u"hidden-pages-pod-2"_s, 2).isEmpty());
    QVERIFY(timeline->laneNodes().contains(u"hidden-pages-worker-2"_s));
    QVERIFY(!utilisationListsNode(u"hidden-pages-worker-2"_s));
    m_page->showSection(Section::Utilisation);
    QVERIFY(utilisationListsNode(u"hidden-pages-worker-2"_s));
}

void tst_HiddenPages::windowShownAgainShowsChangesMadeWhileHidden()
{
    // The section in front is hidden with its window (another cluster's window in front,
    // the page taken out of the main window), and shown with it again.
    QVERIFY(overviewText().contains(podsInAll()));
    m_page->hide();
    QVERIFY(!addNodeAndPod(u"hidden-pages-worker-3"_s, u"hidden-pages-pod-3"_s, 3).isEmpty());
    QVERIFY(!overviewText().contains(podsInAll()));
    m_page->show();
    QVERIFY2(overviewText().contains(podsInAll()), qPrintable(overviewText()));
}

QTEST_MAIN(tst_HiddenPages)
#include "tst_HiddenPages.moc"

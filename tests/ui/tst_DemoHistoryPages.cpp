// SPDX-License-Identifier: GPL-3.0-or-later
// The history pages on the demo cluster as a person sees them: the real window over the
// in-process shared-master demo, left running for a few simulated minutes until the
// shared master climbs past the 75% target. The charts must show that climb from the
// recorded history, the timeline the evictions and etcd's slow writes it brings, and
// a scale-up through the window its whole course there (started, the node added and
// Ready, finished); a screenshot of each page is kept as a test artifact.

#include "app/clusters/ClusterRegistry.h"
#include "app/history/HistoryRecorder.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "app/kube/MetricsPoller.h"
#include "app/scaling/ScaleUpOperation.h"
#include "ui/application/ApplicationPage.h"
#include "ui/main/MainWindow.h"
#include "ui/scaleup/ScaleUpWizard.h"
#include "ui/servers/ServersModel.h"
#include "ui/servers/ServersPage.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/timeline/TimelinePage.h"
#include "ui/timeline/TimelineView.h"
#include "ui/utilisation/UtilisationChart.h"
#include "ui/utilisation/UtilisationExport.h"
#include "ui/utilisation/UtilisationPage.h"

#include "WindowTestMain.h"
#include "tests/ui/TestArtifacts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace maestro;
using namespace maestro::ui;
using namespace Qt::StringLiterals;

namespace {

/// The highest utilisation (percent) of a chart series, NaN-free; -1 when empty.
double peak(const QList<QPointF> &points)
{
    double top = -1;
    for (const QPointF &p : points)
        top = std::max(top, p.y());
    return top;
}

} // namespace

class tst_DemoHistoryPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void utilisationShowsTheSharedMasterClimbing();
    void timelineShowsTheSharedMastersTrouble();
    void serversShowASparklinePerNode();
    void scaleUpRunsItsCourseOnTheTimeline();

private:
    using Kind = history::TimelineEvent::Kind;
    /// The Timeline section over [from, now], loaded; nullptr on failure.
    TimelinePage *showTimeline(qint64 fromMs);
    /// Stored events of `kinds` seen since the test started.
    QList<history::TimelineEvent> stored(const QList<Kind> &kinds) const;

    kube::ClusterConnection *demo() const { return m_registry->connection(u"demo"_s); }
    QString sharedMaster() const;

    std::unique_ptr<ClusterRegistry> m_registry;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_startedMs = 0;
};

void tst_DemoHistoryPages::initTestCase()
{
    m_registry = std::make_unique<ClusterRegistry>();
    m_registry->load();
    m_registry->setDemoOptions(QStringLiteral("shared-master"), 60);
    m_window = std::make_unique<MainWindow>(m_registry.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_window->openCluster(u"demo"_s);
    QVERIFY(demo());
    QTRY_COMPARE_WITH_TIMEOUT(demo()->state(), kube::ClusterConnection::State::Connected, 30000);
    // A simulated minute passes every second; sample as often, so that a few real
    // minutes of test give the charts the shape of a few simulated hours.
    demo()->metrics()->setInterval(1000);
    QVERIFY(m_registry->recorder(u"demo"_s));
    m_registry->recorder(u"demo"_s)->setSampleIntervalMs(1000);
    QVERIFY(m_registry->history(u"demo"_s)->isOpen());
}

void tst_DemoHistoryPages::cleanupTestCase()
{
    m_window.reset();
    m_registry.reset();
}

QString tst_DemoHistoryPages::sharedMaster() const
{
    for (const kube::NodeInfo &node : demo()->nodes()->items()) {
        if (node.role() == kube::NodeRole::SharedMaster)
            return node.meta.name;
    }
    return {};
}

void tst_DemoHistoryPages::utilisationShowsTheSharedMasterClimbing()
{
    const QString master = sharedMaster();
    QVERIFY2(!master.isEmpty(), "the shared-master demo has no shared master");
    history::HistoryStore *store = m_registry->history(u"demo"_s);

    // Wait (bounded) until the history holds the master above the target.
    const auto storedPeak = [&] {
        store->flush();
        const auto result =
            store->querySamplesNow({master}, QDateTime::fromMSecsSinceEpoch(m_startedMs - 1000),
                                   QDateTime::currentDateTimeUtc().addSecs(1));
        double top = -1;
        for (const history::SamplePoint &p : result.series.value(0).points)
            top = std::max({top, p.cpuMax, p.memoryMax});
        return top;
    };
    QTRY_VERIFY_WITH_TIMEOUT(storedPeak() > 0.75, 120000);
    // Half a simulated hour at least, so the picture shows the shape of the climb.
    const qint64 shownMs = 30000;
    QTest::qWait(
        int(std::max<qint64>(2000, m_startedMs + shownMs - QDateTime::currentMSecsSinceEpoch())));

    m_window->navigate({u"demo"_s, ApplicationPage::Section::Utilisation});
    auto *page = m_window->findChild<UtilisationPage *>(u"utilisationPage"_s);
    QVERIFY(page && page->isVisible());
    // From the start of the test to now, following the present.
    QSignalSpy reloaded(page, &UtilisationPage::reloaded);
    page->timeWindow()->setRange(m_startedMs - 2000, QDateTime::currentMSecsSinceEpoch() + 1000);
    QVERIFY(page->timeWindow()->following());
    QVERIFY2(page->timeWindow()->spanMs() < 5 * 60 * 1000,
             qPrintable(QString::number(page->timeWindow()->spanMs())));
    QVERIFY(reloaded.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isLoading() && !page->cpuChart()->plottedPoints(master).isEmpty(), 10000);
    const double charted = std::max(peak(page->cpuChart()->plottedPoints(master)),
                                    peak(page->memoryChart()->plottedPoints(master)));
    QVERIFY2(charted > 75,
             qPrintable(u"the chart's peak for %1 is %2%"_s.arg(master).arg(charted)));
    // Nothing made up on the way: the chart's peak is one the store holds (or held
    // before newer ticks raised it).
    QVERIFY(charted <= storedPeak() * 100 + 1e-6);
    QVERIFY(page->cpuChart()->seriesIds().contains(u"@masters"_s));
    QVERIFY(!page->latencyChart()->plottedPoints(u"p99"_s).isEmpty());
    QVERIFY(test::saveArtifact(m_window.get(), u"utilisation.png"_s));

    // An export shows its count in the status bar, with a Cancel that stops it.
    connect(page, &UtilisationPage::exportStarted, this,
            [](UtilisationExport *job) { job->setSeriesPerBatch(1); });
    QTemporaryDir target;
    UtilisationExport *job = page->exportCsv(target.filePath(u"demo.csv"_s));
    QVERIFY(job->total() >= 2);
    QSignalSpy finished(job, &UtilisationExport::finished);
    auto *bar = m_window->findChild<QProgressBar *>(u"exportProgress"_s);
    auto *cancel = m_window->findChild<QToolButton *>(u"exportCancelButton"_s);
    QVERIFY(bar && cancel);
    QString shownText;
    connect(job, &UtilisationExport::progressChanged, this, [&](int done, int total) {
        if (done != 1 || !cancel->isVisible())
            return;
        shownText = bar->text();
        QCOMPARE(bar->maximum(), total);
        QVERIFY(test::saveArtifact(m_window.get(), u"utilisation-export-progress.png"_s));
        cancel->click();
    });
    QVERIFY(finished.wait(20000));
    QVERIFY2(shownText.startsWith(u"1 of %1 series to demo.csv"_s.arg(job->total())),
             qPrintable(shownText));
    QVERIFY(job->wasCancelled());
    QVERIFY(!QFileInfo::exists(target.filePath(u"demo.csv"_s)));
    QTRY_VERIFY(!bar->isVisible() && !cancel->isVisible());
}

TimelinePage *tst_DemoHistoryPages::showTimeline(qint64 fromMs)
{
    m_window->navigate({u"demo"_s, ApplicationPage::Section::Timeline});
    auto *page = m_window->findChild<TimelinePage *>(u"timelinePage"_s);
    if (!page || !page->isVisible())
        return nullptr;
    QSignalSpy reloaded(page, &TimelinePage::reloaded);
    page->timeWindow()->setRange(fromMs, QDateTime::currentMSecsSinceEpoch() + 1000);
    if (!reloaded.wait(10000) && page->isLoading())
        return nullptr;
    return page;
}

QList<history::TimelineEvent> tst_DemoHistoryPages::stored(const QList<Kind> &kinds) const
{
    history::HistoryStore *store = m_registry->history(u"demo"_s);
    store->flush();
    return store->queryEventsNow(QDateTime::fromMSecsSinceEpoch(m_startedMs - 1000, Qt::UTC),
                                 QDateTime::currentDateTimeUtc().addSecs(5), kinds);
}

void tst_DemoHistoryPages::timelineShowsTheSharedMastersTrouble()
{
    const QString master = sharedMaster();
    QVERIFY(!master.isEmpty());
    // Bounded wait until the overloaded master has evicted pods and etcd on it has
    // written slowly, as the recorder stores them.
    const auto onMaster = [&](Kind kind) {
        int n = 0;
        for (const history::TimelineEvent &e : stored({kind}))
            n += e.node == master ? 1 : 0;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(onMaster(Kind::Eviction) >= 1, 180000);
    QTRY_VERIFY_WITH_TIMEOUT(onMaster(Kind::EtcdSlowWrite) >= 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(onMaster(Kind::Pressure) >= 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!stored({Kind::SchedulingFailure}).isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!stored({Kind::FindingStarted}).isEmpty(), 60000);

    TimelinePage *page = showTimeline(m_startedMs - 2000);
    QVERIFY(page);
    TimelineView *view = page->view();
    QCOMPARE(view->timeWindow(), m_window->applicationPage()->timeWindow());
    QCOMPARE(m_window->applicationPage()->utilisationPage()->timeWindow(), view->timeWindow());
    // Masters come first: the shared master's lane is near the top, in the picture.
    const int lane = int(view->laneNodes().indexOf(master));
    QVERIFY2(lane >= 0 && lane <= 1, qPrintable(view->laneNodes().join(u", ")));

    // Every eviction, etcd warning and finding the timeline shows is a stored event,
    // on the same node and at the same time ...
    const QList<Kind> kinds{Kind::Eviction, Kind::EtcdSlowWrite, Kind::Pressure,
                            Kind::SchedulingFailure, Kind::FindingStarted};
    QHash<QString, history::TimelineEvent> byKey;
    for (const history::TimelineEvent &e : stored(kinds))
        byKey.insert(e.key, e);
    const qint64 snapshotMs = QDateTime::currentMSecsSinceEpoch();
    QHash<Kind, int> shownOnMaster;
    QSet<QString> shownKeys;
    for (const TimelineView::Item &item : view->itemsInRange()) {
        if (!kinds.contains(item.kind))
            continue;
        shownKeys.insert(item.key);
        QVERIFY2(byKey.contains(item.key), qPrintable(u"not stored: "_s + item.key));
        const history::TimelineEvent &e = byKey.value(item.key);
        QCOMPARE(item.kind, e.kind);
        QCOMPARE(item.node, e.node);
        QCOMPARE(item.firstMs, e.firstSeen.toMSecsSinceEpoch());
        QCOMPARE(view->laneNodes().value(item.lane), item.node);
        if (item.node == master)
            ++shownOnMaster[item.kind];
        // ... and drawn where the time axis says.
        if (item.firstMs >= view->timeWindow()->fromMs() && item.kind != Kind::FindingStarted)
            QVERIFY(view->pointOf(item.key).has_value());
    }
    QVERIFY(shownOnMaster.value(Kind::Eviction) >= 1);
    QVERIFY(shownOnMaster.value(Kind::EtcdSlowWrite) >= 1);
    QVERIFY(shownOnMaster.value(Kind::Pressure) >= 1);
    // ... and every one stored (until a moment ago) is on the timeline.
    for (const history::TimelineEvent &e : std::as_const(byKey)) {
        if (e.lastSeen.toMSecsSinceEpoch() < snapshotMs - 5000 &&
            e.lastSeen.toMSecsSinceEpoch() > view->timeWindow()->fromMs())
            QVERIFY2(shownKeys.contains(e.key), qPrintable(u"not shown: "_s + e.key));
    }
    // The details of an eviction on the master.
    QString eviction;
    for (const TimelineView::Item &item : view->itemsInRange()) {
        if (item.kind == Kind::Eviction && item.node == master)
            eviction = item.key;
    }
    QVERIFY(page->selectEvent(eviction));
    QCOMPARE(page->selectedKey(), eviction);
    QVERIFY(test::saveArtifact(m_window.get(), u"timeline.png"_s));
}

void tst_DemoHistoryPages::serversShowASparklinePerNode()
{
    const QString master = sharedMaster();
    m_window->navigate({u"demo"_s, ApplicationPage::Section::Servers});
    auto *servers = m_window->findChild<ServersPage *>();
    QVERIFY(servers && servers->isVisible());
    ServersModel *model = servers->model();
    const int row = model->rowOf(master);
    QVERIFY(row >= 0);
    const QModelIndex cell = model->index(row, ServersModel::Trend);
    QTRY_VERIFY(cell.data(ServersModel::TrendRole).value<NodeTrend>().timesMs.size() >= 5);
    // The sparkline's points are the recorded ones, in time order.
    history::HistoryStore *store = m_registry->history(u"demo"_s);
    store->flush();
    const NodeTrend trend = cell.data(ServersModel::TrendRole).value<NodeTrend>();
    QVERIFY(std::is_sorted(trend.timesMs.begin(), trend.timesMs.end()));
    const auto stored = store->querySamplesNow(
        {master}, QDateTime::fromMSecsSinceEpoch(trend.timesMs.first(), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(trend.timesMs.last(), Qt::UTC));
    QHash<qint64, float> cpuAt;
    for (const history::SamplePoint &p : stored.series.value(0).points)
        cpuAt.insert(p.timestampMs, float(p.cpu));
    for (qsizetype i = 0; i < trend.timesMs.size(); ++i) {
        QVERIFY2(cpuAt.contains(trend.timesMs[i]), "a sparkline point the history lacks");
        QCOMPARE(trend.cpu[i], cpuAt.value(trend.timesMs[i]));
    }
    QCOMPARE(model->headerData(ServersModel::Trend, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Last 30 min"_s);
    // The size is written whole ("s-2vcpu-4gb (2 vCPU, 4 GiB)"), not cut short.
    QTableView *table = servers->table();
    const QString size = model->index(row, ServersModel::Size).data().toString();
    QVERIFY(!size.isEmpty());
    QVERIFY2(table->fontMetrics().horizontalAdvance(size) < table->columnWidth(ServersModel::Size),
             qPrintable(u"%1 in %2 px"_s.arg(size).arg(table->columnWidth(ServersModel::Size))));
    // Its details: each bad condition says why, in its own words; a healthy one does not.
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex name = table->model()->index(r, ServersModel::Name);
        if (name.data().toString() == master)
            table->setCurrentIndex(name); // as a click on its name would
    }
    auto *details = m_window->findChild<QTextBrowser *>(u"nodeDetails"_s);
    QVERIFY(details);
    QTRY_VERIFY(details->isVisible() && details->toPlainText().contains(master));
    const kube::NodeInfo *node = demo()->nodes()->find(master);
    QVERIFY(node);
    const QString text = details->toPlainText();
    for (const kube::NodeCondition &c : node->conditions) {
        const bool bad = (c.type == u"Ready") != (c.status == u"True");
        QVERIFY2(text.contains(c.type), qPrintable(c.type));
        if (bad && !c.message.isEmpty())
            QVERIFY2(text.contains(c.message), qPrintable(c.message + u"\n"_s + text));
        if (!bad)
            QVERIFY2(!text.contains(c.reason), qPrintable(c.reason + u"\n"_s + text));
    }
    // With the details open beside it, the table still shows the names whole.
    QTRY_VERIFY(table->columnWidth(ServersModel::Name) >=
                table->fontMetrics().horizontalAdvance(master));
    QVERIFY(test::saveArtifact(m_window.get(), u"servers-trend.png"_s));
}

void tst_DemoHistoryPages::scaleUpRunsItsCourseOnTheTimeline()
{
    const qint64 beforeMs = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> nodesBefore;
    for (const kube::NodeInfo &node : demo()->nodes()->items())
        nodesBefore.insert(node.meta.name);

    // + Scale up as the advisor's fix would open it: one worker, the proposed size.
    ScaleUpPrefill prefill;
    prefill.role = scaling::ServerRole::Worker;
    QPointer<ScaleUpWizard> wizard = m_window->applicationPage()->openScaleUp(prefill);
    QVERIFY(wizard);
    while (wizard->currentId() != ScaleUpWizard::ReviewPage) {
        const int page = wizard->currentId();
        wizard->next();
        QVERIFY2(wizard->currentId() != page, "the wizard does not go on");
    }
    QAbstractButton *add = wizard->button(QWizard::FinishButton);
    QVERIFY(add && add->isEnabled());
    add->click();
    QTRY_VERIFY(!wizard);
    const auto operations = m_window->applicationPage()->operations();
    QVERIFY(!operations.isEmpty());
    scaling::ScaleUpOperation *operation = operations.last();
    QTRY_COMPARE_WITH_TIMEOUT(operation->phase(), scaling::ScaleUpOperation::Phase::Finished,
                              180000);
    QString added;
    for (const kube::NodeInfo &node : demo()->nodes()->items()) {
        if (!nodesBefore.contains(node.meta.name))
            added = node.meta.name;
    }
    QVERIFY(!added.isEmpty());

    // The history has the whole course: started, the node registered and Ready, finished.
    const auto has = [&](Kind kind, const QString &node) {
        for (const history::TimelineEvent &e : stored({kind})) {
            if ((node.isEmpty() || e.node == node) &&
                e.lastSeen.toMSecsSinceEpoch() >= beforeMs - 1000)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(has(Kind::ScaleUpStarted, {}), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(has(Kind::ScaleUpFinished, {}), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(has(Kind::NodeAdded, added), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(has(Kind::NodeReady, added), 30000);
    // With the worker taking the load, what the advisor found about the master clears.
    QTRY_VERIFY_WITH_TIMEOUT(has(Kind::FindingCleared, {}), 120000);

    TimelinePage *page = showTimeline(m_startedMs - 2000);
    QVERIFY(page);
    // The new node has a lane of its own, with its arrival on it; the scale-up is on
    // the cluster's lane.
    QTRY_VERIFY(page->view()->laneNodes().contains(added));
    QSet<Kind> onNewNode;
    QSet<Kind> onCluster;
    for (const TimelineView::Item &item : page->view()->itemsInRange()) {
        if (item.node == added)
            onNewNode.insert(item.kind);
        if (item.node.isEmpty() && item.lastMs >= beforeMs - 1000)
            onCluster.insert(item.kind);
    }
    QVERIFY(onNewNode.contains(Kind::NodeAdded));
    QVERIFY(onNewNode.contains(Kind::NodeReady));
    QVERIFY(onCluster.contains(Kind::ScaleUpStarted));
    QVERIFY(onCluster.contains(Kind::ScaleUpFinished));
    QVERIFY(onCluster.contains(Kind::FindingCleared));
    // The lane leads to the server.
    QSignalSpy activated(page, &TimelinePage::nodeActivated);
    TimelineView *view = page->view();
    const int lane = int(view->laneNodes().indexOf(added));
    int y = -1;
    for (int at = view->eventArea().top(); at < view->viewport()->height() && y < 0; ++at)
        y = view->laneAt(at) == lane ? at + view->laneHeight() / 2 : -1;
    QVERIFY2(y >= 0, "the new node's lane is out of sight");
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, QPoint(view->labelWidth() / 2, y));
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), added);
    QCOMPARE(m_window->location().section, ApplicationPage::Section::Servers);
    ServersPage *servers = m_window->applicationPage()->serversPage();
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(servers->table()->model());
    QVERIFY(proxy);
    const QModelIndexList selected = servers->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(proxy->mapToSource(selected.first()).row(), servers->model()->rowOf(added));
    page = showTimeline(m_startedMs - 2000);
    QVERIFY(page);
    QVERIFY(test::saveArtifact(m_window.get(), u"timeline-scale-up.png"_s));
}

int main(int argc, char *argv[])
{
    return runWindowTest<tst_DemoHistoryPages>(argc, argv, QStringLiteral("tst_DemoHistoryPages"));
}

#include "tst_DemoHistoryPages.moc"

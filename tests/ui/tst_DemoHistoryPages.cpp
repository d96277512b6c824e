// SPDX-License-Identifier: GPL-3.0-or-later
// The history pages on the demo cluster as a person sees them: the real window over the
// in-process shared-master demo, left running for a few simulated minutes until the
// shared master climbs past the 75% target. The charts must show that climb from the
// recorded history, and a screenshot of each page is kept as a test artifact.

#include "app/clusters/ClusterRegistry.h"
#include "app/history/HistoryRecorder.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "app/kube/MetricsPoller.h"
#include "ui/application/ApplicationPage.h"
#include "ui/main/MainWindow.h"
#include "ui/servers/ServersModel.h"
#include "ui/servers/ServersPage.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/utilisation/UtilisationChart.h"
#include "ui/utilisation/UtilisationPage.h"

#include "WindowTestMain.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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

void saveArtifact(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAESTRO_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

} // namespace

class tst_DemoHistoryPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void utilisationShowsTheSharedMasterClimbing();
    void serversShowASparklinePerNode();

private:
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
    saveArtifact(m_window.get(), u"utilisation.png"_s);
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
    saveArtifact(m_window.get(), u"servers-trend.png"_s);
}

int main(int argc, char *argv[])
{
    return runWindowTest<tst_DemoHistoryPages>(argc, argv, QStringLiteral("tst_DemoHistoryPages"));
}

#include "tst_DemoHistoryPages.moc"

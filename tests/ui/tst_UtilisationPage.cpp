// SPDX-License-Identifier: GPL-3.0-or-later
// The Utilisation page over a real history store (SQLite in a temporary folder) and a
// real connection to maestro-sim for the node list: what the charts plot must be what
// the store holds, every spike must survive the reduction to pixel columns, and the
// live ticks, the exports and a click on a line must do what the page promises.

#include "../core/KubeTestSupport.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "tests/TestTimeScale.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/utilisation/UtilisationChart.h"
#include "ui/utilisation/UtilisationExport.h"
#include "ui/utilisation/UtilisationPage.h"

#include "tests/ui/TestArtifacts.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineSeries>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace maestro;
using namespace maestro::history;
using namespace maestro::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Tick = 10000;
constexpr double SpikeCpu = 0.97;

double cpuOf(int nodeIndex, qint64 tick)
{
    return 0.20 + 0.05 * nodeIndex + 0.02 * double(tick % 7);
}

double memoryOf(int nodeIndex, qint64 tick)
{
    return 0.40 + 0.03 * nodeIndex + 0.01 * double(tick % 5);
}

double maxY(const QList<QPointF> &points)
{
    double top = -1;
    for (const QPointF &p : points)
        top = std::max(top, p.y());
    return top;
}

} // namespace

class tst_UtilisationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void chartsPlotTheStoredSamples();
    void spikeSurvivesADayOnOneScreen();
    void liveTicksAppearWithoutAQuery();
    void hidingASeriesRemovesItsLine();
    void clickOnALineActivatesTheNode();
    void exportsPngAndCsv();
    void cancelledCsvExportLeavesTheOldFile();
    void failedExportSaysWhyAndOffersAnotherPlace();
    void percentAxisFollowsTheLanguage();
    void valueAxisTicksAreRound();

private:
    /// `ticks` samples ending now, one per 10 s, for every node and the aggregates; the
    /// first master spikes to SpikeCpu at tick `spikeAt` (counted back from now).
    void fill(int ticks, int spikeAt);
    bool reloadNow();

    std::unique_ptr<sim::SimServerThread> m_sim;
    std::unique_ptr<kube::ClusterConnection> m_connection;
    QStringList m_nodes; ///< masters first
    QString m_master;
    int m_masterCount = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<TimeWindow> m_window;
    std::unique_ptr<UtilisationPage> m_page;
    qint64 m_now = 0;
};

void tst_UtilisationPage::initTestCase()
{
    m_sim = test::startSim(test::simOptions(QStringLiteral("shared-master"), 1));
    QVERIFY(m_sim);
    m_connection = std::make_unique<kube::ClusterConnection>(test::contextOf(m_sim->kubeconfig()));
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->hasSynced(), 20000);
    for (const kube::NodeInfo &node : m_connection->nodes()->items()) {
        if (node.role() != kube::NodeRole::Worker) {
            m_nodes.prepend(node.meta.name);
            ++m_masterCount;
        } else {
            m_nodes.append(node.meta.name);
        }
    }
    QVERIFY(!m_nodes.isEmpty());
    m_master = m_nodes.first();
    QVERIFY(m_dir.isValid());
}

void tst_UtilisationPage::cleanupTestCase()
{
    m_connection.reset();
    m_sim.reset();
}

void tst_UtilisationPage::init()
{
    m_store = std::make_unique<HistoryStore>();
    m_store->setDirectory(m_dir.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction()));
    QString error;
    QVERIFY2(m_store->open(QStringLiteral("test-cluster"), &error), qPrintable(error));
    m_now = QDateTime::currentMSecsSinceEpoch() / Tick * Tick;
    m_window = std::make_unique<TimeWindow>();
    m_window->setClock([this] { return m_now; });
    m_page = std::make_unique<UtilisationPage>();
    m_page->resize(1400, 900);
    QSignalSpy firstLoad(m_page.get(), &UtilisationPage::reloaded);
    m_page->setTimeWindow(m_window.get());
    m_page->setConnection(m_connection.get());
    m_page->setHistory(m_store.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // The page's first query, over the still empty store, must have answered before a
    // test adds samples: in a sanitizer build it can answer after the test's fill(),
    // and reloadNow() would take that empty answer for the reload the test asked for.
    QTRY_VERIFY_WITH_TIMEOUT(firstLoad.count() >= 1 && !m_page->isLoading(),
                             test::scaledTimeout(5000));
}

void tst_UtilisationPage::cleanup()
{
    m_page.reset();
    m_window.reset();
    m_store.reset();
}

void tst_UtilisationPage::fill(int ticks, int spikeAt)
{
    for (int t = ticks - 1; t >= 0; --t) {
        const qint64 ts = m_now - qint64(t) * Tick;
        QList<NodeSample> samples;
        for (int i = 0; i < m_nodes.size(); ++i)
            samples.append(
                {m_nodes[i], t == spikeAt && i == 0 ? SpikeCpu : cpuOf(i, t), memoryOf(i, t)});
        samples.append({QString(SeriesName::Masters), 0.5, 0.6});
        samples.append({QString(SeriesName::Workers), 0.3, 0.4});
        samples.append({QString(SeriesName::ApiLatency), 12.0 + t % 3, 80.0 + t % 11});
        m_store->appendSamples(ts, samples);
    }
    m_store->flush();
}

bool tst_UtilisationPage::reloadNow()
{
    QSignalSpy reloaded(m_page.get(), &UtilisationPage::reloaded);
    return reloaded.wait(test::scaledTimeout(10000));
}

void tst_UtilisationPage::chartsPlotTheStoredSamples()
{
    fill(90, 40);
    m_window->setPreset(TimeWindow::Preset::Minutes15);
    QVERIFY(reloadNow());

    QCOMPARE(m_page->shownSeries().size(), m_nodes.size() + 2);
    const SampleQueryResult stored =
        m_store->querySamplesNow(m_nodes, m_window->from(), m_window->to());
    QVERIFY(stored.error.isEmpty());
    for (const SampleSeries &series : stored.series) {
        const QList<QPointF> cpu = m_page->cpuChart()->plottedPoints(series.node);
        const QList<QPointF> memory = m_page->memoryChart()->plottedPoints(series.node);
        // 90 raw points on a chart over a thousand pixels wide: every one is plotted.
        QCOMPARE(cpu.size(), series.points.size());
        QCOMPARE(memory.size(), series.points.size());
        QVERIFY(series.points.size() >= 89);
        for (int i = 0; i < series.points.size(); ++i) {
            QCOMPARE(qint64(cpu[i].x()), series.points[i].timestampMs);
            QCOMPARE(cpu[i].y(), series.points[i].cpu * 100);
            QCOMPARE(memory[i].y(), series.points[i].memory * 100);
        }
    }
    QCOMPARE(maxY(m_page->cpuChart()->plottedPoints(m_master)), SpikeCpu * 100);
    // The aggregates, the 75% line, and the app's own latency on the same axis.
    QCOMPARE(maxY(m_page->cpuChart()->plottedPoints(QString(SeriesName::Masters))), 50.0);
    // The total of a single master is that master's own line: drawn dashed, over it, so
    // that the master's line shows through.
    const QLineSeries *mastersTotal = m_page->cpuChart()->lineSeries(SeriesName::Masters);
    QVERIFY(mastersTotal);
    QCOMPARE(mastersTotal->pen().style() == Qt::DashLine, m_masterCount == 1);
    QCOMPARE(m_page->cpuChart()->lineSeries(SeriesName::Workers)->pen().style() == Qt::DashLine,
             m_nodes.size() - m_masterCount == 1);
    QCOMPARE(m_page->cpuChart()->threshold(), 75.0);
    QCOMPARE(m_page->memoryChart()->threshold(), 75.0);
    QCOMPARE(maxY(m_page->latencyChart()->plottedPoints(u"p50"_s)), 14.0);
    QCOMPARE(maxY(m_page->latencyChart()->plottedPoints(u"p99"_s)), 90.0);
    const QString tip = m_page->cpuChart()->describePoint(m_master, QPointF(double(m_now), 42.5));
    QVERIFY2(tip.contains(m_master) && tip.contains(u"42.5%"_s), qPrintable(tip));
}

void tst_UtilisationPage::spikeSurvivesADayOnOneScreen()
{
    // A day at 10 s: 8,640 points per node, one of them a spike.
    fill(8640, 5000);
    m_window->setPreset(TimeWindow::Preset::Hours24);
    QVERIFY(reloadNow());
    const int columns = m_page->cpuChart()->plotColumns();
    QVERIFY(columns > 100);
    for (const QString &node : m_nodes) {
        const QList<QPointF> points = m_page->cpuChart()->plottedPoints(node);
        QVERIFY2(points.size() <= 2 * columns + 4,
                 qPrintable(u"%1 points for %2 columns"_s.arg(points.size()).arg(columns)));
        QVERIFY(points.size() > columns / 2);
    }
    QCOMPARE(maxY(m_page->cpuChart()->plottedPoints(m_master)), SpikeCpu * 100);
    // ... and the spike is on the screen: the master's colour at its top.
    UtilisationChart *chart = m_page->cpuChart();
    QPointF spike;
    for (const QPointF &p : chart->plottedPoints(m_master)) {
        if (p.y() == SpikeCpu * 100)
            spike = p;
    }
    const QPoint at = chart->viewportPosition(spike);
    const QImage shot = chart->viewport()->grab().toImage();
    bool drawn = false;
    for (int dx = -1; dx <= 1 && !drawn; ++dx) {
        for (int dy = -1; dy <= 1 && !drawn; ++dy)
            drawn = shot.pixel(at + QPoint(dx, dy)) == chart->colourOf(m_master).rgb();
    }
    QVERIFY2(drawn, "the spike is not drawn");
    // The other nodes never went above their own pattern.
    for (int i = 1; i < m_nodes.size(); ++i)
        QVERIFY(maxY(m_page->cpuChart()->plottedPoints(m_nodes[i])) <
                100 * (0.2 + 0.05 * i + 0.13));
}

void tst_UtilisationPage::liveTicksAppearWithoutAQuery()
{
    fill(30, -1);
    m_window->setPreset(TimeWindow::Preset::Minutes15);
    QVERIFY(reloadNow());
    const int before = m_page->cpuChart()->plottedPoints(m_master).size();
    QSignalSpy reloaded(m_page.get(), &UtilisationPage::reloaded);
    m_now += Tick;
    QList<NodeSample> tick{{m_master, 0.88, 0.5}};
    m_store->appendSamples(m_now, tick);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->cpuChart()->plottedPoints(m_master).size(), before + 1,
                              test::scaledTimeout(5000));
    QCOMPARE(m_page->cpuChart()->plottedPoints(m_master).last(), QPointF(double(m_now), 88.0));
    QCOMPARE(reloaded.count(), 0);
}

void tst_UtilisationPage::hidingASeriesRemovesItsLine()
{
    fill(30, -1);
    m_window->setPreset(TimeWindow::Preset::Minutes15);
    QVERIFY(reloadNow());
    QVERIFY(m_page->cpuChart()->seriesIds().contains(m_master));
    m_page->setSeriesShown(m_master, false);
    QVERIFY(reloadNow());
    QVERIFY(!m_page->cpuChart()->seriesIds().contains(m_master));
    QVERIFY(!m_page->shownSeries().contains(m_master));
    QVERIFY(m_page->cpuChart()->seriesIds().contains(QString(SeriesName::Masters)));
    m_page->setSeriesShown(m_master, true);
    QVERIFY(reloadNow());
    QVERIFY(m_page->cpuChart()->seriesIds().contains(m_master));
}

void tst_UtilisationPage::clickOnALineActivatesTheNode()
{
    fill(90, -1);
    m_window->setPreset(TimeWindow::Preset::Minutes15);
    QVERIFY(reloadNow());
    // Only the master's line, so that no other line lies on top of it.
    for (const QString &id : m_page->shownSeries()) {
        if (id != m_master)
            m_page->setSeriesShown(id, false);
    }
    QVERIFY(reloadNow());
    QCOMPARE(m_page->cpuChart()->seriesIds(), QStringList{m_master});
    UtilisationChart *chart = m_page->cpuChart();
    // A node's line is the chart's own drawing, not a Qt Charts series.
    QVERIFY(!chart->lineSeries(m_master));
    const QList<QPointF> points = chart->plottedPoints(m_master);
    QVERIFY(points.size() > 41);
    const QPointF middle = (points[40] + points[41]) / 2;
    const QPoint at = chart->viewportPosition(middle);
    // The same place as Qt Charts maps it to (the threshold line shares the axes).
    QAbstractSeries *threshold = nullptr;
    for (QAbstractSeries *series : chart->chart()->series()) {
        if (series->objectName() == u"thresholdLine")
            threshold = series;
    }
    QVERIFY(threshold);
    const QPoint qtAt = chart->mapFromScene(chart->chart()->mapToPosition(middle, threshold));
    QVERIFY2(
        (at - qtAt).manhattanLength() <= 1,
        qPrintable(u"(%1, %2) vs (%3, %4)"_s.arg(at.x()).arg(at.y()).arg(qtAt.x()).arg(qtAt.y())));
    // The line is drawn there: its colour at that pixel, give or take the rounding to
    // whole pixels (which moves a steep line by more than one pixel up or down).
    const QImage shot = chart->viewport()->grab().toImage();
    bool drawn = false;
    for (int dx = -1; dx <= 1 && !drawn; ++dx) {
        for (int dy = -3; dy <= 3 && !drawn; ++dy)
            drawn = shot.pixel(at + QPoint(dx, dy)) == chart->colourOf(m_master).rgb();
    }
    QVERIFY2(drawn, "the master's line is not where its points map to");
    QSignalSpy activated(m_page.get(), &UtilisationPage::nodeActivated);
    // Well away from the line: nothing.
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {},
                      at + QPoint(0, at.y() > 60 ? -40 : 40));
    QTest::qWait(50);
    QCOMPARE(activated.count(), 0);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), m_master);
}

void tst_UtilisationPage::exportsPngAndCsv()
{
    fill(90, 40);
    m_window->setPreset(TimeWindow::Preset::Minutes15);
    QVERIFY(reloadNow());
    const QString png = m_dir.filePath(u"chart.png"_s);
    UtilisationExport *pngJob = m_page->exportPng(png);
    QSignalSpy pngDone(pngJob, &UtilisationExport::finished);
    QVERIFY(pngDone.wait(10000));
    QVERIFY2(pngDone.first().first().toBool(), qPrintable(pngJob->errorString()));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 800);
    if (qEnvironmentVariableIsSet("MAESTRO_TEST_ARTIFACTS"))
        image.save(qEnvironmentVariable("MAESTRO_TEST_ARTIFACTS") + u"/utilisation-unit.png"_s);

    // A few series per query, so that the count moves batch by batch.
    connect(m_page.get(), &UtilisationPage::exportStarted, this,
            [](UtilisationExport *job) { job->setSeriesPerBatch(2); });
    const QString csv = m_dir.filePath(u"data.csv"_s);
    UtilisationExport *job = m_page->exportCsv(csv);
    QCOMPARE(job->kind(), UtilisationExport::Kind::Csv);
    QCOMPARE(job->total(), int(m_page->shownSeries().size()));
    QSignalSpy progress(job, &UtilisationExport::progressChanged);
    QSignalSpy finished(job, &UtilisationExport::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(job->errorString()));
    // Every batch counted, the last one all of them.
    QVERIFY(progress.size() >= (job->total() + 1) / 2);
    QCOMPARE(progress.last().at(0).toInt(), job->total());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.first().startsWith("time_utc,series,cpu_percent"));
    const SampleQueryResult stored =
        m_store->querySamplesNow(m_page->shownSeries(), m_window->from(), m_window->to());
    qsizetype rows = 0;
    for (const SampleSeries &series : stored.series)
        rows += series.points.size();
    QCOMPARE(lines.size() - 1, rows);
    QCOMPARE(job->rowsWritten(), rows);
    // The spike is in the file at its time, as a percentage.
    const QByteArray spikeTime = QDateTime::fromMSecsSinceEpoch(m_now - 40 * Tick, Qt::UTC)
                                     .toString(Qt::ISODateWithMs)
                                     .toLatin1();
    bool found = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith(spikeTime + ',' + m_master.toLatin1() + ','))
            found = line.split(',').at(2) == "97.00";
    }
    QVERIFY(found);
}

void tst_UtilisationPage::cancelledCsvExportLeavesTheOldFile()
{
    fill(90, 40);
    m_window->setPreset(TimeWindow::Preset::Minutes15);
    QVERIFY(reloadNow());
    QTemporaryDir target;
    const QString csv = target.filePath(u"data.csv"_s);
    {
        QFile old(csv);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier export\n");
    }
    connect(m_page.get(), &UtilisationPage::exportStarted, this,
            [](UtilisationExport *job) { job->setSeriesPerBatch(1); });
    UtilisationExport *job = m_page->exportCsv(csv);
    QVERIFY(job->total() >= 2);
    QSignalSpy finished(job, &UtilisationExport::finished);
    // Cancel once the first series is written, as the status bar's button does.
    connect(job, &UtilisationExport::progressChanged, job, [job](int done) {
        if (done == 1)
            job->cancel();
    });
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(job->wasCancelled());
    QVERIFY(job->done() < job->total());
    QVERIFY(job->errorString().isEmpty());
    // No failure dialog for a cancel, the earlier file as it was, no temporary file.
    QVERIFY(!m_page->findChild<QMessageBox *>(u"exportFailedDialog"_s));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("an earlier export\n"));
    QTRY_COMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"data.csv"_s});
}

void tst_UtilisationPage::failedExportSaysWhyAndOffersAnotherPlace()
{
    fill(30, 10);
    m_window->setPreset(TimeWindow::Preset::Minutes15);
    QVERIFY(reloadNow());
    // A folder that cannot exist: its parent is a file.
    const QString blocker = m_dir.filePath(u"not-a-folder"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString csv = blocker + u"/data.csv"_s;
    QPointer<UtilisationExport> job = m_page->exportCsv(csv);
    QSignalSpy finished(job, &UtilisationExport::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!job->wasCancelled());
    QVERIFY2(job->errorString().contains(csv), qPrintable(job->errorString()));
    QTRY_VERIFY(m_page->findChild<QMessageBox *>(u"exportFailedDialog"_s));
    auto *box = m_page->findChild<QMessageBox *>(u"exportFailedDialog"_s);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(csv), qPrintable(box->text()));
    QVERIFY(box->findChild<QPushButton *>(u"exportElsewhereButton"_s));
    QVERIFY(test::saveArtifact(box, u"utilisation-export-failed.png"_s));
    // The failed job goes; what "Save Elsewhere…" starts from is the page's copy of it.
    QTRY_VERIFY(!job);
    const QList<UtilisationExport *> kept = m_page->findChildren<UtilisationExport *>();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first()->kind(), UtilisationExport::Kind::Csv);
    // The same export, elsewhere: nothing of it was lost with the first path.
    UtilisationExport *again = kept.first()->retargeted(m_dir.filePath(u"elsewhere.csv"_s), this);
    QSignalSpy againDone(again, &UtilisationExport::finished);
    again->start();
    QVERIFY(againDone.wait(10000));
    QVERIFY2(againDone.first().first().toBool(), qPrintable(again->errorString()));
    QCOMPARE(again->done(), again->total());
    QVERIFY(QFileInfo(m_dir.filePath(u"elsewhere.csv"_s)).size() > 100);
    delete again;
    box->reject();
}

void tst_UtilisationPage::percentAxisFollowsTheLanguage()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    UtilisationChart chart(QStringLiteral("CPU"), QStringLiteral("%"), 100);
    const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto *values = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(values);
    const QString format = values->labelFormat();
    // German puts a space before the sign; Qt Charts formats labels as printf does, where a
    // character outside ASCII came out as a replacement character ("75\ufffd%").
    QCOMPARE(QString::asprintf(format.toLatin1().constData(), 75.0), QStringLiteral("75 %"));
    for (const QChar c : format)
        QVERIFY2(c.unicode() < 0x80, qPrintable(format));
}

void tst_UtilisationPage::valueAxisTicksAreRound()
{
    // A chart whose first top is already round at another count of ticks (125 at the
    // constructor's five), and tops that data sets later.
    UtilisationChart chart(QStringLiteral("API latency"), QStringLiteral(" ms"), 125);
    auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    auto ticksOf = [axis] {
        QList<double> ticks;
        for (int i = 0; i < axis->tickCount(); ++i)
            ticks << axis->max() * i / (axis->tickCount() - 1);
        return ticks;
    };
    auto dataUpTo = [](double top) {
        ChartSeriesData series;
        series.id = QStringLiteral("worker-1");
        series.label = series.id;
        series.points = {{0, top / 2}, {500, top}, {1000, 1}};
        return QList<ChartSeriesData>{series};
    };
    chart.setData({}, 0, 1000);
    QCOMPARE(ticksOf(), (QList<double>{0, 25, 50, 75, 100, 125}));
    chart.setData(dataUpTo(180), 0, 1000);
    QCOMPARE(ticksOf(), (QList<double>{0, 50, 100, 150, 200}));
    chart.setData(dataUpTo(9), 0, 1000); // the minimum top stays
    QCOMPARE(ticksOf(), (QList<double>{0, 25, 50, 75, 100, 125}));
    chart.setData(dataUpTo(1300), 0, 1000);
    QCOMPARE(ticksOf(), (QList<double>{0, 500, 1000, 1500}));
}

QTEST_MAIN(tst_UtilisationPage)
#include "tst_UtilisationPage.moc"

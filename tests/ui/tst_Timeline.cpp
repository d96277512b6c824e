// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline page over a real HistoryStore in a temporary folder: what the view
// places is what the store holds for the range, repeats merge, filters hide, keys and
// the wheel move the shared TimeWindow (and the view follows it), a click shows the
// event's details, and 100,000 events still paint quickly.

#include "../core/KubeTestSupport.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "tests/TestTimeScale.h"
#include "ui/i18n/Translations.h"
#include "ui/theme/Theme.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/timeline/TimelinePage.h"
#include "ui/timeline/TimelineView.h"

#include "tests/ui/TestArtifacts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <functional>
#include <memory>

using namespace maestro;
using namespace maestro::history;
using namespace maestro::ui;
using Kind = TimelineEvent::Kind;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
/// A fixed present, so that ranges and ticks are where the test expects.
const qint64 Now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

TimelineEvent makeEvent(const QString &key, Kind kind, const QString &node, qint64 firstMs,
                        qint64 lastMs, int count = 1,
                        const QString &reason = QStringLiteral("Evicted"))
{
    TimelineEvent e;
    e.key = key;
    e.kind = kind;
    e.reason = reason;
    e.message = QStringLiteral("The node was low on resource: memory. (%1)").arg(key);
    e.object = QStringLiteral("Pod/default/") + key;
    e.node = node;
    e.count = count;
    e.firstSeen = QDateTime::fromMSecsSinceEpoch(firstMs, Qt::UTC);
    e.lastSeen = QDateTime::fromMSecsSinceEpoch(lastMs, Qt::UTC);
    return e;
}

template<typename T>
T *child(const QWidget *root, const QString &name)
{
    return root->findChild<T *>(name);
}

QStringList keysOf(const QList<TimelineView::Item> &items)
{
    QStringList keys;
    for (const auto &item : items)
        keys << item.key;
    keys.sort();
    return keys;
}

const TimelineView::Item *itemOf(const QList<TimelineView::Item> &items, const QString &key)
{
    for (const auto &item : items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

void sendWheel(QWidget *target, const QPoint &position, int delta,
               Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(QPointF(position), QPointF(target->mapToGlobal(position)), QPoint(),
                      QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

void sendMouse(QWidget *target, QEvent::Type type, const QPoint &position, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(position), QPointF(target->mapToGlobal(position)),
                      Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

/// Milliseconds per frame of the view's own paint into a QImage (median of `frames`).
double medianPaintMs(TimelineView *view, int frames, const std::function<void(int)> &step = {})
{
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> times;
    for (int i = 0; i < frames; ++i) {
        if (step)
            step(i);
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&image);
        view->paint(painter, image.rect());
        painter.end();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

class tst_Timeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void itemsMatchEventsInRange();
    void lanesPutMastersFirst();
    void lanesFollowTheCluster();
    void repeatUpdatesInsteadOfDuplicating();
    void liveEventsNeedNoQuery();
    void kindAndNodeFilters();
    void keysZoomAndPan();
    void wheelAndDragMoveTheWindow();
    void viewFollowsTheWindow();
    void clickShowsDetails();
    void keyboardSelection();
    void manyLanesScroll();
    void hoverExplains();
    void cacheStaysBounded();
    void eventsOutsideTheRangeAreNotDrawn();
    void denseEventsAggregate();
    void countsDoNotOverlap();
    void paintWith100kEvents();
    void screenshot();

private:
    /// A store with `events` written, and the page over it once its first query answered.
    void openPage(const QList<TimelineEvent> &events,
                  TimeWindow::Preset preset = TimeWindow::Preset::Hour1);

    QTemporaryDir m_dir;
    int m_storeSerial = 0;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<TimeWindow> m_window;
    std::unique_ptr<TimelinePage> m_page;
};

void tst_Timeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_Timeline::init()
{
    m_store = std::make_unique<HistoryStore>();
    m_store->setDirectory(m_dir.path());
    QString error;
    QVERIFY2(m_store->open(HistoryStore::clusterKey(QStringLiteral("test-%1").arg(++m_storeSerial),
                                                    QUrl(QStringLiteral("https://127.0.0.1:6443"))),
                           &error),
             qPrintable(error));
    m_window = std::make_unique<TimeWindow>();
    m_window->setClock([] { return Now; });
}

void tst_Timeline::cleanup()
{
    m_page.reset();
    m_window.reset();
    m_store.reset();
}

void tst_Timeline::openPage(const QList<TimelineEvent> &events, TimeWindow::Preset preset)
{
    if (!events.isEmpty()) {
        m_store->appendEvents(events);
        m_store->flush();
    }
    m_window->setPreset(preset);
    m_page = std::make_unique<TimelinePage>();
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy reloaded(m_page.get(), &TimelinePage::reloaded);
    m_page->setTimeWindow(m_window.get());
    m_page->setHistory(m_store.get());
    // The first query of paintWith100kEvents() reads 100,000 events: slow under ASan.
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1 && !m_page->isLoading(),
                             test::scaledTimeout(5000));
}

void tst_Timeline::itemsMatchEventsInRange()
{
    const qint64 from = Now - Hour;
    const QList<TimelineEvent> events{
        makeEvent(QStringLiteral("evict-1"), Kind::Eviction, QStringLiteral("worker-1"),
                  Now - 30 * Minute, Now - 30 * Minute),
        makeEvent(QStringLiteral("sched-1"), Kind::SchedulingFailure, QString(), Now - 40 * Minute,
                  Now - 5 * Minute, 12, QStringLiteral("FailedScheduling")),
        makeEvent(QStringLiteral("etcd-1"), Kind::EtcdSlowWrite, QStringLiteral("master-1"),
                  Now - 10 * Minute, Now - 10 * Minute),
        // Started before the range and still repeating inside it: a bar reaching in.
        makeEvent(QStringLiteral("pressure-1"), Kind::Pressure, QStringLiteral("worker-1"),
                  from - 20 * Minute, from + 5 * Minute, 4, QStringLiteral("MemoryPressure")),
        // Wholly before the range.
        makeEvent(QStringLiteral("old-1"), Kind::Eviction, QStringLiteral("worker-2"),
                  from - 30 * Minute, from - 10 * Minute, 3),
    };
    openPage(events);
    if (QTest::currentTestFailed())
        return;

    const QList<TimelineEvent> stored = m_store->queryEventsNow(m_window->from(), m_window->to());
    QCOMPARE(stored.size(), 4); // the store agrees about what the range holds
    const QList<TimelineView::Item> items = m_page->view()->itemsInRange();
    QStringList expected;
    for (const TimelineEvent &e : stored)
        expected << e.key;
    expected.sort();
    QCOMPARE(keysOf(items), expected);
    const QStringList lanes = m_page->view()->laneNodes();
    for (const TimelineEvent &e : stored) {
        const TimelineView::Item *item = itemOf(items, e.key);
        QVERIFY(item);
        QCOMPARE(item->node, e.node);
        QCOMPARE(lanes.value(item->lane), e.node);
        QCOMPARE(item->count, e.count);
        QCOMPARE(item->kind, e.kind);
        QCOMPARE(item->firstMs, e.firstSeen.toMSecsSinceEpoch());
        QCOMPARE(item->lastMs, e.lastSeen.toMSecsSinceEpoch());
    }
    // The cluster lane on top; nodes known only from events follow, by name (worker-2's
    // only event is out of range but still gives it a lane: the cache holds it).
    QCOMPARE(lanes.first(), QString());
    QVERIFY(lanes.contains(QStringLiteral("master-1")));
    QVERIFY(lanes.indexOf(QStringLiteral("master-1")) < lanes.indexOf(QStringLiteral("worker-1")));
    QVERIFY2(m_page->countText().startsWith(QStringLiteral("4 event")),
             qPrintable(m_page->countText()));
}

void tst_Timeline::lanesPutMastersFirst()
{
    openPage({makeEvent(QStringLiteral("a"), Kind::Eviction, QStringLiteral("zz-gone"),
                        Now - Minute, Now - Minute)});
    TimelineView *view = m_page->view();
    view->setNodes({QStringLiteral("m-2"), QStringLiteral("m-1")},
                   {QStringLiteral("w-b"), QStringLiteral("a-worker")});
    QCOMPARE(view->laneNodes(), (QStringList{QString(), QStringLiteral("m-1"),
                                             QStringLiteral("m-2"), QStringLiteral("a-worker"),
                                             QStringLiteral("w-b"), QStringLiteral("zz-gone")}));
    QCOMPARE(view->laneTitle(0), QStringLiteral("Cluster"));

    // A double click on a lane's label asks for that node.
    QSignalSpy activated(m_page.get(), &TimelinePage::nodeActivated);
    const int y = view->axisHeight() + 2 * view->laneHeight() + view->laneHeight() / 2;
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, QPoint(30, y));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("m-2"));
}

void tst_Timeline::lanesFollowTheCluster()
{
    // A real cluster over loopback: three tainted masters and three workers.
    auto sim = test::startSim(test::simOptions(QStringLiteral("ha"), 60));
    QVERIFY(sim);
    kube::ClusterConnection connection(test::contextOf(sim->kubeconfig()));
    QSignalSpy synced(&connection, &kube::ClusterConnection::synced);
    connection.open();
    QVERIFY(synced.wait(30000));

    openPage({makeEvent(QStringLiteral("gone"), Kind::Eviction, QStringLiteral("aaa-removed-node"),
                        Now - Minute, Now - Minute)});
    m_page->setConnection(&connection);
    QStringList masters;
    QStringList workers;
    const auto &nodes = connection.nodes()->items();
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        (it->controlPlaneLabel ? masters : workers) << it->meta.name;
    masters.sort();
    workers.sort();
    QCOMPARE(masters.size(), 3);
    QCOMPARE(workers.size(), 3);
    // Cluster, masters, workers, then nodes only the history knows (even when their
    // names sort first).
    QCOMPARE(m_page->view()->laneNodes(), QStringList{QString()} + masters + workers +
                                              QStringList{QStringLiteral("aaa-removed-node")});
    m_page->setConnection(nullptr);
}

void tst_Timeline::repeatUpdatesInsteadOfDuplicating()
{
    openPage({makeEvent(QStringLiteral("uid-7"), Kind::Eviction, QStringLiteral("w1"),
                        Now - 20 * Minute, Now - 20 * Minute)});
    QVERIFY(m_page->selectEvent(QStringLiteral("uid-7")));
    auto *count = child<QLabel>(m_page.get(), QStringLiteral("detailCount"));
    QCOMPARE(count->text(), QStringLiteral("1"));

    // Kubernetes sends the same event again with a higher count and a later lastSeen.
    TimelineEvent repeat = makeEvent(QStringLiteral("uid-7"), Kind::Eviction, QStringLiteral("w1"),
                                     Now - 20 * Minute, Now - 2 * Minute, 5);
    repeat.message = QStringLiteral("evicted again");
    m_store->appendEvents({repeat});
    QTRY_COMPARE(count->text(), QStringLiteral("5"));
    const QList<TimelineView::Item> items = m_page->view()->itemsInRange();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].count, 5);
    QCOMPARE(items[0].lastMs, Now - 2 * Minute);
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("detailMessage"))->text(),
             QStringLiteral("evicted again"));
    // An older copy arriving late (a re-list) lowers nothing, as in the store.
    m_store->appendEvents({makeEvent(QStringLiteral("uid-7"), Kind::Eviction, QStringLiteral("w1"),
                                     Now - 20 * Minute, Now - 20 * Minute, 2)});
    QCOMPARE(m_page->view()->itemsInRange().first().count, 5);
    m_store->flush();
    QCOMPARE(m_store->queryEventsNow(m_window->from(), m_window->to()).first().count, 5);
    QVERIFY2(m_page->countText().startsWith(QStringLiteral("1 event")),
             qPrintable(m_page->countText()));
}

void tst_Timeline::liveEventsNeedNoQuery()
{
    openPage({});
    QSignalSpy reloaded(m_page.get(), &TimelinePage::reloaded);
    QList<TimelineEvent> batch;
    for (int i = 0; i < 5; ++i) {
        batch << makeEvent(QStringLiteral("live-%1").arg(i), Kind::NodeReady,
                           QStringLiteral("w-new"), Now - (5 - i) * Minute, Now - (5 - i) * Minute,
                           1, QStringLiteral("NodeReady"));
    }
    m_store->appendEvents(batch);
    QTRY_COMPARE(m_page->view()->itemsInRange().size(), 5);
    QVERIFY(m_page->view()->laneNodes().contains(QStringLiteral("w-new")));
    QTest::qWait(300); // longer than the reload debounce
    QCOMPARE(reloaded.count(), 0);
    QVERIFY2(m_page->countText().startsWith(QStringLiteral("5 event")),
             qPrintable(m_page->countText()));
}

void tst_Timeline::kindAndNodeFilters()
{
    openPage({
        makeEvent(QStringLiteral("e1"), Kind::Eviction, QStringLiteral("worker-1"),
                  Now - 50 * Minute, Now - 50 * Minute),
        makeEvent(QStringLiteral("e2"), Kind::Eviction, QStringLiteral("worker-2"),
                  Now - 40 * Minute, Now - 40 * Minute),
        makeEvent(QStringLiteral("s1"), Kind::ScaleUpStarted, QString(), Now - 30 * Minute,
                  Now - 30 * Minute),
        makeEvent(QStringLiteral("d1"), Kind::EtcdSlowWrite, QStringLiteral("master-1"),
                  Now - 20 * Minute, Now - 20 * Minute),
        makeEvent(QStringLiteral("p1"), Kind::Pressure, QStringLiteral("worker-1"),
                  Now - 10 * Minute, Now - 10 * Minute),
    });
    TimelineView *view = m_page->view();
    QCOMPARE(view->itemsInRange().size(), 5);

    auto *evictions = child<QToolButton>(m_page.get(), QStringLiteral("timelineKind_eviction"));
    QVERIFY(evictions);
    QVERIFY(evictions->isChecked());
    QTest::mouseClick(evictions, Qt::LeftButton);
    QVERIFY(!m_page->isKindShown(Kind::Eviction));
    QCOMPARE(keysOf(view->itemsInRange()),
             (QStringList{QStringLiteral("d1"), QStringLiteral("p1"), QStringLiteral("s1")}));
    QVERIFY2(m_page->countText().startsWith(QStringLiteral("3 event")),
             qPrintable(m_page->countText()));
    // A hidden kind cannot be hit either.
    QVERIFY(!view->pointOf(QStringLiteral("e1")));

    auto *filter = child<QLineEdit>(m_page.get(), QStringLiteral("timelineNodeFilter"));
    QTest::keyClicks(filter, QStringLiteral("WORKER"));
    QCOMPARE(view->laneNodes(),
             (QStringList{QStringLiteral("worker-1"), QStringLiteral("worker-2")}));
    QCOMPARE(keysOf(view->itemsInRange()), QStringList{QStringLiteral("p1")});

    QTest::mouseClick(evictions, Qt::LeftButton);
    QCOMPARE(keysOf(view->itemsInRange()),
             (QStringList{QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("p1")}));
    filter->clear();
    QCOMPARE(view->itemsInRange().size(), 5);
    QCOMPARE(view->laneNodes().first(), QString());
}

void tst_Timeline::keysZoomAndPan()
{
    openPage({});
    TimelineView *view = m_page->view();
    view->setFocus();
    QCOMPARE(m_window->spanMs(), Hour);
    QVERIFY(m_window->following());

    // Live: zooming keeps the present at the right edge and stays live.
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(m_window->spanMs(), Hour / 2);
    QCOMPARE(m_window->toMs(), Now);
    QVERIFY(m_window->following());
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(m_window->spanMs(), Hour);

    // Left goes a tenth into the past and stops following; Right comes back.
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(!m_window->following());
    QCOMPARE(m_window->toMs(), Now - Hour / 10);
    QCOMPARE(m_window->spanMs(), Hour);
    auto *live = child<QToolButton>(m_page.get(), QStringLiteral("timelineLiveButton"));
    QVERIFY(!live->isChecked());
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(m_window->toMs(), Now - 2 * (Hour / 10));

    // Pinned: zooming keeps the middle where it is.
    const qint64 middle = m_window->fromMs() + m_window->spanMs() / 2;
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(m_window->spanMs(), Hour / 2);
    QCOMPARE(m_window->fromMs() + m_window->spanMs() / 2, middle);

    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY(m_window->following());
    QCOMPARE(m_window->toMs(), Now);
    QVERIFY(live->isChecked());

    // The range presets drive the same window.
    QTest::mouseClick(
        child<QToolButton>(m_page.get(), QStringLiteral("timelineRange_") +
                                             QString::number(int(TimeWindow::Preset::Days7))),
        Qt::LeftButton);
    QCOMPARE(m_window->spanMs(), 7 * Day);
}

void tst_Timeline::wheelAndDragMoveTheWindow()
{
    openPage({});
    m_window->setRange(Now - 3 * Hour, Now - 2 * Hour);
    TimelineView *view = m_page->view();
    QWidget *viewport = view->viewport();
    const QPoint at(view->labelWidth() + 200, view->axisHeight() + 40);
    const qint64 under = view->timeAtX(at.x());

    // A notch forward zooms in around the pointer: the time under it stays under it.
    sendWheel(viewport, at, 120);
    QVERIFY(m_window->spanMs() < Hour);
    QCOMPARE(m_window->spanMs(), qint64(Hour * 0.8));
    const qint64 msPerPixel = m_window->spanMs() / view->eventArea().width() + 1;
    QVERIFY2(std::abs(view->timeAtX(at.x()) - under) <= msPerPixel,
             qPrintable(QString::number(view->timeAtX(at.x()) - under)));
    sendWheel(viewport, at, -120);
    QVERIFY(std::abs(m_window->spanMs() - Hour) < 1000);

    // Shift+wheel moves in time without zooming.
    const qint64 span = m_window->spanMs();
    const qint64 to = m_window->toMs();
    sendWheel(viewport, at, -120, Qt::ShiftModifier);
    QCOMPARE(m_window->spanMs(), span);
    QCOMPARE(m_window->toMs(), to + span / 10);

    // Dragging right by a quarter of the width shows a quarter of the span further back.
    const qint64 fromBefore = m_window->fromMs();
    const int quarter = view->eventArea().width() / 4;
    sendMouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, at + QPoint(quarter / 2, 0), Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, at + QPoint(quarter, 0), Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, at + QPoint(quarter, 0), Qt::NoButton);
    const double expected = double(span) * quarter / view->eventArea().width();
    QVERIFY2(std::abs(double(fromBefore - m_window->fromMs()) - expected) < double(msPerPixel) * 2,
             qPrintable(QString::number(fromBefore - m_window->fromMs())));
    QCOMPARE(m_window->spanMs(), span);
    QVERIFY(m_page->selectedKey().isEmpty()); // a drag is not a click
}

void tst_Timeline::viewFollowsTheWindow()
{
    openPage({
        makeEvent(QStringLiteral("recent"), Kind::Eviction, QStringLiteral("w1"), Now - 10 * Minute,
                  Now - 10 * Minute),
        makeEvent(QStringLiteral("yesterday"), Kind::NodeAdded, QStringLiteral("w1"), Now - Day,
                  Now - Day, 1, QStringLiteral("RegisteredNode")),
    });
    TimelineView *view = m_page->view();
    QCOMPARE(keysOf(view->itemsInRange()), QStringList{QStringLiteral("recent")});

    // Another page (the Utilisation charts) moves the shared window: the view follows,
    // and the page loads what it did not have.
    QSignalSpy reloaded(m_page.get(), &TimelinePage::reloaded);
    m_window->setRange(Now - Day - 30 * Minute, Now - Day + 30 * Minute);
    QCOMPARE(view->timeAtX(view->eventArea().left()), Now - Day - 30 * Minute);
    QTRY_COMPARE(keysOf(view->itemsInRange()), QStringList{QStringLiteral("yesterday")});
    QVERIFY(reloaded.count() >= 1);
    view->grab();
    QCOMPARE(view->paintedKeys(), QStringList{QStringLiteral("yesterday")});
    const auto point = view->pointOf(QStringLiteral("yesterday"));
    QVERIFY(point);
    QVERIFY(std::abs(point->x() - (view->eventArea().left() + view->eventArea().width() / 2)) <= 1);
}

void tst_Timeline::clickShowsDetails()
{
    const TimelineEvent event =
        makeEvent(QStringLiteral("evict-42"), Kind::Eviction, QStringLiteral("worker-3"),
                  Now - 35 * Minute, Now - 25 * Minute, 7);
    openPage({event, makeEvent(QStringLiteral("other"), Kind::NodeReady, QStringLiteral("worker-3"),
                               Now - 5 * Minute, Now - 5 * Minute)});
    TimelineView *view = m_page->view();
    auto *empty = child<QLabel>(m_page.get(), QStringLiteral("timelineDetailsEmpty"));
    QVERIFY(empty->isVisible());

    const auto point = view->pointOf(event.key);
    QVERIFY(point);
    QCOMPARE(view->eventAt(*point), event.key);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *point);
    QCOMPARE(m_page->selectedKey(), event.key);
    QVERIFY(!empty->isVisible());
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("detailReason"))->text(), event.reason);
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("detailMessage"))->text(), event.message);
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("detailObject"))->text(), event.object);
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("detailCount"))->text(),
             QStringLiteral("7"));
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("detailNode"))->text().contains(event.node));
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("detailKind"))
                ->text()
                .contains(TimelineEvent::kindText(Kind::Eviction)));
    // Local time, to the second.
    const auto clock = [](const QDateTime &t) {
        return t.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    };
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("detailFirstSeen"))
                ->text()
                .contains(clock(event.firstSeen)));
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("detailLastSeen"))
                ->text()
                .contains(clock(event.lastSeen)));

    // The bar is hit along its length too, not only at its start.
    const QPoint alongTheBar(int(view->xAtTime(Now - 28 * Minute)), point->y());
    QCOMPARE(view->eventAt(alongTheBar), event.key);
    // Empty space clears the selection.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      QPoint(int(view->xAtTime(Now - 50 * Minute)), point->y()));
    QVERIFY(m_page->selectedKey().isEmpty());
    QVERIFY(empty->isVisible());
}

void tst_Timeline::keyboardSelection()
{
    openPage({
        makeEvent(QStringLiteral("c1"), Kind::ScaleUpStarted, QString(), Now - 50 * Minute,
                  Now - 50 * Minute),
        makeEvent(QStringLiteral("n1"), Kind::Eviction, QStringLiteral("w1"), Now - 40 * Minute,
                  Now - 40 * Minute),
        makeEvent(QStringLiteral("n2"), Kind::Eviction, QStringLiteral("w1"), Now - 25 * Minute,
                  Now - 25 * Minute),
        makeEvent(QStringLiteral("n3"), Kind::Eviction, QStringLiteral("w1"), Now - 10 * Minute,
                  Now - 10 * Minute),
    });
    TimelineView *view = m_page->view();
    view->setFocus();
    QCOMPARE(view->currentLane(), 0);
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(m_page->selectedKey(), QStringLiteral("c1"));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentLane(), 1);
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(m_page->selectedKey(), QStringLiteral("n1"));
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(m_page->selectedKey(), QStringLiteral("n2"));
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_page->selectedKey(), QStringLiteral("n1"));
    QVERIFY(view->hasFocus()); // Tab stayed in the view
    // Enter picks the event nearest the middle of the range (30 min ago): n2, 5 min off.
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(m_page->selectedKey().isEmpty());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_page->selectedKey(), QStringLiteral("n2"));
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("detailObject"))->text(),
             QStringLiteral("Pod/default/n2"));
}

void tst_Timeline::manyLanesScroll()
{
    openPage({});
    QStringList workers;
    for (int i = 0; i < 80; ++i)
        workers << QStringLiteral("worker-%1").arg(i, 2, 10, QLatin1Char('0'));
    TimelineView *view = m_page->view();
    view->setNodes({QStringLiteral("master-1")}, workers);
    QCOMPARE(view->laneNodes().size(), 82);
    QScrollBar *bar = view->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), 0);
    view->setFocus();
    for (int i = 0; i < 60; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentLane(), 60);
    // The current lane is in view, below the axis.
    const int y = view->axisHeight() + 60 * view->laneHeight() - bar->value();
    QVERIFY(bar->value() > 0);
    QVERIFY(y >= view->axisHeight() && y + view->laneHeight() <= view->viewport()->height());
    QCOMPARE(view->laneAt(y + view->laneHeight() / 2), 60);
    // The wheel over the labels scrolls the lanes, not the time.
    const qint64 span = m_window->spanMs();
    const int before = bar->value();
    sendWheel(view->viewport(), QPoint(20, 200), 120);
    QVERIFY(bar->value() < before);
    QCOMPARE(m_window->spanMs(), span);
}

void tst_Timeline::hoverExplains()
{
    openPage(
        {makeEvent(QStringLiteral("hover-me"), Kind::SchedulingFailure, QString(),
                   Now - 20 * Minute, Now - 10 * Minute, 9, QStringLiteral("FailedScheduling"))});
    TimelineView *view = m_page->view();
    const auto point = view->pointOf(QStringLiteral("hover-me"));
    QVERIFY(point);
    QHelpEvent help(QEvent::ToolTip, *point, view->viewport()->mapToGlobal(*point));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("FailedScheduling")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Pod/default/hover-me")));
    QToolTip::hideText();
}

void tst_Timeline::cacheStaysBounded()
{
    // One event an hour for a week: a week's view loads them all, a quarter of an hour's
    // view only what is near it.
    QList<TimelineEvent> events;
    for (int i = 0; i < 7 * 24; ++i)
        events << makeEvent(QStringLiteral("hourly-%1").arg(i), Kind::EtcdSlowWrite,
                            QStringLiteral("m1"), Now - i * Hour - Minute, Now - i * Hour - Minute);
    openPage(events, TimeWindow::Preset::Days7);
    QCOMPARE(m_page->view()->index().size(), 7 * 24);
    QSignalSpy reloaded(m_page.get(), &TimelinePage::reloaded);
    m_window->setPreset(TimeWindow::Preset::Minutes15);
    QTRY_VERIFY(reloaded.count() >= 1 && !m_page->isLoading());
    QVERIFY2(m_page->view()->index().size() <= 2,
             qPrintable(QString::number(m_page->view()->index().size())));
    QCOMPARE(keysOf(m_page->view()->itemsInRange()), QStringList{QStringLiteral("hourly-0")});
}

void tst_Timeline::eventsOutsideTheRangeAreNotDrawn()
{
    openPage({
        makeEvent(QStringLiteral("in-1"), Kind::Eviction, QStringLiteral("w1"), Now - 30 * Minute,
                  Now - 30 * Minute),
        makeEvent(QStringLiteral("in-2"), Kind::EtcdSlowWrite, QStringLiteral("m1"),
                  Now - 15 * Minute, Now - 15 * Minute),
        makeEvent(QStringLiteral("before"), Kind::Eviction, QStringLiteral("w1"), Now - 90 * Minute,
                  Now - 70 * Minute, 2),
        makeEvent(QStringLiteral("before-m1"), Kind::EtcdSlowWrite, QStringLiteral("m1"),
                  Now - 2 * Hour, Now - 2 * Hour),
    });
    TimelineView *view = m_page->view();
    view->grab();
    QStringList painted = view->paintedKeys();
    painted.sort();
    QCOMPARE(painted, (QStringList{QStringLiteral("in-1"), QStringLiteral("in-2")}));
    QVERIFY(!view->pointOf(QStringLiteral("before")));
    QCOMPARE(view->lastFrame().aggregates, 0);

    // Two hours back: the others are in range, these are not.
    m_window->setRange(Now - 3 * Hour, Now - Hour);
    QTRY_VERIFY(!m_page->isLoading());
    view->grab();
    painted = view->paintedKeys();
    painted.sort();
    QCOMPARE(painted, (QStringList{QStringLiteral("before"), QStringLiteral("before-m1")}));
}

void tst_Timeline::denseEventsAggregate()
{
    // 2,000 evictions on one node within 200 s: far more than the pixels for them.
    QList<TimelineEvent> burst;
    for (int i = 0; i < 2000; ++i)
        burst << makeEvent(QStringLiteral("burst-%1").arg(i), Kind::Eviction, QStringLiteral("w1"),
                           Now - 30 * Minute + i * 100, Now - 30 * Minute + i * 100);
    burst << makeEvent(QStringLiteral("lonely"), Kind::NodeReady, QStringLiteral("w1"),
                       Now - 5 * Minute, Now - 5 * Minute);
    openPage(burst);
    TimelineView *view = m_page->view();
    QCOMPARE(view->countInRange(), 2001);
    view->grab();
    const TimelineView::FrameStats frame = view->lastFrame();
    // 200 s of a one-hour range is about 50 pixels: a handful of groups, not 2,000 marks.
    QVERIFY2(frame.aggregates >= 1 && frame.aggregates <= 12,
             qPrintable(QString::number(frame.aggregates)));
    QCOMPARE(frame.aggregatedEvents + frame.singles, 2001);
    QVERIFY(view->paintedKeys().contains(QStringLiteral("lonely")));

    // Zoomed in to 10 s of the burst, its 101 marks are 9 pixels apart: each its own.
    m_window->setRange(Now - 30 * Minute, Now - 30 * Minute + 10000);
    QTRY_VERIFY(!m_page->isLoading());
    view->grab();
    QCOMPARE(view->lastFrame().singles, 101);
    QCOMPARE(view->lastFrame().aggregates, 0);
}

void tst_Timeline::countsDoNotOverlap()
{
    // Two repeated events whose bars end together: each count belongs at its bar's end.
    // A third bar starts earlier, so its count is found before the marks it lies right of.
    openPage({makeEvent(QStringLiteral("pressure"), Kind::Pressure, QStringLiteral("w1"),
                        Now - 50 * Minute, Now - 20 * Minute, 20),
              makeEvent(QStringLiteral("evictions"), Kind::Eviction, QStringLiteral("w1"),
                        Now - 40 * Minute, Now - 20 * Minute, 40),
              makeEvent(QStringLiteral("long"), Kind::SchedulingFailure, QStringLiteral("w1"),
                        Now - 55 * Minute, Now - 19 * Minute, 7),
              makeEvent(QStringLiteral("later"), Kind::Eviction, QStringLiteral("w1"),
                        Now - 10 * Minute, Now - 10 * Minute, 3)});
    TimelineView *view = m_page->view();
    view->grab();
    const QList<QRectF> labels = view->lastFrame().labels;
    QVERIFY2(labels.size() >= 2, qPrintable(QString::number(labels.size())));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].intersects(labels[j]),
                     qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
    }
}

void tst_Timeline::paintWith100kEvents()
{
    // 100,000 events over a week on 500 nodes, as the bench uses.
    QRandomGenerator random(42);
    QList<TimelineEvent> events;
    events.reserve(100000);
    const QList<Kind> kinds{Kind::Eviction,      Kind::SchedulingFailure, Kind::Pressure,
                            Kind::EtcdSlowWrite, Kind::NodeReady,         Kind::FindingStarted};
    for (int i = 0; i < 100000; ++i) {
        const qint64 first = Now - 7 * Day + qint64(random.bounded(7 * 24 * 3600)) * 1000;
        const bool repeated = random.bounded(4) == 0;
        events << makeEvent(
            QStringLiteral("k%1").arg(i), kinds[int(random.bounded(kinds.size()))],
            i % 10 == 0 ? QString()
                        : QStringLiteral("node-%1").arg(i % 500, 3, 10, QLatin1Char('0')),
            first, repeated ? first + random.bounded(3600) * 1000 : first, repeated ? 3 : 1);
    }
    QElapsedTimer load;
    load.start();
    openPage(events, TimeWindow::Preset::Days7);
    if (QTest::currentTestFailed())
        return;
    qInfo("store write and first query of 100,000 events: %lld ms", load.elapsed());
    TimelineView *view = m_page->view();
    QCOMPARE(view->countInRange(), 100000);
    QVERIFY2(m_page->countText().startsWith(QStringLiteral("100,000 event")),
             qPrintable(m_page->countText()));

    const double week = medianPaintMs(view, 15);
    QVERIFY(test::saveArtifact(m_page.get(), QStringLiteral("timeline-100k.png")));
    QVERIFY(view->lastFrame().lanesPainted > 10);
    QVERIFY(view->lastFrame().aggregates > 0);
    m_window->setRange(Now - 3 * Day, Now - 3 * Day + Hour);
    const double hour = medianPaintMs(view, 15);
    const double zoom = medianPaintMs(view, 20, [this](int i) {
        m_window->zoom(i % 2 ? 1.25 : 0.8, m_window->fromMs() + m_window->spanMs() / 2);
    });
    const double pan = medianPaintMs(view, 20, [this](int i) {
        m_window->pan(i % 2 ? m_window->spanMs() / 20 : -m_window->spanMs() / 20);
    });
    qInfo("paint of the 100,000-event timeline (%dx%d, median ms): week %.2f, hour %.2f, zoom "
          "%.2f, pan %.2f",
          view->viewport()->width(), view->viewport()->height(), week, hour, zoom, pan);
}

void tst_Timeline::screenshot()
{
    const QString artifacts = qEnvironmentVariable("MAESTRO_TEST_ARTIFACTS");
    // A morning on a cluster whose shared master was overloaded until a worker joined.
    QList<TimelineEvent> events;
    const QStringList workers{QStringLiteral("worker-1"), QStringLiteral("worker-2"),
                              QStringLiteral("worker-3")};
    auto add = [&](const TimelineEvent &e) { events << e; };
    for (int i = 0; i < 60; ++i)
        add(makeEvent(QStringLiteral("etcd-%1").arg(i), Kind::EtcdSlowWrite,
                      QStringLiteral("master-1"), Now - 55 * Minute + i * 35 * 1000,
                      Now - 55 * Minute + i * 35 * 1000, 1, QStringLiteral("SlowApply")));
    for (int i = 0; i < 14; ++i)
        add(makeEvent(QStringLiteral("evict-%1").arg(i), Kind::Eviction, QStringLiteral("master-1"),
                      Now - 42 * Minute + i * 97 * 1000, Now - 42 * Minute + i * 97 * 1000));
    add(makeEvent(QStringLiteral("pressure-m1"), Kind::Pressure, QStringLiteral("master-1"),
                  Now - 44 * Minute, Now - 21 * Minute, 23, QStringLiteral("MemoryPressure")));
    add(makeEvent(QStringLiteral("sched"), Kind::SchedulingFailure, QString(), Now - 40 * Minute,
                  Now - 18 * Minute, 31, QStringLiteral("FailedScheduling")));
    add(makeEvent(QStringLiteral("finding"), Kind::FindingStarted, QString(), Now - 38 * Minute,
                  Now - 38 * Minute, 1, QStringLiteral("Master runs workloads")));
    add(makeEvent(QStringLiteral("scale-start"), Kind::ScaleUpStarted, QString(), Now - 30 * Minute,
                  Now - 30 * Minute, 1, QStringLiteral("ScaleUp")));
    add(makeEvent(QStringLiteral("added"), Kind::NodeAdded, QStringLiteral("worker-3"),
                  Now - 24 * Minute, Now - 24 * Minute, 1, QStringLiteral("RegisteredNode")));
    add(makeEvent(QStringLiteral("ready"), Kind::NodeReady, QStringLiteral("worker-3"),
                  Now - 22 * Minute, Now - 22 * Minute, 1, QStringLiteral("NodeReady")));
    add(makeEvent(QStringLiteral("scale-done"), Kind::ScaleUpFinished, QString(), Now - 21 * Minute,
                  Now - 21 * Minute, 1, QStringLiteral("ScaleUp")));
    add(makeEvent(QStringLiteral("cleared"), Kind::FindingCleared, QString(), Now - 12 * Minute,
                  Now - 12 * Minute, 1, QStringLiteral("Master runs workloads")));
    add(makeEvent(QStringLiteral("w2-evict"), Kind::Eviction, QStringLiteral("worker-2"),
                  Now - 33 * Minute, Now - 31 * Minute, 3));
    openPage(events);
    if (QTest::currentTestFailed())
        return;
    m_page->view()->setNodes({QStringLiteral("master-1")}, workers);
    QVERIFY(m_page->selectEvent(QStringLiteral("evict-3")));

    const QImage light = m_page->grab().toImage();
    QVERIFY(!light.isNull());
    m_page->setPalette(paletteFor(ThemeMode::Dark));
    const QImage dark = m_page->grab().toImage();
    QVERIFY(light != dark);
    if (!artifacts.isEmpty()) {
        QVERIFY(light.save(artifacts + QStringLiteral("/timeline.png")));
        QVERIFY(dark.save(artifacts + QStringLiteral("/timeline-dark.png")));
    }
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Times on the axis and in the details are local; a fixed zone keeps them stable.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", "Europe/Berlin");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tst_Timeline"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(paletteFor(ThemeMode::Light));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    maestro::ui::installTranslations(QStringLiteral("en"));
    tst_Timeline test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_Timeline.moc"

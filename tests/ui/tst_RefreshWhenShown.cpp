// SPDX-License-Identifier: GPL-3.0-or-later
// RefreshWhenShown: a hidden page refreshes once when shown; a shown one at once, or,
// with a minimum interval, at most once per interval however many requests come.

#include "ui/common/RefreshWhenShown.h"

#include <QElapsedTimer>
#include <QTest>
#include <QWidget>

using namespace maestro::ui;

class tst_RefreshWhenShown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shownPageRefreshesAtOnce();
    void hiddenPageRefreshesOnceWhenShown();
    void burstWithinTheIntervalRefreshesOnceMore();
    void pageHiddenBeforeTheIntervalEndsWaitsToBeShown();
};

void tst_RefreshWhenShown::shownPageRefreshesAtOnce()
{
    QWidget page;
    int refreshes = 0;
    RefreshWhenShown refresh(&page, [&refreshes] { ++refreshes; });
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (int i = 1; i <= 3; ++i) {
        refresh.request();
        QCOMPARE(refreshes, i);
    }
}

void tst_RefreshWhenShown::hiddenPageRefreshesOnceWhenShown()
{
    QWidget page;
    int refreshes = 0;
    RefreshWhenShown refresh(&page, [&refreshes] { ++refreshes; });
    refresh.request();
    refresh.request();
    QCOMPARE(refreshes, 0);
    QVERIFY(refresh.isStale());
    page.show();
    QCOMPARE(refreshes, 1); // on the Show event, before the first paint
    QVERIFY(!refresh.isStale());
    page.hide();
    page.show();
    QCOMPARE(refreshes, 1); // nothing asked meanwhile
}

void tst_RefreshWhenShown::burstWithinTheIntervalRefreshesOnceMore()
{
    constexpr int IntervalMs = 300;
    QWidget page;
    int refreshes = 0;
    QElapsedTimer sinceFirst;
    qint64 secondAtMs = -1;
    RefreshWhenShown refresh(&page, [&] {
        if (++refreshes == 2)
            secondAtMs = sinceFirst.elapsed();
    });
    refresh.setMinimumInterval(IntervalMs);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    sinceFirst.start();
    refresh.request();
    QCOMPARE(refreshes, 1); // the first of a burst at once
    for (int i = 0; i < 50; ++i)
        refresh.request();
    QCOMPARE(refreshes, 1);
    QTRY_COMPARE_WITH_TIMEOUT(refreshes, 2, 5 * IntervalMs);
    QVERIFY2(secondAtMs >= IntervalMs - 20, qPrintable(QString::number(secondAtMs)));
    QTest::qWait(2 * IntervalMs);
    QCOMPARE(refreshes, 2); // fifty requests, one refresh for all of them
    // Long after the last refresh, a request runs at once again.
    refresh.request();
    QCOMPARE(refreshes, 3);
}

void tst_RefreshWhenShown::pageHiddenBeforeTheIntervalEndsWaitsToBeShown()
{
    constexpr int IntervalMs = 200;
    QWidget page;
    int refreshes = 0;
    RefreshWhenShown refresh(&page, [&refreshes] { ++refreshes; });
    refresh.setMinimumInterval(IntervalMs);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    refresh.request();
    refresh.request(); // deferred
    page.hide();
    QTest::qWait(2 * IntervalMs);
    QCOMPARE(refreshes, 1); // not while hidden
    QVERIFY(refresh.isStale());
    page.show();
    QCOMPARE(refreshes, 2);
}

QTEST_MAIN(tst_RefreshWhenShown)
#include "tst_RefreshWhenShown.moc"

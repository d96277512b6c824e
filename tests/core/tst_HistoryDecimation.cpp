// SPDX-License-Identifier: GPL-3.0-or-later
// The chart decimation: every column's extremes survive, the output is bounded and in
// order, and degenerate inputs do not trip it.

#include "app/history/Decimation.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace maestro::history;

class tst_HistoryDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spikesSurvive_data();
    void spikesSurvive();
    void empty();
    void onePoint();
    void allInOneColumn();
    void outsideRangeDropped();
    void fewerPointsThanColumns();
};

void tst_HistoryDecimation::spikesSurvive_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("columns");
    QTest::newRow("100k into 800") << 100000 << 800;
    QTest::newRow("8640 into 300") << 8640 << 300;
    QTest::newRow("1000 into 999") << 1000 << 999;
}

void tst_HistoryDecimation::spikesSurvive()
{
    QFETCH(int, points);
    QFETCH(int, columns);
    QRandomGenerator random(42);
    QVector<QPointF> series;
    series.reserve(points);
    for (int i = 0; i < points; ++i)
        series.append({double(i) * 10.0, 0.3 + random.generateDouble() * 0.1});
    // Single-sample spikes and dips, the kind a naive stride would lose.
    for (int k = 0; k < 40; ++k) {
        const int i = int(random.bounded(points));
        series[i].setY(k % 2 ? 5.0 + k : -5.0 - k);
    }
    const double xFrom = series.first().x();
    const double xTo = series.last().x();

    const QVector<QPointF> out = decimateMinMax(series, xFrom, xTo, columns);
    QVERIFY(out.size() <= 2 * columns);
    QVERIFY(!out.isEmpty());
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY2(out[i - 1].x() < out[i].x(), "order preserved");

    // Per column, the input's min and max are in the output.
    const double width = xTo - xFrom;
    auto column = [&](double x) {
        return std::clamp(int(std::floor((x - xFrom) / width * columns)), 0, columns - 1);
    };
    QVector<double> inMin(columns, qInf()), inMax(columns, -qInf());
    QVector<double> outMin(columns, qInf()), outMax(columns, -qInf());
    for (const QPointF &p : series) {
        inMin[column(p.x())] = std::min(inMin[column(p.x())], p.y());
        inMax[column(p.x())] = std::max(inMax[column(p.x())], p.y());
    }
    for (const QPointF &p : out) {
        outMin[column(p.x())] = std::min(outMin[column(p.x())], p.y());
        outMax[column(p.x())] = std::max(outMax[column(p.x())], p.y());
    }
    for (int c = 0; c < columns; ++c) {
        QCOMPARE(outMin[c], inMin[c]);
        QCOMPARE(outMax[c], inMax[c]);
    }
    // Every output point is an input point.
    for (const QPointF &p : out) {
        const auto index = qsizetype(std::llround(p.x() / 10.0));
        QCOMPARE(series.at(index), p);
    }
}

void tst_HistoryDecimation::empty()
{
    QVERIFY(decimateMinMax({}, 0, 100, 10).isEmpty());
    QVERIFY(decimateMinMax({{1, 1}}, 0, 100, 0).isEmpty());
    QVERIFY(decimateMinMax({{1, 1}}, 100, 0, 10).isEmpty());
}

void tst_HistoryDecimation::onePoint()
{
    const QVector<QPointF> out = decimateMinMax({{5, 2}}, 0, 10, 4);
    QCOMPARE(out, QVector<QPointF>({{5, 2}}));
    // A zero-width range holding the point.
    QCOMPARE(decimateMinMax({{5, 2}}, 5, 5, 4), QVector<QPointF>({{5, 2}}));
}

void tst_HistoryDecimation::allInOneColumn()
{
    const QVector<QPointF> series = {{1.0, 3}, {1.1, 9}, {1.2, -1}, {1.3, 4}};
    const QVector<QPointF> out = decimateMinMax(series, 0, 100, 10);
    // Max came first, then min: their order is the input's.
    QCOMPARE(out, QVector<QPointF>({{1.1, 9}, {1.2, -1}}));
}

void tst_HistoryDecimation::outsideRangeDropped()
{
    const QVector<QPointF> series = {{-5, 100}, {1, 1}, {2, 2}, {50, 7}};
    const QVector<QPointF> out = decimateMinMax(series, 0, 10, 10);
    QCOMPARE(out, QVector<QPointF>({{1, 1}, {2, 2}}));
}

void tst_HistoryDecimation::fewerPointsThanColumns()
{
    const QVector<QPointF> series = {{0, 1}, {3, 2}, {6, 3}, {9, 4}};
    QCOMPARE(decimateMinMax(series, 0, 9, 100), series);
}

QTEST_GUILESS_MAIN(tst_HistoryDecimation)
#include "tst_HistoryDecimation.moc"

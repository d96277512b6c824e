// SPDX-License-Identifier: GPL-3.0-or-later
// The chart decimation: every column's extremes survive, the output is bounded and in
// order, and degenerate inputs do not trip it. The min/max pyramid the charts keep per
// series gives exactly what reading every point gives: per column, per run of points,
// after appends one by one and in batches, evenly spaced or not, at every level.

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

    void pyramidColumnsMatchBruteForce_data();
    void pyramidColumnsMatchBruteForce();
    void pyramidRunsMatchBruteForce();
    void pyramidDecimatesLikeDecimateMinMax();
    void pyramidStartsFromAColumn();
    void pyramidKeepsOrderAndSkipsGaps();
    void pyramidBatchKeepsWhatSinglePointsKeep();
};

namespace {

/// A random walk with single-sample spikes and dips, `count` points from x = 1000: every
/// `step` apart, or (irregular) at random gaps of 1 to 2 × step, some points sharing x.
QVector<QPointF> walk(QRandomGenerator &random, int count, double step, bool irregular)
{
    QVector<QPointF> points;
    double x = 1000;
    double y = 50;
    for (int i = 0; i < count; ++i) {
        y = std::clamp(y + random.generateDouble() * 6 - 3, 0.0, 100.0);
        double value = y;
        if (random.bounded(200) == 0)
            value = random.bounded(2) ? 1000.0 + i : -1000.0 - i; // a spike or a dip
        points.append({x, value});
        x +=
            irregular ? (random.bounded(10) == 0 ? 0 : step * (1 + random.generateDouble())) : step;
    }
    return points;
}

/// What a column holds, read point by point: column of x = floor(offset + x × scale).
QVector<Extremes> bruteForceColumns(const QVector<QPointF> &points, double offset, double scale,
                                    int columns)
{
    QVector<Extremes> out(columns);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double c = std::floor(offset + points[i].x() * scale);
        if (c < 0 || c >= columns)
            continue;
        out[int(c)].merge({points[i].y(), points[i].y(), i, i});
    }
    return out;
}

Extremes bruteForceRun(const QVector<QPointF> &points, qsizetype begin, qsizetype end)
{
    Extremes out;
    for (qsizetype i = begin; i < end; ++i)
        out.merge({points[i].y(), points[i].y(), i, i});
    return out;
}

bool sameExtremes(const Extremes &a, const Extremes &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty();
    return a.min == b.min && a.max == b.max && a.minAt == b.minAt && a.maxAt == b.maxAt;
}

/// Checks a pyramid against its points at densities from a few columns per point to
/// thousands of points per column (the pyramid's levels up to 8^4).
void checkColumns(const MinMaxPyramid &pyramid, const QVector<QPointF> &points,
                  QRandomGenerator &random)
{
    QCOMPARE(pyramid.size(), points.size());
    const double xFirst = points.first().x();
    const double span = std::max(1.0, points.last().x() - xFirst);
    for (double pointsPerColumn : {0.3, 1.0, 5.4, 8.0, 40.0, 333.0, 4100.0}) {
        const int columns = std::max(1, int(points.size() / pointsPerColumn));
        const double scale = columns / span * (0.8 + 0.4 * random.generateDouble());
        // The columns start somewhere before the first point or inside the series.
        const double offset = -xFirst * scale + (random.generateDouble() * 40 - 20);
        std::vector<qsizetype> starts(size_t(columns) + 1);
        pyramid.columnStarts(offset, scale, columns, starts.data());
        const QVector<Extremes> expected = bruteForceColumns(points, offset, scale, columns);
        for (int c = 0; c < columns; ++c) {
            const Extremes got = pyramid.extremes(starts[size_t(c)], starts[size_t(c) + 1]);
            if (!sameExtremes(got, expected[c])) {
                QFAIL(qPrintable(QStringLiteral("%1 points per column: column %2 of %3 is "
                                                "[%4, %5] at %6, %7, not [%8, %9] at %10, %11")
                                     .arg(pointsPerColumn)
                                     .arg(c)
                                     .arg(columns)
                                     .arg(got.min)
                                     .arg(got.max)
                                     .arg(got.minAt)
                                     .arg(got.maxAt)
                                     .arg(expected[c].min)
                                     .arg(expected[c].max)
                                     .arg(expected[c].minAt)
                                     .arg(expected[c].maxAt)));
            }
        }
        // The starts are those of the columns: before starts[0], all left of column 0.
        for (qsizetype i = 0; i < starts[0]; ++i)
            QVERIFY(std::floor(offset + points[i].x() * scale) < 0);
        for (qsizetype i = starts[size_t(columns)]; i < points.size(); ++i)
            QVERIFY(std::floor(offset + points[i].x() * scale) >= columns);
    }
}

} // namespace

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

void tst_HistoryDecimation::pyramidColumnsMatchBruteForce_data()
{
    QTest::addColumn<bool>("irregular");
    QTest::addColumn<int>("largestBatch");
    QTest::newRow("evenly spaced, one by one") << false << 1;
    QTest::newRow("evenly spaced, batches") << false << 3000;
    QTest::newRow("irregular, one by one") << true << 1;
    QTest::newRow("irregular, batches") << true << 3000;
}

void tst_HistoryDecimation::pyramidColumnsMatchBruteForce()
{
    QFETCH(bool, irregular);
    QFETCH(int, largestBatch);
    QRandomGenerator random(7);
    const QVector<QPointF> all = walk(random, 40000, 10000, irregular);
    // Appended as samples arrive, checked along the way: after partial units of every
    // level, and when a level is added.
    MinMaxPyramid pyramid;
    qsizetype appended = 0;
    const QList<qsizetype> checkpoints{1, 2, 9, 65, 513, 4097, 20000, all.size()};
    for (qsizetype checkpoint : checkpoints) {
        while (appended < checkpoint) {
            const qsizetype batch = std::min<qsizetype>(
                checkpoint - appended, 1 + random.bounded(std::max(1, largestBatch)));
            if (batch == 1)
                pyramid.append(all[appended]);
            else
                pyramid.append(all.mid(appended, batch));
            appended += batch;
        }
        // Evenly spaced points have their x computed, not stored.
        if (!irregular)
            QVERIFY(pyramid.isEvenlySpaced());
        else if (checkpoint > 100)
            QVERIFY(!pyramid.isEvenlySpaced());
        checkColumns(pyramid, all.first(checkpoint), random);
        if (QTest::currentTestFailed())
            return;
    }
    // Every spike reaches the top of its column, every dip the bottom.
    const int columns = 800;
    const double scale = columns / (all.last().x() - all.first().x() + 1);
    std::vector<qsizetype> starts(columns + 1);
    pyramid.columnStarts(-all.first().x() * scale, scale, columns, starts.data());
    int spikes = 0;
    for (int c = 0; c < columns; ++c) {
        const Extremes e = pyramid.extremes(starts[size_t(c)], starts[size_t(c) + 1]);
        for (qsizetype i = starts[size_t(c)]; i < starts[size_t(c) + 1]; ++i) {
            if (all[i].y() >= 1000) {
                QVERIFY2(e.max >= all[i].y(), qPrintable(QStringLiteral("spike %1 lost").arg(i)));
                ++spikes;
            } else if (all[i].y() <= -1000) {
                QVERIFY2(e.min <= all[i].y(), qPrintable(QStringLiteral("dip %1 lost").arg(i)));
                ++spikes;
            }
        }
    }
    QVERIFY(spikes > 100);
}

void tst_HistoryDecimation::pyramidRunsMatchBruteForce()
{
    QRandomGenerator random(11);
    const QVector<QPointF> points = walk(random, 70000, 10, false);
    const MinMaxPyramid pyramid(points);
    for (int k = 0; k < 3000; ++k) {
        // Short runs (read point by point) and long ones (across levels).
        const qsizetype length = k % 3 == 0 ? random.bounded(20) : random.bounded(70000);
        const qsizetype begin = random.bounded(int(points.size() - length + 1));
        const Extremes expected = bruteForceRun(points, begin, begin + length);
        QVERIFY2(sameExtremes(pyramid.extremes(begin, begin + length), expected),
                 qPrintable(QStringLiteral("run [%1, %2)").arg(begin).arg(begin + length)));
    }
    // The whole series and runs that reach past its ends.
    QVERIFY(
        sameExtremes(pyramid.extremes(0, points.size()), bruteForceRun(points, 0, points.size())));
    QVERIFY(sameExtremes(pyramid.extremes(-5, 100), bruteForceRun(points, 0, 100)));
    QVERIFY(
        sameExtremes(pyramid.extremes(69990, 80000), bruteForceRun(points, 69990, points.size())));
    QVERIFY(pyramid.extremes(10, 10).isEmpty());
}

void tst_HistoryDecimation::pyramidDecimatesLikeDecimateMinMax()
{
    QRandomGenerator random(3);
    for (bool irregular : {false, true}) {
        const QVector<QPointF> points = walk(random, 30000, 10, irregular);
        const MinMaxPyramid pyramid(points);
        const double first = points.first().x();
        const double last = points.last().x();
        for (int k = 0; k < 40; ++k) {
            const double from = first + (last - first) * random.generateDouble() * 0.5 - 50;
            const double to = from + (last - first) * random.generateDouble();
            const int columns = 1 + random.bounded(2000);
            QCOMPARE(pyramid.decimate(from, to, columns),
                     decimateMinMax(points, from, to, columns));
        }
        // Edges on points (1000 points into 999 columns), and everything in one column.
        QCOMPARE(pyramid.decimate(first, first + 9990, 999),
                 decimateMinMax(points, first, first + 9990, 999));
        QCOMPARE(pyramid.decimate(first, last, 1), decimateMinMax(points, first, last, 1));
        QCOMPARE(pyramid.decimate(first, first, 5), decimateMinMax(points, first, first, 5));
    }
}

void tst_HistoryDecimation::pyramidStartsFromAColumn()
{
    QRandomGenerator random(5);
    const QVector<QPointF> points = walk(random, 5000, 10, false);
    const MinMaxPyramid pyramid(points);
    const double scale = 0.037;
    const double offset = -points.first().x() * scale + 3.5;
    std::vector<qsizetype> all(400);
    pyramid.columnStarts(offset, scale, 399, all.data());
    std::vector<qsizetype> part(400, -7);
    pyramid.columnStarts(offset, scale, 399, part.data(), 250);
    for (int c = 0; c < 250; ++c)
        QCOMPARE(part[size_t(c)], qsizetype(-7)); // not written
    for (int c = 250; c <= 399; ++c)
        QCOMPARE(part[size_t(c)], all[size_t(c)]);
}

void tst_HistoryDecimation::pyramidKeepsOrderAndSkipsGaps()
{
    MinMaxPyramid pyramid;
    pyramid.append({10, 1});
    pyramid.append({20, qQNaN()}); // no value: not kept
    pyramid.append({20, 2});
    QVERIFY(pyramid.isEvenlySpaced());
    pyramid.append({15, 3}); // before the last: kept at the last x
    QCOMPARE(pyramid.size(), 3);
    QCOMPARE(pyramid.point(2), QPointF(20, 3));
    QVERIFY(!pyramid.isEvenlySpaced());
    QCOMPARE(pyramid.point(0), QPointF(10, 1));
    QCOMPARE(pyramid.point(1), QPointF(20, 2));
    QCOMPARE(pyramid.lowerBound(20), 1);
    QCOMPARE(pyramid.lowerBound(21), 3);
    const Extremes all = pyramid.extremes(0, 3);
    QCOMPARE(all.min, 1.0);
    QCOMPARE(all.max, 3.0);
    QCOMPARE(all.maxAt, 2);
    pyramid.clear();
    QVERIFY(pyramid.isEmpty());
    QVERIFY(pyramid.isEvenlySpaced());
    QVERIFY(pyramid.decimate(0, 100, 10).isEmpty());
}

void tst_HistoryDecimation::pyramidBatchKeepsWhatSinglePointsKeep()
{
    // Evenly spaced batches, with a value missing, a time missing, a repeated time and
    // one out of step: a batch must keep what appending the points one by one keeps.
    for (int broken : {20, 30, -1}) {
        QVector<QPointF> first, second;
        for (int i = 0; i < 50; ++i)
            first.append({1000.0 + i * 10, double(i % 7)});
        if (broken == 20)
            first[20].setY(qQNaN());
        if (broken == 30)
            first[30].setX(qQNaN());
        for (int i = 50; i < 120; ++i)
            second.append({1000.0 + i * 10, double((i * 5) % 11)});
        second[3].setY(qQNaN());
        second[40] = second[39];             // the same time again
        second[60].setX(second[60].x() + 3); // out of step
        MinMaxPyramid batches, single;
        batches.append(first);
        for (const QPointF &point : first)
            single.append(point);
        // A point left out leaves a gap in time: from there on the times are stored.
        QCOMPARE(batches.isEvenlySpaced(), broken < 0);
        QCOMPARE(batches.size(), broken < 0 ? 50 : 49);
        batches.append(second);
        for (const QPointF &point : second)
            single.append(point);
        QCOMPARE(batches.size(), single.size());
        for (qsizetype i = 0; i < single.size(); ++i)
            QCOMPARE(batches.point(i), single.point(i));
        QVERIFY(
            sameExtremes(batches.extremes(0, batches.size()), single.extremes(0, single.size())));
        QVERIFY(sameExtremes(batches.extremes(3, 60), single.extremes(3, 60)));
    }
}

QTEST_GUILESS_MAIN(tst_HistoryDecimation)
#include "tst_HistoryDecimation.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Utilisation charts' node lines: following the present redraws only the new
// columns, and that must give exactly the picture a redraw from scratch gives; a
// single-sample spike among thousands of points must be painted at its column; lines
// sampled at the same times, which share where the columns fall, are drawn as each
// line drawn on its own is.

#include "app/history/Decimation.h"
#include "ui/utilisation/NodeLinesLayer.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace maestro;
using namespace maestro::ui;

namespace {

constexpr double Step = 10000;
constexpr double Start = 1.7e12;
const QRectF PlotArea(10.3, 5, 600, 300);

std::shared_ptr<history::MinMaxPyramid> randomWalk(QRandomGenerator &random, int count)
{
    auto points = std::make_shared<history::MinMaxPyramid>();
    double y = random.bounded(100.0);
    for (int i = 0; i < count; ++i) {
        y = std::clamp(y + random.bounded(6.0) - 3, 0.0, 100.0);
        points->append({Start + i * Step, y});
    }
    return points;
}

/// The same points with their times stored rather than computed (as for a series
/// sampled unevenly): the last point once more, at the same time and value.
std::shared_ptr<history::MinMaxPyramid> withStoredTimes(const history::MinMaxPyramid &points)
{
    auto stored = std::make_shared<history::MinMaxPyramid>();
    for (qsizetype i = 0; i < points.size(); ++i)
        stored->append(points.point(i));
    stored->append(points.point(points.size() - 1));
    return stored;
}

QImage picture(const NodeLinesLayer &layer)
{
    QImage image(640, 320, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    const_cast<NodeLinesLayer &>(layer).paint(&painter, nullptr, nullptr);
    return image;
}

} // namespace

class tst_NodeLinesLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followingDrawsWhatARedrawDraws_data();
    void followingDrawsWhatARedrawDraws();
    void spikeIsPainted_data();
    void spikeIsPainted();
    void sharedColumnsDrawWhatEachLineDraws_data();
    void sharedColumnsDrawWhatEachLineDraws();
};

void tst_NodeLinesLayer::followingDrawsWhatARedrawDraws_data()
{
    QTest::addColumn<int>("points");
    QTest::newRow("dense: 14 points per column") << 8640;
    QTest::newRow("sparse: 7 columns per point") << 90;
}

void tst_NodeLinesLayer::followingDrawsWhatARedrawDraws()
{
    QFETCH(int, points);
    QRandomGenerator random(17);
    QList<NodeLinesLayer::Line> lines;
    std::vector<std::shared_ptr<history::MinMaxPyramid>> series;
    for (int i = 0; i < 20; ++i) {
        series.push_back(randomWalk(random, points));
        lines.append({QString::number(i), QColor::fromHsl(i * 17, 150, 120), series.back()});
    }
    const double span = (points - 1) * Step;
    NodeLinesLayer following;
    following.setLines(lines);
    following.setMapping(PlotArea, 1, Start, Start + span, 0, 100);
    // The present moves on by a sample at a time, each bringing a point per line (some
    // lines a tick late); now and then the view moves on by whole columns.
    for (int tick = 1; tick <= 40; ++tick) {
        for (size_t i = 0; i < series.size(); ++i) {
            if ((tick + int(i)) % 7 != 0)
                series[i]->append({Start + (points - 1 + tick) * Step, random.bounded(100.0)});
        }
        const double from = Start + tick * Step;
        following.setLines(lines);
        following.setMapping(PlotArea, 1, from, from + span, 0, 100);

        NodeLinesLayer redrawn;
        redrawn.setLines(lines);
        redrawn.setMapping(PlotArea, 1, from, from + span, 0, 100);
        QCOMPARE(following.maxValue(), redrawn.maxValue());
        if (picture(following) != picture(redrawn))
            QFAIL(qPrintable(QStringLiteral("tick %1 differs from a redraw").arg(tick)));
        for (int probe = 0; probe < 50; ++probe) {
            const QPointF at(PlotArea.left() + random.bounded(PlotArea.width()),
                             PlotArea.top() + random.bounded(PlotArea.height()));
            QCOMPARE(following.lineAt(at), redrawn.lineAt(at));
        }
    }
}

void tst_NodeLinesLayer::spikeIsPainted_data()
{
    QTest::addColumn<bool>("storedTimes");
    QTest::newRow("evenly spaced") << false;
    QTest::newRow("times stored") << true;
}

void tst_NodeLinesLayer::spikeIsPainted()
{
    QFETCH(bool, storedTimes);
    // A day at 10 s on 600 columns, one sample at 97 % among values of about 20 %.
    auto points = std::make_shared<history::MinMaxPyramid>();
    for (int i = 0; i < 8640; ++i)
        points->append({Start + i * Step, i == 5000 ? 97.0 : 20.0 + (i % 3)});
    if (storedTimes)
        points = withStoredTimes(*points);
    QCOMPARE(points->isEvenlySpaced(), !storedTimes);
    const QColor colour(0x12, 0x34, 0x56);
    NodeLinesLayer layer;
    // Under other lines sampled at the same times, drawn before it.
    auto flat = std::make_shared<history::MinMaxPyramid>();
    for (int i = 0; i < 8640; ++i)
        flat->append({Start + i * Step, 10.0});
    layer.setLines({{QStringLiteral("a"), Qt::red, flat},
                    {QStringLiteral("master"), colour, points},
                    {QStringLiteral("b"), Qt::green, flat}});
    const double span = 8639 * Step;
    layer.setMapping(PlotArea, 1, Start, Start + span, 0, 100);
    QCOMPARE(layer.maxValue(), 97.0);
    const QImage image = picture(layer);
    const double x = PlotArea.left() + 5000 * Step / span * PlotArea.width();
    const double y = PlotArea.top() + (100 - 97) / 100.0 * PlotArea.height();
    bool painted = false;
    for (int dx = -1; dx <= 1; ++dx) {
        for (int dy = -1; dy <= 1; ++dy)
            painted |= image.pixel(QPoint(int(x) + dx, int(y) + dy)) == colour.rgb();
    }
    QVERIFY2(painted, "the spike is not painted");
    // Nothing of the line above it anywhere else.
    for (int column = 0; column < image.width(); ++column) {
        if (std::abs(column - x) <= 2)
            continue;
        for (int row = 0; row < int(y) + 2; ++row)
            QVERIFY(image.pixel(column, row) != colour.rgb());
    }
}

void tst_NodeLinesLayer::sharedColumnsDrawWhatEachLineDraws_data()
{
    QTest::addColumn<double>("pointsPerColumn");
    QTest::addColumn<double>("before"); // view columns before the first point
    QTest::addColumn<double>("after");  // and after the last
    QTest::newRow("5.4 points per column") << 5.4 << -50.0 << -50.0;
    QTest::newRow("1.3 points per column") << 1.3 << -20.0 << -20.0;
    QTest::newRow("one point per column") << 1.0 << -7.0 << -7.0;
    QTest::newRow("14 points per column") << 14.0 << -30.0 << -30.0;
    QTest::newRow("40 points per column (read from the pyramid)") << 40.0 << -10.0 << -10.0;
    QTest::newRow("a column per 3 points (a line across columns)") << 0.3 << -40.0 << -40.0;
    QTest::newRow("the points start and end within the view") << 5.4 << 60.0 << 45.5;
    QTest::newRow("the points start at the view's left edge") << 3.0 << 0.0 << -20.0;
    QTest::newRow("the points end at the view's right edge") << 3.0 << -20.0 << 0.0;
}

void tst_NodeLinesLayer::sharedColumnsDrawWhatEachLineDraws()
{
    QFETCH(double, pointsPerColumn);
    QFETCH(double, before);
    QFETCH(double, after);
    // Random walks with single-sample spikes and dips, all at the same times; and the
    // same lines with their times stored, each of which works its columns out itself.
    QRandomGenerator random(23);
    const int count = int(pointsPerColumn * (PlotArea.width() - before - after)) + 1;
    QList<NodeLinesLayer::Line> shared, ownColumns;
    for (int i = 0; i < 12; ++i) {
        auto points = std::make_shared<history::MinMaxPyramid>();
        double y = random.bounded(100.0);
        for (int k = 0; k < count; ++k) {
            y = std::clamp(y + random.bounded(6.0) - 3, 0.0, 100.0);
            const int spike = random.bounded(std::max(12, count / 12));
            points->append({Start + k * Step, spike == 0 ? 99.5 : spike == 1 ? 0.5 : y});
        }
        const QColor colour = QColor::fromHsl(i * 29, 150, 120);
        shared.append({QString::number(i), colour, points});
        ownColumns.append({QString::number(i), colour, withStoredTimes(*points)});
        QVERIFY(!ownColumns.last().points->isEvenlySpaced());
    }
    const double perColumn = pointsPerColumn * Step; // the time a column spans
    const double from = Start - before * perColumn + 0.37 * perColumn;
    const double to = Start + (count - 1) * Step + after * perColumn;
    NodeLinesLayer a, b;
    a.setLines(shared);
    b.setLines(ownColumns);
    for (double yTo : {100.0, 60.0}) { // the second cuts the tops off
        a.setMapping(PlotArea, 1, from, to, 0, yTo);
        b.setMapping(PlotArea, 1, from, to, 0, yTo);
        QCOMPARE(a.maxValue(), b.maxValue());
        const QImage left = picture(a);
        const QImage right = picture(b);
        for (int row = 0; row < left.height(); ++row) {
            for (int column = 0; column < left.width(); ++column) {
                if (left.pixel(column, row) != right.pixel(column, row))
                    QFAIL(qPrintable(QStringLiteral("pixel %1, %2 differs (y axis to %3)")
                                         .arg(column)
                                         .arg(row)
                                         .arg(yTo)));
            }
        }
        for (int probe = 0; probe < 200; ++probe) {
            const QPointF at(PlotArea.left() + random.bounded(PlotArea.width()),
                             PlotArea.top() + random.bounded(PlotArea.height()));
            QCOMPARE(a.lineAt(at), b.lineAt(at));
        }
    }
    // And every spike of the topmost line is on the picture: its colour on the row of
    // 99.5 % in the spike's column.
    a.setMapping(PlotArea, 1, from, to, 0, 100);
    const QImage image = picture(a);
    const NodeLinesLayer::Line &top = shared.last();
    const double sx = PlotArea.width() / (to - from);
    const double y = PlotArea.top() + (100 - 99.5) / 100.0 * PlotArea.height();
    int spikes = 0;
    for (qsizetype k = 0; k < top.points->size(); ++k) {
        const double x = PlotArea.left() + (top.points->x(k) - from) * sx;
        if (top.points->y(k) != 99.5 || x < PlotArea.left() + 1 || x >= PlotArea.right() - 1)
            continue;
        ++spikes;
        bool painted = false;
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy)
                painted |= image.pixel(QPoint(int(x) + dx, int(y) + dy)) == top.colour.rgb();
        }
        QVERIFY2(painted,
                 qPrintable(QStringLiteral("the spike of point %1 is not painted").arg(k)));
    }
    QVERIFY(spikes > 0);
}

QTEST_MAIN(tst_NodeLinesLayer)
#include "tst_NodeLinesLayer.moc"

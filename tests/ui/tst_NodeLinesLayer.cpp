// SPDX-License-Identifier: GPL-3.0-or-later
// The Utilisation charts' node lines: following the present redraws only the new
// columns, and that must give exactly the picture a redraw from scratch gives; a
// single-sample spike among thousands of points must be painted at its column.

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
    void spikeIsPainted();
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

void tst_NodeLinesLayer::spikeIsPainted()
{
    // A day at 10 s on 600 columns, one sample at 97 % among values of about 20 %.
    auto points = std::make_shared<history::MinMaxPyramid>();
    for (int i = 0; i < 8640; ++i)
        points->append({Start + i * Step, i == 5000 ? 97.0 : 20.0 + (i % 3)});
    const QColor colour(0x12, 0x34, 0x56);
    NodeLinesLayer layer;
    layer.setLines({{QStringLiteral("master"), colour, points}});
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

QTEST_MAIN(tst_NodeLinesLayer)
#include "tst_NodeLinesLayer.moc"

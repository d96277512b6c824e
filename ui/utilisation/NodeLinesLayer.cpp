// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/utilisation/NodeLinesLayer.h"

#include "app/history/Decimation.h"
#include "ui/utilisation/ParallelFor.h"

#include <QPainter>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <type_traits>

namespace maestro::ui {

namespace {
constexpr qint16 kNoLow = std::numeric_limits<qint16>::max();
constexpr qint16 kNoHigh = std::numeric_limits<qint16>::min();
} // namespace

NodeLinesLayer::NodeLinesLayer(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    // The chart's view handles the mouse (hit tests come through lineAt()).
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void NodeLinesLayer::setLines(QList<Line> lines)
{
    // The same points in the same colours: the spans stay (new points are found by count).
    bool same = lines.size() == m_lines.size();
    for (qsizetype i = 0; same && i < lines.size(); ++i)
        same = lines[i].points == m_lines[i].points && lines[i].colour == m_lines[i].colour;
    if (!same)
        m_spansValid = false;
    m_lines = std::move(lines);
}

void NodeLinesLayer::setMapping(const QRectF &plotArea, qreal devicePixelRatio, double xFrom,
                                double xTo, double yFrom, double yTo)
{
    if (plotArea != m_plotArea)
        prepareGeometryChange();
    m_plotArea = plotArea;
    m_dpr = devicePixelRatio > 0 ? devicePixelRatio : 1;
    m_xFrom = xFrom;
    m_xTo = xTo > xFrom ? xTo : xFrom + 1;
    m_yFrom = yFrom;
    m_yTo = yTo > yFrom ? yTo : yFrom + 1;
    rasterise();
}

void NodeLinesLayer::rasterise()
{
    // Device pixels: x = plotLeft + (value - xFrom) * sx, y = y0 - value * sy (in the
    // image, whose top is on a whole device pixel).
    const double plotLeft = m_plotArea.left() * m_dpr;
    const double sx = m_plotArea.width() * m_dpr / (m_xTo - m_xFrom);
    const double sy = m_plotArea.height() * m_dpr / (m_yTo - m_yFrom);
    const double imageTop = std::floor(m_plotArea.top() * m_dpr);
    const double y0 = m_plotArea.top() * m_dpr - imageTop + m_yTo * sy;
    // The time grid: column k holds the values in [k, k + 1) / sx. The image starts at
    // the column the plot's left edge is in, on the nearest whole device pixel, and
    // goes as far as the plot's right edge.
    const double gridLeft = m_xFrom * sx;
    const double firstColumn = std::floor(gridLeft);
    const double imageLeft = std::round(plotLeft - (gridLeft - firstColumn));
    m_origin = QPointF(imageLeft / m_dpr, imageTop / m_dpr);
    // (One more than the plot is wide, whatever the fraction, so that the count stays.)
    const int columns = std::clamp(int(std::ceil(m_plotArea.width() * m_dpr)) + 1, 0, 16384);
    const int rows = std::clamp(int(std::ceil(m_plotArea.bottom() * m_dpr) - imageTop), 0, 16384);
    if (columns <= 0 || rows <= 0 || !std::isfinite(gridLeft)) {
        m_columns = m_rows = 0;
        m_spansValid = false;
        m_low.clear();
        m_high.clear();
        m_image = QImage();
        update();
        return;
    }

    // What can be kept: following the present at the same span, the grid is the same
    // and the view has moved on by whole columns (or not at all).
    const Grid grid{sx, sy, y0, columns, rows};
    const qint64 moved = qint64(firstColumn) - m_firstColumn;
    const bool keep = m_spansValid && grid == m_grid && moved >= 0 && moved < columns &&
                      qsizetype(m_pointCounts.size()) == m_lines.size();
    const qsizetype lines = m_lines.size();
    const qsizetype cells = qsizetype(columns) * lines;
    int paintFrom = 0;
    std::vector<int> from(size_t(lines), 0); // per line, the first column to work out
    if (keep) {
        // The spans and the image move left; what comes into view is new.
        const int shift = int(moved);
        paintFrom = columns - shift;
        if (shift > 0) {
            for (qsizetype l = 0; l < lines; ++l) {
                qint16 *low = m_low.data() + l * columns;
                qint16 *high = m_high.data() + l * columns;
                double *top = m_top.data() + l * columns;
                std::move(low + shift, low + columns, low);
                std::move(high + shift, high + columns, high);
                std::move(top + shift, top + columns, top);
            }
            for (int r = 0; r < rows; ++r) {
                auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(r));
                std::move(line + shift, line + columns, line);
            }
        }
        // A line with new points: from the column its last point was in (its line on
        // to the new ones starts there).
        for (qsizetype l = 0; l < lines; ++l) {
            const history::MinMaxPyramid &points = *std::as_const(m_lines)[l].points;
            int first = columns - shift;
            const qsizetype before = m_pointCounts[size_t(l)];
            if (points.size() < before || (before == 0 && points.size() > 0)) {
                first = 0;
            } else if (points.size() > before) {
                const double at = std::floor(points.x(before - 1) * sx - firstColumn);
                first = int(std::clamp(at, 0.0, double(first)));
            }
            from[size_t(l)] = first;
            paintFrom = std::min(paintFrom, first);
        }
    } else {
        m_low.resize(size_t(cells));
        m_high.resize(size_t(cells));
        m_top.resize(size_t(cells));
    }
    m_grid = grid;
    m_columns = columns;
    m_rows = rows;
    m_firstColumn = qint64(firstColumn);
    m_spansValid = true;
    m_pointCounts.resize(size_t(lines));

    // The lines sampled at the same times share where the columns fall among their
    // points: worked out here, once for each such set of times.
    const double offset = -double(m_firstColumn);
    std::vector<ColumnPlan> plans;
    std::vector<int> planOf(size_t(lines), -1);
    constexpr size_t kMaxPlans = 64; // beyond, each line works its columns out itself
    for (qsizetype l = 0; l < lines; ++l) {
        const history::MinMaxPyramid &points = *m_lines[l].points;
        if (!points.isEvenlySpaced() || points.size() < 2 || from[size_t(l)] >= columns)
            continue;
        const auto same = std::find_if(plans.begin(), plans.end(), [&](const ColumnPlan &plan) {
            return plan.firstX == points.firstX() && plan.step == points.step() &&
                   plan.size == points.size();
        });
        if (same != plans.end()) {
            planOf[size_t(l)] = int(same - plans.begin());
        } else if (plans.size() < kMaxPlans) {
            planColumns(plans.emplace_back(), points, offset, sx, columns);
            planOf[size_t(l)] = int(plans.size() - 1);
        }
    }

    // Each line its own spans: the lines are worked on side by side.
    std::vector<double> maxima(size_t(lines), -std::numeric_limits<double>::infinity());
    parallelFor(lines, 16, [&](qsizetype l) {
        const int plan = planOf[size_t(l)];
        maxima[size_t(l)] =
            spansOf(l, from[size_t(l)], sx, sy, y0, plan < 0 ? nullptr : &plans[size_t(plan)]);
        m_pointCounts[size_t(l)] = std::as_const(m_lines)[l].points->size();
    });
    m_maxValue = -std::numeric_limits<double>::infinity();
    for (double value : maxima)
        m_maxValue = std::max(m_maxValue, value);

    if (m_image.width() != columns || m_image.height() != rows) {
        m_image = QImage(columns, rows, QImage::Format_ARGB32_Premultiplied);
        paintFrom = 0;
    }
    paintSpans(paintFrom);
    m_image.setDevicePixelRatio(m_dpr);
    update();
}

void NodeLinesLayer::planColumns(ColumnPlan &plan, const history::MinMaxPyramid &points,
                                 double offset, double sx, int columns)
{
    plan.firstX = points.firstX();
    plan.step = points.step();
    plan.size = points.size();
    plan.starts.resize(size_t(columns) + 1);
    qsizetype *starts = plan.starts.data();
    points.columnStarts(offset, sx, columns, starts);
    plan.first = columns;
    plan.last = -1;
    plan.widest = 0;
    bool gap = false;
    for (int c = 0; c < columns; ++c) {
        const qsizetype count = starts[c + 1] - starts[c];
        if (count == 0)
            continue;
        plan.first = std::min(plan.first, c);
        gap |= plan.last >= 0 && plan.last != c - 1;
        plan.last = c;
        plan.widest = int(std::min<qsizetype>(std::max<qsizetype>(plan.widest, count),
                                              std::numeric_limits<int>::max()));
    }
    plan.dense = plan.first <= plan.last && !gap && (plan.first == 0 || starts[plan.first] == 0) &&
                 (plan.last == columns - 1 || starts[columns] == plan.size);
    if (!plan.dense)
        return;
    // Where the line crosses each column edge, as a fraction of the way between the
    // points either side: the same for every line of the plan (x as spansOf() has it).
    plan.along.assign(size_t(columns) + 1, 0);
    for (int c = plan.first; c <= plan.last + 1; ++c) {
        const qsizetype b = starts[c];
        if (b <= 0 || b >= plan.size)
            continue;
        const double px0 = offset + points.x(b - 1) * sx;
        const double px1 = offset + points.x(b) * sx;
        plan.along[size_t(c)] = (double(c) - px0) / (px1 - px0);
    }
}

namespace {

/// The rows a dense line covers in columns [from, to]: its extremes in each, and where
/// it crosses the column's edges (at the line's ends, its first and last point, within
/// their columns' rows anyway). `Reads`: at least as many as the widest column holds (all
/// read, so that no branch depends on how many there are), or 0 for columns of any width
/// (read from the pyramid). Returns the highest value.
template<int Reads>
double denseColumns(const history::MinMaxPyramid &points, const qsizetype *starts,
                    const double *along, int from, int to, double sy, double y0, int lastRow,
                    qint16 *low, qint16 *high, double *tops)
{
    const double *ys = points.yData();
    const qsizetype size = points.size();
    const double bottomRow = double(lastRow);
    // The row at column edge c, whose points either side are b - 1 and b.
    auto edge = [&](int c, qsizetype b) {
        const double py0 = y0 - ys[b - 1] * sy;
        const double py1 = y0 - ys[b] * sy;
        return py0 + along[c] * (py1 - py0);
    };
    double left = starts[from] > 0 ? edge(from, starts[from]) : y0 - ys[starts[from]] * sy;
    double viewTop = -std::numeric_limits<double>::infinity();
    for (int c = from; c <= to; ++c) {
        const qsizetype begin = starts[c];
        const qsizetype end = starts[c + 1];
        double lowest, highest;
        if constexpr (Reads > 0) {
            lowest = highest = ys[begin];
            if (end - begin >= Reads - 1) {
                // Evenly spaced, the columns hold all but the widest's count or one
                // fewer: only the last read may lie beyond the column.
#pragma GCC unroll 8
                for (qsizetype k = 1; k < Reads - 1; ++k) {
                    lowest = std::min(lowest, ys[begin + k]);
                    highest = std::max(highest, ys[begin + k]);
                }
                const double y = ys[std::min(begin + Reads - 1, end - 1)];
                lowest = std::min(lowest, y);
                highest = std::max(highest, y);
            } else {
#pragma GCC unroll 8
                for (qsizetype k = 1; k < Reads; ++k) {
                    const double y = ys[std::min(begin + k, end - 1)];
                    lowest = std::min(lowest, y);
                    highest = std::max(highest, y);
                }
            }
        } else {
            const history::Extremes extremes = points.extremes(begin, end);
            lowest = extremes.min;
            highest = extremes.max;
        }
        tops[c] = highest;
        viewTop = std::max(viewTop, highest);
        const double right = c < to || end < size ? edge(c + 1, end) : y0 - ys[end - 1] * sy;
        const double top = std::min(std::min(left, right), y0 - highest * sy);
        const double bottom = std::max(std::max(left, right), y0 - lowest * sy);
        // Clamped first, the rows are not negative: truncating is flooring.
        low[c] = qint16(std::min(std::max(top, 0.0), bottomRow));
        high[c] = qint16(std::min(std::max(bottom, 0.0), bottomRow));
        left = right;
    }
    return viewTop;
}

} // namespace

double NodeLinesLayer::denseSpansOf(qsizetype l, int from, double sy, double y0,
                                    const ColumnPlan &plan)
{
    const int columns = m_columns;
    qint16 *low = m_low.data() + l * columns;
    qint16 *high = m_high.data() + l * columns;
    double *tops = m_top.data() + l * columns;
    const int first = std::max(from, plan.first);
    const int last = plan.last;
    // The columns without points (before and after the line) are empty.
    auto clear = [&](int begin, int end) {
        if (begin >= end)
            return;
        std::fill(low + begin, low + end, kNoLow);
        std::fill(high + begin, high + end, kNoHigh);
        std::fill(tops + begin, tops + end, -std::numeric_limits<double>::infinity());
    };
    clear(from, std::min(first, columns));
    clear(std::max(from, last + 1), columns);
    // The columns kept from before count for the highest value too.
    double viewTop = -std::numeric_limits<double>::infinity();
    for (int c = 0; c < from; ++c)
        viewTop = std::max(viewTop, tops[c]);
    if (first > last)
        return viewTop;
    const history::MinMaxPyramid &points = *std::as_const(m_lines)[l].points;
    const int lastRow = m_rows - 1;
    auto run = [&](auto reads) {
        return denseColumns<decltype(reads)::value>(points, plan.starts.data(), plan.along.data(),
                                                    first, last, sy, y0, lastRow, low, high, tops);
    };
    double inView = 0;
    switch (plan.widest) {
    case 1:
        inView = run(std::integral_constant<int, 1>());
        break;
    case 2:
        inView = run(std::integral_constant<int, 2>());
        break;
    case 3:
        inView = run(std::integral_constant<int, 3>());
        break;
    case 4:
        inView = run(std::integral_constant<int, 4>());
        break;
    case 5:
        inView = run(std::integral_constant<int, 5>());
        break;
    case 6:
        inView = run(std::integral_constant<int, 6>());
        break;
    case 7:
        inView = run(std::integral_constant<int, 7>());
        break;
    case 8:
        inView = run(std::integral_constant<int, 8>());
        break;
    default:
        inView = run(std::integral_constant<int, 0>());
        break;
    }
    return std::max(viewTop, inView);
}

double NodeLinesLayer::spansOf(qsizetype l, int from, double sx, double sy, double y0,
                               const ColumnPlan *plan)
{
    if (plan && plan->dense)
        return denseSpansOf(l, from, sy, y0, *plan);
    const int columns = m_columns;
    const int lastRow = m_rows - 1;
    qint16 *low = m_low.data() + l * columns;
    qint16 *high = m_high.data() + l * columns;
    double *tops = m_top.data() + l * columns;
    std::fill(low + from, low + columns, kNoLow);
    std::fill(high + from, high + columns, kNoHigh);
    std::fill(tops + from, tops + columns, -std::numeric_limits<double>::infinity());
    // Rows a piece of the line covers within column c (y in pixels, top = 0). Clamped
    // first, the values are not negative: truncating is flooring, and cheaper.
    auto cover = [&](int c, double ya, double yb) {
        if (c < from || c >= columns)
            return;
        const int r0 = int(std::clamp(std::min(ya, yb), 0.0, double(lastRow)));
        const int r1 = int(std::clamp(std::max(ya, yb), 0.0, double(lastRow)));
        low[c] = std::min<qint16>(low[c], qint16(r0));
        high[c] = std::max<qint16>(high[c], qint16(r1));
    };
    const history::MinMaxPyramid &points = *std::as_const(m_lines)[l].points;
    // Image column of a point: floor(x * sx - firstColumn).
    const double offset = -double(m_firstColumn);
    auto xAt = [&](qsizetype i) { return offset + points.x(i) * sx; };
    // Where each column's points begin.
    thread_local std::vector<qsizetype> ownStarts;
    const qsizetype *starts = nullptr;
    if (plan) {
        starts = plan->starts.data();
    } else {
        ownStarts.resize(size_t(columns) + 1);
        points.columnStarts(offset, sx, columns, ownStarts.data(), from);
        starts = ownStarts.data();
    }
    // Within a column only its highest and lowest rows matter; where the line moves on
    // to another column, the segment between is cut at the column edges.
    int column = 0;
    double top = 0, bottom = 0; // rows of the current column, as doubles
    double px0 = 0, py0 = 0;    // the last point so far
    bool started = false;
    // From (px0, py0) in `column` on to (px, py) in column c.
    auto moveTo = [&](double px, double py, int c) {
        const double slope = (py - py0) / (px - px0);
        const double leaving = py0 + (double(column + 1) - px0) * slope;
        cover(column, std::min(top, leaving), std::max(bottom, leaving));
        for (int k = std::max(column + 1, from); k < std::min(c, columns); ++k)
            cover(k, py0 + (k - px0) * slope, py0 + (k + 1 - px0) * slope);
        const double entering = py0 + (double(c) - px0) * slope;
        top = std::min(entering, py);
        bottom = std::max(entering, py);
    };
    auto columnOf = [&](double px) {
        return int(std::clamp(std::floor(px), double(from) - 2, double(columns) + 1));
    };
    // The point before the first column, for the line into it.
    const qsizetype firstStart = starts[size_t(from)];
    if (firstStart > 0) {
        px0 = xAt(firstStart - 1);
        py0 = y0 - points.y(firstStart - 1) * sy;
        column = columnOf(px0);
        top = bottom = py0;
        started = true;
    }
    const double *ys = points.yData();
    for (int c = from; c < columns; ++c) {
        const qsizetype begin = starts[size_t(c)];
        const qsizetype end = starts[size_t(c) + 1];
        if (begin == end)
            continue;
        double lowest, highest;
        if (end - begin <= 8) {
            // A few points (a day on one screen): all eight read, the last again in place
            // of those beyond, so that no branch depends on how many there are.
            lowest = highest = ys[begin];
            for (qsizetype k = 1; k < 8; ++k) {
                const double y = ys[std::min(begin + k, end - 1)];
                lowest = std::min(lowest, y);
                highest = std::max(highest, y);
            }
        } else {
            const history::Extremes extremes = points.extremes(begin, end);
            lowest = extremes.min;
            highest = extremes.max;
        }
        tops[c] = highest;
        const double py = y0 - ys[begin] * sy;
        if (started && c == column + 1) {
            // The next column (most columns when they are dense), here rather than in
            // moveTo(), so that the line's state stays in registers.
            const double px = xAt(begin);
            const double edge = py0 + (double(c) - px0) * ((py - py0) / (px - px0));
            cover(column, std::min(top, edge), std::max(bottom, edge));
            top = std::min(edge, py);
            bottom = std::max(edge, py);
        } else if (started) {
            moveTo(xAt(begin), py, c);
        } else {
            top = bottom = py;
            started = true;
        }
        top = std::min(top, y0 - highest * sy);
        bottom = std::max(bottom, y0 - lowest * sy);
        column = c;
        px0 = xAt(end - 1);
        py0 = y0 - ys[end - 1] * sy;
    }
    // The point after the last column, for the line out of it.
    const qsizetype after = starts[size_t(columns)];
    if (started && after < points.size()) {
        const double px = xAt(after);
        moveTo(px, y0 - ys[after] * sy, columnOf(px));
    } else if (started) {
        cover(column, top, bottom);
    }
    // The highest value in view (the y axis is fitted to it).
    double viewTop = -std::numeric_limits<double>::infinity();
    for (int c = 0; c < columns; ++c)
        viewTop = std::max(viewTop, tops[c]);
    return viewTop;
}

void NodeLinesLayer::paintSpans(int from)
{
    // Hundreds of lines overlap: a pixel takes the colour of the topmost line covering
    // it. Going from the topmost line down, each column remembers the rows already
    // taken (a bit per row) and only the rest is written, so that a pixel is written
    // once however many lines cross it. Columns go in blocks, side by side, so that the
    // spans are read in order and each block's pixels stay in the cache.
    constexpr int kBlock = 32;
    const int columns = m_columns;
    const int rows = m_rows;
    if (from >= columns)
        return;
    const int words = (rows + 63) / 64;
    std::vector<QRgb> colours;
    colours.reserve(size_t(m_lines.size()));
    for (const Line &line : std::as_const(m_lines))
        colours.push_back(qPremultiply(line.colour.rgba()));
    uchar *bits = m_image.bits();
    const qsizetype stride = m_image.bytesPerLine();
    const int blocks = (columns - from + kBlock - 1) / kBlock;
    parallelFor(blocks, 4, [&](qsizetype block) {
        const int blockStart = from + int(block) * kBlock;
        const int blockEnd = std::min(columns, blockStart + kBlock);
        for (int r = 0; r < rows; ++r)
            std::fill_n(reinterpret_cast<QRgb *>(bits + r * stride) + blockStart,
                        blockEnd - blockStart, QRgb(0));
        std::vector<quint64> taken(size_t(kBlock * words), 0);
        int count[kBlock] = {}; // rows taken per column
        int full = 0;           // columns of the block with every row taken
        for (qsizetype l = m_lines.size() - 1; l >= 0 && full < blockEnd - blockStart; --l) {
            const qint16 *low = m_low.data() + l * columns;
            const qint16 *high = m_high.data() + l * columns;
            const QRgb colour = colours[size_t(l)];
            for (int c = blockStart; c < blockEnd; ++c) {
                const int lo = low[c];
                const int hi = high[c];
                int &taker = count[c - blockStart];
                if (lo > hi || taker == rows)
                    continue;
                quint64 *mask = taken.data() + size_t((c - blockStart) * words);
                uchar *column = bits + c * qsizetype(sizeof(QRgb));
                for (int w = lo >> 6; w <= hi >> 6; ++w) {
                    quint64 want = ~quint64(0);
                    if (w == lo >> 6)
                        want &= ~quint64(0) << (lo & 63);
                    if (w == hi >> 6)
                        want &= ~quint64(0) >> (63 - (hi & 63));
                    quint64 fresh = want & ~mask[w];
                    if (!fresh)
                        continue;
                    mask[w] |= fresh;
                    // The fresh rows, run by run (counted here: std::popcount is a
                    // library call where the target lacks the instruction).
                    while (fresh) {
                        const int first = std::countr_zero(fresh);
                        const int run = std::countr_one(fresh >> first);
                        taker += run;
                        uchar *pixel = column + (w * 64 + first) * stride;
                        for (int r = 0; r < run; ++r, pixel += stride)
                            *reinterpret_cast<QRgb *>(pixel) = colour;
                        fresh = first + run >= 64 ? 0 : fresh & (~quint64(0) << (first + run));
                    }
                }
                if (taker == rows)
                    ++full;
            }
        }
    });
}

int NodeLinesLayer::lineAt(const QPointF &scenePos, int tolerance) const
{
    if (m_columns <= 0 ||
        !m_plotArea.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(scenePos))
        return -1;
    const int column = int(std::floor((scenePos.x() - m_origin.x()) * m_dpr));
    const int row = int(std::floor((scenePos.y() - m_origin.y()) * m_dpr));
    const int reach = int(std::ceil(tolerance * m_dpr));
    for (qsizetype l = m_lines.size() - 1; l >= 0; --l) {
        const qint16 *low = m_low.data() + l * m_columns;
        const qint16 *high = m_high.data() + l * m_columns;
        for (int c = std::max(0, column - reach); c <= std::min(m_columns - 1, column + reach);
             ++c) {
            if (low[c] <= high[c] && row >= low[c] - reach && row <= high[c] + reach)
                return int(l);
        }
    }
    return -1;
}

QPointF NodeLinesLayer::pointNear(int index, const QPointF &scenePos) const
{
    if (index < 0 || index >= m_lines.size() || m_lines[index].points->isEmpty())
        return {};
    const history::MinMaxPyramid &points = *m_lines[index].points;
    const double sx = m_plotArea.width() / (m_xTo - m_xFrom);
    const double sy = m_plotArea.height() / (m_yTo - m_yFrom);
    const double x = m_xFrom + (scenePos.x() - m_plotArea.left()) / sx;
    const qsizetype middle = points.lowerBound(x);
    // The neighbours in x may lie in the same column: the nearest on screen wins.
    QPointF best = points.point(std::clamp<qsizetype>(middle, 0, points.size() - 1));
    double bestDistance = std::numeric_limits<double>::max();
    for (qsizetype i = std::max<qsizetype>(0, middle - 3);
         i < std::min<qsizetype>(points.size(), middle + 3); ++i) {
        const double dx = (points.x(i) - x) * sx;
        const double dy = m_plotArea.top() + (m_yTo - points.y(i)) * sy - scenePos.y();
        const double distance = dx * dx + dy * dy;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = points.point(i);
        }
    }
    return best;
}

QRectF NodeLinesLayer::boundingRect() const
{
    return m_plotArea;
}

void NodeLinesLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_image.isNull())
        return;
    // The image may start up to half a pixel left of the plot (its columns are the
    // time grid's).
    painter->save();
    painter->setClipRect(m_plotArea, Qt::IntersectClip);
    painter->drawImage(m_origin, m_image);
    painter->restore();
}

} // namespace maestro::ui

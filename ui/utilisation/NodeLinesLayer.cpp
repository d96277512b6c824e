// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/utilisation/NodeLinesLayer.h"

#include "ui/utilisation/ParallelFor.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

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
    // The image starts on a whole device pixel, so that it is copied, not resampled.
    const double left = std::floor(m_plotArea.left() * m_dpr);
    const double imageTop = std::floor(m_plotArea.top() * m_dpr);
    m_origin = QPointF(left / m_dpr, imageTop / m_dpr);
    m_columns = std::clamp(int(std::ceil(m_plotArea.right() * m_dpr) - left), 0, 16384);
    m_rows = std::clamp(int(std::ceil(m_plotArea.bottom() * m_dpr) - imageTop), 0, 16384);
    const qsizetype cells = qsizetype(m_columns) * m_lines.size();
    m_low.fill(kNoLow, cells);
    m_high.fill(kNoHigh, cells);
    if (m_columns <= 0 || m_rows <= 0) {
        m_image = QImage();
        update();
        return;
    }
    // Value to device pixel in the image: x = x0 + value * sx, y = y0 - value * sy.
    const double sx = m_plotArea.width() * m_dpr / (m_xTo - m_xFrom);
    const double sy = m_plotArea.height() * m_dpr / (m_yTo - m_yFrom);
    const double x0 = m_plotArea.left() * m_dpr - left - m_xFrom * sx;
    const double y0 = m_plotArea.top() * m_dpr - imageTop + m_yTo * sy;
    const int lastRow = m_rows - 1;
    const int lastColumn = m_columns - 1;

    // Each line its own spans, straight from its points (the per-column extremes are
    // exactly what the spans keep): the lines are worked on side by side.
    std::vector<double> maxima(size_t(m_lines.size()), -std::numeric_limits<double>::infinity());
    parallelFor(m_lines.size(), 32, [&](qsizetype l) {
        qint16 *low = m_low.data() + l * m_columns;
        qint16 *high = m_high.data() + l * m_columns;
        // Rows a piece of the line covers within column c (y in pixels, top = 0). Clamped
        // first, the values are not negative: truncating is flooring, and cheaper.
        auto cover = [&](int c, double ya, double yb) {
            if (c < 0 || c > lastColumn)
                return;
            const int r0 = int(std::clamp(std::min(ya, yb), 0.0, double(lastRow)));
            const int r1 = int(std::clamp(std::max(ya, yb), 0.0, double(lastRow)));
            low[c] = std::min<qint16>(low[c], qint16(r0));
            high[c] = std::max<qint16>(high[c], qint16(r1));
        };
        // The points over the plot, and one either side for the lines into it.
        const QVector<QPointF> &points = m_lines[l].points;
        auto begin = std::lower_bound(points.cbegin(), points.cend(), -x0 / sx,
                                      [](const QPointF &p, double x) { return p.x() < x; });
        auto end = std::upper_bound(begin, points.cend(), (m_columns - x0) / sx,
                                    [](double x, const QPointF &p) { return x < p.x(); });
        // The highest value in view comes with the pass (the y axis is fitted to it).
        const auto viewBegin = begin;
        const auto viewEnd = end;
        double viewTop = -std::numeric_limits<double>::infinity();
        if (begin != points.cbegin())
            --begin;
        if (end != points.cend())
            ++end;
        // Within a column only its highest and lowest rows matter; where the line
        // moves on to another column, the segment between is cut at the column edges.
        int column = 0;
        double edge = -std::numeric_limits<double>::infinity();
        double top = 0, bottom = 0; // rows of the current column, as doubles
        double px0 = 0, py0 = 0;
        bool started = false;
        for (auto it = begin; it != end; ++it) {
            const double py = y0 - it->y() * sy;
            if (std::isnan(py))
                continue;
            if (it >= viewBegin && it < viewEnd)
                viewTop = std::max(viewTop, it->y());
            const double px = x0 + it->x() * sx;
            if (px < edge) {
                top = std::min(top, py);
                bottom = std::max(bottom, py);
                px0 = px;
                py0 = py;
                continue;
            }
            const int c = int(std::clamp(std::floor(px), -2.0, double(m_columns) + 1));
            if (started) {
                const double slope = (py - py0) / (px - px0);
                const double leaving = py0 + (double(column + 1) - px0) * slope;
                cover(column, std::min(top, leaving), std::max(bottom, leaving));
                for (int k = std::max(column + 1, 0); k < std::min(c, m_columns); ++k)
                    cover(k, py0 + (k - px0) * slope, py0 + (k + 1 - px0) * slope);
                const double entering = py0 + (double(c) - px0) * slope;
                top = std::min(entering, py);
                bottom = std::max(entering, py);
            } else {
                top = bottom = py;
                started = true;
            }
            column = c;
            edge = double(c) + 1;
            px0 = px;
            py0 = py;
        }
        if (started)
            cover(column, top, bottom);
        maxima[size_t(l)] = viewTop;
    });
    m_maxValue = -std::numeric_limits<double>::infinity();
    for (double value : maxima)
        m_maxValue = std::max(m_maxValue, value);

    if (m_image.width() != m_columns || m_image.height() != m_rows)
        m_image = QImage(m_columns, m_rows, QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    paintSpans();
    m_image.setDevicePixelRatio(m_dpr);
    update();
}

void NodeLinesLayer::paintSpans()
{
    // Hundreds of lines overlap: a pixel takes the colour of the topmost line covering
    // it. Going from the topmost line down, each column remembers the rows already
    // taken (a few merged intervals) and only the rest is written, so that a pixel is
    // written once however many lines cross it. Columns go in blocks, so that the
    // spans are read in order.
    struct Interval
    {
        int low, high;
    };
    constexpr int kBlock = 32;
    std::vector<std::vector<Interval>> taken(kBlock);
    std::vector<QRgb> colours;
    colours.reserve(size_t(m_lines.size()));
    for (const Line &line : std::as_const(m_lines))
        colours.push_back(qPremultiply(line.colour.rgba()));
    uchar *bits = m_image.bits();
    const qsizetype stride = m_image.bytesPerLine();
    const int lastRow = m_rows - 1;
    for (int blockStart = 0; blockStart < m_columns; blockStart += kBlock) {
        const int blockEnd = std::min(m_columns, blockStart + kBlock);
        for (auto &intervals : taken)
            intervals.clear();
        int full = 0; // columns of the block with every row taken
        for (qsizetype l = m_lines.size() - 1; l >= 0 && full < blockEnd - blockStart; --l) {
            const qint16 *low = m_low.constData() + l * m_columns;
            const qint16 *high = m_high.constData() + l * m_columns;
            const QRgb colour = colours[size_t(l)];
            for (int c = blockStart; c < blockEnd; ++c) {
                if (low[c] > high[c])
                    continue;
                std::vector<Interval> &intervals = taken[size_t(c - blockStart)];
                if (intervals.size() == 1 && intervals[0].low == 0 && intervals[0].high == lastRow)
                    continue;
                auto write = [&](int from, int to) {
                    uchar *pixel = bits + from * stride + c * qsizetype(sizeof(QRgb));
                    for (int r = from; r <= to; ++r, pixel += stride)
                        *reinterpret_cast<QRgb *>(pixel) = colour;
                };
                const int lo = low[c];
                const int hi = high[c];
                size_t i = 0;
                while (i < intervals.size() && intervals[i].high < lo - 1)
                    ++i;
                const size_t first = i;
                Interval merged{lo, hi};
                int next = lo; // the first row not yet written or taken
                for (; i < intervals.size() && intervals[i].low <= hi + 1; ++i) {
                    if (intervals[i].low > next)
                        write(next, std::min(intervals[i].low - 1, hi));
                    next = std::max(next, intervals[i].high + 1);
                    merged.low = std::min(merged.low, intervals[i].low);
                    merged.high = std::max(merged.high, intervals[i].high);
                }
                if (next <= hi)
                    write(next, hi);
                intervals.erase(intervals.begin() + qsizetype(first),
                                intervals.begin() + qsizetype(i));
                intervals.insert(intervals.begin() + qsizetype(first), merged);
                if (intervals.size() == 1 && merged.low == 0 && merged.high == lastRow)
                    ++full;
            }
        }
    }
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
        const qint16 *low = m_low.constData() + l * m_columns;
        const qint16 *high = m_high.constData() + l * m_columns;
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
    if (index < 0 || index >= m_lines.size() || m_lines[index].points.isEmpty())
        return {};
    const QVector<QPointF> &points = m_lines[index].points;
    const double sx = m_plotArea.width() / (m_xTo - m_xFrom);
    const double sy = m_plotArea.height() / (m_yTo - m_yFrom);
    const double x = m_xFrom + (scenePos.x() - m_plotArea.left()) / sx;
    const auto at = std::lower_bound(points.cbegin(), points.cend(), x,
                                     [](const QPointF &p, double v) { return p.x() < v; });
    const qsizetype middle = at - points.cbegin();
    // The neighbours in x may lie in the same column: the nearest on screen wins.
    QPointF best = points[std::clamp<qsizetype>(middle, 0, points.size() - 1)];
    double bestDistance = std::numeric_limits<double>::max();
    for (qsizetype i = std::max<qsizetype>(0, middle - 3);
         i < std::min<qsizetype>(points.size(), middle + 3); ++i) {
        const double dx = (points[i].x() - x) * sx;
        const double dy = m_plotArea.top() + (m_yTo - points[i].y()) * sy - scenePos.y();
        const double distance = dx * dx + dy * dy;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = points[i];
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
    if (!m_image.isNull())
        painter->drawImage(m_origin, m_image);
}

} // namespace maestro::ui

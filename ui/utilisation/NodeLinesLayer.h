// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>

#include <memory>
#include <vector>

namespace maestro::history {
class MinMaxPyramid;
}

namespace maestro::ui {

/**
 * The per-node lines of a UtilisationChart, drawn by the chart itself over Qt Charts'
 * plot area (axes, grid, legend and the few bold lines stay Qt Charts').
 *
 * Qt Charts builds a QPainterPath and a hit-test shape for every point of every
 * series: hundreds of nodes at two points per pixel column took seconds per redraw.
 * Here a line is one vertical span of pixels per column, from its lowest to its
 * highest point there and what joins it to its neighbours, which is what decimating
 * to the extremes per column keeps, so every spike shows. Each line's points come as a
 * MinMaxPyramid, which gives a column's extremes without reading its points, so
 * `setMapping()` costs per pixel column, not per point: it works the spans out (the
 * lines side by side) and paints them into an image (the columns side by side), which
 * `paint()` only copies. The spans also answer which line lies under the mouse.
 *
 * The columns are fixed in time (column k holds the values from k to k + 1 column
 * widths since the epoch), not to the plot's left edge, and drawn to the nearest
 * device pixel. So while the view follows the present at the same span, the columns
 * already worked out stay valid: the spans and the image move left by whole columns
 * and only the new columns, and the one the last point was in, are worked out and
 * painted again.
 */
class NodeLinesLayer : public QGraphicsItem
{
public:
    struct Line
    {
        QString id;
        QColor colour;
        /// In the chart's values (x: ms since the epoch), sorted by x; as many as there
        /// are, not only those in view. Shared with the chart, which appends to it.
        std::shared_ptr<const history::MinMaxPyramid> points;
    };

    explicit NodeLinesLayer(QGraphicsItem *parent = nullptr);

    /// Replaces the lines (drawn at the next setMapping()); later lines are drawn over
    /// earlier ones. Lines with the same points and colours as before keep their spans.
    void setLines(QList<Line> lines);
    /// Draws the lines again at the same mapping (after points were appended).
    void redraw() { rasterise(); }
    /// Where the plot area is (scene coordinates, device pixel ratio) and what it shows.
    void setMapping(const QRectF &plotArea, qreal devicePixelRatio, double xFrom, double xTo,
                    double yFrom, double yTo);

    const QList<Line> &lines() const { return m_lines; }
    /// The highest value of any line in view (-infinity when none), as of the last
    /// setMapping(): what the chart fits its y axis to.
    double maxValue() const { return m_maxValue; }
    /// The line whose pixels lie within `tolerance` pixels of a scene position (the
    /// topmost one), or -1.
    int lineAt(const QPointF &scenePos, int tolerance = 3) const;
    /// The point of line `index` nearest in x to a scene position.
    QPointF pointNear(int index, const QPointF &scenePos) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /**
     * Where the image's columns fall among the points of the lines that are evenly
     * spaced at the same times (nodes sampled together): worked out once for all of
     * them rather than once per line.
     */
    struct ColumnPlan
    {
        double firstX = 0, step = 0; ///< the points' times
        qsizetype size = 0;
        /// Column c's points are [starts[c], starts[c + 1]) (columns + 1 entries).
        std::vector<qsizetype> starts;
        /// Per column edge c, where the line crosses it: the way from point
        /// starts[c] - 1 to point starts[c], as a fraction (where both exist).
        std::vector<double> along;
        int first = 0, last = -1; ///< the first and the last column holding points
        int widest = 0;           ///< the most points a column holds
        /// Every column from `first` to `last` holds points, and none lie beyond them on
        /// either side but where the image ends: each column then holds its own extremes
        /// and the line across its two edges, nothing else.
        bool dense = false;
    };
    void rasterise();
    static void planColumns(ColumnPlan &plan, const history::MinMaxPyramid &points, double offset,
                            double sx, int columns);
    /// Works out the spans of line `l` from image column `from` on; returns the
    /// highest value it has in view. `plan` (may be null) is that of the line's points.
    double spansOf(qsizetype l, int from, double sx, double sy, double y0, const ColumnPlan *plan);
    /// spansOf() for a line whose plan is dense, columns [from, m_columns).
    double denseSpansOf(qsizetype l, int from, double sy, double y0, const ColumnPlan &plan);
    /// Paints image columns [from, m_columns) (cleared first).
    void paintSpans(int from);

    QList<Line> m_lines;
    QRectF m_plotArea;
    QPointF m_origin; ///< the image's top left, on a whole device pixel
    qreal m_dpr = 1;
    double m_xFrom = 0, m_xTo = 1, m_yFrom = 0, m_yTo = 1;
    double m_maxValue = 0;
    int m_columns = 0;
    int m_rows = 0;
    /// The image's first column: the column of the time grid the plot's left edge is in.
    qint64 m_firstColumn = 0;
    /// What the spans were worked out for; spans for another grid are worked out anew.
    struct Grid
    {
        double sx = 0, sy = 0, y0 = 0;
        int columns = 0, rows = 0;
        bool operator==(const Grid &) const = default;
    };
    Grid m_grid;
    bool m_spansValid = false;
    /// Per line: how many points it had when its spans were worked out.
    std::vector<qsizetype> m_pointCounts;
    /// Per line, per image column: the rows covered (low > high where none), the
    /// topmost row first; and the highest value there (-infinity where none). Standard
    /// vectors: written by several threads at once, they must never be shared copies.
    std::vector<qint16> m_low;
    std::vector<qint16> m_high;
    std::vector<double> m_top;
    QImage m_image;
};

} // namespace maestro::ui

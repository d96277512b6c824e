// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>

namespace maestro::ui {

/**
 * The per-node lines of a UtilisationChart, drawn by the chart itself over Qt Charts'
 * plot area (axes, grid, legend and the few bold lines stay Qt Charts').
 *
 * Qt Charts builds a QPainterPath and a hit-test shape for every point of every
 * series: hundreds of nodes at two points per pixel column took seconds per redraw.
 * Here a line is one vertical span of pixels per column, from its lowest to its
 * highest point there and what joins it to its neighbours, which is what decimating
 * to the extremes per column keeps, so every spike shows. `setLines()` and
 * `setMapping()` work the spans out from the points in one pass and paint them into an
 * image, which `paint()` only copies. The spans also answer which line lies under the
 * mouse.
 */
class NodeLinesLayer : public QGraphicsItem
{
public:
    struct Line
    {
        QString id;
        QColor colour;
        /// In the chart's values (x: ms since the epoch), sorted by x; as many as there
        /// are, not only those in view.
        QVector<QPointF> points;
    };

    explicit NodeLinesLayer(QGraphicsItem *parent = nullptr);

    /// Replaces the lines (drawn at the next setMapping()); later lines are drawn over
    /// earlier ones.
    void setLines(QList<Line> lines);
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
    void rasterise();
    void paintSpans();

    QList<Line> m_lines;
    QRectF m_plotArea;
    QPointF m_origin; ///< the image's top left: the plot area's, on a whole device pixel
    qreal m_dpr = 1;
    double m_xFrom = 0, m_xTo = 1, m_yFrom = 0, m_yTo = 1;
    double m_maxValue = 0;
    int m_columns = 0;
    int m_rows = 0;
    /// Per line, per pixel column: the rows covered (low > high where none).
    QVector<qint16> m_low;
    QVector<qint16> m_high;
    QImage m_image;
};

} // namespace maestro::ui

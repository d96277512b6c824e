// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineStyle.h"

#include "ui/timeline/TimelineIndex.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

namespace maestro::ui::TimelineStyle {

QList<Kind> kindsInLegendOrder()
{
    return {Kind::Eviction,       Kind::SchedulingFailure, Kind::Pressure,
            Kind::EtcdSlowWrite,  Kind::NodeAdded,         Kind::NodeReady,
            Kind::ScaleUpStarted, Kind::ScaleUpFinished,   Kind::FindingStarted,
            Kind::FindingCleared, Kind::ServerAction,      Kind::Other};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor colour(Kind kind, bool dark)
{
    // Light: saturated and dark enough for a white background; dark: the same hues,
    // lighter, so that they stand out on near-black without glaring.
    switch (kind) {
    case Kind::Eviction:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xc6, 0x28, 0x28);
    case Kind::SchedulingFailure:
        return dark ? QColor(0xfb, 0x92, 0x3c) : QColor(0xe8, 0x6a, 0x00);
    case Kind::Pressure:
        return dark ? QColor(0xff, 0x70, 0x43) : QColor(0xe6, 0x4a, 0x19);
    case Kind::EtcdSlowWrite:
        return dark ? QColor(0xc0, 0x84, 0xfc) : QColor(0x8e, 0x24, 0xaa);
    case Kind::NodeAdded:
        return dark ? QColor(0x2d, 0xd4, 0xbf) : QColor(0x00, 0x89, 0x7b);
    case Kind::NodeReady:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x2e, 0x9d, 0x3a);
    case Kind::ScaleUpStarted:
        return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x1e, 0x88, 0xe5);
    case Kind::ScaleUpFinished:
        return dark ? QColor(0x81, 0x8c, 0xf8) : QColor(0x39, 0x49, 0xab);
    case Kind::FindingStarted:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xd9, 0x9a, 0x00);
    case Kind::FindingCleared:
        return dark ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x8a, 0x8f, 0x98);
    case Kind::ServerAction:
        return dark ? QColor(0x38, 0xbd, 0xf8) : QColor(0x02, 0x77, 0xbd);
    case Kind::Other:
        break;
    }
    return dark ? QColor(0x94, 0xa3, 0xb8) : QColor(0x60, 0x7d, 0x8b);
}

Shape shape(Kind kind)
{
    switch (kind) {
    case Kind::Pressure:
    case Kind::EtcdSlowWrite:
        return Shape::Square;
    case Kind::NodeAdded:
    case Kind::NodeReady:
        return Shape::Triangle;
    case Kind::ScaleUpStarted:
    case Kind::ScaleUpFinished:
    case Kind::FindingStarted:
    case Kind::FindingCleared:
    case Kind::ServerAction:
        return Shape::Diamond;
    case Kind::Eviction:
    case Kind::SchedulingFailure:
    case Kind::Other:
        break;
    }
    return Shape::Circle;
}

void drawShape(QPainter &painter, Kind kind, const QPointF &centre, double size, bool dark)
{
    const QColor fill = colour(kind, dark);
    painter.setBrush(fill);
    painter.setPen(QPen(fill.darker(dark ? 160 : 130), 1));
    const double r = size / 2;
    switch (shape(kind)) {
    case Shape::Circle:
        painter.drawEllipse(centre, r, r);
        break;
    case Shape::Square:
        painter.drawRect(QRectF(centre.x() - r * 0.85, centre.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case Shape::Triangle: {
        const QPointF points[3] = {{centre.x(), centre.y() - r * 1.05},
                                   {centre.x() + r, centre.y() + r * 0.8},
                                   {centre.x() - r, centre.y() + r * 0.8}};
        painter.drawPolygon(points, 3);
        break;
    }
    case Shape::Diamond: {
        const QPointF points[4] = {{centre.x(), centre.y() - r * 1.15},
                                   {centre.x() + r * 1.15, centre.y()},
                                   {centre.x(), centre.y() + r * 1.15},
                                   {centre.x() - r * 1.15, centre.y()}};
        painter.drawPolygon(points, 4);
        break;
    }
    }
}

QIcon icon(Kind kind, bool dark)
{
    QPixmap pixmap(28, 28);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    drawShape(painter, kind, QPointF(7, 7), 10, dark);
    return QIcon(pixmap);
}

Kind dominant(const int *countsPerKind)
{
    Kind best = Kind::Other;
    int bestCount = 0;
    // Legend order breaks ties, so a group of one eviction and one "node ready" reads red.
    for (Kind kind : kindsInLegendOrder()) {
        const int count = countsPerKind[int(kind)];
        if (count > bestCount) {
            best = kind;
            bestCount = count;
        }
    }
    return best;
}

} // namespace maestro::ui::TimelineStyle

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/history/HistoryTypes.h"
#include "ui/timeline/TimelineIndex.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QStaticText>

#include <array>
#include <optional>
#include <vector>

namespace maestro::ui {

class TimeWindow;

/**
 * The events of a cluster on a time axis: one lane per node and a "Cluster" lane on
 * top, marks coloured and shaped by kind, the range of a shared TimeWindow.
 *
 * Painting visits only the visible lanes and, in each, the visible range found by
 * binary search; where several events share a few pixels it draws one aggregated mark
 * with their number, so a frame costs about width x visible lanes whatever the number
 * of events (TimelineIndex explains how).
 *
 * Mouse: the wheel zooms around the cursor (with or without Ctrl, as in map and
 * profiler views, because the horizontal axis is the one that matters here); Shift+wheel
 * or a horizontal wheel pans; the wheel over the lane labels scrolls the lanes;
 * dragging pans; a click selects; a double click on a lane label activates the node.
 * Keys: + and - zoom around the middle, Left and Right pan by a tenth, Home returns to
 * the present and follows it, Up and Down move between lanes, Tab and Shift+Tab step
 * through the current lane's events, Enter selects the event nearest the middle.
 */
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    using Kind = history::TimelineEvent::Kind;

    /// One event as the view places it (for the page's summary and for tests).
    struct Item
    {
        QString key;
        QString node;  ///< empty: the Cluster lane
        int lane = -1; ///< row in laneNodes()
        Kind kind = Kind::Other;
        int count = 1;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };

    /// What the last frame drew.
    struct FrameStats
    {
        int singles = 0;          ///< marks of one event each
        int aggregates = 0;       ///< marks standing for several events
        int aggregatedEvents = 0; ///< events inside those
        int lanesPainted = 0;
        QList<QRectF> labels; ///< where counts were written
    };

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setTimeWindow(TimeWindow *window);
    TimeWindow *timeWindow() const { return m_window; }

    /// The events; the view reads it on every paint (call eventsChanged() after edits).
    TimelineIndex &index() { return m_index; }
    const TimelineIndex &index() const { return m_index; }
    /// The index changed: re-derive lanes, counts, the selection's details.
    void eventsChanged();

    /// Nodes the cluster has (masters first in `masters`), so that quiet nodes get a
    /// lane too; nodes seen only in events follow them.
    void setNodes(const QStringList &masters, const QStringList &workers);
    /// The lanes shown, top to bottom; "" is the Cluster lane.
    QStringList laneNodes() const { return m_laneNodes; }
    /// The text shown for a lane ("Cluster" or the node's name).
    QString laneTitle(int lane) const;

    void setKindFilter(KindMask kinds);
    KindMask kindFilter() const { return m_kinds; }
    /// Shows only lanes whose node contains `text` (case-insensitive); empty shows all.
    void setNodeFilter(const QString &text);
    QString nodeFilter() const { return m_nodeFilter; }

    /// Every event of the shown lanes and kinds that overlaps the range, by lane then time.
    QList<Item> itemsInRange() const;
    /// How many events itemsInRange() would return, without building the list.
    int countInRange() const;

    /// The event whose mark is under `point` (viewport coordinates), or "".
    QString eventAt(const QPoint &point) const;
    /// Where the event's mark is drawn (viewport coordinates); nullopt when not shown.
    std::optional<QPoint> pointOf(const QString &key) const;
    /// The lane under a viewport y, or -1.
    int laneAt(int y) const;

    QString selectedKey() const { return m_selected; }
    /// Selects an event (empty clears); brings its lane into view.
    void select(const QString &key);
    int currentLane() const { return m_currentLane; }
    void setCurrentLane(int lane);

    /// Draws a frame as the widget shows it into any paint device (benchmarks, export).
    void paint(QPainter &painter, const QRect &rect);
    FrameStats lastFrame() const { return m_lastFrame; }
    /// Keys of the single marks of the last frame.
    QStringList paintedKeys() const { return m_paintedKeys; }

    /// Width of the lane labels on the left and height of the axis on top.
    int labelWidth() const { return m_labelWidth; }
    int axisHeight() const { return AxisHeight; }
    int laneHeight() const { return LaneHeight; }
    /// Where the events are drawn, right of the labels and below the axis (viewport).
    QRect eventArea() const;
    /// The time at a viewport x and back (the window's range over the event area).
    qint64 timeAtX(double x) const;
    double xAtTime(qint64 ms) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void selectionChanged(const QString &key);
    /// A lane's label was double-clicked (the Cluster lane gives "").
    void laneActivated(const QString &node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    static constexpr int AxisHeight = 30;
    static constexpr int LaneHeight = 26;
    static constexpr int BucketPx = 6; ///< events closer than this share one mark

    struct Bucket
    {
        int lane = -1;
        int indexLane = -1;
        int begin = 0;
        int end = 0;
        int shown = 0; ///< events of the filtered kinds in [begin, end)
    };

    void rebuildLanes();
    void updateScrollBar();
    int laneTop(int lane) const;
    void ensureLaneVisible(int lane);
    /// The events sharing the column under a viewport x in a lane.
    Bucket bucketAt(int lane, double x) const;
    QString tooltipAt(const QPoint &point) const;
    void stepSelection(int direction);
    void selectNearestToMiddle();
    void zoomAt(double factor, qint64 anchorMs);
    void panByPixels(double dx);
    QString nearestInBucket(const Bucket &bucket, double x) const;
    void paintAxis(QPainter &painter, const QRect &area, const QPalette &palette, bool dark);
    void paintLane(QPainter &painter, int lane, int y, const QRect &area, bool dark);

    QPointer<TimeWindow> m_window;
    TimelineIndex m_index;
    QStringList m_masters;
    QStringList m_workers;
    QSet<QString> m_masterSet;
    QStringList m_laneNodes;
    KindMask m_kinds = AllKinds;
    QString m_nodeFilter;
    QString m_selected;
    int m_currentLane = 0;
    int m_hoverLane = -1;
    int m_labelWidth = 170;

    // Dragging pans from where the drag started, so rounding never accumulates.
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    qint64 m_pressFromMs = 0;
    qint64 m_pressToMs = 0;

    /// Scratch of paintLane(), kept to spare an allocation per lane and frame.
    struct PendingShape
    {
        double x = 0;
        double height = 0; ///< > 0: a group's block
        Kind kind = Kind::Other;
        bool selected = false;
    };
    struct PendingLabel
    {
        double x = 0;
        QString text;
    };
    std::vector<PendingShape> m_shapes;
    const QPixmap &spriteFor(Kind kind, bool dark, qreal ratio);
    std::array<std::array<QPixmap, TimelineKindCount>, 2> m_sprites; ///< [dark][kind]
    qreal m_spriteRatio = 0;
    /// Text laid out once, by font, width and text (see cachedText()).
    const QStaticText &cachedText(const QString &text, const QFont &font, int maxWidth = 0);
    QHash<QString, QStaticText> m_textCache;
    int m_selectedSlot = -1; ///< of m_selected, looked up once per frame
    std::vector<PendingLabel> m_labels;
    std::vector<double> m_shapeLefts; ///< left edges of m_shapes, sorted

    FrameStats m_lastFrame;
    QStringList m_paintedKeys;
};

} // namespace maestro::ui

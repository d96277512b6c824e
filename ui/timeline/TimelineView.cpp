// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineView.h"

#include "app/i18n/LocaleFormat.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/timeline/TimelineStyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStaticText>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace maestro::ui {

using history::TimelineEvent;

namespace {

constexpr double MarkSize = 9;
/// Taller than a mark, so that a bar frames the marks drawn on it instead of hiding under them.
constexpr double BarHeight = 13;
constexpr int HitRadiusPx = 6;
/// One wheel notch (120) zooms by this factor.
constexpr double WheelZoomStep = 0.8;
/// + and - zoom by this factor.
constexpr double KeyZoomStep = 0.5;
/// Left and Right move by this share of the span.
constexpr double KeyPanShare = 0.1;

/// Tick steps of the axis, from seconds to a week.
constexpr qint64 TickSteps[] = {1000,
                                2000,
                                5000,
                                10000,
                                15000,
                                30000,
                                60000,
                                2 * 60000,
                                5 * 60000,
                                10 * 60000,
                                15 * 60000,
                                30 * 60000,
                                3600000,
                                2 * 3600000,
                                3 * 3600000,
                                6 * 3600000,
                                12 * 3600000,
                                24 * 3600000LL,
                                2 * 24 * 3600000LL,
                                7 * 24 * 3600000LL};
constexpr qint64 DayMs = 24 * 3600000LL;

/// Local time's offset from UTC at `ms`, in milliseconds (ticks fall on local hours).
qint64 localOffsetMs(qint64 ms)
{
    return qint64(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc()) * 1000;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Events timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    verticalScrollBar()->setSingleStep(LaneHeight);
    setWhatsThis(tr("Wheel: zoom around the pointer. Shift+wheel: move in time. Drag: move. "
                    "+ and -: zoom. Left and Right: move. Home: back to the present. "
                    "Up and Down: lanes. Tab: next event. Enter: select."));
    rebuildLanes();
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    return {900, 480};
}

void TimelineView::setTimeWindow(TimeWindow *window)
{
    if (m_window == window)
        return;
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (m_window)
        connect(m_window, &TimeWindow::changed, viewport(), qOverload<>(&QWidget::update));
    viewport()->update();
}

void TimelineView::eventsChanged()
{
    rebuildLanes();
    viewport()->update();
}

void TimelineView::setNodes(const QStringList &masters, const QStringList &workers)
{
    m_masters = masters;
    m_workers = workers;
    m_masters.sort();
    m_workers.sort();
    m_masterSet = QSet<QString>(m_masters.cbegin(), m_masters.cend());
    rebuildLanes();
    viewport()->update();
}

void TimelineView::setKindFilter(KindMask kinds)
{
    if (m_kinds == kinds)
        return;
    m_kinds = kinds;
    viewport()->update();
}

void TimelineView::setNodeFilter(const QString &text)
{
    if (m_nodeFilter == text)
        return;
    m_nodeFilter = text;
    rebuildLanes();
    viewport()->update();
}

QString TimelineView::laneTitle(int lane) const
{
    if (lane < 0 || lane >= m_laneNodes.size())
        return {};
    const QString &node = m_laneNodes[lane];
    return node.isEmpty() ? tr("Cluster") : node;
}

void TimelineView::rebuildLanes()
{
    const QString current = m_currentLane >= 0 && m_currentLane < m_laneNodes.size()
                                ? m_laneNodes[m_currentLane]
                                : QString();
    QStringList order{QString()};
    QSet<QString> known;
    for (const QStringList *group : {&m_masters, &m_workers}) {
        for (const QString &node : *group) {
            if (!known.contains(node)) {
                order << node;
                known.insert(node);
            }
        }
    }
    QStringList extra;
    for (const QString &node : m_index.nodes()) {
        if (!known.contains(node))
            extra << node;
    }
    extra.sort();
    order << extra;

    const QString filter = m_nodeFilter.trimmed();
    m_laneNodes.clear();
    for (const QString &node : order) {
        const QString title = node.isEmpty() ? tr("Cluster") : node;
        if (filter.isEmpty() || title.contains(filter, Qt::CaseInsensitive))
            m_laneNodes << node;
    }
    m_currentLane = std::max<int>(0, int(m_laneNodes.indexOf(current)));

    // Labels as wide as the longest name needs, within reason.
    const QFontMetrics metrics(font());
    int widest = metrics.horizontalAdvance(tr("Cluster"));
    for (const QString &node : std::as_const(m_laneNodes))
        widest = std::max(widest, metrics.horizontalAdvance(node));
    m_labelWidth = std::clamp(widest + 70, 140, 280);
    updateScrollBar();
}

void TimelineView::updateScrollBar()
{
    const int lanesHeight = int(m_laneNodes.size()) * LaneHeight;
    const int visible = std::max(0, viewport()->height() - AxisHeight);
    verticalScrollBar()->setRange(0, std::max(0, lanesHeight - visible));
    verticalScrollBar()->setPageStep(visible);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

QRect TimelineView::eventArea() const
{
    const QRect r = viewport()->rect();
    return QRect(QPoint(r.left() + m_labelWidth, r.top() + AxisHeight),
                 QPoint(r.right() - 10, r.bottom()));
}

int TimelineView::laneTop(int lane) const
{
    return AxisHeight + lane * LaneHeight - verticalScrollBar()->value();
}

int TimelineView::laneAt(int y) const
{
    if (y < AxisHeight)
        return -1;
    const int lane = (y - AxisHeight + verticalScrollBar()->value()) / LaneHeight;
    return lane >= 0 && lane < m_laneNodes.size() ? lane : -1;
}

void TimelineView::ensureLaneVisible(int lane)
{
    if (lane < 0 || lane >= m_laneNodes.size())
        return;
    const int top = lane * LaneHeight;
    const int visible = std::max(LaneHeight, viewport()->height() - AxisHeight);
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (top + LaneHeight > bar->value() + visible)
        bar->setValue(top + LaneHeight - visible);
}

void TimelineView::setCurrentLane(int lane)
{
    lane = std::clamp(lane, 0, std::max(0, int(m_laneNodes.size()) - 1));
    m_currentLane = lane;
    ensureLaneVisible(lane);
    viewport()->update();
}

qint64 TimelineView::timeAtX(double x) const
{
    if (!m_window)
        return 0;
    const QRect area = eventArea();
    const double width = std::max(1, area.width());
    return m_window->fromMs() +
           qint64(std::llround((x - area.left()) * double(m_window->spanMs()) / width));
}

double TimelineView::xAtTime(qint64 ms) const
{
    if (!m_window)
        return 0;
    const QRect area = eventArea();
    return area.left() + double(ms - m_window->fromMs()) * area.width() /
                             double(std::max<qint64>(1, m_window->spanMs()));
}

// ---- what is in range -------------------------------------------------------------

QList<TimelineView::Item> TimelineView::itemsInRange() const
{
    QList<Item> items;
    if (!m_window)
        return items;
    const_cast<TimelineIndex &>(m_index).prepare();
    const qint64 from = m_window->fromMs();
    const qint64 to = m_window->toMs();
    for (int lane = 0; lane < m_laneNodes.size(); ++lane) {
        const int il = m_index.laneOf(m_laneNodes[lane]);
        if (il < 0)
            continue;
        const auto &marks = m_index.marks(il);
        auto add = [&](int i) {
            const TimelineIndex::Mark &mark = marks[size_t(i)];
            const TimelineEvent &event = m_index.event(mark.slot);
            items.append(Item{event.key, m_laneNodes[lane], lane, mark.kind, mark.count,
                              mark.firstMs, mark.lastMs});
        };
        const int begin = m_index.lowerBound(il, from);
        const int end = m_index.lowerBound(il, to + 1, begin);
        m_index.forEachReaching(il, 0, begin, from, m_kinds, std::numeric_limits<int>::max(), add);
        for (int i = begin; i < end; ++i) {
            if (m_kinds & kindBit(marks[size_t(i)].kind))
                add(i);
        }
    }
    return items;
}

int TimelineView::countInRange() const
{
    if (!m_window)
        return 0;
    const_cast<TimelineIndex &>(m_index).prepare();
    const qint64 from = m_window->fromMs();
    const qint64 to = m_window->toMs();
    int count = 0;
    for (const QString &node : m_laneNodes) {
        const int il = m_index.laneOf(node);
        if (il < 0)
            continue;
        const int begin = m_index.lowerBound(il, from);
        const int end = m_index.lowerBound(il, to + 1, begin);
        count += m_index.countIn(il, begin, end, m_kinds);
        count += m_index.forEachReaching(il, 0, begin, from, m_kinds,
                                         std::numeric_limits<int>::max(), [](int) {});
    }
    return count;
}

// ---- hit testing ------------------------------------------------------------------

TimelineView::Bucket TimelineView::bucketAt(int lane, double x) const
{
    Bucket bucket;
    if (!m_window || lane < 0 || lane >= m_laneNodes.size())
        return bucket;
    const int il = m_index.laneOf(m_laneNodes[lane]);
    if (il < 0)
        return bucket;
    const_cast<TimelineIndex &>(m_index).prepare();
    const QRect area = eventArea();
    const int column = int(std::floor((x - area.left()) / BucketPx));
    bucket.lane = lane;
    bucket.indexLane = il;
    bucket.begin = m_index.lowerBound(il, timeAtX(area.left() + column * BucketPx));
    bucket.end =
        m_index.lowerBound(il, timeAtX(area.left() + (column + 1) * BucketPx), bucket.begin);
    bucket.shown = m_index.countIn(il, bucket.begin, bucket.end, m_kinds);
    return bucket;
}

QString TimelineView::eventAt(const QPoint &point) const
{
    const QRect area = eventArea();
    if (!m_window || point.x() < area.left() - HitRadiusPx ||
        point.x() > area.right() + HitRadiusPx)
        return {};
    const int lane = laneAt(point.y());
    if (lane < 0)
        return {};
    const int il = m_index.laneOf(m_laneNodes[lane]);
    if (il < 0)
        return {};
    const_cast<TimelineIndex &>(m_index).prepare();
    const auto &marks = m_index.marks(il);

    // A mark whose start is within reach wins; the nearest of them.
    const int begin = m_index.lowerBound(il, timeAtX(point.x() - HitRadiusPx));
    const int end = m_index.lowerBound(il, timeAtX(point.x() + HitRadiusPx) + 1, begin);
    int best = -1;
    double bestDistance = HitRadiusPx + 1;
    for (int i = begin; i < end; ++i) {
        const TimelineIndex::Mark &mark = marks[size_t(i)];
        if (!(m_kinds & kindBit(mark.kind)))
            continue;
        const double distance = std::abs(xAtTime(mark.firstMs) - point.x());
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        return m_index.event(marks[size_t(best)].slot).key;

    // Otherwise a bar under the pointer: the one that started last.
    const qint64 at = timeAtX(point.x());
    m_index.forEachReaching(il, 0, begin, at, m_kinds, 4096, [&](int i) {
        if (m_index.marks(il)[size_t(i)].isBar())
            best = i; // visited in index order, so the last is the latest start
    });
    return best >= 0 ? m_index.event(marks[size_t(best)].slot).key : QString();
}

std::optional<QPoint> TimelineView::pointOf(const QString &key) const
{
    const TimelineEvent *event = m_index.find(key);
    if (!event || !m_window || !(m_kinds & kindBit(event->kind)))
        return std::nullopt;
    const int lane = int(m_laneNodes.indexOf(event->node));
    if (lane < 0)
        return std::nullopt;
    const QRect area = eventArea();
    const qint64 first =
        (event->firstSeen.isValid() ? event->firstSeen : event->lastSeen).toMSecsSinceEpoch();
    const qint64 last = event->lastSeen.isValid() ? event->lastSeen.toMSecsSinceEpoch() : first;
    double x = xAtTime(first);
    if (x < area.left() && last >= m_window->fromMs())
        x = std::min(xAtTime(last), double(area.left() + 2)); // a bar reaching in from the left
    if (x < area.left() - 1 || x > area.right() + 1)
        return std::nullopt;
    const int y = laneTop(lane) + LaneHeight / 2;
    if (y < AxisHeight || y > viewport()->height())
        return std::nullopt;
    return QPoint(int(std::lround(x)), y);
}

// ---- selection --------------------------------------------------------------------

void TimelineView::select(const QString &key)
{
    const TimelineEvent *event = key.isEmpty() ? nullptr : m_index.find(key);
    const QString selected = event ? key : QString();
    if (event) {
        const int lane = int(m_laneNodes.indexOf(event->node));
        if (lane >= 0) {
            m_currentLane = lane;
            ensureLaneVisible(lane);
        }
        // Bring it into the range when it is outside, keeping the span.
        if (m_window) {
            const qint64 first = event->firstSeen.toMSecsSinceEpoch();
            const qint64 last =
                event->lastSeen.isValid() ? event->lastSeen.toMSecsSinceEpoch() : first;
            if (last < m_window->fromMs() || first > m_window->toMs()) {
                const qint64 half = m_window->spanMs() / 2;
                m_window->setRange(first - half, first + half);
            }
        }
    }
    viewport()->update();
    if (selected == m_selected)
        return;
    m_selected = selected;
    Q_EMIT selectionChanged(m_selected);
}

void TimelineView::stepSelection(int direction)
{
    if (m_currentLane < 0 || m_currentLane >= m_laneNodes.size() || !m_window)
        return;
    const int il = m_index.laneOf(m_laneNodes[m_currentLane]);
    if (il < 0)
        return;
    m_index.prepare();
    const auto &marks = m_index.marks(il);
    int start;
    const TimelineEvent *selected = m_index.find(m_selected);
    if (selected && selected->node == m_laneNodes[m_currentLane]) {
        // From the selected mark: find it among those sharing its start.
        const qint64 first = selected->firstSeen.toMSecsSinceEpoch();
        start = m_index.lowerBound(il, first);
        while (start < int(marks.size()) &&
               m_index.event(marks[size_t(start)].slot).key != m_selected)
            ++start;
        start += direction;
    } else {
        start = direction > 0 ? m_index.lowerBound(il, m_window->fromMs())
                              : m_index.lowerBound(il, m_window->toMs() + 1) - 1;
    }
    for (int i = start; i >= 0 && i < int(marks.size()); i += direction) {
        if (m_kinds & kindBit(marks[size_t(i)].kind)) {
            select(m_index.event(marks[size_t(i)].slot).key);
            return;
        }
    }
}

void TimelineView::selectNearestToMiddle()
{
    if (m_currentLane < 0 || m_currentLane >= m_laneNodes.size() || !m_window)
        return;
    const int il = m_index.laneOf(m_laneNodes[m_currentLane]);
    if (il < 0)
        return;
    m_index.prepare();
    const auto &marks = m_index.marks(il);
    const qint64 middle = m_window->fromMs() + m_window->spanMs() / 2;
    const int at = m_index.lowerBound(il, middle);
    int best = -1;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    // Walk out both ways to the nearest mark of a shown kind.
    for (int i = at; i < int(marks.size()); ++i) {
        if (m_kinds & kindBit(marks[size_t(i)].kind)) {
            best = i;
            bestDistance = marks[size_t(i)].firstMs - middle;
            break;
        }
    }
    for (int i = at - 1; i >= 0; --i) {
        if (m_kinds & kindBit(marks[size_t(i)].kind)) {
            if (middle - marks[size_t(i)].firstMs < bestDistance)
                best = i;
            break;
        }
    }
    if (best >= 0)
        select(m_index.event(marks[size_t(best)].slot).key);
}

// ---- input ------------------------------------------------------------------------

void TimelineView::zoomAt(double factor, qint64 anchorMs)
{
    if (m_window)
        m_window->zoom(factor, anchorMs);
}

void TimelineView::panByPixels(double dx)
{
    if (!m_window)
        return;
    const double msPerPixel = double(m_window->spanMs()) / std::max(1, eventArea().width());
    m_window->pan(qint64(std::llround(dx * msPerPixel)));
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint position = event->position().toPoint();
    const QPoint angle = event->angleDelta();
    if (!m_window || position.x() < m_labelWidth) {
        QAbstractScrollArea::wheelEvent(event); // over the labels: scroll the lanes
        return;
    }
    const bool horizontal = angle.x() != 0 && angle.y() == 0;
    if (horizontal || (event->modifiers() & Qt::ShiftModifier)) {
        const int delta = horizontal ? angle.x() : angle.y();
        // A notch moves a tenth of the span; forward (up, right) goes to the future.
        m_window->pan(qint64(-double(delta) / 120.0 * KeyPanShare * double(m_window->spanMs())));
    } else if (angle.y() != 0) {
        zoomAt(std::pow(WheelZoomStep, double(angle.y()) / 120.0), timeAtX(position.x()));
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_window) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressFromMs = m_window->fromMs();
    m_pressToMs = m_window->toMs();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_pressed && m_window) {
        const QPoint moved = position - m_pressPos;
        if (!m_dragging && moved.manhattanLength() >= 4)
            m_dragging = true;
        if (m_dragging) {
            setCursor(Qt::ClosedHandCursor);
            const double msPerPixel =
                double(m_pressToMs - m_pressFromMs) / std::max(1, eventArea().width());
            const qint64 shift = qint64(std::llround(moved.x() * msPerPixel));
            if (shift != 0 || m_window->fromMs() != m_pressFromMs)
                m_window->setRange(m_pressFromMs - shift, m_pressToMs - shift);
        }
        event->accept();
        return;
    }
    const int lane = laneAt(position.y());
    if (lane != m_hoverLane) {
        m_hoverLane = lane;
        viewport()->update();
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const bool wasDrag = m_dragging;
    m_pressed = false;
    m_dragging = false;
    unsetCursor();
    if (!wasDrag) {
        const QPoint position = event->position().toPoint();
        const int lane = laneAt(position.y());
        if (lane >= 0)
            setCurrentLane(lane);
        if (position.x() >= m_labelWidth)
            select(eventAt(position));
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    const int lane = laneAt(position.y());
    if (event->button() != Qt::LeftButton || lane < 0) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    if (position.x() < m_labelWidth) {
        Q_EMIT laneActivated(m_laneNodes[lane]);
    } else if (bucketAt(lane, position.x()).shown > 1) {
        zoomAt(0.25, timeAtX(position.x())); // a group of events: look closer
    }
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    m_hoverLane = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    // Tab steps through events here instead of moving the focus on.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            keyPressEvent(key);
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (!m_window) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    // Zooming by keys stays live when live; otherwise it keeps the middle in place.
    const qint64 anchor =
        m_window->following() ? m_window->toMs() : m_window->fromMs() + m_window->spanMs() / 2;
    const qint64 panStep = qint64(double(m_window->spanMs()) * KeyPanShare);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(KeyZoomStep, anchor);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAt(1.0 / KeyZoomStep, anchor);
        break;
    case Qt::Key_Left:
        m_window->pan(-panStep);
        break;
    case Qt::Key_Right:
        m_window->pan(panStep);
        break;
    case Qt::Key_Home:
        m_window->setFollowing(true);
        break;
    case Qt::Key_Up:
        setCurrentLane(m_currentLane - 1);
        break;
    case Qt::Key_Down:
        setCurrentLane(m_currentLane + 1);
        break;
    case Qt::Key_PageUp:
        setCurrentLane(m_currentLane -
                       std::max(1, (viewport()->height() - AxisHeight) / LaneHeight));
        break;
    case Qt::Key_PageDown:
        setCurrentLane(m_currentLane +
                       std::max(1, (viewport()->height() - AxisHeight) / LaneHeight));
        break;
    case Qt::Key_Tab:
        stepSelection(+1);
        break;
    case Qt::Key_Backtab:
        stepSelection(-1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        selectNearestToMiddle();
        break;
    case Qt::Key_Escape:
        select(QString());
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::tooltipAt(const QPoint &point) const
{
    const int lane = laneAt(point.y());
    if (lane < 0)
        return {};
    if (point.x() < m_labelWidth) {
        return m_laneNodes[lane].isEmpty()
                   ? tr("Events of the cluster as a whole")
                   : tr("%1 (double-click to show the server)").arg(m_laneNodes[lane]);
    }
    const Bucket bucket = bucketAt(lane, point.x());
    if (bucket.shown > 1) {
        const auto kinds = m_index.kindsIn(bucket.indexLane, bucket.begin, bucket.end);
        QString text = QStringLiteral("<b>") + tr("%Ln event(s)", nullptr, bucket.shown) +
                       QStringLiteral("</b>");
        for (Kind kind : TimelineStyle::kindsInLegendOrder()) {
            if (kinds[size_t(kind)] > 0 && (m_kinds & kindBit(kind)))
                text += QStringLiteral("<br>") +
                        tr("%1: %L2").arg(TimelineEvent::kindText(kind)).arg(kinds[size_t(kind)]);
        }
        return text + QStringLiteral("<br><i>") + tr("Double-click to zoom in") +
               QStringLiteral("</i>");
    }
    const TimelineEvent *event = m_index.find(eventAt(point));
    if (!event)
        return {};
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b> — %2")
                       .arg(event->reason.toHtmlEscaped(),
                            TimelineEvent::kindText(event->kind).toHtmlEscaped());
    if (!event->object.isEmpty())
        text += QStringLiteral("<br>") + event->object.toHtmlEscaped();
    if (!event->message.isEmpty())
        text += QStringLiteral("<br>") + event->message.left(200).toHtmlEscaped();
    text += QStringLiteral("<br>") +
            (event->count > 1
                 ? tr("%Ln time(s), %1 – %2", nullptr, event->count)
                       .arg(locale.toString(event->firstSeen.toLocalTime(), QLocale::ShortFormat),
                            locale.toString(event->lastSeen.toLocalTime(), QLocale::ShortFormat))
                 : locale.toString(event->firstSeen.toLocalTime(), QLocale::ShortFormat));
    return text;
}

// ---- painting ---------------------------------------------------------------------

const QStaticText &TimelineView::cachedText(const QString &text, const QFont &font, int maxWidth)
{
    // Shaping text is the dearest part of a frame; lane names, tick labels and counts
    // repeat from frame to frame, so each is laid out once.
    const QString key =
        font.key() + QLatin1Char('|') + QString::number(maxWidth) + QLatin1Char('|') + text;
    auto it = m_textCache.find(key);
    if (it != m_textCache.end())
        return *it;
    if (m_textCache.size() > 4000)
        m_textCache.clear(); // bounded: a long session sees many tick labels
    QString shown = text;
    if (maxWidth > 0)
        shown = QFontMetrics(font).elidedText(text, Qt::ElideMiddle, maxWidth);
    QStaticText staticText(shown);
    staticText.setTextFormat(Qt::PlainText);
    staticText.prepare(QTransform(), font);
    return *m_textCache.insert(key, staticText);
}

const QPixmap &TimelineView::spriteFor(Kind kind, bool dark, qreal ratio)
{
    if (m_spriteRatio != ratio) {
        for (auto &set : m_sprites)
            for (QPixmap &sprite : set)
                sprite = QPixmap();
        m_spriteRatio = ratio;
    }
    QPixmap &sprite = m_sprites[dark ? 1 : 0][size_t(kind)];
    if (sprite.isNull()) {
        const int side = int(MarkSize) + 5; // room for the triangle's and diamond's points
        sprite = QPixmap(int(std::ceil(side * ratio)), int(std::ceil(side * ratio)));
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter painter(&sprite);
        painter.setRenderHint(QPainter::Antialiasing);
        TimelineStyle::drawShape(painter, kind, QPointF(side / 2.0, side / 2.0), MarkSize, dark);
    }
    return sprite;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    paint(painter, viewport()->rect());
}

void TimelineView::paint(QPainter &painter, const QRect &rect)
{
    const QPalette pal = palette();
    const bool dark = TimelineStyle::isDark(pal);
    m_index.prepare();
    m_selectedSlot = m_index.slotOf(m_selected);
    m_lastFrame = {};
    m_paintedKeys.clear();
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, pal.base());
    const QRect area(QPoint(rect.left() + m_labelWidth, rect.top() + AxisHeight),
                     QPoint(rect.right() - 10, rect.bottom()));
    const int scroll = verticalScrollBar()->value();

    // Lane backgrounds: alternate stripes, hovered and current lanes tinted.
    const int firstLane = std::max(0, scroll / LaneHeight);
    const int lastLane =
        std::min(int(m_laneNodes.size()) - 1, (scroll + rect.height() - AxisHeight) / LaneHeight);
    QColor highlight = pal.color(QPalette::Highlight);
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const QRect row(rect.left(), rect.top() + AxisHeight + lane * LaneHeight - scroll,
                        rect.width(), LaneHeight);
        if (lane % 2 == 1)
            painter.fillRect(row, pal.alternateBase());
        if (lane == m_currentLane && hasFocus()) {
            QColor tint = highlight;
            tint.setAlpha(dark ? 60 : 36);
            painter.fillRect(row, tint);
        } else if (lane == m_hoverLane) {
            QColor tint = highlight;
            tint.setAlpha(dark ? 30 : 18);
            painter.fillRect(row, tint);
        }
    }

    paintAxis(painter, QRect(rect.left(), rect.top(), rect.width(), rect.height()), pal, dark);

    if (m_window) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.save();
        painter.setClipRect(QRect(area.left() - 8, area.top(), area.width() + 16, area.height()));
        for (int lane = firstLane; lane <= lastLane; ++lane) {
            paintLane(painter, lane, rect.top() + AxisHeight + lane * LaneHeight - scroll, area,
                      dark);
            ++m_lastFrame.lanesPainted;
        }
        painter.restore();

        // The present.
        const qint64 now = m_window->nowMs();
        if (now >= m_window->fromMs() && now <= m_window->toMs()) {
            const double x = area.left() + double(now - m_window->fromMs()) * area.width() /
                                               double(std::max<qint64>(1, m_window->spanMs()));
            QColor line = highlight;
            line.setAlpha(200);
            painter.setPen(QPen(line, 1.5));
            painter.drawLine(QPointF(x, rect.top() + AxisHeight - 6), QPointF(x, rect.bottom()));
        }
        painter.setRenderHint(QPainter::Antialiasing, false);
    }

    // Lane labels over a column of their own.
    const QRect labels(rect.left(), rect.top() + AxisHeight, m_labelWidth - 6,
                       rect.height() - AxisHeight);
    painter.fillRect(labels, pal.window());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(labels.topRight(), labels.bottomRight());
    QFont labelFont = font();
    QFont tagFont = font();
    tagFont.setPointSizeF(tagFont.pointSizeF() * 0.8);
    const bool clusterKnown = !m_masters.isEmpty() || !m_workers.isEmpty();
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const int top = rect.top() + AxisHeight + lane * LaneHeight - scroll;
        const QString &node = m_laneNodes[lane];
        QRect textRect(labels.left() + 10, top, labels.width() - 16, LaneHeight);
        if (lane == m_currentLane && hasFocus()) {
            QColor tint = highlight;
            tint.setAlpha(dark ? 70 : 40);
            painter.fillRect(QRect(labels.left(), top, labels.width(), LaneHeight), tint);
        }
        // The Cluster lane is told apart by its bold title; nodes the cluster no longer
        // has (only their events remain) are marked as such.
        QString tag;
        if (m_masterSet.contains(node))
            //: A tag after a node's name on its timeline lane: the node is a master
            tag = tr("master");
        else if (!node.isEmpty() && clusterKnown && !m_workers.contains(node))
            //: A tag after a node's name on its timeline lane: the node has left the cluster
            tag = tr("gone");
        if (!tag.isEmpty()) {
            painter.setFont(tagFont);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            const QStaticText &text = cachedText(tag, tagFont);
            const QSizeF size = text.size();
            painter.drawStaticText(QPointF(textRect.right() - size.width(),
                                           textRect.top() + (LaneHeight - size.height()) / 2),
                                   text);
            textRect.setRight(textRect.right() - int(size.width()) - 6);
        }
        labelFont.setBold(node.isEmpty());
        painter.setFont(labelFont);
        painter.setPen(pal.color(QPalette::WindowText));
        const QStaticText &title = cachedText(laneTitle(lane), labelFont, textRect.width());
        painter.drawStaticText(
            QPointF(textRect.left(), textRect.top() + (LaneHeight - title.size().height()) / 2),
            title);
    }

    if (m_window && m_lastFrame.singles + m_lastFrame.aggregates == 0) {
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter,
                         m_laneNodes.isEmpty() ? tr("No lane matches the node filter")
                                               : tr("No events in this range"));
    }
    painter.restore();
}

void TimelineView::paintAxis(QPainter &painter, const QRect &rect, const QPalette &pal, bool dark)
{
    const QRect axis(rect.left(), rect.top(), rect.width(), AxisHeight);
    painter.fillRect(axis, pal.window());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(axis.bottomLeft(), axis.bottomRight());
    if (!m_window)
        return;
    const int left = rect.left() + m_labelWidth;
    const int width = std::max(1, rect.right() - 10 - left);
    const qint64 from = m_window->fromMs();
    const qint64 span = std::max<qint64>(1, m_window->spanMs());
    const double pxPerMs = double(width) / double(span);
    auto xOf = [&](qint64 ms) { return left + double(ms - from) * pxPerMs; };

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics metrics(small);
    const QLocale locale;
    const QString withSeconds = i18n::clockFormat(true, locale);
    const int minSpacing =
        metrics.horizontalAdvance(locale.toString(QTime(23, 59, 59), withSeconds)) + 40;
    qint64 step = TickSteps[std::size(TickSteps) - 1];
    for (qint64 candidate : TickSteps) {
        if (double(candidate) * pxPerMs >= minSpacing) {
            step = candidate;
            break;
        }
    }
    const QString format = step < 60000   ? withSeconds
                           : step < DayMs ? i18n::clockFormat(false, locale)
                                          : QStringLiteral("ddd d MMM");
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(dark ? 34 : 26);
    painter.setFont(small);
    const qint64 offset = localOffsetMs(from);
    qint64 tick = (floorDiv(from + offset, step) + 1) * step - offset;
    for (; tick <= from + span; tick += step) {
        const double x = xOf(tick);
        painter.setPen(grid);
        painter.drawLine(QPointF(x, AxisHeight - 5), QPointF(x, rect.bottom()));
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(tick);
        painter.setPen(pal.color(QPalette::WindowText));
        const QStaticText &label = cachedText(locale.toString(local, format), small);
        const double w = label.size().width();
        if (x - w / 2.0 >= left - 4)
            painter.drawStaticText(QPointF(std::min(x - w / 2.0, rect.right() - w - 2.0),
                                           AxisHeight - 9 - metrics.ascent()),
                                   label);
    }
    // Dates above the hours: at the start of the range and at every local midnight.
    if (step < DayMs) {
        QFont bold = small;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString dateFormat = QStringLiteral("ddd d MMM yyyy");
        const QFontMetrics boldMetrics(bold);
        qint64 midnight = (floorDiv(from + offset, DayMs) + 1) * DayMs - offset;
        const QString firstDate = locale.toString(QDateTime::fromMSecsSinceEpoch(from), dateFormat);
        if (xOf(midnight) - left > boldMetrics.horizontalAdvance(firstDate) + 12)
            painter.drawText(QPointF(left + 2, 12), firstDate);
        for (; midnight <= from + span; midnight += DayMs) {
            painter.drawText(QPointF(xOf(midnight) + 3, 12),
                             locale.toString(QDateTime::fromMSecsSinceEpoch(midnight), dateFormat));
        }
    }
}

void TimelineView::paintLane(QPainter &painter, int lane, int y, const QRect &area, bool dark)
{
    const int il = m_index.laneOf(m_laneNodes[lane]);
    if (il < 0)
        return;
    const auto &marks = m_index.marks(il);
    const qint64 from = m_window->fromMs();
    const qint64 to = m_window->toMs();
    const double span = double(std::max<qint64>(1, m_window->spanMs()));
    const double pxPerMs = area.width() / span;
    auto xOf = [&](qint64 ms) { return area.left() + double(ms - from) * pxPerMs; };
    auto msAt = [&](double x) { return from + qint64(std::floor((x - area.left()) / pxPerMs)); };
    const double cy = y + LaneHeight / 2.0;

    // Bars are drawn as they are found, marks over them afterwards, counts last: a long
    // pressure bar must not hide the evictions on it, nor the other way round.
    m_shapes.clear();
    m_labels.clear();
    auto addLabel = [&](double x, QString text) {
        // Written only where there is room before the next mark (checked when painting).
        m_labels.push_back({x, std::move(text)});
    };

    const int begin = m_index.lowerBound(il, from);
    const int end = m_index.lowerBound(il, to + 1, begin);
    // Rounded, antialiased bars where there are few; plain rectangles where a lane has
    // hundreds in view (a week of a busy node), which look the same at that scale and
    // cost a fraction.
    const bool plainBars = end - begin > 40;
    auto drawBar = [&](double x1, double x2, Kind kind) {
        const QColor colour = TimelineStyle::colour(kind, dark);
        QColor fill = colour;
        fill.setAlpha(dark ? 90 : 70);
        const QRectF bar(x1, cy - BarHeight / 2, x2 - x1, BarHeight);
        if (plainBars) {
            const QRect crisp = bar.toAlignedRect();
            painter.fillRect(crisp, fill);
            painter.fillRect(QRect(crisp.left(), crisp.top(), crisp.width(), 1), colour);
            painter.fillRect(QRect(crisp.left(), crisp.bottom(), crisp.width(), 1), colour);
            return;
        }
        painter.setPen(QPen(colour, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(bar, 4, 4);
    };

    auto addSingle = [&](const TimelineIndex::Mark &mark, double x) {
        const TimelineEvent &event = m_index.event(mark.slot);
        double labelX = x + MarkSize / 2 + 2;
        // A bar shorter than its mark would only thicken the mark's outline.
        if (mark.isBar() && xOf(mark.lastMs) - x > MarkSize / 2) {
            const double x2 = xOf(mark.lastMs);
            drawBar(x, x2, mark.kind);
            if (mark.count > 1)
                labelX = x2 + 3;
        }
        m_shapes.push_back({x, 0, mark.kind, mark.slot == m_selectedSlot});
        if (mark.count > 1)
            addLabel(labelX, QStringLiteral("\u00d7") + QString::number(mark.count));
        ++m_lastFrame.singles;
        m_paintedKeys.append(event.key);
    };

    // Bars that started before the range and reach into it.
    if (begin > 0) {
        m_index.forEachReaching(il, 0, begin, from, m_kinds, 32, [&](int i) {
            addSingle(marks[size_t(i)], std::max(xOf(marks[size_t(i)].firstMs), area.left() - 6.0));
        });
    }

    int i = begin;
    while (i < end) {
        const double x = xOf(marks[size_t(i)].firstMs);
        const int column = int(std::floor((x - area.left()) / BucketPx));
        const qint64 columnEnd = msAt(area.left() + double(column + 1) * BucketPx) + 1;
        const int j = std::max(i + 1, m_index.lowerBound(il, columnEnd, i, end));
        const int shown = m_index.countIn(il, i, j, m_kinds);
        if (shown == 0) {
            i = j;
            continue;
        }
        const double bucketX = area.left() + (column + 0.5) * BucketPx;
        if (shown == 1 && j - i <= 64) {
            for (int k = i; k < j; ++k) {
                if (m_kinds & kindBit(marks[size_t(k)].kind)) {
                    addSingle(marks[size_t(k)], xOf(marks[size_t(k)].firstMs));
                    break;
                }
            }
            i = j;
            continue;
        }
        // Several events (or one shown among very many hidden): their kinds are known
        // from the prefix counts without visiting them.
        const auto kinds = m_index.kindsIn(il, i, j);
        int filtered[TimelineKindCount] = {};
        for (int k = 0; k < TimelineKindCount; ++k)
            filtered[k] = (m_kinds & (1u << unsigned(k))) ? kinds[size_t(k)] : 0;
        const Kind kind = TimelineStyle::dominant(filtered);
        if (shown == 1) {
            m_shapes.push_back({bucketX, 0, kind, false});
            ++m_lastFrame.singles;
            i = j;
            continue;
        }
        // How far the group's repeated events last, drawn like a bar (all kinds only:
        // the maxima are not kept per kind). Its colour is that of the longest one when
        // the group is small enough to find it, the group's otherwise.
        if (m_kinds == AllKinds) {
            const qint64 last = m_index.maxLastIn(il, i, j);
            // Shorter than a mark it would hide under the group's block anyway.
            if (last > columnEnd && xOf(last) - bucketX > MarkSize) {
                Kind trailKind = kind;
                for (int k = i; k < std::min(j, i + 64); ++k) {
                    if (marks[size_t(k)].lastMs == last) {
                        trailKind = marks[size_t(k)].kind;
                        break;
                    }
                }
                drawBar(bucketX, std::min(xOf(last), area.right() + 8.0), trailKind);
            }
        }
        // Taller for more events, so dense stretches read as a histogram.
        const double height =
            std::clamp(MarkSize + 2.5 * std::log2(double(shown)), MarkSize, LaneHeight - 4.0);
        m_shapes.push_back({bucketX, height, kind, false});
        addLabel(bucketX + BucketPx / 2.0 + 1, QString::number(shown));
        ++m_lastFrame.aggregates;
        m_lastFrame.aggregatedEvents += shown;
        i = j;
    }

    // Groups: crisp blocks, one fill each.
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const PendingShape &shape : m_shapes) {
        if (shape.height <= 0)
            continue;
        const QColor colour = TimelineStyle::colour(shape.kind, dark);
        const QRect block(int(std::lround(shape.x - BucketPx / 2.0)) + 1,
                          int(std::lround(cy - shape.height / 2)), BucketPx - 1,
                          int(std::lround(shape.height)));
        painter.fillRect(block, colour.darker(dark ? 150 : 120));
        painter.fillRect(block.adjusted(1, 1, -1, -1), colour);
    }
    // Single marks: blits of a pre-drawn sprite per kind, far cheaper than
    // antialiased outlines when thousands share a frame.
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    for (const PendingShape &shape : m_shapes) {
        if (shape.height > 0)
            continue;
        const QPixmap &sprite = spriteFor(shape.kind, dark, ratio);
        const double half = sprite.width() / ratio / 2.0;
        painter.drawPixmap(QPointF(std::round(shape.x - half), std::round(cy - half)), sprite);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const PendingShape &shape : m_shapes) {
        if (shape.selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QPointF(shape.x, cy), MarkSize / 2 + 3.5, MarkSize / 2 + 3.5);
        }
    }

    // Counts, where they fit before the next mark.
    if (m_labels.empty())
        return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const double digit = metrics.horizontalAdvance(QLatin1Char('0'));
    painter.setPen(palette().color(QPalette::Text));
    const double baseline = cy + metrics.ascent() / 2.0 - 1;
    // Shapes and labels in the order of x: a repeated event's count sits at the end of
    // its bar, right of marks found after it, and bars reaching in from before the range
    // come first. Each label needs room up to the next shape and must start right of the
    // label drawn before it.
    m_shapeLefts.clear();
    for (const PendingShape &shape : m_shapes)
        m_shapeLefts.push_back(shape.x - (shape.height > 0 ? BucketPx / 2.0 : MarkSize / 2));
    std::sort(m_shapeLefts.begin(), m_shapeLefts.end());
    std::stable_sort(m_labels.begin(), m_labels.end(),
                     [](const PendingLabel &a, const PendingLabel &b) { return a.x < b.x; });
    double drawnUntil = -std::numeric_limits<double>::infinity();
    for (const PendingLabel &label : m_labels) {
        if (label.x < drawnUntil + 3)
            continue;
        const auto next = std::upper_bound(m_shapeLefts.cbegin(), m_shapeLefts.cend(), label.x);
        const double room =
            (next != m_shapeLefts.cend() ? *next : area.right() + 8.0) - label.x - 2;
        // Most labels of a dense lane do not fit: reject those without measuring.
        if (room < digit * double(label.text.size()))
            continue;
        const QStaticText &text = cachedText(label.text, small);
        if (text.size().width() + 3 > room)
            continue;
        const QPointF topLeft(label.x, baseline - metrics.ascent());
        painter.drawStaticText(topLeft, text);
        drawnUntil = label.x + text.size().width();
        m_lastFrame.labels.append(QRectF(topLeft, text.size()));
    }
}

} // namespace maestro::ui

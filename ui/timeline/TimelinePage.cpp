// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelinePage.h"
#include "app/i18n/LocaleFormat.h"

#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/timeaxis/TimeWindow.h"
#include "ui/timeline/TimelineStyle.h"
#include "ui/timeline/TimelineView.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace maestro::ui {

using history::TimelineEvent;

namespace {

/// Range changes are gathered this long before the store is asked.
constexpr int ReloadDelayMs = 120;

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString localTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return i18n::dateTimeWithSeconds(time);
}

} // namespace

TimelinePage::TimelinePage(QWidget *parent)
    : QWidget(parent)
    , m_view(new TimelineView(this))
{
    setObjectName(QStringLiteral("timelinePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(6);

    // Title, range presets, live, node filter, count.
    auto *toolbar = new QHBoxLayout;
    auto *title = new QLabel(tr("Timeline"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    toolbar->addWidget(title);
    toolbar->addSpacing(16);
    m_rangeButtons = new QButtonGroup(this);
    m_rangeButtons->setExclusive(false); // none is checked once the user zooms away
    for (TimeWindow::Preset preset : TimeWindow::presets()) {
        auto *button = new QToolButton(this);
        button->setText(TimeWindow::presetText(preset));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("timelineRange_") + QString::number(int(preset)));
        button->setAccessibleName(tr("Show the last %1").arg(TimeWindow::presetText(preset)));
        m_rangeButtons->addButton(button, int(preset));
        toolbar->addWidget(button);
    }
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_window)
            m_window->setPreset(TimeWindow::Preset(id));
        updateRangeButtons();
    });
    m_liveButton = new QToolButton(this);
    m_liveButton->setObjectName(QStringLiteral("timelineLiveButton"));
    m_liveButton->setText(tr("Live"));
    m_liveButton->setToolTip(tr("Follow the present (Home)"));
    m_liveButton->setCheckable(true);
    m_liveButton->setChecked(true);
    m_liveButton->setAutoRaise(true);
    connect(m_liveButton, &QToolButton::toggled, this, [this](bool on) {
        if (m_window && m_window->following() != on)
            m_window->setFollowing(on);
    });
    toolbar->addWidget(m_liveButton);
    toolbar->addStretch(1);
    m_nodeFilter = new QLineEdit(this);
    m_nodeFilter->setObjectName(QStringLiteral("timelineNodeFilter"));
    m_nodeFilter->setAccessibleName(tr("Filter nodes"));
    m_nodeFilter->setPlaceholderText(tr("Filter nodes"));
    m_nodeFilter->setClearButtonEnabled(true);
    m_nodeFilter->setMaximumWidth(220);
    connect(m_nodeFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_view->setNodeFilter(text);
        refreshCount();
    });
    toolbar->addWidget(m_nodeFilter);
    toolbar->addSpacing(8);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("timelineCount"));
    // As wide as a large count needs, so the toolbar does not shift as the number grows.
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(tr("%Ln event(s) in range", nullptr, 9999999)) +
        8);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    toolbar->addWidget(m_count);
    layout->addLayout(toolbar);

    // The kinds as chips: the legend and the filter in one.
    // They wrap onto a second line rather than widen the page past a laptop's screen.
    auto *chips = new FlowLayout(nullptr, 2, 2);
    auto *showLabel = new QLabel(tr("Show:"), this);
    chips->addWidget(showLabel);
    for (Kind kind : TimelineStyle::kindsInLegendOrder()) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("timelineKind_") + TimelineEvent::kindKey(kind));
        chip->setText(TimelineEvent::kindText(kind));
        chip->setAccessibleName(tr("Show %1").arg(TimelineEvent::kindText(kind)));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setCheckable(true);
        chip->setChecked(true);
        chip->setAutoRaise(true);
        connect(chip, &QToolButton::toggled, this, &TimelinePage::applyKindFilter);
        m_kindChips.insert(int(kind), chip);
        chips->addWidget(chip);
    }
    layout->addLayout(chips);
    refreshKindIcons();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(buildDetails());
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 280});
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_view);

    connect(m_view, &TimelineView::selectionChanged, this, &TimelinePage::refreshDetails);
    connect(m_view, &TimelineView::laneActivated, this, [this](const QString &node) {
        if (!node.isEmpty())
            Q_EMIT nodeActivated(node);
    });

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &TimelinePage::reload);
    // The lanes follow the nodes while the page shows; hidden, once when it is shown.
    m_nodesRefresh = new RefreshWhenShown(this, [this] { refreshNodes(); });
    refreshDetails();
    refreshCount();
}

TimelinePage::~TimelinePage() = default;

QWidget *TimelinePage::buildDetails()
{
    m_detailsStack = new QStackedWidget(this);
    m_detailsStack->setObjectName(QStringLiteral("timelineDetails"));
    m_detailsStack->setMinimumWidth(220);

    auto *empty = new QLabel(tr("Click an event to see its details."), m_detailsStack);
    empty->setObjectName(QStringLiteral("timelineDetailsEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_detailsStack->addWidget(empty);

    auto *details = new QWidget(m_detailsStack);
    auto *column = new QVBoxLayout(details);
    column->setContentsMargins(12, 4, 4, 4);
    m_detailReason = valueLabel(QStringLiteral("detailReason"), details);
    QFont reasonFont = m_detailReason->font();
    reasonFont.setPointSizeF(reasonFont.pointSizeF() * 1.2);
    reasonFont.setBold(true);
    m_detailReason->setFont(reasonFont);
    column->addWidget(m_detailReason);
    m_detailKind = new QLabel(details);
    m_detailKind->setObjectName(QStringLiteral("detailKind"));
    column->addWidget(m_detailKind);
    m_detailMessage = valueLabel(QStringLiteral("detailMessage"), details);
    m_detailMessage->setContentsMargins(0, 6, 0, 6);
    column->addWidget(m_detailMessage);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    m_detailObject = valueLabel(QStringLiteral("detailObject"), details);
    form->addRow(tr("Object:"), m_detailObject);
    m_detailNode = new QLabel(details);
    m_detailNode->setObjectName(QStringLiteral("detailNode"));
    m_detailNode->setTextFormat(Qt::RichText);
    // Wrapped like the other values (a node's name breaks at its hyphens): a label as
    // wide as the longest name would make the form wider than the panel, and the form
    // would then give every wrapped value the height of one line and cut the rest off.
    m_detailNode->setWordWrap(true);
    m_detailNode->setToolTip(tr("Show this server"));
    connect(m_detailNode, &QLabel::linkActivated, this, [this](const QString &) {
        Q_EMIT nodeActivated(m_detailNode->property("node").toString());
    });
    form->addRow(tr("Node:"), m_detailNode);
    m_detailCount = valueLabel(QStringLiteral("detailCount"), details);
    form->addRow(tr("Count:"), m_detailCount);
    m_detailFirstSeen = valueLabel(QStringLiteral("detailFirstSeen"), details);
    form->addRow(tr("First seen:"), m_detailFirstSeen);
    m_detailLastSeen = valueLabel(QStringLiteral("detailLastSeen"), details);
    form->addRow(tr("Last seen:"), m_detailLastSeen);
    column->addLayout(form);
    column->addStretch(1);
    m_detailsStack->addWidget(details);
    return m_detailsStack;
}

void TimelinePage::setHistory(history::HistoryStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    ++m_querySerial; // an answer from the previous store no longer applies
    m_loading = false;
    m_loaded = false;
    m_appendedDuringQuery.clear();
    m_view->index().clear();
    m_view->eventsChanged();
    if (m_store) {
        connect(m_store, &history::HistoryStore::eventsAppended, this,
                &TimelinePage::onEventsAppended);
        connect(m_store, &history::HistoryStore::stateChanged, this, [this] { scheduleReload(); });
        reload();
    }
    refreshDetails();
    refreshCount();
}

void TimelinePage::setTimeWindow(TimeWindow *window)
{
    if (m_window == window)
        return;
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    m_view->setTimeWindow(window);
    if (m_window) {
        connect(m_window, &TimeWindow::changed, this, &TimelinePage::onWindowChanged);
        connect(m_window, &TimeWindow::followingChanged, this, [this](bool following) {
            const QSignalBlocker blocker(m_liveButton);
            m_liveButton->setChecked(following);
        });
        m_liveButton->setChecked(m_window->following());
    }
    updateRangeButtons();
    m_loaded = false;
    reload();
}

void TimelinePage::setConnection(kube::ClusterConnection *connection)
{
    if (m_connection == connection)
        return;
    if (m_connection && m_connection->nodes())
        disconnect(m_connection->nodes(), nullptr, this, nullptr);
    m_connection = connection;
    if (m_connection && m_connection->nodes()) {
        const auto refresh = [this] { m_nodesRefresh->request(); };
        connect(m_connection->nodes(), &kube::InformerBase::changed, this, refresh);
        connect(m_connection->nodes(), &kube::InformerBase::synced, this, refresh);
    }
    m_nodesRefresh->request();
}

void TimelinePage::refreshNodes()
{
    QStringList masters;
    QStringList workers;
    if (m_connection && m_connection->nodes()) {
        const auto &nodes = m_connection->nodes()->items();
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            if (it->role() == kube::NodeRole::Worker)
                workers << it->meta.name;
            else
                masters << it->meta.name;
        }
    }
    m_view->setNodes(masters, workers);
    refreshCount();
}

bool TimelinePage::selectEvent(const QString &key)
{
    if (!m_view->index().find(key))
        return false;
    m_view->select(key);
    return m_view->selectedKey() == key;
}

QString TimelinePage::selectedKey() const
{
    return m_view->selectedKey();
}

void TimelinePage::setKindShown(Kind kind, bool shown)
{
    if (QToolButton *chip = m_kindChips.value(int(kind)))
        chip->setChecked(shown);
}

bool TimelinePage::isKindShown(Kind kind) const
{
    return (m_view->kindFilter() & kindBit(kind)) != 0;
}

void TimelinePage::setNodeFilter(const QString &text)
{
    m_nodeFilter->setText(text);
}

void TimelinePage::applyKindFilter()
{
    KindMask mask = 0;
    for (auto it = m_kindChips.cbegin(); it != m_kindChips.cend(); ++it) {
        if (it.value()->isChecked())
            mask |= kindBit(Kind(it.key()));
    }
    m_view->setKindFilter(mask);
    // A selection of a hidden kind would show details of a mark that is not there.
    if (const TimelineEvent *selected = m_view->index().find(m_view->selectedKey())) {
        if (!(mask & kindBit(selected->kind)))
            m_view->select(QString());
    }
    refreshCount();
}

QString TimelinePage::countText() const
{
    return m_count->text();
}

void TimelinePage::refreshCount()
{
    if (!m_window) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("%Ln event(s) in range", nullptr, m_view->countInRange()));
}

void TimelinePage::updateRangeButtons()
{
    for (QAbstractButton *button : m_rangeButtons->buttons()) {
        const int id = m_rangeButtons->id(button);
        button->setChecked(m_window && m_window->following() &&
                           TimeWindow::presetMs(TimeWindow::Preset(id)) == m_window->spanMs());
    }
}

void TimelinePage::onWindowChanged()
{
    updateRangeButtons();
    refreshCount();
    if (!m_window)
        return;
    const bool covered =
        m_loaded && m_window->fromMs() >= m_loadedFromMs && m_window->toMs() <= m_loadedToMs;
    // A span far narrower than what is loaded also asks again, so that the cache
    // shrinks back after zooming in from a week to minutes.
    const bool tooWide = m_loaded && (m_loadedToMs - m_loadedFromMs) > 8 * m_window->spanMs() &&
                         (m_loadedToMs - m_loadedFromMs) > 6 * 3600 * 1000LL;
    if (!covered || tooWide)
        scheduleReload();
}

void TimelinePage::scheduleReload()
{
    m_reloadTimer.start();
}

void TimelinePage::reload()
{
    m_reloadTimer.stop();
    if (!m_store || !m_window || !m_store->isOpen())
        return;
    // The window plus one span on each side: panning and zooming out a step need no
    // query, and the cache stays bounded by three spans.
    const qint64 span = m_window->spanMs();
    const qint64 from = m_window->fromMs() - span;
    const qint64 to = std::max(m_window->toMs(), m_window->nowMs()) + span;
    const int serial = ++m_querySerial;
    m_loading = true;
    m_appendedDuringQuery.clear();
    m_store->queryEvents(
        QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC),
        {}, {}, this,
        [this, serial, from, to](const QList<TimelineEvent> &events, const QString &) {
            if (serial != m_querySerial)
                return; // a newer range was asked for meanwhile
            m_loading = false;
            m_loaded = true;
            m_loadedFromMs = from;
            m_loadedToMs = to;
            TimelineIndex &index = m_view->index();
            index.reset(events);
            for (const TimelineEvent &event : std::as_const(m_appendedDuringQuery))
                index.upsert(event);
            m_appendedDuringQuery.clear();
            m_view->eventsChanged();
            if (!m_view->selectedKey().isEmpty() && !index.find(m_view->selectedKey()))
                m_view->select(QString());
            refreshDetails();
            refreshCount();
            Q_EMIT reloaded();
        });
}

void TimelinePage::onEventsAppended(const QList<TimelineEvent> &events)
{
    bool changed = false;
    const bool following = m_window && m_window->following();
    for (const TimelineEvent &event : events) {
        if (m_loading)
            m_appendedDuringQuery.append(event);
        const qint64 last =
            (event.lastSeen.isValid() ? event.lastSeen : event.firstSeen).toMSecsSinceEpoch();
        const qint64 first =
            (event.firstSeen.isValid() ? event.firstSeen : event.lastSeen).toMSecsSinceEpoch();
        // Outside what is loaded it would be a hole in the middle of nothing; a later
        // query brings it when the window gets there.
        const bool inLoaded = m_loaded && last >= m_loadedFromMs && first <= m_loadedToMs;
        if (inLoaded || following || m_view->index().find(event.key))
            changed = m_view->index().upsert(event) || changed;
    }
    if (!changed)
        return;
    m_view->eventsChanged();
    refreshDetails();
    refreshCount();
}

void TimelinePage::refreshDetails()
{
    const TimelineEvent *event = m_view->index().find(m_view->selectedKey());
    if (!event) {
        m_detailsStack->setCurrentIndex(0);
        return;
    }
    m_detailsStack->setCurrentIndex(1);
    m_detailReason->setText(event->reason.isEmpty() ? tr("(no reason)") : event->reason);
    const bool dark = TimelineStyle::isDark(palette());
    m_detailKind->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                              .arg(TimelineStyle::colour(event->kind, dark).name(),
                                   TimelineEvent::kindText(event->kind).toHtmlEscaped()));
    m_detailMessage->setText(event->message);
    m_detailObject->setText(event->object.isEmpty() ? tr("—") : event->object);
    m_detailNode->setProperty("node", event->node);
    m_detailNode->setText(
        event->node.isEmpty()
            ? tr("(the cluster)")
            : QStringLiteral("<a href=\"node\" style=\"color:%1\">%2</a>")
                  .arg(palette().color(QPalette::Link).name(), event->node.toHtmlEscaped()));
    m_detailCount->setText(QLocale().toString(event->count));
    m_detailFirstSeen->setText(localTime(event->firstSeen));
    m_detailLastSeen->setText(localTime(event->lastSeen));
}

void TimelinePage::refreshKindIcons()
{
    const bool dark = TimelineStyle::isDark(palette());
    for (auto it = m_kindChips.cbegin(); it != m_kindChips.cend(); ++it)
        it.value()->setIcon(TimelineStyle::icon(Kind(it.key()), dark));
}

void TimelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        refreshKindIcons();
        refreshDetails();
    }
    QWidget::changeEvent(event);
}

} // namespace maestro::ui

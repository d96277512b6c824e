// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RefreshWhenShown.h"

#include <QEvent>

#include <algorithm>

namespace maestro::ui {

RefreshWhenShown::RefreshWhenShown(QWidget *page, std::function<void()> refresh)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
    m_deferred.setSingleShot(true);
    connect(&m_deferred, &QTimer::timeout, this, [this] {
        if (isPageShown())
            refreshNow();
        else
            m_stale = true; // hidden meanwhile: when shown again
    });
}

void RefreshWhenShown::setMinimumInterval(int ms)
{
    m_minimumIntervalMs = std::max(0, ms);
}

void RefreshWhenShown::request()
{
    if (!isPageShown()) {
        m_stale = true;
        return;
    }
    if (m_deferred.isActive())
        return; // the refresh at the end of the interval covers this one too
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : -1;
    if (m_minimumIntervalMs > 0 && since >= 0 && since < m_minimumIntervalMs) {
        m_deferred.start(int(m_minimumIntervalMs - since));
        return;
    }
    refreshNow();
}

void RefreshWhenShown::refreshNow()
{
    m_stale = false;
    m_deferred.stop();
    m_sinceRefresh.start();
    m_refresh();
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // Show arrives when the page itself or any of its ancestors is shown, before the
    // first paint.
    if (watched == m_page && event->type() == QEvent::Show && (m_stale || m_deferred.isActive()))
        refreshNow();
    return QObject::eventFilter(watched, event);
}

} // namespace maestro::ui

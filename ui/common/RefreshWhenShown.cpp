// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RefreshWhenShown.h"

#include <QEvent>

namespace maestro::ui {

RefreshWhenShown::RefreshWhenShown(QWidget *page, std::function<void()> refresh)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (isPageShown()) {
        m_stale = false;
        m_refresh();
        return;
    }
    m_stale = true;
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // Show arrives when the page itself or any of its ancestors is shown, before the
    // first paint.
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace maestro::ui

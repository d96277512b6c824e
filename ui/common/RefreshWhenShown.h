// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace maestro::ui {

/**
 * Runs a page's refresh only while the page is on screen. The Application page keeps
 * one section in front; the others used to rebuild their contents for every informer
 * batch all the same (at 5,000 nodes and 150,000 pods, seconds of the UI thread while
 * syncing, and the work a keystroke in the Pods filter waited behind before its
 * repaint). A request while the page is hidden (another section in front, the window
 * on another page) marks it stale; the refresh runs when the page is shown again,
 * before it is painted, so it never shows what it showed when it was hidden.
 */
class RefreshWhenShown : public QObject
{
    Q_OBJECT
public:
    RefreshWhenShown(QWidget *page, std::function<void()> refresh);

    /// Refreshes now when the page is visible; otherwise once it is shown.
    void request();
    /// While shown, refreshes at most once per `ms`: a request within `ms` of the last
    /// refresh runs when they have passed (once for any number of requests). For a page
    /// that sums up the whole cluster, which informer batches would otherwise have
    /// recounted ten times a second. Being shown still refreshes at once.
    void setMinimumInterval(int ms);
    /// Whether a request waits for the page to be shown.
    bool isStale() const { return m_stale; }
    bool isPageShown() const { return m_page && m_page->isVisible(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshNow();

    QPointer<QWidget> m_page;
    std::function<void()> m_refresh;
    bool m_stale = false;
    int m_minimumIntervalMs = 0;
    QElapsedTimer m_sinceRefresh;
    QTimer m_deferred; ///< a request within the interval, run when it ends
};

} // namespace maestro::ui

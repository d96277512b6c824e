// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;
class QSystemTrayIcon;

namespace maestro::ui {

/**
 * Desktop notifications for what a person wants to know while the window is in the
 * background: a critical finding, an operation that finished. Through the desktop's
 * notification area (QSystemTrayIcon::showMessage) where there is one, else in the
 * window's status bar; nothing at all when Preferences turned them off.
 */
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Critical };

    explicit Notifier(QMainWindow *window);

    /// Returns whether the notification went out (false when turned off).
    bool notify(Kind kind, const QString &title, const QString &message);

Q_SIGNALS:
    /// Every notification that went out, however it was shown.
    void notified(const QString &title, const QString &message);

private:
    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace maestro::ui

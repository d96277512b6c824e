// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notifications/Notifier.h"

#include "ui/preferences/Preferences.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace maestro::ui {

Notifier::Notifier(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{}

bool Notifier::notify(Kind kind, const QString &title, const QString &message)
{
    // Read each time: Preferences applies at once.
    if (!preferences::notificationsEnabled())
        return false;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
            m_tray->setToolTip(tr("Maestro Desktop"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            });
        }
        m_tray->show();
        const QSystemTrayIcon::MessageIcon icon = kind == Kind::Critical ? QSystemTrayIcon::Critical
                                                  : kind == Kind::Warning
                                                      ? QSystemTrayIcon::Warning
                                                      : QSystemTrayIcon::Information;
        m_tray->showMessage(title, message, icon, 10000);
    } else {
        m_window->statusBar()->showMessage(title + QStringLiteral(": ") + message, 15000);
    }
    Q_EMIT notified(title, message);
    return true;
}

} // namespace maestro::ui

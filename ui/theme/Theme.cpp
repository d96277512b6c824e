// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace maestro::ui {

QPalette paletteFor(ThemeMode mode)
{
    if (mode == ThemeMode::System)
        return QApplication::style()->standardPalette();
    QPalette p;
    if (mode == ThemeMode::Light) {
        p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
        p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
        p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
        p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
        p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
        p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    } else {
        p.setColor(QPalette::Window, QColor(0x1e, 0x21, 0x26));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
        p.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
        p.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x2b));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
        p.setColor(QPalette::Button, QColor(0x2a, 0x2e, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
        p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x9c, 0xa3, 0xaf));
        p.setColor(QPalette::Mid, QColor(0x3a, 0x3f, 0x47));
        p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
        p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
        p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2e, 0x35));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    }
    return p;
}

std::optional<ThemeMode> themeFromName(const QString &name)
{
    if (name.isEmpty() || name == u"system")
        return ThemeMode::System;
    if (name == u"light")
        return ThemeMode::Light;
    if (name == u"dark")
        return ThemeMode::Dark;
    return std::nullopt;
}

QString themeName(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light:
        return QStringLiteral("light");
    case ThemeMode::Dark:
        return QStringLiteral("dark");
    case ThemeMode::System:
        break;
    }
    return QStringLiteral("system");
}

namespace {

ThemeMode s_current = ThemeMode::System;
/// The platform's style, remembered before light or dark replaced it.
QString s_platformStyle;

} // namespace

void applyTheme(ThemeMode mode)
{
    if (mode == s_current)
        return;
    if (s_platformStyle.isEmpty())
        s_platformStyle = QApplication::style()->name();
    s_current = mode;
    if (mode == ThemeMode::System) {
        // The platform's style and palette, as the desktop has them.
        QApplication::setStyle(QStyleFactory::create(s_platformStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(paletteFor(mode));
}

ThemeMode currentTheme()
{
    return s_current;
}

} // namespace maestro::ui

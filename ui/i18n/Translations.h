// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace maestro::ui {

/// The QSettings key of the language the user chose in Preferences: a code such as
/// "de", or empty (or absent) for the system's language.
inline constexpr char LanguageSettingsKey[] = "ui/language";

/// A language the app has a catalogue for.
struct Language
{
    QString code;       ///< "de", "en", ...: what LanguageSettingsKey and --lang take
    QString nativeName; ///< "Deutsch", "English", ...: how its speakers call it
};

/// English plus every language compiled into the app, sorted by code.
QList<Language> availableLanguages();

/**
 * The language to start in: the command line's `--lang xx` (or `--lang=xx`) when
 * given, else the one chosen in Preferences (LanguageSettingsKey), else empty for the
 * system's. It reads the arguments itself so that the translations are in place
 * before QCommandLineParser prints --help.
 */
QString chooseLanguage(const QStringList &arguments);

/**
 * Installs the app's translations on the running application: Qt's own (qtbase)
 * for the locale, the English catalogue (it carries the plural forms of every
 * "%n" message), then the language's own catalogue when there is one. Numbers
 * and dates follow the same locale (QLocale's default).
 * `language` empty means the system locale. Calling it again replaces what the
 * previous call installed. Returns the locale in use ("de_DE").
 */
QString installTranslations(const QString &language = {});

} // namespace maestro::ui

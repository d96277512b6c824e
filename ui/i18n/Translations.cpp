// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace maestro::ui {

namespace {

/// Where qt_add_translations puts the compiled catalogues (ui/CMakeLists.txt).
constexpr auto CatalogueDirectory = ":/i18n";

/// What the last installTranslations() installed, so that a new call replaces it.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void install(const QString &name, const QLocale &locale, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        installed().append(translator);
    } else {
        delete translator;
    }
}

/// How a language's speakers call it, as a language menu lists it ("Español", where
/// QLocale says "español de España").
QString nativeName(const QString &code)
{
    static const QHash<QString, QString> known{{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("es"), QStringLiteral("Español")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")}};
    QString name = known.value(code, QLocale(code).nativeLanguageName());
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    static const QRegularExpression catalogue(QStringLiteral("^maestro_([a-z]{2,3})\\.qm$"));
    const QStringList files =
        QDir(QLatin1String(CatalogueDirectory)).entryList({QStringLiteral("maestro_*.qm")});
    for (const QString &file : files) {
        const auto match = catalogue.match(file);
        if (!match.hasMatch() || match.captured(1) == QLatin1String("en"))
            continue;
        languages.append({match.captured(1), nativeName(match.captured(1))});
    }
    std::sort(languages.begin(), languages.end(),
              [](const Language &a, const Language &b) { return a.code < b.code; });
    return languages;
}

QString chooseLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(option + u'='))
            return arguments[i].mid(option.size() + 1);
    }
    return QSettings().value(QLatin1String(LanguageSettingsKey)).toString();
}

QString installTranslations(const QString &language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Numbers and dates in tables, charts and reports use QLocale(): the same locale.
    QLocale::setDefault(locale);
    install(QStringLiteral("qtbase"), locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English first: the source texts are English, but their plural forms ("%n
    // server(s)") are only right through a catalogue.
    const QString directory = QLatin1String(CatalogueDirectory);
    install(QStringLiteral("maestro"), QLocale(QLocale::English), directory);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        install(QStringLiteral("maestro"), locale, directory);
    return locale.name();
}

} // namespace maestro::ui

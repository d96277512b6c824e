// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace maestro::ui {

namespace {

void install(const QString &name, const QLocale &locale, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    install(QStringLiteral("qtbase"), locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English first: the source texts are English, but their plural forms ("%n
    // server(s)") are only right through a catalogue.
    install(QStringLiteral("maestro"), QLocale(QLocale::English), QStringLiteral(":/i18n"));
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        install(QStringLiteral("maestro"), locale, QStringLiteral(":/i18n"));
    return locale.name();
}

} // namespace maestro::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues against the sources: scripts/update-translations.sh refreshes copies
// of translations/*.ts in a scratch folder from app/ and ui/ as they are now, and every
// message must be there, translated, with the placeholders and plural forms of its
// source. A failure names each string and what is wrong with it. Then the catalogues
// compiled into the app: loaded, switched, and driving plurals and number formats.

#include "ui/i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace maestro::ui;
using namespace Qt::StringLiterals;

namespace {

/// The languages translated in full; English holds only the plural forms.
const QStringList Languages{u"de"_s, u"es"_s, u"fr"_s};

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool vanished = false; ///< type="obsolete" or "vanished": gone from the sources
    QStringList forms;     ///< the translation, or its plural forms
};

/// "[context] source" as a failure names a message.
QString describe(const Message &m)
{
    return u"[%1] \"%2\""_s.arg(m.context, m.source);
}

/// The messages of a .ts file in file order, keyed by context and source.
QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == u"unfinished";
                current.vanished = type == u"obsolete" || type == u"vanished";
                if (!current.numerus)
                    current.forms << xml.readElementText();
            } else if (name == u"numerusform") {
                current.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

/// The placeholders of a text, sorted: "%1", "%L2", "%n", "%Ln".
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

/// The accelerator marks of a text ("&File" has one; "&&" is a literal ampersand).
int accelerators(const QString &text)
{
    QString rest = text;
    rest.remove(u"&&"_s);
    return int(rest.count(u'&'));
}

QString translationsDir()
{
    return QStringLiteral(MAESTRO_SOURCE_DIR "/translations");
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogueIsCurrentAndComplete_data();
    void catalogueIsCurrentAndComplete();
    void translationsKeepPlaceholdersAndForms_data();
    void translationsKeepPlaceholdersAndForms();
    void compiledCataloguesAreInstalled();
    void pluralsFollowTheLanguage();
    void languageComesFromArgumentsThenSettings();
    void availableLanguagesNameThemselves();

private:
    QTemporaryDir m_scratch;
    QString m_updateOutput;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    // lupdate over the whole of app/ and ui/ takes well under a second.
    QProcess update;
    update.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LUPDATE"_s, QStringLiteral(MAESTRO_LUPDATE));
    update.setProcessEnvironment(env);
    update.start(u"bash"_s, {QStringLiteral(MAESTRO_SOURCE_DIR "/scripts/update-translations.sh"),
                             u"--into"_s, m_scratch.path()});
    QVERIFY2(update.waitForFinished(120000), "update-translations.sh did not finish");
    m_updateOutput = QString::fromUtf8(update.readAll());
    QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
             qPrintable(m_updateOutput));
}

void tst_Translations::catalogueIsCurrentAndComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages + QStringList{u"en"_s})
        QTest::newRow(qPrintable(language)) << language;
}

void tst_Translations::catalogueIsCurrentAndComplete()
{
    QFETCH(QString, language);
    const QString file = u"maestro_%1.ts"_s.arg(language);
    QString error;
    const QList<Message> committed = readCatalogue(translationsDir() + u'/' + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> current = readCatalogue(m_scratch.filePath(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!current.isEmpty(), qPrintable(file + u" has no messages: "_s + m_updateOutput));

    QMap<QPair<QString, QString>, Message> inCommitted;
    for (const Message &m : committed)
        inCommitted.insert({m.context, m.source}, m);
    QStringList problems;
    for (const Message &m : current) {
        const auto key = qMakePair(m.context, m.source);
        if (!inCommitted.contains(key))
            problems << u"missing (new in the code): "_s + describe(m);
        else if (m.unfinished || m.forms.join(QString()).isEmpty())
            problems << u"unfinished: "_s + describe(m);
        inCommitted.remove(key);
    }
    for (const Message &m : std::as_const(inCommitted))
        problems << u"obsolete (no longer in the code): "_s + describe(m);
    for (const Message &m : committed) {
        if (m.vanished)
            problems << u"obsolete entry kept: "_s + describe(m);
    }
    if (!problems.isEmpty()) {
        problems.prepend(u"%1 is not current (%2 problems); run scripts/update-translations.sh, "
                         "then --list-unfinished:"_s.arg(file)
                             .arg(problems.size()));
        QFAIL(qPrintable(problems.join(u"\n  "_s)));
    }
}

void tst_Translations::translationsKeepPlaceholdersAndForms_data()
{
    catalogueIsCurrentAndComplete_data();
}

void tst_Translations::translationsKeepPlaceholdersAndForms()
{
    QFETCH(QString, language);
    QString error;
    const QString file = u"maestro_%1.ts"_s.arg(language);
    const QList<Message> messages = readCatalogue(translationsDir() + u'/' + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : messages) {
        if (m.unfinished)
            continue; // the completeness test names these
        // German, French and Spanish (and English) have two plural forms.
        if (m.numerus && m.forms.size() != 2)
            problems << u"%1 plural forms instead of 2: "_s.arg(m.forms.size()) + describe(m);
        for (const QString &form : m.forms) {
            if (placeholders(form) != placeholders(m.source))
                problems << u"placeholders %1 instead of %2 in \"%3\": "_s.arg(
                                placeholders(form).join(u' '), placeholders(m.source).join(u' '),
                                form) +
                                describe(m);
            if (accelerators(form) != accelerators(m.source))
                problems << u"%1 accelerator marks (&) instead of %2 in \"%3\": "_s
                                    .arg(accelerators(form))
                                    .arg(accelerators(m.source))
                                    .arg(form) +
                                describe(m);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(file + u":\n  "_s + problems.join(u"\n  "_s)));
}

void tst_Translations::compiledCataloguesAreInstalled()
{
    // Each language's own words, the app's and Qt's (qtbase, from qt6-translations-l10n).
    const QMap<QString, QStringList> expected{
        {u"de"_s, {u"Server"_s, u"+ Hochskalieren"_s, u"Abbrechen"_s}},
        {u"fr"_s, {u"Serveurs"_s, u"+ Mise à l'échelle"_s, u"Annuler"_s}},
        {u"es"_s, {u"Servidores"_s, u"+ Escalar"_s, u"Cancelar"_s}},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(installTranslations(it.key()).left(2), it.key());
        QCOMPARE(QCoreApplication::translate("maestro::ui::ServersPage", "Servers"),
                 it.value().at(0));
        QCOMPARE(QCoreApplication::translate("maestro::ui::ServersPage", "+ Scale up"),
                 it.value().at(1));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), it.value().at(2));
        // Core messages (app/, no widgets) come from the same catalogue.
        QVERIFY(QCoreApplication::translate("maestro::kube::ClusterConnection", "Connected") !=
                u"Connected"_s);
    }
    // Numbers follow the language: the tables, charts and reports use QLocale().
    installTranslations(u"de"_s);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
    installTranslations(u"fr"_s);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1\u202f234,5"_s);
    // Back to English replaces, not adds to, what was installed.
    installTranslations(u"en"_s);
    QCOMPARE(QCoreApplication::translate("maestro::ui::ServersPage", "Servers"), u"Servers"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1,234.5"_s);
}

void tst_Translations::pluralsFollowTheLanguage()
{
    auto servers = [](int n) {
        return QCoreApplication::translate("maestro::ui::DashboardPage", "%n server(s)", nullptr,
                                           n);
    };
    installTranslations(u"en"_s);
    QCOMPARE(servers(1), u"1 server"_s);
    QCOMPARE(servers(3), u"3 servers"_s);
    installTranslations(u"fr"_s);
    QCOMPARE(servers(0), u"0 serveur"_s); // French counts 0 as singular
    QCOMPARE(servers(2), u"2 serveurs"_s);
    installTranslations(u"es"_s);
    QCOMPARE(servers(0), u"0 servidores"_s);
    QCOMPARE(servers(1), u"1 servidor"_s);
    installTranslations(u"de"_s);
    QCOMPARE(QCoreApplication::translate("maestro::advisor::Checks",
                                         "%n pod(s) waiting for a node for more than %1", nullptr,
                                         2)
                 .arg(u"5 min"_s),
             u"2 Pods warten seit mehr als 5 min auf einen Knoten"_s);
    installTranslations(u"en"_s);
}

void tst_Translations::languageComesFromArgumentsThenSettings()
{
    QSettings settings;
    settings.remove(QLatin1String(LanguageSettingsKey));
    const QString app = u"maestro"_s;
    QCOMPARE(chooseLanguage({app}), QString()); // the system's
    settings.setValue(QLatin1String(LanguageSettingsKey), u"fr"_s);
    QCOMPARE(chooseLanguage({app}), u"fr"_s);
    QCOMPARE(chooseLanguage({app, u"--lang"_s, u"de"_s}), u"de"_s);
    QCOMPARE(chooseLanguage({app, u"--demo"_s, u"--lang=es"_s}), u"es"_s);
    QCOMPARE(chooseLanguage({app, u"--lang"_s}), u"fr"_s); // no value: QCommandLineParser says so
    settings.remove(QLatin1String(LanguageSettingsKey));
}

void tst_Translations::availableLanguagesNameThemselves()
{
    QStringList shown;
    for (const Language &language : availableLanguages())
        shown << language.code + u'=' + language.nativeName;
    QCOMPARE(shown,
             (QStringList{u"de=Deutsch"_s, u"en=English"_s, u"es=Español"_s, u"fr=Français"_s}));
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tst_Translations"));
    QStandardPaths::setTestModeEnabled(true);
    tst_Translations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_Translations.moc"

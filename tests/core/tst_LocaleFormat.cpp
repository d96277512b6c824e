// SPDX-License-Identifier: GPL-3.0-or-later
// Percentages and clock times as each of the app's languages writes them (CLDR's
// patterns), so that no translated text carries a hand-placed percent sign.

#include "app/i18n/LocaleFormat.h"

#include <QTest>

using namespace maestro;
using namespace Qt::StringLiterals;

class tst_LocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percent_data();
    void percent();
    void timeHasSecondsAndNoZone_data();
    void timeHasSecondsAndNoZone();
    void clockOnAxesFollowsTheLanguage_data();
    void clockOnAxesFollowsTheLanguage();
};

void tst_LocaleFormat::percent_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en_US"_s << 47.0 << 0 << u"47%"_s;
    QTest::newRow("en decimals") << u"en_US"_s << 1234.5 << 1 << u"1,234.5%"_s;
    QTest::newRow("de") << u"de_DE"_s << 47.0 << 0 << u"47\u00a0%"_s;
    QTest::newRow("de decimals") << u"de_DE"_s << 47.24 << 1 << u"47,2\u00a0%"_s;
    QTest::newRow("fr") << u"fr_FR"_s << 47.0 << 0 << u"47\u202f%"_s;
    QTest::newRow("es") << u"es_ES"_s << 75.0 << 0 << u"75\u00a0%"_s;
    QTest::newRow("C") << u"C"_s << 47.5 << 1 << u"47.5%"_s;
}

void tst_LocaleFormat::percent()
{
    QFETCH(QString, language);
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(i18n::percent(value, decimals, QLocale(language)), expected);
    QCOMPARE(i18n::percentOf(value / 100.0, decimals, QLocale(language)), expected);
}

void tst_LocaleFormat::timeHasSecondsAndNoZone_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en_US"_s << u"2:03:07\u202fPM"_s;
    QTest::newRow("de") << u"de_DE"_s << u"14:03:07"_s;
    QTest::newRow("fr") << u"fr_FR"_s << u"14:03:07"_s;
    QTest::newRow("es") << u"es_ES"_s << u"14:03:07"_s;
}

void tst_LocaleFormat::timeHasSecondsAndNoZone()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QString shown = i18n::timeWithSeconds(QTime(14, 3, 7), QLocale(language));
    // Qt's CLDR data differ in the space before AM/PM between versions: compare without it.
    QString normalised = shown;
    normalised.replace(u'\u202f', u' ');
    QString wanted = expected;
    wanted.replace(u'\u202f', u' ');
    QCOMPARE(normalised, wanted);
    const QString dateTime = i18n::dateTimeWithSeconds(
        QDateTime(QDate(2026, 12, 1), QTime(14, 3, 7), Qt::LocalTime), QLocale(language));
    QVERIFY2(dateTime.endsWith(shown), qPrintable(dateTime));
    QVERIFY2(dateTime.contains(u"26"_s), qPrintable(dateTime)); // the year, short or long
}

void tst_LocaleFormat::clockOnAxesFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("minutes");
    QTest::newRow("en") << u"en_US"_s << u"2:03 PM"_s;
    QTest::newRow("de") << u"de_DE"_s << u"14:03"_s;
    QTest::newRow("fr") << u"fr_FR"_s << u"14:03"_s;
    QTest::newRow("es") << u"es_ES"_s << u"14:03"_s;
}

void tst_LocaleFormat::clockOnAxesFollowsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, minutes);
    const QLocale locale(language);
    const QTime time(14, 3, 7);
    QString shown = locale.toString(time, i18n::clockFormat(false, locale));
    shown.replace(u'\u202f', u' ');
    QCOMPARE(shown, minutes);
    // With seconds: the same as the times shown elsewhere, so an axis and a detail agree.
    QCOMPARE(locale.toString(time, i18n::clockFormat(true, locale)),
             i18n::timeWithSeconds(time, locale));
}

QTEST_APPLESS_MAIN(tst_LocaleFormat)
#include "tst_LocaleFormat.moc"

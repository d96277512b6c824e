// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/quantity/Quantity.h"

#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace maestro;
using OptionalInt = std::optional<qint64>;
Q_DECLARE_METATYPE(OptionalInt)

namespace {
constexpr OptionalInt none = std::nullopt;
}

class tst_Quantity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void conversions_data();
    void conversions();
    void invalid_data();
    void invalid();
    void bytesFromJsonBuffer();
    void ordering();
};

void tst_Quantity::conversions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<OptionalInt>("millis");
    QTest::addColumn<OptionalInt>("nanos");
    QTest::addColumn<OptionalInt>("units");

    auto row = [](const char *text, OptionalInt millis, OptionalInt nanos, OptionalInt units) {
        QTest::newRow(text) << QString::fromLatin1(text) << millis << nanos << units;
    };

    // CPU as the API reports it.
    row("100m", 100, 100'000'000, 1);
    row("0.5", 500, 500'000'000, 1);
    row("2", 2000, 2'000'000'000, 2);
    row("329087452n", 330, 329'087'452, 1);
    row("1n", 1, 1, 1);
    row("1u", 1, 1000, 1);
    row("1500u", 2, 1'500'000, 1);
    row("250m", 250, 250'000'000, 1);

    // Memory.
    row("2748180Ki", 2'814'136'320'000, 2'814'136'320'000'000'000, 2'814'136'320);
    row("16318496Ki", 16'710'139'904'000, none, 16'710'139'904);
    row("1.5Gi", 1'610'612'736'000, 1'610'612'736'000'000'000, 1'610'612'736);
    row("1.1Ki", 1'126'400, 1'126'400'000'000, 1127); // fractional bytes round up
    row("0.5Ki", 512'000, 512'000'000'000, 512);
    row("100Mi", 104'857'600'000, 104'857'600'000'000'000, 104'857'600);
    row("1Ti", 1'099'511'627'776'000, none, 1'099'511'627'776);
    row("1Pi", 1'125'899'906'842'624'000, none, 1'125'899'906'842'624);
    row("1Ei", none, none, 1'152'921'504'606'846'976);
    row("7Ei", none, none, 8'070'450'532'247'928'832);
    row("128974848", 128'974'848'000, 128'974'848'000'000'000, 128'974'848);
    row("129e6", 129'000'000'000, 129'000'000'000'000'000, 129'000'000);
    row("123Mi", 128'974'848'000, 128'974'848'000'000'000, 128'974'848);

    // Decimal suffixes and exponents.
    row("1k", 1'000'000, 1'000'000'000'000, 1000);
    row("1M", 1'000'000'000, 1'000'000'000'000'000, 1'000'000);
    row("1G", 1'000'000'000'000, 1'000'000'000'000'000'000, 1'000'000'000);
    row("1T", 1'000'000'000'000'000, none, 1'000'000'000'000);
    row("1P", 1'000'000'000'000'000'000, none, 1'000'000'000'000'000);
    row("1E", none, none, 1'000'000'000'000'000'000);
    row("1e3", 1'000'000, 1'000'000'000'000, 1000);
    row("1E-2", 10, 10'000'000, 1);
    row("12e+1", 120'000, 120'000'000'000, 120);
    row("1.5e3", 1'500'000, 1'500'000'000'000, 1500);
    row("1e0", 1000, 1'000'000'000, 1);
    row("1e-9", 1, 1, 1);
    row("1e18", none, none, 1'000'000'000'000'000'000);

    // Number shapes.
    row(".5", 500, 500'000'000, 1);
    row("1.", 1000, 1'000'000'000, 1);
    row("+1", 1000, 1'000'000'000, 1);
    row("1.G", 1'000'000'000'000, 1'000'000'000'000'000'000, 1'000'000'000);
    row("007", 7000, 7'000'000'000, 7);
    row("0", 0, 0, 0);
    row("-0", 0, 0, 0);
    row("0Ki", 0, 0, 0);
    row("000.000", 0, 0, 0);
    row("0e1000", 0, 0, 0);

    // Negative values round away from zero, like Kubernetes.
    row("-1", -1000, -1'000'000'000, -1);
    row("-0.5", -500, -500'000'000, -1);
    row("-100m", -100, -100'000'000, -1);
    row("-1Ki", -1'024'000, -1'024'000'000'000, -1024);

    // Precision finer than a nano-unit rounds up to the next nano-unit.
    row("0.1n", 1, 1, 1);
    row("1e-10", 1, 1, 1);
    row("1e-1000", 1, 1, 1);
    row("0.000000000000000000000000000000000001Ki", 1, 1, 1);
    row("123456789012345678901234567890e-20", 1'234'567'890'124, 1'234'567'890'123'456'790,
        1'234'567'891);

    // Limits of qint64.
    row("9223372036854775807", none, none, std::numeric_limits<qint64>::max());
    row("9223372036854775807.5", none, none, none); // parses; rounding up leaves qint64
    row("-9223372036854775807", none, none, -std::numeric_limits<qint64>::max());
    row("9223372036854775", 9'223'372'036'854'775'000, none, 9'223'372'036'854'775);
    row("9223372036854775807n", 9'223'372'036'855, std::numeric_limits<qint64>::max(),
        9'223'372'037);
}

void tst_Quantity::conversions()
{
    QFETCH(QString, text);
    QFETCH(OptionalInt, millis);
    QFETCH(OptionalInt, nanos);
    QFETCH(OptionalInt, units);

    const std::optional<Quantity> q = Quantity::parse(text);
    QVERIFY2(q.has_value(), qPrintable(text));
    QCOMPARE(q->toMillis(), millis);
    QCOMPARE(q->toNanos(), nanos);
    QCOMPARE(q->toUnits(), units);

    QCOMPARE(toMillicores(text), millis);
    QCOMPARE(toNanocores(text), nanos);
    QCOMPARE(toBytes(text), units);
}

void tst_Quantity::invalid_data()
{
    QTest::addColumn<QString>("text");
    const char *const texts[] = {
        "", "1.2.3", "Ki", "1 Ki", "1KiB", "e3", ".", "+", "-", "+.", "1e", "1e+", "1e-", "1Ki ",
        " 1", "1K", "1ki", "1mi", "1i", "1m3", "--1", "+-1", "1,5", "1.5.", "0x10", "1e3Ki", "1Kii",
        "1e1.5", "NaN", "inf", "1E+", "1Mi3", "m", "1mm", "1 ",
        // Too large for a qint64 count of whole units: reported instead of capped.
        "9223372036854775808", "8Ei", "1e19", "10E", "1e1000", "100000000000000000000000000000",
        "-9223372036854775808"};
    for (const char *text : texts)
        QTest::newRow(text) << QString::fromLatin1(text);
    QTest::newRow("trailing newline") << QStringLiteral("1\n");
    // Digits that are not ASCII digits.
    QTest::newRow("arabic-indic") << QStringLiteral("\u0661");
    QTest::newRow("fullwidth") << QStringLiteral("\uff11Ki");
    QTest::newRow("too long") << (QString(300, u'1') + u'n');
}

void tst_Quantity::invalid()
{
    QFETCH(QString, text);
    QVERIFY(!Quantity::parse(text).has_value());
    QCOMPARE(parseMilliValue(text), none);
    QCOMPARE(parseNanoValue(text), none);
    QCOMPARE(parseValue(text), none);
    QVERIFY(!Quantity::parse(QByteArrayView(text.toUtf8())).has_value());
}

void tst_Quantity::bytesFromJsonBuffer()
{
    // The byte overload must agree with the QString one, including on non-ASCII bytes.
    const QByteArray json = QByteArrayLiteral("{\"cpu\":\"329087452n\",\"memory\":\"2748180Ki\"}");
    const QByteArrayView cpu = QByteArrayView(json).sliced(8, 10);
    QCOMPARE(Quantity::parse(cpu)->toNanos(), OptionalInt(329'087'452));
    QCOMPARE(Quantity::parse(QByteArrayView("2748180Ki"))->toUnits(), OptionalInt(2'814'136'320));
    QVERIFY(!Quantity::parse(QByteArrayView("\xd9\xa1")).has_value());
    QVERIFY(!Quantity::parse(QByteArrayView("1\xff")).has_value());
}

void tst_Quantity::ordering()
{
    auto q = [](const char *text) { return *Quantity::parse(QString::fromLatin1(text)); };
    QVERIFY(q("1Ki") == q("1024"));
    QVERIFY(q("1") > q("999m"));
    QVERIFY(q("-1") < q("0"));
    QVERIFY(q("-2") < q("-1"));
    QVERIFY(q("0") == q("-0"));
    QVERIFY(q("1e3") == q("1k"));
    QVERIFY(q("0.1n") == q("1n"));
    QVERIFY(q("1Gi") > q("1G"));
    QVERIFY(Quantity().isZero());
    QVERIFY(q("-1m").isNegative());
}

QTEST_GUILESS_MAIN(tst_Quantity)
#include "tst_Quantity.moc"

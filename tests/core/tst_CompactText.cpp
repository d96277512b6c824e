// SPDX-License-Identifier: GPL-3.0-or-later
// CompactText keeps uids and resource versions small; whatever form it picks, the text
// must come back byte for byte and compare as the text would.
#include "app/kube/CompactText.h"

#include <QTest>

using namespace maestro::kube;
using namespace Qt::StringLiterals;

class tst_CompactText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("uuid") << u"3f2b8c1e-9a47-4d0e-b6a1-0c5d2e7f9a13"_s;
        QTest::newRow("uuid, all zero") << u"00000000-0000-0000-0000-000000000000"_s;
        QTest::newRow("uuid, upper case") << u"3F2B8C1E-9A47-4D0E-B6A1-0C5D2E7F9A13"_s;
        QTest::newRow("uuid in braces") << u"{3f2b8c1e-9a47-4d0e-b6a1-0c5d2e7f9a13}"_s;
        QTest::newRow("uuid without dashes") << u"3f2b8c1e9a474d0eb6a10c5d2e7f9a13"_s;
        QTest::newRow("uuid, dash misplaced") << u"3f2b8c1e9-a47-4d0e-b6a1-0c5d2e7f9a13"_s;
        QTest::newRow("uuid, not hex") << u"3f2b8c1e-9a47-4d0e-b6a1-0c5d2e7f9a1g"_s;
        QTest::newRow("zero") << u"0"_s;
        QTest::newRow("revision") << u"48213377"_s;
        QTest::newRow("18 digits") << u"999999999999999999"_s;
        QTest::newRow("19 digits") << u"9223372036854775807"_s;
        QTest::newRow("leading zero") << u"0042"_s;
        QTest::newRow("negative") << u"-5"_s;
        QTest::newRow("plus sign") << u"+5"_s;
        QTest::newRow("spaces") << u" 42"_s;
        QTest::newRow("opaque") << u"a/b:c"_s;
        QTest::newRow("unicode") << u"\U0001F680-7"_s;
    }
    void roundTrips()
    {
        QFETCH(QString, text);
        const QByteArray utf8 = text.toUtf8();
        const CompactText fromUtf8 =
            CompactText::fromUtf8(std::string_view(utf8.constData(), size_t(utf8.size())));
        const CompactText fromString = CompactText::fromString(text);
        QCOMPARE(fromUtf8.toString(), text);
        QCOMPARE(fromString.toString(), text);
        QVERIFY(fromUtf8 == fromString);
        QCOMPARE(fromUtf8.isEmpty(), text.isEmpty());
    }

    /// Equal exactly when the texts are: texts that differ only in a way one compact form
    /// would lose (case, leading zeros) must stay different.
    void comparesAsTheText()
    {
        const QStringList texts{u"3f2b8c1e-9a47-4d0e-b6a1-0c5d2e7f9a13"_s,
                                u"3F2B8C1E-9A47-4D0E-B6A1-0C5D2E7F9A13"_s,
                                u"3f2b8c1e-9a47-4d0e-b6a1-0c5d2e7f9a14"_s,
                                u"42"_s,
                                u"042"_s,
                                u"43"_s,
                                u"0"_s,
                                QString(),
                                u"opaque"_s};
        for (const QString &a : texts) {
            for (const QString &b : texts) {
                QCOMPARE(CompactText::fromString(a) == CompactText::fromString(b), a == b);
                QCOMPARE(CompactText::fromString(a) != CompactText::fromString(b), a != b);
            }
        }
    }

    /// The point of the class: the common forms take no heap of their own.
    void commonFormsAreInline()
    {
        QVERIFY(sizeof(CompactText) <= 32);
        const CompactText uid = CompactText::fromString(u"3f2b8c1e-9a47-4d0e-b6a1-0c5d2e7f9a13"_s);
        const CompactText version = CompactText::fromString(u"48213377"_s);
        QVERIFY(!uid.isText());
        QVERIFY(!version.isText());
        QVERIFY(CompactText::fromString(u"0042"_s).isText());
    }
};

QTEST_APPLESS_MAIN(tst_CompactText)
#include "tst_CompactText.moc"

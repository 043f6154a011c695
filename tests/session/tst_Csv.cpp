#include "session/Csv.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

class tst_Csv : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << u"ana"_s << u"ana"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("comma is quoted") << u"Doe, Jane"_s << u"\"Doe, Jane\""_s;
        QTest::addRow("quotes are doubled") << u"the \"best\""_s << u"\"the \"\"best\"\"\""_s;
        QTest::addRow("newline is quoted") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::addRow("carriage return is quoted") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::addRow("formula =") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::addRow("formula +") << u"+1"_s << u"'+1"_s;
        QTest::addRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::addRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::addRow("formula with comma") << u"=1,2"_s << u"\"'=1,2\""_s;
        QTest::addRow("sign inside is fine") << u"a-b"_s << u"a-b"_s;
        QTest::addRow("unicode") << u"Zoë Ünal"_s << u"Zoë Ünal"_s;
    }
    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(Csv::field(value), expected);
    }

    void rowEndsWithCrLf()
    {
        QCOMPARE(Csv::row({u"a"_s, u"b,c"_s, QString()}), u"a,\"b,c\",\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_Csv.moc"

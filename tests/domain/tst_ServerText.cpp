// A server's words as people read them: after our own sentence, once, never in doubled brackets or with doubled
// punctuation.
#include "domain/ServerText.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

class tst_ServerText : public QObject
{
    Q_OBJECT

private slots:
    void sentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("adds the full stop") << u"Complete 'Welcome' first"_s << u"Complete 'Welcome' first."_s;
        QTest::addRow("keeps one") << u"Not found."_s << u"Not found."_s;
        QTest::addRow("doubled") << u"Not found.."_s << u"Not found."_s;
        QTest::addRow("spaced") << u"Not found. ."_s << u"Not found."_s;
        QTest::addRow("question") << u"Really?"_s << u"Really?"_s;
        QTest::addRow("ellipsis") << u"Wait…"_s << u"Wait…"_s;
        QTest::addRow("colon") << u"Reason:"_s << u"Reason."_s;
        QTest::addRow("whitespace") << u"  two\n lines "_s << u"two lines."_s;
        QTest::addRow("bracket") << u"Refused (locked)"_s << u"Refused (locked)."_s;
        QTest::addRow("empty") << u"  "_s << QString();
    }

    void sentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ServerText::sentence(text), expected);
    }

    void compose_data()
    {
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("expected");
        QTest::addRow("both") << u"The server did not accept your change to 'Loops'"_s
                              << u"Authentication credentials were not provided."_s
                              << u"The server did not accept your change to 'Loops'. The server said: “Authentication "
                                 "credentials were not provided.”"_s;
        QTest::addRow("theirs unpunctuated") << u"Refused."_s << u"Complete 'Welcome' first"_s
                                             << u"Refused. The server said: “Complete 'Welcome' first.”"_s;
        QTest::addRow("nothing from the server") << u"Refused"_s << u" "_s << u"Refused."_s;
        QTest::addRow("the same words") << u"Complete 'Welcome' first."_s << u"complete ‘welcome’ first"_s
                                        << u"Complete 'Welcome' first."_s;
        QTest::addRow("only theirs") << QString() << u"Not found"_s << u"Not found."_s;
        QTest::addRow("composed already")
            << u"The server did not accept your change to 'Loops'"_s
            << u"The lesson no longer exists on the server. The server said: “Not found.”"_s
            << u"The server did not accept your change to 'Loops'. The lesson no longer exists on the server. The "
               "server said: “Not found.”"_s;
    }

    void compose()
    {
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(QString, expected);
        const QString composed = ServerText::compose(ours, theirs);
        QCOMPARE(composed, expected);
        QVERIFY(!composed.contains(u"))"_s));
        QVERIFY(!composed.contains(u".."_s));
    }
};

QTEST_MAIN(tst_ServerText)
#include "tst_ServerText.moc"

// Whose comment it is (CommentAuthorship; branch comments2): "mine" — the learner may edit and delete it — goes by
// the user's id, which a rename keeps and which a name given up does not pass on; when an id is unknown (an account
// whose id no sync has learnt yet, a server that sent none) by username; with nothing to compare, nobody's.
#include "domain/Comment.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CommentAuthorship::Match)

class tst_CommentAuthorship : public QObject
{
    Q_OBJECT

private slots:
    void isMine_data()
    {
        QTest::addColumn<qint64>("selfId");
        QTest::addColumn<QString>("selfName");
        QTest::addColumn<qint64>("authorId");
        QTest::addColumn<QString>("authorName");
        QTest::addColumn<CommentAuthorship::Match>("how");
        QTest::addColumn<bool>("mine");
        using M = CommentAuthorship::Match;
        QTest::addRow("same id, same name") << 7ll << u"lea"_s << 7ll << u"lea"_s << M::ById << true;
        QTest::addRow("same id, renamed since") << 7ll << u"lea"_s << 7ll << u"lea.m"_s << M::ById << true;
        QTest::addRow("same name, another id") << 7ll << u"lea"_s << 8ll << u"lea"_s << M::ById << false;
        QTest::addRow("another id, another name") << 7ll << u"lea"_s << 8ll << u"max"_s << M::ById << false;
        QTest::addRow("own id unknown, same name") << 0ll << u"lea"_s << 7ll << u"lea"_s << M::ByName << true;
        QTest::addRow("own id unknown, another name") << 0ll << u"lea"_s << 7ll << u"max"_s << M::ByName << false;
        QTest::addRow("author id unknown, same name") << 7ll << u"lea"_s << 0ll << u"lea"_s << M::ByName << true;
        QTest::addRow("names differ only in case") << 0ll << u"lea"_s << 7ll << u"Lea"_s << M::ByName << false;
        QTest::addRow("no ids, no own name") << 0ll << QString() << 0ll << QString() << M::NotDecidable << false;
        QTest::addRow("own id unknown, author nameless")
            << 0ll << u"lea"_s << 7ll << QString() << M::NotDecidable << false;
    }

    void isMine()
    {
        QFETCH(qint64, selfId);
        QFETCH(QString, selfName);
        QFETCH(qint64, authorId);
        QFETCH(QString, authorName);
        QFETCH(CommentAuthorship::Match, how);
        QFETCH(bool, mine);
        const CommentAuthor self{selfId, selfName, {}};
        const CommentAuthor author{authorId, authorName, u"Someone"_s};
        QCOMPARE(CommentAuthorship::howMatched(self, author), how);
        QCOMPARE(CommentAuthorship::isMine(self, author), mine);
    }
};

QTEST_GUILESS_MAIN(tst_CommentAuthorship)
#include "tst_CommentAuthorship.moc"

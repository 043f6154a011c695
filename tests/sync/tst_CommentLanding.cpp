#include "sync/CommentLanding.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime firstSent(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const CommentAuthor me{5, u"learner"_s, u"Lea Learner"_s};
const CommentAuthor teacher{1, u"teacher"_s, u"Tess Teacher"_s};

LessonComment serverComment(qint64 id, const QString &html, const QDateTime &createdAt,
                            const CommentAuthor &author = me, qint64 parent = 0, qint64 inReplyTo = 0)
{
    LessonComment comment;
    comment.id = id;
    comment.lessonId = 201;
    comment.html = html;
    comment.createdAt = createdAt;
    comment.author = author;
    comment.parentId = parent;
    comment.inReplyTo = inReplyTo;
    return comment;
}

CommentLanding::Sent sent(const QString &text, qint64 parent = 0, qint64 inReplyTo = 0, QSet<qint64> others = {})
{
    return CommentLanding::Sent{me, text, parent, inReplyTo, firstSent, std::move(others)};
}

} // namespace

Q_DECLARE_METATYPE(CommentLanding::Sent)

// When a comment's reply was lost, whether it reached the server (CommentLanding.h): the rule the sync engine
// follows before it sends a comment a second time to a server without idempotency.
class tst_CommentLanding : public QObject
{
    Q_OBJECT

private slots:
    void find_data()
    {
        QTest::addColumn<QList<LessonComment>>("server");
        QTest::addColumn<CommentLanding::Sent>("ours");
        QTest::addColumn<qint64>("found"); // 0: did not land, send again
        const QDateTime after = firstSent.addSecs(2);
        const QString html = u"<p>Why a date?<br>Always?</p>"_s;
        const QString text = u"Why a date?\nAlways?"_s;
        QTest::addRow("landed") << QList{serverComment(9, html, after)} << sent(text) << qint64(9);
        QTest::addRow("server clock a little behind")
            << QList{serverComment(9, html, firstSent.addSecs(-30))} << sent(text) << qint64(9);
        QTest::addRow("made long before the first send")
            << QList{serverComment(9, html, firstSent.addSecs(-3600))} << sent(text) << qint64(0);
        QTest::addRow("nothing on the server") << QList<LessonComment>{} << sent(text) << qint64(0);
        QTest::addRow("other words") << QList{serverComment(9, u"<p>Why a title?</p>"_s, after)} << sent(text)
                                     << qint64(0);
        QTest::addRow("words escaped by the server")
            << QList{serverComment(9, u"<p>a &lt; b &amp;&amp; c</p>"_s, after)} << sent(u"a < b && c"_s) << qint64(9);
        QTest::addRow("someone else's") << QList{serverComment(9, html, after, teacher)} << sent(text) << qint64(0);
        QTest::addRow("already ours, another comment")
            << QList{serverComment(9, html, after)} << sent(text, 0, 0, {9}) << qint64(0);
        QTest::addRow("the newer of two, the older known")
            << QList{serverComment(10, html, after.addSecs(5)), serverComment(9, html, after)} << sent(text, 0, 0, {9})
            << qint64(10);
        QTest::addRow("another thread") << QList{serverComment(9, html, after, me, 3)} << sent(text, 4) << qint64(0);
        QTest::addRow("a reply in its thread")
            << QList{serverComment(9, html, after, me, 3, 8)} << sent(text, 3, 8) << qint64(9);
        QTest::addRow("a reply answering another reply")
            << QList{serverComment(9, html, after, me, 3, 7)} << sent(text, 3, 8) << qint64(0);
        QTest::addRow("no created_at: not taken")
            << QList{serverComment(9, html, QDateTime())} << sent(text) << qint64(0);
        const CommentAuthor byNameOnly{0, u"learner"_s, {}};
        QTest::addRow("author known by name only")
            << QList{serverComment(9, html, after, byNameOnly)} << sent(text) << qint64(9);
    }
    void find()
    {
        QFETCH(QList<LessonComment>, server);
        QFETCH(CommentLanding::Sent, ours);
        QFETCH(qint64, found);
        const std::optional<LessonComment> landed = CommentLanding::find(server, ours);
        QCOMPARE(landed ? landed->id : 0, found);
    }

    void notSentYet_neverLanded()
    {
        CommentLanding::Sent ours = sent(u"x"_s);
        ours.firstSentAt = {};
        QVERIFY(!CommentLanding::find({serverComment(9, u"<p>x</p>"_s, firstSent)}, ours));
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addRow("paragraphs and breaks") << u"<p>One</p><p>Two<br>three</p>"_s << u"One\nTwo\nthree"_s;
        QTest::addRow("entities") << u"&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39; &#x263A;"_s
                                  << u"<b> & \"q\" 's' \u263A"_s;
        QTest::addRow("tags and spaces") << u"<p>  a   <b>bold</b>\tword </p>"_s << u"a bold word"_s;
        QTest::addRow("a script is words, never markup") << u"<script>alert(1)</script>"_s << u"alert(1)"_s;
    }
    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(CommentText::plain(html), text);
    }
};

QTEST_GUILESS_MAIN(tst_CommentLanding)
#include "tst_CommentLanding.moc"

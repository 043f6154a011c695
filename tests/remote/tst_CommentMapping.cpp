#include "remote/CommentMapping.h"

#include <QJsonDocument>
#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A comment as "id parent/inReplyTo author @section:lesson latest=N 'words'".
QString describe(const Result<LessonComment> &comment)
{
    if (!comment)
        return u"error: "_s + comment.error().message;
    return u"%1 %2/%3 %4 @%5:%6 latest=%7 '%8'"_s.arg(comment->id)
        .arg(comment->parentId)
        .arg(comment->inReplyTo)
        .arg(comment->author.username.isEmpty() ? QString::number(comment->author.id) : comment->author.username)
        .arg(comment->sectionId)
        .arg(comment->lessonId)
        .arg(comment->latestReplyId)
        .arg(CommentText::plain(comment->html));
}

} // namespace

// The platform's Course Comment (schemas/course_comment.md) as the client reads it.
class tst_CommentMapping : public QObject
{
    Q_OBJECT

private slots:
    void comment_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("first level with a reply")
            << json(R"({"id": 7, "html": "<p>Hi</p>", "parent": null, "in_reply_to": null,
                        "created_at": "2026-03-01T12:00:00.000Z", "created_by": {"id": 5, "username": "learner"},
                        "medias": [], "latest_reply": {"id": 9, "html": "<p>Yes</p>"}})")
            << u"7 0/0 learner @21:201 latest=9 'Hi'"_s;
        QTest::addRow("reply, author as an id")
            << json(R"({"id": 9, "html": "<p>Yes</p>", "parent": 7, "in_reply_to": 8, "created_by": 1})")
            << u"9 7/8 1 @21:201 latest=0 'Yes'"_s;
        QTest::addRow("ids as strings are not ids") << json(R"({"id": "9", "html": ""})") << u"error"_s;
        QTest::addRow("no id") << json(R"({"html": "<p>x</p>"})") << u"error"_s;
        QTest::addRow("unknown fields ignored")
            << json(R"({"id": 3, "html": "<p>x</p>", "reactions": {"like": 2}, "extras": {}})")
            << u"3 0/0 0 @21:201 latest=0 'x'"_s;
    }
    void comment()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, expected);
        const QString got = describe(CommentMapping::comment(input, CommentMapping::Place{2, 21, 201}));
        if (expected == u"error"_s)
            QVERIFY2(got.startsWith(u"error: "_s), qPrintable(got));
        else
            QCOMPARE(got, expected);
    }

    void thread_flattensRepliesWithTheirPlace()
    {
        const Result<QList<LessonComment>> thread =
            CommentMapping::thread(json(R"({"id": 7, "html": "<p>Q</p>", "created_by": {"id": 5, "username": "learner"},
                     "extras": {"course": {"id": 2, "slug": "notes"}, "section": {"id": 21, "name": "Basics"},
                                "lesson": {"id": 201, "name": "Why notes matter"}},
                     "replies": [{"id": 9, "html": "<p>A</p>", "parent": 7, "created_by": {"id": 1}}]})"),
                                   2);
        QVERIFY(thread);
        QCOMPARE(thread->size(), 2);
        QCOMPARE(thread->at(0).sectionName, u"Basics"_s);
        QCOMPARE(thread->at(0).lessonId, 201);
        QCOMPARE(thread->at(1).parentId, 7);
        QCOMPARE(thread->at(1).lessonName, u"Why notes matter"_s);
        QCOMPARE(thread->at(1).sectionId, 21);
        QCOMPARE(thread->at(1).courseId, 2);
    }

    void requests()
    {
        QCOMPARE(CommentMapping::createRequest(u"Hi"_s, 0, 0), json(R"({"text": "Hi"})"));
        QCOMPARE(CommentMapping::createRequest(u"Hi"_s, 7, 9),
                 json(R"({"text": "Hi", "parent": 7, "in_reply_to": 9})"));
        QCOMPARE(CommentMapping::updateRequest(u"New"_s), json(R"({"text": "New"})"));
    }
};

QTEST_GUILESS_MAIN(tst_CommentMapping)
#include "tst_CommentMapping.moc"

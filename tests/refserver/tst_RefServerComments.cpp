// The reference server's lesson comments, in both dialects, as the platform's docs describe them
// (apireference/v2/course/*comment*, schemas/course_comment.md): reading with paging and threads, writing with
// a parent, changing and deleting one's own, the course-wide list with extras, and a write whose reply is lost.
#include "CommentApi.h"
#include "RefServerFixture.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

// Course 2 of the demo seed: lessons 201 and 203 (section 21) and 204 (section 22) take comments; learner and
// ana are members, teacher is the creator. Course 1's lessons take none.
const QString lesson201 = lessonPath(2, 21, 201, u"comment/"_s);
const QString lesson204 = lessonPath(2, 22, 204, u"comment/"_s);

QJsonObject text(const QString &words, qint64 parent = 0, qint64 inReplyTo = 0)
{
    QJsonObject body{{u"text"_s, words}};
    if (parent != 0)
        body.insert(u"parent"_s, parent);
    if (inReplyTo != 0)
        body.insert(u"in_reply_to"_s, inReplyTo);
    return body;
}

QStringList htmls(const QJsonObject &page)
{
    QStringList list;
    for (const QJsonValue &row : page.value(u"results"_s).toArray())
        list.append(row.toObject().value(u"html"_s).toString());
    return list;
}

} // namespace

class tst_RefServerComments : public QObject, protected RefServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }
    void init() { freshServerInTheRowsDialect(); }
    void cleanup() { m_server.reset(); }

    void create_returnsTheCourseComment()
    {
        const HttpResponse created = client(u"learner"_s)->post(lesson201, text(u"Why <b>dates</b>?\nAlways?"_s));
        QCOMPARE(created.status, 201);
        const QJsonObject comment = created.json();
        QVERIFY(comment.value(u"id"_s).toInteger() > 0);
        // The text is kept as HTML: escaped, line breaks kept.
        QCOMPARE(comment.value(u"html"_s).toString(), u"<p>Why &lt;b&gt;dates&lt;/b&gt;?<br>Always?</p>"_s);
        QVERIFY(comment.value(u"parent"_s).isNull());
        QVERIFY(comment.value(u"in_reply_to"_s).isNull());
        QCOMPARE(comment.value(u"created_by"_s).toObject().value(u"username"_s).toString(), u"learner"_s);
        QCOMPARE(comment.value(u"created_at"_s).toString(), u"2026-03-01T12:00:00.000Z"_s);
        QCOMPARE(m_server->counters().comments, 1);
    }

    void create_refusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contractCode");
        QTest::addRow("no text") << u"learner"_s << lesson201 << text(u"  "_s) << 400 << u"INVALID_COMMENT"_s;
        QTest::addRow("unknown parent") << u"learner"_s << lesson201 << text(u"Hi"_s, 999) << 400
                                        << u"INVALID_COMMENT"_s;
        QTest::addRow("in_reply_to without parent")
            << u"learner"_s << lesson201 << text(u"Hi"_s, 0, 1) << 400 << u"INVALID_COMMENT"_s;
        QTest::addRow("comments disabled")
            << u"learner"_s << lessonPath(1, 11, 101, u"comment/"_s) << text(u"Hi"_s) << 403 << u"COMMENTS_DISABLED"_s;
        QTest::addRow("not a member") << u"chloe"_s << lesson201 << text(u"Hi"_s) << 403 << u"NOT_JOINED"_s;
        QTest::addRow("lesson not in section")
            << u"learner"_s << lessonPath(2, 22, 201, u"comment/"_s) << text(u"Hi"_s) << 404 << u"NOT_FOUND"_s;
    }
    void create_refusals()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, contractCode);
        const HttpResponse response = client(user)->post(path, body);
        QCOMPARE(response.status, status);
        if (status == 400 && platform()) // what the SDK's error parser reads
            QVERIFY2(response.json().value(u"errors"_s).isArray(), response.body.constData());
        else
            expectError(response, status, contractCode);
        QCOMPARE(m_server->counters().comments, 0);
    }

    void list_threadsByParent_andPages()
    {
        auto learner = client(u"learner"_s);
        QList<qint64> ids;
        for (int i = 1; i <= 5; ++i) {
            m_clock.advanceSecs(60);
            ids.append(learner->post(lesson201, text(u"Question %1"_s.arg(i))).json().value(u"id"_s).toInteger());
        }
        m_clock.advanceSecs(60);
        const qint64 reply =
            client(u"teacher"_s)->post(lesson201, text(u"An answer"_s, ids.at(0))).json().value(u"id"_s).toInteger();
        m_clock.advanceSecs(60);
        QCOMPARE(learner->post(lesson201, text(u"Thanks"_s, ids.at(0), reply)).status, 201);

        const QJsonObject first = learner->get(lesson201 + u"?limit=2"_s).json();
        QCOMPARE(first.value(u"count"_s).toInt(), 5); // first-level comments only
        QCOMPARE(htmls(first), (QStringList{u"<p>Question 1</p>"_s, u"<p>Question 2</p>"_s}));
        QVERIFY(first.value(u"next"_s).toString().contains(u"offset=2"_s));
        const QJsonObject latest =
            first.value(u"results"_s).toArray().at(0).toObject().value(u"latest_reply"_s).toObject();
        QCOMPARE(latest.value(u"html"_s).toString(), u"<p>Thanks</p>"_s);
        QCOMPARE(latest.value(u"in_reply_to"_s).toInteger(), reply);

        const QJsonObject newest = learner->get(lesson201 + u"?ordering=-created_at&limit=1"_s).json();
        QCOMPARE(htmls(newest), QStringList{u"<p>Question 5</p>"_s});
        const QJsonObject replies = learner->get(lesson201 + u"?parent=%1"_s.arg(ids.at(0))).json();
        QCOMPARE(htmls(replies), (QStringList{u"<p>An answer</p>"_s, u"<p>Thanks</p>"_s}));
        QCOMPARE(learner->get(lesson201 + u"?ordering=name"_s).status, 400);
        // A lesson whose comments are off answers an empty page.
        QCOMPARE(learner->get(lessonPath(1, 11, 101, u"comment/"_s)).json().value(u"count"_s).toInt(), 0);
    }

    void updateAndDelete_authorOrInstructorOnly()
    {
        auto learner = client(u"learner"_s);
        auto ana = client(u"ana"_s);
        const qint64 id = learner->post(lesson204, text(u"Frist"_s)).json().value(u"id"_s).toInteger();
        const QString path = lesson204 + QString::number(id) + u"/"_s;
        expectError(ana->send("PUT", path, R"({"text":"mine now"})"), 403, u"FORBIDDEN"_s);
        expectError(ana->send("DELETE", path), 403, u"FORBIDDEN"_s);
        const HttpResponse edited = learner->send("PUT", path, R"({"text":"First"})");
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json().value(u"html"_s).toString(), u"<p>First</p>"_s);
        QCOMPARE(learner->send("PATCH", path, R"({"text":"First!"})").status, 200);
        // A comment is changed under its own lesson only.
        expectError(learner->send("PUT", lesson201 + QString::number(id) + u"/"_s, R"({"text":"x"})"), 404,
                    u"NOT_FOUND"_s);
        const qint64 answer =
            client(u"teacher"_s)->post(lesson204, text(u"Hi"_s, id)).json().value(u"id"_s).toInteger();
        QVERIFY(answer > 0);
        QCOMPARE(client(u"teacher"_s)->send("DELETE", path).status, 204); // the creator moderates; replies go too
        QCOMPARE(m_server->counters().comments, 0);
        QCOMPARE(m_server->counters().commentCalls, 8); // two creates, four updates, two deletes
    }

    void courseList_forInstructors_withRepliesAndExtras()
    {
        auto learner = client(u"learner"_s);
        const qint64 first = learner->post(lesson201, text(u"On 201"_s)).json().value(u"id"_s).toInteger();
        m_clock.advanceSecs(60);
        QCOMPARE(client(u"ana"_s)->post(lesson204, text(u"On 204"_s)).status, 201);
        m_clock.advanceSecs(60);
        QCOMPARE(learner->post(lesson201, text(u"Again on 201"_s)).status, 201);
        QCOMPARE(client(u"teacher"_s)->post(lesson201, text(u"Reply"_s, first)).status, 201);

        expectError(learner->get(u"/api/v2/course/2/comment/"_s), 403, u"FORBIDDEN"_s);
        const QJsonObject page = client(u"teacher"_s)->get(u"/api/v2/course/2/comment/"_s).json();
        QCOMPARE(page.value(u"count"_s).toInt(), 3);
        // Grouped by lesson in the course's order, newest first within a lesson.
        QCOMPARE(htmls(page), (QStringList{u"<p>Again on 201</p>"_s, u"<p>On 201</p>"_s, u"<p>On 204</p>"_s}));
        const QJsonObject second = page.value(u"results"_s).toArray().at(1).toObject();
        QCOMPARE(second.value(u"replies"_s).toArray().size(), 1);
        const QJsonObject extras = second.value(u"extras"_s).toObject();
        QCOMPARE(extras.value(u"course"_s).toObject().value(u"slug"_s).toString(), u"writing-clear-notes"_s);
        QCOMPARE(extras.value(u"section"_s).toObject().value(u"name"_s).toString(), u"Basics"_s);
        QCOMPARE(extras.value(u"lesson"_s).toObject().value(u"name"_s).toString(), u"Why notes matter"_s);
        const QJsonObject third = page.value(u"results"_s).toArray().at(2).toObject();
        QCOMPARE(third.value(u"extras"_s).toObject().value(u"section"_s).toObject().value(u"id"_s).toInteger(), 22);
    }

    void faultAfterProcessing_theCommentIsKept()
    {
        auto http = client(u"learner"_s);
        QCOMPARE(http->post(u"/_test/faults"_s, QJsonObject{{u"mode"_s, u"status"_s},
                                                            {u"status"_s, 502},
                                                            {u"path_contains"_s, u"/comment/"_s},
                                                            {u"after_processing"_s, true}})
                     .status,
                 200);
        QCOMPARE(http->post(lesson201, text(u"Lost reply"_s)).status, 502);
        QCOMPARE(m_server->counters().comments, 1);
        QCOMPARE(htmls(http->get(lesson201).json()), QStringList{u"<p>Lost reply</p>"_s});
    }

    void htmlOf_escapesAndKeepsParagraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addRow("plain") << u"Hello"_s << u"<p>Hello</p>"_s;
        QTest::addRow("markup escaped") << u"<script>x</script> & co"_s
                                        << u"<p>&lt;script&gt;x&lt;/script&gt; &amp; co</p>"_s;
        QTest::addRow("paragraphs") << u"One\n\nTwo\nlines"_s << u"<p>One</p><p>Two<br>lines</p>"_s;
        QTest::addRow("trimmed") << u"  x \n"_s << u"<p>x</p>"_s;
    }
    void htmlOf_escapesAndKeepsParagraphs()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(CommentApi::htmlOf(text), html);
    }
};

QTEST_GUILESS_MAIN(tst_RefServerComments)
#include "tst_RefServerComments.moc"

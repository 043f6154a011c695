// Conditional GET on the reference server (issue 18), in both dialects: lesson bodies and media files carry an ETag
// and a Last-Modified; If-None-Match (which decides when both are sent) or If-Modified-Since answers 304 without a
// body when the representation is unchanged, and 200 with the new validators when it changed.
#include "RefServerFixture.h"

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace Qt::StringLiterals;

class tst_RefServerConditional : public QObject, protected RefServerFixture
{
    Q_OBJECT

    void start()
    {
        freshServer(QTest::currentDataTag() == QByteArray("platform") ? Dialect::Platform : Dialect::Contract);
        QVERIFY(m_server->seedMedia().ok());
    }

private slots:
    void conditions_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("contract") << u"contract"_s;
        QTest::newRow("platform") << u"platform"_s;
    }

    void conditions()
    {
        start();
        auto http = client(u"learner"_s);
        for (const QString &path : {lessonPath(6, 61, 601), u"/media/9601/map.png"_s}) {
            const HttpResponse first = http->get(path);
            QCOMPARE(first.status, 200);
            const QByteArray etag = first.header("ETag");
            const QByteArray modified = first.header("Last-Modified");
            QVERIFY2(etag.startsWith('"') && etag.endsWith('"'), etag.constData());
            QVERIFY(modified.endsWith(" GMT"));

            const HttpResponse same = http->send("GET", path, {}, {{"If-None-Match", etag}});
            QCOMPARE(same.status, 304);
            QVERIFY(same.body.isEmpty());
            QCOMPARE(same.header("ETag"), etag);
            QCOMPARE(http->send("GET", path, {}, {{"If-None-Match", "W/" + etag + ", \"other\""}}).status, 304);
            QCOMPARE(http->send("GET", path, {}, {{"If-None-Match", "\"other\""}}).status, 200);
            QCOMPARE(http->send("GET", path, {}, {{"If-Modified-Since", modified}}).status, 304);
            QCOMPARE(http->send("GET", path, {}, {{"If-Modified-Since", "Sun, 01 Jan 2006 00:00:00 GMT"}}).status, 200);
            // If-None-Match decides: a stale tag with a current date is a 200.
            QCOMPARE(
                http->send("GET", path, {}, {{"If-None-Match", "\"other\""}, {"If-Modified-Since", modified}}).status,
                200);
        }
        QCOMPARE(m_server->counters().notModified, 6); // three per path

        // A lesson whose body changed (completed on the website) has a new tag, and a later Last-Modified.
        const HttpResponse before = http->get(lessonPath(6, 61, 601));
        m_clock.advanceSecs(60);
        QCOMPARE(http->post(lessonPath(6, 61, 601, u"complete/"_s)).status, 204);
        const HttpResponse after =
            http->send("GET", lessonPath(6, 61, 601), {}, {{"If-None-Match", before.header("ETag")}});
        QCOMPARE(after.status, 200);
        QVERIFY(after.header("ETag") != before.header("ETag"));
        QVERIFY(after.header("Last-Modified") != before.header("Last-Modified"));
        QCOMPARE(http->send("GET", lessonPath(6, 61, 601), {}, {{"If-Modified-Since", before.header("Last-Modified")}})
                     .status,
                 200);
    }

    // A lesson's comment list and the course-wide list (branch comments2): an ETag and a Last-Modified, 304 to a
    // matching If-None-Match (the page is not built then), a new tag when a comment is added, edited or deleted or
    // the query differs, and none of it counted among the bodies' and files' 304s.
    void commentLists_data() { conditions_data(); }
    void commentLists()
    {
        start();
        auto learner = client(u"learner"_s);
        auto teacher = client(u"teacher"_s);
        const QString list = lessonPath(2, 21, 201, u"comment/"_s);
        const QString courseList = u"/api/v2/course/2/comment/"_s;
        const HttpResponse empty = learner->get(list);
        QCOMPARE(empty.status, 200);
        const QByteArray emptyTag = empty.header("ETag");
        QVERIFY2(emptyTag.startsWith('"') && emptyTag.endsWith('"'), emptyTag.constData());
        QVERIFY(empty.header("Last-Modified").endsWith(" GMT"));
        QCOMPARE(learner->send("GET", list, {}, {{"If-None-Match", emptyTag}}).status, 304);
        QVERIFY(learner->get(list + u"?limit=5"_s).header("ETag") != emptyTag);

        const HttpResponse made = learner->post(list, QJsonObject{{u"text"_s, u"Why?"_s}});
        QCOMPARE(made.status, 201);
        const qint64 id = made.json().value(u"id"_s).toInteger();
        const HttpResponse one = learner->send("GET", list, {}, {{"If-None-Match", emptyTag}});
        QCOMPARE(one.status, 200);
        const QByteArray oneTag = one.header("ETag");
        QVERIFY(oneTag != emptyTag);
        QCOMPARE(learner->send("GET", list, {}, {{"If-None-Match", oneTag}}).status, 304);

        const HttpResponse all = teacher->get(courseList);
        QCOMPARE(all.status, 200);
        const QByteArray allTag = all.header("ETag");
        QCOMPARE(teacher->send("GET", courseList, {}, {{"If-None-Match", allTag}}).status, 304);

        // A reply (under another page of the course list, too), an edit, a deletion: each a new tag.
        QCOMPARE(teacher->post(list, QJsonObject{{u"text"_s, u"Because."_s}, {u"parent"_s, id}}).status, 201);
        QCOMPARE(learner->send("GET", list, {}, {{"If-None-Match", oneTag}}).status, 200);
        QCOMPARE(teacher->send("GET", courseList, {}, {{"If-None-Match", allTag}}).status, 200);
        const QByteArray replied = learner->get(list).header("ETag");
        QCOMPARE(learner->send("PUT", list + QString::number(id) + u"/"_s, R"({"text": "Why, really?"})").status, 200);
        const QByteArray edited = learner->get(list).header("ETag");
        QVERIFY(edited != replied);
        QCOMPARE(learner->send("DELETE", list + QString::number(id) + u"/"_s).status, 204);
        QVERIFY(learner->get(list).header("ETag") != edited);

        const RefServerCounters counters = m_server->counters();
        QCOMPARE(counters.commentListsNotModified, 3);
        QCOMPARE(counters.notModified, 0);
    }
};

QTEST_GUILESS_MAIN(tst_RefServerConditional)
#include "tst_RefServerConditional.moc"

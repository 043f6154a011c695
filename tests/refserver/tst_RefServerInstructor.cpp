// The reference server's instructor side, in both dialects: dashboards and learner lists for creators and managers
// only, ordering, search and statuses, and content changes (draft, remove) made for the sync tests.
#include "RefServerFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::model;
using namespace coursedesk::refserver::testing;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_RefServerInstructor : public QObject, protected RefServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }
    void init() { freshServerInTheRowsDialect(); }
    void cleanup() { m_server.reset(); }

    void instructorReads_forbiddenForLearners_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("users") << u"/api/v2/course/1/users/"_s;
        QTest::addRow("quiz") << u"/api/v2/course/1/quiz/"_s;
        QTest::addRow("dashboard") << u"/api/v2/course/1/?view=dashboard"_s;
        QTest::addRow("edit") << u"/api/v2/course/1/?view=edit"_s;
    }
    void instructorReads_forbiddenForLearners()
    {
        QFETCH(QString, path);
        QCOMPARE(client(u"learner"_s)->get(path).status, 403);
        QCOMPARE(client(u"teacher"_s)->get(path).status, 200);
    }

    void users_orderingSearchStatuses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::addRow("default -joined_at") << QString() << 8 << u"dmitri"_s;
        QTest::addRow("joined_at") << u"ordering=joined_at"_s << 8 << u"teacher"_s;
        QTest::addRow("last_active_at") << u"ordering=last_active_at"_s << 8 << u"eve"_s;
        QTest::addRow("-last_active_at") << u"ordering=-last_active_at"_s << 8 << u"teacher"_s;
        QTest::addRow("search") << u"search=ALVES"_s << 1 << u"ana"_s;
        QTest::addRow("statuses") << u"statuses=creator"_s << 1 << u"teacher"_s;
        QTest::addRow("page 2") << u"limit=3&offset=3"_s << 8 << u"ben"_s;
    }
    void users_orderingSearchStatuses()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(QString, first);
        const QJsonObject page = client(u"teacher"_s)->get(u"/api/v2/course/1/users/?"_s + query).json();
        QCOMPARE(page.value(u"count"_s).toInt(), count);
        const QJsonObject row = page.value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(row.value(u"username"_s).toString(), first);
        for (const char *field :
             {"id", "real_name", "avatar", "join_status", "user_completion_rate", "last_active_at", "joined_at"})
            QVERIFY2(row.contains(QLatin1StringView(field)), field);
    }

    void users_badOrdering()
    {
        QCOMPARE(client(u"teacher"_s)->get(u"/api/v2/course/1/users/?ordering=name"_s).status, 400);
    }

    void dashboard_figuresFromTheSeed()
    {
        auto http = client(u"teacher"_s);
        const QJsonObject course = http->get(u"/api/v2/course/1/?view=dashboard"_s).json();
        // ana 82, ben 27, chloe 9, dmitri 0, eve 100, farid 45, learner 0 → 263 / 7 → 38.
        QCOMPARE(course.value(u"avg_completion_rate"_s).toInt(), 38);
        if (platform()) { // a Course Dashboard: the course's fields and the average, no sections
            QVERIFY(!course.contains(u"sections"_s));
        } else {
            QCOMPARE(course.value(u"num_learners"_s).toInt(), 7);
            QCOMPARE(course.value(u"num_learners_completed"_s).toInt(), 1);
            QVERIFY(lessonIds(course).contains(112)); // the draft, for the creator
        }

        const QJsonObject rates = http->get(u"/api/v2/course/1/users/?search=eve"_s).json();
        QCOMPARE(rates.value(u"results"_s).toArray().at(0).toObject().value(u"user_completion_rate"_s).toInt(), 100);

        // statuses filters by the learner's join status (the docs), not by the attempt's result.
        QCOMPARE(http->get(u"/api/v2/course/1/quiz/?statuses=joined"_s).json().value(u"count"_s).toInt(), 8);
        QCOMPARE(http->get(u"/api/v2/course/1/quiz/?statuses=failed"_s).json().value(u"count"_s).toInt(), 0);
        const QJsonObject all = http->get(u"/api/v2/course/1/quiz/?limit=2"_s).json();
        QCOMPARE(all.value(u"count"_s).toInt(), 8);
        QVERIFY(!all.value(u"next"_s).isNull());
        const QJsonObject row = all.value(u"results"_s).toArray().at(0).toObject();
        for (const char *field :
             {"id", "course_id", "section_id", "lesson_id", "name", "created_at", "grade", "result", "user"})
            QVERIFY2(row.contains(QLatin1StringView(field)), field);
        QCOMPARE(http->get(u"/api/v2/course/1/quiz/?search=farid"_s).json().value(u"count"_s).toInt(), 2);
    }

    // statuses of the quiz dashboard is the attempting member's join status, in both dialects.
    void quizStatuses_byJoinStatus_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addRow("absent") << QString() << 8;
        QTest::addRow("joined") << u"?statuses=joined"_s << 8;
        QTest::addRow("manager (the creator made no attempt)") << u"?statuses=manager"_s << 0;
        QTest::addRow("creator") << u"?statuses=creator"_s << 0;
        QTest::addRow("a result is no join status") << u"?statuses=completed"_s << 0;
        QTest::addRow("failed, likewise") << u"?statuses=failed"_s << 0;
        QTest::addRow("repeated keys") << u"?statuses=creator&statuses=joined"_s << 8;
    }
    void quizStatuses_byJoinStatus()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        auto http = client(u"teacher"_s);
        const HttpResponse response = http->get(u"/api/v2/course/1/quiz/"_s + query);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(u"count"_s).toInt(), count);
        // ana's attempts go when she is no longer a joined member.
        const std::optional<User> ana = m_server->store().userByName(u"ana"_s);
        QVERIFY(ana);
        Membership member = m_server->store().membership(ana->id, 1).value();
        member.status = JoinStatus::Requested;
        QVERIFY(m_server->store().join(member).ok());
        const int anas = 2;
        QCOMPARE(http->get(u"/api/v2/course/1/quiz/?statuses=joined"_s).json().value(u"count"_s).toInt(), 8 - anas);
        QCOMPARE(http->get(u"/api/v2/course/1/quiz/?statuses=requested"_s).json().value(u"count"_s).toInt(), anas);
    }

    // view=user&user=<id>: a creator or manager reads one member's Course User Detail, in both dialects.
    void viewUser_oneLearnersCourse_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("user"); // the query's value
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("joinStatus");
        QTest::addColumn<int>("rate");
        QTest::addRow("teacher reads ana") << u"teacher"_s << u"3"_s << 200 << u"joined"_s << 82;
        QTest::addRow("teacher reads learner") << u"teacher"_s << u"2"_s << 200 << u"joined"_s << 0;
        QTest::addRow("teacher reads themself") << u"teacher"_s << u"1"_s << 200 << u"creator"_s << 0;
        QTest::addRow("learner reads themself") << u"learner"_s << u"2"_s << 200 << u"joined"_s << 0;
        QTest::addRow("learner reads ana") << u"learner"_s << u"3"_s << 403 << QString() << 0;
        QTest::addRow("an unknown user") << u"teacher"_s << u"999"_s << 404 << QString() << 0;
        QTest::addRow("not a number") << u"teacher"_s << u"ana"_s << 400 << QString() << 0;
    }
    void viewUser_oneLearnersCourse()
    {
        QFETCH(QString, reader);
        QFETCH(QString, user);
        QFETCH(int, status);
        QFETCH(QString, joinStatus);
        QFETCH(int, rate);
        const HttpResponse response = client(reader)->get(u"/api/v2/course/1/?view=user&user="_s + user);
        QCOMPARE(response.status, status);
        if (status == 403)
            expectError(response, 403, u"FORBIDDEN"_s);
        if (status == 404)
            expectError(response, 404, u"NOT_FOUND"_s);
        if (status == 400 && platform())
            QVERIFY(response.json().value(u"user"_s).isArray());
        if (status != 200)
            return;
        const QJsonObject course = response.json();
        QCOMPARE(course.value(u"join_status"_s).toString(), joinStatus);
        QCOMPARE(course.value(u"user_completion_rate"_s).toInt(), rate);
        // That member's states and locks: drafts only for an instructor; section 13 still drips for learner.
        QCOMPARE(lessonIds(course).contains(112), joinStatus == u"creator"_s);
        const QJsonObject drip = course.value(u"sections"_s).toArray().at(2).toObject();
        QCOMPARE(drip.value(u"locked"_s).toBool(), user == u"2"_s);
        if (user == u"3"_s) {
            QCOMPARE(findLesson(course, 104).value(u"completion_status"_s).toString(), u"completed"_s);
            QCOMPARE(findLesson(course, 110).value(u"locked"_s).toBool(), false); // ana completed 109
            QCOMPARE(findLesson(course, 111).value(u"locked"_s).toBool(), true);
        }
    }

    void lessonChanges_draftAndRemove()
    {
        auto http = client(u"learner"_s);
        const auto change = [&](const QString &action) {
            return http
                ->post(u"/_test/lesson"_s, QJsonObject{{u"course"_s, 2}, {u"lesson"_s, 203}, {u"action"_s, action}})
                .status;
        };
        QCOMPARE(change(u"draft"_s), 204);
        QVERIFY(!lessonIds(http->get(u"/api/v2/course/2/"_s).json()).contains(203));
        QCOMPARE(lockReason(http->get(lessonPath(2, 21, 203))), u"not_published"_s);
        QCOMPARE(change(u"publish"_s), 204);
        QCOMPARE(http->get(lessonPath(2, 21, 203)).status, 200);
        QCOMPARE(change(u"remove"_s), 204);
        QCOMPARE(http->get(lessonPath(2, 21, 203)).status, 404);
        QCOMPARE(http->get(u"/api/v2/course/2/"_s).json().value(u"num_lessons"_s).toInt(), 3);
        QCOMPARE(change(u"remove"_s), 404);
    }

    // --- Faults, latency, clock ---------------------------------------------------------------------------
};

QTEST_GUILESS_MAIN(tst_RefServerInstructor)
#include "tst_RefServerInstructor.moc"

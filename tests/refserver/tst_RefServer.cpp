// The reference server over real HTTP on loopback, in both dialects (contract and platform): tokens, courses,
// lessons. Each test gets a fresh server (in-memory SQLite, demo seed) on a FakeClock. The progress calls and quiz
// attempts are tst_RefServerProgress's; what only the platform does, tst_RefServerPlatform's.
#include "RefServerFixture.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_RefServer : public QObject, protected RefServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }
    void init() { freshServerInTheRowsDialect(); }
    void cleanup() { m_server.reset(); }

    // --- Tokens -------------------------------------------------------------------------------------------

    void token_passwordThenRotatingRefresh()
    {
        auto http = client();
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"password"_s);
        form.addQueryItem(u"username"_s, u"learner"_s);
        form.addQueryItem(u"password"_s, u"learner"_s);
        form.addQueryItem(u"client_id"_s, u"coursedesk"_s);
        const HttpResponse first = http->postForm(u"/oauth/token/"_s, form);
        QCOMPARE(first.status, 200);
        const QJsonObject tokens = first.json();
        QCOMPARE(tokens.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 3600);
        QVERIFY(tokens.contains(u"scope"_s));
        const QString refreshToken = tokens.value(u"refresh_token"_s).toString();
        QVERIFY(!refreshToken.isEmpty());

        QUrlQuery refresh;
        refresh.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        refresh.addQueryItem(u"refresh_token"_s, refreshToken);
        refresh.addQueryItem(u"client_id"_s, u"coursedesk"_s);
        const HttpResponse second = http->postForm(u"/oauth/token/"_s, refresh);
        QCOMPARE(second.status, 200);
        QVERIFY(second.json().value(u"refresh_token"_s).toString() != refreshToken);
        http->setToken(second.json().value(u"access_token"_s).toString());
        const HttpResponse me = http->get(u"/api/v2/user/me/"_s);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"username"_s).toString(), u"learner"_s);
        QCOMPARE(me.json().value(u"real_name"_s).toString(), u"Lee Learner"_s);

        // Rotation: the spent refresh token is refused.
        const HttpResponse again = http->postForm(u"/oauth/token/"_s, refresh);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), u"invalid_grant"_s);
    }

    void token_refused_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("error");
        QTest::addRow("wrong password") << u"grant_type=password&username=learner&password=nope&client_id=coursedesk"_s
                                        << u"invalid_grant"_s;
        QTest::addRow("unknown user") << u"grant_type=password&username=nobody&password=nobody&client_id=coursedesk"_s
                                      << u"invalid_grant"_s;
        QTest::addRow("unknown refresh") << u"grant_type=refresh_token&refresh_token=abc&client_id=coursedesk"_s
                                         << u"invalid_grant"_s;
        QTest::addRow("no password") << u"grant_type=password&username=learner&client_id=coursedesk"_s
                                     << u"invalid_request"_s;
        QTest::addRow("other grant") << u"grant_type=client_credentials&client_id=coursedesk"_s
                                     << u"unsupported_grant_type"_s;
    }
    void token_refused()
    {
        QFETCH(QString, form);
        QFETCH(QString, error);
        const HttpResponse response = client()->postForm(u"/oauth/token/"_s, QUrlQuery(form));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.errorCode(), error);
    }

    void unauthorized_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addRow("no token") << u"none"_s;
        QTest::addRow("unknown token") << u"unknown"_s;
        QTest::addRow("expired by /_test/expire-tokens") << u"expire-route"_s;
        QTest::addRow("expired by the clock") << u"clock"_s;
    }
    void unauthorized()
    {
        QFETCH(QString, how);
        auto http = client(u"learner"_s);
        QCOMPARE(http->get(u"/api/v2/course/"_s).status, 200);
        if (how == u"none"_s)
            http->setToken({});
        else if (how == u"unknown"_s)
            http->setToken(u"not-a-token"_s);
        else if (how == u"expire-route"_s)
            QCOMPARE(http->post(u"/_test/expire-tokens"_s).status, 204);
        else
            m_clock.advanceSecs(3601);
        const HttpResponse response = http->get(u"/api/v2/course/"_s);
        expectError(response, 401, u"UNAUTHORIZED"_s);
        QVERIFY(!response.header("Date").isEmpty());
    }

    // --- Courses ------------------------------------------------------------------------------------------

    void courseList_paginatesWithAbsoluteUrls()
    {
        auto http = client(u"learner"_s);
        const HttpResponse first = http->get(u"/api/v2/course/?limit=1"_s);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"count"_s).toInt(), platform() ? 3 : 2); // the platform's seed adds course 4
        QCOMPARE(first.json().value(u"results"_s).toArray().size(), 1);
        QVERIFY(first.json().value(u"previous"_s).isNull());
        const QString next = first.json().value(u"next"_s).toString();
        QVERIFY2(next.startsWith(m_server->baseUrl().toString() + u"/api/v2/course/"_s), qPrintable(next));

        const HttpResponse second = http->get(next);
        QCOMPARE(second.status, 200);
        const QJsonArray results = second.json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(u"id"_s).toInt(), 2);
        QCOMPARE(second.json().value(u"next"_s).isNull(), !platform());
        QVERIFY(second.json().value(u"previous"_s).toString().startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(results.at(0).toObject().value(u"num_lessons"_s).toInt(), 4); // the draft does not count
    }

    void courseList_statuses_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("platformCount"); // the platform's seed adds course 4 (learner joined, teacher created)
        QTest::addRow("learner, default") << u"learner"_s << QString() << 2 << 3;
        QTest::addRow("teacher, default (creator is a manager)") << u"teacher"_s << QString() << 2 << 3;
        QTest::addRow("learner, creator only") << u"learner"_s << u"?statuses=[\"creator\"]"_s << 0 << 0;
        QTest::addRow("dmitri, joined") << u"dmitri"_s << u"?statuses=joined"_s << 1 << 1;
        QTest::addRow("learner, repeated keys") << u"learner"_s << u"?statuses=joined&statuses=manager"_s << 2 << 3;
        QTest::addRow("teacher, one plain value") << u"teacher"_s << u"?statuses=creator"_s << 2 << 3;
    }
    void courseList_statuses()
    {
        QFETCH(QString, user);
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(int, platformCount);
        const HttpResponse response = client(user)->get(u"/api/v2/course/"_s + query);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(u"count"_s).toInt(), platform() ? platformCount : count);
    }

    void courseDetail_views_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("draftShown");
        QTest::addRow("learner, user") << u"learner"_s << u"user"_s << 200 << false;
        QTest::addRow("learner, no view") << u"learner"_s << QString() << 200 << false;
        QTest::addRow("learner, edit") << u"learner"_s << u"edit"_s << 403 << false;
        QTest::addRow("learner, dashboard") << u"learner"_s << u"dashboard"_s << 403 << false;
        QTest::addRow("teacher, user") << u"teacher"_s << u"user"_s << 200 << true;
        QTest::addRow("teacher, edit") << u"teacher"_s << u"edit"_s << 200 << true;
        QTest::addRow("teacher, dashboard") << u"teacher"_s << u"dashboard"_s << 200 << true;
        QTest::addRow("teacher, unknown view") << u"teacher"_s << u"everything"_s << 400 << false;
        QTest::addRow("dmitri, not joined") << u"dmitri"_s << u"user"_s << 403 << false;
    }
    void courseDetail_views()
    {
        QFETCH(QString, user);
        QFETCH(QString, view);
        QFETCH(int, status);
        QFETCH(bool, draftShown);
        const HttpResponse response =
            client(user)->get(u"/api/v2/course/2/"_s + (view.isEmpty() ? QString() : u"?view="_s + view));
        QCOMPARE(response.status, status);
        if (status != 200) {
            QVERIFY(platform() ? !response.json().isEmpty() : !response.errorCode().isEmpty());
            return;
        }
        const QJsonObject course = response.json();
        QCOMPARE(course.contains(u"avg_completion_rate"_s), view == u"dashboard"_s);
        if (platform() && view == u"dashboard"_s) {
            QVERIFY(!course.contains(u"sections"_s)); // a Course Dashboard: tst_RefServerPlatform
            return;
        }
        QCOMPARE(lessonIds(course).contains(202), draftShown);
        QCOMPARE(course.value(u"num_lessons"_s).toInt(), 4);
        QCOMPARE(course.contains(u"enrollment_id"_s), !platform());
        QCOMPARE(course.contains(u"joined_at"_s), !platform());
    }

    void courseDetail_locksAndProgressFromTheRules()
    {
        auto http = client(u"learner"_s);
        QCOMPARE(http->post(lessonPath(1, 11, 101, u"complete/"_s)).status, 204);
        const QJsonObject course = http->get(u"/api/v2/course/1/?view=user"_s).json();
        QCOMPARE(course.value(u"join_status"_s).toString(), u"joined"_s);
        QCOMPARE(course.value(u"num_lessons"_s).toInt(), 11);
        QCOMPARE(course.value(u"num_lessons_completed"_s).toInt(), 1);
        QCOMPARE(course.value(u"user_completion_rate"_s).toInt(), 9); // 1 of 11
        QVERIFY(!lessonIds(course).contains(112));                    // the draft
        QCOMPARE(findLesson(course, 101).value(u"completion_status"_s).toString(), u"completed"_s);
        QCOMPARE(findLesson(course, 102).value(u"locked"_s).toBool(), false); // 101 done: order opens 102
        QCOMPARE(findLesson(course, 103).value(u"locked"_s).toBool(), true);
        const QJsonObject drip = course.value(u"sections"_s).toArray().at(2).toObject();
        QCOMPARE(drip.value(u"id"_s).toInt(), 13);
        QCOMPARE(drip.value(u"locked"_s).toBool(), true);
        // Joined three days before "now"; section 13 drips after 7 days.
        QCOMPARE(QDateTime::fromString(drip.value(u"available_date"_s).toString(), Qt::ISODateWithMs),
                 m_clock.now().addDays(4));
        QCOMPARE(course.value(u"sections"_s).toArray().at(0).toObject().value(u"num_lessons_completed"_s).toInt(), 1);
    }

    void courseDetail_withoutEnrollmentEndpoint()
    {
        if (platform())
            QSKIP("the contract's option; the platform never has the endpoint (tst_RefServerPlatform)");
        m_server.reset();
        startServer(RefServer::Options{{}, 3600, false});
        auto http = client(u"learner"_s);
        QVERIFY(!http->get(u"/api/v2/course/1/"_s).json().contains(u"enrollment_id"_s));
        QCOMPARE(http->post(u"/api/enrollments/enr_1_2/lessons/101/complete"_s).status, 404);
    }

    void largeSeed_sectionsOfFifty()
    {
        QVERIFY(m_server->seedLarge(120).ok());
        const QJsonObject course = client(u"learner"_s)->get(u"/api/v2/course/1000/"_s).json();
        QCOMPARE(course.value(u"num_lessons"_s).toInt(), 120);
        const QJsonArray sections = course.value(u"sections"_s).toArray();
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(0).toObject().value(u"lessons"_s).toArray().size(), 50);
        QCOMPARE(sections.at(2).toObject().value(u"lessons"_s).toArray().size(), 20);
        QCOMPARE(client(u"teacher"_s)->get(u"/api/v2/course/1000/?view=edit"_s).status, 200);
    }

    void manySeed_threeLearnersJoinedToEveryCourse()
    {
        QVERIFY(m_server->seedMany(3, 120).ok());
        QVERIFY(m_server->seedMany(3, 120).ok()); // seeded already: nothing changes
        QVERIFY(!m_server->seedMany(1, 1000).ok());
        for (const QString &user : {u"learner"_s, u"ana"_s, u"ben"_s}) {
            auto http = client(user);
            QList<qint64> many;
            for (const QJsonValue &course :
                 http->get(u"/api/v2/course/?limit=100"_s).json().value(u"results"_s).toArray()) {
                if (course.toObject().value(u"id"_s).toInteger() >= 5001)
                    many.append(course.toObject().value(u"id"_s).toInteger());
            }
            QCOMPARE(many, (QList<qint64>{5001, 5002, 5003}));
        }
        auto http = client(u"ana"_s);
        const QJsonObject course = http->get(u"/api/v2/course/5002/"_s).json();
        QCOMPARE(course.value(u"type"_s).toString(), u"self-paced"_s);
        QCOMPARE(course.value(u"enforce_lessons_order"_s).toBool(), false);
        QCOMPARE(course.value(u"num_lessons"_s).toInt(), 120);
        const QJsonArray sections = course.value(u"sections"_s).toArray();
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(2).toObject().value(u"id"_s).toInteger(), 500203);
        QCOMPARE(lessonIds(course).constLast(), 5002120);
        // Every lesson is open: the last one can be completed first.
        QCOMPARE(http->post(lessonPath(5002, 500203, 5002120, u"complete/"_s)).status, 204);
        QCOMPARE(lessonState(u"ana"_s, 5002, 5002120), u"completed"_s);
        QCOMPARE(lessonState(u"learner"_s, 5002, 5002120), u"uncompleted"_s);
    }

    // --- Lessons ------------------------------------------------------------------------------------------

    void lesson_correctAnswersOnlyForInstructors_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("withCorrect");
        QTest::addRow("learner") << u"learner"_s << false;
        QTest::addRow("teacher") << u"teacher"_s << true;
    }
    void lesson_correctAnswersOnlyForInstructors()
    {
        QFETCH(QString, user);
        QFETCH(bool, withCorrect);
        const HttpResponse response = client(user)->get(lessonPath(2, 22, 205));
        QCOMPARE(response.status, 200);
        const QJsonObject lesson = response.json();
        QCOMPARE(lesson.value(u"type"_s).toString(), u"quiz"_s);
        QCOMPARE(lesson.value(u"passing_grade"_s).toInt(), 50);
        QCOMPARE(lesson.value(u"course_id"_s).toInt(), 2);
        QCOMPARE(lesson.value(u"section_id"_s).toInt(), 22);
        const QJsonArray questions = lesson.value(u"questions"_s).toArray();
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions.at(0).toObject().value(u"type"_s).toString(), u"multi_choice"_s);
        for (const QJsonValue &question : questions) {
            for (const QJsonValue &answer : question.toObject().value(u"answers"_s).toArray())
                QCOMPARE(answer.toObject().contains(u"correct"_s), withCorrect);
        }
    }

    void lesson_locked_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::addRow("order, read") << QByteArray("GET") << lessonPath(1, 11, 102) << u"order"_s;
        QTest::addRow("order, complete") << QByteArray("POST") << lessonPath(1, 11, 102, u"complete/"_s) << u"order"_s;
        QTest::addRow("order, incomplete")
            << QByteArray("POST") << lessonPath(1, 11, 103, u"incomplete/"_s) << u"order"_s;
        QTest::addRow("order, attempt") << QByteArray("POST") << lessonPath(1, 11, 104, u"attempt/"_s) << u"order"_s;
        QTest::addRow("drip, read") << QByteArray("GET") << lessonPath(1, 13, 109) << u"drip_structured"_s;
        QTest::addRow("draft, read") << QByteArray("GET") << lessonPath(2, 21, 202) << u"not_published"_s;
        QTest::addRow("draft, complete") << QByteArray("POST") << lessonPath(2, 21, 202, u"complete/"_s)
                                         << u"not_published"_s;
    }
    void lesson_locked()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QByteArray body = path.endsWith(u"attempt/"_s)
                                    ? QJsonDocument(responses({{1001, {10002}}})).toJson(QJsonDocument::Compact)
                                    : QByteArray();
        const HttpResponse response = client(u"learner"_s)->send(verb, path, body);
        expectError(response, 403, u"LESSON_LOCKED"_s);
        QCOMPARE(lockReason(response), reason);
        // Creators and managers bypass the rules.
        if (verb == "GET")
            QCOMPARE(client(u"teacher"_s)->get(path).status, 200);
    }

    void lesson_dripFollowsTheServerClock()
    {
        auto http = client(u"learner"_s);
        QCOMPARE(lockReason(http->get(lessonPath(1, 13, 109))), u"drip_structured"_s);
        // Four days later the section is open; the enforced order still holds 109 back. (The access token
        // follows the server clock too: it has expired by then.)
        QCOMPARE(http->post(u"/_test/clock"_s, QJsonObject{{u"skew_seconds"_s, 4 * 86400}}).status, 200);
        QCOMPARE(http->get(lessonPath(1, 13, 109)).status, 401);
        QVERIFY(!http->signIn(u"learner"_s, u"learner"_s).isEmpty());
        QCOMPARE(lockReason(http->get(lessonPath(1, 13, 109))), u"order"_s);
        QCOMPARE(http->post(u"/_test/clock"_s, QJsonObject{{u"skew_seconds"_s, 0}}).status, 200);
        QCOMPARE(lockReason(http->get(lessonPath(1, 13, 109))), u"drip_structured"_s);
        m_clock.advanceDays(4);
        QVERIFY(!http->signIn(u"learner"_s, u"learner"_s).isEmpty());
        QCOMPARE(lockReason(http->get(lessonPath(1, 13, 109))), u"order"_s);
    }

    void notFound_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addRow("course") << QByteArray("GET") << u"/api/v2/course/99/"_s;
        QTest::addRow("section") << QByteArray("GET") << lessonPath(1, 99, 101);
        QTest::addRow("lesson") << QByteArray("GET") << lessonPath(1, 11, 999);
        QTest::addRow("lesson of another section") << QByteArray("GET") << lessonPath(1, 12, 101);
        QTest::addRow("complete, lesson of another section")
            << QByteArray("POST") << lessonPath(2, 22, 201, u"complete/"_s);
        QTest::addRow("attempt id") << QByteArray("GET") << lessonPath(2, 22, 205, u"attempt/999/"_s);
        QTest::addRow("enrollment") << QByteArray("POST") << u"/api/enrollments/enr_nope/lessons/101/complete"_s;
        QTest::addRow("someone else's enrollment")
            << QByteArray("POST") << u"/api/enrollments/enr_1_3/lessons/101/complete"_s;
        QTest::addRow("enrollment lesson") << QByteArray("POST") << u"/api/enrollments/enr_1_2/lessons/999/complete"_s;
        QTest::addRow("enrollment lesson of another course")
            << QByteArray("POST") << u"/api/enrollments/enr_1_2/lessons/201/complete"_s;
        QTest::addRow("endpoint") << QByteArray("GET") << u"/api/v2/nothing/"_s;
    }
    void notFound()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        const HttpResponse response = client(u"learner"_s)->send(verb, path);
        expectError(response, 404, u"NOT_FOUND"_s);
        if (platform())
            QCOMPARE(response.detail(), u"Not found."_s);
    }

    void notJoined_isForbidden()
    {
        auto http = client(u"dmitri"_s); // joined course 1 only
        QCOMPARE(http->get(lessonPath(2, 21, 201)).status, 403);
        expectError(http->post(lessonPath(2, 21, 201, u"complete/"_s)), 403, u"NOT_JOINED"_s);
    }
};

QTEST_GUILESS_MAIN(tst_RefServer)
#include "tst_RefServer.moc"

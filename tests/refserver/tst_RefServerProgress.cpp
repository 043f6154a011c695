// The reference server's progress calls and quiz attempts over real HTTP on loopback, in both dialects: complete
// and incomplete (never a duplicate record), the contract's enrollment-style complete with its two-decimal
// progress, grading and the lesson's state, and the contract's Idempotency-Key (the platform ignores it:
// tst_RefServerPlatform). Each test gets a fresh server (in-memory SQLite, demo seed) on a FakeClock.
#include "RefServerFixture.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_RefServerProgress : public QObject, protected RefServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }
    void init() { freshServerInTheRowsDialect(); }
    void cleanup() { m_server.reset(); }

    // --- Progress -----------------------------------------------------------------------------------------

    void completeAndIncomplete_neverDuplicate()
    {
        auto http = client(u"learner"_s);
        const RefServerCounters before = m_server->counters();
        QCOMPARE(http->post(lessonPath(2, 21, 201, u"complete/"_s)).status, 204);
        QCOMPARE(m_server->counters().completionRecords, before.completionRecords + 1);
        QCOMPARE(http->post(lessonPath(2, 21, 201, u"complete/"_s)).status, 204);
        QCOMPARE(m_server->counters().completionRecords, before.completionRecords + 1);
        QCOMPARE(lessonState(u"learner"_s, 2, 201), u"completed"_s);

        QCOMPARE(http->post(lessonPath(2, 21, 201, u"incomplete/"_s)).status, 204);
        QCOMPARE(lessonState(u"learner"_s, 2, 201), u"uncompleted"_s);
        QCOMPARE(http->post(lessonPath(2, 21, 201, u"incomplete/"_s)).status, 204); // no-op
        const RefServerCounters after = m_server->counters();
        QCOMPARE(after.completionRecords, before.completionRecords);
        QCOMPARE(after.completeCalls, before.completeCalls + 2);
        QCOMPARE(after.incompleteCalls, before.incompleteCalls + 2);

        const QJsonObject counters = http->get(u"/_test/counters"_s).json();
        QCOMPARE(counters.value(u"completion_records"_s).toInt(), after.completionRecords);
        QCOMPARE(counters.value(u"requests"_s).toInt(), after.requests); // /_test/ does not count
    }

    void enrollment_completeThenConflict()
    {
        if (platform())
            QSKIP("the contract's enrollment endpoint");
        auto http = client(u"learner"_s);
        const HttpResponse done = http->post(u"/api/enrollments/enr_2_2/lessons/201/complete"_s);
        QCOMPARE(done.status, 200);
        const QJsonObject body = done.json();
        QCOMPARE(body.value(u"enrollmentId"_s).toString(), u"enr_2_2"_s);
        QCOMPARE(body.value(u"lessonId"_s).toString(), u"201"_s);
        QCOMPARE(QDateTime::fromString(body.value(u"completedAt"_s).toString(), Qt::ISODateWithMs), m_clock.now());
        const QJsonObject progress = body.value(u"courseProgress"_s).toObject();
        QCOMPARE(progress.value(u"completedLessons"_s).toInt(), 1);
        QCOMPARE(progress.value(u"totalLessons"_s).toInt(), 4);
        QCOMPARE(progress.value(u"progressPercentage"_s).toDouble(), 25.0);

        const int records = m_server->counters().completionRecords;
        const HttpResponse again = http->post(u"/api/enrollments/enr_2_2/lessons/201/complete"_s);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"LESSON_ALREADY_COMPLETED"_s);
        QCOMPARE(m_server->counters().completionRecords, records);
        // The enrollment call follows the access rules too.
        QCOMPARE(http->post(u"/api/enrollments/enr_1_2/lessons/102/complete"_s).errorCode(), u"LESSON_LOCKED"_s);
    }

    void enrollment_percentageHasTwoDecimals_data()
    {
        QTest::addColumn<int>("lessons");
        QTest::addColumn<int>("completed");
        QTest::addColumn<QString>("percentage");
        QTest::addRow("5 of 12") << 12 << 5 << u"41.67"_s;
        QTest::addRow("1 of 12") << 12 << 1 << u"8.33"_s;
        QTest::addRow("2 of 3") << 3 << 2 << u"66.67"_s;
        QTest::addRow("3 of 3") << 3 << 3 << u"100"_s;
    }
    void enrollment_percentageHasTwoDecimals()
    {
        if (platform())
            QSKIP("the contract's enrollment endpoint");
        QFETCH(int, lessons);
        QFETCH(int, completed);
        QFETCH(QString, percentage);
        QVERIFY(m_server->seedLarge(lessons).ok());
        auto http = client(u"learner"_s);
        for (int i = 1; i < completed; ++i)
            QCOMPARE(http->post(lessonPath(1000, 10001, 100000 + i, u"complete/"_s)).status, 204);
        const HttpResponse done =
            http->post(u"/api/enrollments/enr_1000_2/lessons/%1/complete"_s.arg(100000 + completed));
        QCOMPARE(done.status, 200);
        QVERIFY2(done.body.contains(QByteArray("\"progressPercentage\":" + percentage.toLatin1())),
                 done.body.constData());
        const QJsonObject progress = done.json().value(u"courseProgress"_s).toObject();
        QCOMPARE(progress.value(u"completedLessons"_s).toInt(), completed);
        QCOMPARE(progress.value(u"totalLessons"_s).toInt(), lessons);
    }

    void enrollment_totalCountsPublishedLessonsNow()
    {
        if (platform())
            QSKIP("the contract's enrollment endpoint");
        QVERIFY(m_server->seedLarge(12).ok());
        auto http = client(u"learner"_s);
        QCOMPARE(http->post(u"/_test/lesson"_s,
                            QJsonObject{{u"course"_s, 1000}, {u"lesson"_s, 100012}, {u"action"_s, u"draft"_s}})
                     .status,
                 204);
        const QJsonObject progress = http->post(u"/api/enrollments/enr_1000_2/lessons/100001/complete"_s)
                                         .json()
                                         .value(u"courseProgress"_s)
                                         .toObject();
        QCOMPARE(progress.value(u"totalLessons"_s).toInt(), 11);
        QCOMPARE(progress.value(u"progressPercentage"_s).toDouble(), 9.09);
    }

    // --- Quiz attempts ------------------------------------------------------------------------------------

    void attempt_invalid_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("problem");
        const QString quiz = lessonPath(2, 22, 205, u"attempt/"_s);
        const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        QTest::addRow("missing question")
            << quiz << json(responses({{2001, {20001}}})) << u"INVALID_RESPONSES"_s << u"unanswered"_s;
        QTest::addRow("unknown question") << quiz << json(responses({{2001, {20001}}, {2002, {20005}}, {9, {1}}}))
                                          << u"INVALID_RESPONSES"_s << u"unknown_question"_s;
        QTest::addRow("unknown answer") << quiz << json(responses({{2001, {20001, 29999}}, {2002, {20005}}}))
                                        << u"INVALID_RESPONSES"_s << u"unknown_option"_s;
        QTest::addRow("two answers to single_choice")
            << quiz << json(responses({{2001, {20001}}, {2002, {20004, 20005}}})) << u"INVALID_RESPONSES"_s
            << u"not_exactly_one_option"_s;
        QTest::addRow("not a quiz") << lessonPath(2, 21, 201, u"attempt/"_s) << json(responses({{1, {1}}}))
                                    << u"INVALID_RESPONSES"_s << u"not_a_quiz"_s;
        QTest::addRow("not JSON") << quiz << QByteArray("{responses") << u"BAD_REQUEST"_s << QString();
        QTest::addRow("wrong shape") << quiz << QByteArray(R"({"responses":[{"question_id":"a"}]})") << u"BAD_REQUEST"_s
                                     << QString();
    }
    void attempt_invalid()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(QString, problem);
        const int attempts = m_server->counters().attempts;
        const HttpResponse response = client(u"learner"_s)->send("POST", path, body);
        QCOMPARE(response.status, 400);
        if (platform()) {
            // What the SDK's error parser reads: {"errors": [{"code", "field", "messages"}]}.
            const QJsonObject first = response.json().value(u"errors"_s).toArray().at(0).toObject();
            QCOMPARE(first.value(u"code"_s).toString(), problem.isEmpty() ? u"invalid"_s : problem);
            QVERIFY(!first.value(u"field"_s).toString().isEmpty());
            QVERIFY(!first.value(u"messages"_s).toArray().at(0).toString().isEmpty());
        } else {
            QCOMPARE(response.errorCode(), error);
        }
        if (!problem.isEmpty() && !platform()) {
            const QJsonArray problems = response.json().value(u"problems"_s).toArray();
            QVERIFY(!problems.isEmpty());
            QCOMPARE(problems.at(0).toObject().value(u"code"_s).toString(), problem);
        }
        QCOMPARE(m_server->counters().attempts, attempts);
    }

    void attempt_gradesAndSetsTheLessonState_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("result");
        QTest::addRow("all right") << allRight << 100 << u"completed"_s;
        QTest::addRow("half right (passing grade 50)")
            << responses({{2001, {20001}}, {2002, {20005}}}) << 50 << u"completed"_s;
        QTest::addRow("all wrong") << allWrong << 0 << u"failed"_s;
    }
    void attempt_gradesAndSetsTheLessonState()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, grade);
        QFETCH(QString, result);
        auto http = client(u"learner"_s);
        const HttpResponse response = http->post(lessonPath(2, 22, 205, u"attempt/"_s), body);
        QCOMPARE(response.status, 200);
        const QJsonObject attempt = response.json();
        const QJsonObject detail = attempt.value(u"quiz_attempt"_s).toObject();
        QCOMPARE(detail.value(u"grade"_s).toInt(), grade);
        QCOMPARE(detail.value(u"result"_s).toString(), result);
        QCOMPARE(detail.value(u"passing_grade"_s).toInt(), 50);
        QCOMPARE(detail.value(u"num_attempts"_s).toInt(), 1);
        QCOMPARE(attempt.value(u"lesson_id"_s).toInt(), 205);
        QCOMPARE(attempt.value(u"user"_s).toObject().value(u"username"_s).toString(), u"learner"_s);
        QCOMPARE(lessonState(u"learner"_s, 2, 205), result);

        const qint64 id = attempt.value(u"id"_s).toInteger();
        const HttpResponse readBack = http->get(lessonPath(2, 22, 205, u"attempt/%1/"_s.arg(id)));
        QCOMPARE(readBack.status, 200);
        QCOMPARE(readBack.json(), attempt);
        const QJsonObject lesson = http->get(lessonPath(2, 22, 205)).json();
        QCOMPARE(lesson.value(u"completion_status"_s).toString(), result);
        QCOMPARE(lastAttempt(lesson).value(u"id"_s).toInteger(), id);
        // Another learner cannot read it.
        QCOMPARE(client(u"ana"_s)->get(lessonPath(2, 22, 205, u"attempt/%1/"_s.arg(id))).status, 404);
    }

    void attempt_idempotencyKey()
    {
        if (platform())
            QSKIP("the contract's Idempotency-Key (the platform ignores it: tst_RefServerPlatform)");
        auto http = client(u"learner"_s);
        const QString path = lessonPath(2, 22, 205, u"attempt/"_s);
        const QByteArray body = QJsonDocument(allWrong).toJson(QJsonDocument::Compact);
        const RefServerCounters before = m_server->counters();
        const HttpResponse first = http->send("POST", path, body, {{"Idempotency-Key", "key-1"}});
        QCOMPARE(first.status, 200);
        const HttpResponse replay = http->send("POST", path, body, {{"Idempotency-Key", "key-1"}});
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json().value(u"id"_s), first.json().value(u"id"_s));
        QCOMPARE(m_server->counters().attempts, before.attempts + 1);
        QCOMPARE(m_server->counters().attemptCalls, before.attemptCalls + 2);

        const HttpResponse other = http->send("POST", path, QJsonDocument(allRight).toJson(QJsonDocument::Compact),
                                              {{"Idempotency-Key", "key-1"}});
        QCOMPARE(other.status, 422);
        QCOMPARE(m_server->counters().attempts, before.attempts + 1);
        QCOMPARE(lessonState(u"learner"_s, 2, 205), u"failed"_s);

        // A new key is a new attempt.
        const HttpResponse second = http->send("POST", path, body, {{"Idempotency-Key", "key-2"}});
        QCOMPARE(second.status, 200);
        QVERIFY(second.json().value(u"id"_s) != first.json().value(u"id"_s));
        QCOMPARE(second.json().value(u"quiz_attempt"_s).toObject().value(u"num_attempts"_s).toInt(), 2);
        const QJsonArray attempts = m_server->state(u"learner"_s, 2)->value(u"attempts"_s).toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).toObject().value(u"key"_s).toString(), u"key-1"_s);
    }
};

QTEST_GUILESS_MAIN(tst_RefServerProgress)
#include "tst_RefServerProgress.moc"

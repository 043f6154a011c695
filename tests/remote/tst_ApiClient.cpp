// ApiClient, the real client, against the reference server on loopback in both of its dialects (the global rows
// "contract" and "platform", Dialects.h): the same calls give the same domain values, and where a platform server
// answers differently (no enrollment endpoint, no idempotency, DRF error bodies), the client still says what happened.
#include "ApiStack.h"
#include "HostileSeed.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

class tst_ApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void signsInAndNamesTheUser()
    {
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        const auto me = await<ApiResult<UserInfo>>([&](auto done) { s.api.me(done); });
        QVERIFY(me && me->ok());
        QCOMPARE(me->value().username, u"learner"_s);
    }

    void wrongPasswordIsATypedError()
    {
        ApiStack s;
        QVERIFY(s.ready);
        const auto tokens =
            await<ApiResult<TokenSet>>([&](auto done) { s.api.passwordGrant(u"learner"_s, u"nope"_s, done); });
        QVERIFY(tokens && !tokens->ok());
        QCOMPARE(tokens->error().kind, ApiError::Kind::Http);
        QCOMPARE(tokens->error().httpStatus, 400);
        QCOMPARE(tokens->error().serverCode, u"invalid_grant"_s); // OAuth's shape in both dialects
    }

    // A platform knows its registered apps only: another client id is refused on every grant, and the server's
    // words say so. The contract takes any client id.
    void anUnregisteredClientIdIsRefusedByAPlatform()
    {
        ApiStack s;
        QVERIFY(s.ready);
        s.api.setClientId(u"someone-else"_s);
        const auto tokens =
            await<ApiResult<TokenSet>>([&](auto done) { s.api.passwordGrant(u"learner"_s, u"learner"_s, done); });
        QVERIFY(tokens.has_value());
        if (!platformRow()) {
            QVERIFY(tokens->ok());
            return;
        }
        QVERIFY(!tokens->ok());
        QCOMPARE(tokens->error().httpStatus, 401);
        QCOMPARE(tokens->error().serverCode, u"invalid_client"_s);
        QCOMPARE(tokens->error().message, u"The client 'someone-else' is not registered here."_s);
        s.api.setClientId({}); // back to CourseDesk's own, the one this server registered
        QCOMPARE(s.api.clientId(), u"coursedesk"_s);
        QVERIFY(s.signIn(u"learner"_s));
    }

    void refreshGrantRotatesTokens()
    {
        ApiStack s;
        QVERIFY(s.ready);
        const auto first =
            await<ApiResult<TokenSet>>([&](auto done) { s.api.passwordGrant(u"learner"_s, u"learner"_s, done); });
        QVERIFY(first && first->ok());
        const auto second =
            await<ApiResult<TokenSet>>([&](auto done) { s.api.refreshGrant(first->value().refreshToken, done); });
        QVERIFY(second && second->ok());
        QVERIFY(second->value().accessToken != first->value().accessToken);
    }

    // The learner's list with the server's default statuses (the parameter left out): never empty on a platform
    // server, which would match no status if it were sent as JSON text. Pages follow `next`.
    void theCourseListFollowsEveryPage()
    {
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        s.api.setPageSize(1); // one request per course
        const int before = s.server.counters().requests;
        const auto courses = await<ApiResult<QList<Course>>>([&](auto done) { s.api.courses(done); });
        QVERIFY(courses && courses->ok());
        QCOMPARE(ids(courses->value()), demoLearnerCourses());
        QCOMPARE(s.server.counters().requests - before, demoLearnerCourses().size());
    }

    // Statuses asked for by name (repeated keys) select the same courses in both dialects.
    void theCourseListByStatus_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<bool>("all"); // every demo course of the learner, else none
        QTest::addRow("learner, joined") << u"learner"_s << QStringList{u"joined"_s} << true;
        QTest::addRow("learner, joined and manager") << u"learner"_s << QStringList{u"joined"_s, u"manager"_s} << true;
        QTest::addRow("learner, creator") << u"learner"_s << QStringList{u"creator"_s} << false;
        QTest::addRow("teacher, creator") << u"teacher"_s << QStringList{u"creator"_s} << true;
        QTest::addRow("teacher, joined") << u"teacher"_s << QStringList{u"joined"_s} << false;
    }
    void theCourseListByStatus()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, statuses);
        QFETCH(bool, all);
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(user));
        const auto courses = await<ApiResult<QList<Course>>>([&](auto done) { s.api.courses(done, statuses); });
        QVERIFY(courses && courses->ok());
        QCOMPARE(ids(courses->value()), all ? demoLearnerCourses() : QList<qint64>{});
    }

    // Every course of the list opens, whatever values it carries: on a platform server course 4 holds a lesson of
    // a type this version does not know (`video`); it is kept, as Unknown, and the course with it.
    void everyListedCourseOpensUnknownValuesIncluded()
    {
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        for (qint64 id : demoLearnerCourses()) {
            const auto detail =
                await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(id, ApiClient::View::User, done); });
            QVERIFY(detail.has_value());
            QVERIFY2(detail->ok(), qPrintable(detail->ok() ? QString() : detail->error().message));
            if (id == 4) {
                const Lesson *video = detail->value().findLesson(402);
                QVERIFY(video);
                QCOMPARE(video->type, LessonType::Unknown);
                QCOMPARE(detail->value().findLesson(401)->type, LessonType::Lesson);
            }
        }
    }

    void learnerPagesByOffset()
    {
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"teacher"_s));
        PageQuery query;
        query.limit = 3;
        const auto first =
            await<ApiResult<coursedesk::Page<LearnerRow>>>([&](auto done) { s.api.courseLearners(1, query, done); });
        QVERIFY(first && first->ok());
        QCOMPARE(first->value().results.size(), 3);
        QVERIFY(first->value().count > 3);
        QVERIFY(!first->value().next.isEmpty());
        query.offset = 3;
        const auto second =
            await<ApiResult<coursedesk::Page<LearnerRow>>>([&](auto done) { s.api.courseLearners(1, query, done); });
        QVERIFY(second && second->ok());
        QVERIFY(second->value().results.constFirst().username != first->value().results.constFirst().username);
    }

    // A platform's learners waiting for their payment are members of a status this client knows
    // (payment_waiting); the page that lists them reads. The contract's demo has no such member.
    void learnersWaitingForPaymentAreListedByTheirStatus()
    {
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"teacher"_s));
        PageQuery query;
        query.statuses = {u"payment_waiting"_s};
        const auto page =
            await<ApiResult<coursedesk::Page<LearnerRow>>>([&](auto done) { s.api.courseLearners(1, query, done); });
        QVERIFY(page && page->ok());
        if (!platformRow()) {
            QCOMPARE(page->value().count, 0);
            return;
        }
        QCOMPARE(page->value().count, 1);
        QCOMPARE(page->value().results.constFirst().username, u"paula"_s);
        QCOMPARE(page->value().results.constFirst().joinStatus, JoinStatus::PaymentWaiting);
    }

    // The quiz dashboard's statuses are the attempting learner's join status, not the attempt's result (course 2
    // with the hostile learners: +cmd joined and passed, @admin invited and failed, eve joined and passed).
    void quizResultsAreFilteredByJoinStatus_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QStringList>("learners");
        QTest::addRow("joined") << QStringList{u"joined"_s} << QStringList{u"+cmd"_s, u"eve"_s};
        QTest::addRow("invited") << QStringList{u"invited"_s} << QStringList{u"@admin"_s};
        QTest::addRow("joined and invited")
            << QStringList{u"joined"_s, u"invited"_s} << QStringList{u"+cmd"_s, u"@admin"_s, u"eve"_s};
        QTest::addRow("a result is no join status") << QStringList{u"failed"_s} << QStringList{};
    }
    void quizResultsAreFilteredByJoinStatus()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QStringList, learners);
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(addHostileLearners(s.server));
        QVERIFY(s.signIn(u"teacher"_s));
        PageQuery query;
        query.statuses = statuses;
        const auto page = await<ApiResult<coursedesk::Page<QuizResultRow>>>(
            [&](auto done) { s.api.courseQuizResults(2, query, done); });
        QVERIFY(page && page->ok());
        QStringList names;
        for (const QuizResultRow &row : page->value().results)
            names.append(row.username);
        names.sort();
        QCOMPARE(names, learners);
    }

    // view=dashboard is a Course Dashboard: the course's fields and avg_completion_rate (the joined learners'
    // average, 263 / 7 rounded), with sections in the contract's reply and none in the platform's.
    void viewDashboardIsReadAsACourseDashboard()
    {
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"teacher"_s));
        const auto dashboard = await<ApiResult<CourseDashboard>>([&](auto done) { s.api.courseDashboard(1, done); });
        QVERIFY(dashboard.has_value());
        QVERIFY2(dashboard->ok(), qPrintable(dashboard->ok() ? QString() : dashboard->error().message));
        QCOMPARE(dashboard->value().course.id, 1);
        QVERIFY(!dashboard->value().course.name.isEmpty());
        QCOMPARE(dashboard->value().course.joinStatus, JoinStatus::Creator);
        QCOMPARE(dashboard->value().averageCompletionRate, std::optional<int>(38));
        QVERIFY(dashboard->value().course.sections.isEmpty());

        QVERIFY(s.signIn(u"learner"_s)); // not an instructor of the course
        const auto refused = await<ApiResult<CourseDashboard>>([&](auto done) { s.api.courseDashboard(1, done); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().httpStatus, 403);
        QVERIFY(!refused->error().message.isEmpty());
    }

    // The enrollment-style completion (seed 001): once only on a contract server. A platform server has no such
    // endpoint: no enrollment id on the course, and the route is a 404, so the client completes through v2.
    void enrollmentCompletionIsOnceOnlyWhereItExists()
    {
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        const auto detail =
            await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(1, ApiClient::View::User, done); });
        QVERIFY(detail && detail->ok());
        const int records = s.server.counters().completionRecords;
        if (platformRow()) {
            QVERIFY(detail->value().enrollmentId.isEmpty());
            const auto missing = await<ApiResult<EnrollmentCompletion>>(
                [&](auto done) { s.api.completeEnrollment(u"enr_1"_s, 101, done); });
            QVERIFY(missing && !missing->ok());
            QCOMPARE(missing->error().httpStatus, 404);
            QCOMPARE(missing->error().message, u"Not found."_s);
            QCOMPARE(s.server.counters().completionRecords, records);
            return;
        }
        const QString enrollment = detail->value().enrollmentId;
        QVERIFY(!enrollment.isEmpty());
        const auto first =
            await<ApiResult<EnrollmentCompletion>>([&](auto done) { s.api.completeEnrollment(enrollment, 101, done); });
        QVERIFY(first && first->ok());
        QCOMPARE(first->value().progress.totalLessons, 11);
        QCOMPARE(first->value().progress.percentage.value_or(-1), 9.09);
        const auto again =
            await<ApiResult<EnrollmentCompletion>>([&](auto done) { s.api.completeEnrollment(enrollment, 101, done); });
        QVERIFY(again && !again->ok());
        QCOMPARE(again->error().httpStatus, 409);
        QCOMPARE(again->error().serverCode, u"LESSON_ALREADY_COMPLETED"_s);
        QCOMPARE(s.server.counters().completionRecords, records + 1); // no duplicate record
        const auto unknown = await<ApiResult<EnrollmentCompletion>>(
            [&](auto done) { s.api.completeEnrollment(u"enr_missing"_s, 101, done); });
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error().httpStatus, 404);
        QCOMPARE(unknown->error().serverCode, u"NOT_FOUND"_s);
    }

    // Idempotency-Key on a quiz attempt: a contract server replays the first attempt and refuses other answers
    // under the same key (422). A platform server ignores the header: every POST is a new attempt (which is why
    // the sync engine looks for a lost attempt before sending it again: tst_AttemptLanding).
    void anIdempotencyKeyIsHonouredByTheContractOnly()
    {
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        for (qint64 lesson : {101, 102, 103}) { // quiz 104 opens once 101-103 are done
            const auto done = await<ApiResult<std::monostate>>([&](auto cb) { s.api.complete(1, 11, lesson, cb); });
            QVERIFY(done && done->ok());
        }
        const QList<QuestionResponse> right{{1001, {10002}}, {1002, {10006}}, {1003, {10009}}};
        const QList<QuestionResponse> wrong{{1001, {10001}}, {1002, {10006}}, {1003, {10009}}};
        const auto send = [&](const QList<QuestionResponse> &answers) {
            return await<ApiResult<QuizAttempt>>([&](auto done) { s.api.attempt(1, 11, 104, answers, u"k"_s, done); });
        };
        const int before = s.server.counters().attempts; // the demo's learners' attempts
        const auto first = send(right);
        QVERIFY(first && first->ok());
        const auto again = send(right);
        QVERIFY(again && again->ok());
        const auto other = send(wrong);
        QVERIFY(other.has_value());
        if (platformRow()) {
            QVERIFY(again->value().id != first->value().id); // a second attempt
            QVERIFY(other->ok());
            QCOMPARE(s.server.counters().attempts, before + 3);
            return;
        }
        QCOMPARE(again->value().id, first->value().id); // the same attempt, not a second one
        QVERIFY(!other->ok());
        QCOMPARE(other->error().httpStatus, 422);
        QCOMPARE(s.server.counters().attempts, before + 1);
    }

    void slowServerTimesOut()
    {
        HttpTransport::Options options;
        options.transferTimeoutMs = 200;
        ApiStack s(options);
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        s.server.setLatencyMs(2000);
        const auto me = await<ApiResult<UserInfo>>([&](auto done) { s.api.me(done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().kind, ApiError::Kind::Timeout);
    }

    void hugeReplyIsCapped()
    {
        HttpTransport::Options options;
        options.maxReplyBytes = 256;
        ApiStack s(options);
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        const auto detail =
            await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(1, ApiClient::View::User, done); });
        QVERIFY(detail && !detail->ok());
        QCOMPARE(detail->error().kind, ApiError::Kind::TooLarge);
    }

    void dateHeaderIsReported()
    {
        ApiStack s;
        QVERIFY(s.ready);
        s.server.setClockSkewSecs(3600);
        QDateTime seen;
        connect(&s.transport, &HttpTransport::serverTimeObserved, this,
                [&](const QDateTime &server, const QDateTime &) { seen = server; });
        QVERIFY(s.signIn(u"learner"_s));
        QVERIFY(seen.isValid());
        QVERIFY(qAbs(apiStart.addSecs(3600).secsTo(seen)) <= 1);
    }
};

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_ApiClient.moc"

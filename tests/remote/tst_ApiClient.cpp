#include "remote/ApiClient.h"

#include "Await.h"
#include "FakeClock.h"
#include "RefServer.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// The real client against the reference server on a loopback port of its own.
struct Stack
{
    FakeClock clock{start};
    RefServer server{clock};
    bool ready = server.seedDemo().ok() && server.listen() != 0;
    QNetworkAccessManager network;
    HttpTransport transport;
    ApiClient api;

    explicit Stack(HttpTransport::Options options = {})
        : transport(network, clock, options)
        , api(transport, server.baseUrl())
    {
    }
    bool signIn(const QString &user)
    {
        const auto tokens = await<ApiResult<TokenSet>>([&](auto done) { api.passwordGrant(user, user, done); });
        if (!tokens || !tokens->ok())
            return false;
        transport.setAccessToken(tokens->value().accessToken);
        return true;
    }
};

} // namespace

class tst_ApiClient : public QObject
{
    Q_OBJECT

private slots:
    void signsInAndNamesTheUser()
    {
        Stack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        const auto me = await<ApiResult<UserInfo>>([&](auto done) { s.api.me(done); });
        QVERIFY(me && me->ok());
        QCOMPARE(me->value().username, u"learner"_s);
    }

    void wrongPasswordIsATypedError()
    {
        Stack s;
        QVERIFY(s.ready);
        const auto tokens =
            await<ApiResult<TokenSet>>([&](auto done) { s.api.passwordGrant(u"learner"_s, u"nope"_s, done); });
        QVERIFY(tokens && !tokens->ok());
        QCOMPARE(tokens->error().kind, ApiError::Kind::Http);
        QCOMPARE(tokens->error().httpStatus, 400);
        QCOMPARE(tokens->error().serverCode, u"invalid_grant"_s);
    }

    void refreshGrantRotatesTokens()
    {
        Stack s;
        QVERIFY(s.ready);
        const auto first = await<ApiResult<TokenSet>>([&](auto done) { s.api.passwordGrant(u"learner"_s, u"learner"_s, done); });
        QVERIFY(first && first->ok());
        const auto second =
            await<ApiResult<TokenSet>>([&](auto done) { s.api.refreshGrant(first->value().refreshToken, done); });
        QVERIFY(second && second->ok());
        QVERIFY(second->value().accessToken != first->value().accessToken);
    }

    void paginationFollowsNextAcrossPages()
    {
        Stack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        s.api.setPageSize(1); // the demo learner has two courses: two pages
        const int before = s.server.counters().requests;
        const auto courses = await<ApiResult<QList<Course>>>([&](auto done) { s.api.courses(done); });
        QVERIFY(courses && courses->ok());
        QCOMPARE(courses->value().size(), 2);
        QCOMPARE(s.server.counters().requests - before, 2);
        QCOMPARE(courses->value().at(0).id, 1);
        QCOMPARE(courses->value().at(1).id, 2);
    }

    void learnerPagesByOffset()
    {
        Stack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"teacher"_s));
        PageQuery query;
        query.limit = 3;
        const auto first = await<ApiResult<coursedesk::Page<LearnerRow>>>([&](auto done) { s.api.courseLearners(1, query, done); });
        QVERIFY(first && first->ok());
        QCOMPARE(first->value().results.size(), 3);
        QVERIFY(first->value().count > 3);
        QVERIFY(!first->value().next.isEmpty());
        query.offset = 3;
        const auto second = await<ApiResult<coursedesk::Page<LearnerRow>>>([&](auto done) { s.api.courseLearners(1, query, done); });
        QVERIFY(second && second->ok());
        QVERIFY(second->value().results.constFirst().username != first->value().results.constFirst().username);
    }

    void errorStatusesAreTyped_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("no token") << u"me-anonymous"_s << 401 << QString();
        QTest::addRow("locked lesson") << u"complete-locked"_s << 403 << u"LESSON_LOCKED"_s;
        QTest::addRow("unknown course") << u"detail-unknown"_s << 404 << QString();
        QTest::addRow("lesson of another section") << u"complete-wrong-section"_s << 404 << QString();
        QTest::addRow("learner asks for view=edit") << u"detail-edit"_s << 403 << QString();
        QTest::addRow("invalid attempt") << u"attempt-invalid"_s << 400 << QString();
        QTest::addRow("enrollment twice") << u"enrollment-twice"_s << 409 << u"LESSON_ALREADY_COMPLETED"_s;
        QTest::addRow("unknown enrollment") << u"enrollment-unknown"_s << 404 << u"NOT_FOUND"_s;
        QTest::addRow("idempotency key reused for other answers") << u"attempt-key-reuse"_s << 422 << QString();
        QTest::addRow("learner dashboard") << u"dashboard-learner"_s << 403 << QString();
    }
    void errorStatusesAreTyped()
    {
        QFETCH(QString, call);
        QFETCH(int, status);
        QFETCH(QString, code);
        Stack s;
        QVERIFY(s.ready);
        if (call != u"me-anonymous"_s)
            QVERIFY(s.signIn(u"learner"_s));
        std::optional<ApiError> error;
        auto expectFailure = [&](auto result) {
            QVERIFY2(result.has_value(), "no reply");
            QVERIFY2(!result->ok(), "the call succeeded");
            error = result->error();
        };
        using Unit = ApiResult<std::monostate>;
        if (call == u"me-anonymous"_s) {
            expectFailure(await<ApiResult<UserInfo>>([&](auto done) { s.api.me(done); }));
        } else if (call == u"complete-locked"_s) {
            expectFailure(await<Unit>([&](auto done) { s.api.complete(1, 11, 103, done); }));
        } else if (call == u"detail-unknown"_s) {
            expectFailure(await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(99, ApiClient::View::User, done); }));
        } else if (call == u"complete-wrong-section"_s) {
            expectFailure(await<Unit>([&](auto done) { s.api.complete(1, 12, 101, done); }));
        } else if (call == u"detail-edit"_s) {
            expectFailure(await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(1, ApiClient::View::Edit, done); }));
        } else if (call == u"attempt-invalid"_s) {
            // Course 2's quiz: find it, then answer nothing.
            const auto detail = await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(2, ApiClient::View::User, done); });
            QVERIFY(detail && detail->ok());
            const Lesson *quiz = nullptr;
            for (const Section &section : detail->value().sections) {
                for (const Lesson &lesson : section.lessons) {
                    if (lesson.isQuiz())
                        quiz = &lesson;
                }
            }
            QVERIFY(quiz);
            expectFailure(await<ApiResult<QuizAttempt>>(
                [&](auto done) { s.api.attempt(2, quiz->sectionId, quiz->id, {}, u"key-1"_s, done); }));
        } else if (call == u"enrollment-twice"_s || call == u"enrollment-unknown"_s) {
            const auto detail = await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(1, ApiClient::View::User, done); });
            QVERIFY(detail && detail->ok());
            const QString enrollment = call == u"enrollment-unknown"_s ? u"enr_missing"_s : detail->value().enrollmentId;
            QVERIFY(!enrollment.isEmpty());
            if (call == u"enrollment-twice"_s) {
                const auto first = await<ApiResult<EnrollmentCompletion>>(
                    [&](auto done) { s.api.completeEnrollment(enrollment, 101, done); });
                QVERIFY(first && first->ok());
                QCOMPARE(first->value().progress.totalLessons, 11);
                QCOMPARE(first->value().progress.percentage.value_or(-1), 9.09);
            }
            const int records = s.server.counters().completionRecords;
            expectFailure(await<ApiResult<EnrollmentCompletion>>(
                [&](auto done) { s.api.completeEnrollment(enrollment, 101, done); }));
            QCOMPARE(s.server.counters().completionRecords, records); // no duplicate record
        } else if (call == u"attempt-key-reuse"_s) {
            // Quiz 104 opens once 101-103 are done.
            for (qint64 lesson : {101, 102, 103}) {
                const auto done = await<Unit>([&](auto cb) { s.api.complete(1, 11, lesson, cb); });
                QVERIFY(done && done->ok());
            }
            const QList<QuestionResponse> right{{1001, {10002}}, {1002, {10006}}, {1003, {10009}}};
            const QList<QuestionResponse> wrong{{1001, {10001}}, {1002, {10006}}, {1003, {10009}}};
            const auto first = await<ApiResult<QuizAttempt>>([&](auto done) { s.api.attempt(1, 11, 104, right, u"k"_s, done); });
            QVERIFY(first && first->ok());
            const auto again = await<ApiResult<QuizAttempt>>([&](auto done) { s.api.attempt(1, 11, 104, right, u"k"_s, done); });
            QVERIFY(again && again->ok());
            QCOMPARE(again->value().id, first->value().id); // the same attempt, not a second one
            expectFailure(await<ApiResult<QuizAttempt>>([&](auto done) { s.api.attempt(1, 11, 104, wrong, u"k"_s, done); }));
        } else if (call == u"dashboard-learner"_s) {
            expectFailure(await<ApiResult<coursedesk::Page<LearnerRow>>>([&](auto done) { s.api.courseLearners(1, {}, done); }));
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::Http);
        QCOMPARE(error->httpStatus, status);
        if (!code.isEmpty())
            QCOMPARE(error->serverCode, code);
        QVERIFY(!error->message.isEmpty());
    }

    void redirectToAnotherOriginKeepsTheTokenHome()
    {
        Stack s;
        QVERIFY(s.ready);
        FakeClock otherClock{start};
        RefServer other(otherClock);
        QVERIFY(other.seedDemo().ok());
        QVERIFY(other.listen() != 0);
        QVERIFY(s.signIn(u"learner"_s));
        Fault redirect;
        redirect.mode = FaultMode::Redirect;
        redirect.status = 302;
        redirect.location = other.baseUrl().toString() + u"/api/v2/user/me/"_s;
        s.server.addFault(redirect);
        const int otherRequests = other.counters().requests;
        const auto me = await<ApiResult<UserInfo>>([&](auto done) { s.api.me(done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().kind, ApiError::Kind::CrossOriginRedirect);
        QCOMPARE(other.counters().requests, otherRequests); // the other host never saw a request
    }

    void redirectWithinTheOriginIsFollowed()
    {
        Stack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        Fault redirect;
        redirect.mode = FaultMode::Redirect;
        redirect.status = 307;
        redirect.pathContains = u"/api/v2/user/me/"_s;
        redirect.location = s.server.baseUrl().toString() + u"/api/v2/user/me/?again=1"_s;
        s.server.addFault(redirect);
        const auto me = await<ApiResult<UserInfo>>([&](auto done) { s.api.me(done); });
        QVERIFY(me && me->ok());
        QCOMPARE(me->value().username, u"learner"_s);
    }

    void brokenRepliesAreTyped_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("kind");
        QTest::addRow("malformed JSON") << int(FaultMode::Malformed) << int(ApiError::Kind::BadReply);
        QTest::addRow("truncated body") << int(FaultMode::Truncate) << int(ApiError::Kind::BadReply);
        QTest::addRow("closed connection") << int(FaultMode::Close) << int(ApiError::Kind::Network);
    }
    void brokenRepliesAreTyped()
    {
        QFETCH(int, mode);
        QFETCH(int, kind);
        Stack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        Fault fault;
        fault.mode = FaultMode(mode);
        fault.count = 2; // QNetworkAccessManager silently resends once when a connection closes before any reply
        s.server.addFault(fault);
        const auto detail = await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(1, ApiClient::View::User, done); });
        QVERIFY(detail && !detail->ok());
        QCOMPARE(int(detail->error().kind), kind);
        QVERIFY(detail->error().isTransient());
    }

    void retryAfterIsReported_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<qint64>("waitMs");
        QTest::addRow("503 in seconds") << 503 << u"7"_s << qint64(7000);
        QTest::addRow("429 as an HTTP date") << 429 << u"Sun, 01 Mar 2026 12:02:00 GMT"_s << qint64(120000);
    }
    void retryAfterIsReported()
    {
        QFETCH(int, status);
        QFETCH(QString, retryAfter);
        QFETCH(qint64, waitMs);
        Stack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        Fault fault;
        fault.status = status;
        fault.retryAfter = retryAfter;
        s.server.addFault(fault);
        const auto me = await<ApiResult<UserInfo>>([&](auto done) { s.api.me(done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().httpStatus, status);
        QCOMPARE(me->error().retryAfterMs.value_or(-1), waitMs);
    }

    void slowServerTimesOut()
    {
        HttpTransport::Options options;
        options.transferTimeoutMs = 200;
        Stack s(options);
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
        Stack s(options);
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        const auto detail = await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(1, ApiClient::View::User, done); });
        QVERIFY(detail && !detail->ok());
        QCOMPARE(detail->error().kind, ApiError::Kind::TooLarge);
    }

    void plainHttpToARemoteHostIsRefusedBeforeAnyByteIsSent()
    {
        FakeClock clock{start};
        QNetworkAccessManager network;
        HttpTransport transport(network, clock, {});
        transport.setAccessToken("secret");
        ApiClient api(transport, QUrl(u"http://school.example.org"_s));
        const auto me = await<ApiResult<UserInfo>>([&](auto done) { api.me(done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().kind, ApiError::Kind::Insecure);
    }

    void dateHeaderIsReported()
    {
        Stack s;
        QVERIFY(s.ready);
        s.server.setClockSkewSecs(3600);
        QDateTime seen;
        connect(&s.transport, &HttpTransport::serverTimeObserved, this,
                [&](const QDateTime &server, const QDateTime &) { seen = server; });
        QVERIFY(s.signIn(u"learner"_s));
        QVERIFY(seen.isValid());
        QVERIFY(qAbs(start.addSecs(3600).secsTo(seen)) <= 1);
    }
};

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_ApiClient.moc"

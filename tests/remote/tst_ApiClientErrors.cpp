// How ApiClient reports every failure against the reference server, in both dialects (Dialects.h): typed errors
// with the server's own words as the message in every body shape the contract and the platform's docs allow, a
// clear generic message when a proxy answered instead, broken replies, Retry-After, and redirects.
#include "ApiStack.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

class tst_ApiClientErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    // The same failures in both dialects, typed; the contract adds a machine code, a platform server its words.
    void errorStatusesAreTyped_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contractCode");
        QTest::addColumn<QString>("platformCode");
        QTest::addRow("no token") << u"me-anonymous"_s << 401 << u"UNAUTHORIZED"_s << QString();
        QTest::addRow("locked lesson") << u"complete-locked"_s << 403 << u"LESSON_LOCKED"_s << QString();
        QTest::addRow("unknown course") << u"detail-unknown"_s << 404 << u"NOT_FOUND"_s << QString();
        QTest::addRow("lesson of another section") << u"complete-wrong-section"_s << 404 << u"NOT_FOUND"_s << QString();
        QTest::addRow("learner asks for view=edit") << u"detail-edit"_s << 403 << QString() << QString();
        QTest::addRow("invalid attempt") << u"attempt-invalid"_s << 400 << u"INVALID_RESPONSES"_s << u"unanswered"_s;
        QTest::addRow("learner dashboard") << u"dashboard-learner"_s << 403 << QString() << QString();
        QTest::addRow("bad ordering") << u"learners-bad-ordering"_s << 400 << u"BAD_REQUEST"_s << QString();
    }
    void errorStatusesAreTyped()
    {
        QFETCH(QString, call);
        QFETCH(int, status);
        QFETCH(QString, contractCode);
        QFETCH(QString, platformCode);
        ApiStack s;
        QVERIFY(s.ready);
        if (call != u"me-anonymous"_s)
            QVERIFY(s.signIn(call == u"learners-bad-ordering"_s ? u"teacher"_s : u"learner"_s));
        std::optional<ApiError> error;
        auto expectFailure = [&](auto result) {
            QVERIFY2(result.has_value(), "no reply");
            QVERIFY2(!result->ok(), "the call succeeded");
            error = result->error();
        };
        using Unit = ApiResult<std::monostate>;
        using Learners = ApiResult<coursedesk::Page<LearnerRow>>;
        if (call == u"me-anonymous"_s) {
            expectFailure(await<ApiResult<UserInfo>>([&](auto done) { s.api.me(done); }));
        } else if (call == u"complete-locked"_s) {
            expectFailure(await<Unit>([&](auto done) { s.api.complete(1, 11, 103, done); }));
        } else if (call == u"detail-unknown"_s) {
            expectFailure(
                await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(99, ApiClient::View::User, done); }));
        } else if (call == u"complete-wrong-section"_s) {
            expectFailure(await<Unit>([&](auto done) { s.api.complete(1, 12, 101, done); }));
        } else if (call == u"detail-edit"_s) {
            expectFailure(
                await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(1, ApiClient::View::Edit, done); }));
        } else if (call == u"attempt-invalid"_s) {
            const auto detail =
                await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(2, ApiClient::View::User, done); });
            QVERIFY(detail && detail->ok());
            const Lesson *quiz = firstQuiz(detail->value());
            QVERIFY(quiz);
            expectFailure(await<ApiResult<QuizAttempt>>(
                [&](auto done) { s.api.attempt(2, quiz->sectionId, quiz->id, {}, u"key-1"_s, done); }));
        } else if (call == u"dashboard-learner"_s) {
            expectFailure(await<Learners>([&](auto done) { s.api.courseLearners(1, {}, done); }));
        } else if (call == u"learners-bad-ordering"_s) {
            PageQuery query;
            query.ordering = u"username"_s;
            expectFailure(await<Learners>([&](auto done) { s.api.courseLearners(1, query, done); }));
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::Http);
        QCOMPARE(error->httpStatus, status);
        const QString code = platformRow() ? platformCode : contractCode;
        if (!code.isEmpty() || platformRow())
            QCOMPARE(error->serverCode, code);
        QVERIFY(!error->message.isEmpty());
        QVERIFY2(!error->message.contains(u'{'), qPrintable(error->message)); // words, never the JSON
    }

    // Every error shape a server may send reaches the learner as words: the server's own text when it gave one
    // ({"error","message"}, {"detail"}, {"errors":[…]}, {"<field>":[…]}), a clear generic message when it gave
    // none (a proxy's HTML page, an empty body).
    void everyErrorShapeReachesThePersonAsWords_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contractMessage"); // the contract's {"error", "message"}
        QTest::addColumn<QString>("platformMessage"); // from {"detail"}, {"errors": […]}, {"<field>": […]}
        QTest::addColumn<QString>("platformCode");    // the first of {"errors": […]}
        const QString locked = u"Complete 'Welcome to CourseDesk' first"_s;
        QTest::addRow("403 on a write: the refusal's reason")
            << u"complete-locked"_s << 403 << locked << locked << QString();
        QTest::addRow("400 on an invalid attempt: each field's messages")
            << u"attempt-invalid"_s << 400 << u"Question 2001 is not answered."_s
            << u"responses: Question 2001 is not answered. responses: Question 2002 is not answered."_s
            << u"unanswered"_s;
        const QString ordering = u"ordering should be joined_at, -joined_at, last_active_at or -last_active_at."_s;
        QTest::addRow("400 on a bad query parameter: the field named")
            << u"learners-bad-ordering"_s << 400 << ordering << u"ordering: "_s + ordering << QString();
        QTest::addRow("404") << u"detail-unknown"_s << 404 << QString() << u"Not found."_s << QString();
        const QString badGateway = u"The server answered 502 Bad Gateway."_s;
        QTest::addRow("a proxy's HTML 502: no HTML, a clear generic message")
            << u"html"_s << 502 << badGateway << badGateway << QString();
        const QString unavailable = u"The server answered 503 Service Unavailable."_s;
        QTest::addRow("an empty 503: a clear generic message")
            << u"empty"_s << 503 << unavailable << unavailable << QString();
    }
    void everyErrorShapeReachesThePersonAsWords()
    {
        QFETCH(QString, call);
        QFETCH(int, status);
        QFETCH(QString, contractMessage);
        QFETCH(QString, platformMessage);
        QFETCH(QString, platformCode);
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(call == u"learners-bad-ordering"_s ? u"teacher"_s : u"learner"_s));
        std::optional<ApiError> error;
        const auto keep = [&](auto result) {
            QVERIFY2(result.has_value() && !result->ok(), "the call should fail");
            error = result->error();
        };
        if (call == u"complete-locked"_s) {
            keep(await<ApiResult<std::monostate>>([&](auto done) { s.api.complete(1, 11, 103, done); }));
        } else if (call == u"attempt-invalid"_s) {
            keep(await<ApiResult<QuizAttempt>>([&](auto done) { s.api.attempt(2, 22, 205, {}, u"k"_s, done); }));
        } else if (call == u"learners-bad-ordering"_s) {
            PageQuery query;
            query.ordering = u"username"_s;
            keep(await<ApiResult<coursedesk::Page<LearnerRow>>>(
                [&](auto done) { s.api.courseLearners(1, query, done); }));
        } else if (call == u"detail-unknown"_s) {
            keep(await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(99, ApiClient::View::User, done); }));
        } else {
            Fault fault;
            fault.mode = call == u"html"_s ? FaultMode::Html : FaultMode::Empty;
            fault.status = status;
            s.server.addFault(fault);
            keep(await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(1, ApiClient::View::User, done); }));
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::Http);
        QCOMPARE(error->httpStatus, status);
        const QString message = platformRow() ? platformMessage : contractMessage;
        if (!message.isEmpty())
            QCOMPARE(error->message, message);
        QVERIFY(!error->message.isEmpty());
        QVERIFY2(!error->message.contains(u'<') && !error->message.contains(u'{'), qPrintable(error->message));
        if (platformRow())
            QCOMPARE(error->serverCode, platformCode);
        QCOMPARE(error->isTransient(), status >= 500);
    }

    void redirectToAnotherOriginKeepsTheTokenHome()
    {
        ApiStack s;
        QVERIFY(s.ready);
        FakeClock otherClock{apiStart};
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
        ApiStack s;
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
        ApiStack s;
        QVERIFY(s.ready);
        QVERIFY(s.signIn(u"learner"_s));
        Fault fault;
        fault.mode = FaultMode(mode);
        fault.count = 2; // QNetworkAccessManager silently resends once when a connection closes before any reply
        s.server.addFault(fault);
        const auto detail =
            await<ApiResult<Course>>([&](auto done) { s.api.courseDetail(1, ApiClient::View::User, done); });
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
        ApiStack s;
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
};

QTEST_GUILESS_MAIN(tst_ApiClientErrors)
#include "tst_ApiClientErrors.moc"

// Fault matrix (design.md, principle 3 and "Outbox rules"): every way a reply can go wrong, before the
// server handled the request and after (the action applied, the reply lost), for every kind of learner action,
// in both of the server's dialects.
//
// Each row: an action taken offline; the fault injected on that action's path; a sync that must keep the
// entry (or, for an expired token, refresh once and finish it), never lose or reject it; the fault cleared
// and the FakeClock moved past any wait; a background sync. Then local equals server, nothing is left in
// the queue and nothing was applied twice: the server's completion records moved by exactly the action's
// effect (a completion or an incompletion sent again is naturally idempotent), and a quiz attempt is one
// attempt. The attempt needs no help from the server for that: a platform server ignores the Idempotency-Key,
// so an attempt whose outcome is unknown is looked for in the lesson's last_attempt first, and sent again only
// if it did not land (SyncEngine::dispatchAttempt); the attempt's grade is then the server's.
#include "SyncClient.h"

#include <QJsonArray>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

enum class Action
{
    CompleteV2,         // POST …/lesson/201/complete/ (a server without the enrollment endpoint, a platform server)
    CompleteEnrollment, // POST /api/enrollments/…/lessons/101/complete (our contract's demo server)
    Incomplete,         // POST …/lesson/201/incomplete/ on a lesson the server has completed
    Attempt,            // POST …/lesson/205/attempt/ with an Idempotency-Key, answered right
};

// What the first sync, with the fault in place, must leave.
enum class FirstTry
{
    Kept, // the entry waits, pending, with a next-try time; the learner still sees the action
    Done, // the engine recovered within the run (a refreshed token), or the reply was whole after all
};

struct ActionCase
{
    const char *name;
    qint64 course;
    qint64 lesson;
    QString path;            // what the fault's path_contains matches
    bool enrollmentEndpoint; // the server offers it (then course details carry an enrollment id)
    QString wish;            // the local state the learner sees once the action is taken
    int recordsDelta;        // the server's completion records, from before the action to the end
    int attemptsDelta;
};

ActionCase actionCase(Action action)
{
    switch (action) {
    case Action::CompleteV2:
        return {"complete_v2", 2, 201, u"/lesson/201/complete/"_s, false, u"completed"_s, 1, 0};
    case Action::CompleteEnrollment:
        return {"complete_enrollment", 1, 101, u"/lessons/101/complete"_s, true, u"completed"_s, 1, 0};
    case Action::Incomplete:
        return {"incomplete", 2, 201, u"/lesson/201/incomplete/"_s, true, u"uncompleted"_s, -1, 0};
    case Action::Attempt:
        return {"quiz_attempt", 2, 205, u"/lesson/205/attempt/"_s, true, u"uncompleted"_s, 1, 1};
    }
    return {};
}

// Quiz 205 of course 2, every answer right (passing grade 50).
const QList<QuestionResponse> rightAnswers{{2001, {20001, 20002}}, {2002, {20005}}};

struct FaultCase
{
    const char *name;
    Fault fault;
    int latencyMs = 0;           // the reply comes after the client gave up (the server has handled it)
    bool expireTokens = false;   // every access token expires; the refresh token still works
    qint64 retryAfterSecs = 0;   // the wait the server asks for; 0: the client's own backoff
    bool hasAfterVariant = true; // whether "the server applied it, then the reply was lost" makes sense
};

Fault statusFault(int status, const QString &retryAfter = {})
{
    Fault fault;
    fault.mode = FaultMode::Status;
    fault.status = status;
    fault.retryAfter = retryAfter;
    return fault;
}

Fault modeFault(FaultMode mode, int count = 1)
{
    Fault fault;
    fault.mode = mode;
    fault.count = count;
    return fault;
}

QList<FaultCase> faultCases()
{
    // The Retry-After date is 90 s after the server's clock at the first sync (the FakeClock does not move
    // before it and the server has no skew).
    return {
        {"500", statusFault(500)},
        {"502", statusFault(502)},
        {"503_retry_after_120s", statusFault(503, u"120"_s), 0, false, 120},
        {"429_retry_after_http_date", statusFault(429, retryAfterDate(syncStart.addSecs(90))), 0, false, 90},
        // The server handles a request at once and holds only its reply back: a timeout is always "applied".
        {"timeout", Fault{}, 1500, false, 0, false},
        // QNetworkAccessManager sends a request again once when the connection closes before any reply: a
        // second close is needed to see the error (and it is a real duplicate POST to the server).
        {"closed_connection", modeFault(FaultMode::Close, 2)},
        {"truncated_body", modeFault(FaultMode::Truncate)},
        {"malformed_json", modeFault(FaultMode::Malformed)},
        // A 401 is answered before anything is handled: there is no "applied" variant.
        {"expired_token", Fault{}, 0, true, 0, false},
    };
}

constexpr quint32 halfRandom = 0x80000000u; // the jitter draws the middle of its range: deterministic waits

} // namespace

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(FirstTry)
Q_DECLARE_METATYPE(Fault)

class tst_FaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void noActionIsLostOrAppliedTwice_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("latencyMs");
        QTest::addColumn<bool>("expireTokens");
        QTest::addColumn<qint64>("retryAfterSecs");
        QTest::addColumn<FirstTry>("firstTry");
        QTest::addColumn<bool>("landed"); // the server applied the action in the first sync (its reply was lost)

        const QList<Action> actions{Action::CompleteV2, Action::CompleteEnrollment, Action::Incomplete,
                                    Action::Attempt};
        for (const FaultCase &faultCase : faultCases()) {
            const bool applied = faultCase.latencyMs > 0;
            for (const bool afterProcessing : {false, true}) {
                if (afterProcessing && !faultCase.hasAfterVariant)
                    continue;
                Fault fault = faultCase.fault;
                fault.afterProcessing = afterProcessing;
                const QByteArray name =
                    QByteArray(faultCase.name) + (afterProcessing || applied ? " after_processing" : "");
                for (const Action action : actions) {
                    // A 204 has no body: cut after its headers, the reply is whole and says the action was done.
                    const bool bodiless = action == Action::CompleteV2 || action == Action::Incomplete;
                    const bool wholeReply = fault.mode == FaultMode::Truncate && afterProcessing && bodiless;
                    const FirstTry first = faultCase.expireTokens || wholeReply ? FirstTry::Done : FirstTry::Kept;
                    QTest::addRow("%s/%s", name.constData(), actionCase(action).name)
                        << action << fault << faultCase.latencyMs << faultCase.expireTokens << faultCase.retryAfterSecs
                        << first << (afterProcessing || applied);
                }
            }
        }
    }

    void noActionIsLostOrAppliedTwice()
    {
        QFETCH(Action, action);
        QFETCH(Fault, fault);
        QFETCH(int, latencyMs);
        QFETCH(bool, expireTokens);
        QFETCH(qint64, retryAfterSecs);
        QFETCH(FirstTry, firstTry);
        QFETCH(bool, landed);
        const ActionCase a = actionCase(action);
        const bool injected = latencyMs == 0 && !expireTokens;

        SyncClientOptions options = optionsFor(currentDialect());
        if (action == Action::CompleteEnrollment && options.server.isPlatform())
            QSKIP("A platform server has no enrollment endpoint to fault: it completes through v2 complete/, the "
                  "complete_v2 rows.");
        options.server.enrollmentEndpoint = a.enrollmentEndpoint;
        if (latencyMs > 0)
            options.transport.transferTimeoutMs = 300;
        options.random = [] { return halfRandom; };
        SyncClient c(options);
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        const Result<CourseOutline> outline = c.session.outline(a.course);
        QVERIFY(outline.ok());
        QCOMPARE(outline->course.enrollmentId.isEmpty(), !options.server.offersEnrollment());

        // The action, offline.
        QString key;
        switch (action) {
        case Action::CompleteV2:
        case Action::CompleteEnrollment:
            QVERIFY(c.session.setCompleted(a.course, a.lesson, true).ok());
            break;
        case Action::Incomplete:
            QVERIFY(c.session.setCompleted(a.course, a.lesson, true).ok());
            QCOMPARE(c.sync().sent, 1);
            QCOMPARE(c.serverState(a.course, a.lesson), u"completed"_s);
            QVERIFY(c.session.setCompleted(a.course, a.lesson, false).ok());
            break;
        case Action::Attempt: {
            const Result<QuizSubmission> submitted = c.session.submitQuiz(a.course, a.lesson, rightAnswers);
            QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().message));
            key = submitted->attempt.idempotencyKey;
            break;
        }
        }
        QCOMPARE(c.unfinished().size(), 1);
        const RefServerCounters before = c.server.counters();

        // The fault, then a sync (what "Sync now" does).
        if (injected) {
            fault.pathContains = a.path;
            c.server.addFault(fault);
        }
        c.server.setLatencyMs(latencyMs);
        if (expireTokens)
            c.server.expireTokens();
        const QByteArray tokenBefore = c.runtime->credentials().accessToken;
        const QDateTime firstAt = c.clock.now();
        const SyncReport first = c.sync();

        QCOMPARE(first.rejected, 0);
        if (firstTry == FirstTry::Kept) {
            QCOMPARE(c.localState(a.course, a.lesson), a.wish); // the learner's work stays on screen
            QVERIFY(first.failure.has_value());
            QCOMPARE(first.sent, 0);
            QCOMPARE(first.pending, 1);
            const QList<OutboxEntry> kept = c.unfinished();
            QCOMPARE(kept.size(), 1);
            QCOMPARE(kept.constFirst().state, OutboxState::Pending);
            QCOMPARE(kept.constFirst().lessonId, a.lesson);
            QCOMPARE(kept.constFirst().idempotencyKey, key);
            QVERIFY(kept.constFirst().nextTryAt.isValid());
            QCOMPARE(first.waitingUntil, kept.constFirst().nextTryAt);
            if (retryAfterSecs > 0) {
                QVERIFY2(qAbs(first.waitingUntil.msecsTo(firstAt.addSecs(retryAfterSecs))) <= 1000,
                         qPrintable(first.waitingUntil.toString(Qt::ISODateWithMs)));
            } else {
                // Full jitter under a 2 s ceiling for a first failure; the injected random draws its middle.
                QCOMPARE(firstAt.msecsTo(first.waitingUntil), 1000);
            }
        } else {
            QVERIFY2(!first.failure, first.failure ? qPrintable(first.failure->message) : "");
            QCOMPARE(first.sent, 1);
            QCOMPARE(first.pending, 0);
            QVERIFY(c.unfinished().isEmpty());
            if (expireTokens) { // refreshed once, saved, then retried
                QVERIFY(c.runtime->credentials().accessToken != tokenBefore);
                QCOMPARE(c.storedCredentials().accessToken, c.runtime->credentials().accessToken);
            }
        }

        // The fault is over and its wait has passed: the scheduler's next run (a background run) finishes it.
        c.server.clearFaults();
        if (first.waitingUntil.isValid())
            c.clock.set(first.waitingUntil.addSecs(1));
        const RefServerCounters beforeSecond = c.server.counters();
        const SyncReport second = c.sync(SyncEngine::Trigger::Background);
        QVERIFY2(!second.failure, second.failure ? qPrintable(second.failure->message) : "");
        QCOMPARE(second.rejected, 0);
        QCOMPARE(second.sent, firstTry == FirstTry::Kept ? 1 : 0);
        const RefServerCounters afterSecond = c.server.counters();
        if (action == Action::Attempt) {
            // Read back first: an attempt that landed is not sent again; one that did not is sent once.
            QCOMPARE(afterSecond.attemptCalls - beforeSecond.attemptCalls,
                     firstTry == FirstTry::Kept && !landed ? 1 : 0);
        } else if (firstTry == FirstTry::Kept) {
            // A completion or an incompletion is sent again as it is, landed or not: it is idempotent.
            QCOMPARE(writeCalls(afterSecond) - writeCalls(beforeSecond), 1);
        }

        // Nothing lost, nothing rejected, nothing applied twice; local equals server.
        QVERIFY(c.unfinished().isEmpty());
        const QStringList local = c.localStates(a.course);
        QCOMPARE(c.serverStates(a.course, local), local);
        QCOMPARE(c.localState(a.course, a.lesson), action == Action::Incomplete ? u"uncompleted"_s : u"completed"_s);
        const RefServerCounters after = c.server.counters();
        QCOMPARE(after.completionRecords - before.completionRecords, a.recordsDelta);
        // QNetworkAccessManager itself would send a POST again when the connection closes before any reply, and
        // a platform server, which ignores the Idempotency-Key, would make two attempts: the transport sends an
        // attempt's body once (HttpRequest::sendOnce), and the engine reads the lesson back before trying again.
        QCOMPARE(after.attempts - before.attempts, a.attemptsDelta);
        if (action == Action::Attempt) {
            // The server records every attempt's Idempotency-Key, used or not: this one is there once.
            QHash<qint64, int> gradesById; // the server's attempts under this key
            for (const QJsonValue &row : c.server.state(u"learner"_s, a.course)->value(u"attempts"_s).toArray()) {
                if (row[u"key"_s].toString() == key)
                    gradesById.insert(row[u"id"_s].toInteger(), row[u"grade"_s].toInt());
            }
            QCOMPARE(gradesById.size(), 1);
            // The local attempt carries the server's id and grade, whether its reply or the read-back brought them.
            const Result<std::optional<coursedesk::AttemptRecord>> local = c.state.attempts().byKey(key);
            QVERIFY(local.ok() && local->has_value() && (*local)->result.has_value());
            QCOMPARE((*local)->state, AttemptState::Graded);
            QVERIFY(gradesById.contains((*local)->result->id));
            QCOMPARE((*local)->result->grade, gradesById.value((*local)->result->id));
            QCOMPARE((*local)->result->grade, 100);
            const Result<Lesson> graded = c.session.lesson(a.course, a.lesson);
            QVERIFY(graded.ok() && graded->body->lastAttempt.has_value());
            QCOMPARE(graded->body->lastAttempt->grade, 100); // the server's grade reached the cache
        }
    }
};

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_FaultMatrix.moc"

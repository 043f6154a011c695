// Exactly once without the server's help (design.md, principle 3 and "Outbox rules"; api-contract.md, "What a
// platform server does differently", point 3), in both of the server's dialects.
//
// The client keeps sending an Idempotency-Key with every quiz attempt and does not rely on it: a platform server
// ignores it (it still records it, so /_test/state tells each attempt's key). So:
// - a completion or an incompletion whose reply was lost is simply sent again: it is naturally idempotent, and the
//   server still holds one completion record;
// - a quiz attempt whose outcome is unknown (sent, no definitive reply: a lost reply, a timeout, a crash while it
//   was in flight) is looked for in the lesson's last_attempt before it is sent again. Landed: the server's attempt
//   is the answer (its id and grade are kept here) and nothing is sent. Not landed: it is sent once more.
// In every case the server ends with exactly one attempt per attempt taken, the local attempt has the server's
// grade, and the queue is empty. The fault matrix (tst_FaultMatrix) crosses every fault with every action; this
// file states the rules one by one.
#include "SyncClient.h"

#include <QJsonArray>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

// Quiz 205 of course 2 (section 22, passing grade 50): every answer right, and a half-right try (50: passed).
const QList<QuestionResponse> rightAnswers{{2001, {20001, 20002}}, {2002, {20005}}};
const QList<QuestionResponse> halfRight{{2001, {20001}}, {2002, {20005}}};
const QString attemptPath = u"/lesson/205/attempt/"_s;

Fault lostReply(FaultMode mode, bool afterProcessing, const QString &path, int status = 500)
{
    Fault fault;
    fault.mode = mode;
    fault.status = status;
    // QNetworkAccessManager sends a request again once when the connection closes before any reply: a second
    // close makes the loss visible to the client.
    fault.count = mode == FaultMode::Close ? 2 : 1;
    fault.afterProcessing = afterProcessing;
    fault.pathContains = path;
    return fault;
}

// The server's attempts of the learner in course 2 under one Idempotency-Key: id → grade.
QHash<qint64, int> serverAttemptsWithKey(const SyncClient &c, const QString &key)
{
    QHash<qint64, int> found;
    for (const QJsonValue &row : c.server.state(u"learner"_s, 2)->value(u"attempts"_s).toArray()) {
        if (row[u"key"_s].toString() == key)
            found.insert(row[u"id"_s].toInteger(), row[u"grade"_s].toInt());
    }
    return found;
}

// The local attempt, as the cache holds it.
coursedesk::AttemptRecord localAttempt(SyncClient &c, const QString &key)
{
    const Result<std::optional<coursedesk::AttemptRecord>> record = c.state.attempts().byKey(key);
    return record && record->has_value() ? **record : coursedesk::AttemptRecord{};
}

// Local equals server, nothing queued, and the attempt under `key` is one attempt on the server, whose id and
// grade the cache holds.
void verifyOneAttemptLanded(SyncClient &c, const QString &key, int grade)
{
    QVERIFY(c.unfinished().isEmpty());
    const QHash<qint64, int> server = serverAttemptsWithKey(c, key);
    QCOMPARE(server.size(), 1);
    const coursedesk::AttemptRecord local = localAttempt(c, key);
    QCOMPARE(local.state, AttemptState::Graded);
    QVERIFY(local.result.has_value());
    QCOMPARE(local.result->id, server.constBegin().key());
    QCOMPARE(local.result->grade, server.constBegin().value());
    QCOMPARE(local.result->grade, grade);
    const QStringList states = c.localStates(2);
    QCOMPARE(c.serverStates(2, states), states);
}

} // namespace

Q_DECLARE_METATYPE(Fault)

class tst_ExactlyOnce : public QObject
{
    Q_OBJECT

    // The ways a reply can be lost. A connection closed after processing is left to tst_FaultMatrix: there
    // QNetworkAccessManager itself sends the POST twice, which is the transport's to prevent, not the engine's.
    static void addLostReplyRows(bool afterProcessing, const QString &path)
    {
        QTest::addColumn<Fault>("fault");
        if (!afterProcessing)
            QTest::addRow("connection closed") << lostReply(FaultMode::Close, afterProcessing, path);
        QTest::addRow("500") << lostReply(FaultMode::Status, afterProcessing, path, 500);
        QTest::addRow("503") << lostReply(FaultMode::Status, afterProcessing, path, 503);
        QTest::addRow("truncated body") << lostReply(FaultMode::Truncate, afterProcessing, path);
        QTest::addRow("malformed JSON") << lostReply(FaultMode::Malformed, afterProcessing, path);
        QTest::addRow("a proxy's HTML page") << lostReply(FaultMode::Html, afterProcessing, path, 502);
    }

private slots:
    void initTestCase_data() { addDialectRows(); }

    // --- Completions and incompletions: naturally idempotent, sent again as they are ---

    void aCompletionSentAgainAfterALostReplyLeavesOneRecord_data()
    {
        QTest::addColumn<bool>("complete"); // a completion; else an incompletion of a completed lesson
        QTest::addColumn<Fault>("fault");
        for (const bool complete : {true, false}) {
            const QString path = complete ? u"/201/complete"_s : u"/201/incomplete/"_s;
            const char *action = complete ? "completion" : "incompletion";
            QTest::addRow("%s/connection closed", action) << complete << lostReply(FaultMode::Close, true, path);
            QTest::addRow("%s/500", action) << complete << lostReply(FaultMode::Status, true, path, 500);
            QTest::addRow("%s/503", action) << complete << lostReply(FaultMode::Status, true, path, 503);
            QTest::addRow("%s/a proxy's HTML page", action) << complete << lostReply(FaultMode::Html, true, path);
        }
    }

    void aCompletionSentAgainAfterALostReplyLeavesOneRecord()
    {
        QFETCH(bool, complete);
        QFETCH(Fault, fault);
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        if (!complete) {
            QVERIFY(c.session.setCompleted(2, 201, true).ok());
            QCOMPARE(c.sync().sent, 1);
        }
        QVERIFY(c.session.setCompleted(2, 201, complete).ok());
        const QString wish = complete ? u"completed"_s : u"uncompleted"_s;
        const RefServerCounters before = c.server.counters();

        // The server applies the action and the reply is lost: the entry stays, as if nothing had happened.
        c.server.addFault(fault);
        const SyncReport lost = c.sync();
        QVERIFY(lost.failure.has_value());
        QCOMPARE(lost.sent, 0);
        QCOMPARE(lost.pending, 1);
        QCOMPARE(c.serverState(2, 201), wish); // it landed all the same
        QCOMPARE(c.localState(2, 201), wish);

        // Sent again as it is: the server handles it once more and still holds one record.
        c.server.clearFaults();
        const SyncReport again = c.sync();
        QVERIFY2(!again.failure, again.failure ? qPrintable(again.failure->message) : "");
        QCOMPARE(again.sent, 1);
        const RefServerCounters after = c.server.counters();
        QVERIFY(writeCalls(after) - writeCalls(before) >= 2); // handled at least twice
        QCOMPARE(after.completionRecords - before.completionRecords, complete ? 1 : -1);
        QCOMPARE(c.serverState(2, 201), wish);
        QVERIFY(c.unfinished().isEmpty());
        const QStringList states = c.localStates(2);
        QCOMPARE(c.serverStates(2, states), states);
    }

    // --- Quiz attempts: read back before being sent again ---

    void anAttemptWhoseReplyWasLostAfterItLandedIsNotSentAgain_data() { addLostReplyRows(true, attemptPath); }

    void anAttemptWhoseReplyWasLostAfterItLandedIsNotSentAgain()
    {
        QFETCH(Fault, fault);
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        const Result<QuizSubmission> submitted = c.session.submitQuiz(2, 205, rightAnswers);
        QVERIFY(submitted.ok());
        const QString key = submitted->attempt.idempotencyKey;
        const RefServerCounters before = c.server.counters();

        c.server.addFault(fault);
        const SyncReport lost = c.sync();
        QVERIFY(lost.failure.has_value());
        QCOMPARE(lost.pending, 1);
        QCOMPARE(localAttempt(c, key).state, AttemptState::AwaitingGrading); // nothing known yet
        QCOMPARE(c.server.counters().attemptCalls - before.attemptCalls, 1);
        QCOMPARE(c.server.counters().attempts - before.attempts, 1); // it landed

        c.server.clearFaults();
        const SyncReport found = c.sync();
        QVERIFY2(!found.failure, found.failure ? qPrintable(found.failure->message) : "");
        QCOMPARE(found.sent, 1);
        QCOMPARE(c.server.counters().attemptCalls - before.attemptCalls, 1); // not sent again
        QCOMPARE(c.server.counters().attempts - before.attempts, 1);
        verifyOneAttemptLanded(c, key, 100);
        QCOMPARE(c.localState(2, 205), u"completed"_s);
    }

    void anAttemptWhoseReplyWasLostBeforeItLandedIsSentAgainOnce_data() { addLostReplyRows(false, attemptPath); }

    void anAttemptWhoseReplyWasLostBeforeItLandedIsSentAgainOnce()
    {
        QFETCH(Fault, fault);
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        const Result<QuizSubmission> submitted = c.session.submitQuiz(2, 205, rightAnswers);
        QVERIFY(submitted.ok());
        const QString key = submitted->attempt.idempotencyKey;
        const RefServerCounters before = c.server.counters();

        c.server.addFault(fault);
        const SyncReport lost = c.sync();
        QVERIFY(lost.failure.has_value());
        QCOMPARE(lost.pending, 1);
        QCOMPARE(c.server.counters().attempts, before.attempts); // it did not land
        QCOMPARE(c.serverState(2, 205), u"uncompleted"_s);

        c.server.clearFaults();
        const SyncReport again = c.sync();
        QVERIFY2(!again.failure, again.failure ? qPrintable(again.failure->message) : "");
        QCOMPARE(again.sent, 1);
        QCOMPARE(c.server.counters().attemptCalls - before.attemptCalls, 1); // sent again, once
        QCOMPARE(c.server.counters().attempts - before.attempts, 1);
        verifyOneAttemptLanded(c, key, 100);
        QCOMPARE(c.localState(2, 205), u"completed"_s);
    }

    // The app was killed while an attempt was in flight: its first send is recorded, its entry is in flight, and
    // the server may or may not have it. The next run reads the lesson back first.
    void anAttemptInFlightWhenTheAppDiedIsReadBackAtTheNextRun_data()
    {
        QTest::addColumn<bool>("landed");
        QTest::addRow("it had landed: taken from the server") << true;
        QTest::addRow("it had not: sent") << false;
    }

    void anAttemptInFlightWhenTheAppDiedIsReadBackAtTheNextRun()
    {
        QFETCH(bool, landed);
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        const Result<QuizSubmission> submitted = c.session.submitQuiz(2, 205, rightAnswers);
        QVERIFY(submitted.ok());
        const QString key = submitted->attempt.idempotencyKey;

        // What the killed run left: the entry in flight, the first send recorded (as SyncEngine records it), and,
        // if the request got out, the attempt on the server, its reply never read.
        const QList<OutboxEntry> queued = c.unfinished();
        QCOMPARE(queued.size(), 1);
        QVERIFY(c.state.outbox().markInFlight(queued.constFirst().id).ok());
        QVERIFY(c.state.attempts().markFirstSent(key, c.session.serverClock().now(), -1).ok());
        if (landed) {
            const auto sent = await<ApiResult<QuizAttempt>>(
                [&](auto done) { c.api.attempt(2, 22, 205, rightAnswers, key, done); });
            QVERIFY(sent && sent->ok());
        }
        const RefServerCounters before = c.server.counters();

        const SyncReport next = c.sync();
        QVERIFY2(!next.failure, next.failure ? qPrintable(next.failure->message) : "");
        QCOMPARE(next.sent, 1);
        QCOMPARE(c.server.counters().attemptCalls - before.attemptCalls, landed ? 0 : 1);
        verifyOneAttemptLanded(c, key, 100);
    }

    // The read-back must not mistake an earlier attempt for the lost one: a learner who takes the quiz twice with
    // the same answers, seconds apart, made two attempts, and the second is sent even though the lesson's
    // last_attempt already shows those answers (the first attempt's).
    void twoAttemptsWithTheSameAnswersAreTwoAttempts_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addRow("the second's reply lost before it landed") << lostReply(FaultMode::Status, false, attemptPath);
        QTest::addRow("the second's reply lost after it landed") << lostReply(FaultMode::Status, true, attemptPath);
    }

    void twoAttemptsWithTheSameAnswersAreTwoAttempts()
    {
        QFETCH(Fault, fault);
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        const Result<QuizSubmission> first = c.session.submitQuiz(2, 205, halfRight);
        QVERIFY(first.ok());
        QCOMPARE(c.sync().sent, 1);
        verifyOneAttemptLanded(c, first->attempt.idempotencyKey, 50);
        if (QTest::currentTestFailed())
            return;

        c.clock.advanceSecs(5);
        const Result<QuizSubmission> second = c.session.submitQuiz(2, 205, halfRight);
        QVERIFY(second.ok());
        const QString key = second->attempt.idempotencyKey;
        const RefServerCounters before = c.server.counters();
        c.server.addFault(fault);
        QVERIFY(c.sync().failure.has_value());
        c.server.clearFaults();
        const SyncReport again = c.sync();
        QVERIFY2(!again.failure, again.failure ? qPrintable(again.failure->message) : "");
        QCOMPARE(again.sent, 1);

        QCOMPARE(c.server.counters().attempts - before.attempts, 1);
        verifyOneAttemptLanded(c, key, 50);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(localAttempt(c, key).result->id != localAttempt(c, first->attempt.idempotencyKey).result->id);
        QCOMPARE(localAttempt(c, key).result->numAttempts, 2);
    }
};

QTEST_GUILESS_MAIN(tst_ExactlyOnce)
#include "tst_ExactlyOnce.moc"

// When failed actions are tried again, against the reference server in both of its dialects (design.md, "Outbox
// rules"): network errors and 5xx wait RetryPolicy's backoff (tst_RetryPolicy); 429/503 wait as Retry-After says,
// for every course; a background run lets an entry wait for its next-try time, "Sync now" does not. And the
// background scheduler: offline, back online, sign-in refused, debounced local actions (SyncScheduler).
//
// The faults match a completion's path in both dialects ("/201/complete": our contract's enrollment endpoint,
// …/lessons/201/complete, and a platform server's …/lesson/201/complete/). A platform server's 429 and 503 carry a
// {"detail"} body; Retry-After is the same header in both.
//
// The jitter's random numbers are injected and "now" is a FakeClock: no test sleeps through a backoff.
#include "SyncClient.h"

#include "sync/SyncScheduler.h"

#include <QElapsedTimer>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 maxRandom = 0xFFFFFFFFu;
constexpr quint32 halfRandom = 0x80000000u;

Fault failing(int status, int count = 1, const QString &path = {}, const QString &retryAfter = {})
{
    Fault fault;
    fault.status = status;
    fault.count = count;
    fault.pathContains = path;
    fault.retryAfter = retryAfter;
    return fault;
}

SyncClientOptions withRandom(std::function<quint32()> random)
{
    SyncClientOptions options = optionsFor(currentDialect());
    options.random = std::move(random);
    return options;
}

const OutboxEntry *entryFor(const QList<OutboxEntry> &entries, qint64 lessonId)
{
    for (const OutboxEntry &entry : entries) {
        if (entry.lessonId == lessonId)
            return &entry;
    }
    return nullptr;
}

// Signed in and synced once; lessons 201 and then 203 of course 2 completed here; 201's completion refused with a
// 500 `times` times (-1: always).
bool queueBehindAFailure(SyncClient &c, int times)
{
    if (!c.serverUp || !c.signIn() || c.sync().failure)
        return false;
    if (!c.session.setCompleted(2, 201, true).ok() || !c.session.setCompleted(2, 203, true).ok())
        return false;
    c.server.addFault(failing(500, times, u"/201/complete"_s));
    return true;
}

} // namespace

Q_DECLARE_METATYPE(coursedesk::SyncEngine::Trigger)
Q_DECLARE_METATYPE(coursedesk::SyncStatus::State)

class tst_SyncRetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    // --- SyncEngine: backoff on a FakeClock ---

    void aServerErrorSchedulesTheNextTryWithinThePolicy_data()
    {
        QTest::addColumn<quint32>("random");
        QTest::addColumn<qint64>("firstWait");  // after one failure: ceiling 2 s
        QTest::addColumn<qint64>("secondWait"); // after two: ceiling 4 s
        QTest::addRow("zero random") << quint32(0) << qint64(0) << qint64(0);
        QTest::addRow("middle") << halfRandom << qint64(1000) << qint64(2000);
        QTest::addRow("max random") << maxRandom << qint64(1999) << qint64(3999);
    }

    void aServerErrorSchedulesTheNextTryWithinThePolicy()
    {
        QFETCH(quint32, random);
        QFETCH(qint64, firstWait);
        QFETCH(qint64, secondWait);
        SyncClient c(withRandom([random] { return random; }));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(2, 201, true).ok());
        c.server.addFault(failing(500, -1, u"/201/complete"_s));

        const QDateTime now = c.clock.now();
        const SyncReport first = c.sync();
        QVERIFY(first.failure.has_value());
        QCOMPARE(first.failure->httpStatus, 500);
        OutboxEntry kept = c.unfinished().constFirst();
        QCOMPARE(kept.state, OutboxState::Pending);
        QCOMPARE(kept.tries, 1);
        QCOMPARE(now.msecsTo(kept.nextTryAt), firstWait);
        QCOMPARE(first.waitingUntil, kept.nextTryAt);

        const SyncReport second = c.sync(); // "Sync now": tried again at once, and fails again
        QVERIFY(second.failure.has_value());
        QCOMPARE(second.failure->httpStatus, 500);
        kept = c.unfinished().constFirst();
        QCOMPARE(kept.tries, 2);
        QCOMPARE(now.msecsTo(kept.nextTryAt), secondWait);
    }

    // The engine takes a course's next entries in flight together (SyncEngine::claimWindow); when the first fails,
    // the ones behind it were never sent: they are pending again, no try counted, nothing waits for them.
    void entriesBehindAFailedOneAreReleasedUntried()
    {
        SyncClient c(withRandom([] { return halfRandom; }));
        QVERIFY(queueBehindAFailure(c, -1));

        const SyncReport report = c.sync();
        QVERIFY(report.failure.has_value());
        QCOMPARE(report.sent, 0);
        const QList<OutboxEntry> entries = c.unfinished();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entryFor(entries, 201)->tries, 1);
        QVERIFY(entryFor(entries, 201)->nextTryAt.isValid());
        const OutboxEntry *behind = entryFor(entries, 203);
        QCOMPARE(behind->state, OutboxState::Pending);
        QCOMPARE(behind->tries, 0);
        QVERIFY(!behind->nextTryAt.isValid());
        QCOMPARE(c.serverState(2, 203), u"uncompleted"_s); // never sent
        // The learner's change to a released lesson is one entry, as if it had never left.
        QVERIFY(c.session.setCompleted(2, 203, false).ok());
        QCOMPARE(c.unfinished().size(), 1);
    }

    void aBackgroundRunWaitsForTheNextTryAndSyncNowDoesNot_data()
    {
        QTest::addColumn<SyncEngine::Trigger>("trigger");
        QTest::addRow("background run") << SyncEngine::Trigger::Background;
        QTest::addRow("sync now") << SyncEngine::Trigger::User;
    }

    void aBackgroundRunWaitsForTheNextTryAndSyncNowDoesNot()
    {
        QFETCH(SyncEngine::Trigger, trigger);
        SyncClient c(withRandom([] { return halfRandom; }));
        // Course 2: 201, then 203 behind it. Course 1: 101, on its own.
        QVERIFY(queueBehindAFailure(c, 1));
        const SyncReport failed = c.sync(SyncEngine::Trigger::User, 2);
        QVERIFY(failed.failure.has_value());
        QCOMPARE(failed.failure->httpStatus, 500);
        const QDateTime nextTry = c.clock.now().addMSecs(1000);
        QCOMPARE(failed.waitingUntil, nextTry);
        QVERIFY(c.session.setCompleted(1, 101, true).ok());

        // Half a second later.
        c.clock.set(nextTry.addMSecs(-500));
        const RefServerCounters before = c.server.counters();
        const SyncReport early = c.sync(trigger);
        QVERIFY(!early.failure);
        if (trigger == SyncEngine::Trigger::User) {
            QCOMPARE(early.sent, 3); // every queued entry, backoff or not
            QVERIFY(c.unfinished().isEmpty());
            return;
        }
        // The waiting entry holds the one behind it; the other course does not wait for them.
        QCOMPARE(early.sent, 1);
        QCOMPARE(writeCalls(c.server.counters()) - writeCalls(before), 1);
        QCOMPARE(c.serverState(1, 101), u"completed"_s);
        QCOMPARE(c.serverState(2, 201), u"uncompleted"_s);
        QCOMPARE(early.pending, 2);
        QCOMPARE(early.waitingUntil, nextTry);
        const QList<OutboxEntry> waiting = c.unfinished();
        QVERIFY(entryFor(waiting, 201) && entryFor(waiting, 203));
        QCOMPARE(entryFor(waiting, 201)->tries, 1); // not tried again
        QCOMPARE(entryFor(waiting, 203)->tries, 0);

        // Once the FakeClock passes the next-try time, the next background run sends both, in order.
        c.clock.set(nextTry.addMSecs(1));
        const SyncReport due = c.sync(trigger);
        QVERIFY(!due.failure);
        QCOMPARE(due.sent, 2);
        QVERIFY(!due.waitingUntil.isValid());
        QVERIFY(c.unfinished().isEmpty());
        QCOMPARE(writeCalls(c.server.counters()) - writeCalls(before), 3);
        const QStringList local = c.localStates(2);
        QCOMPARE(c.serverStates(2, local), local);
    }

    // --- Retry-After: the server says when; every course waits ---

    void retryAfterHoldsEveryCourseUntilTheServersInstant_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("asDate"); // an HTTP date (relative to the server's Date header), else seconds
        QTest::addColumn<qint64>("waitSecs");
        QTest::addColumn<qint64>("serverSkewSecs");
        QTest::addRow("429, seconds") << 429 << false << qint64(120) << qint64(0);
        QTest::addRow("503, seconds") << 503 << false << qint64(30) << qint64(0);
        QTest::addRow("429, HTTP date") << 429 << true << qint64(90) << qint64(0);
        QTest::addRow("503, HTTP date") << 503 << true << qint64(600) << qint64(0);
        QTest::addRow("429, HTTP date, server clock an hour ahead") << 429 << true << qint64(90) << qint64(3600);
    }

    void retryAfterHoldsEveryCourseUntilTheServersInstant()
    {
        QFETCH(int, status);
        QFETCH(bool, asDate);
        QFETCH(qint64, waitSecs);
        QFETCH(qint64, serverSkewSecs);
        SyncClientOptions options = optionsFor(currentDialect());
        options.engine.parallelCourses = 1; // courses one after the other: the hold is seen by the next one
        SyncClient c(options);
        QVERIFY(c.serverUp);
        c.server.setClockSkewSecs(serverSkewSecs);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(1, 101, true).ok());
        QVERIFY(c.session.setCompleted(2, 201, true).ok());
        QVERIFY(c.session.setCompleted(2, 203, true).ok());

        // The first request of the run is refused: course 1's entry.
        const QString retryAfter =
            asDate ? retryAfterDate(c.server.now().addSecs(waitSecs)) : QString::number(waitSecs);
        c.server.addFault(failing(status, 1, {}, retryAfter));
        const RefServerCounters before = c.server.counters();
        const QDateTime now = c.clock.now();
        const SyncReport held = c.sync();
        QVERIFY(held.failure.has_value());
        QCOMPARE(held.failure->httpStatus, status);
        QVERIFY2(qAbs(held.waitingUntil.msecsTo(now.addSecs(waitSecs))) <= 1000,
                 qPrintable(held.waitingUntil.toString(Qt::ISODateWithMs)));
        // No other request in that run: not course 2's entries, not the pull.
        QCOMPARE(c.server.counters().requests - before.requests, 1);
        QCOMPARE(held.sent, 0);
        QCOMPARE(held.pending, 3);
        QCOMPARE(c.unfinished().size(), 3);

        // After the instant, the background run sends everything.
        c.clock.set(held.waitingUntil.addSecs(1));
        const SyncReport after = c.sync(SyncEngine::Trigger::Background);
        QVERIFY(!after.failure);
        QCOMPARE(after.sent, 3);
        QVERIFY(c.unfinished().isEmpty());
    }

    void aBackgroundRunBeforeTheRetryAfterInstantSendsNothing()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(1, 101, true).ok());
        c.server.addFault(failing(429, 1, u"/101/complete"_s, u"120"_s));
        const SyncReport held = c.sync(SyncEngine::Trigger::User, 1);
        QVERIFY(held.failure.has_value());
        QCOMPARE(held.failure->httpStatus, 429);
        const QDateTime until = held.waitingUntil;
        QCOMPARE(until, c.clock.now().addSecs(120));

        // A minute later the learner completes a lesson of another course; the scheduler's next run comes
        // before the server's instant: it asks nothing of the server.
        c.clock.advanceSecs(60);
        QVERIFY(c.session.setCompleted(2, 201, true).ok());
        const RefServerCounters before = c.server.counters();
        const SyncReport early = c.sync(SyncEngine::Trigger::Background);
        QCOMPARE(c.server.counters().requests - before.requests, 0);
        QCOMPARE(early.sent, 0);
        QCOMPARE(early.pending, 2);
        QCOMPARE(early.waitingUntil, until);

        c.clock.set(until.addSecs(1));
        const SyncReport due = c.sync(SyncEngine::Trigger::Background);
        QVERIFY(!due.failure);
        QCOMPARE(due.sent, 2);
    }

    // --- SyncScheduler ---

    // The user's "sync every" preference applies to a running scheduler; it never goes under a minute.
    void theIntervalFollowsThePreference_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("expected");
        QTest::addRow("5 minutes") << 5 << 5;
        QTest::addRow("an hour") << 60 << 60;
        QTest::addRow("zero: one minute") << 0 << 1;
        QTest::addRow("negative: one minute") << -3 << 1;
    }

    void theIntervalFollowsThePreference()
    {
        QFETCH(int, minutes);
        QFETCH(int, expected);
        SyncClient c(optionsFor(currentDialect()));
        SyncScheduler &scheduler = *c.runtime->scheduler();
        QCOMPARE(scheduler.intervalMinutes(), 15);
        scheduler.setIntervalMinutes(minutes);
        QCOMPARE(scheduler.intervalMinutes(), expected);
    }

    void goingOfflineAndBackOnline()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        SyncScheduler &scheduler = *c.runtime->scheduler();
        QList<SyncStatus::State> states;
        QObject::connect(&c.session, &CourseSession::syncStatusChanged, &c.session,
                         [&](const SyncStatus &status) { states << status.state; });

        scheduler.setOnline(false);
        QCOMPARE(c.session.syncStatus().state, SyncStatus::State::Offline);
        QVERIFY(!scheduler.isOnline());
        QVERIFY(!c.session.syncStatus().lastSynced.isValid());

        states.clear();
        const RefServerCounters before = c.server.counters();
        scheduler.setOnline(true); // back: a run starts at once
        QCOMPARE(c.session.syncStatus().state, SyncStatus::State::Syncing);
        QVERIFY(c.engine.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(c.session.syncStatus().state, SyncStatus::State::Idle, 5000);
        QCOMPARE(states.constFirst(), SyncStatus::State::Syncing);
        QCOMPARE(states.constLast(), SyncStatus::State::Idle);
        QCOMPARE(c.session.syncStatus().lastSynced, c.clock.now());
        QCOMPARE(c.session.syncStatus().done, c.session.syncStatus().total);
        QVERIFY(c.server.counters().requests > before.requests);
        QVERIFY(c.session.outline(1).ok()); // the courses came down
    }

    void anExpiredSignIn_data()
    {
        QTest::addColumn<bool>("refreshToken");
        QTest::addColumn<SyncStatus::State>("state");
        QTest::addRow("with a refresh token: renewed, synced") << true << SyncStatus::State::Idle;
        QTest::addRow("without one: sign in again") << false << SyncStatus::State::NeedsSignIn;
    }

    void anExpiredSignIn()
    {
        QFETCH(bool, refreshToken);
        QFETCH(SyncStatus::State, state);
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn(u"learner"_s, refreshToken));
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(2, 201, true).ok());
        c.server.expireTokens();

        SyncScheduler &scheduler = *c.runtime->scheduler();
        scheduler.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(c.session.syncStatus().state != SyncStatus::State::Syncing, 5000);
        QCOMPARE(c.session.syncStatus().state, state);
        if (state == SyncStatus::State::NeedsSignIn) {
            QVERIFY(!c.session.syncStatus().message.isEmpty());
            const QList<OutboxEntry> kept = c.unfinished(); // the action waits for the new sign-in
            QCOMPARE(kept.size(), 1);
            QCOMPARE(kept.constFirst().state, OutboxState::Pending);
            QCOMPARE(c.serverState(2, 201), u"uncompleted"_s);
        } else {
            QVERIFY(c.unfinished().isEmpty());
            QCOMPARE(c.serverState(2, 201), u"completed"_s);
        }
    }

    void localActionsStartOneRunAfterTheDebounce()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        SyncScheduler &scheduler = *c.runtime->scheduler();
        scheduler.start(); // in the background from now on: a first run at once
        QTRY_COMPARE_WITH_TIMEOUT(c.session.syncStatus().state, SyncStatus::State::Idle, 5000);
        QList<SyncReport> runs;
        QObject::connect(&c.engine, &SyncEngine::finished, &c.engine,
                         [&](const SyncReport &report) { runs << report; });
        QElapsedTimer sinceLastAction;
        qint64 startedAfter = -1;
        QObject::connect(&c.session, &CourseSession::syncStatusChanged, &c.session, [&](const SyncStatus &status) {
            if (status.state == SyncStatus::State::Syncing && startedAfter < 0)
                startedAfter = sinceLastAction.elapsed();
        });

        const RefServerCounters before = c.server.counters();
        for (qint64 lesson : {201, 203, 204}) {
            QVERIFY(c.session.setCompleted(2, lesson, true).ok());
            sinceLastAction.start();
        }
        QVERIFY(!c.engine.isRunning()); // not at once: the debounce first
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, 5000);
        QVERIFY2(startedAfter >= 40, qPrintable(QString::number(startedAfter)));
        QCOMPARE(runs.constFirst().sent, 3); // one run for the three actions
        QCOMPARE(writeCalls(c.server.counters()) - writeCalls(before), 3);
        QTRY_COMPARE_WITH_TIMEOUT(c.session.syncStatus().state, SyncStatus::State::Idle, 5000);

        // The engine's own confirmations are not learner actions: they start no second run.
        QTest::qWait(200);
        QCOMPARE(runs.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SyncRetry)
#include "tst_SyncRetry.moc"

// Conflicts between what the learner did offline and what the server holds now (design.md, principle 2,
// "The flow of one action" and "Outbox rules"): the server is the judge. An action it refuses is rolled
// back visibly, with its reason (the entry kept as rejected until dismissed, CourseSession::actionRejected
// emitted); an action on a lesson that no longer exists is reported, never dropped in silence; a change
// undone offline never reaches the server.
//
// In both of the server's dialects. The reason the learner reads is the server's own text in both; the machine
// code differs: our contract says LESSON_LOCKED or NOT_FOUND, a platform server (Django REST Framework) answers a
// bare {"detail"} and the code is the status (http_403, http_404). A platform server has no enrollment endpoint,
// so the rows that complete through it are skipped there: its completions are the v2 rows.
#include "SyncClient.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

// How completions reach the server.
enum class Route
{
    Enrollment, // the demo server: POST /api/enrollments/…/lessons/…/complete
    V2,         // a server without the enrollment endpoint: POST …/lesson/…/complete/
};

// Why the server locks a lesson the learner completed offline.
enum class Lock
{
    DripClosed,  // the server's clock says section 13 has not opened yet
    Draft,       // the instructor turned the lesson back into a draft
    OrderBroken, // an earlier lesson was reset on the server (course 1 enforces the order)
};

SyncClientOptions routeOptions(Route route)
{
    SyncClientOptions options = optionsFor(currentDialect());
    options.server.enrollmentEndpoint = route == Route::Enrollment;
    return options;
}

// What a row that completes through the enrollment endpoint says on a platform server, which has none.
constexpr const char *noEnrollmentEndpoint =
    "A platform server has no enrollment endpoint: its completions go through v2 complete/, the v2 rows.";

// The refusal's machine code: ours, or the HTTP status where the server gives none (a platform server).
QString refusalCode(const SyncClient &c, const QString &contractCode, int status)
{
    return c.platform() ? u"http_%1"_s.arg(status) : contractCode;
}

const char *routeName(Route route)
{
    return route == Route::Enrollment ? "enrollment" : "v2";
}

// Collects what CourseSession::actionRejected announces.
struct Rejections
{
    explicit Rejections(CourseSession &session)
    {
        QObject::connect(&session, &CourseSession::actionRejected, &session,
                         [this](const OutboxEntry &entry) { entries.append(entry); });
    }
    QList<OutboxEntry> entries;
};

QList<OutboxEntry> rejectedOnly(const QList<OutboxEntry> &entries)
{
    QList<OutboxEntry> rejected;
    for (const OutboxEntry &entry : entries) {
        if (entry.state == OutboxState::Rejected)
            rejected.append(entry);
    }
    return rejected;
}

const OutboxEntry *findLessonEntry(const QList<OutboxEntry> &entries, qint64 lessonId)
{
    for (const OutboxEntry &entry : entries) {
        if (entry.lessonId == lessonId)
            return &entry;
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Route)
Q_DECLARE_METATYPE(Lock)

class tst_SyncConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void lockedOnTheServerRollsBackWithTheReason_data()
    {
        QTest::addColumn<Route>("route");
        QTest::addColumn<Lock>("lock");
        QTest::addColumn<qint64>("lessonId");
        QTest::addColumn<QString>("reasonContains");
        for (const Route route : {Route::Enrollment, Route::V2}) {
            // Section 13 opens 7 days after the learner joined (3 days before the seeding): 5 March, 12:00 UTC.
            QTest::addRow("drip closed by the server clock/%s", routeName(route))
                << route << Lock::DripClosed << qint64(109) << u"Available on 5 March 2026"_s;
            QTest::addRow("lesson back to draft/%s", routeName(route))
                << route << Lock::Draft << qint64(101) << u"This lesson is a draft"_s;
            QTest::addRow("earlier lesson reset on the server/%s", routeName(route))
                << route << Lock::OrderBroken << qint64(102) << u"Complete '%1' first"_s;
        }
    }

    void lockedOnTheServerRollsBackWithTheReason()
    {
        QFETCH(Route, route);
        QFETCH(Lock, lock);
        QFETCH(qint64, lessonId);
        QFETCH(QString, reasonContains);

        SyncClient c(routeOptions(route));
        if (c.platform() && route == Route::Enrollment)
            QSKIP(noEnrollmentEndpoint);
        QVERIFY(c.serverUp);
        const qint64 learner = c.userId();
        if (lock == Lock::DripClosed) {
            // Five days later the learner has done sections 11 and 12 and section 13 is open.
            for (qint64 done = 101; done <= 108; ++done)
                QVERIFY(c.server.store().markCompleted(learner, 1, done, syncStart.addSecs(done)).ok());
            c.clock.advanceDays(5);
        }
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        if (lock == Lock::OrderBroken) {
            QVERIFY(c.session.setCompleted(1, 101, true).ok());
            QCOMPARE(c.sync().sent, 1);
            reasonContains = reasonContains.arg(c.session.outline(1)->course.findLesson(101)->name);
        }

        // Offline, the lesson is open here: the learner completes it.
        QVERIFY(c.session.setCompleted(1, lessonId, true).ok());
        QCOMPARE(c.localState(1, lessonId), u"completed"_s);

        // Meanwhile, on the server, the lesson closes.
        switch (lock) {
        case Lock::DripClosed:
            c.server.setClockSkewSecs(-2 * 24 * 3600); // back to 3 March: the drip has not opened
            break;
        case Lock::Draft:
            QVERIFY(c.server.changeLesson(1, lessonId, LessonChange::Draft).ok());
            break;
        case Lock::OrderBroken:
            QVERIFY(c.server.store().markUncompleted(learner, 101).ok());
            break;
        }
        const RefServerCounters before = c.server.counters();
        Rejections announced(c.session);
        const SyncReport report = c.sync();

        // Refused with the server's code and reason, in the report, in the signal and in the queue: our contract's
        // 403 LESSON_LOCKED, a platform server's 403 {"detail"} whose text is the reason.
        const QString code = refusalCode(c, u"LESSON_LOCKED"_s, 403);
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.rejections.size(), 1);
        const OutboxEntry reported = report.rejections.constFirst();
        QCOMPARE(reported.lessonId, lessonId);
        QCOMPARE(reported.errorCode, code);
        QVERIFY2(reported.reason.contains(reasonContains), qPrintable(reported.reason));
        QCOMPARE(announced.entries.size(), 1);
        QCOMPARE(announced.entries.constFirst().lessonId, lessonId);
        QCOMPARE(announced.entries.constFirst().errorCode, code);
        QCOMPARE(announced.entries.constFirst().reason, reported.reason);
        const QList<OutboxEntry> queue = c.unfinished();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.constFirst().state, OutboxState::Rejected);
        QCOMPARE(queue.constFirst().errorCode, code);
        QCOMPARE(queue.constFirst().reason, reported.reason);
        QCOMPARE(report.pending, 0);

        // Rolled back to what the server holds; nothing was recorded there.
        QCOMPARE(c.server.counters().completionRecords, before.completionRecords);
        const QStringList local = c.localStates(1);
        QCOMPARE(c.serverStates(1, local), local);
        const Result<CourseOutline> outline = c.session.outline(1);
        QVERIFY(outline.ok());
        switch (lock) {
        case Lock::DripClosed:
            // The reply's Date header taught the client the server's clock: the section is locked here too.
            QCOMPARE(c.localState(1, lessonId), u"uncompleted"_s);
            QCOMPARE(outline->access.lesson(lessonId).reason, LockReason::DripStructured);
            break;
        case Lock::Draft:
            QCOMPARE(c.localState(1, lessonId), u"absent"_s); // a learner's course has no drafts
            break;
        case Lock::OrderBroken:
            QCOMPARE(c.localState(1, lessonId), u"uncompleted"_s);
            QCOMPARE(c.localState(1, 101), u"uncompleted"_s);
            QCOMPARE(outline->access.lesson(lessonId).reason, LockReason::Order);
            break;
        }

        // Read and dismissed by the learner: the queue is empty.
        QVERIFY(c.session.dismiss(queue.constFirst().id).ok());
        QVERIFY(c.unfinished().isEmpty());
    }

    // A quiz attempt is refused like a completion: rolled back with the server's text, the attempt kept as
    // rejected with that reason, nothing recorded on the server.
    void aRefusedQuizAttemptKeepsTheServersText()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        const Result<QuizSubmission> submitted =
            c.session.submitQuiz(2, 205, {{2001, {20001, 20002}}, {2002, {20005}}});
        QVERIFY(submitted.ok());
        QVERIFY(c.server.changeLesson(2, 205, LessonChange::Draft).ok());
        const RefServerCounters before = c.server.counters();
        Rejections announced(c.session);
        const SyncReport report = c.sync();

        const QString code = refusalCode(c, u"LESSON_LOCKED"_s, 403);
        const QString serverText = u"This lesson is a draft and not published yet."_s;
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.rejections.constFirst().errorCode, code);
        QCOMPARE(report.rejections.constFirst().reason, serverText);
        QCOMPARE(announced.entries.size(), 1);
        QCOMPARE(announced.entries.constFirst().reason, serverText);
        const Result<std::optional<coursedesk::AttemptRecord>> attempt =
            c.state.attempts().byKey(submitted->attempt.idempotencyKey);
        QVERIFY(attempt.ok() && attempt->has_value());
        QCOMPARE((*attempt)->state, AttemptState::Rejected);
        QCOMPARE((*attempt)->reason, serverText);
        QCOMPARE(c.server.counters().attempts, before.attempts);
        QCOMPARE(c.unfinished().size(), 1);
        QCOMPARE(c.unfinished().constFirst().state, OutboxState::Rejected);
    }

    void removedOnTheServerIsReportedAndLeavesTheOutline_data()
    {
        QTest::addColumn<Route>("route");
        QTest::addColumn<bool>("heldBehindAFailure");
        QTest::addColumn<QString>("code"); // in our contract; a platform server's 404 has none: http_404
        QTest::addColumn<QString>("reasonContains");
        for (const Route route : {Route::Enrollment, Route::V2}) {
            // The push reaches the entry first: the server answers 404.
            QTest::addRow("sent/%s", routeName(route))
                << route << false << u"NOT_FOUND"_s << u"no longer exists on the server"_s;
            // An earlier entry of the course fails, so the entry is not sent; the pull finds the lesson gone.
            QTest::addRow("held behind a failing entry/%s", routeName(route))
                << route << true << u"lesson_removed"_s << u"removed from the course on the server"_s;
        }
    }

    void removedOnTheServerIsReportedAndLeavesTheOutline()
    {
        QFETCH(Route, route);
        QFETCH(bool, heldBehindAFailure);
        QFETCH(QString, code);
        QFETCH(QString, reasonContains);

        SyncClient c(routeOptions(route));
        if (c.platform() && route == Route::Enrollment)
            QSKIP(noEnrollmentEndpoint);
        if (code == u"NOT_FOUND"_s)
            code = refusalCode(c, code, 404);
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(1, 101, true).ok());
        QVERIFY(c.session.setCompleted(1, 102, true).ok());
        QVERIFY(c.server.changeLesson(1, 102, LessonChange::Remove).ok());
        if (heldBehindAFailure) {
            Fault outage;
            outage.status = 500;
            outage.count = -1;
            outage.pathContains = route == Route::Enrollment ? u"/lessons/101/complete"_s : u"/lesson/101/complete/"_s;
            c.server.addFault(outage);
        }
        Rejections announced(c.session);
        const SyncReport report = c.sync();

        QCOMPARE(report.sent, heldBehindAFailure ? 0 : 1);
        QCOMPARE(report.rejected, 1);
        const OutboxEntry *reported = findLessonEntry(report.rejections, 102);
        QVERIFY(reported);
        QCOMPARE(reported->state, OutboxState::Rejected);
        QCOMPARE(reported->errorCode, code);
        QVERIFY2(reported->reason.contains(reasonContains), qPrintable(reported->reason));
        // Announced like any refusal, not only listed in the report.
        QCOMPARE(announced.entries.size(), 1);
        QCOMPARE(announced.entries.constFirst().lessonId, qint64(102));
        QCOMPARE(announced.entries.constFirst().errorCode, code);
        QCOMPARE(announced.entries.constFirst().reason, reported->reason);
        // Kept in the queue as rejected until the learner has read it.
        const QList<OutboxEntry> rejected = rejectedOnly(c.unfinished());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.constFirst().lessonId, qint64(102));
        QCOMPARE(rejected.constFirst().reason, reported->reason);
        // The pull took the lesson out of the outline.
        QVERIFY(c.session.outline(1)->course.findLesson(102) == nullptr);

        if (heldBehindAFailure) {
            QCOMPARE(c.unfinished().size(), 2); // the failing entry waits, pending
            c.server.clearFaults();
            c.clock.set(report.waitingUntil.addSecs(1));
            const SyncReport again = c.sync(SyncEngine::Trigger::Background);
            QCOMPARE(again.sent, 1);
            QCOMPARE(again.rejected, 0);
        }
        QCOMPARE(c.serverState(1, 101), u"completed"_s);
        const QStringList local = c.localStates(1);
        QCOMPARE(c.serverStates(1, local), local);
        QVERIFY(c.session.dismiss(rejected.constFirst().id).ok());
        QVERIFY(c.unfinished().isEmpty());
    }

    void aChangeUndoneOfflineSendsNothing_data()
    {
        QTest::addColumn<bool>("confirmedCompleted"); // the server's state before going offline
        QTest::addColumn<QList<bool>>("toggles");     // the learner's wishes, offline, in order
        QTest::addColumn<int>("expectedCalls");
        QTest::addRow("completed, then uncompleted") << false << QList<bool>{true, false} << 0;
        QTest::addRow("uncompleted, then completed again") << true << QList<bool>{false, true} << 0;
        QTest::addRow("toggled four times") << false << QList<bool>{true, false, true, false} << 0;
        QTest::addRow("toggled three times: one request") << false << QList<bool>{true, false, true} << 1;
    }

    void aChangeUndoneOfflineSendsNothing()
    {
        QFETCH(bool, confirmedCompleted);
        QFETCH(QList<bool>, toggles);
        QFETCH(int, expectedCalls);

        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        if (confirmedCompleted) {
            QVERIFY(c.session.setCompleted(2, 201, true).ok());
            QCOMPARE(c.sync().sent, 1);
        }
        for (const bool wish : toggles)
            QVERIFY(c.session.setCompleted(2, 201, wish).ok());
        QCOMPARE(c.unfinished().size(), expectedCalls);

        const RefServerCounters before = c.server.counters();
        const SyncReport report = c.sync();
        QVERIFY(!report.failure);
        QCOMPARE(report.sent, expectedCalls);
        QCOMPARE(writeCalls(c.server.counters()) - writeCalls(before), expectedCalls);
        QVERIFY(c.unfinished().isEmpty());
        const QStringList local = c.localStates(2);
        QCOMPARE(c.serverStates(2, local), local);
        QCOMPARE(c.localState(2, 201), toWire(toggles.constLast() ? Completion::Completed : Completion::Uncompleted));
    }

    void anUnknownLessonIsReportedWithAClearReason_data()
    {
        QTest::addColumn<Route>("route");
        QTest::addColumn<qint64>("courseId");
        QTest::addColumn<qint64>("sectionId");
        QTest::addColumn<qint64>("nextLesson"); // queued after it: still sent
        QTest::addColumn<QString>("serverMessage"); // in our contract; Django's 404 says "Not found."
        QTest::addRow("enrollment") << Route::Enrollment << qint64(1) << qint64(11) << qint64(101)
                                    << u"Enrollment or lesson not found."_s;
        QTest::addRow("v2") << Route::V2 << qint64(2) << qint64(21) << qint64(201)
                            << u"Section 21 has no lesson 999."_s;
    }

    void anUnknownLessonIsReportedWithAClearReason()
    {
        QFETCH(Route, route);
        QFETCH(qint64, courseId);
        QFETCH(qint64, sectionId);
        QFETCH(qint64, nextLesson);
        QFETCH(QString, serverMessage);

        SyncClient c(routeOptions(route));
        if (c.platform() && route == Route::Enrollment)
            QSKIP(noEnrollmentEndpoint);
        if (c.platform())
            serverMessage = u"Not found."_s;
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        // An entry for a lesson the server has never had (a cache older than the server's content).
        QVERIFY(c.state.outbox()
                    .recordCompletion(courseId, sectionId, 999, Completion::Completed, Completion::Uncompleted,
                                      c.clock.now())
                    .ok());
        QVERIFY(c.session.setCompleted(courseId, nextLesson, true).ok());
        Rejections announced(c.session);
        const SyncReport report = c.sync();

        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.sent, 1); // a refused entry does not hold back the ones after it
        const OutboxEntry *reported = findLessonEntry(report.rejections, 999);
        QVERIFY(reported);
        QCOMPARE(reported->errorCode, refusalCode(c, u"NOT_FOUND"_s, 404));
        // What the learner reads: what happened, in words, with the server's own message.
        QVERIFY2(reported->reason.contains(u"no longer exists on the server"_s), qPrintable(reported->reason));
        QVERIFY2(reported->reason.contains(serverMessage), qPrintable(reported->reason));
        QCOMPARE(announced.entries.size(), 1);
        QCOMPARE(announced.entries.constFirst().reason, reported->reason);
        const QList<OutboxEntry> queue = c.unfinished();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.constFirst().state, OutboxState::Rejected);
        QCOMPARE(queue.constFirst().reason, reported->reason);
        QCOMPARE(c.serverState(courseId, nextLesson), u"completed"_s);
        const QStringList local = c.localStates(courseId);
        QCOMPARE(c.serverStates(courseId, local), local);
    }
};

QTEST_GUILESS_MAIN(tst_SyncConflicts)
#include "tst_SyncConflicts.moc"

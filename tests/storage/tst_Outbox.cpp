// The outbox (design.md, "Outbox rules"): how learner actions coalesce, in which order they are
// sent, and how an entry moves between pending, in flight, done and rejected.
#include "OutboxFixture.h"

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_Outbox : public QObject, private OutboxFixture
{
    Q_OBJECT

private slots:
    void init() { openOutbox(); }
    void cleanup() { closeOutbox(); }

    // --- coalescing: at most one pending completion change per lesson -----------------------------

    void completionWishesCoalesce_data()
    {
        QTest::addColumn<Completion>("confirmed");
        QTest::addColumn<QList<Completion>>("wishes");
        QTest::addColumn<QStringList>("expectedKinds");
        QTest::addColumn<bool>("keepsFirstEntry");

        QTest::addRow("one completion is queued") << NotDone << QList{Done} << QStringList{u"complete"_s} << true;
        QTest::addRow("one un-completion is queued") << Done << QList{NotDone} << QStringList{u"incomplete"_s} << true;
        QTest::addRow("wish equal to confirmed (uncompleted): no entry")
            << NotDone << QList{NotDone} << QStringList{} << false;
        QTest::addRow("wish equal to confirmed (completed): no entry") << Done << QList{Done} << QStringList{} << false;
        QTest::addRow("toggling twice cancels out") << NotDone << QList{Done, NotDone} << QStringList{} << false;
        QTest::addRow("toggling twice cancels out (from completed)")
            << Done << QList{NotDone, Done} << QStringList{} << false;
        QTest::addRow("toggling four times cancels out")
            << NotDone << QList{Done, NotDone, Done, NotDone} << QStringList{} << false;
        QTest::addRow("the same wish twice: one entry")
            << NotDone << QList{Done, Done} << QStringList{u"complete"_s} << true;
        QTest::addRow("complete, incomplete, complete: one entry, the first one")
            << NotDone << QList{Done, NotDone, Done} << QStringList{u"complete"_s} << true;
        QTest::addRow("incomplete, complete, incomplete: one entry, the first one")
            << Done << QList{NotDone, Done, NotDone} << QStringList{u"incomplete"_s} << true;
        QTest::addRow("a failed quiz counts as not completed: un-completing it queues nothing")
            << Failed << QList{NotDone} << QStringList{} << false;
        QTest::addRow("a failed quiz counts as not completed: completing it queues a completion")
            << Failed << QList{Done} << QStringList{u"complete"_s} << true;
    }
    void completionWishesCoalesce()
    {
        QFETCH(Completion, confirmed);
        QFETCH(QList<Completion>, wishes);
        QFETCH(QStringList, expectedKinds);
        QFETCH(bool, keepsFirstEntry);

        qint64 firstId = 0;
        for (Completion desired : wishes) {
            QVERIFY(wish(lesson, desired, confirmed));
            if (firstId == 0 && !sendable().isEmpty())
                firstId = sendable().constFirst().id;
        }

        const QList<OutboxEntry> entries = sendable();
        QCOMPARE(kindsOf(entries), expectedKinds);
        QCOMPARE(kindsOf(unfinished()), expectedKinds); // a cancelled wish leaves nothing behind
        QCOMPARE(countSendable(), expectedKinds.size());
        if (keepsFirstEntry)
            QCOMPARE(entries.constFirst().id, firstId); // keeps its id, so its place in the order
        for (const OutboxEntry &entry : entries) {
            QCOMPARE(entry.state, OutboxState::Pending);
            QCOMPARE(entry.courseId, course);
            QCOMPARE(entry.sectionId, section);
            QCOMPARE(entry.lessonId, lesson);
            QVERIFY(entry.idempotencyKey.isEmpty());
        }
    }

    void reToggledLessonKeepsItsPlaceBeforeLaterLessons()
    {
        // Enforced lesson order depends on it: A was completed before B, so A's completion goes first.
        const qint64 a = 101;
        const qint64 b = 102;
        QVERIFY(wish(a, Done, NotDone));
        QVERIFY(wish(b, Done, NotDone));
        QVERIFY(wish(a, NotDone, NotDone));
        QCOMPARE(lessonsOf(sendable()), (QList<qint64>{b}));
        QVERIFY(wish(a, Done, NotDone));
        QCOMPARE(lessonsOf(sendable()), (QList<qint64>{a, b}));
        QCOMPARE(kindsOf(sendable()), (QStringList{u"complete"_s, u"complete"_s}));
    }

    void cancelledWishIsGoneForEveryReader()
    {
        QVERIFY(wish(lesson, Done, NotDone));
        const qint64 id = sendable().constFirst().id;
        QVERIFY(wish(lesson, NotDone, NotDone));

        QCOMPARE(outbox().entry(id).error().code, u"unknown_entry"_s);
        QCOMPARE(outbox().dismiss(id).error().code, u"unknown_entry"_s);
        QVERIFY(outbox().forLessons({lesson})->isEmpty());
        // A sender holding the id from an earlier read cannot bring it back.
        QVERIFY(outbox().markInFlight(id));
        QVERIFY(outbox().scheduleRetry(id, now(), u"late"_s));
        QVERIFY(outbox().markRejected(id, u"x"_s, u"late"_s));
        QVERIFY(unfinished().isEmpty());
        QCOMPARE(countSendable(), 0);
    }

    void changedWishKeepsCreationTime()
    {
        QVERIFY(wish(lesson, Done, NotDone));
        const QDateTime created = sendable().constFirst().createdAt;
        QCOMPARE(created, now());
        QVERIFY(wish(lesson, NotDone, NotDone));
        QVERIFY(wish(lesson, Done, NotDone));
        QCOMPARE(sendable().constFirst().createdAt, created);
    }

    // --- with an entry already in flight -----------------------------------------------------------

    void inFlightEntryIsTheBaseline_data()
    {
        QTest::addColumn<Completion>("confirmed");
        QTest::addColumn<Completion>("inFlightWish");
        QTest::addColumn<QList<Completion>>("laterWishes");
        QTest::addColumn<QStringList>("expectedPendingKinds");

        QTest::addRow("undoing a sent completion appends an un-completion")
            << NotDone << Done << QList{NotDone} << QStringList{u"incomplete"_s};
        QTest::addRow("repeating a sent completion queues nothing") << NotDone << Done << QList{Done} << QStringList{};
        QTest::addRow("undoing a sent un-completion appends a completion")
            << Done << NotDone << QList{Done} << QStringList{u"complete"_s};
        QTest::addRow("repeating a sent un-completion queues nothing")
            << Done << NotDone << QList{NotDone} << QStringList{};
        QTest::addRow("undo then redo while in flight cancels the undo")
            << NotDone << Done << QList{NotDone, Done} << QStringList{};
        QTest::addRow("undo, redo, undo while in flight: one un-completion")
            << NotDone << Done << QList{NotDone, Done, NotDone} << QStringList{u"incomplete"_s};
    }
    void inFlightEntryIsTheBaseline()
    {
        QFETCH(Completion, confirmed);
        QFETCH(Completion, inFlightWish);
        QFETCH(QList<Completion>, laterWishes);
        QFETCH(QStringList, expectedPendingKinds);

        QVERIFY(wish(lesson, inFlightWish, confirmed));
        const qint64 inFlightId = sendable().constFirst().id;
        QVERIFY(outbox().markInFlight(inFlightId));

        for (Completion desired : laterWishes)
            QVERIFY(wish(lesson, desired, confirmed));

        const QList<OutboxEntry> entries = sendable();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.constFirst().id, inFlightId); // never touched: it may already have landed
        QCOMPARE(entries.constFirst().state, OutboxState::InFlight);
        QCOMPARE(entries.constFirst().kind, inFlightWish == Done ? OutboxKind::Complete : OutboxKind::Incomplete);
        const QList<OutboxEntry> pending = entries.mid(1);
        QCOMPARE(kindsOf(pending), expectedPendingKinds);
        for (const OutboxEntry &entry : pending) {
            QCOMPARE(entry.state, OutboxState::Pending);
            QVERIFY(entry.id > inFlightId); // appended after the one in flight
        }
    }

    // --- attempts ------------------------------------------------------------------------------

    void attemptsAreNeverMerged()
    {
        const qint64 first = attempt(lesson, u"key-1"_s);
        const qint64 second = attempt(lesson, u"key-2"_s);
        QVERIFY(first > 0);
        QVERIFY(second > first);

        const QList<OutboxEntry> entries = sendable();
        QCOMPARE(idsOf(entries), (QList<qint64>{first, second}));
        QCOMPARE(kindsOf(entries), (QStringList{u"attempt"_s, u"attempt"_s}));
        QCOMPARE(entries.at(0).idempotencyKey, u"key-1"_s);
        QCOMPARE(entries.at(1).idempotencyKey, u"key-2"_s);
        QCOMPARE(entries.at(0).state, OutboxState::Pending);
    }

    void recordAttemptReturnsTheStoredEntry()
    {
        m_clock.advanceSecs(5);
        Result<OutboxEntry> queued = outbox().recordAttempt(course, section, lesson, u"key-x"_s, now());
        QVERIFY(queued);
        QCOMPARE(*queued, entry(queued->id));
        QCOMPARE(queued->kind, OutboxKind::Attempt);
        QCOMPARE(queued->createdAt, now());
        QCOMPARE(queued->tries, 0);
    }

    void completionWishesLeaveAttemptsAlone()
    {
        const qint64 quizAttempt = attempt(lesson, u"key-1"_s);
        QVERIFY(wish(lesson, Done, NotDone));
        QVERIFY(wish(lesson, NotDone, NotDone));
        QCOMPARE(idsOf(sendable()), (QList<qint64>{quizAttempt}));
        QVERIFY(wish(lesson, Done, NotDone));
        QCOMPARE(kindsOf(sendable()), (QStringList{u"attempt"_s, u"complete"_s}));
    }

    // --- order ---------------------------------------------------------------------------------

    void creationOrderIsKeptAcrossLessonsAndCourses()
    {
        QVERIFY(wish(201, Done, NotDone, 2));
        QVERIFY(wish(101, Done, NotDone, 1));
        const qint64 a = attempt(202, u"k"_s, 2);
        QVERIFY(wish(102, NotDone, Done, 1));
        QVERIFY(wish(203, Done, NotDone, 2));
        QVERIFY(a > 0);

        QCOMPARE(lessonsOf(sendable()), (QList<qint64>{201, 101, 202, 102, 203}));
        QCOMPARE(lessonsOf(sendable(1)), (QList<qint64>{101, 102}));
        QCOMPARE(lessonsOf(sendable(2)), (QList<qint64>{201, 202, 203}));
        QVERIFY(sendable(3).isEmpty());
        const QList<OutboxEntry> all = sendable();
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).id < all.at(i).id);
    }

    void forLessonsListsUnfinishedEntriesInOrder()
    {
        QVERIFY(wish(102, Done, NotDone));
        QVERIFY(wish(101, Done, NotDone));
        const qint64 a = attempt(102, u"k"_s);
        QVERIFY(wish(103, Done, NotDone));
        QVERIFY(outbox().markDone(sendable().constFirst().id)); // 102's completion

        Result<QList<OutboxEntry>> found = outbox().forLessons({102, 101});
        QVERIFY(found);
        QCOMPARE(lessonsOf(*found), (QList<qint64>{101, 102}));
        QCOMPARE(found->at(1).id, a);
    }

    // --- state transitions -----------------------------------------------------------------------

    void markInFlightCountsTries()
    {
        QVERIFY(wish(lesson, Done, NotDone));
        const qint64 id = sendable().constFirst().id;
        QCOMPARE(entry(id).tries, 0);

        QVERIFY(outbox().markInFlight(id));
        QCOMPARE(entry(id).state, OutboxState::InFlight);
        QCOMPARE(entry(id).tries, 1);
        QCOMPARE(countSendable(), 1); // still to be sent (or confirmed)

        QVERIFY(outbox().scheduleRetry(id, now().addSecs(30), u"timeout"_s));
        QVERIFY(outbox().markInFlight(id));
        QCOMPARE(entry(id).tries, 2);
    }

    void scheduleRetryMakesItPendingWithATimeAndReason()
    {
        QVERIFY(wish(lesson, Done, NotDone));
        const qint64 id = sendable().constFirst().id;
        QVERIFY(outbox().markInFlight(id));
        const QDateTime retryAt = now().addSecs(90);

        QVERIFY(outbox().scheduleRetry(id, retryAt, u"The server is busy."_s));
        const OutboxEntry e = entry(id);
        QCOMPARE(e.state, OutboxState::Pending);
        QCOMPARE(e.nextTryAt, retryAt);
        QCOMPARE(e.reason, u"The server is busy."_s);
        QCOMPARE(e.tries, 1);
        QCOMPARE(idsOf(sendable()), (QList<qint64>{id}));
    }

    void rejectedEntryIsUnfinishedButNotSendable()
    {
        QVERIFY(wish(101, Done, NotDone));
        QVERIFY(wish(102, Done, NotDone));
        const qint64 rejected = sendable().constFirst().id;

        QVERIFY(outbox().markRejected(rejected, u"lesson_locked"_s, u"Complete the previous lesson first."_s));
        const OutboxEntry e = entry(rejected);
        QCOMPARE(e.state, OutboxState::Rejected);
        QCOMPARE(e.errorCode, u"lesson_locked"_s);
        QCOMPARE(e.reason, u"Complete the previous lesson first."_s);

        QCOMPARE(lessonsOf(sendable()), (QList<qint64>{102}));
        QCOMPARE(lessonsOf(unfinished()), (QList<qint64>{101, 102}));
        QCOMPARE(countSendable(), 1);
    }

    void doneEntryIsNeitherSendableNorUnfinished()
    {
        QVERIFY(wish(101, Done, NotDone));
        QVERIFY(wish(102, Done, NotDone));
        const qint64 done = sendable().constFirst().id;
        QVERIFY(outbox().markInFlight(done));
        QVERIFY(outbox().markDone(done));

        QCOMPARE(entry(done).state, OutboxState::Done);
        QCOMPARE(lessonsOf(sendable()), (QList<qint64>{102}));
        QCOMPARE(lessonsOf(unfinished()), (QList<qint64>{102}));
        QCOMPARE(countSendable(), 1);
    }

    void newWishAfterDoneStartsANewEntry()
    {
        QVERIFY(wish(lesson, Done, NotDone));
        const qint64 first = sendable().constFirst().id;
        QVERIFY(outbox().markInFlight(first));
        QVERIFY(outbox().markDone(first));
        // The server now confirms completed; the learner undoes it.
        QVERIFY(wish(lesson, NotDone, Done));
        const QList<OutboxEntry> entries = sendable();
        QCOMPARE(kindsOf(entries), (QStringList{u"incomplete"_s}));
        QVERIFY(entries.constFirst().id > first);
        QCOMPARE(entry(first).kind, OutboxKind::Complete); // the done entry is not rewritten
    }

    void dismissOnlyRemovesRejectedEntries_data()
    {
        QTest::addColumn<OutboxState>("state");
        QTest::addColumn<QString>("expectedError"); // empty: dismissed
        QTest::addRow("rejected: dismissed") << OutboxState::Rejected << QString();
        QTest::addRow("pending: refused") << OutboxState::Pending << u"not_rejected"_s;
        QTest::addRow("in flight: refused") << OutboxState::InFlight << u"not_rejected"_s;
        QTest::addRow("done: refused") << OutboxState::Done << u"not_rejected"_s;
    }
    void dismissOnlyRemovesRejectedEntries()
    {
        QFETCH(OutboxState, state);
        QFETCH(QString, expectedError);
        QVERIFY(wish(lesson, Done, NotDone));
        const qint64 id = sendable().constFirst().id;
        if (state != OutboxState::Pending)
            QVERIFY(outbox().markInFlight(id));
        if (state == OutboxState::Done)
            QVERIFY(outbox().markDone(id));
        if (state == OutboxState::Rejected)
            QVERIFY(outbox().markRejected(id, u"bad_request"_s, u"No."_s));
        const OutboxEntry before = entry(id);
        QCOMPARE(before.state, state);

        Status dismissed = outbox().dismiss(id);
        if (expectedError.isEmpty()) {
            QVERIFY(dismissed);
            Result<OutboxEntry> gone = outbox().entry(id);
            QVERIFY(!gone);
            QCOMPARE(gone.error().code, u"unknown_entry"_s);
            QVERIFY(unfinished().isEmpty());
        } else {
            QVERIFY(!dismissed);
            QCOMPARE(dismissed.error().code, expectedError);
            QVERIFY(!dismissed.error().message.isEmpty());
            QCOMPARE(entry(id), before); // refused: unchanged
        }
    }

    void unknownEntryIsReported()
    {
        Status dismissed = outbox().dismiss(4711);
        QVERIFY(!dismissed);
        QCOMPARE(dismissed.error().code, u"unknown_entry"_s);
        Result<OutboxEntry> found = outbox().entry(4711);
        QVERIFY(!found);
        QCOMPARE(found.error().code, u"unknown_entry"_s);
    }

    void recoverInFlightReturnsEntriesToPending()
    {
        QVERIFY(wish(101, Done, NotDone));
        QVERIFY(wish(102, Done, NotDone));
        QVERIFY(wish(103, Done, NotDone));
        const QList<qint64> ids = idsOf(sendable());
        QVERIFY(outbox().markInFlight(ids.at(0)));
        QVERIFY(outbox().markInFlight(ids.at(2)));
        QVERIFY(outbox().markRejected(ids.at(2), u"x"_s, u"y"_s)); // rejected stays rejected
        QVERIFY(outbox().markInFlight(ids.at(1)));

        Result<int> recovered = outbox().recoverInFlight();
        QVERIFY(recovered);
        QCOMPARE(*recovered, 2);
        QCOMPARE(entry(ids.at(0)).state, OutboxState::Pending);
        QCOMPARE(entry(ids.at(1)).state, OutboxState::Pending);
        QCOMPARE(entry(ids.at(2)).state, OutboxState::Rejected);
        QCOMPARE(entry(ids.at(0)).tries, 1); // the try happened

        Result<int> again = outbox().recoverInFlight();
        QVERIFY(again);
        QCOMPARE(*again, 0);
    }

    void countSendableCountsPendingAndInFlight()
    {
        QCOMPARE(countSendable(), 0);
        QVERIFY(wish(101, Done, NotDone));
        QVERIFY(wish(102, Done, NotDone));
        QVERIFY(attempt(103, u"k"_s) > 0);
        QVERIFY(wish(104, Done, NotDone));
        QCOMPARE(countSendable(), 4);
        const QList<qint64> ids = idsOf(sendable());
        QVERIFY(outbox().markInFlight(ids.at(0)));
        QCOMPARE(countSendable(), 4);
        QVERIFY(outbox().markDone(ids.at(0)));
        QCOMPARE(countSendable(), 3);
        QVERIFY(outbox().markRejected(ids.at(1), u"x"_s, u"y"_s));
        QCOMPARE(countSendable(), 2);
        QVERIFY(wish(104, NotDone, NotDone)); // cancelled
        QCOMPARE(countSendable(), 1);
    }

    void wireNames()
    {
        QCOMPARE(toWire(OutboxKind::Complete), u"complete"_s);
        QCOMPARE(toWire(OutboxKind::Incomplete), u"incomplete"_s);
        QCOMPARE(toWire(OutboxKind::Attempt), u"attempt"_s);
        QCOMPARE(toWire(OutboxState::Pending), u"pending"_s);
        QCOMPARE(toWire(OutboxState::InFlight), u"in_flight"_s);
        QCOMPARE(toWire(OutboxState::Done), u"done"_s);
        QCOMPARE(toWire(OutboxState::Rejected), u"rejected"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_Outbox.moc"

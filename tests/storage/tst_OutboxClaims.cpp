// The sync engine's claims on the outbox (issue 18): a course's next entries taken in flight in one statement, those
// a stopped course did not send given back, and a lesson's wishes made one again when an entry returns to pending.
#include "OutboxFixture.h"

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_OutboxClaims : public QObject, private OutboxFixture
{
    Q_OBJECT

private slots:
    void init() { openOutbox(); }
    void cleanup() { closeOutbox(); }

    void claimTakesPendingEntriesInFlightAsTheyAreNow()
    {
        QVERIFY(wish(101, Done, NotDone));
        QVERIFY(wish(102, Done, NotDone));
        QVERIFY(wish(103, Done, NotDone));
        const QList<qint64> ids = idsOf(sendable());
        QVERIFY(wish(102, NotDone, NotDone));      // withdrawn: back to what the server holds
        QVERIFY(wish(103, NotDone, Done));         // the server's state moved: the wish is now an un-completion
        QVERIFY(outbox().markInFlight(ids.at(0))); // already in flight: not claimed twice
        Result<QList<Outbox::Claimed>> claimed = outbox().claim(ids);
        QVERIFY(claimed);
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(claimed->constFirst().id, ids.at(2));
        QCOMPARE(claimed->constFirst().kind, OutboxKind::Incomplete);
        QCOMPARE(claimed->constFirst().triesBefore, 0);
        QCOMPARE(entry(ids.at(2)).state, OutboxState::InFlight);
        QCOMPARE(entry(ids.at(2)).tries, 1);
        QCOMPARE(entry(ids.at(0)).tries, 1);
        QCOMPARE(kindsOf(sendable()), (QStringList{u"complete"_s, u"incomplete"_s}));
    }

    void releaseReturnsUnsentEntriesToPendingWithoutCountingATry()
    {
        QVERIFY(wish(101, Done, NotDone));
        QVERIFY(wish(102, Done, NotDone));
        const QList<qint64> ids = idsOf(sendable());
        QVERIFY(outbox().claim(ids));
        QVERIFY(outbox().release({ids.at(1)}));
        QCOMPARE(entry(ids.at(0)).state, OutboxState::InFlight);
        QCOMPARE(entry(ids.at(1)).state, OutboxState::Pending);
        QCOMPARE(entry(ids.at(1)).tries, 0);
        QVERIFY(outbox().release({})); // nothing to release is not a failure
    }

    // When an entry in flight goes back to pending, a change the learner made meanwhile (queued as a second entry,
    // the first being the baseline then) joins it: one pending entry per lesson, the latest wish, in the first's place.
    void entriesBackToPendingCollapseToTheLatestWish_data()
    {
        QTest::addColumn<QString>("how");               // "release": claimed, never sent; "crash": recoverInFlight
        QTest::addColumn<QList<Completion>>("changes"); // the learner's wishes while the first entry was in flight
        QTest::addColumn<bool>("attemptQueued");        // a quiz attempt of the same lesson between them
        QTest::addColumn<QStringList>("expectedKinds");

        QTest::addRow("released, then undone")
            << u"release"_s << QList{NotDone} << false << QStringList{u"incomplete"_s};
        QTest::addRow("released, undone and redone")
            << u"release"_s << QList{NotDone, Done} << false << QStringList{u"complete"_s};
        QTest::addRow("released, nothing changed")
            << u"release"_s << QList<Completion>{} << false << QStringList{u"complete"_s};
        QTest::addRow("after a crash, undone") << u"crash"_s << QList{NotDone} << false << QStringList{u"incomplete"_s};
        QTest::addRow("an attempt between them keeps both")
            << u"release"_s << QList{NotDone} << true << QStringList{u"complete"_s, u"attempt"_s, u"incomplete"_s};
    }
    void entriesBackToPendingCollapseToTheLatestWish()
    {
        QFETCH(QString, how);
        QFETCH(QList<Completion>, changes);
        QFETCH(bool, attemptQueued);
        QFETCH(QStringList, expectedKinds);

        QVERIFY(wish(lesson, Done, NotDone));
        QVERIFY(wish(lesson + 1, Done, NotDone)); // another lesson, claimed with it and left alone
        const QList<qint64> ids = idsOf(sendable());
        if (how == u"release"_s)
            QVERIFY(outbox().claim(ids));
        else
            QVERIFY(outbox().markInFlight(ids.at(0)) && outbox().markInFlight(ids.at(1)));
        if (attemptQueued)
            QVERIFY(attempt(lesson, u"key-1"_s) != 0);
        for (Completion desired : changes)
            QVERIFY(wish(lesson, desired, NotDone));
        if (how == u"release"_s)
            QVERIFY(outbox().release(ids));
        else
            QVERIFY(outbox().recoverInFlight());

        const QList<OutboxEntry> entries = sendable(course);
        QList<OutboxEntry> ofLesson;
        for (const OutboxEntry &e : entries) {
            QCOMPARE(e.state, OutboxState::Pending);
            if (e.lessonId == lesson)
                ofLesson.append(e);
        }
        QCOMPARE(kindsOf(ofLesson), expectedKinds);
        QCOMPARE(ofLesson.constFirst().id, ids.at(0)); // the first keeps its place in the order
        QCOMPARE(entries.size(), ofLesson.size() + 1);
        // Later wishes follow the one left, as they would have without the trip in flight.
        QVERIFY(wish(lesson, NotDone, NotDone));
        QCOMPARE(sendable(course).size(), attemptQueued ? 3 : 1);
    }
};

QTEST_GUILESS_MAIN(tst_OutboxClaims)
#include "tst_OutboxClaims.moc"

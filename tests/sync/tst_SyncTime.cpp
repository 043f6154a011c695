// Time (design.md, "Time"): access rules are evaluated against the server's clock, estimated from the Date
// headers of its replies, so a wrong local clock neither locks nor unlocks content; a timer fires at the
// next unlock instant and the outline updates live; the estimate survives a restart.
//
// Course 1 is structured: section 13 (lessons 109–111, and the draft 112) opens 7 days after the learner
// joined, and the learner joined 3 days before the seeding (1 March 2026, 12:00 UTC): on 5 March at 12:00.
// The server holds lessons 101–108 completed, so the drip is the only thing that can lock lesson 109.
//
// In both of the server's dialects. A platform server sends no joined_at with the course: the client cannot add
// the section's drip_delay to it and goes by the section's available_date, which both dialects send.
#include "SyncClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 3600;
const QDateTime unlockAt = syncStart.addDays(4); // joined_at + 7 days

// A client whose server has the learner through sections 11 and 12, `days` after the seeding, with the
// server's clock `skewDays` off the client's; signed in and synced.
bool prepare(SyncClient &c, int days, int skewDays)
{
    if (!c.serverUp)
        return false;
    const qint64 learner = c.userId();
    for (qint64 lesson = 101; lesson <= 108; ++lesson) {
        if (!c.server.store().markCompleted(learner, 1, lesson, syncStart.addSecs(lesson)).ok())
            return false;
    }
    c.clock.advanceDays(days);
    c.server.setClockSkewSecs(skewDays * day);
    return c.signIn() && !c.sync().failure;
}

// How far the session's estimate of the server clock is from the local clock.
qint64 offsetMs(const CourseSession &session, const FakeClock &clock)
{
    return clock.now().msecsTo(session.serverClock().now());
}

// The local clock 3 days ahead of the server's: 6 March here, 3 March on the server.
bool prepareAhead(SyncClient &c)
{
    return prepare(c, 5, -3);
}

} // namespace

class tst_SyncTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void theServerClockDecidesWhatIsOpen_data()
    {
        QTest::addColumn<int>("days");     // since the seeding, on the client's clock
        QTest::addColumn<int>("skewDays"); // the server's clock minus the client's
        QTest::addColumn<bool>("open");    // section 13, as the server sees it
        QTest::addRow("local clock 3 days ahead: still locked") << 5 << -3 << false;
        QTest::addRow("local clock 3 days behind: already open") << 2 << 3 << true;
        QTest::addRow("clocks agree, before the unlock") << 2 << 0 << false;
        QTest::addRow("clocks agree, after the unlock") << 5 << 0 << true;
    }

    void theServerClockDecidesWhatIsOpen()
    {
        QFETCH(int, days);
        QFETCH(int, skewDays);
        QFETCH(bool, open);

        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(prepare(c, days, skewDays));
        // The client learned the server's clock from the Date headers.
        QVERIFY(qAbs(c.session.serverClock().now().secsTo(c.server.now())) <= 1);
        QCOMPARE(c.server.now() >= unlockAt, open);
        QCOMPARE(c.clock.now() >= unlockAt, days >= 4); // what this computer's clock alone would say

        const Result<CourseOutline> outline = c.session.outline(1);
        QVERIFY(outline.ok());
        QCOMPARE(outline->access.section(13).dripLocked, !open);
        QCOMPARE(outline->access.section(13).availableAt, unlockAt);
        QCOMPARE(outline->access.lesson(109).reason, open ? LockReason::None : LockReason::DripStructured);
        // The server reports the same.
        QCOMPARE(outline->course.sections.at(2).serverLocked, !open);

        const RefServerCounters before = c.server.counters();
        const Status completed = c.session.setCompleted(1, 109, true);
        if (!open) {
            QVERIFY(!completed.ok());
            QCOMPARE(completed.error().code, u"locked"_s);
            QVERIFY2(completed.error().message.contains(u"Available on"_s), qPrintable(completed.error().message));
            QVERIFY(c.unfinished().isEmpty()); // nothing queued, nothing sent
            QCOMPARE(c.localState(1, 109), u"uncompleted"_s);
            return;
        }
        QVERIFY2(completed.ok(), completed.ok() ? "" : qPrintable(completed.error().message));
        const SyncReport report = c.sync();
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(c.server.counters().completionRecords - before.completionRecords, 1);
        QCOMPARE(c.serverState(1, 109), u"completed"_s);
    }

    void theNextUnlockIsTheServersUnlockInstant()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(prepareAhead(c));
        // As the server computes it: its joined_at plus the section's 7 days, and its available_date.
        const std::optional<Membership> membership = c.server.store().membership(c.userId(), 1);
        QVERIFY(membership.has_value());
        const QDateTime serverUnlock = membership->joinedAt.toUTC().addDays(7);
        QCOMPARE(serverUnlock, unlockAt);
        const auto detail =
            await<ApiResult<Course>>([&](auto done) { c.api.courseDetail(1, ApiClient::View::User, done); });
        QVERIFY(detail && detail->ok());
        QCOMPARE(detail->value().sections.at(2).id, qint64(13));
        QCOMPARE(detail->value().sections.at(2).availableDate.toUTC(), serverUnlock);

        // Our contract sends the learner's joined_at with the course, a platform server does not: the unlock
        // instant comes from the section's available_date either way.
        QCOMPARE(c.session.outline(1)->course.joinedAt.isValid(), !c.platform());
        QCOMPARE(c.session.nextUnlockAt(), serverUnlock);
        // Four days on the server's clock, one day ago on this computer's.
        QCOMPARE(c.session.serverClock().now().msecsTo(c.session.nextUnlockAt()), 2 * day * 1000);
        QVERIFY(c.clock.now() > c.session.nextUnlockAt());
    }

    void theUnlockTimerFiresAtTheUnlockInstant()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(prepareAhead(c));
        const QDateTime unlock = c.session.nextUnlockAt();
        QCOMPARE(unlock, unlockAt);
        const qint64 offset = offsetMs(c.session, c.clock);
        QCOMPARE(offset, -3 * day * 1000);

        // 150 ms before the unlock, on the server's clock.
        c.clock.set(unlock.addMSecs(-150 - offset));
        QSignalSpy unlocked(&c.session, &CourseSession::lessonUnlocked);
        c.state.checkUnlocks();
        QElapsedTimer waited;
        waited.start();
        QVERIFY(unlocked.isEmpty());
        QVERIFY(c.session.outline(1)->access.section(13).dripLocked);

        // Time passes; nothing calls the session: its timer does.
        c.clock.set(unlock.addMSecs(1000 - offset));
        QVERIFY(unlocked.wait(2000));
        QVERIFY2(waited.elapsed() >= 100, qPrintable(QString::number(waited.elapsed()))); // at the instant, not at once
        QList<qint64> lessons;
        for (const QList<QVariant> &signal : std::as_const(unlocked)) {
            QCOMPARE(signal.at(0).toLongLong(), qint64(1));
            lessons << signal.at(1).toLongLong();
        }
        std::sort(lessons.begin(), lessons.end());
        QCOMPARE(lessons, (QList<qint64>{109, 110, 111})); // the draft 112 is not a learner's lesson

        // The outline is live: the section is open and its first lesson can be completed.
        const Result<CourseOutline> outline = c.session.outline(1);
        QVERIFY(!outline->access.section(13).dripLocked);
        QCOMPARE(outline->access.lesson(109).reason, LockReason::None);
        QVERIFY(c.session.setCompleted(1, 109, true).ok());
        QVERIFY(!c.session.nextUnlockAt().isValid()); // nothing else will open
    }

    void theServerClockOffsetSurvivesANewSession()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(prepareAhead(c));
        const qint64 offset = offsetMs(c.session, c.clock);
        QCOMPARE(offset, -3 * day * 1000);

        // The application starts again, offline: the same account opened anew (a new connection to the same cache,
        // a new session), with no credentials.
        Accounts accounts(c.dir.path());
        const Result<Account> account = accounts.find(u"learner"_s);
        QVERIFY(account.ok());
        Result<std::unique_ptr<AccountRuntime>> reopened =
            AccountRuntime::open(accounts, *account, c.clock, c.network, c.credentials, Credentials{}, {});
        QVERIFY(reopened.ok());
        CourseSession &again = (*reopened)->session();
        QCOMPARE(offsetMs(again, c.clock), offset);
        QCOMPARE(again.serverClock().now(), c.session.serverClock().now());

        const Result<CourseOutline> outline = again.outline(1);
        QVERIFY(outline.ok());
        QCOMPARE(outline->access.lesson(109).reason, LockReason::DripStructured);
        const Status refused = again.setCompleted(1, 109, true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"locked"_s);
        QTRY_COMPARE_WITH_TIMEOUT(again.nextUnlockAt(), unlockAt, 2000); // learned at start, without the network
    }
};

QTEST_GUILESS_MAIN(tst_SyncTime)
#include "tst_SyncTime.moc"

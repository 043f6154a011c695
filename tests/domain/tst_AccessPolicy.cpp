// The access rules of api-contract.md ("Access rules"), as AccessPolicy evaluates them.
//
// Lesson states are written as one token per lesson, in course order (AccessText.h):
//   open, not_joined, not_published, drip_scheduled, drip_structured, order:<blocking lesson id>
#include "domain/AccessPolicy.h"

#include "AccessText.h"
#include "CourseBuilder.h"
#include "FakeClock.h"

#include <QTest>
#include <QTimeZone>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime J(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC); // CourseBuilder's default joined_at
const QDateTime D(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC); // a scheduled section's dripped_at

QDateTime days(const QDateTime &from, int n, int seconds = 0)
{
    return from.addDays(n).addSecs(seconds);
}

Course withDone(Course course, const QList<qint64> &done)
{
    for (qint64 id : done)
        course.findLesson(id)->completion = Completion::Completed;
    return course;
}

// Sections 1..4 with one lesson each (10, 20, 30, 40). Structured: drip_delay 0, 3, 7, 14 days.
// Scheduled: dripped_at J, J+14d, J+3d, J+7d (out of order on purpose). Self-paced ignores both.
Course dripCourse(CourseType type, JoinStatus status = JoinStatus::Joined, const QDateTime &joined = J)
{
    return CourseBuilder(type)
        .status(status)
        .joined(joined)
        .section(1, 0, J).lesson(10)
        .section(2, 3, days(J, 14)).lesson(20)
        .section(3, 7, days(J, 3)).lesson(30)
        .section(4, 14, days(J, 7)).lesson(40)
        .build();
}

template <typename T>
struct Named
{
    T value;
    const char *name;
};
constexpr Named<CourseType> allTypes[] = {{CourseType::SelfPaced, "self-paced"},
                                          {CourseType::Structured, "structured"},
                                          {CourseType::Scheduled, "scheduled"}};
constexpr Named<JoinStatus> outsiders[] = {
    {JoinStatus::None, "null"}, {JoinStatus::Invited, "invited"}, {JoinStatus::Requested, "requested"}};
constexpr Named<JoinStatus> instructors[] = {{JoinStatus::Creator, "creator"}, {JoinStatus::Manager, "manager"}};

// Europe/Rome switches to summer time on Sunday 29 March 2026 at 02:00.
QDateTime joinedInRomeBeforeDst()
{
    return QDateTime(QDate(2026, 3, 25), QTime(10, 0), QTimeZone("Europe/Rome")); // 09:00 UTC
}

} // namespace

class tst_AccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QTimeZone("Europe/Rome").isValid(), "the tz database must know Europe/Rome");
        m_large = CourseBuilder::large(100'000);
    }

    // Every course type × role × enforced order, on one course shape evaluated three days after joining:
    //   section 1 (open):            11 completed, 12 failed quiz, 13 draft, 14 uncompleted
    //   section 2 (opens at J + 7d): 21 — structured by drip_delay 7, scheduled by dripped_at
    void typeRoleOrderMatrix_data()
    {
        QTest::addColumn<CourseType>("type");
        QTest::addColumn<JoinStatus>("status");
        QTest::addColumn<bool>("enforce");
        QTest::addColumn<QString>("expected");

        // A joined learner: the four rules apply.
        const auto S = CourseType::SelfPaced, T = CourseType::Structured, C = CourseType::Scheduled;
        const auto L = JoinStatus::Joined;
        QTest::addRow("self-paced/joined/free") << S << L << false << u"open open not_published open open"_s;
        QTest::addRow("self-paced/joined/ordered") << S << L << true << u"open open not_published order:12 order:12"_s;
        QTest::addRow("structured/joined/free") << T << L << false << u"open open not_published open drip_structured"_s;
        QTest::addRow("structured/joined/ordered") << T << L << true
                                                   << u"open open not_published order:12 drip_structured"_s;
        QTest::addRow("scheduled/joined/free") << C << L << false << u"open open not_published open drip_scheduled"_s;
        QTest::addRow("scheduled/joined/ordered") << C << L << true
                                                  << u"open open not_published order:12 drip_scheduled"_s;

        for (const auto &type : allTypes) {
            for (bool enforce : {false, true}) {
                const char *order = enforce ? "ordered" : "free";
                // Creators and managers bypass every rule, drafts included.
                for (const auto &status : instructors) {
                    QTest::addRow("%s/%s/%s", type.name, status.name, order)
                        << type.value << status.value << enforce << u"open open open open open"_s;
                }
                // Not joined (null, invited, requested): everything is refused, completed lessons included.
                for (const auto &status : outsiders) {
                    QTest::addRow("%s/%s/%s", type.name, status.name, order)
                        << type.value << status.value << enforce
                        << u"not_joined not_joined not_joined not_joined not_joined"_s;
                }
            }
        }
    }
    void typeRoleOrderMatrix()
    {
        QFETCH(CourseType, type);
        QFETCH(JoinStatus, status);
        QFETCH(bool, enforce);
        QFETCH(QString, expected);

        const Course course = CourseBuilder(type)
                                  .status(status)
                                  .enforceOrder(enforce)
                                  .section(1, 0, J)
                                  .lesson(11, Completion::Completed).quiz(12, Completion::Failed).draft(13).lesson(14)
                                  .section(2, 7, days(J, 7))
                                  .lesson(21)
                                  .build();
        const CourseAccess access = AccessPolicy::evaluate(course, days(J, 3));

        QCOMPARE(accessSummary(access), expected);
        for (const LessonAccess &lesson : access.lessons()) {
            QVERIFY2(isConsistent(lesson), QTest::toString(lesson));
            if (isDripLock(lesson.reason))
                QCOMPARE(lesson.unlockAt(), days(J, 7));
        }
        QCOMPARE(access.lesson(999).reason, LockReason::NotJoined); // not in this course
    }

    // One lesson in one section; `opensAt` is the section's drip unlock (UTC), null when it has no drip.
    void dripBoundaries_data()
    {
        QTest::addColumn<CourseType>("type");
        QTest::addColumn<int>("dripDelay");
        QTest::addColumn<QDateTime>("drippedAt");
        QTest::addColumn<QDateTime>("joinedAt");
        QTest::addColumn<QDateTime>("availableDate");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<LockReason>("reason");
        QTest::addColumn<QDateTime>("opensAt");

        const auto S = CourseType::SelfPaced, T = CourseType::Structured, C = CourseType::Scheduled;
        const auto open = LockReason::None, sched = LockReason::DripScheduled, struc = LockReason::DripStructured;
        const QDateTime n; // null
        const QDateTime J1 = days(J, 1), J7 = days(J, 7), J9 = days(J, 9), D2 = days(D, 2);
        const QDateTime dAtPlus2(D.date(), QTime(10, 0), Qt::OffsetFromUTC, 2 * 3600);         // the instant D
        const QDateTime jAtPlus530(J.date(), QTime(14, 30), Qt::OffsetFromUTC, 5 * 3600 + 1800); // the instant J

        // Each row: type, drip_delay, dripped_at, joined_at, available_date, now -> reason, opensAt.
        // Scheduled: open from the section's dripped_at on.
        QTest::addRow("scheduled: a second before dripped_at") << C << 0 << D << J << n << D.addSecs(-1) << sched << D;
        QTest::addRow("scheduled: exactly at dripped_at") << C << 0 << D << J << n << D << open << D;
        QTest::addRow("scheduled: a month after dripped_at") << C << 0 << D << J << n << days(D, 30) << open << D;
        QTest::addRow("scheduled: +02:00 dripped_at, a second before")
            << C << 0 << dAtPlus2 << J << n << D.addSecs(-1) << sched << D;
        QTest::addRow("scheduled: +02:00 dripped_at, exactly at") << C << 0 << dAtPlus2 << J << n << D << open << D;
        QTest::addRow("scheduled: null dripped_at is open") << C << 0 << n << J << n << J << open << n;
        QTest::addRow("scheduled: drip_delay is ignored") << C << 7 << n << J << n << J << open << n;

        // Structured: open from joined_at + drip_delay days on.
        QTest::addRow("structured: a second before joined_at + 7d")
            << T << 7 << n << J << n << J7.addSecs(-1) << struc << J7;
        QTest::addRow("structured: exactly at joined_at + 7d") << T << 7 << n << J << n << J7 << open << J7;
        QTest::addRow("structured: drip_delay 1, a second before")
            << T << 1 << n << J << n << J1.addSecs(-1) << struc << J1;
        QTest::addRow("structured: drip_delay 1, exactly at") << T << 1 << n << J << n << J1 << open << J1;
        QTest::addRow("structured: drip_delay 0 is open on joining") << T << 0 << n << J << n << J << open << n;
        QTest::addRow("structured: dripped_at is ignored") << T << 0 << days(J, 30) << J << n << J1 << open << n;
        QTest::addRow("structured: +05:30 joined_at, a second before")
            << T << 7 << n << jAtPlus530 << n << J7.addSecs(-1) << struc << J7;
        QTest::addRow("structured: +05:30 joined_at, exactly at") << T << 7 << n << jAtPlus530 << n << J7 << open << J7;
        QTest::addRow("structured: joined_at unknown, drip_delay 7: locked, unlock unknown")
            << T << 7 << n << n << n << days(J, 365) << struc << n;
        QTest::addRow("structured: joined_at unknown, drip_delay 0: open") << T << 0 << n << n << n << J << open << n;

        // Self-paced: everything at once.
        QTest::addRow("self-paced: drip_delay and dripped_at ignored")
            << S << 7 << days(J, 30) << J << n << J << open << n;
        QTest::addRow("self-paced: available_date ignored") << S << 0 << n << J << days(J, 30) << J << open << n;

        // The server's available_date wins over the local computation, earlier or later.
        QTest::addRow("scheduled: available_date earlier than dripped_at")
            << C << 0 << D << J << days(D, -2) << days(D, -1) << open << days(D, -2);
        QTest::addRow("scheduled: available_date later than dripped_at")
            << C << 0 << D << J << D2 << D.addDays(1) << sched << D2;
        QTest::addRow("scheduled: available_date, a second before")
            << C << 0 << D << J << D2 << D2.addSecs(-1) << sched << D2;
        QTest::addRow("scheduled: available_date, exactly at") << C << 0 << D << J << D2 << D2 << open << D2;
        QTest::addRow("scheduled: available_date, null dripped_at")
            << C << 0 << n << J << D << D.addSecs(-1) << sched << D;
        QTest::addRow("structured: available_date earlier than joined_at + 7d")
            << T << 7 << n << J << days(J, 5) << days(J, 6) << open << days(J, 5);
        QTest::addRow("structured: available_date later than joined_at + 7d")
            << T << 7 << n << J << J9 << J7 << struc << J9;
        QTest::addRow("structured: available_date, drip_delay 0")
            << T << 0 << n << J << days(J, 2) << J1 << struc << days(J, 2);
        QTest::addRow("structured: available_date, joined_at unknown, a second before")
            << T << 7 << n << n << J9 << J9.addSecs(-1) << struc << J9;
        QTest::addRow("structured: available_date, joined_at unknown, exactly at")
            << T << 7 << n << n << J9 << J9 << open << J9;
    }
    void dripBoundaries()
    {
        QFETCH(CourseType, type);
        QFETCH(int, dripDelay);
        QFETCH(QDateTime, drippedAt);
        QFETCH(QDateTime, joinedAt);
        QFETCH(QDateTime, availableDate);
        QFETCH(QDateTime, now);
        QFETCH(LockReason, reason);
        QFETCH(QDateTime, opensAt);

        const Course course = CourseBuilder(type)
                                  .joined(joinedAt)
                                  .section(1, dripDelay, drippedAt)
                                  .availableDate(availableDate)
                                  .lesson(10)
                                  .build();
        const CourseAccess access = AccessPolicy::evaluate(course, now);

        const LessonAccess lesson = access.lesson(10);
        QCOMPARE(lesson.reason, reason);
        QCOMPARE(lesson.unlockAt(), isDripLock(reason) ? opensAt : QDateTime());
        QCOMPARE(lesson.blockingLessonId(), 0);

        const SectionAccess section = access.section(1);
        QCOMPARE(section.availableAt, opensAt);
        QCOMPARE(section.dripLocked, reason != LockReason::None);
        QCOMPARE(AccessPolicy::sectionUnlockAt(course, course.sections.constFirst()), opensAt);
        if (opensAt.isValid())
            QCOMPARE(section.availableAt.timeSpec(), Qt::UTC);
        if (lesson.unlockAt().isValid())
            QCOMPARE(lesson.unlockAt().timeSpec(), Qt::UTC);
    }

    // A drip is a number of 24-hour days from joined_at, not the same wall-clock time N days later.
    void structuredDripAcrossDst_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<LockReason>("reason");

        const QDateTime joined = joinedInRomeBeforeDst();
        const QDateTime unlock = joined.toUTC().addDays(7); // 7 × 24 h
        QTest::addRow("local wall clock + 7 days is an hour early: locked")
            << joined.addDays(7) << LockReason::DripStructured;
        QTest::addRow("one second before 7 × 24 h: locked") << unlock.addSecs(-1) << LockReason::DripStructured;
        QTest::addRow("exactly 7 × 24 h after joining: open") << unlock << LockReason::None;
    }
    void structuredDripAcrossDst()
    {
        QFETCH(QDateTime, now);
        QFETCH(LockReason, reason);

        const QDateTime joined = joinedInRomeBeforeDst();
        const Course course = CourseBuilder(CourseType::Structured).joined(joined).section(1, 7).lesson(10).build();
        const LessonAccess lesson = AccessPolicy::evaluate(course, now).lesson(10);

        QCOMPARE(lesson.reason, reason);
        if (reason != LockReason::None)
            QCOMPARE(lesson.unlockAt(), joined.toUTC().addDays(7));
    }
    void structuredUnlockShiftsOneWallClockHourAcrossDst()
    {
        const QTimeZone rome("Europe/Rome");
        const QDateTime joined = joinedInRomeBeforeDst();
        const Course course = CourseBuilder(CourseType::Structured).joined(joined).section(1, 7).lesson(10).build();
        const QDateTime unlock = AccessPolicy::sectionUnlockAt(course, course.sections.constFirst());

        QCOMPARE(unlock, joined.toUTC().addDays(7));
        QCOMPARE(unlock, QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(joined.secsTo(unlock), 7 * 24 * 3600);
        QVERIFY(unlock != joined.addDays(7)); // the wall-clock date arithmetic is only 167 hours here
        QCOMPARE(joined.secsTo(joined.addDays(7)), 7 * 24 * 3600 - 3600);
        // 10:00 CET on joining, 11:00 CEST on unlocking.
        QCOMPARE(joined.time().hour(), 10);
        QCOMPARE(unlock.toTimeZone(rome).time().hour(), joined.time().hour() + 1);
        QCOMPARE(unlock.toTimeZone(rome).date(), QDate(2026, 4, 1));
    }

    // Section 1: 1, draft 2, 3. Section 2: draft 4, 5.
    void draftsNeverBlockAndStayLockedForLearners_data()
    {
        QTest::addColumn<JoinStatus>("status");
        QTest::addColumn<bool>("enforce");
        QTest::addColumn<QList<qint64>>("done");
        QTest::addColumn<QString>("expected");

        const auto L = JoinStatus::Joined;
        QTest::addRow("joined/ordered: draft 2 does not block 3")
            << L << true << QList<qint64>{1} << u"open not_published open not_published order:3"_s;
        QTest::addRow("joined/ordered: draft 4 does not block 5")
            << L << true << QList<qint64>{1, 3} << u"open not_published open not_published open"_s;
        QTest::addRow("joined/ordered: blocking lesson is published, never a draft")
            << L << true << QList<qint64>{} << u"open not_published order:1 not_published order:1"_s;
        QTest::addRow("joined/ordered: completed drafts are still locked and change nothing")
            << L << true << QList<qint64>{1, 2, 4} << u"open not_published open not_published order:3"_s;
        QTest::addRow("joined/free")
            << L << false << QList<qint64>{} << u"open not_published open not_published open"_s;
        for (const auto &status : instructors) {
            for (bool enforce : {false, true}) {
                QTest::addRow("%s/%s: drafts are accessible", status.name, enforce ? "ordered" : "free")
                    << status.value << enforce << QList<qint64>{} << u"open open open open open"_s;
            }
        }
    }
    void draftsNeverBlockAndStayLockedForLearners()
    {
        QFETCH(JoinStatus, status);
        QFETCH(bool, enforce);
        QFETCH(QList<qint64>, done);
        QFETCH(QString, expected);

        const Course course = withDone(CourseBuilder()
                                           .status(status)
                                           .enforceOrder(enforce)
                                           .section(1).lesson(1).draft(2).lesson(3)
                                           .section(2).draft(4).lesson(5)
                                           .build(),
                                       done);
        QCOMPARE(accessSummary(AccessPolicy::evaluate(course, J)), expected);
    }

    // Section 1: 1, 2. Section 2: 3, 4. Section 3: draft 9. Section 4: 5. The blocking lesson is the FIRST
    // earlier published lesson that is not completed, wherever it is.
    void orderAcrossSections_data()
    {
        QTest::addColumn<bool>("enforce");
        QTest::addColumn<QList<qint64>>("done");
        QTest::addColumn<QString>("expected");

        QTest::addRow("nothing done")
            << true << QList<qint64>{} << u"open order:1 order:1 order:1 not_published order:1"_s;
        QTest::addRow("first lesson done")
            << true << QList<qint64>{1} << u"open open order:2 order:2 not_published order:2"_s;
        QTest::addRow("first section done")
            << true << QList<qint64>{1, 2} << u"open open open order:3 not_published order:3"_s;
        QTest::addRow("a gap in an earlier section blocks later sections")
            << true << QList<qint64>{1, 3, 4} << u"open open order:2 order:2 not_published order:2"_s;
        QTest::addRow("later work does not lift the first gap")
            << true << QList<qint64>{2, 3, 4, 5} << u"open order:1 order:1 order:1 not_published order:1"_s;
        QTest::addRow("a draft-only section does not block")
            << true << QList<qint64>{1, 2, 3, 4} << u"open open open open not_published open"_s;
        QTest::addRow("everything done")
            << true << QList<qint64>{1, 2, 3, 4, 5} << u"open open open open not_published open"_s;
        QTest::addRow("order not enforced") << false << QList<qint64>{} << u"open open open open not_published open"_s;
    }
    void orderAcrossSections()
    {
        QFETCH(bool, enforce);
        QFETCH(QList<qint64>, done);
        QFETCH(QString, expected);

        const Course course = withDone(CourseBuilder()
                                           .enforceOrder(enforce)
                                           .section(1).lesson(1).lesson(2)
                                           .section(2).lesson(3).lesson(4)
                                           .section(3).draft(9)
                                           .section(4).lesson(5)
                                           .build(),
                                       done);
        QCOMPARE(accessSummary(AccessPolicy::evaluate(course, J)), expected);
    }

    // Section 1: 1 (completed), quiz 2. Section 2: 3. Order enforced.
    void quizzesInOrder_data()
    {
        QTest::addColumn<Completion>("quizResult");
        QTest::addColumn<QString>("expected");

        QTest::addRow("passed quiz does not block") << Completion::Completed << u"open open open"_s;
        QTest::addRow("failed quiz blocks, and stays open for a retake")
            << Completion::Failed << u"open open order:2"_s;
        QTest::addRow("quiz not attempted blocks") << Completion::Uncompleted << u"open open order:2"_s;
    }
    void quizzesInOrder()
    {
        QFETCH(Completion, quizResult);
        QFETCH(QString, expected);

        const Course course = CourseBuilder()
                                  .enforceOrder()
                                  .section(1).lesson(1, Completion::Completed).quiz(2, quizResult)
                                  .section(2).lesson(3)
                                  .build();
        QCOMPARE(accessSummary(AccessPolicy::evaluate(course, J)), expected);
    }

    // Not published is checked before drip, drip before order. Order enforced throughout.
    // Section 1 (open): 1. Section 2 (opens at J + 7d): draft 2, 3. Section 3 (open): 4.
    void rulePrecedence_data()
    {
        QTest::addColumn<CourseType>("type");
        QTest::addColumn<QList<qint64>>("done");
        QTest::addColumn<QString>("expected");

        const auto S = CourseType::SelfPaced, T = CourseType::Structured, C = CourseType::Scheduled;
        QTest::addRow("self-paced: draft before order")
            << S << QList<qint64>{} << u"open not_published order:1 order:1"_s;
        QTest::addRow("structured: draft before drip before order")
            << T << QList<qint64>{} << u"open not_published drip_structured order:1"_s;
        QTest::addRow("scheduled: draft before drip before order")
            << C << QList<qint64>{} << u"open not_published drip_scheduled order:1"_s;
        QTest::addRow("structured: a drip-locked lesson still blocks later lessons")
            << T << QList<qint64>{1} << u"open not_published drip_structured order:3"_s;
        QTest::addRow("scheduled: a drip-locked lesson still blocks later lessons")
            << C << QList<qint64>{1} << u"open not_published drip_scheduled order:3"_s;
    }
    void rulePrecedence()
    {
        QFETCH(CourseType, type);
        QFETCH(QList<qint64>, done);
        QFETCH(QString, expected);

        const Course course = withDone(CourseBuilder(type)
                                           .enforceOrder()
                                           .section(1, 0, J).lesson(1)
                                           .section(2, 7, days(J, 7)).draft(2).lesson(3)
                                           .section(3, 0, J).lesson(4)
                                           .build(),
                                       done);
        const CourseAccess access = AccessPolicy::evaluate(course, days(J, 1));
        QCOMPARE(accessSummary(access), expected);
        for (const LessonAccess &lesson : access.lessons())
            QVERIFY2(isConsistent(lesson), QTest::toString(lesson));
    }

    // On dripCourse(): the next drips are at J + 3d, J + 7d and J + 14d.
    void nextUnlockAt_data()
    {
        QTest::addColumn<CourseType>("type");
        QTest::addColumn<JoinStatus>("status");
        QTest::addColumn<QDateTime>("joinedAt");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("next");

        const auto L = JoinStatus::Joined;
        for (const auto &[type, t] : {allTypes[1], allTypes[2]}) {
            QTest::addRow("%s: learner on joining: the earliest drip, not the first section's", t)
                << type << L << J << J << days(J, 3);
            QTest::addRow("%s: a second before the first drip", t) << type << L << J << days(J, 3, -1) << days(J, 3);
            QTest::addRow("%s: at the first drip: the next one", t) << type << L << J << days(J, 3) << days(J, 7);
            QTest::addRow("%s: between the second and third", t) << type << L << J << days(J, 10) << days(J, 14);
            QTest::addRow("%s: all open: nothing pending", t) << type << L << J << days(J, 14) << QDateTime();
            for (const auto &status : instructors)
                QTest::addRow("%s: %s: never", t, status.name) << type << status.value << J << J << QDateTime();
            for (const auto &status : outsiders)
                QTest::addRow("%s: %s: never", t, status.name) << type << status.value << J << J << QDateTime();
        }
        QTest::addRow("self-paced: no drip") << CourseType::SelfPaced << L << J << J << QDateTime();
        QTest::addRow("structured: joined_at unknown: cannot be known")
            << CourseType::Structured << L << QDateTime() << J << QDateTime();
    }
    void nextUnlockAt()
    {
        QFETCH(CourseType, type);
        QFETCH(JoinStatus, status);
        QFETCH(QDateTime, joinedAt);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, next);

        const CourseAccess access = AccessPolicy::evaluate(dripCourse(type, status, joinedAt), now);
        QCOMPARE(access.nextUnlockAt(), next);
        QCOMPARE(access.evaluatedAt(), now);
    }

    void nextUnlockAtFollowsTheClock()
    {
        const Course course = dripCourse(CourseType::Structured);
        FakeClock clock(J);
        const QList<std::pair<QDateTime, qint64>> drips = {{days(J, 3), 20}, {days(J, 7), 30}, {days(J, 14), 40}};
        for (const auto &[unlock, lessonId] : drips) {
            CourseAccess access = AccessPolicy::evaluate(course, clock.now());
            QCOMPARE(access.nextUnlockAt(), unlock);
            QCOMPARE(access.lesson(lessonId).reason, LockReason::DripStructured);

            clock.set(access.nextUnlockAt()); // wake up exactly then
            access = AccessPolicy::evaluate(course, clock.now());
            QCOMPARE(access.lesson(lessonId).reason, LockReason::None);
        }
        QCOMPARE(AccessPolicy::evaluate(course, clock.now()).nextUnlockAt(), QDateTime());
    }

    // On dripCourse(), five days after joining. Ids the course does not have: lesson NotJoined, section no drip.
    void sectionAccess_data()
    {
        QTest::addColumn<CourseType>("type");
        QTest::addColumn<JoinStatus>("status");
        QTest::addColumn<QDateTime>("joinedAt");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QList<QDateTime>>("availableAt");

        const QDateTime none;
        const QList<QDateTime> noDrip{none, none, none, none};
        const QList<QDateTime> structured{none, days(J, 3), days(J, 7), days(J, 14)};
        const QList<QDateTime> scheduled{J, days(J, 14), days(J, 3), days(J, 7)};
        const auto T = CourseType::Structured, C = CourseType::Scheduled;
        QTest::addRow("structured/joined")
            << T << JoinStatus::Joined << J << u"open open locked locked"_s << structured;
        QTest::addRow("structured/creator: never locked, dates still known")
            << T << JoinStatus::Creator << J << u"open open open open"_s << structured;
        QTest::addRow("structured/manager") << T << JoinStatus::Manager << J << u"open open open open"_s << structured;
        QTest::addRow("structured/joined, joined_at unknown")
            << T << JoinStatus::Joined << QDateTime() << u"open locked locked locked"_s << noDrip;
        QTest::addRow("scheduled/joined") << C << JoinStatus::Joined << J << u"open locked open locked"_s << scheduled;
        QTest::addRow("scheduled/creator") << C << JoinStatus::Creator << J << u"open open open open"_s << scheduled;
        QTest::addRow("self-paced/joined: no drip")
            << CourseType::SelfPaced << JoinStatus::Joined << J << u"open open open open"_s << noDrip;
    }
    void sectionAccess()
    {
        QFETCH(CourseType, type);
        QFETCH(JoinStatus, status);
        QFETCH(QDateTime, joinedAt);
        QFETCH(QString, expected);
        QFETCH(QList<QDateTime>, availableAt);

        const CourseAccess access = AccessPolicy::evaluate(dripCourse(type, status, joinedAt), days(J, 5));
        QStringList states;
        for (const SectionAccess &section : access.sections())
            states << (section.dripLocked ? u"locked"_s : u"open"_s);
        QCOMPARE(states.join(u' '), expected);
        QCOMPARE(access.sections().size(), availableAt.size());
        for (qsizetype i = 0; i < availableAt.size(); ++i) {
            QCOMPARE(access.sections().at(i).sectionId, i + 1);
            QCOMPARE(access.sections().at(i).availableAt, availableAt.at(i));
            QCOMPARE(access.section(i + 1), access.sections().at(i));
        }
        QCOMPARE(access.lesson(999), (LessonAccess{999, 0, LockReason::NotJoined}));
        QCOMPARE(access.section(999), (SectionAccess{999, {}, false}));
    }

    // CourseBuilder::large(100'000): lesson id i + 1, 50 to a section, section k drips (k % 3) days after
    // joining, every third lesson (i % 3 == 0) completed, i % 17 == 5 a draft. The whole-course evaluation
    // must agree with each lesson's expectation, written out here from that shape alone.
    void largeCourseMatchesPerLessonRules_data()
    {
        QTest::addColumn<bool>("enforce");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("next");

        QTest::addRow("ordered, on joining") << true << J << days(J, 1);
        QTest::addRow("ordered, one day in") << true << days(J, 1) << days(J, 2);
        QTest::addRow("ordered, everything dripped") << true << days(J, 2) << QDateTime();
        QTest::addRow("free, on joining") << false << J << days(J, 1);
        QTest::addRow("free, everything dripped") << false << days(J, 2) << QDateTime();
    }
    void largeCourseMatchesPerLessonRules()
    {
        QFETCH(bool, enforce);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, next);

        Course course = m_large;
        course.enforceLessonsOrder = enforce;
        // The premises of the expectation below.
        QCOMPARE(course.lessonCount(), 100'000);
        QCOMPARE(course.findLesson(1)->completion, Completion::Completed);
        QCOMPARE(course.findLesson(2)->completion, Completion::Uncompleted);
        QVERIFY(course.findLesson(2)->isPublished());

        const auto expectedFor = [&](int i) -> LessonAccess {
            const qint64 id = i + 1;
            const int delay = (i / 50) % 3;
            if (i % 17 == 5)
                return {id, 0, LockReason::NotPublished};
            if (delay > 0 && now < days(J, delay))
                return {id, days(J, delay).toMSecsSinceEpoch(), LockReason::DripStructured};
            // Lesson 1 is completed; lesson 2 is the first published lesson that is not, so it blocks the rest.
            if (enforce && i >= 2)
                return {id, 2, LockReason::Order};
            return {id, 0, LockReason::None};
        };

        const CourseAccess access = AccessPolicy::evaluate(course, now);
        QCOMPARE(access.lessons().size(), size_t(100'000));
        QCOMPARE(access.sections().size(), 2'000);
        QCOMPARE(access.nextUnlockAt(), next);
        int mismatches = 0;
        int firstMismatch = -1;
        for (int i = 0; i < 100'000; ++i) {
            const LessonAccess expected = expectedFor(i);
            if (access.lessons().at(i) != expected || access.lesson(expected.lessonId) != expected) {
                ++mismatches;
                if (firstMismatch < 0)
                    firstMismatch = i;
            }
        }
        if (firstMismatch >= 0)
            QCOMPARE(access.lessons().at(firstMismatch), expectedFor(firstMismatch));
        QCOMPARE(mismatches, 0);
    }

private:
    Course m_large;
};

QTEST_GUILESS_MAIN(tst_AccessPolicy)
#include "tst_AccessPolicy.moc"

// The drip rules of api-contract.md ("Access rules"), as AccessPolicy evaluates them: the exact boundaries of
// scheduled and structured sections, daylight saving time, and when the next lesson unlocks.
//
// Lesson states are written as one token per lesson, in course order (AccessText.h):
//   open, not_joined, not_published, drip_scheduled, drip_structured, order:<blocking lesson id>
#include "domain/AccessPolicy.h"

#include "AccessPolicyShapes.h"
#include "AccessText.h"
#include "FakeClock.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_AccessPolicyDrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QTimeZone("Europe/Rome").isValid(), "the tz database must know Europe/Rome"); }

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
        const QDateTime dAtPlus2(D.date(), QTime(10, 0), Qt::OffsetFromUTC, 2 * 3600);           // the instant D
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
};

QTEST_MAIN(tst_AccessPolicyDrip)
#include "tst_AccessPolicyDrip.moc"

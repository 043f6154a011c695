// The access rules of api-contract.md ("Access rules"), as AccessPolicy evaluates them; the drip rules
// (boundaries, daylight saving time, the next unlock) are in tst_AccessPolicyDrip.
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

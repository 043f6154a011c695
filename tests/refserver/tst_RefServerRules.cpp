// The reference server's own access rules, progress and lock texts (Rules.h), tested directly against
// api-contract.md ("Access rules", "Progress") and the docs' Course User Section Detail: the server is a second
// implementation, so its rules get their own table, not the client's.
#include "Rules.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::model;
using namespace Qt::StringLiterals;

namespace {

const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

Lesson lesson(qint64 id, qint64 sectionId, LessonStatus status = LessonStatus::Published,
              const QString &type = lessonType::lesson)
{
    Lesson l;
    l.id = id;
    l.sectionId = sectionId;
    l.name = u"Lesson %1"_s.arg(id);
    l.status = status;
    l.type = type;
    return l;
}

// Section 1 (dripped_at now + 1 day, drip_delay 0): lessons 11, 12 (a draft), 13.
// Section 2 (dripped_at now + 5 days, drip_delay 7): lessons 21, 22 (a quiz).
Course course(CourseType type, bool enforceOrder)
{
    Course c;
    c.id = 7;
    c.type = type;
    c.enforceLessonsOrder = enforceOrder;
    Section first{1, u"First"_s, now.addDays(1), 0, {}};
    first.lessons = {lesson(11, 1), lesson(12, 1, LessonStatus::Draft), lesson(13, 1)};
    Section second{2, u"Second"_s, now.addDays(5), 7, {}};
    second.lessons = {lesson(21, 2), lesson(22, 2, LessonStatus::Published, lessonType::quiz)};
    c.sections = {first, second};
    return c;
}

LessonStates states(const QList<qint64> &completed, const QList<qint64> &failed = {})
{
    LessonStates result;
    for (qint64 id : completed)
        result.insert(id, Completion::Completed);
    for (qint64 id : failed)
        result.insert(id, Completion::Failed);
    return result;
}

} // namespace

class tst_RefServerRules : public QObject
{
    Q_OBJECT

private slots:
    void roundHalfUp_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<qint64>("scale");
        QTest::addColumn<int>("expected");
        QTest::addRow("empty course") << qint64(0) << qint64(0) << qint64(100) << 0;
        QTest::addRow("1 of 11: 9.09") << qint64(1) << qint64(11) << qint64(100) << 9;
        QTest::addRow("9 of 11: 81.8") << qint64(9) << qint64(11) << qint64(100) << 82;
        QTest::addRow("2 of 3: 66.7") << qint64(2) << qint64(3) << qint64(100) << 67;
        QTest::addRow("1 of 8: 12.5 goes up") << qint64(1) << qint64(8) << qint64(100) << 13;
        QTest::addRow("3 of 8: 37.5 goes up") << qint64(3) << qint64(8) << qint64(100) << 38;
        QTest::addRow("1 of 2 whole: 0.5 goes up") << qint64(1) << qint64(2) << qint64(1) << 1;
        QTest::addRow("5 of 12 in hundredths: 41.67") << qint64(5) << qint64(12) << qint64(10000) << 4167;
        QTest::addRow("average 263 / 7: 37.57") << qint64(263) << qint64(7) << qint64(1) << 38;
        QTest::addRow("all") << qint64(12) << qint64(12) << qint64(100) << 100;
    }
    void roundHalfUp()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(qint64, scale);
        QFETCH(int, expected);
        QCOMPARE(model::roundHalfUp(numerator, denominator, scale), expected);
    }

    void progress_data()
    {
        QTest::addColumn<QList<qint64>>("completed");
        QTest::addColumn<QList<qint64>>("failed");
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("percent");
        QTest::addColumn<double>("exact");
        // 4 published lessons (11, 13, 21, 22); the draft 12 never counts.
        QTest::addRow("nothing") << QList<qint64>{} << QList<qint64>{} << 0 << 0 << 0.0;
        QTest::addRow("one") << QList<qint64>{11} << QList<qint64>{} << 1 << 25 << 25.0;
        QTest::addRow("the draft does not count") << QList<qint64>{12} << QList<qint64>{} << 0 << 0 << 0.0;
        QTest::addRow("a failed quiz is not done") << QList<qint64>{11, 13} << QList<qint64>{22} << 2 << 50 << 50.0;
        QTest::addRow("three") << QList<qint64>{11, 13, 21} << QList<qint64>{} << 3 << 75 << 75.0;
        QTest::addRow("all") << QList<qint64>{11, 12, 13, 21, 22} << QList<qint64>{} << 4 << 100 << 100.0;
    }
    void progress()
    {
        QFETCH(QList<qint64>, completed);
        QFETCH(QList<qint64>, failed);
        QFETCH(int, done);
        QFETCH(int, percent);
        QFETCH(double, exact);
        const Progress progress = Progress::of(course(CourseType::SelfPaced, false), states(completed, failed));
        QCOMPARE(progress.total, 4);
        QCOMPARE(progress.completed, done);
        QCOMPARE(progress.percent(), percent);
        QCOMPARE(progress.exactPercent(), exact);
        QCOMPARE(progress.isComplete(), done == 4);
    }

    void progress_twoDecimals()
    {
        Course large;
        large.sections = {Section{1, u"All"_s, {}, 0, {}}};
        for (int i = 1; i <= 12; ++i)
            large.sections.first().lessons.append(lesson(i, 1));
        QCOMPARE(Progress::of(large, states({1, 2, 3, 4, 5})).exactPercent(), 41.67);
        QCOMPARE(Progress::of(large, states({1})).exactPercent(), 8.33);
        QCOMPARE(Progress::of(Course{}, {}).percent(), 0); // an empty course is 0 %
    }

    void lessonAccess_data()
    {
        QTest::addColumn<int>("type"); // CourseType
        QTest::addColumn<bool>("enforceOrder");
        QTest::addColumn<int>("status"); // JoinStatus
        QTest::addColumn<int>("joinedDaysAgo");
        QTest::addColumn<qint64>("laterSecs"); // "now" moves on by this much
        QTest::addColumn<QList<qint64>>("completed");
        QTest::addColumn<QList<qint64>>("failed");
        QTest::addColumn<qint64>("lessonId");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("blocking");
        QTest::addColumn<QDateTime>("opensAt");
        const int self = int(CourseType::SelfPaced);
        const int structured = int(CourseType::Structured);
        const int scheduled = int(CourseType::Scheduled);
        const int joined = int(JoinStatus::Joined);
        const QList<qint64> none;
        const QDateTime never;
        QTest::addRow("self-paced: open") << self << false << joined << 0 << qint64(0) << none << none << qint64(21)
                                          << QString() << qint64(0) << never;
        QTest::addRow("a draft") << self << false << joined << 0 << qint64(0) << none << none << qint64(12)
                                 << u"not_published"_s << qint64(0) << never;
        for (const JoinStatus outsider :
             {JoinStatus::None, JoinStatus::Invited, JoinStatus::Requested, JoinStatus::PaymentWaiting}) {
            QTest::addRow("not a member: %s", qPrintable(wireName(outsider).isEmpty() ? u"null"_s : wireName(outsider)))
                << self << false << int(outsider) << 0 << qint64(0) << none << none << qint64(11) << u"not_joined"_s
                << qint64(0) << never;
        }
        QTest::addRow("creator: a draft") << self << false << int(JoinStatus::Creator) << 0 << qint64(0) << none << none
                                          << qint64(12) << QString() << qint64(0) << never;
        QTest::addRow("manager: drip and order") << structured << true << int(JoinStatus::Manager) << 0 << qint64(0)
                                                 << none << none << qint64(22) << QString() << qint64(0) << never;
        QTest::addRow("scheduled: before dripped_at")
            << scheduled << false << joined << 30 << qint64(0) << none << none << qint64(11) << u"drip_scheduled"_s
            << qint64(0) << now.addDays(1);
        QTest::addRow("scheduled: a second before")
            << scheduled << false << joined << 30 << qint64(86399) << none << none << qint64(13) << u"drip_scheduled"_s
            << qint64(0) << now.addDays(1);
        QTest::addRow("scheduled: at dripped_at") << scheduled << false << joined << 30 << qint64(86400) << none << none
                                                  << qint64(13) << QString() << qint64(0) << never;
        QTest::addRow("structured: delay 0 opens on joining") << structured << false << joined << 0 << qint64(0) << none
                                                              << none << qint64(11) << QString() << qint64(0) << never;
        QTest::addRow("structured: 3 of 7 days") << structured << false << joined << 3 << qint64(0) << none << none
                                                 << qint64(21) << u"drip_structured"_s << qint64(0) << now.addDays(4);
        QTest::addRow("structured: 7 days to the second") << structured << false << joined << 7 << qint64(0) << none
                                                          << none << qint64(21) << QString() << qint64(0) << never;
        QTest::addRow("order: the draft is skipped") << self << true << joined << 0 << qint64(0) << none << none
                                                     << qint64(13) << u"order"_s << qint64(11) << never;
        QTest::addRow("order: the first lesson is open") << self << true << joined << 0 << qint64(0) << none << none
                                                         << qint64(11) << QString() << qint64(0) << never;
        QTest::addRow("order: after the one before") << self << true << joined << 0 << qint64(0) << QList<qint64>{11}
                                                     << none << qint64(13) << QString() << qint64(0) << never;
        QTest::addRow("order: across sections") << self << true << joined << 0 << qint64(0) << QList<qint64>{11} << none
                                                << qint64(21) << u"order"_s << qint64(13) << never;
        QTest::addRow("order: the first missing one blocks")
            << self << true << joined << 0 << qint64(0) << QList<qint64>{13} << none << qint64(22) << u"order"_s
            << qint64(11) << never;
        QTest::addRow("order: a failed lesson blocks")
            << self << true << joined << 0 << qint64(0) << QList<qint64>{11} << QList<qint64>{13} << qint64(21)
            << u"order"_s << qint64(13) << never;
        QTest::addRow("order and drip: the drip says")
            << structured << true << joined << 3 << qint64(0) << none << none << qint64(21) << u"drip_structured"_s
            << qint64(0) << now.addDays(4);
        QTest::addRow("structured: a draft") << structured << false << joined << 0 << qint64(0) << none << none
                                             << qint64(12) << u"not_published"_s << qint64(0) << never;
    }
    void lessonAccess()
    {
        QFETCH(int, type);
        QFETCH(bool, enforceOrder);
        QFETCH(int, status);
        QFETCH(int, joinedDaysAgo);
        QFETCH(qint64, laterSecs);
        QFETCH(QList<qint64>, completed);
        QFETCH(QList<qint64>, failed);
        QFETCH(qint64, lessonId);
        QFETCH(QString, reason);
        QFETCH(qint64, blocking);
        QFETCH(QDateTime, opensAt);
        const Access access =
            Access::evaluate(course(CourseType(type), enforceOrder), JoinStatus(status), now.addDays(-joinedDaysAgo),
                             states(completed, failed), now.addSecs(laterSecs));
        const LessonLock lock = access.lesson(lessonId);
        QCOMPARE(wireName(lock.reason), reason);
        QCOMPARE(lock.locked(), !reason.isEmpty());
        QCOMPARE(lock.blockingLesson, blocking);
        QCOMPARE(lock.opensAt, opensAt);
    }

    void sectionAvailability_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("status");
        QTest::addColumn<QDateTime>("first");
        QTest::addColumn<bool>("firstLocked");
        QTest::addColumn<QDateTime>("second");
        QTest::addColumn<bool>("secondLocked");
        const QDateTime joined = now.addDays(-3);
        QTest::addRow("self-paced: null, open")
            << int(CourseType::SelfPaced) << int(JoinStatus::Joined) << QDateTime() << false << QDateTime() << false;
        QTest::addRow("scheduled: dripped_at") << int(CourseType::Scheduled) << int(JoinStatus::Joined)
                                               << now.addDays(1) << true << now.addDays(5) << true;
        QTest::addRow("structured: joined_at + drip_delay")
            << int(CourseType::Structured) << int(JoinStatus::Joined) << joined << false << joined.addDays(7) << true;
        QTest::addRow("structured, the creator: dates, never locked")
            << int(CourseType::Structured) << int(JoinStatus::Creator) << joined << false << joined.addDays(7) << false;
    }
    void sectionAvailability()
    {
        QFETCH(int, type);
        QFETCH(int, status);
        QFETCH(QDateTime, first);
        QFETCH(bool, firstLocked);
        QFETCH(QDateTime, second);
        QFETCH(bool, secondLocked);
        const Access access =
            Access::evaluate(course(CourseType(type), false), JoinStatus(status), now.addDays(-3), {}, now);
        QCOMPARE(access.section(1).availableDate, first);
        QCOMPARE(access.section(1).locked, firstLocked);
        QCOMPARE(access.section(2).availableDate, second);
        QCOMPARE(access.section(2).locked, secondLocked);
    }

    void lockText_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<qint64>("blocking");
        QTest::addColumn<QDateTime>("opensAt");
        QTest::addColumn<QString>("text");
        QTest::addRow("order") << int(LockReason::Order) << qint64(11) << QDateTime()
                               << u"Complete 'Lesson 11' first"_s;
        QTest::addRow("order, after a failed quiz")
            << int(LockReason::Order) << qint64(22) << QDateTime() << u"Pass 'Lesson 22' first"_s;
        QTest::addRow("order, an unknown lesson")
            << int(LockReason::Order) << qint64(99) << QDateTime() << u"Complete the earlier lessons first."_s;
        QTest::addRow("drip") << int(LockReason::DripStructured) << qint64(0)
                              << QDateTime(QDate(2026, 3, 8), QTime(9, 5), Qt::UTC)
                              << u"Available on 8 March 2026 at 09:05"_s;
        QTest::addRow("drip, date unknown") << int(LockReason::DripScheduled) << qint64(0) << QDateTime()
                                            << u"Not available yet; the opening date is not known."_s;
        QTest::addRow("draft") << int(LockReason::NotPublished) << qint64(0) << QDateTime()
                               << u"This lesson is a draft and not published yet."_s;
        QTest::addRow("not joined") << int(LockReason::NotJoined) << qint64(0) << QDateTime()
                                    << u"Join this course to open its lessons."_s;
        QTest::addRow("open") << int(LockReason::None) << qint64(0) << QDateTime() << QString();
    }
    void lockText()
    {
        QFETCH(int, reason);
        QFETCH(qint64, blocking);
        QFETCH(QDateTime, opensAt);
        QFETCH(QString, text);
        const LessonLock lock{LockReason(reason), opensAt, blocking};
        QCOMPARE(model::lockText(lock, course(CourseType::SelfPaced, true), states({}, {22})), text);
    }

    void roles()
    {
        QCOMPARE(roleOf(JoinStatus::Creator), Role::Instructor);
        QCOMPARE(roleOf(JoinStatus::Manager), Role::Instructor);
        QCOMPARE(roleOf(JoinStatus::Joined), Role::Learner);
        for (const JoinStatus status :
             {JoinStatus::None, JoinStatus::Invited, JoinStatus::Requested, JoinStatus::PaymentWaiting})
            QCOMPARE(roleOf(status), Role::Outsider);
    }

    void wireNames_roundTrip()
    {
        for (const QString &name :
             {u"creator"_s, u"manager"_s, u"joined"_s, u"invited"_s, u"requested"_s, u"payment_waiting"_s})
            QCOMPARE(wireName(joinStatusNamed(name).value()), name);
        for (const QString &name : {u"self-paced"_s, u"structured"_s, u"scheduled"_s})
            QCOMPARE(wireName(courseTypeNamed(name).value()), name);
        QVERIFY(!joinStatusNamed(u"lurking"_s));
        QVERIFY(!courseTypeNamed(u"self_paced"_s));
        QCOMPARE(wireName(JoinStatus::None), QString()); // written as null
    }
};

QTEST_GUILESS_MAIN(tst_RefServerRules)
#include "tst_RefServerRules.moc"

// CourseSession: the façade the UI and the CLI act through (design.md, "The flow of one action").
//
// Every test runs on a real cache (CacheDatabase in a QTemporaryDir) with courses imported through
// CourseStore and "now" given by a FakeClock (2026-03-01 12:00 UTC unless moved).
// Quizzes are specified in tst_CourseSessionQuiz; the fixture is SessionFixture.h.
#include "SessionFixture.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_CourseSession : public QObject, protected SessionFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC"); // lock messages name the unlock time in local time: make it UTC, as ctest does
        QLoggingCategory::setFilterRules(u"coursedesk.*.debug=false"_s);
    }

    void init() { m_clock.set(T0); }

    void cleanup() { m_session.reset(), m_db.reset(), m_dir.reset(); }

    // --- Locks: refused with the reason, and nothing changes, queues or signals -----------------------

    void lockedLessonIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<Course>("course");
        QTest::addColumn<qint64>("lessonId");
        QTest::addColumn<bool>("completed");
        QTest::addColumn<QString>("refusal"); // "<lock reason>: <message>"
        const QString notJoined = u"not_joined: Join this course to open its lessons."_s;
        QTest::addRow("invited") << CourseBuilder().status(JoinStatus::Invited).section(1).lesson(10).build()
                                 << qint64(10) << true << notJoined;
        QTest::addRow("null join status") << CourseBuilder().status(JoinStatus::None).section(1).lesson(10).build()
                                          << qint64(10) << true << notJoined;
        QTest::addRow("requested, un-completing")
            << CourseBuilder().status(JoinStatus::Requested).section(1).lesson(10, Completion::Completed).build()
            << qint64(10) << false << notJoined;
        QTest::addRow("a draft") << CourseBuilder().section(1).lesson(10).draft(11).build() << qint64(11) << true
                                 << u"not_published: This lesson is a draft and not published yet."_s;
        QTest::addRow("scheduled section opens in two days")
            << CourseBuilder(CourseType::Scheduled).section(1).lesson(10).section(2, 0, T0.addDays(2)).lesson(20).build()
            << qint64(20) << true << u"drip_scheduled: Available on 3 March 2026 at 12:00"_s;
        QTest::addRow("structured: 7 days after joining, joined yesterday")
            << CourseBuilder(CourseType::Structured).joined(T0.addDays(-1)).section(1).lesson(10).section(2, 7).lesson(20).build()
            << qint64(20) << true << u"drip_structured: Available on 7 March 2026 at 12:00"_s;
        QTest::addRow("order: the previous lesson") << CourseBuilder().enforceOrder().section(1).lesson(10).lesson(11).build()
                                                    << qint64(11) << true << u"order: Complete 'Lesson 10' first"_s;
        QTest::addRow("order: across sections")
            << CourseBuilder().enforceOrder().section(1).lesson(10, Completion::Completed).lesson(11).section(2).lesson(20).build()
            << qint64(20) << true << u"order: Complete 'Lesson 11' first"_s;
        QTest::addRow("order: un-completing behind an uncompleted lesson")
            << CourseBuilder().enforceOrder().section(1).lesson(10).lesson(11, Completion::Completed).build()
            << qint64(11) << false << u"order: Complete 'Lesson 10' first"_s;
        QTest::addRow("order: behind a failed quiz")
            << CourseBuilder().enforceOrder().section(1).quiz(10, Completion::Failed).lesson(11).build() << qint64(11)
            << true << u"order: Pass 'Lesson 10' first"_s;
    }
    void lockedLessonIsRefusedAndNothingChanges()
    {
        QFETCH(Course, course);
        QFETCH(qint64, lessonId);
        QFETCH(bool, completed);
        QFETCH(QString, refusal);
        for (Kind kind : {Kind::Server, Kind::Local}) {
            QCOMPARE(open(kind, {course}), QString());
            QCOMPARE(toWire(m_session->outline(course.id)->access.lesson(lessonId).reason), refusal.section(u':', 0, 0));
            const QString before = snapshot(course.id);
            Spies spies(m_session.get());
            QCOMPARE(outcome(m_session->setCompleted(course.id, lessonId, completed)),
                     u"locked: "_s + refusal.section(u": "_s, 1));
            QCOMPARE(snapshot(course.id), before);
            QVERIFY(outbox().isEmpty());
            QCOMPARE(spies.counts(), u"lesson 0 progress 0 outbox 0"_s);
            cleanup();
        }
    }

    void lockedQuizIsRefusedAndNothingIsRecorded()
    {
        const Course course = withQuizBody(CourseBuilder().enforceOrder().section(1).lesson(10).quiz(11).build(), 11, true);
        QCOMPARE(open(Kind::Server, {course}), QString());
        const QString before = snapshot(1);
        Spies spies(m_session.get());
        QCOMPARE(outcome(m_session->submitQuiz(1, 11, rightAnswers)), u"locked: Complete 'Lesson 10' first"_s);
        QCOMPARE(snapshot(1), before);
        QCOMPARE(spies.counts(), u"lesson 0 progress 0 outbox 0"_s);
    }

    // Creators and managers bypass every rule: drafts, drips and order.
    void instructorsBypassLocks_data()
    {
        QTest::addColumn<Course>("course");
        QTest::addColumn<qint64>("lessonId");
        for (JoinStatus status : {JoinStatus::Creator, JoinStatus::Manager}) {
            const QByteArray who = toWire(status).toUtf8();
            QTest::addRow("%s: draft", who.constData())
                << CourseBuilder().status(status).section(1).lesson(10).draft(11).build() << qint64(11);
            QTest::addRow("%s: scheduled drip", who.constData())
                << CourseBuilder(CourseType::Scheduled).status(status).section(2, 0, T0.addDays(30)).lesson(20).build()
                << qint64(20);
            QTest::addRow("%s: structured drip", who.constData())
                << CourseBuilder(CourseType::Structured).status(status).joined(T0).section(2, 7).lesson(20).build()
                << qint64(20);
            QTest::addRow("%s: order", who.constData())
                << CourseBuilder().status(status).enforceOrder().section(1).lesson(10).lesson(11).build() << qint64(11);
        }
    }
    void instructorsBypassLocks()
    {
        QFETCH(Course, course);
        QFETCH(qint64, lessonId);
        QCOMPARE(open(Kind::Server, {course}), QString());
        QVERIFY(m_session->outline(1)->access.lesson(lessonId).isAccessible());
        QCOMPARE(outcome(m_session->setCompleted(1, lessonId, true)), u"ok"_s);
        QCOMPARE(state(lessonId).local, Completion::Completed);
        QCOMPARE(outbox().size(), 1);
        QCOMPARE(outbox().constFirst().lessonId, lessonId);
    }

    // --- A server account: applied locally and queued in one transaction -----------------------------

    void serverAccountAppliesAndQueuesTheAction()
    {
        QCOMPARE(open(Kind::Server, {plainCourse()}), QString());
        Spies spies(m_session.get());
        QVERIFY(m_session->setCompleted(1, 11, true));
        QCOMPARE(states(11), u"completed/uncompleted"_s); // the server has not confirmed it yet
        QCOMPARE(state(11).localChangedAt, T0);
        QCOMPARE(m_session->outline(1)->course.findLesson(11)->completion, Completion::Completed);
        QCOMPARE(outbox().size(), 1);
        QCOMPARE(dump(outbox().constFirst()), u"#1 complete 1/1/11 pending "_s); // course/section/lesson, no key
        QCOMPARE(outbox().constFirst().createdAt, T0);
        QCOMPARE(spies.counts(), u"lesson 1 progress 1 outbox 1"_s);
        QCOMPARE(spies.lesson.at(0), (QVariantList{qint64(1), qint64(11)}));
        QCOMPARE(spies.progress.at(0).at(0).toLongLong(), 1);
        // 1 of 4 published lessons (10, 11, 12, quiz 15); the draft 13 does not count.
        QCOMPARE(spies.progress.at(0).at(1).value<ProgressFigures>(), (ProgressFigures{1, 4}));
        m_clock.advanceSecs(60);
        QVERIFY(m_session->setCompleted(1, 10, true));
        QCOMPARE(spies.progress.at(1).at(1).value<ProgressFigures>(), (ProgressFigures{2, 4}));
        QCOMPARE(*m_session->progress(1), (ProgressFigures{2, 4}));
        QCOMPARE(outbox().size(), 2);
        QCOMPARE(dump(outbox().at(1)), u"#2 complete 1/1/10 pending "_s); // in creation order
        QCOMPARE(outbox().at(1).createdAt, T0.addSecs(60));
    }

    // The lesson state and its outbox entry commit together: when the entry cannot be written, the
    // lesson state is rolled back and nothing is announced.
    void serverActionIsAtomic()
    {
        QCOMPARE(open(Kind::Server, {plainCourse()}), QString());
        QSqlQuery trigger(m_db->connection());
        QVERIFY(trigger.exec(u"CREATE TRIGGER outbox_full BEFORE INSERT ON outbox "
                             "BEGIN SELECT RAISE(ABORT, 'the outbox is full'); END"_s));
        const QString before = snapshot(1);
        Spies spies(m_session.get());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"statement failed: queue the change"_s));
        const QString result = outcome(m_session->setCompleted(1, 11, true));
        QVERIFY2(result.startsWith(u"database: "_s) && result.contains(u"the outbox is full"_s), qPrintable(result));
        QCOMPARE(snapshot(1), before);
        QCOMPARE(states(11), u"uncompleted/uncompleted"_s);
        QCOMPARE(spies.counts(), u"lesson 0 progress 0 outbox 0"_s);
    }

    void togglingTwiceLeavesNoEntry_data()
    {
        QTest::addColumn<Completion>("confirmed");
        QTest::addRow("complete, then incomplete") << Completion::Uncompleted;
        QTest::addRow("incomplete, then complete") << Completion::Completed;
    }
    void togglingTwiceLeavesNoEntry()
    {
        QFETCH(Completion, confirmed);
        QCOMPARE(open(Kind::Server, {CourseBuilder().section(1).lesson(10).lesson(11, confirmed).build()}), QString());
        Spies spies(m_session.get());
        const bool initiallyDone = confirmed == Completion::Completed;
        QVERIFY(m_session->setCompleted(1, 11, !initiallyDone));
        QCOMPARE(outbox().size(), 1);
        QCOMPARE(outbox().constFirst().kind, initiallyDone ? OutboxKind::Incomplete : OutboxKind::Complete);
        QVERIFY(m_session->setCompleted(1, 11, initiallyDone));
        QVERIFY(outbox().isEmpty());
        QCOMPARE(states(11), toWire(confirmed) + u'/' + toWire(confirmed));
        QCOMPARE(spies.counts(), u"lesson 2 progress 2 outbox 2"_s);
        QCOMPARE(spies.progress.last().at(1).value<ProgressFigures>(), (ProgressFigures{initiallyDone ? 1 : 0, 2}));
    }

    void settingTheCurrentStateIsANoOp()
    {
        QCOMPARE(open(Kind::Server, {CourseBuilder().section(1).lesson(10, Completion::Completed).lesson(11).build()}),
                 QString());
        const QString before = snapshot(1);
        Spies spies(m_session.get());
        QVERIFY(m_session->setCompleted(1, 10, true));
        QVERIFY(m_session->setCompleted(1, 11, false));
        QCOMPARE(snapshot(1), before);
        QCOMPARE(spies.counts(), u"lesson 0 progress 0 outbox 0"_s);
    }

    // --- A local account (the sample): final at once, never queued -----------------------------------

    void localAccountNeverQueues()
    {
        QCOMPARE(open(Kind::Local, {plainCourse(JoinStatus::Joined, true)}), QString());
        Spies spies(m_session.get());
        QVERIFY(m_session->setCompleted(1, 10, true));
        QCOMPARE(states(10), u"completed/completed"_s);
        QVERIFY(m_session->setCompleted(1, 11, true));
        QVERIFY(m_session->setCompleted(1, 11, false));
        QCOMPARE(states(11), u"uncompleted/uncompleted"_s);
        QVERIFY(m_session->submitQuiz(1, 15, rightAnswers));
        QVERIFY(outbox().isEmpty());
        QCOMPARE(spies.outbox.size(), 0);
        QCOMPARE(spies.lesson.size(), 4);
        QCOMPARE(spies.progress.last().at(1).value<ProgressFigures>(), (ProgressFigures{2, 4}));
        QCOMPARE(*m_session->progress(1), (ProgressFigures{2, 4}));
    }

    // --- Time: access is judged by the server's clock -------------------------------------------------

    // Joined a day ago; section 2 opens 7 days after joining, i.e. in 6 days (T0 + 6 d).
    static Course structuredCourse()
    {
        return CourseBuilder(CourseType::Structured).joined(T0.addDays(-1)).section(1).lesson(10).section(2, 7).lesson(20).build();
    }

    // Section 2 opens at T0 + 6 d. Whatever this computer's clock says, the server's time decides.
    void serverClockDecidesDrip_data()
    {
        QTest::addColumn<qint64>("localClockShiftMs"); // how wrong this computer's clock is
        QTest::addColumn<qint64>("offsetMs");          // server time − local time, from the Date header
        QTest::addColumn<bool>("opens");
        QTest::addRow("in step, before the drip") << qint64(0) << qint64(0) << false;
        QTest::addRow("server 1 min short of the drip") << qint64(0) << 6 * dayMs - 60'000 << false;
        QTest::addRow("server 1 min past the drip") << qint64(0) << 6 * dayMs + 60'000 << true;
        QTest::addRow("local clock 10 d ahead, server before") << 10 * dayMs << -10 * dayMs << false;
        QTest::addRow("local clock 10 d behind, server past") << -10 * dayMs << 16 * dayMs + 60'000 << true;
    }
    void serverClockDecidesDrip()
    {
        QFETCH(qint64, localClockShiftMs);
        QFETCH(qint64, offsetMs);
        QFETCH(bool, opens);
        QCOMPARE(open(Kind::Server, {structuredCourse()}), QString());
        m_clock.set(T0.addMSecs(localClockShiftMs));
        QVERIFY(m_state->setServerClockOffset(offsetMs));
        QCOMPARE(m_session->serverClock().now(), m_clock.now().addMSecs(offsetMs));
        QCOMPARE(m_session->outline(1)->access.lesson(20).isAccessible(), opens);
        QCOMPARE(outcome(m_session->setCompleted(1, 20, true)),
                 opens ? u"ok"_s : u"locked: Available on 7 March 2026 at 12:00"_s);
        QCOMPARE(outbox().size(), opens ? 1 : 0);
        if (opens)
            QCOMPARE(state(20).localChangedAt, m_clock.now()); // actions are stamped with this computer's clock
    }

    void serverClockOffsetPersists()
    {
        QCOMPARE(open(Kind::Server, {structuredCourse()}), QString());
        const qint64 offset = 6 * dayMs + 60'000;
        QVERIFY(m_state->setServerClockOffset(offset));

        // A new session on the same cache: the offset is read back from it.
        m_session.reset();
        m_state = std::make_unique<LearnerState>(*m_db, m_clock, Kind::Server);
        m_session = std::make_unique<CourseSession>(*m_state);
        QCOMPARE(m_clock.now().msecsTo(m_session->serverClock().now()), offset);
        QVERIFY(m_session->outline(1)->access.lesson(20).isAccessible());
        QVERIFY(m_session->setCompleted(1, 20, true));
    }

    // --- Unknown ids and the queue -------------------------------------------------------------------

    void unknownIdsAreRefused_data()
    {
        QTest::addColumn<qint64>("courseId");
        QTest::addColumn<qint64>("lessonId");
        QTest::addColumn<QString>("code");
        QTest::addRow("unknown course") << qint64(99) << qint64(10) << u"unknown_course"_s;
        QTest::addRow("unknown lesson") << qint64(1) << qint64(999) << u"unknown_lesson"_s;
        QTest::addRow("a lesson of another course") << qint64(1) << qint64(210) << u"unknown_lesson"_s;
    }
    void unknownIdsAreRefused()
    {
        QFETCH(qint64, courseId);
        QFETCH(qint64, lessonId);
        QFETCH(QString, code);
        QCOMPARE(open(Kind::Server, {plainCourse(), CourseBuilder(CourseType::SelfPaced, 2).section(21).lesson(210).build()}),
                 QString());
        Spies spies(m_session.get());
        QCOMPARE(outcome(m_session->setCompleted(courseId, lessonId, true)).section(u':', 0, 0), code);
        QCOMPARE(outcome(m_session->submitQuiz(courseId, lessonId, rightAnswers)).section(u':', 0, 0), code);
        QCOMPARE(outcome(m_session->lesson(courseId, lessonId)).section(u':', 0, 0), code);
        if (code == u"unknown_course"_s) {
            QCOMPARE(outcome(m_session->outline(courseId)), u"unknown_course: There is no course 99 in this account."_s);
            QCOMPARE(outcome(m_session->progress(courseId)).section(u':', 0, 0), code);
        }
        QVERIFY(outbox().isEmpty());
        QCOMPARE(spies.counts(), u"lesson 0 progress 0 outbox 0"_s);
    }

    void onlyRejectedEntriesCanBeDismissed()
    {
        QCOMPARE(open(Kind::Server, {plainCourse()}), QString());
        QVERIFY(m_session->setCompleted(1, 10, true));
        QVERIFY(m_session->setCompleted(1, 11, true));
        const qint64 pendingId = outbox().at(0).id;
        const qint64 rejectedId = outbox().at(1).id;
        QVERIFY(m_state->outbox().markRejected(rejectedId, u"LESSON_LOCKED"_s, u"Complete 'Lesson 9' first"_s));
        Spies spies(m_session.get());
        QCOMPARE(outcome(m_session->dismiss(pendingId)),
                 u"not_rejected: Action %1 is still waiting to be sent; only a rejected action can be dismissed."_s.arg(pendingId));
        QCOMPARE(outcome(m_session->dismiss(12345)), u"unknown_entry: There is no queued action 12345."_s);
        QCOMPARE(outbox().size(), 2);
        QCOMPARE(spies.outbox.size(), 0);
        QVERIFY(m_session->dismiss(rejectedId));
        QCOMPARE(outbox().size(), 1);
        QCOMPARE(outbox().constFirst().id, pendingId);
        QCOMPARE(spies.outbox.size(), 1);
    }

    // The list of waiting actions names lessons as the outline does, in every course; a lesson no course has any
    // more has no name.
    void pendingActionsAreNamedByTheirLessons()
    {
        QCOMPARE(open(Kind::Server,
                      {plainCourse(), CourseBuilder(CourseType::SelfPaced, 2).section(21).lesson(210).build()}),
                 QString());
        QVERIFY(m_session->setCompleted(1, 10, true));
        QVERIFY(m_session->setCompleted(2, 210, true));
        QList<OutboxEntry> entries = outbox();
        OutboxEntry gone = entries.constFirst();
        gone.lessonId = 999;
        entries.append(gone);
        const QHash<qint64, QString> names = m_session->lessonNames(entries);
        QCOMPARE(names.value(10), u"Lesson 10"_s);
        QCOMPARE(names.value(210), u"Lesson 210"_s);
        QVERIFY(!names.contains(999));
    }
};

QTEST_GUILESS_MAIN(tst_CourseSession)
#include "tst_CourseSession.moc"

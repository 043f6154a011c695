// CourseSession: the façade the UI and the CLI act through (design.md, "The flow of one action").
//
// Every test runs on a real cache (CacheDatabase in a QTemporaryDir) with courses imported through
// CourseStore and "now" given by a FakeClock (2026-03-01 12:00 UTC unless moved).
#include "session/CourseSession.h"

#include "CourseBuilder.h"
#include "FakeClock.h"
#include "storage/CacheDatabase.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

using Kind = CourseSession::Kind;

namespace {

const QDateTime T0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC); // FakeClock's default "now"
constexpr qint64 dayMs = 24 * 3600 * 1000;

// A three-question quiz: single (11, 12*, 13), multi (21*, 22*, 23), single (31*, 32); passing grade 60.
// withCorrect: the answers carry `correct`, as the server sends them to creators and managers only.
Course withQuizBody(Course course, qint64 quizId, bool withCorrect)
{
    const Lesson body = makeQuiz({{QuestionType::SingleChoice, {false, true, false}},
                                  {QuestionType::MultiChoice, {true, true, false}},
                                  {QuestionType::SingleChoice, {true, false}}},
                                 60, withCorrect);
    Lesson *quiz = course.findLesson(quizId);
    quiz->hasBody = true;
    quiz->body = body.body;
    return course;
}

const QList<QuestionResponse> rightAnswers{{1, {12}}, {2, {21, 22}}, {3, {31}}};
const QList<QuestionResponse> wrongAnswers{{1, {11}}, {2, {21}}, {3, {31}}}; // one of three right: grade 33

// Learner, self-paced, no enforced order: lessons 10, 11, 12, quiz 15, and the draft 13 (never counted).
Course plainCourse(JoinStatus status = JoinStatus::Joined, bool quizAnswersKnown = false)
{
    return withQuizBody(
        CourseBuilder().status(status).section(1).lesson(10).lesson(11).lesson(12).draft(13).quiz(15).build(), 15,
        quizAnswersKnown);
}

QString dump(const OutboxEntry &e)
{
    return u"#%1 %2 %3/%4/%5 %6 %7"_s.arg(e.id).arg(toWire(e.kind)).arg(e.courseId).arg(e.sectionId).arg(e.lessonId)
        .arg(toWire(e.state), e.idempotencyKey);
}

// "ok", or "code: message": one comparison says both what was refused and why.
template <typename T>
QString outcome(const Result<T> &result)
{
    return result ? u"ok"_s : result.error().code + u": "_s + result.error().message;
}

// The three signals of a session; counts() as "lesson 1 progress 1 outbox 1".
struct Spies
{
    explicit Spies(CourseSession *s)
        : lesson(s, &CourseSession::lessonChanged), progress(s, &CourseSession::progressChanged)
        , outbox(s, &CourseSession::outboxChanged)
    {
    }
    QString counts() const { return u"lesson %1 progress %2 outbox %3"_s.arg(lesson.size()).arg(progress.size()).arg(outbox.size()); }
    QSignalSpy lesson, progress, outbox;
};

} // namespace

class tst_CourseSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<CourseSession> m_session;

    // Opens a fresh cache, imports the courses (their completion states become the confirmed ones) and
    // starts a session of the given kind. Returns the problem, or an empty string.
    QString open(Kind kind, const QList<Course> &courses)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        Result<std::unique_ptr<CacheDatabase>> db = CacheDatabase::open(m_dir->filePath(u"cache.sqlite"_s));
        if (!db)
            return db.error().message;
        m_db = std::move(db).value();
        CourseStore store(*m_db);
        for (const Course &course : courses) {
            if (Result<ImportReport> imported = store.importCourse(course, m_clock.now()); !imported)
                return imported.error().message;
        }
        m_session = std::make_unique<CourseSession>(*m_db, m_clock, kind);
        return {};
    }

    LessonState state(qint64 lessonId) const
    {
        Result<LessonState> s = m_session->store().lessonState(lessonId);
        return s ? *s : LessonState{};
    }

    // "local/confirmed", e.g. "completed/uncompleted": done here, not yet confirmed by the server.
    QString states(qint64 lessonId) const
    {
        const LessonState s = state(lessonId);
        return toWire(s.local) + u'/' + toWire(s.confirmed);
    }

    QList<OutboxEntry> outbox() const
    {
        Result<QList<OutboxEntry>> entries = m_session->pendingActions();
        return entries ? *entries : QList<OutboxEntry>{};
    }

    int attemptCount() const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT COUNT(*) FROM attempts"_s) && q.next() ? q.value(0).toInt() : -1;
    }

    // Everything an action may change, as text: lesson states (local/confirmed), outbox and attempts.
    QString snapshot(qint64 courseId) const
    {
        QStringList lines;
        Result<CourseOutline> outline = m_session->outline(courseId);
        if (!outline)
            return outline.error().message;
        for (const Section &section : outline->course.sections) {
            for (const Lesson &lesson : section.lessons) {
                lines << QString::number(lesson.id) + u' ' + states(lesson.id);
            }
        }
        for (const OutboxEntry &entry : outbox())
            lines << dump(entry);
        lines << u"attempts %1"_s.arg(attemptCount());
        return lines.join(u'\n');
    }

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

    // --- Quizzes ---------------------------------------------------------------------------------------

    void quizIsNotMarkedByHand_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("completed");
        QTest::addRow("server, complete") << Kind::Server << true;
        QTest::addRow("server, incomplete") << Kind::Server << false;
        QTest::addRow("local, complete") << Kind::Local << true;
    }
    void quizIsNotMarkedByHand()
    {
        QFETCH(Kind, kind);
        QFETCH(bool, completed);
        QCOMPARE(open(kind, {plainCourse()}), QString());
        const QString before = snapshot(1);
        Spies spies(m_session.get());
        QCOMPARE(outcome(m_session->setCompleted(1, 15, completed)),
                 u"quiz_completion: 'Lesson 15' is a quiz: it is completed by passing it, not by marking it."_s);
        QCOMPARE(snapshot(1), before);
        QCOMPARE(spies.counts(), u"lesson 0 progress 0 outbox 0"_s);
    }

    void invalidAnswersAreListedAndNothingIsRecorded_data()
    {
        QTest::addColumn<qint64>("lessonId");
        QTest::addColumn<QList<QuestionResponse>>("responses");
        QTest::addColumn<QStringList>("problems");
        QTest::addRow("nothing answered") << qint64(15) << QList<QuestionResponse>{}
                                          << QStringList{u"Question 1 is not answered."_s, u"Question 2 is not answered."_s,
                                                         u"Question 3 is not answered."_s};
        QTest::addRow("a question left out") << qint64(15) << QList<QuestionResponse>{{1, {12}}, {2, {21, 22}}}
                                             << QStringList{u"Question 3 is not answered."_s};
        QTest::addRow("no option selected") << qint64(15) << QList<QuestionResponse>{{1, {12}}, {2, {}}, {3, {31}}}
                                            << QStringList{u"Question 2 is not answered."_s};
        QTest::addRow("single choice with two options")
            << qint64(15) << QList<QuestionResponse>{{1, {11, 12}}, {2, {21, 22}}, {3, {31}}}
            << QStringList{u"Question 1 takes exactly one answer."_s};
        QTest::addRow("an answer of another question")
            << qint64(15) << QList<QuestionResponse>{{1, {12}}, {2, {21, 31}}, {3, {31}}}
            << QStringList{u"Answer 31 does not belong to question 2."_s};
        QTest::addRow("the same answer twice") << qint64(15) << QList<QuestionResponse>{{1, {12}}, {2, {21, 21}}, {3, {31}}}
                                               << QStringList{u"Answer 21 is selected twice for question 2."_s};
        QTest::addRow("an unknown question") << qint64(15)
                                             << QList<QuestionResponse>{{1, {12}}, {2, {21}}, {3, {31}}, {9, {91}}}
                                             << QStringList{u"Question 9 is not part of this quiz."_s};
        QTest::addRow("a question answered twice")
            << qint64(15) << QList<QuestionResponse>{{1, {12}}, {2, {21}}, {3, {31}}, {1, {11}}}
            << QStringList{u"Question 1 is answered more than once."_s};
        QTest::addRow("every problem at once, all listed")
            << qint64(15) << QList<QuestionResponse>{{9, {91}}, {1, {11, 99}}, {2, {22, 22}}}
            << QStringList{u"Question 1 takes exactly one answer."_s, u"Answer 99 does not belong to question 1."_s,
                           u"Answer 22 is selected twice for question 2."_s, u"Question 3 is not answered."_s,
                           u"Question 9 is not part of this quiz."_s};
        QTest::addRow("not a quiz") << qint64(10) << QList<QuestionResponse>{{1, {12}}}
                                    << QStringList{u"This lesson is not a quiz."_s};
    }
    void invalidAnswersAreListedAndNothingIsRecorded()
    {
        QFETCH(qint64, lessonId);
        QFETCH(QList<QuestionResponse>, responses);
        QFETCH(QStringList, problems);
        for (Kind kind : {Kind::Server, Kind::Local}) {
            QCOMPARE(open(kind, {plainCourse(JoinStatus::Joined, kind == Kind::Local)}), QString());
            const QString before = snapshot(1);
            Spies spies(m_session.get());
            QCOMPARE(outcome(m_session->submitQuiz(1, lessonId, responses)), u"invalid_answers: "_s + problems.join(u'\n'));
            QCOMPARE(snapshot(1), before);
            QCOMPARE(spies.counts(), u"lesson 0 progress 0 outbox 0"_s);
            cleanup();
        }
    }

    // A learner's quiz carries no correct answers: the attempt is queued for the server to grade.
    void learnerAttemptAwaitsTheServer()
    {
        QCOMPARE(open(Kind::Server, {plainCourse(JoinStatus::Joined, false)}), QString());
        Spies spies(m_session.get());
        const Result<QuizSubmission> submitted = m_session->submitQuiz(1, 15, rightAnswers);
        QCOMPARE(outcome(submitted), u"ok"_s);
        QVERIFY(!submitted->grade.has_value());
        const AttemptRecord &attempt = submitted->attempt;
        QCOMPARE(attempt.state, AttemptState::AwaitingGrading);
        QVERIFY(!attempt.result.has_value());
        QCOMPARE(attempt.responses, rightAnswers);
        QCOMPARE(attempt.submittedAt, T0);
        const QUuid key = QUuid::fromString(attempt.idempotencyKey);
        QVERIFY2(!key.isNull() && key.version() == QUuid::Random, qPrintable(attempt.idempotencyKey));
        QCOMPARE(outbox().size(), 1);
        QCOMPARE(dump(outbox().constFirst()), u"#1 attempt 1/1/15 pending "_s + attempt.idempotencyKey);
        const Result<std::optional<AttemptRecord>> stored = m_session->attempts().byKey(attempt.idempotencyKey);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->responses, rightAnswers);
        QCOMPARE((*stored)->state, AttemptState::AwaitingGrading);
        QCOMPARE(states(15), u"uncompleted/uncompleted"_s); // completion waits for the server's grade
        QCOMPARE(spies.counts(), u"lesson 1 progress 0 outbox 1"_s);
    }

    void knownAnswersAreGradedHere_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<JoinStatus>("status");
        QTest::addColumn<QList<QuestionResponse>>("responses");
        QTest::addColumn<int>("grade");
        QTest::addColumn<Completion>("completion");
        QTest::addRow("local learner passes") << Kind::Local << JoinStatus::Joined << rightAnswers << 100
                                              << Completion::Completed;
        QTest::addRow("local learner fails") << Kind::Local << JoinStatus::Joined << wrongAnswers << 33
                                             << Completion::Failed;
        QTest::addRow("creator on a server passes") << Kind::Server << JoinStatus::Creator << rightAnswers << 100
                                                    << Completion::Completed;
        QTest::addRow("manager on a server fails") << Kind::Server << JoinStatus::Manager << wrongAnswers << 33
                                                   << Completion::Failed;
    }
    void knownAnswersAreGradedHere()
    {
        QFETCH(Kind, kind);
        QFETCH(JoinStatus, status);
        QFETCH(QList<QuestionResponse>, responses);
        QFETCH(int, grade);
        QFETCH(Completion, completion);
        QCOMPARE(open(kind, {plainCourse(status, true)}), QString());
        Spies spies(m_session.get());
        const Result<QuizSubmission> submitted = m_session->submitQuiz(1, 15, responses);
        QCOMPARE(outcome(submitted), u"ok"_s);
        QVERIFY(submitted->grade.has_value());
        QCOMPARE(submitted->grade->grade, grade);
        QCOMPARE(submitted->grade->passingGrade, 60);
        QCOMPARE(submitted->grade->result(), completion);
        QCOMPARE(submitted->attempt.result->grade, grade);
        QCOMPARE(state(15).local, completion);
        QCOMPARE(m_session->lesson(1, 15)->body->lastAttempt->grade, grade);
        const int done = completion == Completion::Completed ? 1 : 0;
        QCOMPARE(spies.progress.size(), 1);
        QCOMPARE(spies.progress.at(0).at(1).value<ProgressFigures>(), (ProgressFigures{done, 4}));
        if (kind == Kind::Local) {
            // Final: no server will ever grade it again.
            QCOMPARE(submitted->attempt.state, AttemptState::Graded);
            QCOMPARE(state(15).confirmed, completion);
            QVERIFY(outbox().isEmpty());
            QCOMPARE(spies.outbox.size(), 0);
        } else {
            // Instant feedback, but the server's grade is still the judge: the attempt is queued.
            QCOMPARE(submitted->attempt.state, AttemptState::AwaitingGrading);
            QCOMPARE(state(15).confirmed, Completion::Uncompleted);
            QCOMPARE(outbox().size(), 1);
            QCOMPARE(outbox().constFirst().idempotencyKey, submitted->attempt.idempotencyKey);
            QCOMPARE(spies.outbox.size(), 1);
        }
    }

    void attemptsAreNeverMerged()
    {
        QCOMPARE(open(Kind::Server, {plainCourse()}), QString());
        const Result<QuizSubmission> first = m_session->submitQuiz(1, 15, rightAnswers);
        m_clock.advanceSecs(5);
        const Result<QuizSubmission> second = m_session->submitQuiz(1, 15, rightAnswers);
        QCOMPARE(outcome(first) + outcome(second), u"okok"_s);
        QVERIFY(first->attempt.idempotencyKey != second->attempt.idempotencyKey);
        const QList<OutboxEntry> entries = outbox();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).idempotencyKey, first->attempt.idempotencyKey);
        QCOMPARE(entries.at(1).idempotencyKey, second->attempt.idempotencyKey);
        QCOMPARE(entries.at(1).createdAt, T0.addSecs(5));
        QCOMPARE(attemptCount(), 2);
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
        QVERIFY(m_session->setServerClockOffset(offsetMs));
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
        QVERIFY(m_session->setServerClockOffset(offset));

        // A new session on the same cache: the offset is read back from it.
        m_session = std::make_unique<CourseSession>(*m_db, m_clock, Kind::Server);
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
        QVERIFY(m_session->outbox().markRejected(rejectedId, u"LESSON_LOCKED"_s, u"Complete 'Lesson 9' first"_s));
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
};

QTEST_GUILESS_MAIN(tst_CourseSession)
#include "tst_CourseSession.moc"

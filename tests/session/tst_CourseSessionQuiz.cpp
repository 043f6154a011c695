// CourseSession and quizzes: a quiz is never marked by hand, answers are checked before anything is
// recorded, a learner's attempt waits for the server's grade, known answers are graded here, and attempts
// are never merged. The fixture (a real cache, a FakeClock) is SessionFixture.h.
#include "SessionFixture.h"

#include <QLoggingCategory>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_CourseSessionQuiz : public QObject, protected SessionFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QLoggingCategory::setFilterRules(u"coursedesk.*.debug=false"_s);
    }

    void init() { m_clock.set(T0); }

    void cleanup() { m_session.reset(), m_db.reset(), m_dir.reset(); }

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
        QTest::addRow("nothing answered")
            << qint64(15) << QList<QuestionResponse>{}
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
        QTest::addRow("the same answer twice")
            << qint64(15) << QList<QuestionResponse>{{1, {12}}, {2, {21, 21}}, {3, {31}}}
            << QStringList{u"Answer 21 is selected twice for question 2."_s};
        QTest::addRow("an unknown question")
            << qint64(15) << QList<QuestionResponse>{{1, {12}}, {2, {21}}, {3, {31}}, {9, {91}}}
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
            QCOMPARE(outcome(m_session->submitQuiz(1, lessonId, responses)),
                     u"invalid_answers: "_s + problems.join(u'\n'));
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
        const Result<std::optional<AttemptRecord>> stored = m_state->attempts().byKey(attempt.idempotencyKey);
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
        QTest::addRow("local learner passes")
            << Kind::Local << JoinStatus::Joined << rightAnswers << 100 << Completion::Completed;
        QTest::addRow("local learner fails")
            << Kind::Local << JoinStatus::Joined << wrongAnswers << 33 << Completion::Failed;
        QTest::addRow("creator on a server passes")
            << Kind::Server << JoinStatus::Creator << rightAnswers << 100 << Completion::Completed;
        QTest::addRow("manager on a server fails")
            << Kind::Server << JoinStatus::Manager << wrongAnswers << 33 << Completion::Failed;
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

    // The history a quiz shows: every attempt made here, newest first, with its state.
    void theAttemptsAreListedNewestFirst()
    {
        QCOMPARE(open(Kind::Server, {plainCourse()}), QString());
        QVERIFY(m_session->attempts(1, 15)->isEmpty());
        const Result<QuizSubmission> first = m_session->submitQuiz(1, 15, wrongAnswers);
        m_clock.advanceSecs(60);
        const Result<QuizSubmission> second = m_session->submitQuiz(1, 15, rightAnswers);
        QCOMPARE(outcome(first) + outcome(second), u"okok"_s);
        QVERIFY(m_state->attempts().setRejected(first->attempt.idempotencyKey, u"The quiz was closed."_s));
        const Result<QList<AttemptRecord>> history = m_session->attempts(1, 15);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).idempotencyKey, second->attempt.idempotencyKey);
        QCOMPARE(history->at(0).state, AttemptState::AwaitingGrading);
        QCOMPARE(history->at(0).responses, rightAnswers);
        QCOMPARE(history->at(1).state, AttemptState::Rejected);
        QCOMPARE(history->at(1).reason, u"The quiz was closed."_s);
        QCOMPARE(m_session->attempts(1, 15, 1)->size(), 1);
        QCOMPARE(outcome(m_session->attempts(1, 99)).section(u':', 0, 0), u"unknown_lesson"_s);
        QCOMPARE(outcome(m_session->attempts(99, 15)).section(u':', 0, 0), u"unknown_course"_s);
    }
};

QTEST_MAIN(tst_CourseSessionQuiz)
#include "tst_CourseSessionQuiz.moc"

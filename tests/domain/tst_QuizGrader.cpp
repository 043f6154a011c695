// Quiz validation and grading as api-contract.md decides (quiz attempt, "Decision"): every question answered,
// single_choice exactly one option, options of their own question only; a question is correct when the set of
// selected answers equals the set of correct answers; grade = round(100 × correct / questions), half up;
// passed when grade ≥ passing_grade (default 60).
#include "domain/QuizGrader.h"

#include "CourseBuilder.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

using Responses = QList<QuestionResponse>;
using Kind = ResponseProblem::Kind;

namespace {

constexpr auto Single = QuestionType::SingleChoice;
constexpr auto Multi = QuestionType::MultiChoice;

// Question 1, single_choice: 11, 12 (correct), 13
// Question 2, multi_choice:  21 (correct), 22, 23 (correct)
// Question 3, single_choice: 31 (correct), 32
Lesson sampleQuiz(int passingGrade = 60, bool withCorrectAnswers = true)
{
    return makeQuiz({{Single, {false, true, false}}, {Multi, {true, false, true}}, {Single, {true, false}}},
                    passingGrade, withCorrectAnswers);
}

// `count` single_choice questions; answer q*10 + 1 is the correct one, q*10 + 2 the wrong one.
Lesson singleChoiceQuiz(int count, int passingGrade = 60)
{
    QList<std::pair<QuestionType, QList<bool>>> questions;
    for (int i = 0; i < count; ++i)
        questions.append({Single, {true, false}});
    return makeQuiz(questions, passingGrade);
}

// Answers to singleChoiceQuiz(count): the first `correct` right, the rest wrong.
Responses answered(int count, int correct)
{
    Responses responses;
    for (qint64 q = 1; q <= count; ++q)
        responses.append(QuestionResponse{q, {q * 10 + (q <= correct ? 1 : 2)}});
    return responses;
}

const Responses allCorrect{{1, {12}}, {2, {21, 23}}, {3, {31}}};

Responses with(Responses responses, const QuestionResponse &extra)
{
    responses.append(extra);
    return responses;
}

// allCorrect with one question's response replaced.
Responses replacing(qint64 questionId, const QList<qint64> &selected)
{
    Responses responses = allCorrect;
    for (QuestionResponse &response : responses) {
        if (response.questionId == questionId)
            response.selectedOptions = selected;
    }
    return responses;
}

Lesson plainLesson()
{
    Lesson lesson = sampleQuiz();
    lesson.type = LessonType::Lesson;
    return lesson;
}

// "code", "code q<question>" or "code q<question> a<option>".
QStringList describe(const QList<ResponseProblem> &problems)
{
    QStringList text;
    for (const ResponseProblem &problem : problems) {
        QString line = problem.code();
        if (problem.questionId != 0)
            line += u" q%1"_s.arg(problem.questionId);
        if (problem.optionId != 0)
            line += u" a%1"_s.arg(problem.optionId);
        text << line;
    }
    return text;
}

} // namespace

class tst_QuizGrader : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<Lesson>("quiz");
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<QStringList>("problems");

        const Lesson quiz = sampleQuiz();
        const QStringList none;

        // Valid: wrong answers are still well-formed answers.
        QTest::addRow("all correct") << quiz << allCorrect << none;
        QTest::addRow("all wrong") << quiz << Responses{{1, {11}}, {2, {22}}, {3, {32}}} << none;
        QTest::addRow("responses in any order, options in any order")
            << quiz << Responses{{3, {31}}, {1, {12}}, {2, {23, 21}}} << none;
        QTest::addRow("multi_choice with every option") << quiz << replacing(2, {21, 22, 23}) << none;

        // The quiz itself.
        QTest::addRow("not a quiz") << plainLesson() << allCorrect << QStringList{u"not_a_quiz"_s};
        QTest::addRow("quiz with no questions") << makeQuiz({}) << Responses{} << QStringList{u"no_questions"_s};
        QTest::addRow("quiz with no questions, responses given")
            << makeQuiz({}) << allCorrect << QStringList{u"no_questions"_s};

        // Questions.
        QTest::addRow("unknown question")
            << quiz << with(allCorrect, {9, {91}}) << QStringList{u"unknown_question q9"_s};
        QTest::addRow("duplicate question")
            << quiz << with(allCorrect, {2, {21, 23}}) << QStringList{u"duplicate_question q2"_s};
        QTest::addRow("duplicate question, differently answered")
            << quiz << with(allCorrect, {1, {11}}) << QStringList{u"duplicate_question q1"_s};
        QTest::addRow("answered three times: two duplicates")
            << quiz << with(with(allCorrect, {2, {21}}), {2, {22}})
            << QStringList{u"duplicate_question q2"_s, u"duplicate_question q2"_s};
        QTest::addRow("missing response")
            << quiz << Responses{{1, {12}}, {2, {21, 23}}} << QStringList{u"unanswered q3"_s};
        QTest::addRow("empty selection") << quiz << replacing(3, {}) << QStringList{u"unanswered q3"_s};
        QTest::addRow("no responses at all")
            << quiz << Responses{} << QStringList{u"unanswered q1"_s, u"unanswered q2"_s, u"unanswered q3"_s};

        // Options.
        QTest::addRow("single_choice with two options")
            << quiz << replacing(1, {11, 12}) << QStringList{u"not_exactly_one_option q1"_s};
        QTest::addRow("single_choice with every option")
            << quiz << replacing(3, {31, 32}) << QStringList{u"not_exactly_one_option q3"_s};
        QTest::addRow("single_choice, the same option twice")
            << quiz << replacing(1, {12, 12})
            << QStringList{u"not_exactly_one_option q1"_s, u"duplicate_option q1 a12"_s};
        QTest::addRow("option of another question")
            << quiz << replacing(1, {21}) << QStringList{u"unknown_option q1 a21"_s};
        QTest::addRow("option of no question")
            << quiz << replacing(2, {21, 99}) << QStringList{u"unknown_option q2 a99"_s};
        QTest::addRow("duplicate option on multi_choice")
            << quiz << replacing(2, {21, 23, 21}) << QStringList{u"duplicate_option q2 a21"_s};

        // Several problems: all reported, in question order; unknown questions, which have no place in the
        // quiz, last and in the responses' order; within a question, options in the order selected.
        QTest::addRow("several problems, in question order")
            << quiz << Responses{{3, {31, 32}}, {9, {91}}, {2, {21}}, {2, {22}}}
            << QStringList{u"unanswered q1"_s, u"duplicate_question q2"_s, u"not_exactly_one_option q3"_s,
                           u"unknown_question q9"_s};
        QTest::addRow("every question wrong in its own way")
            << quiz << Responses{{3, {}}, {2, {21, 31}}, {1, {11, 13}}}
            << QStringList{u"not_exactly_one_option q1"_s, u"unknown_option q2 a31"_s, u"unanswered q3"_s};
        QTest::addRow("unknown questions in the responses' order")
            << quiz << Responses{{8, {81}}, {1, {12}}, {2, {21}}, {3, {31}}, {7, {71}}}
            << QStringList{u"unknown_question q8"_s, u"unknown_question q7"_s};
        QTest::addRow("options in the order selected")
            << quiz << replacing(2, {99, 21, 21, 98})
            << QStringList{u"unknown_option q2 a99"_s, u"duplicate_option q2 a21"_s, u"unknown_option q2 a98"_s};
    }
    void validate()
    {
        QFETCH(Lesson, quiz);
        QFETCH(Responses, responses);
        QFETCH(QStringList, problems);

        QCOMPARE(describe(QuizGrader::validate(quiz, responses)), problems);
    }

    // Each problem has its own stable code and a message that names the question (and the option).
    void problemCodesAndMessages_data()
    {
        QTest::addColumn<ResponseProblem>("problem");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::addRow("not a quiz")
            << ResponseProblem{Kind::NotAQuiz, 0, 0} << u"not_a_quiz"_s << u"This lesson is not a quiz."_s;
        QTest::addRow("no questions")
            << ResponseProblem{Kind::NoQuestions, 0, 0} << u"no_questions"_s << u"This quiz has no questions."_s;
        QTest::addRow("unknown question") << ResponseProblem{Kind::UnknownQuestion, 9, 0} << u"unknown_question"_s
                                          << u"Question 9 is not part of this quiz."_s;
        QTest::addRow("duplicate question") << ResponseProblem{Kind::DuplicateQuestion, 2, 0} << u"duplicate_question"_s
                                            << u"Question 2 is answered more than once."_s;
        QTest::addRow("unanswered")
            << ResponseProblem{Kind::Unanswered, 3, 0} << u"unanswered"_s << u"Question 3 is not answered."_s;
        QTest::addRow("not exactly one option") << ResponseProblem{Kind::NotExactlyOneOption, 1, 0}
                                                << u"not_exactly_one_option"_s
                                                << u"Question 1 takes exactly one answer."_s;
        QTest::addRow("unknown option") << ResponseProblem{Kind::UnknownOption, 1, 21} << u"unknown_option"_s
                                        << u"Answer 21 does not belong to question 1."_s;
        QTest::addRow("duplicate option") << ResponseProblem{Kind::DuplicateOption, 2, 23} << u"duplicate_option"_s
                                          << u"Answer 23 is selected twice for question 2."_s;
    }
    void problemCodesAndMessages()
    {
        QFETCH(ResponseProblem, problem);
        QFETCH(QString, code);
        QFETCH(QString, message);

        QCOMPARE(problem.code(), code);
        QCOMPARE(problem.message(), message);
    }

    void grade_data()
    {
        QTest::addColumn<Lesson>("quiz");
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<int>("grade");
        QTest::addColumn<int>("correct");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("byQuestion");

        const Lesson quiz = sampleQuiz();

        // A question is correct when the selected set equals the correct set.
        QTest::addRow("all correct") << quiz << allCorrect << 100 << 3 << true << u"1:yes 2:yes 3:yes"_s;
        QTest::addRow("multi_choice: selection order does not matter")
            << quiz << replacing(2, {23, 21}) << 100 << 3 << true << u"1:yes 2:yes 3:yes"_s;
        QTest::addRow("multi_choice: a partial selection is wrong")
            << quiz << replacing(2, {21}) << 67 << 2 << true << u"1:yes 2:no 3:yes"_s;
        QTest::addRow("multi_choice: a superset is wrong")
            << quiz << replacing(2, {21, 22, 23}) << 67 << 2 << true << u"1:yes 2:no 3:yes"_s;
        QTest::addRow("multi_choice: one right, one wrong is wrong")
            << quiz << replacing(2, {21, 22}) << 67 << 2 << true << u"1:yes 2:no 3:yes"_s;
        QTest::addRow("single_choice: the wrong option")
            << quiz << replacing(1, {13}) << 67 << 2 << true << u"1:no 2:yes 3:yes"_s;

        // grade = round(100 × correct / questions), half up; passed when grade ≥ passing_grade (60 by default).
        QTest::addRow("1 of 3: 33 fails") << quiz << Responses{{1, {11}}, {2, {21}}, {3, {31}}} << 33 << 1 << false
                                          << u"1:no 2:no 3:yes"_s;
        QTest::addRow("2 of 3: 67 passes") << quiz << Responses{{1, {12}}, {2, {22}}, {3, {31}}} << 67 << 2 << true
                                           << u"1:yes 2:no 3:yes"_s;
        QTest::addRow("0 of 3: 0 fails") << quiz << Responses{{1, {11}}, {2, {22}}, {3, {32}}} << 0 << 0 << false
                                         << u"1:no 2:no 3:no"_s;
        QTest::addRow("1 of 2: 50 fails")
            << singleChoiceQuiz(2) << answered(2, 1) << 50 << 1 << false << u"1:yes 2:no"_s;
        QTest::addRow("1 of 8: 12.5 rounds up to 13")
            << singleChoiceQuiz(8, 13) << answered(8, 1) << 13 << 1 << true
            << u"1:yes 2:no 3:no 4:no 5:no 6:no 7:no 8:no"_s;
        QTest::addRow("3 of 5: exactly the default 60 passes")
            << singleChoiceQuiz(5) << answered(5, 3) << 60 << 3 << true << u"1:yes 2:yes 3:yes 4:no 5:no"_s;
        QTest::addRow("3 of 5 against 61: one below fails")
            << singleChoiceQuiz(5, 61) << answered(5, 3) << 60 << 3 << false << u"1:yes 2:yes 3:yes 4:no 5:no"_s;
        QTest::addRow("2 of 3 against 67: exactly at passes")
            << sampleQuiz(67) << replacing(1, {13}) << 67 << 2 << true << u"1:no 2:yes 3:yes"_s;
        QTest::addRow("2 of 3 against 68: one below fails")
            << sampleQuiz(68) << replacing(1, {13}) << 67 << 2 << false << u"1:no 2:yes 3:yes"_s;
        QTest::addRow("passing grade 100 needs every answer")
            << sampleQuiz(100) << allCorrect << 100 << 3 << true << u"1:yes 2:yes 3:yes"_s;
        QTest::addRow("passing grade 0 passes with nothing correct")
            << singleChoiceQuiz(2, 0) << answered(2, 0) << 0 << 0 << true << u"1:no 2:no"_s;
    }
    void grade()
    {
        QFETCH(Lesson, quiz);
        QFETCH(Responses, responses);
        QFETCH(int, grade);
        QFETCH(int, correct);
        QFETCH(bool, passed);
        QFETCH(QString, byQuestion);

        QVERIFY(QuizGrader::canGrade(quiz));
        const Result<QuizGrade> result = QuizGrader::grade(quiz, responses);
        if (!result.ok())
            QFAIL(qPrintable(QString(result.error().code + u": "_s + result.error().message)));

        QCOMPARE(result->grade, grade);
        QCOMPARE(result->correctCount, correct);
        QCOMPARE(result->questionCount, int(quiz.body->questions.size()));
        QCOMPARE(result->passingGrade, quiz.body->passingGrade);
        QCOMPARE(result->passed(), passed);
        QCOMPARE(result->result(), passed ? Completion::Completed : Completion::Failed);
        QStringList perQuestion;
        for (const Question &question : quiz.body->questions) {
            QVERIFY(result->correctByQuestion.contains(question.id));
            perQuestion << u"%1:%2"_s.arg(question.id).arg(result->correctByQuestion.value(question.id) ? u"yes"_s
                                                                                                        : u"no"_s);
        }
        QCOMPARE(perQuestion.join(u' '), byQuestion);
        QCOMPARE(result->correctByQuestion.size(), quiz.body->questions.size());
    }

    void passingGradeDefaultsTo60()
    {
        QCOMPARE(Lesson().body->passingGrade, 60);
        QCOMPARE(QuizGrade().passingGrade, 60);
        QCOMPARE(sampleQuiz().body->passingGrade, 60);
    }

    // grade() refuses invalid responses with "invalid_responses" and the first problem's message.
    void gradeRefusesInvalidResponses_data()
    {
        QTest::addColumn<Lesson>("quiz");
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<QString>("message");

        const Lesson quiz = sampleQuiz();
        QTest::addRow("not a quiz") << plainLesson() << allCorrect << u"This lesson is not a quiz."_s;
        QTest::addRow("no questions") << makeQuiz({}) << Responses{} << u"This quiz has no questions."_s;
        QTest::addRow("unanswered") << quiz << replacing(3, {}) << u"Question 3 is not answered."_s;
        QTest::addRow("option of another question")
            << quiz << replacing(1, {21}) << u"Answer 21 does not belong to question 1."_s;
        QTest::addRow("several problems: the first in question order")
            << quiz << Responses{{9, {91}}, {3, {31, 32}}, {2, {21, 23}}} << u"Question 1 is not answered."_s;
        QTest::addRow("answers unknown, but responses invalid: validation comes first")
            << sampleQuiz(60, false) << replacing(1, {11, 12}) << u"Question 1 takes exactly one answer."_s;
    }
    void gradeRefusesInvalidResponses()
    {
        QFETCH(Lesson, quiz);
        QFETCH(Responses, responses);
        QFETCH(QString, message);

        const Result<QuizGrade> result = QuizGrader::grade(quiz, responses);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"invalid_responses"_s);
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().message, QuizGrader::validate(quiz, responses).constFirst().message());
    }

    // Learners do not receive the correct answers: the server grades, the client cannot.
    void canGrade_data()
    {
        QTest::addColumn<Lesson>("quiz");
        QTest::addColumn<bool>("canGrade");

        Lesson oneUnknown = sampleQuiz();
        oneUnknown.body->questions[1].answers[2].correct.reset();
        QTest::addRow("correct answers known (creator, manager)") << sampleQuiz() << true;
        QTest::addRow("correct answers not sent (learner)") << sampleQuiz(60, false) << false;
        QTest::addRow("one answer without its correctness") << oneUnknown << false;
    }
    void canGrade()
    {
        QFETCH(Lesson, quiz);
        QFETCH(bool, canGrade);

        QCOMPARE(QuizGrader::canGrade(quiz), canGrade);
        QVERIFY(QuizGrader::validate(quiz, allCorrect).isEmpty());
        const Result<QuizGrade> result = QuizGrader::grade(quiz, allCorrect);
        QCOMPARE(result.ok(), canGrade);
        if (!canGrade) {
            QCOMPARE(result.error().code, u"answers_unknown"_s);
            QVERIFY(!result.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_QuizGrader)
#include "tst_QuizGrader.moc"

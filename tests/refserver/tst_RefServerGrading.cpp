// The reference server's own quiz grading (Grading.h), tested directly against api-contract.md ("Quiz attempt")
// and the docs' Course Quiz Question: a question is right when the selected answers are exactly the correct ones;
// grade = round(100 × right / questions), half up; passed when grade ≥ passing_grade; every question answered,
// nothing unknown, a single_choice question takes exactly one answer.
#include "Grading.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::model;
using namespace Qt::StringLiterals;

namespace {

// Question 1 (single_choice): answers 11, 12 (correct). Question 2 (multi_choice): 21 (correct), 22 (correct), 23.
// Question 3 (single_choice): 31 (correct), 32.
Lesson quiz(int passingGrade = 60)
{
    Lesson lesson;
    lesson.id = 500;
    lesson.type = lessonType::quiz;
    lesson.passingGrade = passingGrade;
    lesson.questions = {
        Question{1, QuestionType::SingleChoice, u"One?"_s, {}, {Answer{11, u"a"_s, false}, Answer{12, u"b"_s, true}}},
        Question{2,
                 QuestionType::MultiChoice,
                 u"Two?"_s,
                 {},
                 {Answer{21, u"a"_s, true}, Answer{22, u"b"_s, true}, Answer{23, u"c"_s, false}}},
        Question{3, QuestionType::SingleChoice, u"Three?"_s, {}, {Answer{31, u"a"_s, true}, Answer{32, u"b"_s, false}}},
    };
    return lesson;
}

using Responses = QList<Response>;

} // namespace

class tst_RefServerGrading : public QObject
{
    Q_OBJECT

private slots:
    void grade_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<int>("passingGrade");
        QTest::addColumn<int>("correct");
        QTest::addColumn<int>("grade");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QList<bool>>("byQuestion");
        const Responses right{{1, {12}}, {2, {21, 22}}, {3, {31}}};
        QTest::addRow("all right") << right << 60 << 3 << 100 << true << QList<bool>{true, true, true};
        QTest::addRow("multi_choice in another order") << Responses{{1, {12}}, {2, {22, 21}}, {3, {31}}} << 60 << 3
                                                       << 100 << true << QList<bool>{true, true, true};
        QTest::addRow("multi_choice, a subset is wrong")
            << Responses{{1, {12}}, {2, {21}}, {3, {31}}} << 60 << 2 << 67 << true << QList<bool>{true, false, true};
        QTest::addRow("multi_choice, a superset is wrong") << Responses{{1, {12}}, {2, {21, 22, 23}}, {3, {31}}} << 60
                                                           << 2 << 67 << true << QList<bool>{true, false, true};
        QTest::addRow("one of three: 33, failed")
            << Responses{{1, {11}}, {2, {23}}, {3, {31}}} << 60 << 1 << 33 << false << QList<bool>{false, false, true};
        QTest::addRow("all wrong") << Responses{{1, {11}}, {2, {23}}, {3, {32}}} << 60 << 0 << 0 << false
                                   << QList<bool>{false, false, false};
        QTest::addRow("66.7 rounds to 67: passes 67")
            << Responses{{1, {12}}, {2, {21}}, {3, {31}}} << 67 << 2 << 67 << true << QList<bool>{true, false, true};
        QTest::addRow("67 does not pass 68")
            << Responses{{1, {12}}, {2, {21}}, {3, {31}}} << 68 << 2 << 67 << false << QList<bool>{true, false, true};
        QTest::addRow("passing grade 0: anything passes")
            << Responses{{1, {11}}, {2, {23}}, {3, {32}}} << 0 << 0 << 0 << true << QList<bool>{false, false, false};
        QTest::addRow("responses in any order") << Responses{{3, {31}}, {1, {12}}, {2, {21, 22}}} << 100 << 3 << 100
                                                << true << QList<bool>{true, true, true};
    }
    void grade()
    {
        QFETCH(Responses, responses);
        QFETCH(int, passingGrade);
        QFETCH(int, correct);
        QFETCH(int, grade);
        QFETCH(bool, passed);
        QFETCH(QList<bool>, byQuestion);
        const Lesson lesson = quiz(passingGrade);
        QVERIFY(Grading::validate(lesson, responses).isEmpty());
        const GradedAttempt graded = Grading::grade(lesson, responses);
        QCOMPARE(graded.questions, 3);
        QCOMPARE(graded.correct, correct);
        QCOMPARE(graded.grade, grade);
        QCOMPARE(graded.passingGrade, passingGrade);
        QCOMPARE(graded.passed(), passed);
        QCOMPARE(graded.result(), passed ? Completion::Completed : Completion::Failed);
        for (qsizetype i = 0; i < byQuestion.size(); ++i)
            QCOMPARE(graded.correctByQuestion.value(i + 1), byQuestion.at(i));
    }

    void validate_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<QStringList>("problems"); // code:question:answer
        QTest::addRow("valid") << Responses{{1, {11}}, {2, {23}}, {3, {32}}} << QStringList{};
        QTest::addRow("a question missing") << Responses{{1, {12}}, {3, {31}}} << QStringList{u"unanswered:2:0"_s};
        QTest::addRow("no responses at all")
            << Responses{} << QStringList{u"unanswered:1:0"_s, u"unanswered:2:0"_s, u"unanswered:3:0"_s};
        QTest::addRow("an empty selection")
            << Responses{{1, {12}}, {2, {}}, {3, {31}}} << QStringList{u"unanswered:2:0"_s};
        QTest::addRow("an unknown question")
            << Responses{{1, {12}}, {2, {21}}, {3, {31}}, {9, {1}}} << QStringList{u"unknown_question:9:0"_s};
        QTest::addRow("a question twice")
            << Responses{{1, {12}}, {1, {11}}, {2, {21}}, {3, {31}}} << QStringList{u"duplicate_question:1:0"_s};
        QTest::addRow("single_choice, two answers")
            << Responses{{1, {11, 12}}, {2, {21}}, {3, {31}}} << QStringList{u"not_exactly_one_option:1:0"_s};
        QTest::addRow("multi_choice, every answer is fine")
            << Responses{{1, {12}}, {2, {21, 22, 23}}, {3, {31}}} << QStringList{};
        QTest::addRow("an answer of another question")
            << Responses{{1, {31}}, {2, {21}}, {3, {31}}} << QStringList{u"unknown_option:1:31"_s};
        QTest::addRow("an answer twice") << Responses{{1, {12}}, {2, {21, 21}}, {3, {31}}}
                                         << QStringList{u"duplicate_option:2:21"_s};
        QTest::addRow("everything at once")
            << Responses{{1, {11, 99}}, {7, {1}}}
            << QStringList{u"unanswered:2:0"_s, u"unanswered:3:0"_s, u"not_exactly_one_option:1:0"_s,
                           u"unknown_option:1:99"_s, u"unknown_question:7:0"_s};
    }
    void validate()
    {
        QFETCH(Responses, responses);
        QFETCH(QStringList, problems);
        QStringList actual;
        for (const AttemptProblem &problem : Grading::validate(quiz(), responses)) {
            actual.append(u"%1:%2:%3"_s.arg(problem.code).arg(problem.questionId).arg(problem.answerId));
            QVERIFY(!problem.message().isEmpty());
        }
        QCOMPARE(actual, problems);
    }

    void validate_notAQuiz()
    {
        Lesson lesson = quiz();
        lesson.type = lessonType::lesson;
        QCOMPARE(Grading::validate(lesson, {{1, {12}}}), (QList<AttemptProblem>{{u"not_a_quiz"_s, 0, 0}}));
        lesson.type = u"video"_s; // a type this server does not know is not a quiz either
        QCOMPARE(Grading::validate(lesson, {{1, {12}}}).constFirst().code, u"not_a_quiz"_s);
        Lesson empty = quiz();
        empty.questions.clear();
        QCOMPARE(Grading::validate(empty, {}), (QList<AttemptProblem>{{u"no_questions"_s, 0, 0}}));
    }
};

QTEST_GUILESS_MAIN(tst_RefServerGrading)
#include "tst_RefServerGrading.moc"

// A quiz in the real window, as a learner takes it by clicking and by keyboard (issue 16, defects 1 and 9): one
// submission is one attempt, the quiz then shows that attempt's result (passed or not, the grade against the
// passing grade, right and wrong per question, the correct answers where they are known) and cannot be submitted
// again; "Try again" starts a new attempt with no answers and no marks; the last attempts are listed; a pass leads
// to the next lesson. What is shown comes from the session's attempts, so the window's redraws keep it.
#include "LessonPane.h"
#include "MainWindow.h"
#include "OutlineModel.h"
#include "QuizView.h"

#include "SampleWindow.h"
#include "WindowParts.h"

#include "session/CourseSession.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

// The sample's first quiz (lesson 104): the right answers are the second, the second and the first.
const QList<std::pair<qint64, int>> rightAnswers{{1001, 1}, {1002, 1}, {1003, 0}};
const QList<std::pair<qint64, int>> oneRight{{1001, 0}, {1002, 0}, {1003, 0}}; // 1 of 3: 33, not passed

void openTheQuiz(SampleWindow &f)
{
    for (qint64 lesson : {101, 102, 103}) {
        f.window->selectLesson(lesson);
        QTest::mouseClick(named<QPushButton>(f.window.get(), "completionToggle"), Qt::LeftButton);
    }
    f.window->selectLesson(104);
}

void answer(QuizView *quiz, const QList<std::pair<qint64, int>> &picks)
{
    for (const auto &[question, index] : picks)
        clickAnswer(answerButtons(quiz, question).at(index));
}

QLabel *markOf(QuizView *quiz, qint64 question)
{
    return quiz->findChild<QGroupBox *>(u"question-%1"_s.arg(question))->findChild<QLabel *>(u"mark"_s);
}

int attemptsOf(SampleWindow &f)
{
    return int(f.session->attempts(1, 104)->size());
}

} // namespace

class tst_QuizFlow : public QObject
{
    Q_OBJECT

private slots:
    // Defect 1: two clicks, one attempt; the quiz shows its result and cannot be submitted again.
    void aQuizIsSubmittedOnce()
    {
        SampleWindow f;
        openTheQuiz(f);
        QuizView *quiz = named<QuizView>(f.window.get(), "quizView");
        answer(quiz, rightAnswers);
        QPushButton *submit = named<QPushButton>(quiz, "quizSubmit");
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(attemptsOf(f), 1);
        QVERIFY(!submit->isVisibleTo(f.window.get()));
        QVERIFY(!submit->isEnabled());
        for (const auto &[question, index] : rightAnswers)
            QVERIFY(!answerButtons(quiz, question).at(index)->isEnabled()); // the attempt's answers, as they were
        QVERIFY(named<QWidget>(quiz, "quizResultPanel")->isVisibleTo(f.window.get()));
        // Redrawn by any change of the course (here: the outline after a toggle elsewhere), it stays so.
        f.window->refreshAccess();
        QVERIFY(!submit->isVisibleTo(f.window.get()));
        QCOMPARE(attemptsOf(f), 1);
    }

    // Defect 9: a clear result — passed, the grade and the passing grade, the marks and the correct answers.
    void aPassShowsItsResultAndLeadsOn()
    {
        SampleWindow f;
        openTheQuiz(f);
        QuizView *quiz = named<QuizView>(f.window.get(), "quizView");
        answer(quiz, {{1001, 0}, {1002, 1}, {1003, 0}}); // 2 of 3: 67, passed
        QTest::mouseClick(named<QPushButton>(quiz, "quizSubmit"), Qt::LeftButton);
        QCOMPARE(named<QLabel>(quiz, "quizResult")->text(), u"Passed"_s);
        const QString detail = named<QLabel>(quiz, "quizResultDetail")->text();
        QVERIFY2(detail.startsWith(u"Your grade: 67 %. Passing grade: 60 %. 2 of 3 question"_s), qPrintable(detail));
        QCOMPARE(markOf(quiz, 1001)->text(), u"✗ Wrong"_s);
        QCOMPARE(markOf(quiz, 1002)->text(), u"✓ Right"_s);
        QVERIFY(markOf(quiz, 1001)->isVisibleTo(quiz));
        // The sample's answers are known here: the correct one is marked under each question.
        const QList<QLabel *> correct =
            quiz->findChild<QGroupBox *>(u"question-1001"_s)->findChildren<QLabel *>(u"correctAnswer"_s);
        QCOMPARE(correct.size(), 4);
        QVERIFY(!correct.at(0)->isVisibleTo(quiz));
        QVERIFY(correct.at(1)->isVisibleTo(quiz));
        // The passed state is in the success colour, readable on the window.
        const QColor headline = named<QLabel>(quiz, "quizResult")->palette().color(QPalette::WindowText);
        QVERIFY(headline != quiz->palette().color(QPalette::WindowText));
        QVERIFY(headline.green() > headline.red());

        // After a pass: "Next lesson", which the focus is on after the submission.
        QPushButton *next = named<QPushButton>(quiz, "quizNextLesson");
        QVERIFY(next->isVisibleTo(f.window.get()));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(f.window->currentLessonId(), 105);
        QCOMPARE(named<QLabel>(f.window.get(), "lessonTitle")->text(), u"Why is a lesson locked?"_s);
    }

    void aFailShowsWhyAndTryAgainStartsAfresh()
    {
        SampleWindow f;
        openTheQuiz(f);
        QuizView *quiz = named<QuizView>(f.window.get(), "quizView");
        QPushButton *submit = named<QPushButton>(quiz, "quizSubmit");
        answer(quiz, oneRight);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(named<QLabel>(quiz, "quizResult")->text(), u"Not passed"_s);
        QVERIFY(
            named<QLabel>(quiz, "quizResultDetail")->text().startsWith(u"Your grade: 33 %. Passing grade: 60 %."_s));
        QVERIFY(!named<QPushButton>(quiz, "quizNextLesson")->isVisibleTo(f.window.get()));
        QVERIFY(markOf(quiz, 1001)->isVisibleTo(quiz));

        QPushButton *again = named<QPushButton>(quiz, "quizTryAgain");
        QVERIFY(again->isVisibleTo(f.window.get()));
        QTest::mouseClick(again, Qt::LeftButton);
        // A new attempt: no answers, no marks, no result; Submit waits for every answer.
        for (qint64 question : {1001, 1002, 1003}) {
            for (QAbstractButton *button : answerButtons(quiz, question)) {
                QVERIFY(!button->isChecked());
                QVERIFY(button->isEnabled());
            }
            QVERIFY(!markOf(quiz, question)->isVisibleTo(quiz));
        }
        QVERIFY(quiz->findChildren<QLabel *>(u"correctAnswer"_s).constFirst()->isHidden());
        QVERIFY(!named<QWidget>(quiz, "quizResultPanel")->isVisibleTo(f.window.get()));
        QVERIFY(submit->isVisibleTo(f.window.get()));
        QVERIFY(!submit->isEnabled());
        QCOMPARE(attemptsOf(f), 1); // trying again records nothing until it is submitted

        // Answers being chosen survive the window's redraws (another lesson toggled, a sync, an unlock).
        clickAnswer(answerButtons(quiz, 1001).at(1));
        f.window->refreshAccess();
        QVERIFY(answerButtons(quiz, 1001).at(1)->isChecked());
        QVERIFY(submit->isVisibleTo(f.window.get()));
        answer(quiz, {{1002, 1}, {1003, 0}});
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(named<QLabel>(quiz, "quizResult")->text(), u"Passed"_s);
        QCOMPARE(attemptsOf(f), 2);
        QCOMPARE(modelOf<OutlineModel>(named<QTreeView>(f.window.get(), "outline"))
                     ->indexOfLesson(104)
                     .data(OutlineModel::CompletionRole)
                     .toString(),
                 u"completed"_s);
    }

    // The last attempts, newest first, each with its outcome; they stay listed while a new attempt is answered.
    void theLastAttemptsAreListed()
    {
        SampleWindow f;
        openTheQuiz(f);
        QuizView *quiz = named<QuizView>(f.window.get(), "quizView");
        QPushButton *submit = named<QPushButton>(quiz, "quizSubmit");
        auto *list = named<QWidget>(quiz, "quizAttempts");
        QVERIFY(!list->isVisibleTo(quiz));
        answer(quiz, oneRight);
        QTest::mouseClick(submit, Qt::LeftButton);
        f.clock.advanceSecs(120);
        QTest::mouseClick(named<QPushButton>(quiz, "quizTryAgain"), Qt::LeftButton);
        answer(quiz, rightAnswers);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(list->isVisibleTo(quiz));
        QStringList lines;
        for (const QLabel *row : list->findChildren<QLabel *>(u"quizAttempt"_s))
            lines << row->text();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).endsWith(u"passed, 100 %"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(u"not passed, 33 %"_s), qPrintable(lines.at(1)));

        // Reopened later, the quiz shows its last attempt with its result.
        f.window->selectLesson(101);
        f.window->selectLesson(104);
        QCOMPARE(named<QLabel>(quiz, "quizResult")->text(), u"Passed"_s);
        QVERIFY(answerButtons(quiz, 1001).at(1)->isChecked());
        QVERIFY(!submit->isVisibleTo(f.window.get()));
    }

    // By keyboard: after Submit the focus is on the result's action (it is not lost with the redraw); Try again puts
    // it on the first answer.
    void theFocusFollowsTheQuizByKeyboard()
    {
        SampleWindow f;
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        openTheQuiz(f);
        QuizView *quiz = named<QuizView>(f.window.get(), "quizView");
        QPushButton *submit = named<QPushButton>(quiz, "quizSubmit");
        answer(quiz, oneRight);
        submit->setFocus(Qt::TabFocusReason);
        QTest::keyClick(submit, Qt::Key_Space);
        QPushButton *again = named<QPushButton>(quiz, "quizTryAgain");
        QCOMPARE(QApplication::focusWidget(), again);
        QTest::keyClick(again, Qt::Key_Space);
        QCOMPARE(QApplication::focusWidget(), answerButtons(quiz, 1001).constFirst());

        answer(quiz, rightAnswers);
        submit->setFocus(Qt::TabFocusReason);
        QTest::keyClick(submit, Qt::Key_Space);
        QCOMPARE(QApplication::focusWidget(), named<QPushButton>(quiz, "quizNextLesson"));
    }

    // A question of a kind this version does not know, and a lesson of an unknown kind, say so.
    void unknownKindsSayTheyCannotBeUsedHere()
    {
        Lesson lesson;
        lesson.id = 7;
        lesson.type = LessonType::Quiz;
        lesson.hasBody = true;
        Question known{70, QuestionType::SingleChoice, u"Known?"_s, {}, {Answer{701, u"yes"_s, {}}}};
        Question unknown{71, QuestionType::Unknown, u"Draw it"_s, {}, {Answer{711, u"a"_s, {}}}};
        lesson.body->questions = {known, unknown};
        QuizView view;
        view.setQuiz(lesson);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QLabel *note =
            view.findChild<QGroupBox *>(u"question-71"_s)->findChild<QLabel *>(u"unsupportedQuestion"_s);
        QVERIFY(note && note->isVisible());
        QCOMPARE(note->text(), u"This kind of question cannot be answered in this version of CourseDesk."_s);
        QVERIFY(answerButtons(&view, 71).isEmpty());
        clickAnswer(answerButtons(&view, 70).constFirst());
        QVERIFY(!named<QPushButton>(&view, "quizSubmit")->isEnabled());
        QVERIFY(named<QPushButton>(&view, "quizSubmit")->toolTip().contains(u"website"_s));

        SampleWindow f;
        Course course = f.session->outline(1)->course;
        course.findLesson(101)->type = LessonType::Unknown;
        auto *pane = named<LessonPane>(f.window.get(), "lessonPane");
        pane->showLesson(course, f.session->outline(1)->access, 101);
        auto *page = named<QWidget>(pane, "unsupportedLesson");
        QVERIFY(page->isVisibleTo(f.window.get()));
        QCOMPARE(named<QLabel>(page, "noticeHeading")->text(),
                 u"This lesson cannot be opened in this version of CourseDesk"_s);
        QVERIFY(!named<QPushButton>(f.window.get(), "completionToggle")->isVisibleTo(f.window.get()));
    }
};

QTEST_MAIN(tst_QuizFlow)
#include "tst_QuizFlow.moc"

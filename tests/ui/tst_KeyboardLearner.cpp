#include "ProgressPanel.h"
#include "QuizResultPanel.h"
#include "QuizView.h"

#include "SampleWindow.h"
#include "Widgets.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

// One key, to whatever has the focus, as a keyboard-only learner presses it.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// What a screen reader says of the focused control: its accessible name, and the name of the group it is in.
QString focusedName()
{
    QAccessibleInterface *node = QAccessible::queryAccessibleInterface(QApplication::focusWidget());
    return node ? node->text(QAccessible::Name) : QString();
}

QString focusedGroup()
{
    QAccessibleInterface *node = QAccessible::queryAccessibleInterface(QApplication::focusWidget());
    QAccessibleInterface *group = node ? node->parent() : nullptr;
    return group && group->role() == QAccessible::Grouping ? group->text(QAccessible::Name) : QString();
}

using Answers = QHash<QString, QStringList>; // question → its right answers, as they are read out

} // namespace

// A learner who uses only the keyboard (and hears the names a screen reader reads) takes the sample course from
// its first lesson to its last, passing every quiz — the multi-answer questions included. Keys only: Ctrl+1/2/3,
// the arrows, Space, Tab, Ctrl+Return.
class tst_KeyboardLearner : public QObject
{
    Q_OBJECT

private slots:
    void passesEveryQuizOfTheSampleCourse_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::addRow("the sample course") << Answers{
            {u"Which keyboard shortcut marks the open lesson complete, or incomplete again?"_s, {u"Ctrl+Return"_s}},
            {u"A course has 12 published lessons and 1 draft. You have completed 5 of the published lessons. "
             u"What does the progress bar show?"_s,
             {u"5 of 12 lessons · 42 %"_s}},
            {u"Where do you see whether your changes have been sent to the server?"_s,
             {u"In the status bar at the bottom of the window"_s}},
            {u"You mark two lessons complete while offline, then the app is killed. Which statements are true?"_s,
             {u"Both changes were saved on your computer at once"_s,
              u"They wait in the outbox and are sent, in the order you made them, when the server can be "
              u"reached"_s}},
            {u"Which of these can keep a published lesson locked for a learner?"_s,
             {u"The course enforces lesson order and an earlier published lesson is not completed"_s,
              u"The course is structured and its section opens a number of days after you joined, which have "
              u"not passed yet"_s}},
            {u"A quiz has 3 questions and a passing grade of 70. You answer 2 of them correctly. What is the "
             u"outcome?"_s,
             {u"Grade 67, failed"_s}},
        };
    }

    void passesEveryQuizOfTheSampleCourse()
    {
        QFETCH(Answers, answers);
        SampleWindow f;
        // The last section opens a week after joining (a structured course): the learner comes back then.
        f.clock.advanceDays(8);
        f.window->refreshAccess();
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        auto *outline = named<QTreeView>(f.window.get(), "outline");
        auto *quiz = named<QuizView>(f.window.get(), "quizView");
        auto *toggle = named<QPushButton>(f.window.get(), "completionToggle");

        press(Qt::Key_1, Qt::ControlModifier); // the course list: the sample course is the only one
        press(Qt::Key_2, Qt::ControlModifier); // its outline, on the first lesson
        QCOMPARE(QApplication::focusWidget(), outline);
        int quizzesPassed = 0;
        QSet<qint64> visited;
        for (int step = 0; step < 40; ++step) {
            const qint64 lesson = f.window->currentLessonId();
            if (lesson && !visited.contains(lesson)) {
                visited.insert(lesson);
                if (quiz->isVisibleTo(f.window.get())) {
                    press(Qt::Key_3, Qt::ControlModifier); // into the quiz: its first answer
                    answerByKeyboard(answers, quiz);
                    if (QTest::currentTestFailed())
                        return;
                    const QString result = named<QuizResultPanel>(quiz, "quizResultPanel")->text();
                    QVERIFY2(result.startsWith(u"Passed."_s), qPrintable(result));
                    ++quizzesPassed;
                    // After a pass the focus is on "Next lesson": Space goes on; Ctrl+2 back to the outline.
                    if (QApplication::focusWidget() == named<QPushButton>(quiz, "quizNextLesson")) {
                        press(Qt::Key_Space);
                        QVERIFY(f.window->currentLessonId() != lesson);
                        press(Qt::Key_2, Qt::ControlModifier);
                        continue;
                    }
                    press(Qt::Key_2, Qt::ControlModifier);
                } else if (toggle->isVisible() && toggle->isEnabled()) {
                    press(Qt::Key_Return, Qt::ControlModifier); // mark it complete, wherever the focus is
                    QVERIFY2(toggle->isChecked(), qPrintable(u"lesson %1"_s.arg(lesson)));
                }
            }
            const QModelIndex before = outline->currentIndex();
            press(Qt::Key_Down);
            if (outline->currentIndex() == before)
                break; // the last row
        }
        QCOMPARE(quizzesPassed, 2);
        const ProgressFigures figures = named<ProgressPanel>(f.window.get(), "progress")->figures();
        QCOMPARE(figures.completed, figures.total);
    }

private:
    // From the quiz's first answer: each question in turn, as a screen reader user does it. Radio buttons: the
    // arrows to the right answer, Space; check boxes: Tab from box to box, Space on each right one. Then Tab to
    // Submit and Space.
    void answerByKeyboard(const Answers &answers, QuizView *quiz)
    {
        auto *submit = named<QPushButton>(quiz, "quizSubmit");
        for (int step = 0; step < 60 && QApplication::focusWidget() != submit; ++step) {
            const QString question = focusedGroup();
            QVERIFY2(answers.contains(question),
                     qPrintable(u"unknown question '%1' (focus on '%2')"_s.arg(question, focusedName())));
            const QStringList right = answers.value(question);
            if (qobject_cast<QRadioButton *>(QApplication::focusWidget())) {
                for (int i = 0; i < 10 && !right.contains(focusedName()); ++i)
                    press(Qt::Key_Down);
                QVERIFY2(right.contains(focusedName()), qPrintable(question));
                press(Qt::Key_Space);
                QVERIFY(qobject_cast<QAbstractButton *>(QApplication::focusWidget())->isChecked());
            } else {
                auto *box = qobject_cast<QCheckBox *>(QApplication::focusWidget());
                QVERIFY2(box, qPrintable(focusedName()));
                if (right.contains(focusedName()) != box->isChecked())
                    press(Qt::Key_Space);
                QCOMPARE(box->isChecked(), right.contains(focusedName()));
            }
            press(Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), submit);
        QCOMPARE(focusedName(), u"Submit answers"_s);
        press(Qt::Key_Space);
    }
};

QTEST_MAIN(tst_KeyboardLearner)
#include "tst_KeyboardLearner.moc"

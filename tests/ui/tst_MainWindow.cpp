#include "MainWindow.h"
#include "OutlineModel.h"
#include "ProgressPanel.h"
#include "QuizResultPanel.h"
#include "QuizView.h"
#include "SafeTextBrowser.h"

#include "SampleWindow.h"
#include "WindowParts.h"

#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

// The real window over a real session on the bundled sample course (a local account).
class tst_MainWindow : public QObject
{
    Q_OBJECT

    using Fixture = SampleWindow;

private slots:
    void opensOnTheFirstLesson()
    {
        Fixture f;
        QCOMPARE(named<QLabel>(f.window.get(), "lessonTitle")->text(), u"Welcome to CourseDesk"_s);
        QVERIFY(named<SafeTextBrowser>(f.window.get(), "lessonText")->toPlainText().contains(u"CourseDesk"_s));
        auto *progress = named<ProgressPanel>(f.window.get(), "progress");
        QCOMPARE(progress->text(), u"0 of 11 lessons · 0 %"_s);
        QCOMPARE(progress->value(), 0);
        auto *toggle = named<QPushButton>(f.window.get(), "completionToggle");
        QVERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), u"Mark as complete"_s);
    }

    void clickingTheToggleMovesTheProgressBar()
    {
        Fixture f;
        auto *toggle = named<QPushButton>(f.window.get(), "completionToggle");
        auto *progress = named<ProgressPanel>(f.window.get(), "progress");
        auto *outline = modelOf<OutlineModel>(named<QTreeView>(f.window.get(), "outline"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(progress->text(), u"1 of 11 lessons · 9 %"_s);
        QCOMPARE(progress->value(), 9);
        QCOMPARE(toggle->text(), u"Mark as incomplete"_s);
        // The next lesson unlocked in the outline at once.
        QVERIFY(outline->indexOfLesson(102).data(OutlineModel::AccessibleRole).toBool());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(progress->text(), u"0 of 11 lessons · 0 %"_s);
        QVERIFY(!outline->indexOfLesson(102).data(OutlineModel::AccessibleRole).toBool());
    }

    void keyboardShortcutToggles()
    {
        Fixture f;
        named<QTreeView>(f.window.get(), "outline")->setFocus();
        QTest::keyClick(f.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(named<ProgressPanel>(f.window.get(), "progress")->figures().completed, 1);
    }

    void lockedLessonExplainsItselfAndCannotBeToggled()
    {
        Fixture f;
        f.window->selectLesson(102);
        QCOMPARE(named<QLabel>(f.window.get(), "lessonTitle")->text(), u"Reading lessons and marking them complete"_s);
        QCOMPARE(lockText(f.window.get()), u"Complete 'Welcome to CourseDesk' first"_s);
        auto *toggle = named<QPushButton>(f.window.get(), "completionToggle");
        QVERIFY(!toggle->isEnabled());
        QCOMPARE(toggle->toolTip(), u"Complete 'Welcome to CourseDesk' first"_s);
        QVERIFY(named<SafeTextBrowser>(f.window.get(), "lessonText")->toPlainText().isEmpty());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(named<ProgressPanel>(f.window.get(), "progress")->figures().completed, 0);
    }

    void dripSectionUnlocksWhenItsTimeComes()
    {
        Fixture f;
        f.window->selectLesson(109);
        QVERIFY(lockText(f.window.get()).startsWith(u"Available on "_s));
        f.clock.advanceDays(7);
        f.window->refreshAccess();
        // Drip is open; the enforced order still holds it (nothing before it is completed).
        auto *outline = modelOf<OutlineModel>(named<QTreeView>(f.window.get(), "outline"));
        QCOMPARE(outline->indexOfLesson(109).data(OutlineModel::LockReasonRole).toString(), u"order"_s);
    }

    void draftIsShownWithItsBadgeAndLocked()
    {
        Fixture f;
        const QModelIndex draft =
            modelOf<OutlineModel>(named<QTreeView>(f.window.get(), "outline"))->indexOfLesson(112);
        QVERIFY(draft.data(OutlineModel::IsDraftRole).toBool());
        f.window->selectLesson(112);
        QCOMPARE(lockText(f.window.get()), u"This lesson is a draft and not published yet."_s);
    }

    void quizIsNotToggledByHand()
    {
        Fixture f;
        f.window->selectLesson(104);
        QVERIFY(!named<QPushButton>(f.window.get(), "completionToggle")->isVisibleTo(f.window.get()));
    }

    void aFullQuizFlowByClicking()
    {
        Fixture f;
        for (qint64 lesson : {101, 102, 103}) {
            f.window->selectLesson(lesson);
            QTest::mouseClick(named<QPushButton>(f.window.get(), "completionToggle"), Qt::LeftButton);
        }
        f.window->selectLesson(104);
        auto *quiz = named<QuizView>(f.window.get(), "quizView");
        auto *submit = named<QPushButton>(quiz, "quizSubmit");
        auto *result = named<QuizResultPanel>(quiz, "quizResultPanel");
        QVERIFY(quiz->isVisibleTo(f.window.get()));
        QVERIFY(!submit->isEnabled()); // nothing answered yet
        QCOMPARE(answerButtons(quiz, 1001).size(), 4);

        // Wrong on the first question, right on the others: 2 of 3 → 67, passes at 60.
        const QList<std::pair<qint64, int>> picks{{1001, 0}, {1002, 1}};
        for (const auto &[question, index] : picks) {
            clickAnswer(answerButtons(quiz, question).at(index));
            QVERIFY(!submit->isEnabled()); // still a question unanswered
        }
        clickAnswer(answerButtons(quiz, 1003).at(0));
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY2(result->text().startsWith(u"Passed. Your grade: 67 %. Passing grade: 60 %."_s),
                 qPrintable(result->text()));
        QCOMPARE(named<ProgressPanel>(f.window.get(), "progress")->figures().completed, 4);
        auto *outline = modelOf<OutlineModel>(named<QTreeView>(f.window.get(), "outline"));
        QVERIFY(outline->indexOfLesson(105).data(OutlineModel::AccessibleRole).toBool());

        // Reopened: the last attempt's answers and result are shown.
        f.window->selectLesson(101);
        f.window->selectLesson(104);
        QVERIFY2(result->text().startsWith(u"Passed. Your grade: 67 %. Passing grade: 60 %."_s),
                 qPrintable(result->text()));
        QVERIFY(answerButtons(quiz, 1001).at(0)->isChecked());
        QVERIFY(answerButtons(quiz, 1003).at(0)->isChecked());
    }

    void aFailedQuizBlocksTheNextLesson()
    {
        Fixture f;
        for (qint64 lesson : {101, 102, 103}) {
            f.window->selectLesson(lesson);
            QTest::mouseClick(named<QPushButton>(f.window.get(), "completionToggle"), Qt::LeftButton);
        }
        f.window->selectLesson(104);
        auto *quiz = named<QuizView>(f.window.get(), "quizView");
        for (qint64 question : {1001, 1002, 1003})
            clickAnswer(answerButtons(quiz, question).at(question == 1003 ? 2 : 3));
        QTest::mouseClick(named<QPushButton>(quiz, "quizSubmit"), Qt::LeftButton);
        QVERIFY(named<QuizResultPanel>(quiz, "quizResultPanel")->text().startsWith(u"Not passed"_s));
        f.window->selectLesson(105);
        QCOMPARE(lockText(f.window.get()), u"Pass 'Quiz: finding your way around' first"_s);
    }

    void windowStateAndLastLessonAreRestored()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"state.ini"_s), QSettings::IniFormat);
        {
            Fixture f;
            f.window->resize(800, 500);
            f.window->selectLesson(112);
            f.window->saveState(settings);
        }
        Fixture again;
        again.window->restoreState(settings);
        QCOMPARE(named<QLabel>(again.window.get(), "lessonTitle")->text(), u"Coming soon: the instructor dashboard"_s);
        QCOMPARE(again.window->size(), QSize(800, 500));
    }

    void unknownCourseSaysSoInTheStatusBar()
    {
        Fixture f;
        QVERIFY(!f.window->showCourse(99));
        QVERIFY(f.window->statusBar()->currentMessage().contains(u"no course 99"_s));
    }

    void remoteImagesAreNeverLoaded()
    {
        SafeTextBrowser browser;
        QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(u"https://tracker.example/pixel.png"_s))
                     .isValid());
        QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/passwd"_s)).isValid());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"

#include "MainWindow.h"
#include "OutlineModel.h"
#include "ProgressPanel.h"
#include "QuizView.h"
#include "SafeTextBrowser.h"

#include "SampleWindow.h"

#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QSettings>
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
        QCOMPARE(f.window->lessonTitle(), u"Welcome to CourseDesk"_s);
        QVERIFY(f.window->lessonBrowser()->toPlainText().contains(u"CourseDesk"_s));
        QCOMPARE(f.window->progressPanel()->text(), u"0 of 11 lessons · 0 %"_s);
        QCOMPARE(f.window->progressPanel()->value(), 0);
        QVERIFY(f.window->completionButton()->isEnabled());
        QCOMPARE(f.window->completionButton()->text(), u"Mark as complete"_s);
    }

    void clickingTheToggleMovesTheProgressBar()
    {
        Fixture f;
        QTest::mouseClick(f.window->completionButton(), Qt::LeftButton);
        QCOMPARE(f.window->progressPanel()->text(), u"1 of 11 lessons · 9 %"_s);
        QCOMPARE(f.window->progressPanel()->value(), 9);
        QCOMPARE(f.window->completionButton()->text(), u"Mark as incomplete"_s);
        // The next lesson unlocked in the outline at once.
        QVERIFY(f.window->outlineModel()->indexOfLesson(102).data(OutlineModel::AccessibleRole).toBool());
        QTest::mouseClick(f.window->completionButton(), Qt::LeftButton);
        QCOMPARE(f.window->progressPanel()->text(), u"0 of 11 lessons · 0 %"_s);
        QVERIFY(!f.window->outlineModel()->indexOfLesson(102).data(OutlineModel::AccessibleRole).toBool());
    }

    void keyboardShortcutToggles()
    {
        Fixture f;
        f.window->outlineView()->setFocus();
        QTest::keyClick(f.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(f.window->progressPanel()->figures().completed, 1);
    }

    void lockedLessonExplainsItselfAndCannotBeToggled()
    {
        Fixture f;
        f.window->selectLesson(102);
        QCOMPARE(f.window->lessonTitle(), u"Reading lessons and marking them complete"_s);
        QCOMPARE(f.window->lockBannerText(), u"Complete 'Welcome to CourseDesk' first"_s);
        QVERIFY(!f.window->completionButton()->isEnabled());
        QCOMPARE(f.window->completionButton()->toolTip(), u"Complete 'Welcome to CourseDesk' first"_s);
        QVERIFY(f.window->lessonBrowser()->toPlainText().isEmpty());
        QTest::mouseClick(f.window->completionButton(), Qt::LeftButton);
        QCOMPARE(f.window->progressPanel()->figures().completed, 0);
    }

    void dripSectionUnlocksWhenItsTimeComes()
    {
        Fixture f;
        f.window->selectLesson(109);
        QVERIFY(f.window->lockBannerText().startsWith(u"Available on "_s));
        f.clock.advanceDays(7);
        f.window->refreshAccess();
        // Drip is open; the enforced order still holds it (nothing before it is completed).
        QCOMPARE(f.window->outlineModel()->indexOfLesson(109).data(OutlineModel::LockReasonRole).toString(), u"order"_s);
    }

    void draftIsShownWithItsBadgeAndLocked()
    {
        Fixture f;
        const QModelIndex draft = f.window->outlineModel()->indexOfLesson(112);
        QVERIFY(draft.data(OutlineModel::IsDraftRole).toBool());
        f.window->selectLesson(112);
        QCOMPARE(f.window->lockBannerText(), u"This lesson is a draft and not published yet."_s);
    }

    void quizIsNotToggledByHand()
    {
        Fixture f;
        f.window->selectLesson(104);
        QVERIFY(!f.window->completionButton()->isVisibleTo(f.window.get()));
    }

    void aFullQuizFlowByClicking()
    {
        Fixture f;
        for (qint64 lesson : {101, 102, 103}) {
            f.window->selectLesson(lesson);
            QTest::mouseClick(f.window->completionButton(), Qt::LeftButton);
        }
        f.window->selectLesson(104);
        QuizView *quiz = f.window->quizView();
        QVERIFY(quiz->isVisibleTo(f.window.get()));
        QVERIFY(!quiz->submitButton()->isEnabled()); // nothing answered yet
        QCOMPARE(quiz->answerButtons(1001).size(), 4);

        // Wrong on the first question, right on the others: 2 of 3 → 67, passes at 60.
        const QList<std::pair<qint64, int>> picks{{1001, 0}, {1002, 1}};
        for (const auto &[question, index] : picks) {
            clickAnswer(quiz->answerButtons(question).at(index));
            QVERIFY(!quiz->submitButton()->isEnabled()); // still a question unanswered
        }
        clickAnswer(quiz->answerButtons(1003).at(0));
        QVERIFY(quiz->submitButton()->isEnabled());
        QTest::mouseClick(quiz->submitButton(), Qt::LeftButton);
        QVERIFY2(quiz->resultText().startsWith(u"Passed. Your grade: 67 %. Passing grade: 60 %."_s),
                 qPrintable(quiz->resultText()));
        QCOMPARE(f.window->progressPanel()->figures().completed, 4);
        QVERIFY(f.window->outlineModel()->indexOfLesson(105).data(OutlineModel::AccessibleRole).toBool());

        // Reopened: the last attempt's answers and result are shown.
        f.window->selectLesson(101);
        f.window->selectLesson(104);
        QVERIFY2(quiz->resultText().startsWith(u"Passed. Your grade: 67 %. Passing grade: 60 %."_s),
                 qPrintable(quiz->resultText()));
        QVERIFY(quiz->answerButtons(1001).at(0)->isChecked());
        QVERIFY(quiz->answerButtons(1003).at(0)->isChecked());
    }

    void aFailedQuizBlocksTheNextLesson()
    {
        Fixture f;
        for (qint64 lesson : {101, 102, 103}) {
            f.window->selectLesson(lesson);
            QTest::mouseClick(f.window->completionButton(), Qt::LeftButton);
        }
        f.window->selectLesson(104);
        QuizView *quiz = f.window->quizView();
        for (qint64 question : {1001, 1002, 1003})
            clickAnswer(quiz->answerButtons(question).at(question == 1003 ? 2 : 3));
        QTest::mouseClick(quiz->submitButton(), Qt::LeftButton);
        QVERIFY(quiz->resultText().startsWith(u"Not passed"_s));
        f.window->selectLesson(105);
        QCOMPARE(f.window->lockBannerText(), u"Pass 'Quiz: finding your way around' first"_s);
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
        QCOMPARE(again.window->lessonTitle(), u"Coming soon: the instructor dashboard"_s);
        QCOMPARE(again.window->size(), QSize(800, 500));
    }

    void unknownCourseSaysSoInTheStatusBar()
    {
        Fixture f;
        QVERIFY(!f.window->showCourse(99));
        QVERIFY(f.window->statusText().contains(u"no course 99"_s));
    }

    void remoteImagesAreNeverLoaded()
    {
        SafeTextBrowser browser;
        QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(u"https://tracker.example/pixel.png"_s)).isValid());
        QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/passwd"_s)).isValid());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"

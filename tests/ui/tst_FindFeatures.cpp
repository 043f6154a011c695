// Search, notes, bookmarks, find in lesson and the course home in the real window over the sample course (course 1,
// enforce_lessons_order: only 101 is open at first; section 13 opens 7 days after joining), clicked and typed
// into as a person would, found by object name.
#include "SampleWindow.h"

#include "CourseListModel.h"
#include "MainWindow.h"
#include "OutlineModel.h"
#include "find/FindFeatures.h"
#include "find/SearchResultsModel.h"
#include "session/Notebook.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_FindFeatures : public QObject
{
    Q_OBJECT

    template <typename T> T *part(const QString &name)
    {
        T *found = m_w->window->findChild<T *>(name);
        if (!found) // the search dialog is a child of the window too
            qWarning("no %s", qPrintable(name));
        return found;
    }

    std::unique_ptr<SampleWindow> m_w;

private slots:
    void init()
    {
        m_w = std::make_unique<SampleWindow>();
        QVERIFY(m_w->window);
        new FindFeatures(*m_w->window, *m_w->session, m_w->runtime->notebook(), m_w->runtime->search(),
                         m_w->runtime->engine());
        m_w->window->selectLesson(101);
    }

    void cleanup() { m_w.reset(); }

    // The docks (note, my notes, course home) never delay the window's first frame: they come after it, or at once
    // when a course is shown first.
    void docksComeAfterTheFirstFrameOrWithTheFirstCourse_data()
    {
        QTest::addColumn<bool>("courseFirst");
        QTest::addRow("the window is shown") << false;
        QTest::addRow("a course is shown") << true;
    }

    void docksComeAfterTheFirstFrameOrWithTheFirstCourse()
    {
        QFETCH(bool, courseFirst);
        MainWindow window(*m_w->session, MainWindow::Options{false});
        new FindFeatures(window, *m_w->session, m_w->runtime->notebook(), m_w->runtime->search(),
                         m_w->runtime->engine());
        const QStringList docks{u"notesDock"_s, u"myNotesDock"_s, u"courseHomeDock"_s};
        for (const QString &name : docks)
            QVERIFY2(!window.findChild<QDockWidget *>(name), qPrintable(name));
        if (courseFirst) {
            QVERIFY(window.showCourse(1));
            for (const QString &name : docks)
                QVERIFY2(window.findChild<QDockWidget *>(name), qPrintable(name));
            return;
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &name : docks)
            QTRY_VERIFY2(window.findChild<QDockWidget *>(name), qPrintable(name));
    }

    void resultsModelPassesTheModelTester()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto results = m_w->runtime->search().search(u"offline"_s);
        QVERIFY(results && results->size() > 2);
        model.setResults(*results);
        QCOMPARE(model.rowCount(), results->size());
        QVERIFY(model.data(model.index(0), SearchResultsModel::SnippetHtmlRole).toString().contains(u"<b>"_s));
        model.setResults({});
        QCOMPARE(model.rowCount(), 0);
    }

    void ctrlKFindsAndOpensALockedLessonToItsReason()
    {
        QTest::keyClick(m_w->window.get(), Qt::Key_K, Qt::ControlModifier);
        auto *dialog = part<QDialog>(u"searchDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *field = part<QLineEdit>(u"searchField"_s);
        QTest::keyClicks(field, u"working offl"_s);
        auto *results = part<QListView>(u"searchResults"_s);
        QTRY_VERIFY(results->model()->rowCount() > 0);
        QCOMPARE(results->model()->index(0, 0).data(SearchResultsModel::LessonIdRole).toLongLong(), 106);
        QVERIFY(results->model()->index(0, 0).data().toString().contains(u"Working offline"_s));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_w->window->currentLessonId(), 106);
        // 106 waits for 101: the pane says so.
        auto *locked = part<QWidget>(u"lockedLesson"_s);
        QVERIFY(locked && locked->isVisible());
    }

    void badQueryGivesAClearMessage()
    {
        QTest::keyClick(m_w->window.get(), Qt::Key_K, Qt::ControlModifier);
        auto *field = part<QLineEdit>(u"searchField"_s);
        QTRY_VERIFY(field->isVisible());
        QTest::keyClicks(field, u"\"*"_s);
        QTRY_VERIFY(part<QLabel>(u"searchMessage"_s)->text().contains(u"Type a word"_s));
        QCOMPARE(part<QListView>(u"searchResults"_s)->model()->rowCount(), 0);
    }

    void noteIsSavedAsYouTypeAndBookmarkStars()
    {
        auto *editor = part<QPlainTextEdit>(u"noteEditor"_s);
        QVERIFY(editor && editor->isEnabled());
        editor->setFocus();
        QTest::keyClicks(editor, u"Read twice"_s);
        QTRY_COMPARE(m_w->runtime->notebook().note(1, 101)->text, u"Read twice"_s);
        QTRY_COMPARE(part<QLabel>(u"noteStatus"_s)->text(), u"Saved"_s);
        auto *star = part<QToolButton>(u"bookmarkButton"_s);
        QTest::mouseClick(star, Qt::LeftButton);
        QVERIFY(m_w->runtime->notebook().note(1, 101)->bookmarked);

        // My notes lists it; the course home too.
        auto *myNotes = part<QListWidget>(u"myNotesList"_s);
        QTRY_VERIFY(!myNotes->findItems(u"Read twice"_s, Qt::MatchContains).isEmpty());
        auto *courseNotes = part<QListWidget>(u"courseNotes"_s);
        QTRY_VERIFY(!courseNotes->findItems(u"Read twice"_s, Qt::MatchContains).isEmpty());

        // Another lesson: an empty note; back again: the note.
        QTest::keyClicks(editor, u"!"_s);
        m_w->window->selectLesson(102); // saved at once, without waiting for the pause
        QCOMPARE(m_w->runtime->notebook().note(1, 101)->text, u"Read twice!"_s);
        QCOMPARE(editor->toPlainText(), QString());
        m_w->window->selectLesson(101);
        QCOMPARE(editor->toPlainText(), u"Read twice!"_s);
        QVERIFY(star->isChecked());
    }

    void ctrlFHighlightsEveryMatch()
    {
        QTest::keyClick(m_w->window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *field = part<QLineEdit>(u"findField"_s);
        QTRY_VERIFY(field->isVisible());
        QTest::keyClicks(field, u"CourseDesk"_s);
        auto *text = part<QTextBrowser>(u"lessonText"_s);
        QVERIFY(text->extraSelections().size() >= 2);
        QVERIFY(!part<QLabel>(u"findCount"_s)->text().isEmpty());
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!field->isVisible());
    }

    void courseHomeContinuesWhereTheLearnerIs()
    {
        auto *button = part<QPushButton>(u"continueButton"_s);
        QVERIFY(button);
        QCOMPARE(button->text(), u"Continue: Welcome to CourseDesk"_s);
        QVERIFY(part<QLabel>(u"courseDescription"_s)->text().size() > 0);
        QVERIFY(part<QLabel>(u"courseCover"_s)->text().size() > 0); // no cover cached: the placeholder
        // Everything but 101 is locked (order, and section 13's drip); the drip's date is given.
        const QString locks = part<QLabel>(u"courseLocks"_s)->text();
        QVERIFY2(locks.contains(u"locked"_s) && locks.contains(u"next one opens"_s), qPrintable(locks));

        QVERIFY(m_w->session->setCompleted(1, 101, true));
        QTRY_COMPARE(button->text(), u"Continue: Reading lessons and marking them complete"_s);
        m_w->window->selectLesson(110);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_w->window->currentLessonId(), 102);
    }

    // As in the window (issue 16, defect 14): a course one teaches has no progress and nothing to continue on its
    // home; the description, the locks and the notes stay.
    void courseHomeOfACourseOneTeachesHasNoProgress()
    {
        QVERIFY(!part<QLabel>(u"courseHomeProgress"_s)->isHidden());
        Course course = *m_w->runtime->state().course(1);
        course.joinStatus = JoinStatus::Creator;
        QVERIFY(m_w->runtime->state().importCourse(course));
        QTRY_VERIFY(part<QLabel>(u"courseHomeProgress"_s)->isHidden());
        QVERIFY(part<QPushButton>(u"continueButton"_s)->isHidden());
        QVERIFY(part<QLabel>(u"courseDescription"_s)->text().size() > 0);
        QVERIFY(!part<QLabel>(u"courseLocks"_s)->isHidden());
    }

    void whatsNewBadgesUntilTheLessonIsOpened()
    {
        // The course comes again with lesson 103 renamed (its body not downloaded this time).
        Course course = *m_w->runtime->state().course(1);
        for (Section &section : course.sections) {
            for (Lesson &lesson : section.lessons)
                lesson.hasBody = false;
        }
        course.findLesson(103)->name = u"Following your progress, revised"_s;
        QVERIFY(m_w->runtime->state().importCourse(course));

        auto *outline = qobject_cast<OutlineModel *>(part<QTreeView>(u"outline"_s)->model());
        auto *courses = qobject_cast<CourseListModel *>(part<QListView>(u"courseList"_s)->model());
        QVERIFY(outline && courses);
        QTRY_COMPARE(outline->indexOfLesson(103).data(OutlineModel::NewsRole).toString(), u"changed"_s);
        QVERIFY(outline->indexOfLesson(103).data().toString().startsWith(u"Following your progress, revised  ●"_s));
        QCOMPARE(outline->indexOfLesson(101).data(OutlineModel::NewsRole).toString(), QString());
        QCOMPARE(courses->indexOfCourse(1).data(CourseListModel::NewsRole).toInt(), 1);

        m_w->window->selectLesson(103); // opened: the badge clears, in the outline and the course list
        QTRY_COMPARE(outline->indexOfLesson(103).data(OutlineModel::NewsRole).toString(), QString());
        QCOMPARE(courses->indexOfCourse(1).data(CourseListModel::NewsRole).toInt(), 0);
    }
};

QTEST_MAIN(tst_FindFeatures)
#include "tst_FindFeatures.moc"

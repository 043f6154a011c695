// What the lesson pane shows, in the real window over the sample course (issue 16): the outline's icon follows every
// toggle at once (defect 4); a completed lesson locked again shows both states (5); pictures, videos and links in a
// lesson say what they are and where they lead (6); a locked lesson and a section fill the pane with what matters
// (11); a lesson's own title is not repeated (14); and reading comfort — a readable line length on a wide window,
// every new lesson from its top, text zoom.
#include "LessonPane.h"
#include "MainWindow.h"
#include "OutlineModel.h"
#include "ProgressPanel.h"
#include "SafeTextBrowser.h"

#include "SampleWindow.h"
#include "WindowParts.h"

#include "session/CourseSession.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

// The sample course as a sync would bring it, with lesson `lessonId`'s text replaced by `html`.
void replaceText(SampleWindow &f, qint64 lessonId, const QString &html)
{
    Course course = f.runtime->state().course(1).value();
    for (Section &section : course.sections) {
        for (Lesson &lesson : section.lessons)
            lesson.hasBody = false; // the other lessons keep the text they have
    }
    Lesson *lesson = course.findLesson(lessonId);
    lesson->hasBody = true;
    lesson->body->html = html;
    QVERIFY(f.runtime->state().importCourse(course).ok());
}

QStatusBar *statusBarOf(SampleWindow &f)
{
    return f.window->findChild<QStatusBar *>();
}

// The widest line the browser has laid out, in pixels.
qreal widestLine(SafeTextBrowser *browser)
{
    qreal widest = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i)
            widest = std::max(widest, layout->lineAt(i).naturalTextWidth());
    }
    return widest;
}

} // namespace

class tst_LessonContent : public QObject
{
    Q_OBJECT

private slots:
    // Defect 4: the row of the lesson toggled changes at once, while that lesson stays selected.
    void theToggledLessonsRowChangesAtOnce()
    {
        SampleWindow f;
        auto *model = modelOf<OutlineModel>(named<QTreeView>(f.window.get(), "outline"));
        auto *toggle = named<QPushButton>(f.window.get(), "completionToggle");
        const QModelIndex row = model->indexOfLesson(101);
        QCOMPARE(f.window->currentLessonId(), 101);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const qint64 before = row.data(Qt::DecorationRole).value<QIcon>().cacheKey();
        for (const QString &expected : {u"completed"_s, u"uncompleted"_s}) {
            changed.clear();
            QTest::mouseClick(toggle, Qt::LeftButton);
            QCOMPARE(row.data(OutlineModel::CompletionRole).toString(), expected);
            const bool repainted = std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
                const auto from = args.at(0).toModelIndex();
                const auto to = args.at(1).toModelIndex();
                return from.parent() == row.parent() && from.row() <= row.row() && to.row() >= row.row();
            });
            QVERIFY2(repainted, "the outline was not told that the toggled lesson changed");
        }
        QCOMPARE(row.data(Qt::DecorationRole).value<QIcon>().cacheKey(), before);
        QCOMPARE(f.window->currentLessonId(), 101);
    }

    // Defect 5: completed, then locked again by an earlier "incomplete": both states, in the outline and the pane.
    void aCompletedLessonLockedAgainShowsBothStates()
    {
        SampleWindow f;
        auto *toggle = named<QPushButton>(f.window.get(), "completionToggle");
        for (qint64 lesson : {101, 102, 103}) {
            f.window->selectLesson(lesson);
            QTest::mouseClick(toggle, Qt::LeftButton);
        }
        f.window->selectLesson(101);
        QTest::mouseClick(toggle, Qt::LeftButton); // 102 and 103 lock again
        auto *model = modelOf<OutlineModel>(named<QTreeView>(f.window.get(), "outline"));
        const QModelIndex relocked = model->indexOfLesson(102);
        QVERIFY(!relocked.data(OutlineModel::AccessibleRole).toBool());
        QCOMPARE(relocked.data(OutlineModel::CompletionRole).toString(), u"completed"_s);
        const qint64 relockedIcon = relocked.data(Qt::DecorationRole).value<QIcon>().cacheKey();
        const qint64 lockedIcon = model->indexOfLesson(105).data(Qt::DecorationRole).value<QIcon>().cacheKey();
        f.window->selectLesson(101);
        QTest::mouseClick(toggle, Qt::LeftButton);
        const qint64 completedIcon = model->indexOfLesson(101).data(Qt::DecorationRole).value<QIcon>().cacheKey();
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(relockedIcon != lockedIcon);
        QVERIFY(relockedIcon != completedIcon);
        QVERIFY2(relocked.data(Qt::ToolTipRole).toString().startsWith(u"Completed"_s),
                 qPrintable(relocked.data(Qt::ToolTipRole).toString()));
        QCOMPARE(named<ProgressPanel>(f.window.get(), "progress")->figures().completed, 2);

        f.window->selectLesson(102);
        QCOMPARE(lockText(f.window.get()), u"Complete 'Welcome to CourseDesk' first"_s);
        auto *page = f.window->findChild<QWidget *>(u"lockedLesson"_s);
        QVERIFY(page->isVisibleTo(f.window.get()));
        const QLabel *note = page->findChild<QLabel *>(u"noticeNote"_s);
        QVERIFY(note->isVisibleTo(f.window.get()));
        QVERIFY2(note->text().contains(u"You completed this lesson"_s), qPrintable(note->text()));
    }

    // Defect 11: a locked lesson's reason is the pane's content, with the way to the lesson that holds it.
    void aLockedLessonFillsThePaneWithItsReason()
    {
        SampleWindow f;
        f.window->selectLesson(102);
        auto *page = f.window->findChild<QWidget *>(u"lockedLesson"_s);
        QVERIFY(page->isVisibleTo(f.window.get()));
        auto *text = named<SafeTextBrowser>(f.window.get(), "lessonText");
        QVERIFY(!text->isVisibleTo(f.window.get())); // no large blank box
        QCOMPARE(page->findChild<QLabel *>(u"noticeHeading"_s)->text(), u"This lesson is locked"_s);
        auto *open = page->findChild<QPushButton *>(u"noticeAction"_s);
        QVERIFY(open->isVisibleTo(f.window.get()));
        QCOMPARE(open->text(), u"&Open 'Welcome to CourseDesk'"_s);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(f.window->currentLessonId(), 101);
    }

    // Defect 11: a section shows its overview — its lessons, their states, when it opens.
    void aSectionShowsItsOverview()
    {
        SampleWindow f;
        auto *outline = named<QTreeView>(f.window.get(), "outline");
        outline->setCurrentIndex(outline->model()->index(2, 0)); // "Going further", opening in 7 days
        QCOMPARE(named<QLabel>(f.window.get(), "lessonTitle")->text(), u"Going further"_s);
        auto *overview = f.window->findChild<QWidget *>(u"sectionOverview"_s);
        QVERIFY(overview->isVisibleTo(f.window.get()));
        const QString summary = overview->findChild<QLabel *>(u"sectionSummary"_s)->text();
        QVERIFY2(summary.startsWith(u"0 of 3 lesson"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Available on "_s), qPrintable(summary));
        auto *lessons = overview->findChild<QListWidget *>(u"sectionLessons"_s);
        QCOMPARE(lessons->count(), 4);
        QVERIFY2(lessons->item(0)->text().startsWith(u"Accounts and sign-in — Locked: Available on"_s),
                 qPrintable(lessons->item(0)->text()));
        QVERIFY2(lessons->item(3)->text().contains(u"Draft"_s), qPrintable(lessons->item(3)->text()));
        QVERIFY(!named<QPushButton>(f.window.get(), "completionToggle")->isVisibleTo(f.window.get()));

        outline->setCurrentIndex(outline->model()->index(0, 0)); // "Welcome": open
        QVERIFY(lessons->item(0)->text().startsWith(u"Welcome to CourseDesk — To do"_s));
        lessons->setFocus();
        lessons->setCurrentRow(0);
        QTest::keyClick(lessons, Qt::Key_Return);
        QCOMPARE(f.window->currentLessonId(), 101);
    }

    // Defect 6: pictures that cannot be shown are small placeholders with their alt text; an embedded video is a
    // card with its link; a link's address shows on hover; a link that no browser opens says so.
    void mediaAndLinksSayWhatTheyAre()
    {
        QList<QUrl> opened;
        bool browserWorks = false;
        SampleWindow f;
        auto *pane = named<LessonPane>(f.window.get(), "lessonPane");
        pane->setUrlOpener([&](const QUrl &url) {
            opened << url;
            return browserWorks;
        });
        replaceText(f, 101,
                    u"<p>Intro <a href=\"https://example.org/more\">more</a></p>"
                    "<p><img src=\"https://cdn.example.org/diagram.png\" alt=\"The sync diagram\"></p>"
                    "<p><img src=\"images/local.png\"></p>"
                    "<iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\" height=\"315\"></iframe>"
                    "<video controls><source src=\"https://media.example.org/clip.mp4\"></video>"_s);
        f.window->selectLesson(101);
        auto *browser = named<SafeTextBrowser>(f.window.get(), "lessonText");
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(u"The sync diagram"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Picture"_s), qPrintable(text)); // no alt text: still said
        QVERIFY2(text.contains(u"Video"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Open it in the browser (www.youtube.com)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"media.example.org"_s), qPrintable(text));
        const QString html = browser->toHtml();
        QVERIFY(html.contains(u"https://cdn.example.org/diagram.png"_s)); // the placeholder links to the picture
        QVERIFY(html.contains(u"https://www.youtube.com/embed/abc"_s));
        // Every picture is the small placeholder (no broken-file icon, nothing fetched).
        QImage placeholder =
            browser->loadResource(QTextDocument::ImageResource, QUrl(u"coursedesk:missing-picture"_s)).value<QImage>();
        QVERIFY(!placeholder.isNull());
        QVERIFY(placeholder.deviceIndependentSize().width() <= 16);

        // Hovering a link: its address in the status bar.
        emit browser->highlighted(QUrl(u"https://example.org/more"_s));
        QCOMPARE(statusBarOf(f)->currentMessage(), u"https://example.org/more"_s);
        emit browser->highlighted(QUrl());
        QCOMPARE(statusBarOf(f)->currentMessage(), QString());

        // Clicking it: no browser answers — the status bar says so; then one does.
        emit browser->anchorClicked(QUrl(u"https://example.org/more"_s));
        QCOMPARE(opened.size(), 1);
        QVERIFY2(statusBarOf(f)->currentMessage().startsWith(
                     u"No web browser could be opened for https://example.org/more"_s),
                 qPrintable(statusBarOf(f)->currentMessage()));
        browserWorks = true;
        emit browser->anchorClicked(QUrl(u"https://example.org/more"_s));
        QCOMPARE(statusBarOf(f)->currentMessage(), u"Opened https://example.org/more in your browser."_s);
        emit browser->anchorClicked(QUrl(u"javascript:alert(1)"_s)); // never handed to the system
        QCOMPARE(opened.size(), 2);
    }

    // Defect 14: a lesson whose text starts with its own title shows it once, above the text.
    void theTitleIsShownOnce()
    {
        SampleWindow f;
        replaceText(f, 101, u"<h1>Welcome to CourseDesk</h1><p>Hello.</p><h2>Welcome to CourseDesk</h2>"_s);
        f.window->selectLesson(101);
        QCOMPARE(named<QLabel>(f.window.get(), "lessonTitle")->text(), u"Welcome to CourseDesk"_s);
        const QString text = named<SafeTextBrowser>(f.window.get(), "lessonText")->toPlainText();
        QCOMPARE(text.count(u"Welcome to CourseDesk"_s), 1); // the later heading stays: it is not the first
        QVERIFY(text.startsWith(u"Hello."_s));
    }

    // Defect 14: the lesson's words name the button as it is.
    void theLessonNamesTheButtonAsItIs()
    {
        SampleWindow f;
        auto *toggle = named<QPushButton>(f.window.get(), "completionToggle");
        for (qint64 lesson : {101, 102}) {
            f.window->selectLesson(lesson);
            const QString text = named<SafeTextBrowser>(f.window.get(), "lessonText")->toPlainText();
            QVERIFY(!text.contains(u"Mark complete"_s));
            if (lesson == 102)
                QVERIFY(text.contains(toggle->text()));
            QTest::mouseClick(toggle, Qt::LeftButton);
        }
    }

    // Reading comfort: on a wide window the lines keep to about 75 characters, centred; on a narrow one they use
    // the width there is.
    void linesStayReadableOnAWideWindow()
    {
        SampleWindow f;
        f.window->resize(1920, 1000);
        QApplication::processEvents();
        auto *browser = named<SafeTextBrowser>(f.window.get(), "lessonText");
        QTRY_VERIFY(browser->viewport()->width() > 2 * browser->readingWidth());
        QVERIFY2(widestLine(browser) <= browser->readingWidth() + 1,
                 qPrintable(u"%1 > %2"_s.arg(widestLine(browser)).arg(browser->readingWidth())));
        const QTextFrameFormat frame = browser->document()->rootFrame()->frameFormat();
        QVERIFY(frame.leftMargin() > 100);
        QVERIFY(qAbs(frame.leftMargin() - frame.rightMargin()) <= 1);
        f.window->resize(800, 600);
        QTRY_VERIFY(browser->document()->rootFrame()->frameFormat().leftMargin() < 1);
    }

    // Reading comfort: every new lesson opens at its top; the same lesson redrawn keeps its place.
    void aNewLessonStartsAtTheTop()
    {
        SampleWindow f;
        f.window->resize(800, 600);
        auto *browser = named<SafeTextBrowser>(f.window.get(), "lessonText");
        f.window->selectLesson(101);
        QTRY_VERIFY(browser->verticalScrollBar()->maximum() > 0);
        browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum());
        const int bottom = browser->verticalScrollBar()->value();
        QVERIFY(bottom > 0);
        f.window->refreshAccess(); // redrawn: same lesson, same place
        QCOMPARE(browser->verticalScrollBar()->value(), bottom);
        QTest::mouseClick(named<QPushButton>(f.window.get(), "completionToggle"), Qt::LeftButton);
        QCOMPARE(browser->verticalScrollBar()->value(), bottom);
        f.window->selectLesson(102);
        QCOMPARE(browser->verticalScrollBar()->value(), 0);
        f.window->selectLesson(101);
        QCOMPARE(browser->verticalScrollBar()->value(), 0);
    }

    // Reading comfort: Ctrl++ / Ctrl+- / Ctrl+0 zoom the lesson's text (the window says how much).
    void theTextZoomsByKeyboard()
    {
        SampleWindow f;
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        auto *browser = named<SafeTextBrowser>(f.window.get(), "lessonText");
        auto *outline = named<QTreeView>(f.window.get(), "outline");
        const qreal normal = browser->font().pointSizeF();
        QSignalSpy zoomed(f.window.get(), &MainWindow::textZoomChanged);
        outline->setFocus();
        QTest::keyClick(outline, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(f.window->textZoom(), 110);
        QVERIFY(browser->font().pointSizeF() > normal);
        QTest::keyClick(outline, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(f.window->textZoom(), 120);
        QTest::keyClick(outline, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(f.window->textZoom(), 110);
        QTest::keyClick(outline, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(f.window->textZoom(), 100);
        QCOMPARE(browser->font().pointSizeF(), normal);
        QCOMPARE(zoomed.size(), 4);
        QCOMPARE(zoomed.constLast().constFirst().toInt(), 100);
        QVERIFY(statusBarOf(f)->currentMessage().startsWith(u"Text size: 100"_s));
    }
};

QTEST_MAIN(tst_LessonContent)
#include "tst_LessonContent.moc"

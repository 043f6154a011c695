#include "CourseListModel.h"
#include "FocusRing.h"
#include "OutlineModel.h"
#include "ProgressPanel.h"
#include "QuizResultPanel.h"
#include "QuizView.h"

#include "Mnemonics.h"
#include "SampleWindow.h"
#include "WindowParts.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTextEdit>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Whether `widget` shows that it has the focus: a list or a text view has the window's focus ring over it; anything
// else looks different with the focus than without it.
bool showsFocus(QWidget *window, QWidget *widget)
{
    if (FocusRing::wantsRing(widget)) {
        const auto *ring = window->findChild<QWidget *>(QStringLiteral("focusRing"));
        return ring && ring->isVisible() &&
               ring->geometry() == QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    }
    const QImage focused = widget->grab().toImage();
    widget->clearFocus();
    const QImage unfocused = widget->grab().toImage();
    widget->setFocus(Qt::TabFocusReason);
    return focused != unfocused;
}

// The relative luminance (0 black … 1 white) of an image, on average.
double meanLuminance(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QColor color = image.pixelColor(x, y);
            sum += (0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF());
            ++count;
        }
    }
    return count ? sum / count : 0;
}

} // namespace

// The whole learner path by keyboard alone, every control named for assistive technology, previous /
// next, and the system palette respected.
class tst_MainWindowKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void theWholePathWorksByKeyboard()
    {
        SampleWindow f;
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));

        // Choose the course: Ctrl+1 goes to the course list.
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), named<QListView>(f.window.get(), "courseList"));
        press(Qt::Key_Home);
        QCOMPARE(f.window->currentCourseId(), 1);

        // Ctrl+2: the outline. Walk down to the quiz, completing each lesson on the way with Ctrl+Return.
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), named<QTreeView>(f.window.get(), "outline"));
        f.window->selectLesson(101);
        auto *progress = named<ProgressPanel>(f.window.get(), "progress");
        int completed = 0;
        while (f.window->currentLessonId() != 104) {
            press(Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(progress->figures().completed, ++completed);
            press(Qt::Key_Down);
        }
        QCOMPARE(completed, 3);

        // Ctrl+3: into the quiz's first answer; Space picks the focused answer, Tab goes to the next question.
        press(Qt::Key_3, Qt::ControlModifier);
        auto *quiz = named<QuizView>(f.window.get(), "quizView");
        QVERIFY(quiz->isVisibleTo(f.window.get()));
        QCOMPARE(QApplication::focusWidget(), answerButtons(quiz, 1001).constFirst());
        int answered = 0;
        for (int step = 0; step < 20 && !quiz->isComplete(); ++step) {
            if (step > 0)
                press(Qt::Key_Tab);
            auto *button = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
            if (button && button->isCheckable() && !button->isChecked()) {
                press(Qt::Key_Space);
                answered += button->isChecked() ? 1 : 0;
            }
        }
        QVERIFY2(quiz->isComplete(), "Tab and Space could not answer every question");
        QCOMPARE(answered, 3);
        auto *submit = named<QPushButton>(quiz, "quizSubmit");
        for (int step = 0; step < 10 && QApplication::focusWidget() != submit; ++step)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), submit);
        press(Qt::Key_Space);
        const QString result = named<QuizResultPanel>(quiz, "quizResultPanel")->text();
        QVERIFY2(result.contains(u"grade"_s), qPrintable(result));
        // Still on the quiz, in the outline and in the lesson pane.
        QCOMPARE(f.window->currentLessonId(), 104);
        QCOMPARE(named<QLabel>(f.window.get(), "lessonTitle")->text(), u"Quiz: finding your way around"_s);
        QVERIFY(quiz->isVisibleTo(f.window.get()));
    }

    void previousAndNextFollowTheCourseOrder()
    {
        SampleWindow f;
        auto *previous = named<QPushButton>(f.window.get(), "previousLesson");
        auto *next = named<QPushButton>(f.window.get(), "nextLesson");
        QVERIFY(!previous->isEnabled()); // the first lesson
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(f.window->currentLessonId(), 102);
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(f.window->currentLessonId(), 101);
        // Across a section boundary, and to a locked lesson, which explains itself.
        f.window->selectLesson(104);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(f.window->currentLessonId(), 105);
        QVERIFY(!lockText(f.window.get()).isEmpty());
        f.window->selectLesson(112);
        QVERIFY(!next->isEnabled()); // the last lesson
        // Alt+Right and Alt+Left do the same.
        f.window->selectLesson(101);
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        named<QTreeView>(f.window.get(), "outline")->setFocus();
        press(Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.window->currentLessonId(), 102);
        press(Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(f.window->currentLessonId(), 101);
    }

    void everyControlHasAnAccessibleName_data()
    {
        QTest::addColumn<qint64>("lesson");
        QTest::addRow("a lesson") << qint64(101);
        QTest::addRow("a locked lesson") << qint64(102);
        QTest::addRow("a quiz") << qint64(104);
    }

    void everyControlHasAnAccessibleName()
    {
        QFETCH(qint64, lesson);
        SampleWindow f;
        if (lesson == 104) { // the quiz opens after the three lessons before it
            for (qint64 before : {101, 102, 103}) {
                f.window->selectLesson(before);
                QTest::mouseClick(named<QPushButton>(f.window.get(), "completionToggle"), Qt::LeftButton);
            }
        }
        f.window->selectLesson(lesson);
        QStringList unnamed;
        const QList<QWidget *> widgets = f.window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(widget) ||
                                     qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                                     qobject_cast<QTextEdit *>(widget) || qobject_cast<QComboBox *>(widget);
            if (!interactive || !widget->isVisibleTo(f.window.get()))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    // Alt+letter reaches one thing: the menu titles and the window's buttons share one scope, each menu is
    // its own; on a lesson, on a quiz and on a locked lesson.
    void noTwoControlsShareAMnemonic()
    {
        SampleWindow f;
        const auto clashes = [&f] {
            return widgetClashes(f.window.get(), f.window->menuBar()) + menuClashes(f.window->menuBar());
        };
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u", "_s)));
        for (qint64 lesson : {104, 102}) { // the first quiz; a lesson locked behind it
            f.window->selectLesson(lesson);
            QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u", "_s)));
        }
    }

    void theSystemPaletteIsRespected()
    {
        // A dark palette, as a desktop in dark mode gives: nothing in the window paints a light
        // background of its own.
        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x2c, 0x2c, 0x32));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3a, 0x6e, 0xa5));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
        {
            SampleWindow f;
            f.window->selectLesson(102); // with the lock banner
            const double luminance = meanLuminance(f.window->grab().toImage());
            QVERIFY2(luminance < 0.3, qPrintable(u"mean luminance %1 in a dark palette"_s.arg(luminance)));
        }
        QApplication::setPalette(original);
        SampleWindow light;
        const double luminance = meanLuminance(light.window->grab().toImage());
        QVERIFY2(luminance > 0.6, qPrintable(u"mean luminance %1 in a light palette"_s.arg(luminance)));
    }

    // Issue 16, defect 12: after "Mark as complete" (clicked), Tab goes round every control in the order of the
    // layout, and every stop shows that it has the focus — the lists and the lesson text with the focus ring, the
    // buttons as the style draws a focused button.
    void tabGoesRoundAndTheFocusShows()
    {
        SampleWindow f;
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        auto *toggle = named<QPushButton>(f.window.get(), "completionToggle");
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), toggle);
        QStringList stops;
        for (int i = 0; i < 16; ++i) {
            press(Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            QVERIFY2(focused->isVisible(), qPrintable(focused->objectName()));
            QVERIFY2(showsFocus(f.window.get(), focused), qPrintable(focused->objectName()));
            stops << focused->objectName();
        }
        // Round the window as it is laid out: the lists, the lesson, its buttons (Previous is off on the first
        // lesson); again and again.
        const QStringList round{u"courseList"_s, u"outline"_s, u"lessonText"_s, u"nextLesson"_s, u"completionToggle"_s};
        QCOMPARE(stops.mid(0, 5), round);
        QCOMPARE(stops.mid(5, 5), round);
        QCOMPARE(stops.mid(10, 5), round);
    }

    // The focus ring follows the focus onto the course list, the outline and the lesson text, and goes when they
    // lose it.
    void theViewsShowTheirFocus()
    {
        SampleWindow f;
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        for (int key : {Qt::Key_1, Qt::Key_2, Qt::Key_3}) {
            press(key, Qt::ControlModifier);
            QVERIFY(showsFocus(f.window.get(), QApplication::focusWidget()));
        }
        auto *ring = f.window->findChild<QWidget *>(u"focusRing"_s);
        named<QPushButton>(f.window.get(), "completionToggle")->setFocus(Qt::TabFocusReason);
        QVERIFY(!ring->isVisible());
    }

    void theCourseListShowsEachCoursesProgressLive()
    {
        SampleWindow f;
        auto *courses = modelOf<CourseListModel>(named<QListView>(f.window.get(), "courseList"));
        QCOMPARE(courses->rowCount(), 1);
        const QModelIndex course = courses->index(0);
        QCOMPARE(course.data().toString(), u"Getting started with CourseDesk"_s);
        QCOMPARE(course.data(CourseListModel::ProgressTextRole).toString(), u"0 of 11 lessons · 0 %"_s);
        QTest::mouseClick(named<QPushButton>(f.window.get(), "completionToggle"), Qt::LeftButton);
        QCOMPARE(course.data(CourseListModel::ProgressTextRole).toString(), u"1 of 11 lessons · 9 %"_s);
        QCOMPARE(course.data(CourseListModel::ProgressBasisPointsRole).toInt(), 909);
    }
};

QTEST_MAIN(tst_MainWindowKeyboard)
#include "tst_MainWindowKeyboard.moc"

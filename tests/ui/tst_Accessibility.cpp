#include "AccountSwitcher.h"
#include "AddAccountDialog.h"
#include "AppShell.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "PreferencesDialog.h"
#include "QuizResultPanel.h"
#include "QuizView.h"
#include "WelcomePage.h"

#include "AccessibleTree.h"
#include "FakeCredentialStore.h"
#include "SampleWindow.h"
#include "Widgets.h"
#include "WindowParts.h"

#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextList>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

QAccessibleInterface *accessibleOf(QObject *object)
{
    QAccessibleInterface *node = QAccessible::queryAccessibleInterface(object);
    return node && node->isValid() ? node : nullptr;
}

// Completes the lessons before the sample course's first quiz, so that it opens.
void openFirstQuiz(SampleWindow &f)
{
    for (qint64 before : {101, 102, 103}) {
        f.window->selectLesson(before);
        QTest::mouseClick(named<QPushButton>(f.window.get(), "completionToggle"), Qt::LeftButton);
    }
    f.window->selectLesson(104);
}

// The object names of the widgets Tab stops at, from `start` round the window until it comes back to `start`
// (at most `limit` presses; a trap shows as a list that never comes back).
QStringList tabRound(QWidget *start, Qt::KeyboardModifiers modifiers = Qt::NoModifier, int limit = 60)
{
    start->setFocus(Qt::TabFocusReason);
    QStringList stops{start->objectName()};
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            return stops << u"(nothing)"_s;
        if (focused == start)
            return stops << start->objectName();
        stops << (focused->objectName().isEmpty() ? QString::fromLatin1(focused->metaObject()->className())
                                                  : focused->objectName());
    }
    return stops << u"(trapped)"_s;
}

} // namespace

// The window as a screen reader finds it (issue 21): every control named as it is shown, with its states; status
// texts that are read and announced; one Tab order that goes round.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QAccessible::setActive(true); }

    // Every interactive node of every page has a name that is, or starts with, the text it shows, and no menu item
    // has its shortcut in its name.
    void everyControlIsNamedAsShown_data()
    {
        QTest::addColumn<qint64>("lesson");
        QTest::addColumn<bool>("submitted");
        QTest::addRow("a lesson") << qint64(101) << false;
        QTest::addRow("a locked lesson") << qint64(105) << false;
        QTest::addRow("a quiz") << qint64(104) << false;
        QTest::addRow("a quiz's result") << qint64(104) << true;
        QTest::addRow("a section") << qint64(0) << false;
    }

    void everyControlIsNamedAsShown()
    {
        QFETCH(qint64, lesson);
        QFETCH(bool, submitted);
        SampleWindow f;
        openFirstQuiz(f);
        if (lesson) {
            f.window->selectLesson(lesson);
        } else {
            auto *outline = named<QTreeView>(f.window.get(), "outline");
            outline->setCurrentIndex(outline->model()->index(1, 0));
        }
        if (submitted) {
            auto *quiz = named<QuizView>(f.window.get(), "quizView");
            for (qint64 question : {1001, 1002, 1003})
                answerButtons(quiz, question).constFirst()->click();
            named<QPushButton>(quiz, "quizSubmit")->click();
            QVERIFY(named<QuizResultPanel>(quiz, "quizResultPanel")->isVisible());
        }
        QAccessibleInterface *window = accessibleOf(f.window.get());
        QVERIFY(window);
        int checked = 0;
        const QStringList problems = namingProblems(window, &checked) + menuProblems(f.window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked))); // the lists, their items, the buttons
    }

    void theWelcomePageIsNamedAsShown()
    {
        WelcomePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QStringList problems = namingProblems(accessibleOf(&page)) + menuProblems(&page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The logo is named; Preferences and About are on the page, not only in the menus.
        QAccessibleInterface *logo = accessibleOf(named(&page, "welcomeLogo"));
        QVERIFY(logo);
        QCOMPARE(logo->text(QAccessible::Name), u"CourseDesk logo"_s);
        QSignalSpy preferences(&page, &WelcomePage::preferencesRequested);
        named<QPushButton>(&page, "welcomePreferences")->click();
        QCOMPARE(preferences.size(), 1);
        QVERIFY(named<QPushButton>(&page, "welcomeAbout")->isVisible());
    }

    void theDialogsAreNamedAsShown()
    {
        QTemporaryDir dir;
        FakeClock clock;
        Accounts accounts(dir.path());
        FakeCredentialStore store;
        QNetworkAccessManager network;
        AddAccountDialog addAccount(accounts, store, clock, network);
        addAccount.show();
        QVERIFY(QTest::qWaitForWindowExposed(&addAccount));
        QStringList problems = namingProblems(accessibleOf(&addAccount));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QSettings settings(dir.filePath(u"coursedesk.ini"_s), QSettings::IniFormat);
        PreferencesDialog preferences(settings, {u"en"_s, u"it"_s, u"de"_s});
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        problems = namingProblems(accessibleOf(&preferences));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The account button is in the window's tree (not in the menu bar's corner, which Qt does not list), named by
    // the account it shows; its menu lists the accounts and what can be done, each item named as shown.
    void theAccountButtonAndItsMenuAreInTheTree()
    {
        QTemporaryDir dir;
        FakeClock clock;
        Accounts accounts(dir.path());
        MemoryCredentialStore credentials;
        QNetworkAccessManager network;
        QSettings settings(dir.filePath(u"coursedesk.ini"_s), QSettings::IniFormat);
        AppShell shell(accounts, credentials, clock, network, settings,
                       AppShell::Options{false, AccountRuntime::Options{60, 50, false}});
        shell.start();
        QSignalSpy ready(&shell, &AppShell::windowReady);
        shell.welcome()->sampleButton()->click();
        QVERIFY(ready.wait(5000));
        auto *button = named<AccountSwitcher>(shell.window(), "accountSwitcher");
        QVERIFY(button->isVisible());
        bool found = false;
        walkShown(accessibleOf(shell.window()), [&](QAccessibleInterface *node) { found |= node->object() == button; });
        QVERIFY(found);
        QAccessibleInterface *node = accessibleOf(button);
        QVERIFY(!button->text().isEmpty());
        QCOMPARE(node->text(QAccessible::Name), button->text());
        QCOMPARE(node->text(QAccessible::Description), u"Accounts"_s);
        QVERIFY(node->state().focusable);
        int checked = 0;
        const QStringList problems =
            namingProblems(accessibleOf(shell.window()), &checked) + menuProblems(shell.window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QAccessibleInterface *menu = accessibleOf(button->accountMenu());
        QVERIFY(menu);
        QStringList items;
        for (int i = 0; i < menu->childCount(); ++i)
            items << menu->child(i)->text(QAccessible::Name);
        QVERIFY2(items.contains(u"Add account…"_s), qPrintable(items.join(u", "_s)));
        // In the Tab order, after the lesson's buttons: the last stop before the round starts again.
        const QStringList round = tabRound(named(shell.window(), "courseList"));
        QCOMPARE(round.mid(round.size() - 2), (QStringList{u"accountSwitcher"_s, u"courseList"_s}));
    }

    // Each question is a group named after it, with its hint as its description; each answer is labelled by its
    // text (its buddy), and says its states.
    void aQuestionIsAGroupOfLabelledAnswers_data()
    {
        QTest::addColumn<qint64>("quiz");
        QTest::addColumn<qint64>("question");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<int>("role");
        QTest::addRow("single choice") << qint64(104) << qint64(1001) << u"Choose one answer."_s
                                       << int(QAccessible::RadioButton);
        QTest::addRow("multiple choice") << qint64(108) << qint64(1004) << u"Select every answer that applies."_s
                                         << int(QAccessible::CheckBox);
    }

    void aQuestionIsAGroupOfLabelledAnswers()
    {
        QFETCH(qint64, quiz);
        QFETCH(qint64, question);
        QFETCH(QString, hint);
        QFETCH(int, role);
        QuizView view;
        SampleAccount account;
        const Result<Lesson> lesson = account.session->lesson(1, quiz);
        QVERIFY(lesson.ok());
        view.setQuiz(*lesson);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *box = named<QGroupBox>(&view, u"question-%1"_s.arg(question));
        QAccessibleInterface *group = accessibleOf(box);
        QVERIFY(group);
        const auto found = std::find_if(lesson->body->questions.cbegin(), lesson->body->questions.cend(),
                                        [&](const Question &q) { return q.id == question; });
        QCOMPARE(group->text(QAccessible::Name), found->text);
        QCOMPARE(group->text(QAccessible::Description), hint);
        const QList<QAbstractButton *> buttons = answerButtons(&view, question);
        QCOMPARE(buttons.size(), found->answers.size());
        for (qsizetype i = 0; i < buttons.size(); ++i) {
            QAccessibleInterface *answer = accessibleOf(buttons.at(i));
            QCOMPARE(int(answer->role()), role);
            QCOMPARE(answer->text(QAccessible::Name), found->answers.at(i).text);
            QCOMPARE(answer->parent()->object(), box);
            QVERIFY(answer->state().checkable);
            QVERIFY(answer->state().focusable);
            QVERIFY(!answer->state().checked);
            const auto labels = answer->relations(QAccessible::Label);
            QCOMPARE(labels.size(), 1);
            QCOMPARE(labels.constFirst().first->text(QAccessible::Name), found->answers.at(i).text);
            buttons.at(i)->click();
            QCOMPARE(bool(answer->state().checked), true);
        }
    }

    // The complete button is a toggle: checked when the lesson is complete, named as it reads.
    void theCompleteButtonSaysItsState()
    {
        SampleWindow f;
        auto *toggle = named<QPushButton>(f.window.get(), "completionToggle");
        QAccessibleInterface *node = accessibleOf(toggle);
        QVERIFY(node->state().checkable);
        QVERIFY(!node->state().checked);
        QCOMPARE(node->text(QAccessible::Name), u"Mark as complete"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(node->state().checked);
        QCOMPARE(node->text(QAccessible::Name), u"Mark as incomplete"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!node->state().checked);
        QCOMPARE(node->text(QAccessible::Name), u"Mark as complete"_s);
    }

    // An outline item's states are in its description and its checked state, not only in its name; the column is
    // named.
    void theOutlineItemsSayTheirStates()
    {
        SampleWindow f;
        openFirstQuiz(f);
        auto *outline = named<QTreeView>(f.window.get(), "outline");
        QAccessibleInterface *tree = accessibleOf(outline);
        QAccessibleTableInterface *table = tree->tableInterface();
        QVERIFY(table);
        QCOMPARE(table->columnDescription(0), u"Lessons"_s);
        QHash<QString, QAccessibleInterface *> items; // by the lesson's shown name
        for (int row = 0; row < table->rowCount(); ++row) {
            QAccessibleInterface *cell = table->cellAt(row, 0);
            QVERIFY(cell);
            QVERIFY2(!cell->text(QAccessible::Name).startsWith(u"1"_s), qPrintable(cell->text(QAccessible::Name)));
            items.insert(cell->text(QAccessible::Name).section(u", "_s, 0, 0), cell);
        }
        QAccessibleInterface *done = items.value(u"Welcome to CourseDesk"_s);
        QVERIFY(done);
        QVERIFY(done->state().checked);
        QCOMPARE(done->text(QAccessible::Description), u"completed"_s);
        QAccessibleInterface *quiz = items.value(u"Quiz: finding your way around"_s);
        QVERIFY(quiz);
        QVERIFY(!quiz->state().checked);
        QCOMPARE(quiz->text(QAccessible::Description), u"quiz"_s);
        QAccessibleInterface *locked = items.value(u"Why is a lesson locked?"_s);
        QVERIFY(locked);
        QVERIFY(!locked->state().checked);
        QCOMPARE(locked->text(QAccessible::Description), u"locked: Complete 'Quiz: finding your way around' first"_s);

        // Passed, the quiz is checked, with its grade.
        auto *quizView = named<QuizView>(f.window.get(), "quizView");
        for (auto [question, right] : {std::pair{1001, 1}, {1002, 1}, {1003, 0}})
            answerButtons(quizView, question).at(right)->click();
        named<QPushButton>(quizView, "quizSubmit")->click();
        QAccessibleInterface *passed = nullptr;
        for (int row = 0; row < table->rowCount(); ++row) {
            QAccessibleInterface *cell = table->cellAt(row, 0);
            if (cell->text(QAccessible::Name).startsWith(u"Quiz: finding your way around"_s))
                passed = cell;
        }
        QVERIFY(passed);
        QVERIFY(passed->state().checked);
        QCOMPARE(passed->text(QAccessible::Description), u"quiz, completed, grade 100 %"_s);
    }

    // Status texts are read: their accessible name is their text.
    void statusTextsAreRead()
    {
        SampleWindow f;
        f.window->selectLesson(102);
        for (const char *label : {"lessonTitle", "syncState", "lockedLesson/noticeText"}) {
            const QString path = QString::fromLatin1(label);
            const QWidget *under =
                path.contains(u'/') ? named(f.window.get(), path.section(u'/', 0, 0)) : f.window.get();
            auto *widget = named<QLabel>(under, path.section(u'/', -1));
            QVERIFY(widget);
            QVERIFY2(!widget->text().isEmpty(), label);
            QCOMPARE(accessibleOf(widget)->text(QAccessible::Name), widget->text());
        }
    }

    // The texts that change and must be heard are read as they are shown: the quiz grade, a notification (an
    // unlock), a form error. (Offscreen, Qt has no accessibility bridge and delivers no events: that they are
    // announced is checked by make a11y-check, over AT-SPI.)
    void changingTextsAreReadAsShown()
    {
        SampleWindow f;
        openFirstQuiz(f);
        auto *quiz = named<QuizView>(f.window.get(), "quizView");
        for (qint64 question : {1001, 1002, 1003})
            answerButtons(quiz, question).at(1)->click();
        named<QPushButton>(quiz, "quizSubmit")->click();
        auto *result = named<QuizResultPanel>(quiz, "quizResultPanel");
        const QString said = accessibleOf(result)->text(QAccessible::Name);
        QVERIFY2(said.startsWith(u"Passed. Your grade: 67 %"_s), qPrintable(said));
        QCOMPARE(said, result->text());

        WelcomePage page;
        page.setError(u"The sample course could not be opened."_s);
        QCOMPARE(accessibleOf(named(&page, "welcomeError"))->text(QAccessible::Name),
                 u"The sample course could not be opened."_s);

        QTemporaryDir dir;
        FakeClock clock;
        Accounts accounts(dir.path());
        FakeCredentialStore store;
        QNetworkAccessManager network;
        AddAccountDialog dialog(accounts, store, clock, network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(named<QLineEdit>(&dialog, "serverEdit"), u"not a server"_s);
        QTest::mouseClick(named<QPushButton>(&dialog, "continueButton"), Qt::LeftButton);
        auto *error = named<QLabel>(&dialog, "addAccountError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(accessibleOf(error)->text(QAccessible::Name), error->text());
    }

    void aNotificationIsReadAsShown()
    {
        NotificationBanner banner;
        banner.showMessage(u"'Working offline' is now available."_s);
        QCOMPARE(accessibleOf(named<QLabel>(&banner, "bannerText"))->text(QAccessible::Name),
                 u"'Working offline' is now available."_s);
    }

    // Ctrl+2 puts the focus on the outline's current item.
    void ctrl2FocusesTheCurrentItem()
    {
        SampleWindow f;
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        f.window->selectLesson(103);
        named<QPushButton>(f.window.get(), "nextLesson")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
        auto *outline = named<QTreeView>(f.window.get(), "outline");
        QCOMPARE(QApplication::focusWidget(), outline);
        QAccessibleInterface *tree = accessibleOf(outline);
        QAccessibleInterface *focused = nullptr;
        for (int i = 0; i < tree->childCount(); ++i) {
            QAccessibleInterface *item = tree->child(i);
            if (item && item->role() == QAccessible::TreeItem && item->state().focused)
                focused = item;
        }
        QVERIFY(focused);
        QVERIFY2(focused->text(QAccessible::Name).startsWith(u"Following your progress"_s),
                 qPrintable(focused->text(QAccessible::Name)));
    }

    // The lesson is a document read with a caret: focusable, its text selectable and copied by the keyboard.
    void theLessonIsADocumentWithACaret()
    {
        SampleWindow f;
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        auto *text = named<QTextBrowser>(f.window.get(), "lessonText");
        QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), text);
        QAccessibleInterface *node = accessibleOf(text);
        QCOMPARE(node->role(), QAccessible::Document);
        QCOMPARE(node->text(QAccessible::Name), u"Lesson text"_s);
        QVERIFY(node->state().focusable);
        QVERIFY(node->state().readOnly);
        QAccessibleTextInterface *reading = node->textInterface();
        QVERIFY(reading);
        // Read as text: the table's cells end lines, as paragraphs do, with no U+FDD0 / U+FDD1 / U+2029.
        const QString whole = reading->text(0, reading->characterCount());
        QCOMPARE(whole.size(), reading->characterCount());
        QVERIFY2(whole.contains(u"Course list\nThe courses of your account."_s), qPrintable(whole));
        for (char16_t mark : {u'\uFDD0', u'\uFDD1', u'\u2029'})
            QVERIFY(!whole.contains(QChar(mark)));
        // Line by line, and by paragraph: the first is the heading.
        int start = -1, end = -1;
        QCOMPARE(reading->textAtOffset(0, QAccessible::ParagraphBoundary, &start, &end), u"What CourseDesk is\n"_s);
        QCOMPARE(start, 0);
        QCOMPARE(reading->attributes(0, &start, &end), u"heading-level:2;"_s);
        QCOMPARE(reading->textAfterOffset(0, QAccessible::LineBoundary, &start, &end).isEmpty(), false);
        QVERIFY(start > 0);
        QTest::keyClick(text, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(reading->cursorPosition(), 0);
        QTest::keyClick(text, Qt::Key_Down);
        QVERIFY(reading->cursorPosition() > 0); // the caret moved a line down
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(reading->selectionCount() == 1);
        QVERIFY(!text->textCursor().selectedText().isEmpty());
        // Headings stay headings and lists stay lists in the document the interface reads from.
        bool heading = false, list = false;
        for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
            heading |= block.blockFormat().headingLevel() > 0;
            list |= block.textList() != nullptr;
        }
        QVERIFY(heading);
        QVERIFY(list);
    }

    // One Tab order, that of the layout, round the whole window and back to the start; Shift+Tab the other way.
    void tabGoesRoundInTheLayoutsOrder_data()
    {
        QTest::addColumn<qint64>("lesson");
        QTest::addColumn<QStringList>("round");
        QTest::addRow("a lesson") << qint64(101)
                                  << QStringList{u"courseList"_s, u"outline"_s,          u"lessonText"_s,
                                                 u"nextLesson"_s, u"completionToggle"_s, u"courseList"_s};
        QTest::addRow("a quiz") << qint64(104) << QStringList{u"courseList"_s,   u"outline"_s,      u"answer-10001"_s,
                                                              u"answer-10005"_s, u"answer-10009"_s, u"previousLesson"_s,
                                                              u"nextLesson"_s,   u"courseList"_s};
        QTest::addRow("a locked lesson") << qint64(105)
                                         << QStringList{u"courseList"_s,     u"outline"_s,    u"noticeAction"_s,
                                                        u"previousLesson"_s, u"nextLesson"_s, u"courseList"_s};
    }

    void tabGoesRoundInTheLayoutsOrder()
    {
        QFETCH(qint64, lesson);
        QFETCH(QStringList, round);
        SampleWindow f;
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        openFirstQuiz(f);
        f.window->selectLesson(lesson);
        // After "Mark as …" as after anything else: no hidden stop, no trap.
        auto *courses = named(f.window.get(), "courseList");
        QCOMPARE(tabRound(courses), round);
        QStringList back = round;
        std::reverse(back.begin(), back.end());
        QCOMPARE(tabRound(courses, Qt::ShiftModifier), back);
    }

    // After "Mark as …" and after a quiz's "Next lesson", Tab goes on through visible controls and round the window.
    void noTrapAfterTheLessonsButtons_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addRow("Mark as complete") << u"completionToggle"_s;
        QTest::addRow("a passed quiz's Next lesson") << u"quizNextLesson"_s;
    }

    void noTrapAfterTheLessonsButtons()
    {
        QFETCH(QString, button);
        SampleWindow f;
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        if (button == u"quizNextLesson"_s) {
            openFirstQuiz(f);
            auto *quiz = named<QuizView>(f.window.get(), "quizView");
            for (auto [question, right] : {std::pair{1001, 1}, {1002, 1}, {1003, 0}})
                answerButtons(quiz, question).at(right)->click();
            named<QPushButton>(quiz, "quizSubmit")->click();
        }
        auto *pressed = named<QPushButton>(f.window.get(), button);
        QVERIFY(pressed->isVisible());
        pressed->setFocus(Qt::TabFocusReason);
        QTest::keyClick(pressed, Qt::Key_Space);
        QStringList stops;
        for (int i = 0; i < 12 && !stops.contains(u"courseList"_s); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            QVERIFY2(focused->isVisible(), qPrintable(focused->objectName() + u" is hidden"_s));
            stops << focused->objectName();
        }
        QVERIFY2(stops.contains(u"courseList"_s), qPrintable(stops.join(u", "_s)));
    }

    void tabGoesRoundTheWelcomePage()
    {
        WelcomePage page;
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(tabRound(page.sampleButton()), (QStringList{u"trySample"_s, u"addAccount"_s, u"welcomePreferences"_s,
                                                             u"welcomeAbout"_s, u"trySample"_s}));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_Accessibility.moc"

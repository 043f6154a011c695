// coursedesk-a11y-driver: shows the window's pages one after another on a real display, for make a11y-check.
// For each page it prints one JSON line: the page, its window's title, and what the screen shows as the label of
// each visible control (its rectangle in global coordinates and its text), and then waits for a line on stdin before
// the next page. tools/a11y-check/a11y_check.py reads the same window over AT-SPI and compares.
#include "AddAccountDialog.h"
#include "AppShell.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "QuizResultPanel.h"
#include "QuizView.h"
#include "WelcomePage.h"

#include "remote/ApiClient.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include "Await.h"
#include "FakeCredentialStore.h"
#include "RefServer.h"
#include "SampleWindow.h"
#include "WindowParts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <iostream>
#include <poll.h>
#include <string>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

// A control's label as shown: a button's text (no mnemonic, no "…"), else its buddy label's.
QString shownLabel(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !button->text().isEmpty()) {
        text = button->text();
    } else if (widget->parentWidget()) {
        for (const QLabel *label : widget->parentWidget()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
            if (label->buddy() == widget && qobject_cast<const QAbstractButton *>(widget))
                text = label->text();
        }
    }
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown.append(text.at(i));
    }
    if (shown.endsWith(QChar(0x2026)))
        shown.chop(1);
    return shown.trimmed();
}

// `announced`: status texts that have just changed on the page, which a screen reader must have been told of.
void describePage(const QString &page, QWidget *window, const QStringList &announced = {})
{
    QApplication::processEvents();
    QJsonArray controls;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !qobject_cast<QAbstractButton *>(widget))
            continue;
        const QString label = shownLabel(widget);
        if (label.isEmpty())
            continue;
        const QPoint topLeft = widget->mapToGlobal(QPoint(0, 0));
        controls.append(QJsonObject{{u"x"_s, topLeft.x()},
                                    {u"y"_s, topLeft.y()},
                                    {u"width"_s, widget->width()},
                                    {u"height"_s, widget->height()},
                                    {u"text"_s, label},
                                    {u"object"_s, widget->objectName()}});
    }
    const QJsonObject line{{u"page"_s, page},
                           {u"title"_s, window->windowTitle()},
                           {u"controls"_s, controls},
                           {u"announced"_s, QJsonArray::fromStringList(announced)}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    // The checker reads the page over AT-SPI, which this process answers from its event loop: keep it running until
    // the checker says it is done with the page.
    pollfd input{0, POLLIN, 0};
    while (poll(&input, 1, 20) == 0)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    std::string ignored;
    std::getline(std::cin, ignored);
}

void show(QWidget *window)
{
    window->move(0, 0);
    window->show();
    window->raise();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window))
        std::fprintf(stderr, "coursedesk-a11y-driver: %s was not shown\n", qPrintable(window->windowTitle()));
    QTest::qWait(300);
}

void completeLessons(MainWindow *window, std::initializer_list<qint64> lessons)
{
    for (qint64 lesson : lessons) {
        window->selectLesson(lesson);
        named<QPushButton>(window, "completionToggle")->click();
    }
}

void answerAndSubmit(MainWindow *window, const QList<QList<qint64>> &answers)
{
    auto *quiz = named<QuizView>(window, "quizView");
    for (const QList<qint64> &question : answers) {
        const QList<QAbstractButton *> buttons = answerButtons(quiz, question.constFirst());
        for (qsizetype i = 1; i < question.size(); ++i)
            buttons.at(question.at(i))->click();
    }
    named<QPushButton>(quiz, "quizSubmit")->click();
}

// The quiz's result and, when the pass opened a lesson, the notification that says so.
QStringList resultTexts(MainWindow *window)
{
    QStringList texts{named<QuizResultPanel>(window, "quizResultPanel")->text()};
    if (const auto *banner = named<QLabel>(window, "bannerText"); banner->isVisible())
        texts << banner->text();
    return texts;
}

// A server account (the reference server on loopback), synced, then offline: the sync state changes and must be
// heard; the status bar has its buttons.
void serverAccountPages(Accounts &accounts, FakeClock &clock, QNetworkAccessManager &network)
{
    refserver::RefServer server(clock);
    if (!server.seedDemo().ok() || server.listen() == 0) {
        std::fprintf(stderr, "coursedesk-a11y-driver: the reference server did not start\n");
        return;
    }
    const Account school{u"school"_s, false, server.baseUrl(), u"learner"_s};
    MemoryCredentialStore credentials;
    AccountRuntime::Options options;
    options.syncIntervalMinutes = 60;
    options.watchConnectivity = false;
    Result<std::unique_ptr<AccountRuntime>> opened =
        accounts.add(school).ok()
            ? AccountRuntime::open(accounts, school, clock, network, credentials, Credentials{}, options)
            : Result<std::unique_ptr<AccountRuntime>>(Error{u"account"_s, u"the account could not be added"_s});
    if (!opened) {
        std::fprintf(stderr, "coursedesk-a11y-driver: %s\n", qPrintable(opened.error().message));
        return;
    }
    std::unique_ptr<AccountRuntime> runtime = std::move(opened).value();
    const auto tokens =
        await<ApiResult<TokenSet>>([&](auto done) { runtime->api()->passwordGrant(u"learner"_s, u"learner"_s, done); });
    if (tokens && tokens->ok())
        runtime->useCredentials(Credentials{tokens->value().accessToken, tokens->value().refreshToken});
    QEventLoop syncing;
    QObject::connect(runtime->engine(), &SyncEngine::finished, &syncing, &QEventLoop::quit);
    QTimer::singleShot(20000, &syncing, &QEventLoop::quit);
    runtime->scheduler()->syncNow();
    syncing.exec();
    MainWindow window(runtime->session(), MainWindow::Options{false});
    window.loadCourses();
    show(&window);
    describePage(u"main window, a server account"_s, &window);
    runtime->scheduler()->setOnline(false);
    named<QPushButton>(&window, "completionToggle")->click(); // waits in the outbox
    describePage(u"main window, offline with an action waiting"_s, &window,
                 {named<QLabel>(&window, "syncState")->text()});
    // Back online, the server refuses the waiting action (the lesson became a draft): the banner says so.
    QEventLoop rejecting;
    QObject::connect(runtime->engine(), &SyncEngine::finished, &rejecting, &QEventLoop::quit);
    QTimer::singleShot(20000, &rejecting, &QEventLoop::quit);
    if (!server.changeLesson(1, window.currentLessonId(), refserver::LessonChange::Draft).ok())
        std::fprintf(stderr, "coursedesk-a11y-driver: the lesson could not be made a draft\n");
    runtime->scheduler()->setOnline(true);
    rejecting.exec();
    describePage(u"main window, an action rejected"_s, &window,
                 {named<QLabel>(&window, "bannerText")->text(), named<QLabel>(&window, "pendingActions")->text()});
}

void run()
{
    {
        WelcomePage welcome;
        show(&welcome);
        describePage(u"welcome page"_s, &welcome);
        const QString error = u"The sample course could not be opened: the disk is full."_s;
        welcome.setError(error);
        describePage(u"welcome page with an error"_s, &welcome, {error});
    }
    QTemporaryDir dir;
    FakeClock clock;
    Accounts accounts(dir.path());
    FakeCredentialStore store;
    QNetworkAccessManager network;
    {
        // The window as the application opens it (AppShell: the account button too), on the sample course.
        MemoryCredentialStore credentials;
        QSettings settings(dir.filePath(u"shell.ini"_s), QSettings::IniFormat);
        AppShell shell(accounts, credentials, clock, network, settings,
                       AppShell::Options{false, AccountRuntime::Options{60, 50, false}});
        shell.start();
        QEventLoop opening;
        QObject::connect(&shell, &AppShell::windowReady, &opening, &QEventLoop::quit);
        QTimer::singleShot(10000, &opening, &QEventLoop::quit);
        shell.welcome()->sampleButton()->click();
        opening.exec();
        if (!shell.window())
            std::fprintf(stderr, "coursedesk-a11y-driver: the sample course did not open\n");
        MainWindow *window = shell.window();
        show(window);
        describePage(u"main window, a lesson"_s, window);
        window->selectLesson(105);
        describePage(u"main window, a locked lesson"_s, window);
        completeLessons(window, {101, 102, 103});
        window->selectLesson(104);
        describePage(u"main window, a quiz"_s, window);
        answerAndSubmit(window, {{1001, 1}, {1002, 1}, {1003, 0}});
        describePage(u"main window, a quiz passed"_s, window, resultTexts(window));
        completeLessons(window, {105, 106, 107});
        window->selectLesson(108);
        describePage(u"main window, a quiz with multi-answer questions"_s, window);
        answerAndSubmit(window, {{1004, 0, 1}, {1005, 0}, {1006, 1}});
        describePage(u"main window, a quiz not passed"_s, window, resultTexts(window));
    }
    serverAccountPages(accounts, clock, network);
    {
        AddAccountDialog dialog(accounts, store, clock, network);
        show(&dialog);
        describePage(u"add-account dialog"_s, &dialog);
        dialog.findChild<QLineEdit *>(u"serverEdit"_s)->setText(u"not a server"_s);
        dialog.findChild<QPushButton *>(u"continueButton"_s)->click();
        describePage(u"add-account dialog with an error"_s, &dialog,
                     {dialog.findChild<QLabel *>(u"addAccountError"_s)->text()});
    }
    {
        QSettings settings(dir.filePath(u"coursedesk.ini"_s), QSettings::IniFormat);
        PreferencesDialog preferences(settings, {u"en"_s, u"it"_s, u"de"_s});
        show(&preferences);
        describePage(u"preferences"_s, &preferences);
    }
    std::printf("{\"done\": true}\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(u"coursedesk-a11y-driver"_s);
    QApplication::setApplicationDisplayName(u"coursedesk-a11y-driver"_s);
    QApplication app(argc, argv);
    QTimer::singleShot(0, &app, [] {
        run();
        QApplication::quit();
    });
    return app.exec();
}

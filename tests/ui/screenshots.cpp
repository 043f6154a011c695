// coursedesk-screenshots: renders the README's screenshots from the real widgets, offscreen, on the
// bundled sample course and on the reference server's demo data (for the instructor's dashboard).
//   coursedesk-screenshots OUTPUT_DIR
#include "AppShell.h"
#include "Appearance.h"
#include "Language.h"
#include "MainWindow.h"
#include "QuizView.h"
#include "SyncStatusWidget.h"
#include "WelcomePage.h"

#include "FakeClock.h"
#include "FakeCredentialStore.h"
#include "RefServer.h"
#include "WindowParts.h"

#include "session/AccountSignIn.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"
#include "sync/SyncScheduler.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime when(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);

bool save(QWidget &widget, const QDir &out, const QString &name)
{
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        return false;
    QTest::qWait(50); // layouts and the first paint settle
    const QString path = out.filePath(name);
    const bool saved = widget.grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "cannot write", qPrintable(path));
    return saved;
}

struct Sample
{
    QTemporaryDir dir;
    FakeClock clock{when};
    Accounts accounts{dir.path()};
    std::unique_ptr<CacheDatabase> db;
    std::unique_ptr<LearnerState> state;
    std::unique_ptr<CourseSession> session;
    std::unique_ptr<MainWindow> window;

    // The bundled course as a local account, or (Server) as if it came from a server: its actions then queue.
    explicit Sample(CourseSession::Kind kind)
    {
        const Result<Account> sample = accounts.ensureSample(clock);
        db = accounts.openCache(sample->name).value();
        state = std::make_unique<LearnerState>(*db, clock, kind);
        session = std::make_unique<CourseSession>(*state);
        window = std::make_unique<MainWindow>(*session, MainWindow::Options{false});
        window->resize(1100, 700);
        window->showCourse(1);
    }
    void complete(std::initializer_list<qint64> lessons)
    {
        for (qint64 lesson : lessons) {
            if (Status done = session->setCompleted(1, lesson, true); !done)
                std::fprintf(stderr, "cannot complete lesson %lld: %s\n", lesson, qPrintable(done.error().message));
        }
    }
};

// False when the quiz is not there to take.
bool takeQuiz(QuizView *quiz, const QList<std::pair<qint64, int>> &picks)
{
    auto *submit = quiz ? named<QPushButton>(quiz, "quizSubmit") : nullptr;
    if (!submit)
        return false;
    for (const auto &[question, index] : picks) {
        const QList<QAbstractButton *> answers = answerButtons(quiz, question);
        if (index >= answers.size())
            return false;
        answers.at(index)->setChecked(true);
    }
    submit->click();
    return true;
}

bool learnerShots(const QDir &out)
{
    bool ok = true;
    {
        WelcomePage welcome;
        ok &= save(welcome, out, u"welcome.png"_s);
    }
    {
        Sample s(CourseSession::Kind::Local);
        s.complete({101});
        s.window->selectLesson(102);
        ok &= save(*s.window, out, u"main-window.png"_s);
        s.window->selectLesson(109);
        ok &= save(*s.window, out, u"locked-lesson.png"_s);
    }
    {
        Sample s(CourseSession::Kind::Local);
        s.complete({101, 102, 103});
        s.window->selectLesson(104);
        auto *quiz = named<QuizView>(s.window.get(), "quizView");
        ok &= takeQuiz(quiz, {{1001, 1}, {1002, 1}, {1003, 2}}); // 2 of 3 right: passed
        ok &= save(*s.window, out, u"quiz-result.png"_s);
    }
    {
        // A small screen: everything still in reach at 800 × 600.
        Sample s(CourseSession::Kind::Local);
        s.complete({101, 102});
        s.window->resize(800, 600);
        s.window->selectLesson(103);
        ok &= save(*s.window, out, u"small-window.png"_s);
    }
    {
        // On a train: three actions wait for the network; the status bar and the list say so.
        Sample s(CourseSession::Kind::Server);
        s.complete({101, 102, 103});
        s.window->selectLesson(104);
        SyncStatus offline;
        offline.state = SyncStatus::State::Offline;
        offline.lastSynced = when.addSecs(-3600);
        s.session->setSyncStatus(offline);
        ok &= save(*s.window, out, u"sync-status.png"_s);
        if (auto *status = named<SyncStatusWidget>(s.window.get(), "syncStatus")) {
            QDialog *details = status->detailsDialog();
            ok &= save(*details, out, u"sync-panel.png"_s);
            details->close();
        } else {
            ok = false;
        }
    }
    return ok;
}

// Preferences ▸ Appearance ▸ Dark (or a dark desktop): a quiz retried after a failed attempt, the outline's states.
bool darkShots(const QDir &out)
{
    Appearance appearance(*qApp);
    appearance.setMode(Appearance::Mode::Dark);
    bool ok = true;
    {
        Sample s(CourseSession::Kind::Local);
        s.complete({101, 102, 103});
        s.window->selectLesson(104);
        auto *quiz = named<QuizView>(s.window.get(), "quizView");
        auto *tryAgain = quiz ? named<QPushButton>(quiz, "quizTryAgain") : nullptr;
        if (!tryAgain)
            return false;
        ok &= takeQuiz(quiz, {{1001, 0}, {1002, 0}, {1003, 0}}); // 1 of 3: not passed
        s.clock.advanceSecs(300);
        tryAgain->click();
        ok &= takeQuiz(quiz, {{1001, 1}, {1002, 1}, {1003, 0}}); // all right
        s.complete({105});
        s.window->selectLesson(104);
        s.window->show();
        QTest::qWait(50);
        // Down to the last attempts, under the questions.
        if (auto *scroll = quiz->findChild<QScrollArea *>())
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        ok &= save(*s.window, out, u"main-window-dark.png"_s);
    }
    appearance.setMode(Appearance::Mode::Light);
    return ok;
}

// The teacher of the demo course, signed in to the reference server: drafts, and the dashboard tab.
bool instructorShots(const QDir &out)
{
    FakeClock clock{when};
    refserver::RefServer server(clock);
    if (!server.seedDemo().ok() || server.listen() == 0)
        return false;
    QTemporaryDir dir;
    Accounts accounts(dir.path());
    FakeCredentialStore credentials; // a keychain that keeps the sign-in, as on a desktop
    QNetworkAccessManager network;
    QSettings settings(dir.filePath(u"coursedesk.ini"_s), QSettings::IniFormat);
    AccountSignIn signIn(accounts, credentials, clock, network);
    std::optional<SignInOutcome> outcome;
    QObject::connect(&signIn, &AccountSignIn::succeeded, &signIn,
                     [&outcome](const SignInOutcome &signedIn) { outcome = signedIn; });
    signIn.signInWithPassword(AccountSignIn::Target::NewAccount, u"school"_s, server.baseUrl(), u"teacher"_s,
                              u"teacher"_s);
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        return false;
    AppShell shell(accounts, credentials, clock, network, settings, AppShell::Options{false, {60, 50, false}});
    shell.openSignedIn(*outcome);
    MainWindow *window = shell.window();
    if (!window)
        return false;
    window->resize(1100, 700);
    auto *tabs = named<QTabWidget>(window, "tabs");
    if (!tabs)
        return false;
    // The dashboard's tab (the window names it "dashboard"), null while there is none.
    const auto dashboard = [tabs]() -> QWidget * {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->widget(tab)->objectName() == u"dashboard"_s)
                return tabs->widget(tab);
        }
        return nullptr;
    };
    // The first sync brings the courses; then the course the teacher created, with its draft.
    if (!QTest::qWaitFor([&] { return window->currentCourseId() != 0 && dashboard(); }, 20000))
        return false;
    bool ok = save(*window, out, u"instructor-outline.png"_s);
    tabs->setCurrentWidget(dashboard());
    QTest::qWait(1500); // the learners' pages, the quiz results and the histogram arrive
    ok &= save(*window, out, u"instructor-dashboard.png"_s);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"CourseDesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/coursedesk.svg"_s));
    Language language(app); // English, as the application shows it: with its plural forms
    language.install(QLocale(QLocale::English));
    if (argc != 2) {
        std::fprintf(stderr, "usage: coursedesk-screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.exists() && !QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    const bool learner = learnerShots(out);
    const bool dark = darkShots(out);
    const bool instructor = instructorShots(out);
    return learner && dark && instructor ? 0 : 1;
}

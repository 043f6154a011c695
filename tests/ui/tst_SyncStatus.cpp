#include "MainWindow.h"
#include "OutlineModel.h"
#include "PendingActionsModel.h"
#include "ProgressPanel.h"
#include "SyncStatusWidget.h"

#include "Await.h"
#include "Dialects.h"
#include "FakeClock.h"
#include "RefServer.h"
#include "Widgets.h"

#include "auth/CredentialStore.h"
#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// The real window over an account opened as the app opens one (AccountRuntime: session, sync engine and
// scheduler) against the reference server on loopback, in a dialect.
struct Desk
{
    explicit Desk(const QString &dialect)
        : server(clock, serverOptionsFor(dialect))
    {
        Accounts accounts(dir.path());
        const Account school{u"school"_s, false, server.baseUrl(), u"learner"_s};
        if (!accounts.add(school).ok())
            return;
        AccountRuntime::Options options;
        options.syncIntervalMinutes = 60;
        options.syncDebounceMs = 50;
        options.watchConnectivity = false;
        Result<std::unique_ptr<AccountRuntime>> opened =
            AccountRuntime::open(accounts, school, clock, network, credentials, Credentials{}, options);
        if (!opened)
            return;
        runtime = std::move(opened).value();
        window = std::make_unique<MainWindow>(runtime->session());
    }

    FakeClock clock{start};
    RefServer server;
    bool serverUp = server.seedDemo().ok() && server.listen() != 0;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    std::unique_ptr<AccountRuntime> runtime;
    std::unique_ptr<MainWindow> window;

    CourseSession &session() { return runtime->session(); }
    SyncScheduler &scheduler() { return *runtime->scheduler(); }

    bool signIn()
    {
        if (!runtime || !window)
            return false;
        const auto tokens = await<ApiResult<TokenSet>>(
            [&](auto done) { runtime->api()->passwordGrant(u"learner"_s, u"learner"_s, done); });
        if (!tokens || !tokens->ok())
            return false;
        runtime->useCredentials(Credentials{tokens->value().accessToken, tokens->value().refreshToken});
        QObject::connect(window.get(), &MainWindow::syncRequested, &scheduler(), &SyncScheduler::syncNow);
        return true;
    }
    bool syncAndWait()
    {
        QSignalSpy finished(runtime->engine(), &SyncEngine::finished);
        scheduler().syncNow();
        return finished.wait(20'000);
    }
};

} // namespace

// The sync status in the window; where a server is involved, in both of its dialects (the functions' own rows).
class tst_SyncStatus : public QObject
{
    Q_OBJECT

private slots:
    void pendingActionsModelPassesTheTester()
    {
        PendingActionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxEntry pending;
        pending.id = 1;
        pending.lessonId = 101;
        OutboxEntry rejected = pending;
        rejected.id = 2;
        rejected.state = OutboxState::Rejected;
        rejected.reason = u"Complete 'Welcome' first"_s;
        model.setEntries({pending, rejected}, {{101, u"Welcome"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rejectedCount(), 1);
        QCOMPARE(model.index(1, PendingActionsModel::ReasonColumn).data().toString(), u"Complete 'Welcome' first."_s);
        QCOMPARE(model.index(0, PendingActionsModel::LessonColumn).data().toString(), u"Welcome"_s);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void statusFollowsTheSyncAndSyncNowSendsTheQueue_data() { addDialectRows(); }
    void statusFollowsTheSyncAndSyncNowSendsTheQueue()
    {
        QFETCH(QString, dialect);
        Desk d(dialect);
        QVERIFY(d.serverUp);
        QVERIFY(d.signIn());
        auto *status = named<SyncStatusWidget>(d.window.get(), "syncStatus");
        auto *state = named<QLabel>(status, "syncState");
        auto *pending = named<QLabel>(status, "pendingActions");
        QVERIFY(state->text().contains(u"never synced"_s));
        QVERIFY(d.syncAndWait());
        QVERIFY(d.window->showCourse(1));
        d.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*d.window));
        QVERIFY2(state->text().startsWith(u"Online · last synced"_s), qPrintable(state->text()));

        // Offline work shows as waiting; "Sync now" sends it.
        d.scheduler().setOnline(false);
        QVERIFY(state->text().startsWith(u"Offline"_s));
        QTest::mouseClick(named<QPushButton>(d.window.get(), "completionToggle"), Qt::LeftButton);
        QCOMPARE(named<ProgressPanel>(d.window.get(), "progress")->figures().completed, 1);
        QCOMPARE(pending->text(), u"1 waiting"_s);
        QVERIFY(named<QPushButton>(status, "syncDetailsButton")->isVisibleTo(&*d.window));
        QCOMPARE(named<PendingActionsModel>(status, "pendingActionsModel")->rowCount(), 1);

        d.scheduler().setOnline(true); // coming back online syncs at once
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), QString(), 20'000);
        QCOMPARE(d.server.state(u"learner"_s, 1)->value(u"lessons"_s).toObject().value(u"101"_s).toString(),
                 u"completed"_s);
    }

    void aRejectedActionIsAnnouncedWithItsReason_data() { addDialectRows(); }
    void aRejectedActionIsAnnouncedWithItsReason()
    {
        QFETCH(QString, dialect);
        Desk d(dialect);
        QVERIFY(d.serverUp);
        QVERIFY(d.signIn());
        QVERIFY(d.syncAndWait());
        QVERIFY(d.window->showCourse(1));
        QVERIFY(d.session().setCompleted(1, 101, true).ok());
        QVERIFY(d.server.changeLesson(1, 101, LessonChange::Draft).ok());
        QVERIFY(d.syncAndWait());
        const QString banner = shownText(named<QLabel>(d.window.get(), "bannerText"), d.window.get());
        QVERIFY2(banner.contains(u"did not accept"_s), qPrintable(banner));
        QCOMPARE(named<QLabel>(d.window.get(), "pendingActions")->text(), u"1 rejected"_s);
        // The reason is the server's own text, from the contract's {"message"} or a platform's bare {"detail"}.
        auto *model = named<PendingActionsModel>(d.window.get(), "pendingActionsModel");
        QCOMPARE(model->index(0, PendingActionsModel::ReasonColumn).data().toString(),
                 u"This lesson is a draft and not published yet."_s);
    }

    // Issue 16, defect 8: the waiting actions are named by their lessons' titles, as the banner names them.
    void pendingActionsShowLessonTitles_data() { addDialectRows(); }
    void pendingActionsShowLessonTitles()
    {
        QFETCH(QString, dialect);
        Desk d(dialect);
        QVERIFY(d.serverUp);
        QVERIFY(d.signIn());
        QVERIFY(d.syncAndWait());
        QVERIFY(d.window->showCourse(1));
        d.scheduler().setOnline(false);
        QTest::mouseClick(named<QPushButton>(d.window.get(), "completionToggle"), Qt::LeftButton);
        auto *model = named<PendingActionsModel>(d.window.get(), "pendingActionsModel");
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, PendingActionsModel::LessonColumn).data().toString(), u"Welcome to CourseDesk"_s);
        QCOMPARE(model->index(0, PendingActionsModel::ActionColumn).data().toString(), u"Mark as complete"_s);
    }

    // Issue 16, defect 8: the rejection is one clean sentence plus the server's words; "Details…" lists it; once it
    // is dismissed there, the banner goes; the outline and the lesson pane stay where they were through the sync.
    void aRejectionReadsCleanlyAndGoesWhenDismissed_data() { addDialectRows(); }
    void aRejectionReadsCleanlyAndGoesWhenDismissed()
    {
        QFETCH(QString, dialect);
        Desk d(dialect);
        QVERIFY(d.serverUp);
        QVERIFY(d.signIn());
        QVERIFY(d.syncAndWait());
        QVERIFY(d.window->showCourse(1));
        d.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*d.window));
        QVERIFY(d.session().setCompleted(1, 101, true).ok());
        d.window->selectLesson(105);
        auto *outline = named<QTreeView>(d.window.get(), "outline");
        outline->collapse(outline->model()->index(2, 0)); // the learner closed the last section
        QVERIFY(d.server.changeLesson(1, 101, LessonChange::Draft).ok());
        QVERIFY(d.syncAndWait());

        auto *bannerText = named<QLabel>(d.window.get(), "bannerText");
        const QString banner = shownText(bannerText, d.window.get());
        QVERIFY2(banner.startsWith(u"The server did not accept your change to 'Welcome to CourseDesk'. "_s),
                 qPrintable(banner));
        QVERIFY2(!banner.contains(u"))"_s) && !banner.contains(u".."_s) && !banner.contains(u": ("_s),
                 qPrintable(banner));
        // Where the learner was: the same lesson open, the same sections open and closed.
        QCOMPARE(d.window->currentLessonId(), 105);
        QCOMPARE(named<QLabel>(d.window.get(), "lessonTitle")->text(), u"Why is a lesson locked?"_s);
        QVERIFY(outline->isExpanded(outline->model()->index(0, 0)));
        QVERIFY(outline->isExpanded(outline->model()->index(1, 0)));
        QVERIFY(!outline->isExpanded(outline->model()->index(2, 0)));

        auto *details = d.window->findChild<QPushButton *>(u"bannerDetails"_s);
        QVERIFY(details && details->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        auto *dialog = d.window->findChild<QDialog *>(u"syncDetails"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableView *>();
        QCOMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QPushButton *dismiss = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == u"Dismiss rejected action"_s)
                dismiss = button;
        }
        QVERIFY(dismiss && dismiss->isEnabled());
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QCOMPARE(shownText(bannerText, d.window.get()), QString());
        QCOMPARE(named<QLabel>(d.window.get(), "pendingActions")->text(), QString());
        dialog->close();
    }

    void serverTroubleSaysWhenItTriesAgain_data() { addDialectRows(); }
    void serverTroubleSaysWhenItTriesAgain()
    {
        QFETCH(QString, dialect);
        Desk d(dialect);
        QVERIFY(d.serverUp);
        QVERIFY(d.signIn());
        QVERIFY(d.syncAndWait());
        QVERIFY(d.session().setCompleted(1, 101, true).ok());
        Fault busy;
        busy.status = 503;
        busy.retryAfter = u"120"_s;
        d.server.addFault(busy);
        QVERIFY(d.syncAndWait());
        QCOMPARE(d.session().syncStatus().state, SyncStatus::State::Waiting);
        const QString state = named<QLabel>(d.window.get(), "syncState")->text();
        QVERIFY2(state.startsWith(u"Server unavailable · next try at"_s), qPrintable(state));
        QCOMPARE(d.session().syncStatus().waitingUntil, start.addSecs(120));
    }
};

QTEST_MAIN(tst_SyncStatus)
#include "tst_SyncStatus.moc"

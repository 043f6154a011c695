#include "MainWindow.h"
#include "OutlineModel.h"
#include "PendingActionsModel.h"
#include "ProgressPanel.h"
#include "SyncStatusWidget.h"

#include "Await.h"
#include "Dialects.h"
#include "FakeClock.h"
#include "RefServer.h"

#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include <QAbstractItemModelTester>
#include <QDialog>
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

// The real window, session, sync engine and scheduler against the reference server on loopback, in a dialect.
struct Desk
{
    explicit Desk(const QString &dialect)
        : server(clock, serverOptionsFor(dialect))
    {}

    FakeClock clock{start};
    RefServer server;
    bool serverUp = server.seedDemo().ok() && server.listen() != 0;
    QTemporaryDir dir;
    std::unique_ptr<CacheDatabase> db = CacheDatabase::open(dir.filePath(u"school.sqlite"_s)).value();
    CourseSession session{*db, clock, CourseSession::Kind::Server};
    QNetworkAccessManager network;
    HttpTransport transport{network, clock, HttpTransport::Options{}};
    ApiClient api{transport, server.baseUrl()};
    SyncEngine engine{session, api, SyncEngine::Options{}};
    SyncScheduler scheduler{session, engine, SyncScheduler::Options{60, 50, false}};
    MainWindow window{session};

    bool signIn()
    {
        const auto tokens =
            await<ApiResult<TokenSet>>([&](auto done) { api.passwordGrant(u"learner"_s, u"learner"_s, done); });
        if (!tokens || !tokens->ok())
            return false;
        transport.setAccessToken(tokens->value().accessToken);
        QObject::connect(&window, &MainWindow::syncRequested, &scheduler, &SyncScheduler::syncNow);
        return true;
    }
    bool syncAndWait()
    {
        QSignalSpy finished(&engine, &SyncEngine::finished);
        scheduler.syncNow();
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
        SyncStatusWidget *status = d.window.syncStatus();
        QVERIFY(status->statusText().contains(u"never synced"_s));
        QVERIFY(d.syncAndWait());
        QVERIFY(d.window.showCourse(1));
        d.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d.window));
        QVERIFY2(status->statusText().startsWith(u"Online · last synced"_s), qPrintable(status->statusText()));

        // Offline work shows as waiting; "Sync now" sends it.
        d.scheduler.setOnline(false);
        QVERIFY(status->statusText().startsWith(u"Offline"_s));
        QTest::mouseClick(d.window.completionButton(), Qt::LeftButton);
        QCOMPARE(d.window.progressPanel()->figures().completed, 1);
        QCOMPARE(status->pendingText(), u"1 waiting"_s);
        QVERIFY(status->detailsButton()->isVisibleTo(&d.window));
        QCOMPARE(status->pendingModel()->rowCount(), 1);

        d.scheduler.setOnline(true); // coming back online syncs at once
        QTRY_COMPARE_WITH_TIMEOUT(status->pendingText(), QString(), 20'000);
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
        QVERIFY(d.window.showCourse(1));
        QVERIFY(d.session.setCompleted(1, 101, true).ok());
        QVERIFY(d.server.changeLesson(1, 101, LessonChange::Draft).ok());
        QVERIFY(d.syncAndWait());
        QVERIFY2(d.window.bannerText().contains(u"did not accept"_s), qPrintable(d.window.bannerText()));
        QCOMPARE(d.window.syncStatus()->pendingText(), u"1 rejected"_s);
        // The reason is the server's own text, from the contract's {"message"} or a platform's bare {"detail"}.
        QCOMPARE(d.window.syncStatus()->pendingModel()->index(0, PendingActionsModel::ReasonColumn).data().toString(),
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
        QVERIFY(d.window.showCourse(1));
        d.scheduler.setOnline(false);
        QTest::mouseClick(d.window.completionButton(), Qt::LeftButton);
        PendingActionsModel *model = d.window.syncStatus()->pendingModel();
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
        QVERIFY(d.window.showCourse(1));
        d.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d.window));
        QVERIFY(d.session.setCompleted(1, 101, true).ok());
        d.window.selectLesson(105);
        QTreeView *outline = d.window.outlineView();
        outline->collapse(d.window.outlineModel()->index(2, 0)); // the learner closed the last section
        QVERIFY(d.server.changeLesson(1, 101, LessonChange::Draft).ok());
        QVERIFY(d.syncAndWait());

        const QString banner = d.window.bannerText();
        QVERIFY2(banner.startsWith(u"The server did not accept your change to 'Welcome to CourseDesk'. "_s),
                 qPrintable(banner));
        QVERIFY2(!banner.contains(u"))"_s) && !banner.contains(u".."_s) && !banner.contains(u": ("_s),
                 qPrintable(banner));
        // Where the learner was: the same lesson open, the same sections open and closed.
        QCOMPARE(d.window.currentLessonId(), 105);
        QCOMPARE(d.window.lessonTitle(), u"Why is a lesson locked?"_s);
        QVERIFY(outline->isExpanded(d.window.outlineModel()->index(0, 0)));
        QVERIFY(outline->isExpanded(d.window.outlineModel()->index(1, 0)));
        QVERIFY(!outline->isExpanded(d.window.outlineModel()->index(2, 0)));

        auto *details = d.window.findChild<QPushButton *>(u"bannerDetails"_s);
        QVERIFY(details && details->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        auto *dialog = d.window.findChild<QDialog *>(u"syncDetails"_s);
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
        QCOMPARE(d.window.bannerText(), QString());
        QCOMPARE(d.window.syncStatus()->pendingText(), QString());
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
        QVERIFY(d.session.setCompleted(1, 101, true).ok());
        Fault busy;
        busy.status = 503;
        busy.retryAfter = u"120"_s;
        d.server.addFault(busy);
        QVERIFY(d.syncAndWait());
        QCOMPARE(d.session.syncStatus().state, SyncStatus::State::Waiting);
        QVERIFY2(d.window.syncStatus()->statusText().startsWith(u"Server unavailable · next try at"_s),
                 qPrintable(d.window.syncStatus()->statusText()));
        QCOMPARE(d.session.syncStatus().waitingUntil, start.addSecs(120));
    }
};

QTEST_MAIN(tst_SyncStatus)
#include "tst_SyncStatus.moc"

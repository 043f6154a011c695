// What a sync brought (issue 19), in the real window against the reference server in both dialects: ONE
// notification per sync sums up, over every course, the lessons that are new and those that opened ("1 new lesson
// in Writing clear notes"); a sync that brings nothing says nothing; the badges follow in the outline.
#include "MainWindow.h"
#include "OutlineModel.h"

#include "Dialects.h"
#include "FakeClock.h"
#include "RefServer.h"
#include "Widgets.h"

#include "Await.h"
#include "auth/CredentialStore.h"
#include "find/FindFeatures.h"
#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "sync/SyncEngine.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// The learner's account on the reference server's demo, synced once, in the window with what's new attached.
struct Desk
{
    explicit Desk(const QString &dialect)
        : server(std::make_unique<RefServer>(clock, serverOptionsFor(dialect)))
    {
        if (!server->seedDemo().ok() || server->listen() == 0)
            return;
        Accounts accounts(dir.path());
        const Account school{u"school"_s, false, server->baseUrl(), u"learner"_s};
        if (!accounts.add(school).ok())
            return;
        AccountRuntime::Options options;
        options.watchConnectivity = false;
        options.syncIntervalMinutes = 60;
        Result<std::unique_ptr<AccountRuntime>> opened =
            AccountRuntime::open(accounts, school, clock, network, credentials, Credentials{}, options);
        if (!opened)
            return;
        runtime = std::move(opened).value();
        const auto tokens = await<ApiResult<TokenSet>>(
            [&](auto done) { runtime->api()->passwordGrant(u"learner"_s, u"learner"_s, done); });
        if (!tokens || !tokens->ok())
            return;
        runtime->useCredentials(Credentials{tokens->value().accessToken, tokens->value().refreshToken});
        if (!sync())
            return;
        window = std::make_unique<MainWindow>(runtime->session(), MainWindow::Options{false});
        new FindFeatures(*window, runtime->session(), runtime->notebook(), runtime->search(), runtime->engine());
        window->show();
        ready = window->showCourse(1) && QTest::qWaitForWindowExposed(window.get());
    }

    bool sync()
    {
        QSignalSpy finished(runtime->engine(), &SyncEngine::finished);
        runtime->engine()->run();
        return finished.wait(20'000);
    }

    // What the window's notification says (empty: none shown).
    QString notification() const { return shownText(named<QLabel>(window.get(), "bannerText"), window.get()); }

    FakeClock clock{start};
    std::unique_ptr<RefServer> server;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    std::unique_ptr<AccountRuntime> runtime;
    std::unique_ptr<MainWindow> window;
    bool ready = false;
};

} // namespace

class tst_SyncNews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void aSyncThatBringsNothingSaysNothing()
    {
        Desk d(rowDialectName());
        QVERIFY(d.ready);
        QVERIFY(d.sync());
        QTest::qWait(50); // the announcement comes on the next turn of the event loop
        QCOMPARE(d.notification(), QString());
    }

    // Two courses changed in one sync: a lesson published in each, and (the clock five days on) the sample course's
    // dripped section open. One notification names both courses; no lesson is announced on its own.
    void oneNotificationSumsUpTheSyncOverEveryCourse()
    {
        Desk d(rowDialectName());
        QVERIFY(d.ready);
        QVERIFY(d.server->changeLesson(1, 112, LessonChange::Publish).ok());
        QVERIFY(d.server->changeLesson(2, 202, LessonChange::Publish).ok());
        d.clock.advanceDays(5); // the learner joined course 1 three days ago; section 13 opens after seven
        QVERIFY(d.sync());
        QTRY_VERIFY(!d.notification().isEmpty());
        const QString text = d.notification();
        const QStringList courses = text.split(u"; "_s);
        QCOMPARE(courses.size(), 2);
        QVERIFY2(courses.at(0).startsWith(u"1 new lesson(s)"_s) &&
                     courses.at(0).contains(u"lesson(s) now open in Getting started with CourseDesk"_s),
                 qPrintable(text));
        QCOMPARE(courses.at(1), u"1 new lesson(s) in Writing clear notes"_s);
        QVERIFY2(!text.contains(u"is now available"_s), qPrintable(text));

        auto *outline = modelOf<OutlineModel>(named<QTreeView>(d.window.get(), "outline"));
        QTRY_COMPARE(outline->indexOfLesson(112).data(OutlineModel::NewsRole).toString(), u"new"_s);

        // The next sync brings nothing new: no new notification (the last one stays until it is closed).
        QTest::mouseClick(named<QToolButton>(d.window.get(), "bannerClose"), Qt::LeftButton);
        QCOMPARE(d.notification(), QString());
        QVERIFY(d.sync());
        QTest::qWait(50);
        QCOMPARE(d.notification(), QString());
    }
};

QTEST_MAIN(tst_SyncNews)
#include "tst_SyncNews.moc"

// The course home's cover picture (issue 19), against the reference server in both dialects: the course's picture
// (image_big, else another size: the platform gives every size, our dialect image_medium only) is downloaded at
// sync with the course's files, and shown from the cache with the server stopped; a course without one shows the
// placeholder.
#include "MainWindow.h"

#include "Await.h"
#include "Dialects.h"
#include "FakeClock.h"
#include "RefServer.h"
#include "Widgets.h"

#include "auth/CredentialStore.h"
#include "find/FindFeatures.h"
#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "session/OfflineFiles.h"
#include "sync/SyncEngine.h"

#include <QFileInfo>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

class tst_CourseCover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    // Course 2 (Writing clear notes) has a picture on the server; course 1 has none.
    void theCoverIsCachedAtSyncAndShownOffline()
    {
        FakeClock clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
        auto server = std::make_unique<RefServer>(clock, serverOptionsFor(rowDialectName()));
        QVERIFY(server->seedDemo().ok());
        QVERIFY(server->listen() != 0);
        QTemporaryDir dir;
        QNetworkAccessManager network;
        MemoryCredentialStore credentials;
        Accounts accounts(dir.path());
        const Account school{u"school"_s, false, server->baseUrl(), u"learner"_s};
        QVERIFY(accounts.add(school).ok());
        AccountRuntime::Options options;
        options.watchConnectivity = false;
        options.syncIntervalMinutes = 60;
        Result<std::unique_ptr<AccountRuntime>> opened =
            AccountRuntime::open(accounts, school, clock, network, credentials, Credentials{}, options);
        QVERIFY(opened.ok());
        std::unique_ptr<AccountRuntime> runtime = std::move(opened).value();
        const auto tokens = await<ApiResult<TokenSet>>(
            [&](auto done) { runtime->api()->passwordGrant(u"learner"_s, u"learner"_s, done); });
        QVERIFY(tokens && tokens->ok());
        runtime->useCredentials(Credentials{tokens->value().accessToken, tokens->value().refreshToken});
        QSignalSpy finished(runtime->engine(), &SyncEngine::finished);
        runtime->engine()->run();
        QVERIFY(finished.wait(20'000));
        server.reset(); // offline from here on

        const QString cached = runtime->offlineFiles().coverOf(2);
        QVERIFY2(QFileInfo(cached).isFile(), qPrintable(cached));
        QVERIFY(cached.startsWith(runtime->offlineFiles().folder()));
        QCOMPARE(runtime->offlineFiles().coverOf(1), QString());

        MainWindow window(runtime->session(), MainWindow::Options{false});
        new FindFeatures(window, runtime->session(), runtime->notebook(), runtime->search(), runtime->engine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showCourse(2));
        auto *cover = named<QLabel>(&window, "courseCover");
        QTRY_VERIFY(!cover->pixmap().isNull());
        QCOMPARE(cover->text(), QString());
        QCOMPARE(cover->accessibleName(), u"Course picture"_s);

        QVERIFY(window.showCourse(1));
        QTRY_VERIFY(cover->pixmap().isNull());
        QCOMPARE(cover->text(), u"No cover picture in the cache"_s);
    }
};

QTEST_MAIN(tst_CourseCover)
#include "tst_CourseCover.moc"

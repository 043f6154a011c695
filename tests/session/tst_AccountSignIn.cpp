// Adding and re-signing accounts with the three sign-ins (browser, password, token) against the reference
// server in both dialects (the global rows of RefServerFixture.h), the test playing the browser. A community's
// registered app (client ID, fixed redirect port) is used and kept with the account. Tokens go to the credential store
// only: after every flow the test greps the account folder and everything logged for them.
#include "TokenLeaks.h"
#include "session/AccountSignIn.h"

#include "remote/HttpTransport.h"
#include "session/AccountRuntime.h"
#include "session/CourseSession.h"
#include "session/SessionRefresher.h"
#include "storage/CacheDatabase.h"
#include "sync/SyncEngine.h"

#include "Await.h"
#include "FakeBrowser.h"
#include "FakeCredentialStore.h"
#include "RefServerFixture.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

enum class Method
{
    Browser,
    Password,
    Token,
};

} // namespace

Q_DECLARE_METATYPE(coursedesk::OAuthApp)

class tst_AccountSignIn : public QObject, protected RefServerFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Accounts> m_accounts;
    FakeCredentialStore m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountSignIn> m_signIn;
    std::optional<Result<SignInOutcome>> m_outcome;
    QUrl m_browserUrl;
    bool m_playBrowser = true;

    void newSignIn()
    {
        m_signIn = std::make_unique<AccountSignIn>(*m_accounts, m_store, m_clock, m_network);
        connect(m_signIn.get(), &AccountSignIn::succeeded, this,
                [this](const SignInOutcome &outcome) { m_outcome.emplace(outcome); });
        connect(m_signIn.get(), &AccountSignIn::failed, this, [this](const Error &error) { m_outcome.emplace(error); });
        // The test is the browser: it opens the address at once (after the signal, as a browser would).
        connect(m_signIn.get(), &AccountSignIn::browserAuthorizationUrl, this, [this](const QUrl &url) {
            m_browserUrl = url;
            if (m_playBrowser)
                QTimer::singleShot(0, this, [url] { FakeBrowser::open(url); });
        });
    }

    Result<SignInOutcome> run(Method method, const QString &name,
                              AccountSignIn::Target target = AccountSignIn::Target::NewAccount,
                              const QString &user = u"learner"_s)
    {
        m_outcome.reset();
        switch (method) {
        case Method::Browser:
            m_signIn->signInWithBrowser(target, name, m_server->baseUrl(), 20'000);
            break;
        case Method::Password:
            m_signIn->signInWithPassword(target, name, m_server->baseUrl(), user, user);
            break;
        case Method::Token:
            m_signIn->signInWithToken(target, name, m_server->baseUrl(),
                                      m_server->signIn(user, user)->accessToken.toLatin1());
            break;
        }
        if (!QTest::qWaitFor([&] { return m_outcome.has_value(); }, 20'000))
            return Error{u"test_timeout"_s, u"no outcome"_s};
        return *m_outcome;
    }

    // Whether any file under the account folder, or anything logged, holds the text.
    QStringList placesHolding(const QByteArray &secret) const { return test::placesHolding(secret, m_dir.path()); }

private slots:
    void initTestCase_data() { addDialectRows(); }
    // Every category switched on (Qt's own networkauth ones too).
    void initTestCase() { startCapturingLog(u"*.debug=true\nqt.*.debug=true"_s); }
    void cleanupTestCase() { stopCapturingLog(); }

    void init()
    {
        freshServerInTheRowsDialect();
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_accounts = std::make_unique<Accounts>(m_dir.path());
        m_store = FakeCredentialStore{};
        m_playBrowser = true;
        m_browserUrl.clear();
        capturedLog().clear();
        newSignIn();
    }
    void cleanup()
    {
        m_signIn.reset();
        m_server.reset();
    }

    void serverAddressesAreNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("server"); // or the error code
        QTest::addRow("bare host: https") << u"courses.example.org"_s << u"https://courses.example.org"_s;
        QTest::addRow("case, slash") << u" https://Courses.Example.org/ "_s << u"https://courses.example.org"_s;
        QTest::addRow("path kept") << u"https://example.org/school//"_s << u"https://example.org/school"_s;
        QTest::addRow("query dropped") << u"https://example.org/?next=1#top"_s << u"https://example.org"_s;
        QTest::addRow("loopback http") << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:8080"_s;
        QTest::addRow("localhost http") << u"http://localhost:9000"_s << u"http://localhost:9000"_s;
        QTest::addRow("remote http") << u"http://courses.example.org"_s << u"insecure"_s;
        QTest::addRow("empty") << u"  "_s << u"bad_server"_s;
        QTest::addRow("other scheme") << u"ftp://example.org"_s << u"bad_server"_s;
        QTest::addRow("credentials") << u"https://me:secret@example.org"_s << u"bad_server"_s;
        QTest::addRow("spaces") << u"https://exa mple.org"_s << u"bad_server"_s;
    }
    void serverAddressesAreNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, server);
        const Result<QUrl> url = AccountSignIn::normaliseServer(typed);
        if (server.contains(u"://"_s)) {
            QVERIFY2(url.ok(), qPrintable(url ? QString() : url.error().message));
            QCOMPARE(url->toString(), server);
        } else {
            QVERIFY(!url.ok());
            QCOMPARE(url.error().code, server);
            QVERIFY(!url.error().message.isEmpty());
        }
    }

    void eachMethodAddsANamedAccountWithItsOwnCache_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addRow("browser") << Method::Browser;
        QTest::addRow("password") << Method::Password;
        QTest::addRow("token") << Method::Token;
    }
    void eachMethodAddsANamedAccountWithItsOwnCache()
    {
        QFETCH(Method, method);
        const Result<SignInOutcome> outcome = run(method, u"school"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->account, (Account{u"school"_s, false, m_server->baseUrl(), u"learner"_s}));
        QVERIFY(outcome->persistent);
        QVERIFY(outcome->storageWarning.isEmpty());
        QCOMPARE(*m_accounts->find(u"school"_s), outcome->account);
        QVERIFY(QFile::exists(m_accounts->databasePath(u"school"_s)));
        QCOMPARE(m_store.entries.value(u"school"_s), outcome->credentials);
        QVERIFY(!outcome->credentials.accessToken.isEmpty());
        if (method != Method::Token) // a pasted access token comes without a refresh token
            QVERIFY(!outcome->credentials.refreshToken.isEmpty());

        // The tokens are in the store and nowhere else: not in the folder, not in any log line.
        QCOMPARE(placesHolding(outcome->credentials.accessToken), QStringList());
        if (!outcome->credentials.refreshToken.isEmpty())
            QCOMPARE(placesHolding(outcome->credentials.refreshToken), QStringList());
        QVERIFY(!capturedLog().isEmpty()); // the grep looked at a real log
    }

    void aMemoryOnlyStoreIsAnnounced()
    {
        m_store.persistent = false;
        const Result<SignInOutcome> outcome = run(Method::Password, u"school"_s);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->persistent);
        QVERIFY(outcome->storageWarning.contains(u"sign in again next time"_s));
    }

    void aKeychainThatRefusesKeepsTheSignInForThisSessionOnly()
    {
        m_store.refuseWrites = true;
        const Result<SignInOutcome> outcome = run(Method::Browser, u"school"_s);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->persistent);
        QVERIFY(outcome->storageWarning.contains(u"keychain is locked"_s));
        QVERIFY(!outcome->credentials.accessToken.isEmpty());                     // usable now
        QCOMPARE(placesHolding(outcome->credentials.accessToken), QStringList()); // no plaintext fallback
    }

    void failuresAddNothingAndStoreNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::addRow("wrong password") << u"password"_s << u"invalid_grant"_s;
        QTest::addRow("bad token") << u"token"_s << u"UNAUTHORIZED"_s; // a platform's bare 401: http_401
        QTest::addRow("cancelled browser") << u"cancel"_s << u"cancelled"_s;
        QTest::addRow("browser refused") << u"refused"_s << u"denied"_s;
    }
    void failuresAddNothingAndStoreNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        m_outcome.reset();
        if (what == u"password"_s) {
            m_signIn->signInWithPassword(AccountSignIn::Target::NewAccount, u"school"_s, m_server->baseUrl(),
                                         u"learner"_s, u"not-the-password"_s);
        } else if (what == u"token"_s) {
            m_signIn->signInWithToken(AccountSignIn::Target::NewAccount, u"school"_s, m_server->baseUrl(),
                                      "made-up-token");
        } else if (what == u"cancel"_s) {
            m_playBrowser = false;
            m_signIn->signInWithBrowser(AccountSignIn::Target::NewAccount, u"school"_s, m_server->baseUrl());
            QVERIFY(m_signIn->isBusy());
            m_signIn->cancel();
        } else {
            RefServer::Options options;
            options.dialect = m_dialect;
            options.authorizeAs = u"nobody"_s;
            startServer(options);
            m_signIn->signInWithBrowser(AccountSignIn::Target::NewAccount, u"school"_s, m_server->baseUrl());
        }
        QVERIFY(QTest::qWaitFor([&] { return m_outcome.has_value(); }, 20'000));
        QVERIFY(!m_outcome->ok());
        QCOMPARE(m_outcome->error().code, platform() && code == u"UNAUTHORIZED"_s ? u"http_401"_s : code);
        QVERIFY(!m_outcome->error().message.isEmpty());
        QVERIFY(!m_signIn->isBusy());
        QCOMPARE(m_accounts->list()->size(), 0);
        QVERIFY(!QFile::exists(m_accounts->databasePath(u"school"_s)));
        QCOMPARE(m_store.writes, 0);
    }

    void badNamesAndTakenNamesAreRefusedBeforeTheNetwork_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addRow("taken") << u"school"_s << u"account_exists"_s;
        QTest::addRow("bad") << u"../etc"_s << u"bad_account_name"_s;
        QTest::addRow("empty") << QString() << u"bad_account_name"_s;
    }
    void badNamesAndTakenNamesAreRefusedBeforeTheNetwork()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QVERIFY(m_accounts->add(Account{u"school"_s, false, QUrl(u"https://example.org"_s), u"x"_s}).ok());
        const int before = m_server->counters().requests;
        const Result<SignInOutcome> outcome = run(Method::Password, name);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, code);
        QCOMPARE(m_server->counters().requests, before);
    }

    void anInsecureServerIsRefusedBeforeTheNetwork()
    {
        m_outcome.reset();
        m_signIn->signInWithBrowser(AccountSignIn::Target::NewAccount, u"school"_s,
                                    QUrl(u"http://courses.example.org"_s));
        QVERIFY(m_outcome.has_value());
        QCOMPARE(m_outcome->error().code, u"insecure"_s);
        QVERIFY(m_browserUrl.isEmpty());
    }

    void signingInAgainMustBeTheSameUser()
    {
        QVERIFY(run(Method::Password, u"school"_s).ok());
        const Credentials first = m_store.entries.value(u"school"_s);
        const Result<SignInOutcome> other =
            run(Method::Password, u"school"_s, AccountSignIn::Target::ExistingAccount, u"ana"_s);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, u"other_user"_s);
        QCOMPARE(m_store.entries.value(u"school"_s), first);

        const Result<SignInOutcome> again = run(Method::Browser, u"school"_s, AccountSignIn::Target::ExistingAccount);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->signedInAgain);
        QVERIFY(m_store.entries.value(u"school"_s) != first);
        QCOMPARE(m_accounts->list()->size(), 1);
    }

    // A community registered CourseDesk as its own app: the sign-in presents its client ID (and, in the browser,
    // listens on its registered redirect port), the account keeps both, and signing in again uses them whatever
    // the next new account's app is. A platform server checks both; a contract server takes any.
    void aCommunitysAppIsUsedAndKeptWithTheAccount_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addRow("browser") << Method::Browser;
        QTest::addRow("password") << Method::Password;
    }
    void aCommunitysAppIsUsedAndKeptWithTheAccount()
    {
        QFETCH(Method, method);
        QTcpServer probe; // a port nobody uses right now, registered as the redirect URI's
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const OAuthApp app{u"community-app"_s, probe.serverPort()};
        probe.close();
        RefServer::Options options;
        options.dialect = m_dialect;
        options.clientId = app.clientId;
        options.redirectUris = {u"http://127.0.0.1:%1/coursedesk-sign-in"_s.arg(app.redirectPort)};
        startServer(options);
        m_signIn->setNewAccountApp(app);
        const Result<SignInOutcome> added = run(method, u"school"_s);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->account.app, app);
        QCOMPARE(m_accounts->find(u"school"_s)->app, app);
        if (method == Method::Browser)
            QCOMPARE(QUrlQuery(m_browserUrl).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
                     options.redirectUris.constFirst());

        m_signIn->setNewAccountApp({}); // CourseDesk's own for new accounts; "school" keeps the community's
        const Result<SignInOutcome> again = run(method, u"school"_s, AccountSignIn::Target::ExistingAccount);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->signedInAgain);
    }

    // CourseDesk's own client ID where the community registered another: a platform server refuses it
    // (invalid_client) and the message says what to ask for; nothing is added or stored.
    void anUnregisteredClientIdIsExplained()
    {
        RefServer::Options options;
        options.dialect = m_dialect;
        options.clientId = u"community-app"_s;
        startServer(options);
        const Result<SignInOutcome> outcome = run(Method::Password, u"school"_s);
        if (!platform()) {
            QVERIFY(outcome.ok()); // a contract server takes any client id
            return;
        }
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, u"invalid_client"_s);
        QVERIFY2(outcome.error().message.startsWith(u"The server does not know CourseDesk's client ID ('coursedesk'): "
                                                    u"ask your community's administrator"_s),
                 qPrintable(outcome.error().message));
        QVERIFY(outcome.error().message.contains(u"The client 'coursedesk' is not registered here."_s));
        QCOMPARE(m_accounts->list()->size(), 0);
        QCOMPARE(m_store.writes, 0);
    }

    // An app that cannot be used is refused before the network, with the reason.
    void anUnusableAppIsRefusedBeforeTheNetwork_data()
    {
        QTest::addColumn<OAuthApp>("app");
        QTest::addColumn<QString>("code");
        QTest::addRow("client id with a space") << OAuthApp{u"community app"_s, 0} << u"bad_client_id"_s;
        QTest::addRow("client id too long") << OAuthApp{QString(256, u'x'), 0} << u"bad_client_id"_s;
        QTest::addRow("privileged port") << OAuthApp{{}, 80} << u"bad_redirect_port"_s;
    }
    void anUnusableAppIsRefusedBeforeTheNetwork()
    {
        QFETCH(OAuthApp, app);
        QFETCH(QString, code);
        m_signIn->setNewAccountApp(app);
        const int before = m_server->counters().requests;
        const Result<SignInOutcome> outcome = run(Method::Password, u"school"_s);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, code);
        QVERIFY(!outcome.error().message.isEmpty());
        QCOMPARE(m_server->counters().requests, before);
        QCOMPARE(m_accounts->list()->size(), 0);
    }

    // A refused refresh: sync stops asking for a sign-in and keeps the queue; signing in again in the browser
    // sends it.
    void aFailedRefreshAsksForSignInAndKeepsTheOutbox()
    {
        const Result<SignInOutcome> added = run(Method::Browser, u"school"_s);
        QVERIFY(added.ok());
        // The account as the app opens it: the runtime refreshes with the store's tokens and keeps the queue.
        AccountRuntime::Options options;
        options.watchConnectivity = false;
        std::unique_ptr<AccountRuntime> runtime = AccountRuntime::open(*m_accounts, added->account, m_clock, m_network,
                                                                       m_store, added->credentials, options)
                                                      .value();
        CourseSession &session = runtime->session();
        const auto syncOnce = [&](const Credentials &credentials) {
            runtime->useCredentials(credentials);
            SyncEngine &engine = *runtime->engine();
            return await<SyncReport>([&](auto done) {
                       connect(&engine, &SyncEngine::finished, &engine, done, Qt::SingleShotConnection);
                       engine.run();
                   })
                .value_or(SyncReport{});
        };
        QVERIFY(!syncOnce(added->credentials).failure);
        QVERIFY(session.setCompleted(1, 101, true).ok());

        // The access token expires and the refresh token was spent elsewhere: the refresh is refused.
        m_server->expireTokens();
        QUrlQuery spend;
        spend.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        spend.addQueryItem(u"refresh_token"_s, QString::fromLatin1(added->credentials.refreshToken));
        spend.addQueryItem(u"client_id"_s, u"coursedesk"_s); // the app this server registered
        QCOMPARE(client()->postForm(u"/oauth/token/"_s, spend).status, 200);
        const SyncReport refused = syncOnce(added->credentials);
        QVERIFY(refused.authFailed);
        QCOMPARE(refused.pending, 1);
        QCOMPARE(session.pendingActions()->constFirst().state, OutboxState::Pending);
        QCOMPARE(lessonState(u"learner"_s, 1, 101), u"uncompleted"_s);

        const Result<SignInOutcome> again = run(Method::Browser, u"school"_s, AccountSignIn::Target::ExistingAccount);
        QVERIFY(again.ok());
        const SyncReport sent = syncOnce(again->credentials);
        QVERIFY(!sent.authFailed);
        QCOMPARE(sent.sent, 1);
        QCOMPARE(lessonState(u"learner"_s, 1, 101), u"completed"_s);
        QCOMPARE(placesHolding(again->credentials.accessToken), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_AccountSignIn)
#include "tst_AccountSignIn.moc"

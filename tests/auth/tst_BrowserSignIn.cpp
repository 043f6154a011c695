// Sign-in in the browser (OAuth2 authorization code + PKCE S256) against the reference server, with the test
// playing the browser: it opens the authorization URL and follows the redirect to the loopback listener.
#include "auth/BrowserSignIn.h"
#include "auth/Pkce.h"
#include "remote/ApiClient.h"
#include "remote/HttpTransport.h"

#include "FakeBrowser.h"
#include "RefServerFixture.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

// Whether a TCP connection to address:port is accepted.
bool accepts(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return socket.waitForConnected(3000);
}

// An address of this machine that is not loopback (what another computer on the network would reach).
QHostAddress networkAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return {};
}

} // namespace

class tst_BrowserSignIn : public QObject, protected RefServerFixture
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<BrowserSignIn> m_signIn;
    std::optional<Result<TokenSet>> m_result;
    QUrl m_url;

    void startSignIn(int timeoutMs = 30'000)
    {
        m_transport = std::make_unique<HttpTransport>(m_network, m_clock, HttpTransport::Options{});
        m_api = std::make_unique<ApiClient>(*m_transport, m_server->baseUrl());
        m_signIn = std::make_unique<BrowserSignIn>(*m_api, BrowserSignIn::Options{timeoutMs});
        connect(m_signIn.get(), &BrowserSignIn::authorizationUrlReady, this, [this](const QUrl &url) { m_url = url; });
        m_signIn->start([this](Result<TokenSet> result) { m_result.emplace(std::move(result)); });
    }

    bool waitForResult(int ms = 15'000)
    {
        return QTest::qWaitFor([&] { return m_result.has_value(); }, ms);
    }

private slots:
    void init()
    {
        freshServer();
        m_result.reset();
        m_url.clear();
    }
    void cleanup()
    {
        m_signIn.reset();
        m_api.reset();
        m_transport.reset();
        m_server.reset();
    }

    void pkceChallengeIsTheRfcExample()
    {
        // RFC 7636, appendix B.
        QCOMPARE(Pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifiersAndStatesAreLongUnreservedAndFresh()
    {
        static const QRegularExpression unreserved(QRegularExpression::anchoredPattern(u"[A-Za-z0-9._~-]+"_s));
        const QByteArray verifier = Pkce::newVerifier();
        QCOMPARE(verifier.size(), 43);
        QVERIFY(unreserved.match(QString::fromLatin1(verifier)).hasMatch());
        QVERIFY(Pkce::newVerifier() != verifier);
        const QByteArray state = Pkce::newState();
        QCOMPARE(state.size(), 32);
        QVERIFY(unreserved.match(QString::fromLatin1(state)).hasMatch());
        QVERIFY(Pkce::newState() != state);
    }

    void authorizationUrlCarriesPkceAndStateButNoVerifier()
    {
        startSignIn();
        QVERIFY(m_url.isValid());
        const QUrlQuery query(m_url);
        QCOMPARE(m_url.path(), u"/oauth/authorize/"_s);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"client_id"_s), u"coursedesk"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);
        QCOMPARE(query.queryItemValue(u"state"_s).size(), 32);
        QVERIFY(!query.hasQueryItem(u"code_verifier"_s));
        const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirect.scheme(), u"http"_s);
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QCOMPARE(redirect.port(), int(m_signIn->listenerPort()));
        QCOMPARE(m_signIn->redirectUri(), redirect.toString());
    }

    void theWholeFlowGivesTokensThatWork()
    {
        startSignIn();
        const quint16 port = m_signIn->listenerPort();
        const BrowserVisit visit = FakeBrowser::open(m_url);
        QCOMPARE(visit.authorize.status, 302);
        QCOMPARE(visit.redirect.host(), u"127.0.0.1"_s);
        QCOMPARE(visit.redirect.port(), int(port));
        QCOMPARE(visit.application.status, 200); // the listener's "you can close this page"
        QVERIFY(waitForResult());
        QVERIFY2(m_result->ok(), qPrintable(m_result->ok() ? QString() : m_result->error().message));
        QVERIFY(!m_result->value().accessToken.isEmpty());
        QVERIFY(!m_result->value().refreshToken.isEmpty());
        // One authorization, one exchange: the Qt flow did not exchange the code a second time.
        QCOMPARE(m_server->counters().requests, 2);

        HttpClient http(m_server->baseUrl());
        http.setToken(QString::fromLatin1(m_result->value().accessToken));
        QCOMPARE(http.get(u"/api/v2/user/me/"_s).json().value(u"username"_s).toString(), u"learner"_s);
        QVERIFY(!m_signIn->isRunning());
        QVERIFY(!accepts(QHostAddress::LocalHost, visit.redirect.port())); // the listener is closed
    }

    void aWrongStateIsRefusedAndItsCodeNeverExchanged()
    {
        startSignIn();
        const BrowserVisit visit = FakeBrowser::open(m_url, [](QUrl redirect) {
            QUrlQuery query(redirect);
            query.removeQueryItem(u"state"_s);
            query.addQueryItem(u"state"_s, u"forged-state-from-another-page"_s);
            redirect.setQuery(query);
            return redirect;
        });
        QCOMPARE(visit.authorize.status, 302);
        QVERIFY(waitForResult());
        QVERIFY(!m_result->ok());
        QCOMPARE(m_result->error().code, u"state_mismatch"_s);
        QCOMPARE(m_server->counters().requests, 1); // the authorization only: no token request
    }

    void anAnswerWithoutStateIsRefused()
    {
        startSignIn();
        const BrowserVisit visit = FakeBrowser::open(m_url, [](QUrl redirect) {
            QUrlQuery query(redirect);
            query.removeQueryItem(u"state"_s);
            redirect.setQuery(query);
            return redirect;
        });
        QVERIFY(waitForResult());
        QCOMPARE(m_result->error().code, u"state_mismatch"_s);
    }

    void theListenerAcceptsLoopbackConnectionsOnly()
    {
        const QHostAddress outside = networkAddress();
        if (outside.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try from");
        // The check can fail: a server on every interface (6.4's default) is reachable on that address.
        QTcpServer everywhere;
        QVERIFY(everywhere.listen(QHostAddress::Any, 0));
        QVERIFY(accepts(outside, everywhere.serverPort()));

        startSignIn();
        const quint16 port = m_signIn->listenerPort();
        QVERIFY(port != 0);
        QVERIFY(accepts(QHostAddress::LocalHost, port));
        QVERIFY(!accepts(outside, port));
    }

    void cancelEndsTheSignInAndClosesTheListener()
    {
        startSignIn();
        const quint16 port = m_signIn->listenerPort();
        m_signIn->cancel();
        QVERIFY(m_result.has_value());
        QCOMPARE(m_result->error().code, u"cancelled"_s);
        QVERIFY(!accepts(QHostAddress::LocalHost, port));
        // The browser comes back late: its redirect finds nobody, and nothing is exchanged.
        const BrowserVisit late = FakeBrowser::open(m_url);
        QVERIFY(late.application.status != 200);
        QCOMPARE(m_server->counters().requests, 1);
    }

    void noAnswerInTimeEndsTheSignIn()
    {
        startSignIn(200);
        QVERIFY(waitForResult(5000));
        QCOMPARE(m_result->error().code, u"timeout"_s);
        QVERIFY(!m_signIn->isRunning());
    }

    void theServersRefusalIsReported()
    {
        RefServer::Options options;
        options.authorizeAs = u"nobody"_s; // no user to approve: access_denied
        startServer(options);
        startSignIn();
        const BrowserVisit visit = FakeBrowser::open(m_url);
        QCOMPARE(visit.authorize.status, 302);
        QVERIFY(waitForResult());
        QCOMPARE(m_result->error().code, u"denied"_s);
        QVERIFY(m_result->error().message.contains(u"Nobody is signed in"_s));
    }

    void aStrayRequestToTheListenerIsNotAnAnswer()
    {
        startSignIn();
        HttpClient stray(QUrl(u"http://127.0.0.1:%1"_s.arg(m_signIn->listenerPort())));
        (void)stray.get(u"/coursedesk-sign-in?hello=1"_s);
        QTest::qWait(50);
        QVERIFY(!m_result.has_value());
        QVERIFY(m_signIn->isRunning());
        FakeBrowser::open(m_url);
        QVERIFY(waitForResult());
        QVERIFY(m_result->ok());
    }

    void anExpiredCodeIsRefusedByTheServer()
    {
        startSignIn();
        const BrowserVisit visit = FakeBrowser::open(m_url, [this](QUrl redirect) {
            m_clock.advanceSecs(61); // the code lives 60 seconds on the server's clock
            return redirect;
        });
        QVERIFY(waitForResult());
        QCOMPARE(m_result->error().code, u"invalid_grant"_s);
    }
};

QTEST_GUILESS_MAIN(tst_BrowserSignIn)
#include "tst_BrowserSignIn.moc"

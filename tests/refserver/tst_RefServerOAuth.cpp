// The reference server's sign-in in both dialects: GET /oauth/authorize/ (test mode: approves at once) and the
// authorization_code grant with PKCE verification, over real HTTP on loopback; the platform's registered client
// (client id, redirect URIs) and its "Authorization: Token …".
#include "AuthCodes.h"
#include "RefServerFixture.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

// RFC 7636, appendix B.
const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString challenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;
const QString redirect = u"http://127.0.0.1:4711/cb"_s;

QString authorizePath(const QList<std::pair<QString, QString>> &changes = {})
{
    QList<std::pair<QString, QString>> items{{u"response_type"_s, u"code"_s},  {u"client_id"_s, u"coursedesk"_s},
                                             {u"redirect_uri"_s, redirect},    {u"state"_s, u"s1"_s},
                                             {u"code_challenge"_s, challenge}, {u"code_challenge_method"_s, u"S256"_s}};
    for (const auto &[key, value] : changes) {
        items.removeIf([&](const auto &item) { return item.first == key; });
        if (!value.isNull())
            items.append({key, value});
    }
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return u"/oauth/authorize/?"_s + query.toString(QUrl::FullyEncoded);
}

QUrlQuery exchangeForm(const QString &code, const QString &codeVerifier = verifier)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"redirect_uri"_s, QString::fromUtf8(QUrl::toPercentEncoding(redirect)));
    form.addQueryItem(u"client_id"_s, u"coursedesk"_s);
    form.addQueryItem(u"code_verifier"_s, codeVerifier);
    return form;
}

} // namespace

class tst_RefServerOAuth : public QObject, protected RefServerFixture
{
    Q_OBJECT

    // Authorizes and returns the code from the redirect.
    QString authorize()
    {
        const HttpResponse response = client()->get(authorizePath());
        const QUrl location = QUrl::fromEncoded(response.header("Location"));
        return QUrlQuery(location).queryItemValue(u"code"_s);
    }

    // A fresh server in this row's dialect, with changed options.
    void restartWith(const std::function<void(RefServer::Options &)> &change)
    {
        RefServer::Options options;
        options.dialect = m_dialect;
        change(options);
        m_server.reset();
        startServer(options);
    }

private slots:
    void initTestCase_data() { addDialectRows(); }
    void init() { freshServerInTheRowsDialect(); }
    void cleanup() { m_server.reset(); }

    void s256IsTheRfcExample() { QCOMPARE(AuthCodes::s256(verifier), challenge); }

    void authorizeApprovesAtOnceAndRedirectsWithCodeAndState()
    {
        const HttpResponse response = client()->get(authorizePath());
        QCOMPARE(response.status, 302);
        const QUrl location = QUrl::fromEncoded(response.header("Location"));
        QCOMPARE(location.adjusted(QUrl::RemoveQuery), QUrl(redirect));
        const QUrlQuery query(location);
        QCOMPARE(query.queryItemValue(u"state"_s), u"s1"_s);
        QCOMPARE(query.queryItemValue(u"code"_s).size(), 64);
    }

    void theCodeWithItsVerifierGivesTokensOnce()
    {
        const QString code = authorize();
        auto http = client();
        const HttpResponse tokens = http->postForm(u"/oauth/token/"_s, exchangeForm(code));
        QCOMPARE(tokens.status, 200);
        http->setToken(tokens.json().value(u"access_token"_s).toString());
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).json().value(u"username"_s).toString(), u"learner"_s);
        QVERIFY(!tokens.json().value(u"refresh_token"_s).toString().isEmpty());

        const HttpResponse again = client()->postForm(u"/oauth/token/"_s, exchangeForm(code));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), u"invalid_grant"_s);
    }

    void aWrongVerifierIsInvalidGrantAndSpendsTheCode()
    {
        const QString code = authorize();
        const HttpResponse wrong = client()->postForm(
            u"/oauth/token/"_s, exchangeForm(code, u"a-wrong-verifier-that-is-long-enough-0123456789"_s));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.errorCode(), u"invalid_grant"_s);
        QVERIFY(wrong.json().value(u"error_description"_s).toString().contains(u"PKCE"_s));
        // No second guess: the right verifier now finds the code spent.
        QCOMPARE(client()->postForm(u"/oauth/token/"_s, exchangeForm(code)).errorCode(), u"invalid_grant"_s);
    }

    void theExchangeMustRepeatClientAndRedirect_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::addRow("other client") << u"client_id"_s << u"someone-else"_s << u"invalid_grant"_s;
        QTest::addRow("other redirect") << u"redirect_uri"_s << u"http%3A%2F%2F127.0.0.1%3A4712%2Fcb"_s
                                        << u"invalid_grant"_s;
        QTest::addRow("no verifier") << u"code_verifier"_s << QString() << u"invalid_request"_s;
        QTest::addRow("short verifier") << u"code_verifier"_s << u"abc"_s << u"invalid_grant"_s;
    }
    void theExchangeMustRepeatClientAndRedirect()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, error);
        QUrlQuery form = exchangeForm(authorize());
        form.removeQueryItem(field);
        if (!value.isNull())
            form.addQueryItem(field, value);
        const HttpResponse response = client()->postForm(u"/oauth/token/"_s, form);
        if (platform() && field == u"client_id"_s) { // an unregistered client, before the code is looked at
            QCOMPARE(response.status, 401);
            QCOMPARE(response.errorCode(), u"invalid_client"_s);
            return;
        }
        QCOMPARE(response.status, 400);
        QCOMPARE(response.errorCode(), error);
    }

    void anExpiredCodeIsInvalidGrant()
    {
        const QString code = authorize();
        m_clock.advanceSecs(61);
        QCOMPARE(client()->postForm(u"/oauth/token/"_s, exchangeForm(code)).errorCode(), u"invalid_grant"_s);
    }

    void badRequestsAreRedirectedWithAnError_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::addRow("no challenge") << u"code_challenge"_s << QString() << u"invalid_request"_s;
        QTest::addRow("plain method") << u"code_challenge_method"_s << u"plain"_s << u"invalid_request"_s;
        QTest::addRow("token response") << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s;
    }
    void badRequestsAreRedirectedWithAnError()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const HttpResponse response = client()->get(authorizePath({{field, value}}));
        QCOMPARE(response.status, 302);
        const QUrlQuery query(QUrl::fromEncoded(response.header("Location")));
        QCOMPARE(query.queryItemValue(u"error"_s), error);
        QCOMPARE(query.queryItemValue(u"state"_s), u"s1"_s);
        QVERIFY(!query.hasQueryItem(u"code"_s));
    }

    void anUntrustedRedirectIsNeverFollowed_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::addRow("another host") << u"http://evil.example.org:4711/cb"_s;
        QTest::addRow("https elsewhere") << u"https://evil.example.org/cb"_s;
        QTest::addRow("no port") << u"http://127.0.0.1/cb"_s;
        QTest::addRow("user info") << u"http://x@127.0.0.1:4711/cb"_s;
        QTest::addRow("missing") << QString();
    }
    void anUntrustedRedirectIsNeverFollowed()
    {
        QFETCH(QString, redirectUri);
        const HttpResponse response = client()->get(authorizePath({{u"redirect_uri"_s, redirectUri}}));
        QCOMPARE(response.status, 400);
        QVERIFY(response.header("Location").isEmpty());
        QCOMPARE(response.errorCode(), u"invalid_request"_s);
    }

    // --- The platform's registered client ---------------------------------------------------------------------

    void tokenScheme_data()
    {
        QTest::addColumn<QByteArray>("scheme");
        QTest::addRow("Bearer (the docs)") << QByteArray("Bearer");
        QTest::addRow("Token (the SDK)") << QByteArray("Token");
        QTest::addRow("Basic") << QByteArray("Basic");
    }
    void tokenScheme()
    {
        QFETCH(QByteArray, scheme);
        auto http = client(u"learner"_s);
        http->setScheme(scheme);
        const HttpResponse me = http->get(u"/api/v2/user/me/"_s);
        const bool accepted = scheme == "Bearer" || (scheme == "Token" && platform());
        QCOMPARE(me.status, accepted ? 200 : 401);
        if (!accepted)
            expectError(me, 401, u"UNAUTHORIZED"_s);
    }

    void anUnregisteredClientGetsNoTokens_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addRow("password, other client")
            << u"grant_type=password&username=learner&password=learner&client_id=someone-else"_s;
        QTest::addRow("password, no client") << u"grant_type=password&username=learner&password=learner"_s;
        QTest::addRow("refresh, other client") << u"grant_type=refresh_token&refresh_token=abc&client_id=x"_s;
    }
    void anUnregisteredClientGetsNoTokens()
    {
        QFETCH(QString, form);
        const HttpResponse response = client()->postForm(u"/oauth/token/"_s, QUrlQuery(form));
        if (!platform()) { // the contract registers no clients
            QVERIFY(response.errorCode() != u"invalid_client"_s);
            return;
        }
        QCOMPARE(response.status, 401);
        QCOMPARE(response.errorCode(), u"invalid_client"_s);
        QVERIFY(!response.json().contains(u"access_token"_s));
    }

    void theRegisteredClientIdIsAnOption()
    {
        if (!platform())
            QSKIP("the platform dialect's registered client");
        restartWith([](RefServer::Options &options) { options.clientId = u"desk-42"_s; });
        QVERIFY(client()->signIn(u"learner"_s, u"learner"_s).isEmpty()); // as "coursedesk"
        QUrlQuery form(u"grant_type=password&username=learner&password=learner&client_id=desk-42"_s);
        QCOMPARE(client()->postForm(u"/oauth/token/"_s, form).status, 200);
        // The browser sign-in names the client too: shown, never redirected.
        const HttpResponse refused = client()->get(authorizePath());
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"invalid_client"_s);
        QVERIFY(refused.header("Location").isEmpty());
        QCOMPARE(client()->get(authorizePath({{u"client_id"_s, u"desk-42"_s}})).status, 302);
    }

    void registeredRedirectUrisMatchExactly_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<bool>("registered");
        QTest::addRow("the registered one") << redirect << true;
        QTest::addRow("the other registered one") << u"http://localhost:4711/callback"_s << true;
        QTest::addRow("another port") << u"http://127.0.0.1:4712/cb"_s << false;
        QTest::addRow("another path") << u"http://127.0.0.1:4711/cb/"_s << false;
        QTest::addRow("with a query") << u"http://127.0.0.1:4711/cb?x=1"_s << false;
        QTest::addRow("https") << u"https://127.0.0.1:4711/cb"_s << false;
    }
    void registeredRedirectUrisMatchExactly()
    {
        QFETCH(QString, redirectUri);
        QFETCH(bool, registered);
        restartWith([](RefServer::Options &options) {
            options.redirectUris = {redirect, u"http://localhost:4711/callback"_s};
        });
        const HttpResponse response = client()->get(authorizePath({{u"redirect_uri"_s, redirectUri}}));
        // The contract registers nothing: any loopback http redirect will do.
        const bool accepted = platform() ? registered : AuthCodes::isLoopbackRedirect(QUrl(redirectUri));
        QCOMPARE(response.status, accepted ? 302 : 400);
        if (accepted) {
            QVERIFY(response.header("Location").startsWith(redirectUri.toLatin1()));
        } else {
            QVERIFY(response.header("Location").isEmpty());
            QCOMPARE(response.errorCode(), u"invalid_request"_s);
        }
    }
};

QTEST_GUILESS_MAIN(tst_RefServerOAuth)
#include "tst_RefServerOAuth.moc"

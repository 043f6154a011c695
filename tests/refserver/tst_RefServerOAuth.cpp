// The reference server's browser sign-in: GET /oauth/authorize/ (test mode: approves at once) and the
// authorization_code grant with PKCE verification, over real HTTP on loopback.
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

private slots:
    void init() { freshServer(); }
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
};

QTEST_GUILESS_MAIN(tst_RefServerOAuth)
#include "tst_RefServerOAuth.moc"

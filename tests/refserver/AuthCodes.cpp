#include "AuthCodes.h"

#include "StoreSql.h"
#include "domain/Clock.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

namespace {

constexpr int codeLifetimeSecs = 60;

QString randomCode()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

Reply redirectTo(QUrl target, const QList<std::pair<QString, QString>> &parameters)
{
    QUrlQuery query(target);
    for (const auto &[key, value] : parameters) {
        if (!value.isEmpty())
            query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    }
    target.setQuery(query);
    Reply reply;
    reply.status = 302;
    reply.contentType = "text/plain";
    reply.body = "Redirecting to the application.";
    reply.headers.emplaceBack("Location", target.toEncoded());
    reply.headers.emplaceBack("Cache-Control", "no-store");
    return reply;
}

} // namespace

AuthCodes::AuthCodes(Store &store, const Clock &clock, const RefServerOptions &options)
    : m_store(store)
    , m_clock(clock)
    , m_options(options)
{}

Reply AuthCodes::page(const QString &code, const QString &description) const
{
    QJsonObject body{{u"error"_s, code}, {u"error_description"_s, description}};
    if (!m_options.isPlatform())
        body.insert(u"message"_s, description);
    return Reply::json(body, 400);
}

bool AuthCodes::isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != u"http"_s || url.port() <= 0 || !url.userInfo().isEmpty() ||
        url.hasFragment())
        return false;
    const QString host = url.host();
    return host == u"127.0.0.1"_s || host == u"::1"_s || host == u"localhost"_s;
}

QString AuthCodes::s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Reply AuthCodes::authorize(const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    const auto field = [&](const QString &name) { return query.queryItemValue(name, QUrl::FullyDecoded); };
    const QString clientId = field(u"client_id"_s);
    const QUrl redirect(field(u"redirect_uri"_s), QUrl::StrictMode);
    // Without a trustworthy redirect URI the error is shown here, never sent anywhere (RFC 6749 §4.1.2.1).
    if (clientId.isEmpty())
        return page(u"invalid_request"_s, u"client_id is required."_s);
    if (m_options.isPlatform() && clientId != m_options.clientId)
        return page(u"invalid_client"_s, u"The client '%1' is not registered here."_s.arg(clientId));
    if (m_options.isPlatform() && !m_options.redirectUris.isEmpty()) {
        if (!m_options.redirectUris.contains(field(u"redirect_uri"_s)))
            return page(u"invalid_request"_s, u"redirect_uri is not registered for this client."_s);
    } else if (!isLoopbackRedirect(redirect)) {
        return page(u"invalid_request"_s, u"redirect_uri must be a loopback http://127.0.0.1:PORT/ address."_s);
    }
    const QString state = field(u"state"_s);
    const auto fail = [&](const QString &code, const QString &description) {
        return redirectTo(redirect, {{u"error"_s, code}, {u"error_description"_s, description}, {u"state"_s, state}});
    };
    if (field(u"response_type"_s) != u"code"_s)
        return fail(u"unsupported_response_type"_s, u"Only response_type=code is supported."_s);
    const QString challenge = field(u"code_challenge"_s);
    if (challenge.isEmpty() || field(u"code_challenge_method"_s) != u"S256"_s)
        return fail(u"invalid_request"_s, u"PKCE is required: code_challenge with code_challenge_method=S256."_s);
    const std::optional<User> user = m_store.userByName(m_options.authorizeAs);
    if (!user)
        return fail(u"access_denied"_s, u"Nobody is signed in to approve the request."_s);

    const QString code = randomCode();
    QSqlQuery insert =
        sql::prepare(m_store.db(),
                     "INSERT INTO auth_codes (code, user_id, client_id, redirect_uri, challenge, expires_at)"
                     " VALUES (?, ?, ?, ?, ?, ?)",
                     {code, user->id, clientId, redirect.toString(QUrl::FullyEncoded), challenge,
                      sql::ms(m_clock.now().addSecs(codeLifetimeSecs))});
    if (!execLogged(insert, "add authorization code"))
        return fail(u"server_error"_s, u"The authorization code could not be stored."_s);
    return redirectTo(redirect, {{u"code"_s, code}, {u"state"_s, state}});
}

Result<qint64> AuthCodes::redeem(const QString &code, const QString &clientId, const QString &redirectUri,
                                 const QString &verifier)
{
    if (code.isEmpty() || redirectUri.isEmpty() || clientId.isEmpty() || verifier.isEmpty())
        return Error{u"invalid_request"_s, u"code, redirect_uri, client_id and code_verifier are required."_s};
    QSqlQuery q = sql::prepare(m_store.db(),
                               "SELECT user_id, client_id, redirect_uri, challenge, expires_at FROM auth_codes"
                               " WHERE code = ? AND used = 0",
                               {code});
    if (!execLogged(q, "read authorization code") || !q.next())
        return Error{u"invalid_grant"_s, u"The authorization code is unknown or was already used."_s};
    const qint64 userId = q.value(0).toLongLong();
    const QString boundClient = q.value(1).toString();
    const QString boundRedirect = q.value(2).toString();
    const QString challenge = q.value(3).toString();
    const QDateTime expiresAt = sql::fromMs(q.value(4));
    QSqlQuery spend = sql::prepare(m_store.db(), "UPDATE auth_codes SET used = 1 WHERE code = ?", {code});
    if (!execLogged(spend, "spend authorization code"))
        return Error{u"server_error"_s, u"The authorization code could not be spent."_s};

    if (m_clock.now() >= expiresAt)
        return Error{u"invalid_grant"_s, u"The authorization code has expired."_s};
    if (clientId != boundClient)
        return Error{u"invalid_grant"_s, u"The authorization code was issued to another client."_s};
    if (QUrl(redirectUri).toString(QUrl::FullyEncoded) != boundRedirect)
        return Error{u"invalid_grant"_s, u"redirect_uri differs from the one of the authorization request."_s};
    static const QRegularExpression unreserved(QRegularExpression::anchoredPattern(u"[A-Za-z0-9._~-]{43,128}"_s));
    if (!unreserved.match(verifier).hasMatch() || s256(verifier) != challenge)
        return Error{u"invalid_grant"_s, u"PKCE verification failed: code_verifier does not match code_challenge."_s};
    return userId;
}

} // namespace coursedesk::refserver

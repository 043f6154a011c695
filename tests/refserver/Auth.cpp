#include "Auth.h"

#include "StoreSql.h"
#include "domain/Clock.h"

#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

namespace {

QString randomToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

// RFC 6749 error body; "message" too, like every other error of this server.
Reply oauthError(const QString &code, const QString &description)
{
    return Reply::json(
        QJsonObject{{u"error"_s, code}, {u"error_description"_s, description}, {u"message"_s, description}}, 400);
}

// application/x-www-form-urlencoded: '+' is a space.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

} // namespace

Auth::Auth(Store &store, const Clock &clock, int tokenLifetimeSecs, QString approveAs)
    : m_store(store)
    , m_clock(clock)
    , m_lifetimeSecs(tokenLifetimeSecs)
    , m_codes(store, clock, std::move(approveAs))
{}

Reply Auth::tokenEndpoint(const QHttpServerRequest &request)
{
    const QUrlQuery form = formBody(request.body());
    const auto field = [&](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    const QString grant = field(u"grant_type"_s);
    Result<TokenPair> tokens = Error{};
    if (grant == u"password"_s) {
        if (field(u"username"_s).isEmpty() || field(u"password"_s).isEmpty())
            return oauthError(u"invalid_request"_s, u"username and password are required."_s);
        tokens = signIn(field(u"username"_s), field(u"password"_s));
    } else if (grant == u"refresh_token"_s) {
        if (field(u"refresh_token"_s).isEmpty())
            return oauthError(u"invalid_request"_s, u"refresh_token is required."_s);
        tokens = refresh(field(u"refresh_token"_s));
    } else if (grant == u"authorization_code"_s) {
        const Result<qint64> user = m_codes.redeem(field(u"code"_s), field(u"client_id"_s), field(u"redirect_uri"_s),
                                                   field(u"code_verifier"_s));
        if (!user)
            return oauthError(user.error().code, user.error().message);
        tokens = issue(*user);
    } else {
        return oauthError(u"unsupported_grant_type"_s, u"The grant type '%1' is not supported here."_s.arg(grant));
    }
    if (!tokens)
        return oauthError(tokens.error().code, tokens.error().message);
    return Reply::json(QJsonObject{
        {u"access_token"_s, tokens->accessToken},
        {u"refresh_token"_s, tokens->refreshToken},
        {u"expires_in"_s, tokens->expiresIn},
        {u"token_type"_s, u"Bearer"_s},
        {u"scope"_s, u"read write"_s},
    });
}

Result<TokenPair> Auth::signIn(const QString &username, const QString &password)
{
    const std::optional<User> user = m_store.checkPassword(username, password);
    if (!user)
        return Error{u"invalid_grant"_s, u"Invalid credentials given."_s};
    return issue(user->id);
}

Result<TokenPair> Auth::refresh(const QString &refreshToken)
{
    QSqlQuery q =
        sql::prepare(m_store.db(), "SELECT user_id FROM refresh_tokens WHERE token = ? AND used = 0", {refreshToken});
    if (!execLogged(q, "read refresh token") || !q.next())
        return Error{u"invalid_grant"_s, u"The refresh token is unknown or was already used."_s};
    const qint64 userId = q.value(0).toLongLong();
    QSqlQuery spend = sql::prepare(m_store.db(), "UPDATE refresh_tokens SET used = 1 WHERE token = ?", {refreshToken});
    if (!execLogged(spend, "spend refresh token"))
        return Error{u"server_error"_s, spend.lastError().text()};
    return issue(userId);
}

Result<TokenPair> Auth::issue(qint64 userId)
{
    TokenPair pair{randomToken(), randomToken(), m_lifetimeSecs};
    QSqlQuery access =
        sql::prepare(m_store.db(), "INSERT INTO access_tokens (token, user_id, expires_at) VALUES (?, ?, ?)",
                     {pair.accessToken, userId, sql::ms(m_clock.now().addSecs(m_lifetimeSecs))});
    QSqlQuery refresh = sql::prepare(m_store.db(), "INSERT INTO refresh_tokens (token, user_id) VALUES (?, ?)",
                                     {pair.refreshToken, userId});
    if (!execLogged(access, "add access token") || !execLogged(refresh, "add refresh token"))
        return Error{u"server_error"_s, u"The tokens could not be stored."_s};
    return pair;
}

Outcome<User> Auth::authenticate(const QHttpServerRequest &request) const
{
    const QByteArray authorization = header(request, "Authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return Reply::unauthorized(u"Authentication credentials were not provided."_s);
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    QSqlQuery q = sql::prepare(m_store.db(), "SELECT user_id, expires_at FROM access_tokens WHERE token = ?", {token});
    if (!execLogged(q, "read access token") || !q.next())
        return Reply::unauthorized(u"The access token is invalid."_s);
    if (m_clock.now() >= sql::fromMs(q.value(1)))
        return Reply::unauthorized(u"The access token has expired."_s);
    const std::optional<User> user = m_store.user(q.value(0).toLongLong());
    if (!user)
        return Reply::unauthorized(u"The access token belongs to no user."_s);
    return *user;
}

void Auth::expireAll()
{
    // The epoch: expired whatever the clock skew is set to afterwards.
    QSqlQuery q = sql::prepare(m_store.db(), "UPDATE access_tokens SET expires_at = 0", {});
    (void)execLogged(q, "expire tokens");
}

} // namespace coursedesk::refserver

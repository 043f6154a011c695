#include "Auth.h"

#include "StoreSql.h"
#include "domain/Clock.h"

#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

namespace {

QString randomToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

// RFC 6749 §5.2 error body; the contract dialect adds "message", like every other error of its own.
Reply oauthError(Dialect dialect, const QString &code, const QString &description, int status = 400)
{
    QJsonObject body{{u"error"_s, code}, {u"error_description"_s, description}};
    if (dialect == Dialect::Contract)
        body.insert(u"message"_s, description);
    return Reply::json(body, status);
}

// application/x-www-form-urlencoded: '+' is a space.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

} // namespace

Auth::Auth(Store &store, const Clock &clock, const RefServerOptions &options)
    : m_store(store)
    , m_clock(clock)
    , m_options(options)
    , m_errors(options.dialect)
    , m_codes(store, clock, options)
{}

Reply Auth::tokenEndpoint(const QHttpServerRequest &request)
{
    const QUrlQuery form = formBody(request.body());
    const auto field = [&](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    const QString grant = field(u"grant_type"_s);
    const auto oauth = [this](const QString &code, const QString &description) {
        return oauthError(m_options.dialect, code, description);
    };
    // A platform registers its apps: a public client is known by its id, on every grant.
    if (m_options.isPlatform() && field(u"client_id"_s) != m_options.clientId) {
        return oauthError(m_options.dialect, u"invalid_client"_s,
                          u"The client '%1' is not registered here."_s.arg(field(u"client_id"_s)), 401);
    }
    Result<TokenPair> tokens = Error{};
    if (grant == u"password"_s) {
        if (field(u"username"_s).isEmpty() || field(u"password"_s).isEmpty())
            return oauth(u"invalid_request"_s, u"username and password are required."_s);
        tokens = signIn(field(u"username"_s), field(u"password"_s));
    } else if (grant == u"refresh_token"_s) {
        if (field(u"refresh_token"_s).isEmpty())
            return oauth(u"invalid_request"_s, u"refresh_token is required."_s);
        tokens = refresh(field(u"refresh_token"_s));
    } else if (grant == u"authorization_code"_s) {
        const Result<qint64> user = m_codes.redeem(field(u"code"_s), field(u"client_id"_s), field(u"redirect_uri"_s),
                                                   field(u"code_verifier"_s));
        if (!user)
            return oauth(user.error().code, user.error().message);
        tokens = issue(*user);
    } else {
        return oauth(u"unsupported_grant_type"_s, u"The grant type '%1' is not supported here."_s.arg(grant));
    }
    if (!tokens)
        return oauth(tokens.error().code, tokens.error().message);
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
    TokenPair pair{randomToken(), randomToken(), m_options.tokenLifetimeSecs};
    QSqlQuery access =
        sql::prepare(m_store.db(), "INSERT INTO access_tokens (token, user_id, expires_at) VALUES (?, ?, ?)",
                     {pair.accessToken, userId, sql::ms(m_clock.now().addSecs(m_options.tokenLifetimeSecs))});
    QSqlQuery refresh = sql::prepare(m_store.db(), "INSERT INTO refresh_tokens (token, user_id) VALUES (?, ?)",
                                     {pair.refreshToken, userId});
    if (!execLogged(access, "add access token") || !execLogged(refresh, "add refresh token"))
        return Error{u"server_error"_s, u"The tokens could not be stored."_s};
    return pair;
}

Outcome<User> Auth::authenticate(const QHttpServerRequest &request) const
{
    const QByteArray authorization = header(request, "Authorization");
    QByteArray scheme = "Bearer ";
    if (m_options.isPlatform() && authorization.startsWith("Token "))
        scheme = "Token ";
    if (!authorization.startsWith(scheme) || authorization.size() <= scheme.size())
        return m_errors.unauthorized(u"Authentication credentials were not provided."_s);
    const QString token = QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
    QSqlQuery q = sql::prepare(m_store.db(), "SELECT user_id, expires_at FROM access_tokens WHERE token = ?", {token});
    if (!execLogged(q, "read access token") || !q.next())
        return m_errors.unauthorized(u"The access token is invalid."_s);
    if (m_clock.now() >= sql::fromMs(q.value(1)))
        return m_errors.unauthorized(u"The access token has expired."_s);
    const std::optional<User> user = m_store.user(q.value(0).toLongLong());
    if (!user)
        return m_errors.unauthorized(u"The access token belongs to no user."_s);
    return *user;
}

void Auth::expireAll()
{
    // The epoch: expired whatever the clock skew is set to afterwards.
    QSqlQuery q = sql::prepare(m_store.db(), "UPDATE access_tokens SET expires_at = 0", {});
    (void)execLogged(q, "expire tokens");
}

} // namespace coursedesk::refserver

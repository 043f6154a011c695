#pragma once

#include "AuthCodes.h"
#include "Errors.h"
#include "Reply.h"
#include "ServerContext.h"
#include "Store.h"

#include <QDateTime>
#include <QString>

class QHttpServerRequest;

namespace coursedesk {
class Clock;
}

namespace coursedesk::refserver {

struct TokenPair final
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;
};

// Access and refresh tokens (rotating refresh tokens) in the store, and the /oauth/ endpoints. In the platform
// dialect every grant must name the registered client (options.clientId), else 401 invalid_client.
class Auth final
{
public:
    // options: the token lifetime, the user GET /oauth/authorize/ approves at once (test mode, see AuthCodes), the
    // dialect and its registered client.
    Auth(Store &store, const Clock &clock, const RefServerOptions &options);

    // grant_type=password, refresh_token or authorization_code (with PKCE); any other is unsupported_grant_type.
    Reply tokenEndpoint(const QHttpServerRequest &request);
    Reply authorizeEndpoint(const QHttpServerRequest &request) { return m_codes.authorize(request); }

    Result<TokenPair> signIn(const QString &username, const QString &password);
    // A refresh token works once: the reply carries a new one and the old one is spent.
    Result<TokenPair> refresh(const QString &refreshToken);
    // The user behind "Authorization: Bearer …" (platform dialect: also "Token …", the SDK's form), or 401 when it
    // is missing, unknown or expired.
    Outcome<User> authenticate(const QHttpServerRequest &request) const;
    // Every access token expires now (refresh tokens stay valid).
    void expireAll();

private:
    Result<TokenPair> issue(qint64 userId);

    Store &m_store;
    const Clock &m_clock;
    const RefServerOptions &m_options;
    Errors m_errors;
    AuthCodes m_codes;
};

} // namespace coursedesk::refserver

#pragma once

#include "AuthCodes.h"
#include "Reply.h"
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

// Access and refresh tokens (rotating refresh tokens) in the store, and the /oauth/ endpoints.
class Auth final
{
public:
    // approveAs: the user GET /oauth/authorize/ approves at once (test mode, see AuthCodes).
    Auth(Store &store, const Clock &clock, int tokenLifetimeSecs, QString approveAs);

    // grant_type=password, refresh_token or authorization_code (with PKCE); any other is unsupported_grant_type.
    Reply tokenEndpoint(const QHttpServerRequest &request);
    Reply authorizeEndpoint(const QHttpServerRequest &request) { return m_codes.authorize(request); }

    Result<TokenPair> signIn(const QString &username, const QString &password);
    // A refresh token works once: the reply carries a new one and the old one is spent.
    Result<TokenPair> refresh(const QString &refreshToken);
    // The user behind "Authorization: Bearer …", or 401 when it is missing, unknown or expired.
    Outcome<User> authenticate(const QHttpServerRequest &request) const;
    // Every access token expires now (refresh tokens stay valid).
    void expireAll();

private:
    Result<TokenPair> issue(qint64 userId);

    Store &m_store;
    const Clock &m_clock;
    int m_lifetimeSecs;
    AuthCodes m_codes;
};

} // namespace coursedesk::refserver

#pragma once

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

// Access and refresh tokens (rotating refresh tokens) in the store, and the /oauth/token/ endpoint.
class Auth final
{
public:
    Auth(Store &store, const Clock &clock, int tokenLifetimeSecs);

    // grant_type=password or refresh_token; any other grant is unsupported_grant_type.
    Reply tokenEndpoint(const QHttpServerRequest &request);

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
};

} // namespace coursedesk::refserver

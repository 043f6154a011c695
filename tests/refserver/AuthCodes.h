#pragma once

#include "Reply.h"
#include "Store.h"

#include <QString>

class QHttpServerRequest;

namespace coursedesk {
class Clock;
}

namespace coursedesk::refserver {

// The browser half of the authorization code grant with PKCE (RFC 6749 §4.1, RFC 7636), in a test mode:
// GET /oauth/authorize/ approves at once as one configured user (no login page) and redirects to the
// client's loopback redirect_uri with `code` and `state`. A code is bound to its client, redirect URI and
// S256 challenge, lives 60 seconds on the server clock and is spent by its first redemption, right or wrong.
class AuthCodes final
{
public:
    AuthCodes(Store &store, const Clock &clock, QString approveAs);

    Reply authorize(const QHttpServerRequest &request);
    // The user the code was issued to, or invalid_request / invalid_grant (RFC 6749 §5.2 codes).
    Result<qint64> redeem(const QString &code, const QString &clientId, const QString &redirectUri,
                          const QString &verifier);

    // http://127.0.0.1:PORT/…, http://[::1]:PORT/… or http://localhost:PORT/…: where a desktop app listens.
    static bool isLoopbackRedirect(const QUrl &url);
    // BASE64URL(SHA256(verifier)) without padding.
    static QString s256(const QString &verifier);

private:
    Store &m_store;
    const Clock &m_clock;
    QString m_approveAs;
};

} // namespace coursedesk::refserver

#pragma once

#include "Reply.h"
#include "ServerContext.h"
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
// Platform dialect: the client id must be the registered one (options.clientId), and when redirect URIs are
// registered (options.redirectUris) the redirect_uri must be one of them exactly; either failure is a 400 page,
// never a redirect.
class AuthCodes final
{
public:
    AuthCodes(Store &store, const Clock &clock, const RefServerOptions &options);

    Reply authorize(const QHttpServerRequest &request);
    // The user the code was issued to, or invalid_request / invalid_grant (RFC 6749 §5.2 codes).
    Result<qint64> redeem(const QString &code, const QString &clientId, const QString &redirectUri,
                          const QString &verifier);

    // http://127.0.0.1:PORT/…, http://[::1]:PORT/… or http://localhost:PORT/…: where a desktop app listens.
    static bool isLoopbackRedirect(const QUrl &url);
    // BASE64URL(SHA256(verifier)) without padding.
    static QString s256(const QString &verifier);

private:
    // A 400 shown to the browser, never sent to the redirect URI.
    Reply page(const QString &code, const QString &description) const;

    Store &m_store;
    const Clock &m_clock;
    const RefServerOptions &m_options;
};

} // namespace coursedesk::refserver

#pragma once

#include "domain/Result.h"
#include "remote/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace coursedesk {

// Sign-in in the user's browser: the OAuth2 authorization code grant with PKCE S256 (RFC 6749 §4.1, RFC 7636,
// RFC 8252 for native apps). QOAuth2AuthorizationCodeFlow builds the authorization URL, with the PKCE challenge
// and a `state` from the system's secure random source added by hand (Qt 6.4 has neither); a
// QOAuthHttpServerReplyHandler bound to 127.0.0.1 only (6.4 listens on every interface by default) takes the
// browser's redirect. The answer's state is checked here: a foreign answer ends the sign-in without using its
// code. The code is exchanged through ApiClient (HttpTransport: timeouts, https outside loopback, errors as
// values), not through the flow, whose 6.4 version only logs a failed exchange.
//
// Nothing here opens a browser: authorizationUrlReady hands the URL to the UI (QDesktopServices) or the CLI.
// Codes, verifiers and tokens are never logged.
class BrowserSignIn final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 5 * 60 * 1000; // how long to wait for the browser's answer
        // The loopback port of the redirect URI; 0 takes a free one. A community whose app was registered with
        // a fixed redirect URI (http://127.0.0.1:PORT/…) needs exactly that port.
        quint16 redirectPort = 0;
    };

    using Done = std::function<void(Result<TokenSet>)>;

    BrowserSignIn(ApiClient &api, Options options, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Listens on 127.0.0.1 (a free port), emits authorizationUrlReady, then calls done exactly once: with the
    // tokens, or an error whose code is one of listener, cancelled, timeout, state_mismatch, denied, no_code,
    // or the token endpoint's (e.g. invalid_grant).
    void start(Done done);
    // Ends a running sign-in with "cancelled"; the listener closes and a late answer is ignored.
    void cancel();

    bool isRunning() const { return bool(m_done); }
    // Valid while running.
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QString redirectUri() const { return m_redirectUri; }
    quint16 listenerPort() const;

signals:
    // Open this in the browser. It carries the state and the PKCE challenge, never the verifier.
    void authorizationUrlReady(const QUrl &url);

private:
    void onCallback(const QVariantMap &answer);
    void finish(Result<TokenSet> result);

    ApiClient &m_api;
    Options m_options;
    Done m_done;
    QPointer<QOAuthHttpServerReplyHandler> m_listener;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QTimer m_timeout;
    QByteArray m_verifier;
    QString m_state;
    QUrl m_authorizationUrl;
    QString m_redirectUri; // as sent in the authorization request; the exchange must repeat it
    quint64 m_attempt = 0; // tells a late token reply from the current sign-in
};

} // namespace coursedesk

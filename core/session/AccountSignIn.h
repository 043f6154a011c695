#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "session/Accounts.h"
#include "auth/CredentialStore.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace coursedesk {

class ApiClient;
class BrowserSignIn;
class HttpTransport;
struct TokenSet;

struct SignInOutcome final
{
    Account account;
    Credentials credentials;    // for this session; also in the store when `persistent`
    bool persistent = false;    // saved in the system keychain; false: memory only, asked again next time
    QString storageWarning;     // why not persistent, for people; empty when persistent
    bool signedInAgain = false; // an existing account (its queued actions kept), not a new one
};

// Signs an account in to its server, whichever way the user chose: in the browser (OAuth2 code + PKCE,
// BrowserSignIn), with a password (password grant) or with an access token. Then GET /api/v2/user/me/
// names the user, and:
// - a new account is added to the list with its own cache file;
// - an existing account (after a sign-out or a refused refresh) must come back as the same user: its cache
//   and queued actions stay as they are.
// The tokens go to the credential store and nowhere else; when the store is memory-only or refuses them the
// outcome says so (storageWarning) and the sign-in lasts for this session.
// Emits finished exactly once per sign-in. Name and server are checked before the network is touched.
class AccountSignIn final : public QObject
{
    Q_OBJECT

public:
    enum class Target
    {
        NewAccount,
        ExistingAccount,
    };

    AccountSignIn(Accounts &accounts, CredentialStore &store, const Clock &clock, QNetworkAccessManager &network,
                  QObject *parent = nullptr);
    ~AccountSignIn() override;

    // What the user typed, as a server address: a scheme is added when missing (https), the path's trailing
    // slashes, any query and fragment dropped. https is required except on this computer (loopback).
    static Result<QUrl> normaliseServer(const QString &text);

    // For a new account: a valid, unused name. For an existing one: it exists and has a server; `server` is
    // then ignored (empty is fine). Returns the server to use.
    Result<QUrl> check(Target target, const QString &name, const QUrl &server) const;

    // How CourseDesk is registered with the server of the next new account (its client id, a fixed redirect
    // port); kept with the account. An existing account signs in again with the app it was added with.
    void setNewAccountApp(const OAuthApp &app) { m_newAccountApp = app; }

    void signInWithPassword(Target target, const QString &name, const QUrl &server, const QString &username,
                            const QString &password);
    void signInWithToken(Target target, const QString &name, const QUrl &server, const QByteArray &accessToken);
    // Emits browserAuthorizationUrl, then waits for the browser's answer up to timeoutMs.
    void signInWithBrowser(Target target, const QString &name, const QUrl &server, int timeoutMs = 5 * 60 * 1000);
    // Ends the running sign-in (finished with code "cancelled"); nothing is added or stored.
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    // Open it in the browser (the UI) or print it (the CLI).
    void browserAuthorizationUrl(const QUrl &url);
    void succeeded(const coursedesk::SignInOutcome &outcome);
    void failed(const coursedesk::Error &error);

private:
    bool begin(Target target, const QString &name, const QUrl &server);
    void obtained(Result<TokenSet> tokens);
    void named(const Credentials &credentials, const QString &username);
    void completed(SignInOutcome outcome, const Status &saved);
    void fail(const Error &error);
    void teardown();
    QString unknownClient(const QString &serverText) const;

    Accounts &m_accounts;
    CredentialStore &m_store;
    const Clock &m_clock;
    QNetworkAccessManager &m_network;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<BrowserSignIn> m_browser;
    bool m_busy = false;
    bool m_committing = false; // the account is being added and its tokens stored
    quint64 m_attempt = 0;
    Target m_target = Target::NewAccount;
    QString m_name;
    QUrl m_server;
    OAuthApp m_newAccountApp;
    OAuthApp m_app; // of the running sign-in
};

} // namespace coursedesk

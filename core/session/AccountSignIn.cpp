#include "session/AccountSignIn.h"

#include "domain/Logging.h"

#include "auth/BrowserSignIn.h"
#include "remote/ApiClient.h"
#include "remote/HttpTransport.h"
#include "storage/CacheDatabase.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace coursedesk {


using namespace Qt::StringLiterals;

AccountSignIn::AccountSignIn(Accounts &accounts, CredentialStore &store, const Clock &clock,
                             QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_store(store)
    , m_clock(clock)
    , m_network(network)
{}

AccountSignIn::~AccountSignIn()
{
    m_browser.reset(); // before the API it uses
}

Result<QUrl> AccountSignIn::normaliseServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{u"bad_server"_s, tr("Enter the address of your course server, e.g. https://courses.example.org.")};
    // No scheme typed: https, the only one allowed beyond this computer.
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        return Error{u"bad_server"_s,
                     tr("'%1' is not a server address. Use one like https://courses.example.org.").arg(trimmed)};
    }
    if (!url.userInfo().isEmpty())
        return Error{u"bad_server"_s, tr("Leave the user name and password out of the address.")};
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    url.setHost(url.host().toLower());
    if (ApiResult<QUrl> allowed = HttpTransport::checkUrl(url); !allowed)
        return Error{u"insecure"_s, allowed.error().message};
    return url;
}

Result<QUrl> AccountSignIn::check(Target target, const QString &name, const QUrl &server) const
{
    if (target == Target::ExistingAccount) {
        Result<Account> account = m_accounts.find(name);
        if (!account)
            return account.error();
        if (account->local)
            return Error{u"local_account"_s, tr("'%1' lives on this computer only: it has no server.").arg(name)};
        return account->server;
    }
    if (!Accounts::isValidName(name)) {
        return Error{u"bad_account_name"_s, tr("'%1' is not a valid account name: use letters, digits, '.', '_' or "
                                               "'-', at most 64.")
                                                .arg(name)};
    }
    Result<Account> existing = m_accounts.find(name);
    if (existing)
        return Error{u"account_exists"_s, tr("An account named '%1' already exists.").arg(name)};
    if (existing.error().code != u"unknown_account"_s)
        return existing.error();
    if (ApiResult<QUrl> allowed = HttpTransport::checkUrl(server); !allowed)
        return Error{u"insecure"_s, allowed.error().message};
    return server;
}

bool AccountSignIn::begin(Target target, const QString &name, const QUrl &server)
{
    if (m_busy) {
        emit failed(Error{u"busy"_s, tr("A sign-in is already under way.")});
        return false;
    }
    Result<QUrl> checked = check(target, name, server);
    if (!checked) {
        emit failed(checked.error());
        return false;
    }
    OAuthApp app = m_newAccountApp;
    if (target == Target::ExistingAccount) {
        if (Result<Account> account = m_accounts.find(name))
            app = account->app;
    }
    if (Status usable = app.check(); !usable) {
        emit failed(usable.error());
        return false;
    }
    teardown();
    m_busy = true;
    ++m_attempt;
    m_target = target;
    m_name = name;
    m_server = *checked;
    m_transport = std::make_unique<HttpTransport>(m_network, m_clock, HttpTransport::Options{});
    m_api = std::make_unique<ApiClient>(*m_transport, m_server);
    m_api->setClientId(app.clientId);
    m_app = app;
    return true;
}

void AccountSignIn::signInWithPassword(Target target, const QString &name, const QUrl &server, const QString &username,
                                       const QString &password)
{
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        emit failed(Error{u"usage"_s, tr("Enter your user name and password.")});
        return;
    }
    if (!begin(target, name, server))
        return;
    const quint64 attempt = m_attempt;
    m_api->passwordGrant(username.trimmed(), password, [this, attempt](ApiResult<TokenSet> tokens) {
        if (attempt != m_attempt)
            return;
        if (!tokens) {
            Error error = tokens.error().toError();
            if (tokens.error().kind == ApiError::Kind::Http && tokens.error().serverCode == u"invalid_grant"_s)
                error.message = tr("The server did not accept this user name and password.");
            if (tokens.error().kind == ApiError::Kind::Http && tokens.error().serverCode == u"invalid_client"_s)
                error.message = unknownClient(tokens.error().message);
            return fail(error);
        }
        obtained(std::move(tokens).value());
    });
}

// A community registers its own apps (api-contract.md, "What a platform server does differently", point 10): the
// server's words say it does not know the client id, these say what to do about it.
QString AccountSignIn::unknownClient(const QString &serverText) const
{
    return tr("The server does not know CourseDesk's client ID ('%1'): ask your community's administrator for the "
              "client ID they registered for CourseDesk, and add the account with it. (The server said: %2)")
        .arg(m_api ? m_api->clientId() : QString(), serverText);
}

void AccountSignIn::signInWithToken(Target target, const QString &name, const QUrl &server,
                                    const QByteArray &accessToken)
{
    if (accessToken.trimmed().isEmpty()) {
        emit failed(Error{u"usage"_s, tr("Paste an access token.")});
        return;
    }
    if (!begin(target, name, server))
        return;
    TokenSet tokens;
    tokens.accessToken = accessToken.trimmed();
    obtained(tokens);
}

void AccountSignIn::signInWithBrowser(Target target, const QString &name, const QUrl &server, int timeoutMs)
{
    if (!begin(target, name, server))
        return;
    m_browser = std::make_unique<BrowserSignIn>(*m_api, BrowserSignIn::Options{timeoutMs, m_app.redirectPort});
    connect(m_browser.get(), &BrowserSignIn::authorizationUrlReady, this, &AccountSignIn::browserAuthorizationUrl);
    const quint64 attempt = m_attempt;
    m_browser->start([this, attempt](Result<TokenSet> tokens) {
        if (attempt != m_attempt)
            return;
        if (!tokens)
            return fail(tokens.error());
        obtained(std::move(tokens).value());
    });
}

void AccountSignIn::cancel()
{
    if (!m_busy || m_committing)
        return;
    if (m_browser && m_browser->isRunning()) {
        m_browser->cancel(); // ends through fail()
        return;
    }
    fail(Error{u"cancelled"_s, tr("The sign-in was cancelled.")});
}

void AccountSignIn::obtained(Result<TokenSet> tokens)
{
    const Credentials credentials{tokens->accessToken, tokens->refreshToken};
    m_transport->setAccessToken(credentials.accessToken);
    const quint64 attempt = m_attempt;
    m_api->me([this, attempt, credentials](ApiResult<UserInfo> me) {
        if (attempt != m_attempt)
            return;
        if (!me) {
            Error error = me.error().toError();
            error.message = me.error().isAuthFailure()
                                ? tr("The server did not accept this sign-in (%1).").arg(me.error().message)
                                : tr("Signing in to %1 failed: %2").arg(m_server.toString(), me.error().message);
            return fail(error);
        }
        named(credentials, me->username);
    });
}

void AccountSignIn::named(const Credentials &credentials, const QString &username)
{
    SignInOutcome outcome;
    outcome.credentials = credentials;
    outcome.signedInAgain = m_target == Target::ExistingAccount;
    if (m_target == Target::ExistingAccount) {
        Result<Account> account = m_accounts.find(m_name);
        if (!account)
            return fail(account.error());
        if (account->userName != username) {
            return fail(Error{u"other_user"_s, tr("You signed in as '%1', but '%2' belongs to '%3'. Sign in as '%3'; "
                                                  "the account's queued actions are kept.")
                                                   .arg(username, m_name, account->userName)});
        }
        outcome.account = *account;
    } else {
        outcome.account = Account{m_name, false, m_server, username, m_app};
        if (Status added = m_accounts.add(outcome.account); !added)
            return fail(added.error());
        // The account's own cache file, created now so that it exists from the first moment.
        if (Result<std::unique_ptr<CacheDatabase>> db = m_accounts.openCache(m_name); !db) {
            (void)m_accounts.remove(m_name);
            return fail(db.error());
        }
    }
    const quint64 attempt = m_attempt;
    m_committing = true; // from here on the sign-in completes: cancel() no longer undoes it
    // The keychain may answer after this object is gone (a closed dialog): the guard drops that answer.
    m_store.write(m_name, credentials, [self = QPointer<AccountSignIn>(this), attempt, outcome](Status saved) mutable {
        if (!self || attempt != self->m_attempt)
            return;
        self->completed(std::move(outcome), saved);
    });
}

void AccountSignIn::completed(SignInOutcome outcome, const Status &saved)
{
    outcome.persistent = saved && m_store.isPersistent();
    if (!saved) {
        outcome.storageWarning = tr("The sign-in could not be saved (%1): you will be asked to sign in again "
                                    "next time.")
                                     .arg(saved.error().message);
    } else if (!m_store.isPersistent()) {
        outcome.storageWarning = tr("No system keychain is available, so the sign-in is kept in memory only: you "
                                    "will be asked to sign in again next time.");
    }
    qCDebug(lcAuth) << "signed in:" << outcome.account.name << (outcome.persistent ? "saved" : "memory only");
    m_busy = false;
    m_committing = false;
    ++m_attempt;
    emit succeeded(outcome);
}

void AccountSignIn::fail(const Error &error)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_committing = false;
    ++m_attempt;
    if (m_transport)
        m_transport->cancelAll();
    qCDebug(lcAuth) << "sign-in failed:" << error.code;
    emit failed(error);
}

void AccountSignIn::teardown()
{
    if (m_browser)
        m_browser.release()->deleteLater(); // may be inside its own callback
    m_api.reset();
    m_transport.reset();
}

} // namespace coursedesk

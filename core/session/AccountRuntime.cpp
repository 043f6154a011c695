#include "session/AccountRuntime.h"

#include "remote/ApiClient.h"
#include "remote/HttpTransport.h"
#include "session/CourseSession.h"
#include "session/Dashboard.h"
#include "session/SessionRefresher.h"
#include "storage/CacheDatabase.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

namespace coursedesk {

struct AccountRuntime::Remote
{
    HttpTransport transport;
    ApiClient api;
    SessionRefresher refresher;
    SyncEngine engine;
    SyncScheduler scheduler;
    Dashboard dashboard;

    Remote(CourseSession &session, CacheDatabase &db, const Clock &clock, QNetworkAccessManager &network,
           const QUrl &server, const OAuthApp &app,
           CredentialStore &store, const QString &accountName, const Credentials &credentials,
           const AccountRuntime::Options &options)
        : transport(network, clock, HttpTransport::Options{})
        , api(transport, server, app.clientId)
        , refresher(api, store, accountName, credentials)
        , engine(session, api, SyncEngine::Options{})
        , scheduler(session, engine,
                    SyncScheduler::Options{options.syncIntervalMinutes, options.syncDebounceMs,
                                           options.watchConnectivity})
        , dashboard(api, db, clock)
    {
        transport.setAccessToken(credentials.accessToken);
        engine.setTokenRefresher(&refresher);
    }
};

Result<std::unique_ptr<AccountRuntime>> AccountRuntime::open(const Accounts &accounts, const Account &account,
                                                             const Clock &clock, QNetworkAccessManager &network,
                                                             CredentialStore &store, const Credentials &credentials,
                                                             Options options)
{
    if (!account.local) {
        if (ApiResult<QUrl> allowed = HttpTransport::checkUrl(account.server); !allowed)
            return allowed.error().toError();
    }
    Result<std::unique_ptr<CacheDatabase>> db = CacheDatabase::open(accounts.databasePath(account.name));
    if (!db)
        return db.error();

    std::unique_ptr<AccountRuntime> runtime(new AccountRuntime);
    runtime->m_account = account;
    runtime->m_db = std::move(db).value();
    runtime->m_session = std::make_unique<CourseSession>(
        *runtime->m_db, clock, account.local ? CourseSession::Kind::Local : CourseSession::Kind::Server);
    runtime->m_hasCredentials = !credentials.isEmpty();
    if (!account.local) {
        runtime->m_remote = std::make_unique<Remote>(*runtime->m_session, *runtime->m_db, clock, network, account.server,
                                                     account.app, store,
                                                     account.name, credentials, options);
    }
    return runtime;
}

AccountRuntime::~AccountRuntime()
{
    m_remote.reset();
    m_session.reset();
    m_db.reset();
}

SyncScheduler *AccountRuntime::scheduler()
{
    return m_remote ? &m_remote->scheduler : nullptr;
}

Dashboard *AccountRuntime::dashboard()
{
    return m_remote ? &m_remote->dashboard : nullptr;
}

ApiClient *AccountRuntime::api()
{
    return m_remote ? &m_remote->api : nullptr;
}

} // namespace coursedesk

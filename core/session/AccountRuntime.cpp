#include "session/AccountRuntime.h"

#include "remote/ApiClient.h"
#include "remote/MediaFetcher.h"
#include "session/CourseSearch.h"
#include "session/CourseSession.h"
#include "session/Dashboard.h"
#include "session/LessonComments.h"
#include "session/Notebook.h"
#include "session/OfflineFiles.h"
#include "session/SessionRefresher.h"
#include "storage/CacheDatabase.h"
#include "storage/LearnerState.h"
#include "storage/MediaStore.h"
#include "sync/MediaSync.h"
#include "sync/SyncScheduler.h"

namespace coursedesk {

struct AccountRuntime::Remote
{
    HttpTransport transport;
    ApiClient api;
    std::unique_ptr<SessionRefresher> refresher;
    SyncEngine engine;
    SyncScheduler scheduler;
    Dashboard dashboard;
    MediaFetcher fetcher; // the lessons' files (issue 18)
    MediaSync mediaSync;

    Remote(LearnerState &state, CacheDatabase &db, const Clock &clock, QNetworkAccessManager &network,
           const Account &account, CredentialStore &store, const Credentials &credentials,
           const AccountRuntime::Options &options, MediaStore &media)
        : transport(network, clock, options.transport)
        , api(transport, account.server, account.app.clientId)
        , refresher(std::make_unique<SessionRefresher>(api, store, account.name, credentials))
        , engine(state, api, options.engine, nullptr, options.random)
        , scheduler(
              state, engine,
              SyncScheduler::Options{options.syncIntervalMinutes, options.syncDebounceMs, options.watchConnectivity})
        , dashboard(api, db, clock)
        , fetcher(network, transport, account.server, MediaFetcher::Options{options.transport.transferTimeoutMs, 5})
        , mediaSync(media, fetcher, clock, options.media)
    {
        transport.setAccessToken(credentials.accessToken);
        engine.setTokenRefresher(refresher.get());
        engine.setMedia(&mediaSync);
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
    Result<std::unique_ptr<CacheDatabase>> db = accounts.openCache(account.name);
    if (!db)
        return db.error();

    std::unique_ptr<AccountRuntime> runtime(new AccountRuntime);
    runtime->m_account = account;
    runtime->m_db = std::move(db).value();
    runtime->m_state = std::make_unique<LearnerState>(
        *runtime->m_db, clock, account.local ? LearnerState::Kind::Local : LearnerState::Kind::Server);
    runtime->m_session = std::make_unique<CourseSession>(*runtime->m_state);
    runtime->m_notebook = std::make_unique<Notebook>(*runtime->m_db, clock);
    runtime->m_search = std::make_unique<CourseSearch>(*runtime->m_db, *runtime->m_session);
    if (Status built = runtime->m_search->ensureBuilt(); !built)
        return built.error();
    QObject::connect(runtime->m_state.get(), &LearnerState::lessonUnlocked, runtime->m_notebook.get(),
                     [notebook = runtime->m_notebook.get()](qint64 course, qint64 lesson) {
                         (void)notebook->recordUnlocked(course, lesson); // a badge only: nothing to lose
                     });
    runtime->m_media = std::make_unique<MediaStore>(*runtime->m_db);
    runtime->m_hasCredentials = !credentials.isEmpty();
    if (!account.local) {
        runtime->m_remote = std::make_unique<Remote>(*runtime->m_state, *runtime->m_db, clock, network, account, store,
                                                     credentials, options, *runtime->m_media);
        CourseSession *session = runtime->m_session.get();
        QObject::connect(&runtime->m_remote->scheduler, &SyncScheduler::statusChanged, session,
                         &CourseSession::setSyncStatus);
    }
    runtime->m_comments = std::make_unique<LessonComments>(*runtime->m_state, *runtime->m_session,
                                                           runtime->m_remote ? &runtime->m_remote->api : nullptr);
    runtime->m_comments->setSelf(CommentAuthor{0, account.userName, {}});
    runtime->m_files =
        std::make_unique<OfflineFiles>(*runtime->m_media, runtime->m_remote ? &runtime->m_remote->mediaSync : nullptr,
                                       account.local ? QUrl() : account.server);
    runtime->m_session->setOfflineFiles(runtime->m_files.get());
    return runtime;
}

AccountRuntime::~AccountRuntime()
{
    if (m_session)
        m_session->setOfflineFiles(nullptr);
    m_files.reset();
    m_comments.reset();
    m_remote.reset();
    m_media.reset();
    m_search.reset();
    m_notebook.reset();
    m_session.reset();
    m_state.reset();
    m_db.reset();
}

SyncScheduler *AccountRuntime::scheduler()
{
    return m_remote ? &m_remote->scheduler : nullptr;
}

SyncEngine *AccountRuntime::engine()
{
    return m_remote ? &m_remote->engine : nullptr;
}

Dashboard *AccountRuntime::dashboard()
{
    return m_remote ? &m_remote->dashboard : nullptr;
}

ApiClient *AccountRuntime::api()
{
    return m_remote ? &m_remote->api : nullptr;
}

HttpTransport *AccountRuntime::transport()
{
    return m_remote ? &m_remote->transport : nullptr;
}

void AccountRuntime::useCredentials(const Credentials &credentials)
{
    if (!m_remote)
        return;
    m_hasCredentials = !credentials.isEmpty();
    m_remote->transport.setAccessToken(credentials.accessToken);
    m_remote->refresher->setCredentials(credentials);
}

Credentials AccountRuntime::credentials() const
{
    return m_remote ? m_remote->refresher->credentials() : Credentials{};
}

} // namespace coursedesk

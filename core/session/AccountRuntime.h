#pragma once

#include "auth/CredentialStore.h"
#include "domain/Result.h"
#include "remote/HttpTransport.h"
#include "session/Accounts.h"
#include "sync/MediaSync.h"
#include "sync/SyncEngine.h"

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace coursedesk {

class ApiClient;
class CacheDatabase;
class Clock;
class CourseSearch;
class CourseSession;
class Dashboard;
class LearnerState;
class LessonComments;
class Notebook;
class MediaStore;
class OfflineFiles;
class SessionRefresher;
class SyncScheduler;

// One open account, wired once for the window, the command line and the tests alike: its cache, the learner
// state over it and the session façade; for a server account also the network stack (transport, API client),
// the token refresher, the sync engine, the background scheduler (published into the session's sync status)
// and the instructor dashboard's data. Nothing else in CourseDesk composes these.
//
// A server account without saved credentials still opens: the cache is there to read offline, and the first
// sync reports "sign in again" (nothing queued is lost).
class AccountRuntime final
{
public:
    struct Options
    {
        int syncIntervalMinutes = 15;
        int syncDebounceMs = 3'000;
        bool watchConnectivity = true;
        HttpTransport::Options transport{};
        SyncEngine::Options engine{};
        MediaSync::Options media{};        // the lessons' files: per-host downloads, size caps
        std::function<quint32()> random{}; // the backoff's jitter; null: the system generator
    };

    // credentials: what the credential store holds for the account (empty when nothing is saved).
    static Result<std::unique_ptr<AccountRuntime>> open(const Accounts &accounts, const Account &account,
                                                        const Clock &clock, QNetworkAccessManager &network,
                                                        CredentialStore &store, const Credentials &credentials,
                                                        Options options);
    ~AccountRuntime();

    const Account &account() const { return m_account; }
    CourseSession &session() { return *m_session; }
    // Notes, bookmarks and what's new; search over the cached courses (find branch).
    Notebook &notebook() { return *m_notebook; }
    CourseSearch &search() { return *m_search; }
    // The storage-level state under the session: what the sync engine works on, and what tests inspect.
    LearnerState &state() { return *m_state; }
    // Null for the local account, which has no server.
    SyncScheduler *scheduler();
    SyncEngine *engine();
    ApiClient *api();
    HttpTransport *transport();
    // The instructor dashboard's data (with its offline page cache); null for the local account.
    Dashboard *dashboard();
    // Lesson comments and the instructor's comment inbox (for the local account: refuses with a clear message).
    LessonComments &comments() { return *m_comments; }
    // The offline copy of the lessons' files (also the session's offlineFiles()).
    OfflineFiles &offlineFiles() { return *m_files; }
    bool hasCredentials() const { return m_hasCredentials; }
    // A new sign-in for this account (the tokens are already stored by whoever obtained them): used from now on.
    void useCredentials(const Credentials &credentials);
    // The tokens in use now (after any refresh); empty for the local account.
    Credentials credentials() const;

private:
    struct Remote;
    AccountRuntime() = default;

    Account m_account;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<LearnerState> m_state;
    std::unique_ptr<CourseSession> m_session;
    std::unique_ptr<Notebook> m_notebook;
    std::unique_ptr<CourseSearch> m_search;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<Remote> m_remote; // destroyed first: it refers to the state and the session
    std::unique_ptr<LessonComments> m_comments;
    std::unique_ptr<OfflineFiles> m_files;
    bool m_hasCredentials = false;
};

} // namespace coursedesk

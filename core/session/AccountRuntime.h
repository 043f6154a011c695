#pragma once

#include "domain/Result.h"
#include "session/Accounts.h"
#include "session/CredentialStore.h"

#include <memory>

class QNetworkAccessManager;

namespace coursedesk {

class ApiClient;
class CacheDatabase;
class Clock;
class CourseSession;
class Dashboard;
class SyncEngine;
class SyncScheduler;

// One open account, composed once: its cache and the session over it, and for a server account the
// network stack, the token refresher, the sync engine and the background scheduler. The window works
// through session() and, for a server account, scheduler(); it builds none of this itself.
//
// A server account without saved credentials still opens: the cache is there to read offline, and
// the first sync reports "sign in again" (nothing queued is lost).
class AccountRuntime final
{
public:
    struct Options
    {
        int syncIntervalMinutes = 15;
        int syncDebounceMs = 3'000;
        bool watchConnectivity = true;
    };

    // credentials: what the credential store holds for the account (empty when nothing is saved).
    static Result<std::unique_ptr<AccountRuntime>> open(const Accounts &accounts, const Account &account,
                                                        const Clock &clock, QNetworkAccessManager &network,
                                                        CredentialStore &store, const Credentials &credentials,
                                                        Options options);
    ~AccountRuntime();

    const Account &account() const { return m_account; }
    CourseSession &session() { return *m_session; }
    // Null for the local account, which has no server.
    SyncScheduler *scheduler();
    ApiClient *api();
    // The instructor dashboard's data (with its offline page cache); null for the local account.
    Dashboard *dashboard();
    bool hasCredentials() const { return m_hasCredentials; }

private:
    struct Remote;
    AccountRuntime() = default;

    Account m_account;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<CourseSession> m_session;
    std::unique_ptr<Remote> m_remote; // destroyed first: it refers to the session
    bool m_hasCredentials = false;
};

} // namespace coursedesk

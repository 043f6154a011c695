#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "session/Accounts.h"
#include "auth/CredentialStore.h"

#include <functional>

namespace coursedesk {

class LearnerState;

// Signing an account out: its tokens leave the credential store; the account and its cache stay. Actions
// still waiting for the server are kept, to be sent after the next sign-in, unless the user explicitly
// discards them: then each lesson rolls back to the state the server confirmed, as if the server had
// refused the action, and the entries are dropped.
class AccountSignOut final
{
public:
    enum class Queued
    {
        Keep,
        Discard,
    };

    AccountSignOut(Accounts &accounts, CredentialStore &store, const Clock &clock);

    // How many actions of the account wait for the server (pending or in flight). `open`: the account's
    // session when the application has it open (its cache is then used through it); otherwise the cache file
    // is read. A local account has none.
    Result<int> queuedActions(const QString &name, LearnerState *open = nullptr) const;
    // Calls done once. With Discard, the actions are dropped first; if that fails, the tokens stay too.
    void signOut(const QString &name, Queued queued, LearnerState *open, std::function<void(Status)> done);

private:
    Status discard(const QString &name, LearnerState *open);

    Accounts &m_accounts;
    CredentialStore &m_store;
    const Clock &m_clock;
};

} // namespace coursedesk

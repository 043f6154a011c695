#pragma once

#include "auth/CredentialStore.h"
#include "sync/TokenRefresher.h"

#include <QString>

namespace coursedesk {

class ApiClient;

// Refreshes an account's access token with its refresh token, saves the new pair in the credential
// store and installs it in the API's transport. A failed refresh (no refresh token, refused, offline)
// answers false; the caller keeps the queue and asks for a new sign-in.
class SessionRefresher final : public TokenRefresher
{
public:
    SessionRefresher(ApiClient &api, CredentialStore &store, QString account, Credentials current);

    void refresh(std::function<void(bool renewed)> done) override;
    const Credentials &credentials() const { return m_current; }
    // A new sign-in: its tokens are the ones refreshed from now on.
    void setCredentials(const Credentials &credentials) { m_current = credentials; }

private:
    ApiClient &m_api;
    CredentialStore &m_store;
    QString m_account;
    Credentials m_current;
};

} // namespace coursedesk

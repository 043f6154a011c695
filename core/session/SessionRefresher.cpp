#include "session/SessionRefresher.h"

#include "domain/Logging.h"

#include "remote/ApiClient.h"


namespace coursedesk {


SessionRefresher::SessionRefresher(ApiClient &api, CredentialStore &store, QString account, Credentials current)
    : m_api(api)
    , m_store(store)
    , m_account(std::move(account))
    , m_current(std::move(current))
{
}

void SessionRefresher::refresh(std::function<void(bool renewed)> done)
{
    if (m_current.refreshToken.isEmpty())
        return done(false);
    m_api.refreshGrant(m_current.refreshToken, [this, done](ApiResult<TokenSet> tokens) {
        if (!tokens) {
            qCInfo(lcAuth) << "token refresh refused:" << tokens.error().kindName() << tokens.error().httpStatus;
            return done(false);
        }
        m_current = Credentials{tokens->accessToken,
                                tokens->refreshToken.isEmpty() ? m_current.refreshToken : tokens->refreshToken};
        m_api.transport().setAccessToken(m_current.accessToken);
        m_store.write(m_account, m_current, [done](Status saved) {
            if (!saved)
                qCWarning(lcAuth) << "the renewed sign-in could not be saved:" << saved.error().message;
            done(true); // renewed for this session either way
        });
    });
}

} // namespace coursedesk

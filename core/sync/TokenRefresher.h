#pragma once

#include <functional>

namespace coursedesk {

// Gets a fresh access token (with the refresh token), saves it and installs it in the transport.
// The sync engine calls it once when the server answers 401, then retries with the same idempotency key.
class TokenRefresher
{
public:
    virtual ~TokenRefresher() = default;
    virtual void refresh(std::function<void(bool renewed)> done) = 0;
};

} // namespace coursedesk

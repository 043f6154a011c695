#pragma once

#include <QByteArray>

namespace coursedesk {

// Proof Key for Code Exchange (RFC 7636) and the OAuth2 `state`, from the system's secure random source
// (QRandomGenerator::system()). Values are base64url without padding: unreserved characters only.
class Pkce final
{
public:
    // 32 random bytes: a 43-character verifier (the RFC's range is 43 to 128).
    static QByteArray newVerifier();
    // S256: BASE64URL(SHA256(ASCII(verifier))).
    static QByteArray challenge(const QByteArray &verifier);
    // 24 random bytes: a 32-character state that ties the browser's answer to this sign-in.
    static QByteArray newState();

private:
    static QByteArray randomBase64Url(int bytes);
};

} // namespace coursedesk

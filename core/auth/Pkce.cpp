#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace coursedesk {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray Pkce::randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; i += 4) {
        const quint32 word = QRandomGenerator::system()->generate();
        for (int j = 0; j < 4 && i + j < bytes; ++j)
            raw[i + j] = char((word >> (8 * j)) & 0xff);
    }
    return raw.toBase64(base64Url);
}

QByteArray Pkce::newVerifier()
{
    return randomBase64Url(32);
}

QByteArray Pkce::challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64Url);
}

QByteArray Pkce::newState()
{
    return randomBase64Url(24);
}

} // namespace coursedesk

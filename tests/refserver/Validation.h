#pragma once

#include "Reply.h"

#include <QDateTime>
#include <QHash>
#include <QString>

class QHttpServerRequest;

namespace coursedesk::refserver {

// Conditional GET for lesson bodies and media files, in both dialects (RFC 9110 §13, as Django's
// ConditionalGetMiddleware gives it): every 200 gets a strong ETag (a hash of the body) and a Last-Modified (when this
// server first sent the body it sends now, for that path and user; a media file's own upload time). If-None-Match
// decides when present
// ("*" or a listed tag, weak or not, matches); otherwise If-Modified-Since does. A match is 304 with the validators
// and no body.
class Validation final
{
public:
    // key: what the representation is of (path and user); lastModified: null to have it learnt from the bodies.
    Reply apply(Reply reply, const QHttpServerRequest &request, const QString &key, const QDateTime &now,
                const QDateTime &lastModified = {});
    int notModified() const { return m_notModified; }

private:
    QHash<QString, std::pair<QByteArray, QDateTime>> m_seen; // key → (etag, first sent)
    int m_notModified = 0;
};

} // namespace coursedesk::refserver

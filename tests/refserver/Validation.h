#pragma once

#include "Reply.h"

#include <QDateTime>
#include <QHash>
#include <QString>

class QHttpServerRequest;

namespace coursedesk::refserver {

// Conditional GET for lesson bodies and media files, in both dialects (RFC 9110 §13, as Django's
// ConditionalGetMiddleware gives it): every 200 gets a strong ETag (a hash of the body) and a Last-Modified: the
// time the caller knows (a lesson's creation or the learner's last attempt at it, a media file's upload) the first
// time this server sends that path to that user, and from then on the time the body last changed from what it sent
// before. If-None-Match decides when present ("*" or a listed tag, weak or not, matches); otherwise
// If-Modified-Since does. A match is 304 with the validators and no body. No Cache-Control is sent: a client may keep
// a copy for a tenth of its age (RFC 9111, 4.2.2).
class Validation final
{
public:
    // key: what the representation is of (path and user); lastModified: when it last changed as far as the caller
    // knows (null: now), used the first time the key is seen.
    Reply apply(Reply reply, const QHttpServerRequest &request, const QString &key, const QDateTime &now,
                const QDateTime &lastModified = {});
    int notModified() const { return m_notModified; }

private:
    QHash<QString, std::pair<QByteArray, QDateTime>> m_seen; // key → (etag, first sent)
    int m_notModified = 0;
};

} // namespace coursedesk::refserver

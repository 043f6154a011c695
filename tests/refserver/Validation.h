#pragma once

#include "Reply.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

class QHttpServerRequest;

namespace coursedesk::refserver {

// Conditional GET for lesson bodies, media files and comment lists, in both dialects (RFC 9110 §13, as Django's
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
    // knows (null: now), used the first time the key is seen; later, the time its body last changed.
    Reply apply(Reply reply, const QHttpServerRequest &request, const QString &key, const QDateTime &now,
                const QDateTime &lastModified = {});
    // The same for a representation whose state is known before it is built (branch comments2): the strong ETag is
    // a hash of `state`, which must change whenever the body would (it may change more often); a match is 304
    // without `build` being called, so a client whose copy is current costs no encoding.
    // lastModified as for apply().
    Reply applyTagged(const QByteArray &state, const QHttpServerRequest &request, const QString &key,
                      const QDateTime &now, const std::function<Reply()> &build, const QDateTime &lastModified = {});
    int notModified() const { return m_notModified; }

private:
    static QByteArray tagOf(const QByteArray &bytes);
    // The ETag and Last-Modified headers for `etag`: lastModified (null: now) the first time `key` is seen, then the
    // time `key` was first sent with this etag.
    QList<std::pair<QByteArray, QByteArray>> validators(const QByteArray &etag, const QString &key,
                                                        const QDateTime &now, const QDateTime &lastModified,
                                                        QDateTime *modifiedOut);
    // Whether the request's If-None-Match (else If-Modified-Since) says the client's copy is current.
    static bool unchanged(const QHttpServerRequest &request, const QByteArray &etag, const QDateTime &modified);
    Reply notModifiedReply(const QList<std::pair<QByteArray, QByteArray>> &headers);

    QHash<QString, std::pair<QByteArray, QDateTime>> m_seen; // key → (etag, first sent)
    int m_notModified = 0;
};

} // namespace coursedesk::refserver

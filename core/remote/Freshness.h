#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace coursedesk {

// How long a lesson body or file received from the server may be kept without asking the server again (RFC 9111,
// section 4.2), so that a sync with nothing changed does not ask about every lesson each time:
//  - the server's own word first: Cache-Control no-store or no-cache (ask every time), max-age (minus the reply's
//    Age), or else Expires - Date;
//  - without one, the heuristic of section 4.2.2 that browsers use: a tenth of the time since Last-Modified, capped
//    at heuristicCapSeconds (an edit to an old lesson is seen by the first sync after at most an hour);
//  - nothing to go by (no validators, no dates): ask every time.
// A copy that is no longer fresh is asked with its validators and a 304 renews it (section 4.3.4).
struct Freshness final
{
    static constexpr qint64 heuristicCapSeconds = 3600;

    struct Directives
    {
        bool noStore = false;
        bool noCache = false;
        std::optional<qint64> maxAgeSeconds;
    };
    // Cache-Control, as a private cache reads it: s-maxage and public are for shared caches; an unreadable
    // max-age is taken as 0 (section 4.2.1: a cache treats an invalid freshness as stale).
    static Directives parseCacheControl(QByteArrayView value);

    // Whether the heuristic may be used: not for what is a conversation (comment threads), where an answer is
    // expected at the next sync and only the server's own word keeps a copy without asking.
    enum class Heuristic
    {
        Allowed,
        None,
    };

    // Until when the reply with these headers (names lower-cased) is fresh, on the local clock; receivedAt is when
    // it arrived. An invalid time: not fresh at all.
    static QDateTime until(const QHash<QByteArray, QByteArray> &headers, const QDateTime &receivedAt,
                           Heuristic heuristic = Heuristic::Allowed);
};

} // namespace coursedesk

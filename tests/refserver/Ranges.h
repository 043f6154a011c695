#pragma once

#include "Reply.h"

class QHttpServerRequest;

namespace coursedesk::refserver {

// Range requests for media files, in both dialects, written from RFC 9110 §14 and §13.1.5 (not from the client):
// a 200 reply (after the conditional checks of Validation, which come first, §13.2.2) becomes a 206 with one
// Content-Range when the request has `Range: bytes=first-[last]` or `bytes=-suffix` and no If-Range, or an If-Range
// that matches: an entity tag compared strongly with the reply's ETag (a weak tag never matches), or an HTTP date
// equal to the reply's Last-Modified. A range that starts past the end is 416 with `Content-Range: bytes */length`.
// A Range that cannot be read, is not in bytes, or asks for several ranges, and an If-Range that does not match, are
// ignored: the whole file (200). Every 200 says `Accept-Ranges: bytes`.
class Ranges final
{
public:
    static Reply apply(Reply full, const QHttpServerRequest &request);
};

} // namespace coursedesk::refserver

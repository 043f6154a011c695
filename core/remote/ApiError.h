#pragma once

#include "domain/Result.h"

#include <QString>

#include <optional>

namespace coursedesk {

// Every failure of a server call, typed: never a crash, never a silent empty result.
struct ApiError final
{
    enum class Kind
    {
        Network,             // connection refused, reset, DNS, TLS: nothing came back
        Timeout,             // no progress within the transfer timeout
        Http,                // the server answered with an error status
        BadReply,            // a reply we cannot read: malformed JSON, unexpected shape, truncated body
        TooLarge,            // the reply exceeded the size cap
        Insecure,            // http:// to a host that is not loopback
        CrossOriginRedirect, // a redirect to another origin: not followed, the token stays home
        Cancelled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;              // Http
    QString serverCode;              // the body's "error", e.g. LESSON_LOCKED
    QString message;                 // for people: the server's "message" when present
    std::optional<qint64> retryAfterMs; // 429/503 with Retry-After, converted to a wait from now

    bool isAuthFailure() const { return kind == Kind::Http && httpStatus == 401; }
    // Worth trying again later (network trouble, timeouts, 5xx, 429): the action stays queued.
    bool isTransient() const;
    QString kindName() const; // stable machine name: "network", "http", …
    Error toError() const;    // code: serverCode, else "http_<status>", else kindName()
};

template <typename T>
using ApiResult = Result<T, ApiError>;

} // namespace coursedesk

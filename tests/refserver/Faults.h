#pragma once

#include "Errors.h"
#include "Reply.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QHttpServerResponder;

namespace coursedesk::refserver {

enum class FaultMode
{
    Status,    // an error status (500, 502, 503, 429, …) with an optional Retry-After
    Truncate,  // a Content-Length larger than the body, then the connection closes
    Malformed, // 200 with a body that is not JSON
    Close,     // the connection is aborted without a reply
    Redirect,  // 302 (or the given 3xx) to `location`
    Html,      // a proxy's error page: the status (default 502) with a text/html body
    Empty,     // the status (default 503) with an empty body
};

// One injected failure for the next `count` API requests (requests under /_test/ never count).
struct Fault final
{
    FaultMode mode = FaultMode::Status;
    int status = 503;
    QString retryAfter;           // seconds or an HTTP date; empty: no Retry-After header
    int count = 1;                // negative: until cleared
    QString pathContains;         // only requests whose path contains this; empty: every API request
    QString location;             // Redirect: the Location header
    bool afterProcessing = false; // the request is handled (state changes) and then its reply is broken

    // {"mode", "status", "retry_after", "count", "path_contains", "location", "after_processing"}
    static Result<Fault> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// The faults waiting for requests, and a latency for every API reply.
class FaultPlan final
{
public:
    void add(const Fault &fault) { m_faults.append(fault); }
    void clear();
    void setLatencyMs(int ms) { m_latencyMs = std::max(0, ms); }
    int latencyMs() const { return m_latencyMs; }
    const QList<Fault> &pending() const { return m_faults; }

    // Uses up one request of the first fault that matches this path, if any.
    std::optional<Fault> take(const QString &path);

    // Answers (or fails to answer) as the fault says. `processed` is the handler's reply when the request
    // was handled before the fault applied (afterProcessing), else null. A status fault's body is the dialect's.
    static void apply(const Fault &fault, QHttpServerResponder &&responder, const Reply *processed,
                      const QDateTime &now, const Errors &errors);

private:
    QList<Fault> m_faults;
    int m_latencyMs = 0;
};

} // namespace coursedesk::refserver

#pragma once

#include "Errors.h"
#include "MediaFiles.h"
#include "Store.h"
#include "Validation.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace coursedesk {
class Clock;
}

namespace coursedesk::refserver {

class Auth;

struct RefServerOptions final
{
    QString dataFile; // empty: an in-memory SQLite database
    int tokenLifetimeSecs = 3600;
    bool enrollmentEndpoint = true; // POST /api/enrollments/… and "enrollment_id" (contract dialect only)
    QString authorizeAs = QStringLiteral("learner"); // GET /oauth/authorize/ approves at once as this user
    Dialect dialect = Dialect::Contract;
    // Platform dialect: the registered public client, and its registered redirect URIs (exact match; when none
    // are registered, any loopback redirect is accepted, as in the contract dialect).
    QString clientId = QStringLiteral("coursedesk");
    QStringList redirectUris = {};

    bool isPlatform() const { return dialect == Dialect::Platform; }
    bool offersEnrollment() const { return dialect == Dialect::Contract && enrollmentEndpoint; }
};

// How often the progress endpoints were called (whatever the outcome); requests counts every API request.
struct CallCounters final
{
    int requests = 0;
    int completeCalls = 0; // v2 complete and the enrollment-style complete
    int incompleteCalls = 0;
    int attemptCalls = 0;
    int commentCalls = 0;  // comment create, update and delete (branch comments)
    int lessonBodies = 0;  // lesson bodies sent (200), not 304s
    int mediaFiles = 0;    // media files sent (200), not 304s
    int partialMedia = 0;  // media files sent in part (206)
    qint64 mediaBytes = 0; // bytes of media files sent (200 and 206 bodies)
    int commentLists = 0;            // comment lists (a lesson's, a course's) sent (200), not 304s (branch comments2)
    int commentListsNotModified = 0; // comment lists answered 304
};

// What every route handler needs: the state, the tokens, the server clock (skew included) and the options.
class ServerContext final
{
public:
    ServerContext(Store &store, Auth &auth, const Clock &clock, const RefServerOptions &options,
                  std::function<QUrl()> baseUrl)
        : store(store)
        , auth(auth)
        , clock(clock)
        , options(options)
        , errors(options.dialect)
        , m_baseUrl(std::move(baseUrl))
    {}

    QDateTime now() const;
    QUrl baseUrl() const { return m_baseUrl(); }

    Store &store;
    Auth &auth;
    const Clock &clock;
    const RefServerOptions &options;
    const Errors errors; // the dialect's error bodies
    CallCounters counters;
    Validation validation; // ETag / Last-Modified and 304s for lesson bodies and media files
    MediaFiles files;      // what the media route serves

private:
    std::function<QUrl()> m_baseUrl;
};

} // namespace coursedesk::refserver

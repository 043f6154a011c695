#pragma once

#include "Reply.h"
#include "Router.h"

namespace coursedesk::refserver {

class RefServer;

// The /_test/ control routes: faults, latency, token expiry, clock skew, counters, state and content changes.
// Loopback peers only (RefServer refuses others with 403); they are never counted nor faulted.
class ControlApi final
{
public:
    explicit ControlApi(RefServer &server)
        : m_server(server)
    {}

    void addRoutes(Router &router);

private:
    Reply addFault(const QHttpServerRequest &request);
    Reply setLatency(const QHttpServerRequest &request);
    Reply setClock(const QHttpServerRequest &request);
    Reply state(const QHttpServerRequest &request) const;
    Reply changeLesson(const QHttpServerRequest &request);

    RefServer &m_server;
};

} // namespace coursedesk::refserver

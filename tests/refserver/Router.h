#pragma once

#include "Reply.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

#include <functional>

namespace coursedesk::refserver {

enum class RouteKind
{
    Api,     // counted, subject to faults and latency
    Control, // /_test/: loopback only, never counted, never faulted
};

// Registers QtHttpServer 6.4 routes whose handlers return a Reply; every request goes through one `serve`
// function (counters, faults, latency, Date header).
class Router final
{
public:
    using Handle = std::function<Reply()>;
    using Serve = std::function<void(RouteKind, const QHttpServerRequest &, QHttpServerResponder &&, const Handle &)>;

    Router(QHttpServer &server, Serve serve)
        : m_server(server)
        , m_serve(std::move(serve))
    {}

    // add<qint64, qint64>(RouteKind::Api, "/a/<arg>/b/<arg>/", Method::Get,
    //                      [](qint64 a, qint64 b, const QHttpServerRequest &request) { return Reply…; });
    template <typename... Args, typename Handler>
    void add(RouteKind kind, const QString &path, QHttpServerRequest::Method method, Handler handler)
    {
        m_server.route(path, method,
                       [serve = m_serve, kind, handler](Args... args, const QHttpServerRequest &request,
                                                        QHttpServerResponder &&responder) {
                           serve(kind, request, std::move(responder),
                                 [&]() -> Reply { return handler(args..., request); });
                       });
    }

    void api(const QString &path, QHttpServerRequest::Method method,
             std::function<Reply(const QHttpServerRequest &)> handler)
    {
        add<>(RouteKind::Api, path, method, std::move(handler));
    }
    void control(const QString &path, QHttpServerRequest::Method method,
                 std::function<Reply(const QHttpServerRequest &)> handler)
    {
        add<>(RouteKind::Control, path, method, std::move(handler));
    }

private:
    QHttpServer &m_server;
    Serve m_serve;
};

} // namespace coursedesk::refserver

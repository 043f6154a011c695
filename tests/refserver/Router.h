#pragma once

#include "Reply.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

#include <QHash>

#include <functional>

namespace coursedesk::refserver {

enum class RouteKind
{
    Api,     // counted, subject to faults and latency
    Control, // /_test/: loopback only, never counted, never faulted
};

// Registers QtHttpServer 6.4 routes whose handlers return a Reply; every request goes through one `serve`
// function (counters, faults, latency, Date header). An API path asked with a method it does not take answers
// 405 once addMethodFallbacks() has run (after every route).
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
        if (kind != RouteKind::Api)
            return;
        Fallback &fallback = m_fallbacks[path];
        fallback.methods |= method;
        if (!fallback.add) {
            fallback.add = [this, path](QHttpServerRequest::Methods others, const MakeReply &make) {
                m_server.route(path, others,
                               [serve = m_serve, make](Args..., const QHttpServerRequest &request,
                                                       QHttpServerResponder &&responder) {
                                   serve(RouteKind::Api, request, std::move(responder),
                                         [&]() -> Reply { return make(request); });
                               });
            };
        }
    }

    using MakeReply = std::function<Reply(const QHttpServerRequest &)>;
    // Every API path answers the methods it does not take with `make` (a 405).
    void addMethodFallbacks(const MakeReply &make)
    {
        for (const Fallback &fallback : std::as_const(m_fallbacks)) {
            const QHttpServerRequest::Methods others =
                QHttpServerRequest::Methods(QHttpServerRequest::Method::AnyKnown) & ~fallback.methods;
            fallback.add(others, make);
        }
        m_fallbacks.clear();
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
    struct Fallback
    {
        QHttpServerRequest::Methods methods;
        std::function<void(QHttpServerRequest::Methods, const MakeReply &)> add;
    };

    QHttpServer &m_server;
    Serve m_serve;
    QHash<QString, Fallback> m_fallbacks;
};

} // namespace coursedesk::refserver

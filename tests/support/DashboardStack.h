#pragma once

// The instructor dashboard as the app builds it (cache database, transport, ApiClient, Dashboard) against the
// reference server in process (demo seed, FakeClock at 2026-03-01 12:00 UTC, either dialect), for session and UI
// tests.
// Tests that include it link coursedesk_refserver.
#include "Await.h"
#include "FakeClock.h"
#include "RefServer.h"

#include "session/Dashboard.h"
#include "storage/CacheDatabase.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace coursedesk::test {

struct DashboardStack
{
    FakeClock clock;
    refserver::RefServer server;
    QTemporaryDir dir;
    std::unique_ptr<CacheDatabase> db;
    QNetworkAccessManager network;
    HttpTransport transport{network, clock, HttpTransport::Options{}};
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Dashboard> dashboard;
    QString problem; // why the stack is not ready; empty when it is

    // `serverOptions`: the reference server's (its dialect, e.g. Dialects.h's rowServerOptions()).
    explicit DashboardStack(const QString &user, Dashboard::Options options = {},
                            const refserver::RefServerOptions &serverOptions = {})
        : server(clock, serverOptions)
    {
        if (Status seeded = server.seedDemo(); !seeded) {
            problem = seeded.error().message;
            return;
        }
        if (server.listen() == 0) {
            problem = QStringLiteral("the reference server does not listen");
            return;
        }
        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.db")));
        if (!opened) {
            problem = opened.error().message;
            return;
        }
        db = std::move(opened).value();
        api = std::make_unique<ApiClient>(transport, server.baseUrl());
        dashboard = std::make_unique<Dashboard>(*api, *db, clock, options);
        if (!signIn(user))
            problem = QStringLiteral("cannot sign in as ") + user;
    }

    bool signIn(const QString &user)
    {
        const auto tokens = await<ApiResult<TokenSet>>([&](auto done) { api->passwordGrant(user, user, done); });
        if (!tokens || !tokens->ok())
            return false;
        transport.setAccessToken(tokens->value().accessToken);
        return true;
    }

    // Every API request from now on fails as if the network were down (the connection closes unanswered).
    void goOffline()
    {
        refserver::Fault fault;
        fault.mode = refserver::FaultMode::Close;
        fault.count = -1;
        server.addFault(fault);
    }
    void goOnline() { server.clearFaults(); }
};

} // namespace coursedesk::test

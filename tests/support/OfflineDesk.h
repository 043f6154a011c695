#pragma once

// The learner's accounts on a reference server with the media course (issue 18), each opened as the app opens one
// (AccountRuntime), signed in and synced once: the fixture of the window's offline-files tests.
#include "Await.h"
#include "Dialects.h"
#include "FakeClock.h"
#include "RefServer.h"

#include "auth/CredentialStore.h"
#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace coursedesk::test {

struct OfflineDesk
{
    explicit OfflineDesk(const QString &dialect)
        : server(std::make_unique<refserver::RefServer>(clock, serverOptionsFor(dialect)))
        , accounts(dir.path())
    {
        if (!server->seedDemo().ok() || !server->seedMedia().ok() || server->listen() == 0)
            return;
        runtime = openAccount(QStringLiteral("school"));
        synced = runtime != nullptr;
    }

    // Adds the account (the learner on this server), signs it in and syncs it; null when any of that fails.
    std::unique_ptr<AccountRuntime> openAccount(const QString &name)
    {
        const Account account{name, false, server->baseUrl(), QStringLiteral("learner")};
        if (!accounts.find(name) && !accounts.add(account).ok())
            return nullptr;
        AccountRuntime::Options options;
        options.watchConnectivity = false;
        options.syncIntervalMinutes = 60;
        Result<std::unique_ptr<AccountRuntime>> opened =
            AccountRuntime::open(accounts, account, clock, network, credentials, Credentials{}, options);
        if (!opened)
            return nullptr;
        std::unique_ptr<AccountRuntime> open = std::move(opened).value();
        const auto tokens = await<ApiResult<TokenSet>>(
            [&](auto done) { open->api()->passwordGrant(QStringLiteral("learner"), QStringLiteral("learner"), done); });
        if (!tokens || !tokens->ok())
            return nullptr;
        open->useCredentials(Credentials{tokens->value().accessToken, tokens->value().refreshToken});
        QSignalSpy finished(open->engine(), &SyncEngine::finished);
        open->engine()->run();
        return finished.wait(20'000) ? std::move(open) : nullptr;
    }

    FakeClock clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<refserver::RefServer> server;
    QTemporaryDir dir;
    Accounts accounts;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    std::unique_ptr<AccountRuntime> runtime; // "school"
    bool synced = false;
};

} // namespace coursedesk::test

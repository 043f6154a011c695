#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace coursedesk {

class CacheDatabase;

// How this app is registered with a server (api-contract.md, "What a platform server does differently",
// point 10): on the platform each community's administrator registers OAuth apps, so a community may give
// its own client id, and a redirect URI with a fixed loopback port. Neither is a secret: both are kept with
// the account.
struct OAuthApp final
{
    QString clientId;       // empty: CourseDesk's own ("coursedesk")
    quint16 redirectPort = 0; // the browser sign-in's loopback port; 0: any free port

    static constexpr quint16 lowestPort = 1024; // a fixed port must not need privileges
    // An error for people when the values cannot be used, else success.
    Status check() const;

    friend bool operator==(const OAuthApp &, const OAuthApp &) = default;
};

struct Account final
{
    QString name;       // chosen by the user, unique; also names the cache file
    bool local = false; // the bundled sample: no server
    QUrl server;        // empty for a local account
    QString userName;
    OAuthApp app{};     // server accounts: how CourseDesk is registered there

    friend bool operator==(const Account &, const Account &) = default;
};

// The accounts of this user and their cache files, under one data folder
// (QStandardPaths::AppDataLocation by default; injectable for tests and the CLI's --data-dir).
// The list lives in accounts.json; each account has <name>.sqlite beside it. No tokens here, ever.
class Accounts final
{
public:
    explicit Accounts(QString dataDir);

    static QString defaultDataDir();
    const QString &dataDir() const { return m_dataDir; }

    Result<QList<Account>> list() const;
    Result<Account> find(const QString &name) const;
    // The one to use when the user named none: the only account, or an error listing the choices.
    Result<Account> resolve(const QString &name) const;
    Status add(const Account &account);
    Status remove(const QString &name);
    QString databasePath(const QString &name) const;
    // Opens an account's cache (created and migrated as needed): the one place a cache file is opened.
    Result<std::unique_ptr<CacheDatabase>> openCache(const QString &name) const;

    static constexpr const char *sampleAccountName = "sample";
    // Creates the local account with the bundled course (joined now) the first time; opens it afterwards.
    Result<Account> ensureSample(const Clock &clock);

    static bool isValidName(const QString &name);

private:
    Status save(const QList<Account> &accounts) const;

    QString m_dataDir;
};

} // namespace coursedesk

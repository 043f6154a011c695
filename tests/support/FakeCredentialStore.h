#pragma once

#include "auth/CredentialStore.h"

#include <QHash>

namespace coursedesk::test {

// The credential store of the tests: a keychain stand-in that can say it is persistent (or not) and can refuse
// writes, as a locked or absent keychain does. It keeps what it was given, for the tests to look at.
class FakeCredentialStore final : public CredentialStore
{
public:
    bool persistent = true;
    bool refuseWrites = false;
    QHash<QString, Credentials> entries;
    int writes = 0;
    int removals = 0;

    bool isPersistent() const override { return persistent; }
    void read(const QString &account, std::function<void(Result<Credentials>)> done) override
    {
        done(entries.value(account));
    }
    void write(const QString &account, const Credentials &credentials, std::function<void(Status)> done) override
    {
        ++writes;
        if (refuseWrites)
            return done(Error{QStringLiteral("keychain"), QStringLiteral("The keychain is locked.")});
        entries.insert(account, credentials);
        done(success());
    }
    void remove(const QString &account, std::function<void(Status)> done) override
    {
        ++removals;
        entries.remove(account);
        done(success());
    }
};

} // namespace coursedesk::test

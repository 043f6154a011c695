#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace coursedesk {

struct Credentials final
{
    QByteArray accessToken;
    QByteArray refreshToken;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    friend bool operator==(const Credentials &, const Credentials &) = default;
};

// Where an account's tokens live: the OS keychain, or memory only. Never the cache database, never
// settings files, never a plaintext fallback. Calls complete asynchronously, exactly once.
class CredentialStore
{
public:
    virtual ~CredentialStore();

    // False for a memory-only store: the user will be asked to sign in again next time.
    virtual bool isPersistent() const = 0;
    // Empty credentials (not an error) when nothing is stored for the account.
    virtual void read(const QString &account, std::function<void(Result<Credentials>)> done) = 0;
    virtual void write(const QString &account, const Credentials &credentials, std::function<void(Status)> done) = 0;
    virtual void remove(const QString &account, std::function<void(Status)> done) = 0;
};

// Tokens for the life of the process only.
class MemoryCredentialStore final : public CredentialStore
{
public:
    bool isPersistent() const override { return false; }
    void read(const QString &account, std::function<void(Result<Credentials>)> done) override;
    void write(const QString &account, const Credentials &credentials, std::function<void(Status)> done) override;
    void remove(const QString &account, std::function<void(Status)> done) override;

private:
    QHash<QString, Credentials> m_credentials;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows). Every job runs under a timeout: on a headless machine a job may never finish.
class KeychainCredentialStore final : public QObject, public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QString service, int timeoutMs = 5000, QObject *parent = nullptr);

    bool isPersistent() const override { return true; }
    void read(const QString &account, std::function<void(Result<Credentials>)> done) override;
    void write(const QString &account, const Credentials &credentials, std::function<void(Status)> done) override;
    void remove(const QString &account, std::function<void(Status)> done) override;

    // Writes, reads back and deletes a probe entry: whether a keychain works here at all.
    void probe(std::function<void(Status)> done);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace coursedesk

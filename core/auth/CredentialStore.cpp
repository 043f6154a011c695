#include "auth/CredentialStore.h"

#include "domain/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace coursedesk {


using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const Credentials &credentials)
{
    return QJsonDocument(QJsonObject{{u"access"_s, QString::fromUtf8(credentials.accessToken)},
                                     {u"refresh"_s, QString::fromUtf8(credentials.refreshToken)}})
        .toJson(QJsonDocument::Compact);
}

Credentials decode(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    return Credentials{object.value(u"access"_s).toString().toUtf8(), object.value(u"refresh"_s).toString().toUtf8()};
}

Error keychainError(QKeychain::Job *job)
{
    return Error{u"keychain"_s, QCoreApplication::translate("coursedesk::CredentialStore",
                                                            "The system keychain is not available (%1).")
                                    .arg(job->errorString())};
}

// Starts a job and calls done(job, timedOut) once: when it finishes or when the timeout strikes.
void runJob(QKeychain::Job *job, int timeoutMs, std::function<void(QKeychain::Job *, bool timedOut)> done)
{
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [job, finished, done] {
        if (std::exchange(*finished, true))
            return;
        qCWarning(lcAuth) << "keychain job timed out";
        done(job, true);
        // The job may never finish: it is left to its own devices, disconnected from us.
        job->disconnect();
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [finished, done, timer](QKeychain::Job *j) {
        timer->stop();
        if (std::exchange(*finished, true))
            return;
        done(j, false);
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    timer->start(timeoutMs);
    job->start();
}

Error timeoutError()
{
    return Error{u"keychain"_s, QCoreApplication::translate("coursedesk::CredentialStore",
                                                            "The system keychain did not answer in time.")};
}

} // namespace

CredentialStore::~CredentialStore() = default;

void MemoryCredentialStore::read(const QString &account, std::function<void(Result<Credentials>)> done)
{
    done(m_credentials.value(account));
}

void MemoryCredentialStore::write(const QString &account, const Credentials &credentials,
                                  std::function<void(Status)> done)
{
    m_credentials.insert(account, credentials);
    done(success());
}

void MemoryCredentialStore::remove(const QString &account, std::function<void(Status)> done)
{
    m_credentials.remove(account);
    done(success());
}

KeychainCredentialStore::KeychainCredentialStore(QString service, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

void KeychainCredentialStore::read(const QString &account, std::function<void(Result<Credentials>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    runJob(job, m_timeoutMs, [done](QKeychain::Job *j, bool timedOut) {
        if (timedOut)
            return done(timeoutError());
        if (j->error() == QKeychain::EntryNotFound)
            return done(Credentials{});
        if (j->error() != QKeychain::NoError)
            return done(keychainError(j));
        done(decode(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData()));
    });
}

void KeychainCredentialStore::write(const QString &account, const Credentials &credentials,
                                    std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setBinaryData(encode(credentials));
    runJob(job, m_timeoutMs, [done](QKeychain::Job *j, bool timedOut) {
        if (timedOut)
            return done(timeoutError());
        if (j->error() != QKeychain::NoError)
            return done(keychainError(j));
        done(success());
    });
}

void KeychainCredentialStore::remove(const QString &account, std::function<void(Status)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    runJob(job, m_timeoutMs, [done](QKeychain::Job *j, bool timedOut) {
        if (timedOut)
            return done(timeoutError());
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return done(keychainError(j));
        done(success());
    });
}

void KeychainCredentialStore::probe(std::function<void(Status)> done)
{
    const QString key = u"coursedesk-probe"_s;
    write(key, Credentials{"probe", "probe"}, [this, key, done](Status written) {
        if (!written)
            return done(written);
        remove(key, done);
    });
}

} // namespace coursedesk

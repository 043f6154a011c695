#include "session/AccountSignOut.h"

#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"
#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace coursedesk {

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::AccountSignOut", text);
}

} // namespace

AccountSignOut::AccountSignOut(Accounts &accounts, CredentialStore &store, const Clock &clock)
    : m_accounts(accounts)
    , m_store(store)
    , m_clock(clock)
{}

Result<int> AccountSignOut::queuedActions(const QString &name, CourseSession *open) const
{
    Result<Account> account = m_accounts.find(name);
    if (!account)
        return account.error();
    if (account->local)
        return 0;
    if (open)
        return open->outbox().countSendable();
    Result<std::unique_ptr<CacheDatabase>> db = CacheDatabase::open(m_accounts.databasePath(name));
    if (!db)
        return db.error();
    return Outbox(**db).countSendable();
}

Status AccountSignOut::discard(const QString &name, CourseSession *open)
{
    std::unique_ptr<CacheDatabase> db;
    std::unique_ptr<CourseSession> own;
    if (!open) {
        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(m_accounts.databasePath(name));
        if (!opened)
            return opened.error();
        db = std::move(opened).value();
        own = std::make_unique<CourseSession>(*db, m_clock, CourseSession::Kind::Server);
        open = own.get();
    }
    Result<QList<OutboxEntry>> queued = open->outbox().sendable();
    if (!queued)
        return queued.error();
    for (const OutboxEntry &entry : *queued) {
        if (Status undone = open->applyServerRejection(entry, u"discarded"_s, tr("Discarded when signing out."));
            !undone)
            return undone;
        if (Status dropped = open->dismiss(entry.id); !dropped)
            return dropped;
    }
    qCDebug(lcAuth) << "discarded" << queued->size() << "queued action(s) of" << name;
    return success();
}

void AccountSignOut::signOut(const QString &name, Queued queued, CourseSession *open, std::function<void(Status)> done)
{
    Result<Account> account = m_accounts.find(name);
    if (!account)
        return done(account.error());
    if (account->local)
        return done(Error{u"local_account"_s,
                          tr("'%1' lives on this computer only: there is nothing to sign out of.").arg(name)});
    if (queued == Queued::Discard) {
        if (Status discarded = discard(name, open); !discarded)
            return done(discarded);
    }
    m_store.remove(name, [name, done](Status removed) {
        if (removed)
            qCDebug(lcAuth) << "signed out:" << name;
        done(removed);
    });
}

} // namespace coursedesk

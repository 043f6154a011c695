#include "session/AccountSignOut.h"

#include "domain/Logging.h"

#include "storage/LearnerState.h"
#include "storage/CacheDatabase.h"
#include "storage/Outbox.h"

#include <QCoreApplication>

namespace coursedesk {


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

Result<int> AccountSignOut::queuedActions(const QString &name, LearnerState *open) const
{
    Result<Account> account = m_accounts.find(name);
    if (!account)
        return account.error();
    if (account->local)
        return 0;
    if (open)
        return open->outbox().countSendable();
    Result<std::unique_ptr<CacheDatabase>> db = m_accounts.openCache(name);
    if (!db)
        return db.error();
    return Outbox(**db).countSendable();
}

Status AccountSignOut::discard(const QString &name, LearnerState *open)
{
    std::unique_ptr<CacheDatabase> db;
    std::unique_ptr<LearnerState> own;
    if (!open) {
        Result<std::unique_ptr<CacheDatabase>> opened = m_accounts.openCache(name);
        if (!opened)
            return opened.error();
        db = std::move(opened).value();
        own = std::make_unique<LearnerState>(*db, m_clock, LearnerState::Kind::Server);
        open = own.get();
    }
    Result<QList<OutboxEntry>> queued = open->outbox().sendable();
    if (!queued)
        return queued.error();
    for (const OutboxEntry &entry : *queued) {
        if (Status undone = open->applyRejection(entry, u"discarded"_s, tr("Discarded when signing out."));
            !undone)
            return undone;
        if (Status dropped = open->dismiss(entry.id); !dropped)
            return dropped;
    }
    qCDebug(lcAuth) << "discarded" << queued->size() << "queued action(s) of" << name;
    return success();
}

void AccountSignOut::signOut(const QString &name, Queued queued, LearnerState *open, std::function<void(Status)> done)
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

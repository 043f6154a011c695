#include "session/StorageOverview.h"

#include "session/OfflineFiles.h"
#include "storage/CacheDatabase.h"

#include <QFileInfo>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

AccountStorage fromFiles(const QString &name, OfflineFiles &files)
{
    AccountStorage account;
    account.account = name;
    account.folder = files.folder();
    const Result<QList<CourseStorage>> courses = files.storage();
    if (!courses) {
        account.problem = courses.error().message;
        return account;
    }
    for (const CourseStorage &course : *courses)
        account.courses.append(OfflineCourse{course, files.keepsOffline(course.courseId)});
    return account;
}

} // namespace

qint64 AccountStorage::bytes() const
{
    qint64 total = 0;
    for (const OfflineCourse &course : courses)
        total += course.storage.bytes;
    return total;
}

StorageOverview::StorageOverview(const Accounts *accounts, QString currentAccount, OfflineFiles *current)
    : m_accounts(accounts)
    , m_currentName(std::move(currentAccount))
    , m_current(current)
{}

AccountStorage StorageOverview::read(const Account &account) const
{
    if (m_current && account.name == m_currentName) {
        AccountStorage open = fromFiles(account.name, *m_current);
        open.current = true;
        return open;
    }
    AccountStorage closed;
    closed.account = account.name;
    const QString cache = m_accounts->databasePath(account.name);
    closed.folder = cache + u".files"_s;
    if (!QFileInfo::exists(cache))
        return closed; // never opened: nothing on disk
    Result<std::unique_ptr<CacheDatabase>> db = m_accounts->openCache(account.name);
    if (!db) {
        closed.problem = db.error().message;
        return closed;
    }
    MediaStore store(**db);
    OfflineFiles files(store, nullptr, account.server);
    return fromFiles(account.name, files);
}

Result<QList<AccountStorage>> StorageOverview::list() const
{
    QList<AccountStorage> all;
    if (!m_accounts) {
        if (m_current) {
            AccountStorage open = fromFiles(m_currentName, *m_current);
            open.current = true;
            all.append(open);
        }
        return all;
    }
    Result<QList<Account>> accounts = m_accounts->list();
    if (!accounts)
        return accounts.error();
    for (const Account &account : std::as_const(*accounts))
        all.append(read(account));
    return all;
}

Result<AccountStorage> StorageOverview::account(const QString &name) const
{
    Result<QList<AccountStorage>> all = list();
    if (!all)
        return all.error();
    for (const AccountStorage &account : std::as_const(*all)) {
        if (account.account == name)
            return account;
    }
    return Error{u"unknown_account"_s, tr("There is no account named '%1'.").arg(name)};
}

Result<qint64> StorageOverview::removeDownloads(const QString &account, qint64 courseId)
{
    if (m_current && account == m_currentName)
        return m_current->removeDownloads(courseId);
    if (!m_accounts)
        return Error{u"unknown_account"_s, tr("There is no account named '%1'.").arg(account)};
    Result<Account> found = m_accounts->find(account);
    if (!found)
        return found.error();
    if (!QFileInfo::exists(m_accounts->databasePath(account)))
        return qint64(0);
    Result<std::unique_ptr<CacheDatabase>> db = m_accounts->openCache(account);
    if (!db)
        return db.error();
    MediaStore store(**db);
    OfflineFiles files(store, nullptr, found->server);
    return files.removeDownloads(courseId);
}

} // namespace coursedesk

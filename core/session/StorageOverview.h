#pragma once

#include "domain/Result.h"
#include "session/Accounts.h"
#include "storage/MediaStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace coursedesk {

class OfflineFiles;

// One course's share of an account's offline files, and whether it is kept offline.
struct OfflineCourse final
{
    CourseStorage storage;
    bool keptOffline = true;
};

// What one account's offline files take (issue 18, "a storage view lists each account and course by size").
struct AccountStorage final
{
    QString account;
    bool current = false;         // the account open in the window (its files can be downloaded from here)
    QString folder;               // its files folder
    QList<OfflineCourse> courses; // largest first
    QString problem;              // why its cache could not be read ("" when it was)

    qint64 bytes() const;
};

// Every account's offline files, read from each account's cache without signing in to it (the accounts and their
// caches are known to Accounts): the account open in the window through its own OfflineFiles, the others each
// through its cache file, opened for the call and closed after it (an account whose cache does not exist yet has
// nothing on disk, and no cache is created for it). "Remove downloads" works for a course of any account and, as
// OfflineFiles does it, keeps the course's texts, progress, notes and queued actions.
class StorageOverview final
{
    Q_DECLARE_TR_FUNCTIONS(coursedesk::StorageOverview)

public:
    // accounts: null to list the current account only; current: the open account's files (null: none is open).
    StorageOverview(const Accounts *accounts, QString currentAccount, OfflineFiles *current);

    // Each account, in the order of the accounts list (the current one first when there is no list).
    Result<QList<AccountStorage>> list() const;
    // The named account only.
    Result<AccountStorage> account(const QString &name) const;
    Result<qint64> removeDownloads(const QString &account, qint64 courseId);

private:
    AccountStorage read(const Account &account) const;

    const Accounts *m_accounts;
    QString m_currentName;
    OfflineFiles *m_current;
};

} // namespace coursedesk

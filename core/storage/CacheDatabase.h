#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace coursedesk {

// One SQLite cache file per account: schema versioned with PRAGMA user_version and stepwise
// migrations; WAL; foreign keys on; prepared statements; explicit transactions.
//
// Threading rule: a CacheDatabase, and every store built on it, is used only from the thread
// that opened it (the application's main thread). Nothing here blocks on the network.
class CacheDatabase final
{
public:
    // SQLite's page cache of the connection (its default is 2 MB): a course import of a few thousand lessons with
    // their text and search index fits, rather than spilling to the WAL and being read back.
    static constexpr int PageCacheKiB = 16 * 1024;

    static Result<std::unique_ptr<CacheDatabase>> open(const QString &filePath);
    ~CacheDatabase();

    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    static int latestVersion();
    int schemaVersion() const;
    const QString &filePath() const { return m_filePath; }
    QSqlDatabase connection() const;

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work fails or the commit fails.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);

    // Runs work (outside any transaction) with synchronous=NORMAL: for writes that need not survive a power loss
    // (they survive a killed process either way in WAL mode). The level goes back to FULL lazily, just before the
    // next write that is not relaxed (a transaction, or a statement other than a SELECT): a run of relaxed writes,
    // such as the sync engine marking entries in flight one after another, switches it once, not twice each.
    Status withRelaxedSync(const std::function<Status()> &work);

    // A prepared statement on this connection; prepare failures are reported by exec().
    QSqlQuery prepare(const QString &sql) const;
    // Executes a prepared query; on failure the error names the statement's purpose, `what`, marked
    // QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the lesson") so that it is translated too.
    Status exec(QSqlQuery &query, const char *what) const;

    // Account metadata (server clock offset, last sync, …).
    QString meta(const QString &key, const QString &fallback = {}) const;
    Status setMeta(const QString &key, const QString &value);

    // PRAGMA integrity_check == "ok".
    bool integrityOk() const;

private:
    explicit CacheDatabase(QString connectionName, QString filePath);
    Status checkVersion(); // readable, and not newer than this build knows
    Status configure();
    Status migrate();
    Status restoreFullSync() const; // before a write that must survive a power loss, when the level was relaxed

    QString m_connectionName;
    QString m_filePath;
    int m_transactionDepth = 0;
    int m_relaxedDepth = 0;         // inside withRelaxedSync
    mutable bool m_relaxed = false; // the connection is at synchronous=NORMAL
};

// The error for a failed statement, naming what was being done.
Error databaseError(const QSqlQuery &query, const char *what);

} // namespace coursedesk

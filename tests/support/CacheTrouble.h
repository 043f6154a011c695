#pragma once

// Trouble with the local cache from outside the application, as a learner's machine can have it: another program
// holding the database's write lock, or the files turning read-only (a full or remounted disk, a backup tool).
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace coursedesk::test {

// Another connection to the cache file that takes its write lock (BEGIN EXCLUSIVE) and keeps it until release()
// or destruction. The application's own writes then wait out their busy timeout and fail with "database is
// locked"; its reads go on (WAL).
class CacheLock final
{
public:
    explicit CacheLock(const QString &path)
        : m_name(QStringLiteral("cache-lock-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_problem = db.lastError().text();
            return;
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA busy_timeout = 0")) || !query.exec(QStringLiteral("BEGIN EXCLUSIVE")))
            m_problem = query.lastError().text();
    }
    ~CacheLock()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    CacheLock(const CacheLock &) = delete;
    CacheLock &operator=(const CacheLock &) = delete;

    // Empty when the lock is held.
    const QString &problem() const { return m_problem; }
    void release()
    {
        if (m_released)
            return;
        m_released = true;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
        }
    }

private:
    QString m_name;
    QString m_problem;
    bool m_released = false;
};

// The cache's database and write-ahead log made immutable (the Linux inode flag, as `chattr +i` sets it): every
// write fails with an I/O error, reads go on. Needs root (CAP_LINUX_IMMUTABLE) and a file system with the flag
// (ext4, XFS, Btrfs); problem() says why when it cannot be set. The shared-memory index is left alone: SQLite maps
// it, and an immutable mapping ends the process.
class ReadOnlyCache final
{
public:
    explicit ReadOnlyCache(const QString &path)
        : m_files{path, path + QStringLiteral("-wal")}
    {
        for (const QString &file : m_files) {
            if (!QFile::exists(file))
                continue;
            if (QString failed = setImmutable(file, true); !failed.isEmpty()) {
                m_problem = failed;
                restore();
                return;
            }
            m_set.append(file);
        }
    }
    ~ReadOnlyCache() { restore(); }
    ReadOnlyCache(const ReadOnlyCache &) = delete;
    ReadOnlyCache &operator=(const ReadOnlyCache &) = delete;

    const QString &problem() const { return m_problem; }
    void restore()
    {
        for (const QString &file : std::as_const(m_set))
            setImmutable(file, false);
        m_set.clear();
    }

private:
    static QString setImmutable(const QString &file, bool on)
    {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            return QStringLiteral("cannot open %1").arg(file);
        int flags = 0;
        QString problem;
        if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) != 0) {
            problem = QStringLiteral("the file system has no inode flags (%1)").arg(file);
        } else {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            if (::ioctl(fd, FS_IOC_SETFLAGS, &flags) != 0)
                problem =
                    QStringLiteral("cannot make %1 read-only (root and an ext4-like file system are needed)").arg(file);
        }
        ::close(fd);
        return problem;
    }

    QStringList m_files;
    QStringList m_set;
    QString m_problem;
};

} // namespace coursedesk::test

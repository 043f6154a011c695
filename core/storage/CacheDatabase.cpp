#include "storage/CacheDatabase.h"

#include "domain/Logging.h"

#include "storage/Schema.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::CacheDatabase", text);
}

} // namespace

namespace {

Error statementError(const QSqlError &error, const char *what)
{
    qCWarning(lcDb) << "statement failed:" << what << error.text();
    return Error{u"database"_s,
                 QCoreApplication::translate("coursedesk::CacheDatabase", "The local cache could not %1: %2")
                     .arg(QCoreApplication::translate("coursedesk::CacheDatabase", what), error.text())};
}

} // namespace

Error databaseError(const QSqlQuery &query, const char *what)
{
    return statementError(query.lastError(), what);
}

CacheDatabase::CacheDatabase(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{}

CacheDatabase::~CacheDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{u"database"_s, tr("The folder %1 cannot be created.").arg(info.absolutePath())};

    const QString name = u"coursedesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<CacheDatabase> cache(new CacheDatabase(name, info.absoluteFilePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        return Error{u"database"_s,
                     tr("The local cache %1 cannot be opened: %2").arg(info.absoluteFilePath(), db.lastError().text())};
    }
    // Before anything writes to the file (even the switch to WAL): a newer schema is left as it is.
    if (Status known = cache->checkVersion(); !known)
        return known.error();
    if (Status configured = cache->configure(); !configured)
        return configured.error();
    if (Status migrated = cache->migrate(); !migrated)
        return migrated.error();
    return cache;
}

QSqlDatabase CacheDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery CacheDatabase::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

Status CacheDatabase::exec(QSqlQuery &query, const char *what) const
{
    if (m_relaxed && m_relaxedDepth == 0 && m_transactionDepth == 0 &&
        !query.lastQuery().startsWith(u"SELECT"_s, Qt::CaseInsensitive)) {
        if (Status full = restoreFullSync(); !full)
            return full;
    }
    // A failed prepare() leaves its error on the query; exec() would replace it with a bare "No query".
    const QSqlError prepareError = query.lastError();
    if (!query.exec())
        return statementError(prepareError.isValid() ? prepareError : query.lastError(), what);
    return success();
}

Status CacheDatabase::configure()
{
    // synchronous=FULL: every committed learner action is on disk before we acknowledge it. A committed
    // transaction already survives the process being killed with NORMAL in WAL mode; FULL also keeps it
    // across a power loss or OS crash, for one fsync per action — imperceptible next to a click.
    const QStringList pragmas{u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
                              u"PRAGMA busy_timeout=5000"_s, u"PRAGMA cache_size = -%1"_s.arg(PageCacheKiB)};
    for (const QString &pragma : pragmas) {
        QSqlQuery query(connection());
        if (!query.exec(pragma))
            return databaseError(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "be configured"));
    }
    return success();
}

int CacheDatabase::latestVersion()
{
    return int(schema::steps().size());
}

int CacheDatabase::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status CacheDatabase::checkVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return Error{u"database"_s,
                     tr("The local cache %1 cannot be read: %2").arg(m_filePath, query.lastError().text())};
    }
    const int from = query.value(0).toInt();
    if (from > latestVersion()) {
        return Error{u"database_too_new"_s, tr("The local cache %1 was written by a newer CourseDesk (schema %2, "
                                               "this version knows %3). Update CourseDesk to open it.")
                                                .arg(m_filePath)
                                                .arg(from)
                                                .arg(latestVersion())};
    }
    return success();
}

Status CacheDatabase::migrate()
{
    const int from = schemaVersion();
    if (from < 0)
        return Error{u"database"_s, tr("The local cache %1 has no readable schema version.").arg(m_filePath)};
    for (int version = from; version < latestVersion(); ++version) {
        // Each step and its version bump commit together: a crash leaves the database at one version or the next.
        Status step = transaction([&]() -> Status {
            for (const QString &statement : schema::steps().at(version)) {
                QSqlQuery query(connection());
                if (!query.exec(statement))
                    return databaseError(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "be upgraded"));
            }
            QSqlQuery bump(connection());
            if (!bump.exec(u"PRAGMA user_version = %1"_s.arg(version + 1)))
                return databaseError(bump, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "be upgraded"));
            return success();
        });
        if (!step)
            return step;
        qCDebug(lcDb) << "migrated cache schema to version" << version + 1;
    }
    return success();
}

Status CacheDatabase::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    if (m_relaxed && m_relaxedDepth == 0) {
        if (Status full = restoreFullSync(); !full)
            return full;
    }
    QSqlQuery begin(connection());
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return databaseError(begin, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "start a transaction"));
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    QSqlQuery end(connection());
    if (!result) {
        if (!end.exec(u"ROLLBACK"_s))
            qCWarning(lcDb) << "rollback failed:" << end.lastError().text();
        return result;
    }
    if (!end.exec(u"COMMIT"_s)) {
        Error error = databaseError(end, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the change"));
        QSqlQuery rollback(connection());
        rollback.exec(u"ROLLBACK"_s);
        return error;
    }
    return success();
}

Status CacheDatabase::withRelaxedSync(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0)
        return work(); // inside a transaction the level is the transaction's: leave it alone
    if (!m_relaxed) {
        QSqlQuery relax(connection());
        if (!relax.exec(u"PRAGMA synchronous=NORMAL"_s))
            return databaseError(relax, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "be configured"));
        m_relaxed = true;
    }
    ++m_relaxedDepth;
    Status result = work();
    --m_relaxedDepth;
    return result;
}

Status CacheDatabase::restoreFullSync() const
{
    QSqlQuery restore(connection());
    if (!restore.exec(u"PRAGMA synchronous=FULL"_s))
        return databaseError(restore, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "be configured"));
    m_relaxed = false;
    return success();
}

QString CacheDatabase::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query = prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return fallback;
    return query.value(0).toString();
}

Status CacheDatabase::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query = prepare(u"INSERT INTO meta(key, value) VALUES(?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(sql::text(value));
    return exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save account settings"));
}

bool CacheDatabase::integrityOk() const
{
    QSqlQuery query(connection());
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() && query.value(0).toString() == u"ok"_s;
}

} // namespace coursedesk

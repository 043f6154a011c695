// CacheDatabase: how a cache file is opened, configured, migrated and refused, and how its
// transactions and account metadata behave.
#include "storage/CacheDatabase.h"
#include "storage/CourseStore.h"
#include "storage/Outbox.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

const QString fixtureV1 = QStringLiteral(COURSEDESK_TEST_DATA "/storage/fixtures/cache-v1.sql");

// The statements of a fixture: one a line, ending with ';'; "--" lines are comments.
QStringList fixtureStatements(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList statements;
    for (const QString &raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u"--"_s))
            continue;
        statements << (line.endsWith(u';') ? line.chopped(1) : line);
    }
    return statements;
}

// Runs statements against a file through a plain connection of its own (not CacheDatabase), as an
// older CourseDesk or another program would have written it.
bool runPlain(const QString &filePath, const QStringList &statements)
{
    const QString name = u"plain-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(filePath);
        ok = db.open();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                qWarning() << "fixture statement failed:" << statement << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One value read through a plain connection, so that it shows what is committed on disk.
QVariant readPlain(const QString &filePath, const QString &sql)
{
    const QString name = u"reader-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(filePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QVariant scalar(const CacheDatabase &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CacheDatabase : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name = u"cache.db"_s) const { return m_dir->filePath(name); }

    std::unique_ptr<CacheDatabase> openFresh()
    {
        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(path());
        if (!opened) {
            qWarning() << opened.error().code << opened.error().message;
            return {};
        }
        return std::move(opened).value();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    // --- a new file ---------------------------------------------------------------------------

    void newFileIsConfiguredForDurability_data()
    {
        QTest::addColumn<QString>("pragma");
        QTest::addColumn<QVariant>("expected");
        QTest::addRow("journal_mode is WAL") << u"PRAGMA journal_mode"_s << QVariant(u"wal"_s);
        QTest::addRow("foreign_keys are on") << u"PRAGMA foreign_keys"_s << QVariant(1);
        QTest::addRow("synchronous is FULL (2)") << u"PRAGMA synchronous"_s << QVariant(2);
        QTest::addRow("user_version is the latest")
            << u"PRAGMA user_version"_s << QVariant(CacheDatabase::latestVersion());
    }
    void newFileIsConfiguredForDurability()
    {
        QFETCH(QString, pragma);
        QFETCH(QVariant, expected);
        auto db = openFresh();
        QVERIFY(db);
        QCOMPARE(scalar(*db, pragma).toString(), expected.toString());
    }

    // A relaxed write leaves the connection at NORMAL; the next write that is not relaxed puts FULL back first, so
    // no learner's action is ever committed below FULL, and a run of relaxed writes switches the level only once.
    void relaxedSyncReturnsToFullBeforeTheNextDurableWrite_data()
    {
        QTest::addColumn<QString>("next");    // what follows the relaxed write
        QTest::addColumn<int>("levelDuring"); // PRAGMA synchronous seen by (or right after) it
        QTest::addRow("a read stays relaxed") << u"read"_s << 1;
        QTest::addRow("another relaxed write stays relaxed") << u"relaxed"_s << 1;
        QTest::addRow("a write is FULL") << u"write"_s << 2;
        QTest::addRow("a setting is FULL") << u"meta"_s << 2;
        QTest::addRow("a transaction is FULL") << u"transaction"_s << 2;
    }
    void relaxedSyncReturnsToFullBeforeTheNextDurableWrite()
    {
        QFETCH(QString, next);
        QFETCH(int, levelDuring);
        auto db = openFresh();
        QVERIFY(db);
        int level = -1;
        const auto relaxedWrite = [&] {
            return db->withRelaxedSync([&]() -> Status {
                QSqlQuery write = db->prepare(u"INSERT INTO meta(key, value) VALUES('relaxed', 'x') "
                                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
                level = scalar(*db, u"PRAGMA synchronous"_s).toInt();
                return db->exec(write, "write");
            });
        };
        QVERIFY(relaxedWrite());
        QCOMPARE(level, 1);
        QCOMPARE(scalar(*db, u"PRAGMA synchronous"_s).toInt(), 1); // lazily: still NORMAL after it
        if (next == u"read"_s) {
            QSqlQuery read = db->prepare(u"SELECT value FROM meta WHERE key = 'relaxed'"_s);
            QVERIFY(db->exec(read, "read"));
            level = scalar(*db, u"PRAGMA synchronous"_s).toInt();
        } else if (next == u"relaxed"_s) {
            QVERIFY(relaxedWrite());
        } else if (next == u"write"_s) {
            QSqlQuery write = db->prepare(u"DELETE FROM meta WHERE key = 'relaxed'"_s);
            QVERIFY(db->exec(write, "write"));
            level = scalar(*db, u"PRAGMA synchronous"_s).toInt();
        } else if (next == u"meta"_s) {
            QVERIFY(db->setMeta(u"k"_s, u"v"_s));
            level = scalar(*db, u"PRAGMA synchronous"_s).toInt();
        } else {
            QVERIFY(db->transaction([&]() -> Status {
                level = scalar(*db, u"PRAGMA synchronous"_s).toInt();
                return success();
            }));
        }
        QCOMPARE(level, levelDuring);
    }

    void newFileHasTheLatestSchema()
    {
        auto db = openFresh();
        QVERIFY(db);
        QVERIFY(CacheDatabase::latestVersion() >= 2);
        QCOMPARE(db->schemaVersion(), CacheDatabase::latestVersion());
        QCOMPARE(db->filePath(), QFileInfo(path()).absoluteFilePath());
        QVERIFY(db->connection().record(u"courses"_s).contains(u"server_percentage"_s));
        QVERIFY(db->integrityOk());
    }

    void openCreatesMissingFolders()
    {
        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(path(u"a/b/cache.db"_s));
        QVERIFY(opened);
        QVERIFY(QFileInfo::exists(path(u"a/b/cache.db"_s)));
    }

    void reopeningKeepsDataAndVersion()
    {
        {
            auto db = openFresh();
            QVERIFY(db);
            QVERIFY(db->setMeta(u"last_sync"_s, u"yesterday"_s));
        }
        auto db = openFresh();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), CacheDatabase::latestVersion());
        QCOMPARE(db->meta(u"last_sync"_s), u"yesterday"_s);
    }

    // --- migration from version 1 ---------------------------------------------------------------

    void fixtureHoldsTheShippedVersion1Schema()
    {
        // The fixture is only a fair test of the migration if it is what version 1 really wrote.
        const QStringList statements = fixtureStatements(fixtureV1);
        const QStringList v1 = schema::steps().at(0);
        QVERIFY(statements.size() > v1.size());
        QCOMPARE(statements.mid(0, v1.size()), v1);
        QCOMPARE(statements.constLast(), u"PRAGMA user_version=1"_s);
    }

    void version1CacheIsMigratedWithItsDataIntact()
    {
        QVERIFY(runPlain(path(), fixtureStatements(fixtureV1)));
        QCOMPARE(readPlain(path(), u"PRAGMA user_version"_s).toInt(), 1);

        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(path());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        CacheDatabase &db = *opened.value();
        QCOMPARE(db.schemaVersion(), CacheDatabase::latestVersion());
        QVERIFY(db.integrityOk());
        QVERIFY(!scalar(db, u"PRAGMA foreign_key_check"_s).isValid()); // no dangling reference

        // Every row is still there.
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM courses"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sections"_s).toInt(), 2);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM lessons"_s).toInt(), 3);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM lesson_state"_s).toInt(), 3);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM questions"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM answers"_s).toInt(), 3);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM attempts"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM outbox"_s).toInt(), 3);
        QCOMPARE(db.meta(u"server_clock_offset_ms"_s), u"-1500"_s);

        // The new column exists and is NULL for the old course.
        QVERIFY(db.connection().record(u"courses"_s).contains(u"server_percentage"_s));
        const QVariant percentage = scalar(db, u"SELECT server_percentage FROM courses WHERE id = 7"_s);
        QVERIFY(percentage.isValid());
        QVERIFY(percentage.isNull());

        // And the stores read the migrated data as they read their own.
        CourseStore store(db);
        Result<Course> course = store.loadCourse(7);
        QVERIFY(course);
        QCOMPARE(course->name, u"Woodworking Basics"_s);
        QCOMPARE(course->sections.size(), 2);
        QCOMPARE(course->sections.at(0).id, 71); // by position, not by id or insertion
        QCOMPARE(course->sections.at(0).lessons.at(0).id, 702);
        QCOMPARE(course->sections.at(0).lessons.at(1).completion, Completion::Completed); // local state of 701
        QVERIFY(course->serverProgress);
        QCOMPARE(course->serverProgress->completionRate, 33);
        QVERIFY(!course->serverProgress->percentage);
        Result<Lesson> quiz = store.loadLesson(7, 711);
        QVERIFY(quiz);
        QVERIFY(!quiz->body->questions.at(0).answers.at(2).correct.has_value());
        QVERIFY(quiz->body->questions.at(0).answers.at(1).correct == std::optional<bool>(true));

        Outbox outbox(db);
        Result<QList<OutboxEntry>> sendable = outbox.sendable(7);
        QVERIFY(sendable);
        QCOMPARE(sendable->size(), 2);
        QCOMPARE(sendable->at(0).lessonId, 701);
        QCOMPARE(sendable->at(1).kind, OutboxKind::Attempt);
        QCOMPARE(sendable->at(1).tries, 2);
    }

    void failedMigrationStepLeavesTheOldVersion()
    {
        // A version-1 file that already has an object the next step creates: that step fails.
        QStringList statements = fixtureStatements(fixtureV1);
        statements << u"CREATE INDEX outbox_by_lesson ON outbox(lesson_id)"_s;
        QVERIFY(runPlain(path(), statements));

        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"database"_s);
        QVERIFY(!opened.error().message.isEmpty());

        // Nothing of the failed step stays: still version 1, no half-added column, data intact.
        QCOMPARE(readPlain(path(), u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(readPlain(path(), u"SELECT COUNT(*) FROM pragma_table_info('courses') "
                                   "WHERE name = 'server_percentage'"_s)
                     .toInt(),
                 0);
        QCOMPARE(readPlain(path(), u"SELECT COUNT(*) FROM outbox"_s).toInt(), 3);
    }

    // --- refusals and errors --------------------------------------------------------------------

    void newerDatabaseIsRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<bool>("writtenInWalMode");
        QTest::addRow("written in WAL mode (as CourseDesk writes)") << true;
        QTest::addRow("written with a rollback journal") << false;
    }
    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        QFETCH(bool, writtenInWalMode);
        const int newer = CacheDatabase::latestVersion() + 1;
        if (writtenInWalMode) {
            auto db = openFresh();
            QVERIFY(db);
            QVERIFY(db->setMeta(u"written_by"_s, u"a newer CourseDesk"_s));
            QSqlQuery bump(db->connection());
            QVERIFY(bump.exec(u"PRAGMA user_version = %1"_s.arg(newer)));
        } else {
            QStringList statements = fixtureStatements(fixtureV1);
            statements << u"PRAGMA user_version = %1"_s.arg(newer);
            QVERIFY(runPlain(path(), statements));
        }
        const QByteArray before = fileBytes(path());
        QVERIFY(!before.isEmpty());

        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"database_too_new"_s);
        QVERIFY(opened.error().message.contains(QFileInfo(path()).absoluteFilePath()));

        QCOMPARE(fileBytes(path()), before); // not one byte changed (no WAL switch, no migration)
        QCOMPARE(readPlain(path(), u"PRAGMA user_version"_s).toInt(), newer);
    }

    void unopenablePathGivesAnErrorNotACrash_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addRow("a directory where the file should be") << u"directory"_s;
        QTest::addRow("a file of garbage bytes") << u"garbage"_s;
        QTest::addRow("a file where the folder should be") << u"file-as-folder"_s;
    }
    void unopenablePathGivesAnErrorNotACrash()
    {
        QFETCH(QString, setup);
        QString target = path();
        if (setup == u"directory"_s) {
            QVERIFY(QDir().mkpath(target));
        } else if (setup == u"garbage"_s) {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database");
        } else {
            QFile file(path(u"blocker"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
            target = path(u"blocker/cache.db"_s);
        }

        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(target);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"database"_s);
        QVERIFY(!opened.error().message.isEmpty());

        // What was there is left alone.
        if (setup == u"directory"_s)
            QVERIFY(QFileInfo(target).isDir());
        else if (setup == u"garbage"_s)
            QCOMPARE(fileBytes(target), QByteArray("not a database"));
        else
            QCOMPARE(fileBytes(path(u"blocker"_s)), QByteArray("x"));
        // No connection is left behind under the failed attempt.
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(u"coursedesk-"_s), qPrintable(name));
    }

    // --- transactions ---------------------------------------------------------------------------

    void transactionCommitsOnSuccess()
    {
        auto db = openFresh();
        QVERIFY(db);
        Status done = db->transaction([&]() -> Status {
            if (Status ok = db->setMeta(u"a"_s, u"1"_s); !ok)
                return ok;
            return db->setMeta(u"b"_s, u"2"_s);
        });
        QVERIFY(done);
        QCOMPARE(db->meta(u"a"_s), u"1"_s);
        // Committed, so another connection sees it.
        QCOMPARE(readPlain(path(), u"SELECT value FROM meta WHERE key = 'b'"_s).toString(), u"2"_s);
    }

    void transactionRollsBackOnFailure()
    {
        auto db = openFresh();
        QVERIFY(db);
        const Error failure{u"test_failure"_s, u"the work failed after writing"_s};
        Status done = db->transaction([&]() -> Status {
            if (Status ok = db->setMeta(u"a"_s, u"1"_s); !ok)
                return ok;
            return failure;
        });
        QVERIFY(!done);
        QCOMPARE(done.error(), failure); // the work's own error comes back
        QCOMPARE(db->meta(u"a"_s, u"absent"_s), u"absent"_s);
        QVERIFY(!readPlain(path(), u"SELECT value FROM meta WHERE key = 'a'"_s).isValid());

        // The connection is usable afterwards.
        QVERIFY(db->transaction([&] { return db->setMeta(u"a"_s, u"2"_s); }));
        QCOMPARE(db->meta(u"a"_s), u"2"_s);
    }

    void nestedTransactionJoinsTheOuterOne()
    {
        auto db = openFresh();
        QVERIFY(db);
        bool innerVisibleBeforeOuterCommit = true;
        Status done = db->transaction([&]() -> Status {
            Status inner = db->transaction([&] { return db->setMeta(u"inner"_s, u"1"_s); });
            if (!inner)
                return inner; // a second BEGIN would have failed here
            innerVisibleBeforeOuterCommit =
                readPlain(path(), u"SELECT value FROM meta WHERE key = 'inner'"_s).isValid();
            return db->setMeta(u"outer"_s, u"1"_s);
        });
        QVERIFY(done);
        QVERIFY(!innerVisibleBeforeOuterCommit); // the inner call did not commit on its own
        QCOMPARE(readPlain(path(), u"SELECT value FROM meta WHERE key = 'inner'"_s).toString(), u"1"_s);
    }

    void outerFailureRollsBackWhatNestedCallsDid()
    {
        auto db = openFresh();
        QVERIFY(db);
        Status done = db->transaction([&]() -> Status {
            Status inner = db->transaction([&] { return db->setMeta(u"inner"_s, u"1"_s); });
            if (!inner)
                return inner;
            return Error{u"test_failure"_s, u"outer fails after the inner call succeeded"_s};
        });
        QVERIFY(!done);
        QCOMPARE(db->meta(u"inner"_s, u"absent"_s), u"absent"_s);
    }

    void nestedFailurePassedUpRollsBackEverything()
    {
        auto db = openFresh();
        QVERIFY(db);
        Status done = db->transaction([&]() -> Status {
            if (Status ok = db->setMeta(u"outer"_s, u"1"_s); !ok)
                return ok;
            return db->transaction([&]() -> Status {
                if (Status ok = db->setMeta(u"inner"_s, u"1"_s); !ok)
                    return ok;
                return Error{u"inner_failure"_s, u"inner work failed"_s};
            });
        });
        QVERIFY(!done);
        QCOMPARE(done.error().code, u"inner_failure"_s);
        QCOMPARE(db->meta(u"outer"_s, u"absent"_s), u"absent"_s);
        QCOMPARE(db->meta(u"inner"_s, u"absent"_s), u"absent"_s);
    }

    void failedStatementReportsADatabaseError()
    {
        auto db = openFresh();
        QVERIFY(db);
        QSqlQuery query = db->prepare(u"SELECT no_such_column FROM meta"_s);
        Status ran = db->exec(query, "read the test table");
        QVERIFY(!ran);
        QCOMPARE(ran.error().code, u"database"_s);
        QVERIFY(ran.error().message.contains(u"no_such_column"_s));
    }

    // --- account metadata -----------------------------------------------------------------------

    void metaGetSetOverwrite()
    {
        auto db = openFresh();
        QVERIFY(db);
        QCOMPARE(db->meta(u"server_clock_offset_ms"_s), QString());
        QCOMPARE(db->meta(u"server_clock_offset_ms"_s, u"0"_s), u"0"_s);

        QVERIFY(db->setMeta(u"server_clock_offset_ms"_s, u"250"_s));
        QCOMPARE(db->meta(u"server_clock_offset_ms"_s, u"0"_s), u"250"_s);

        QVERIFY(db->setMeta(u"server_clock_offset_ms"_s, u"-40"_s));
        QCOMPARE(db->meta(u"server_clock_offset_ms"_s), u"-40"_s);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM meta"_s).toInt(), 1); // overwritten, not added

        QVERIFY(db->setMeta(u"empty"_s, QString())); // a null value is stored as empty text
        QCOMPARE(db->meta(u"empty"_s, u"fallback"_s), QString());
    }

    void metaSurvivesReopening()
    {
        {
            auto db = openFresh();
            QVERIFY(db);
            QVERIFY(db->setMeta(u"k"_s, u"ünïcödé ✓"_s));
        }
        auto db = openFresh();
        QVERIFY(db);
        QCOMPARE(db->meta(u"k"_s), u"ünïcödé ✓"_s);
    }

    void integrityOkOnAHealthyDatabase()
    {
        auto db = openFresh();
        QVERIFY(db);
        QVERIFY(db->integrityOk());
    }
};

QTEST_GUILESS_MAIN(tst_CacheDatabase)
#include "tst_CacheDatabase.moc"

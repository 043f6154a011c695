// Accounts: the user's accounts in one data folder — accounts.json plus one <name>.sqlite cache each.
#include "session/Accounts.h"

#include "FakeClock.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

Account serverAccount(const QString &name)
{
    return Account{name, false, QUrl(u"https://school.example.org"_s), u"ada"_s};
}

QStringList names(const Result<QList<Account>> &accounts)
{
    QStringList list;
    if (accounts) {
        for (const Account &account : *accounts)
            list << account.name;
    }
    return list;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_Accounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;

    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    QString accountsFile() const { return dataDir() + u"/accounts.json"_s; }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void emptyFolderHasNoAccounts()
    {
        Accounts accounts(dataDir());
        const Result<QList<Account>> list = accounts.list();
        QVERIFY(list);
        QVERIFY(list->isEmpty());
        QVERIFY(!QFile::exists(accountsFile())); // reading creates nothing
        QCOMPARE(accounts.databasePath(u"work"_s), QDir(dataDir()).filePath(u"work.sqlite"_s));
    }

    void ensureSampleCreatesTheLocalAccountOnce()
    {
        Accounts accounts(dataDir());

        const Result<Account> created = accounts.ensureSample(m_clock);

        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->name, u"sample"_s);
        QVERIFY(created->local);
        QVERIFY(created->server.isEmpty());
        QCOMPARE(names(accounts.list()), QStringList{u"sample"_s});
        QVERIFY(QFile::exists(accounts.databasePath(u"sample"_s)));

        // The learner makes progress in the sample…
        {
            Result<std::unique_ptr<CacheDatabase>> db = accounts.openCache(u"sample"_s);
            QVERIFY(db);
            LearnerState state(**db, m_clock, LearnerState::Kind::Local);
            CourseSession session(state);
            QCOMPARE(session.courses()->size(), 1);
            QVERIFY(session.setCompleted(1, 101, true));
            QCOMPARE(session.outline(1)->course.joinedAt, m_clock.now()); // joined when the sample was created
        }

        // …and a later call opens the same account: nothing is imported again, nothing is reset.
        m_clock.advanceDays(3);
        const Result<Account> again = accounts.ensureSample(m_clock);
        QVERIFY(again);
        QCOMPARE(*again, *created);
        QCOMPARE(names(accounts.list()), QStringList{u"sample"_s});
        Result<std::unique_ptr<CacheDatabase>> db = accounts.openCache(u"sample"_s);
        QVERIFY(db);
        LearnerState state(**db, m_clock, LearnerState::Kind::Local);
        CourseSession session(state);
        QCOMPARE(session.outline(1)->course.findLesson(101)->completion, Completion::Completed);
        QCOMPARE(session.outline(1)->course.joinedAt, m_clock.now().addDays(-3));
        QCOMPARE((*db)->meta(u"created_at"_s), m_clock.now().addDays(-3).toString(Qt::ISODateWithMs));
    }

    void addListFindRemove()
    {
        Accounts accounts(dataDir());
        QVERIFY(accounts.add(serverAccount(u"work"_s)));
        QVERIFY(accounts.add(serverAccount(u"school.2"_s)));
        QVERIFY(accounts.ensureSample(m_clock));

        QCOMPARE(names(accounts.list()), (QStringList{u"work"_s, u"school.2"_s, u"sample"_s}));
        const Result<Account> work = accounts.find(u"work"_s);
        QVERIFY(work);
        QCOMPARE(*work, serverAccount(u"work"_s)); // server and user survive the round trip
        QCOMPARE(Accounts(dataDir()).list()->at(0), serverAccount(u"work"_s)); // and a fresh reader

        const Status duplicate = accounts.add(serverAccount(u"work"_s));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, u"account_exists"_s);

        QVERIFY(accounts.remove(u"school.2"_s));
        QCOMPARE(names(accounts.list()), (QStringList{u"work"_s, u"sample"_s}));
        const Status missing = accounts.remove(u"school.2"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, u"unknown_account"_s);
        QCOMPARE(accounts.find(u"nobody"_s).error().code, u"unknown_account"_s);
    }

    void resolveWithoutAName_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("resolved"); // the account chosen, or the error code
        QTest::addRow("none") << QStringList{} << QString() << u"no_account"_s;
        QTest::addRow("one: it") << QStringList{u"work"_s} << QString() << u"work"_s;
        QTest::addRow("several") << QStringList{u"work"_s, u"home"_s} << QString() << u"ambiguous_account"_s;
        QTest::addRow("several, one named") << QStringList{u"work"_s, u"home"_s} << u"home"_s << u"home"_s;
        QTest::addRow("one, another named") << QStringList{u"work"_s} << u"home"_s << u"unknown_account"_s;
    }
    void resolveWithoutAName()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, name);
        QFETCH(QString, resolved);
        Accounts accounts(dataDir());
        for (const QString &account : existing)
            QVERIFY(accounts.add(serverAccount(account)));

        const Result<Account> found = accounts.resolve(name);

        QCOMPARE(found ? found->name : found.error().code, resolved);
        if (resolved == u"ambiguous_account"_s) // the message lists the choices
            QVERIFY2(found.error().message.contains(u"work, home"_s), qPrintable(found.error().message));
        if (resolved == u"no_account"_s)
            QVERIFY2(found.error().message.contains(u"sample"_s), qPrintable(found.error().message));
    }

    void accountNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("letters") << u"work"_s << true;
        QTest::addRow("one character") << u"a"_s << true;
        QTest::addRow("digits, dot, dash, underscore") << u"school.2_x-y"_s << true;
        QTest::addRow("64 characters") << QString(64, u'a') << true;
        QTest::addRow("65 characters") << QString(65, u'a') << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("space") << u"my work"_s << false;
        QTest::addRow("leading dot (hidden file)") << u".work"_s << false;
        QTest::addRow("leading dash (an option)") << u"-work"_s << false;
        QTest::addRow("slash (another folder)") << u"a/b"_s << false;
        QTest::addRow("parent folder") << u"../work"_s << false;
        QTest::addRow("backslash") << u"a\\b"_s << false;
        QTest::addRow("non-ASCII") << u"écolé"_s << false;
        QTest::addRow("trailing newline") << u"work\n"_s << false;
    }
    void accountNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Accounts::isValidName(name), valid);

        Accounts accounts(dataDir());
        const Status added = accounts.add(serverAccount(name));
        QCOMPARE(bool(added), valid);
        if (!valid) {
            QCOMPARE(added.error().code, u"bad_account_name"_s);
            QVERIFY(accounts.list()->isEmpty());
        }
    }

    // A damaged list is never "repaired" by overwriting it: every call reports it and leaves it be.
    void damagedListIsReportedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("truncated") << QByteArray("{\"version\": 1, \"accounts\": [{\"name\": \"wo");
        QTest::addRow("not JSON") << QByteArray("accounts = work, home\n");
        QTest::addRow("an array, not an object") << QByteArray("[{\"name\": \"work\"}]");
        QTest::addRow("empty file") << QByteArray();
    }
    void damagedListIsReportedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QVERIFY(QDir().mkpath(dataDir()));
        QVERIFY(writeFile(accountsFile(), content));
        Accounts accounts(dataDir());

        const Result<QList<Account>> list = accounts.list();
        QVERIFY(!list);
        QCOMPARE(list.error().code, u"accounts"_s);
        QVERIFY2(list.error().message.contains(u"damaged"_s) && list.error().message.contains(accountsFile()),
                 qPrintable(list.error().message));

        QCOMPARE(accounts.add(serverAccount(u"work"_s)).error().code, u"accounts"_s);
        QCOMPARE(accounts.remove(u"work"_s).error().code, u"accounts"_s);
        QCOMPARE(accounts.resolve(QString()).error().code, u"accounts"_s);
        QCOMPARE(accounts.ensureSample(m_clock).error().code, u"accounts"_s);
        QCOMPARE(readAll(accountsFile()), content);
        QVERIFY(!QFile::exists(accounts.databasePath(u"sample"_s)));
    }

    void removeDeletesTheCacheFiles()
    {
        Accounts accounts(dataDir());
        QVERIFY(accounts.add(serverAccount(u"work"_s)));
        QVERIFY(accounts.add(serverAccount(u"home"_s)));
        const QString work = accounts.databasePath(u"work"_s);
        const QString home = accounts.databasePath(u"home"_s);
        {
            Result<std::unique_ptr<CacheDatabase>> db = CacheDatabase::open(work);
            QVERIFY(db);
            QVERIFY(CacheDatabase::open(home));
        }
        // As a killed app leaves them: the WAL and its index beside the database.
        QVERIFY(writeFile(work + u"-wal"_s, "wal"));
        QVERIFY(writeFile(work + u"-shm"_s, "shm"));
        QVERIFY(QFile::exists(work));

        QVERIFY(accounts.remove(u"work"_s));

        QVERIFY(!QFile::exists(work));
        QVERIFY(!QFile::exists(work + u"-wal"_s));
        QVERIFY(!QFile::exists(work + u"-shm"_s));
        QVERIFY(QFile::exists(home)); // another account's cache is not touched
        QCOMPARE(names(accounts.list()), QStringList{u"home"_s});
    }
};

QTEST_GUILESS_MAIN(tst_Accounts)
#include "tst_Accounts.moc"

// coursedesk-cli when its local cache cannot be written (another program holds the cache's lock): exit code 5,
// a message that says so, and nothing lost — the queued action is sent by the next sync. In both dialects.
#include "CacheTrouble.h"
#include "CliProcess.h"
#include "Dialects.h"

#include "session/Accounts.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_CliLocalFailure : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<RefServerProcess> m_server;

    CliRun cli(const QStringList &args, const QByteArray &stdinText = {})
    {
        return runCli(m_data->path(), args, stdinText);
    }
    // Each command signs in with the password on its standard input: no keychain is needed.
    CliRun sync(const QStringList &more = {})
    {
        return cli(QStringList{u"sync"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s} + more, "learner\n");
    }
    QString cachePath() const { return Accounts(m_data->path()).databasePath(u"school"_s); }

private slots:
    void initTestCase_data() { addDialectRows(); }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<RefServerProcess>();
        const QString problem = m_server->start({u"--dialect"_s, rowDialectName()});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliRun added = cli({u"account"_s, u"add"_s, u"school"_s, u"--server"_s, m_server->url(), u"--username"_s,
                                  u"learner"_s, u"--password-stdin"_s},
                                 "learner\n");
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(sync().exitCode, 0);
        QCOMPARE(cli({u"complete"_s, u"2"_s, u"201"_s}).exitCode, 0); // queued for the server
    }
    void cleanup()
    {
        m_server.reset();
        m_data.reset();
    }

    void aSyncThatCannotWriteTheCacheExitsWithItsOwnCode()
    {
        CacheLock lock(cachePath());
        QVERIFY2(lock.problem().isEmpty(), qPrintable(lock.problem()));
        const CliRun blocked = sync({u"--json"_s});
        QCOMPARE(blocked.exitCode, 5);
        QVERIFY2(blocked.err.contains(u"Could not write to the local cache"_s) &&
                     blocked.err.contains(u"Queued actions are kept"_s),
                 qPrintable(blocked.err));
        QVERIFY2(!blocked.json().object().value(u"local_error"_s).toString().isEmpty(), qPrintable(blocked.out));
        QCOMPARE(blocked.json().object().value(u"rejected"_s).toInt(), 0);

        lock.release();
        const CliRun after = sync({u"--json"_s});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.json().object().value(u"sent"_s).toInt(), 1);
        QCOMPARE(after.json().object().value(u"pending"_s).toInt(), 0);
    }

    void anActionThatCannotBeWrittenExitsWithItsOwnCodeAndChangesNothing()
    {
        CacheLock lock(cachePath());
        QVERIFY2(lock.problem().isEmpty(), qPrintable(lock.problem()));
        const CliRun refused = cli({u"complete"_s, u"2"_s, u"203"_s});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains(u"locked"_s), qPrintable(refused.err));
        lock.release();
        const CliRun pending = cli({u"pending"_s, u"--json"_s});
        QCOMPARE(pending.exitCode, 0);
        QCOMPARE(pending.json().array().size(), 1); // lesson 201's, queued before; nothing for 203
    }
};

QTEST_GUILESS_MAIN(tst_CliLocalFailure)
#include "tst_CliLocalFailure.moc"

// Signing out: the tokens go, the account and its cache stay; queued actions stay unless discarded.
#include "session/AccountSignOut.h"

#include "session/AccountRuntime.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include "CourseBuilder.h"
#include "FakeClock.h"
#include "FakeCredentialStore.h"

#include <QTemporaryDir>
#include <QNetworkAccessManager>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_AccountSignOut : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Accounts> m_accounts;
    FakeCredentialStore m_store;

    QNetworkAccessManager m_network;

    std::unique_ptr<AccountRuntime> openSchool()
    {
        Result<std::unique_ptr<AccountRuntime>> runtime = AccountRuntime::open(
            *m_accounts, *m_accounts->find(u"school"_s), m_clock, m_network, m_store, Credentials{}, {});
        return runtime ? std::move(runtime).value() : nullptr;
    }

    // Queues `count` completions in the account's cache (lessons 10, 11, …) and closes it.
    void queue(int count)
    {
        std::unique_ptr<AccountRuntime> school = openSchool();
        QVERIFY(school);
        QVERIFY(school->state()
                    .importCourse(CourseBuilder().joined(m_clock.now()).section(1).lesson(10).lesson(11).build())
                    .ok());
        for (int i = 0; i < count; ++i)
            QVERIFY(school->session().setCompleted(1, 10 + i, true).ok());
    }

    Status signOut(AccountSignOut::Queued queued, const QString &name = u"school"_s)
    {
        AccountSignOut signOut(*m_accounts, m_store, m_clock);
        std::optional<Status> result;
        signOut.signOut(name, queued, nullptr, [&](Status done) { result.emplace(done); });
        return result.value_or(Status(Error{u"no_answer"_s, u"done was not called"_s}));
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_accounts = std::make_unique<Accounts>(m_dir.path());
        m_store = FakeCredentialStore{};
        QVERIFY(m_accounts->ensureSample(m_clock).ok());
        QVERIFY(m_accounts->add(Account{u"school"_s, false, QUrl(u"https://example.org"_s), u"learner"_s}).ok());
        m_store.entries.insert(u"school"_s, Credentials{"a", "r"});
    }

    void keepRemovesTheTokensOnly()
    {
        queue(2);
        QCOMPARE(*AccountSignOut(*m_accounts, m_store, m_clock).queuedActions(u"school"_s), 2);
        QVERIFY(signOut(AccountSignOut::Queued::Keep).ok());
        QVERIFY(!m_store.entries.contains(u"school"_s));
        QVERIFY(m_accounts->find(u"school"_s).ok());
        QCOMPARE(*AccountSignOut(*m_accounts, m_store, m_clock).queuedActions(u"school"_s), 2);
    }

    void discardDropsTheQueueAndRollsBack()
    {
        queue(2);
        QVERIFY(signOut(AccountSignOut::Queued::Discard).ok());
        QVERIFY(!m_store.entries.contains(u"school"_s));
        QCOMPARE(*AccountSignOut(*m_accounts, m_store, m_clock).queuedActions(u"school"_s), 0);
        std::unique_ptr<AccountRuntime> school = openSchool();
        QVERIFY(school);
        QCOMPARE(school->session().progress(1)->completed, 0);
        QVERIFY(school->session().pendingActions()->isEmpty());
    }

    void localAndUnknownAccountsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addRow("local") << u"sample"_s << u"local_account"_s;
        QTest::addRow("unknown") << u"nobody"_s << u"unknown_account"_s;
    }
    void localAndUnknownAccountsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const Status result = signOut(AccountSignOut::Queued::Keep, name);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(m_store.removals, 0);
    }

    void aLocalAccountHasNothingQueued()
    {
        QCOMPARE(*AccountSignOut(*m_accounts, m_store, m_clock).queuedActions(u"sample"_s), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AccountSignOut)
#include "tst_AccountSignOut.moc"

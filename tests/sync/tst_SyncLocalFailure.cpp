// When the local cache fails during a sync (another program holds its lock, its files turn read-only, a row is
// damaged), that is nobody's verdict on the learner's actions: the run stops, every action stays queued as it
// was — none is rejected or rolled back for it —, the learner reads that the cache could not be written and why,
// and the next run, with the cache well again, sends each action once. In both of the server's dialects.
#include "CacheTrouble.h"
#include "SyncClient.h"

#include "session/Accounts.h"
#include "sync/SyncScheduler.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

// Quiz 205 of course 2, every answer right.
const QList<QuestionResponse> rightAnswers{{2001, {20001, 20002}}, {2002, {20005}}};

enum class Action
{
    Completion,
    Attempt,
};

QString cachePath(const SyncClient &c)
{
    return Accounts(c.dir.path()).databasePath(QString::fromUtf16(SyncClient::accountName));
}

int attemptsOnServer(const SyncClient &c)
{
    return int(c.server.state(u"learner"_s, 2)->value(u"attempts"_s).toArray().size());
}

} // namespace

Q_DECLARE_METATYPE(Action)

class tst_SyncLocalFailure : public QObject
{
    Q_OBJECT

    // Signed in, course 2 pulled, then (offline) lessons 201 and 203 completed and quiz 205 taken: three actions.
    static bool prepare(SyncClient &c,
                        QList<Action> actions = {Action::Completion, Action::Completion, Action::Attempt})
    {
        if (!c.serverUp || !c.signIn() || c.sync().failure)
            return false;
        qint64 lesson = 201;
        for (Action action : actions) {
            if (action == Action::Attempt) {
                if (!c.session.submitQuiz(2, 205, rightAnswers).ok())
                    return false;
            } else if (!c.session.setCompleted(2, lesson, true).ok()) {
                return false;
            } else {
                lesson += 2;
            }
        }
        return true;
    }

    static void verifyNothingLostOrRefused(const SyncClient &c, const SyncReport &report, int queued)
    {
        QVERIFY(report.localFailure.has_value());
        QCOMPARE(report.rejected, 0);
        QVERIFY(report.rejections.isEmpty());
        const QList<OutboxEntry> kept = c.unfinished();
        QCOMPARE(kept.size(), queued);
        for (const OutboxEntry &entry : kept)
            QVERIFY2(entry.state != OutboxState::Rejected, qPrintable(entry.reason));
    }

private slots:
    void initTestCase_data() { addDialectRows(); }

    // Another program holds the cache's lock for the whole run: the run stops before anything reaches the server,
    // the learner's work stays as it was (and shown so), the status says why; released, one run sends it all.
    void aLockedCacheStopsTheRunAndLosesNothing()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(prepare(c));
        const RefServerCounters before = c.server.counters();
        CacheLock lock(cachePath(c));
        QVERIFY2(lock.problem().isEmpty(), qPrintable(lock.problem()));

        const SyncReport blocked = c.sync();
        verifyNothingLostOrRefused(c, blocked, 3);
        QVERIFY2(blocked.localFailure->message.contains(u"locked"_s), qPrintable(blocked.localFailure->message));
        QCOMPARE(blocked.sent, 0);
        QCOMPARE(writeCalls(c.server.counters()), writeCalls(before));
        QCOMPARE(c.localState(2, 201), u"completed"_s); // the learner's work is still shown as done
        QCOMPARE(c.localState(2, 203), u"completed"_s);

        // The scheduler tells the learner, in words.
        SyncScheduler &scheduler = *c.runtime->scheduler();
        scheduler.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.session.syncStatus().state, SyncStatus::State::LocalFailure, 30'000);
        QVERIFY2(c.session.syncStatus().message.startsWith(u"CourseDesk could not write to its local cache: "_s),
                 qPrintable(c.session.syncStatus().message));

        lock.release();
        const SyncReport after = c.sync();
        QVERIFY(!after.localFailure);
        QVERIFY(!after.failure);
        QCOMPARE(after.sent, 3);
        QVERIFY(c.unfinished().isEmpty());
        QCOMPARE(c.serverState(2, 201), u"completed"_s);
        QCOMPARE(c.serverState(2, 203), u"completed"_s);
        QCOMPARE(c.server.counters().attempts - before.attempts, 1);
    }

    // The server handled the action; then the cache refuses to record its answer (locked, or turned read-only).
    // The action stays queued (in flight); the next run sends it again — a completion is idempotent, an attempt is
    // found on the server first — and the server holds it once.
    void aCacheThatFailsWhileTheServerAnswersKeepsTheAction_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("readOnly");
        QTest::addRow("completion, cache locked") << Action::Completion << false;
        QTest::addRow("quiz attempt, cache locked") << Action::Attempt << false;
        QTest::addRow("completion, cache read-only") << Action::Completion << true;
        QTest::addRow("quiz attempt, cache read-only") << Action::Attempt << true;
    }
    void aCacheThatFailsWhileTheServerAnswersKeepsTheAction()
    {
        QFETCH(Action, action);
        QFETCH(bool, readOnly);
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(prepare(c, {action}));
        const RefServerCounters before = c.server.counters();
        c.server.setLatencyMs(500); // the request is handled at once, its reply held back

        std::optional<SyncReport> finished;
        QObject::connect(
            &c.engine, &SyncEngine::finished, &c.engine, [&](const SyncReport &report) { finished = report; },
            Qt::SingleShotConnection);
        c.engine.run();
        QTRY_VERIFY_WITH_TIMEOUT(writeCalls(c.server.counters()) > writeCalls(before), 10'000);
        std::unique_ptr<CacheLock> lock;
        std::unique_ptr<ReadOnlyCache> frozen;
        if (readOnly) {
            frozen = std::make_unique<ReadOnlyCache>(cachePath(c));
            if (!frozen->problem().isEmpty()) {
                QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 30'000);
                QSKIP(qPrintable(u"this machine cannot make a file read-only for root: "_s + frozen->problem()));
            }
        } else {
            lock = std::make_unique<CacheLock>(cachePath(c));
            QVERIFY2(lock->problem().isEmpty(), qPrintable(lock->problem()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 30'000);
        const SyncReport failed = *finished;
        verifyNothingLostOrRefused(c, failed, 1);
        QCOMPARE(failed.sent, 0);
        QCOMPARE(c.unfinished().constFirst().state, OutboxState::InFlight); // its outcome is the server's to tell

        if (frozen)
            frozen->restore();
        if (lock)
            lock->release();
        c.server.setLatencyMs(0);
        const SyncReport again = c.sync();
        QVERIFY2(!again.localFailure, qPrintable(again.localFailure ? again.localFailure->message : QString()));
        QCOMPARE(again.sent, 1);
        QVERIFY(c.unfinished().isEmpty());
        if (action == Action::Completion) {
            QCOMPARE(c.serverState(2, 201), u"completed"_s);
            QCOMPARE(c.server.counters().completionRecords - before.completionRecords, 1);
        } else {
            QCOMPARE(c.server.counters().attempts - before.attempts, 1); // found on the server, not made again
            QCOMPARE(attemptsOnServer(c), 1);
        }
    }

    // A damaged row (a kind this version does not know) is reported with its row, and nothing is sent: read as a
    // completion, as an unknown kind used to be, it would have been.
    void aDamagedRowIsReportedAndNothingIsSent()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(prepare(c));
        const RefServerCounters before = c.server.counters();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(cachePath(c));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE outbox SET kind = 'teleport' WHERE id = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);

        const SyncReport report = c.sync();
        QVERIFY(report.localFailure.has_value());
        QCOMPARE(report.localFailure->code, u"damaged_cache"_s);
        QVERIFY2(report.localFailure->message.contains(u"outbox row 1 has the unknown kind 'teleport'"_s),
                 qPrintable(report.localFailure->message));
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(writeCalls(c.server.counters()), writeCalls(before));
    }
};

QTEST_GUILESS_MAIN(tst_SyncLocalFailure)
#include "tst_SyncLocalFailure.moc"

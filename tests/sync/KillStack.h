#pragma once

// What the kill tests share (tst_SyncKill: completions; tst_SyncKillAttempts: quiz attempts): a coursedesk-refserver
// process in one of its dialects, with a data file and a reply latency; a data folder for coursedesk-cli with one
// account; CLI runs, to their end or SIGKILLed after a delay.

#include "DialectRows.h"
#include "TestHttp.h"

#include "session/Accounts.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace coursedesk::test {

using namespace Qt::StringLiterals;

constexpr int processTimeoutMs = 60000;

struct Run
{
    int exitCode = -1; // -2: crashed or killed
    QString out;
    QString err;
    qint64 ms = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline QString describe(const Run &run)
{
    return u"exit %1 after %2 ms; out: %3; err: %4"_s.arg(run.exitCode).arg(run.ms).arg(run.out, run.err);
}

// A `coursedesk-cli sync` started and, unless it exits first, SIGKILLed after a delay.
struct KilledRun
{
    bool exited = false; // it ended by itself before the kill
    qint64 atMs = 0;     // when it was killed or ended
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    int exitCode = 0;
    QString err;
};

// A kept entry may carry a next-try time (backoff, Retry-After): the next run waits until then, on the real clock
// (the CLI runs on it). Adds the wait to waitedMs.
inline void waitOutBackoff(const QDateTime &retryAt, qint64 &waitedMs)
{
    if (!retryAt.isValid())
        return;
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(retryAt) + 50;
    if (wait <= 0)
        return;
    QVERIFY2(wait < 30000, qPrintable(u"backoff of %1 ms"_s.arg(wait)));
    QTest::qWait(int(wait));
    waitedMs += wait;
}

// One coursedesk-refserver process and a data folder for coursedesk-cli.
class Stack
{
public:
    Stack(QStringList seed, refserver::Dialect dialect, int latencyMs)
        : m_seed(std::move(seed))
        , m_dialect(dialect)
        , m_latencyMs(latencyMs)
    {}

    ~Stack()
    {
        server.kill();
        server.waitForFinished();
    }

    QTemporaryDir dir;
    QProcess server;
    QString url;
    std::unique_ptr<HttpClient> control;
    static inline const QString accountName = u"school"_s;

    QString problem() const { return m_problem; }
    QString dataDir() const { return dir.filePath(u"cli"_s); }
    QString cachePath() const { return Accounts(dataDir()).databasePath(accountName); }

    // Starts the server on its data file (--seed, --dialect, --data) and sets the latency.
    bool start()
    {
        if (!dir.isValid())
            return fail(u"no temporary folder"_s);
        server.setProgram(QStringLiteral(COURSEDESK_REFSERVER_PATH));
        server.setArguments(
            QStringList{u"--port"_s, u"0"_s, u"--seed"_s} + m_seed +
            QStringList{u"--dialect"_s, refserver::wireName(m_dialect), u"--data"_s, dir.filePath(u"server.sqlite"_s)});
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start();
        if (!server.waitForStarted())
            return fail(u"the server does not start"_s);
        if (!QTest::qWaitFor([&] { return server.canReadLine() || server.state() != QProcess::Running; }, 30000))
            return fail(u"the server does not say where it listens"_s);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        if (!line.startsWith(u"listening on "_s))
            return fail(u"unexpected server output: "_s + line);
        url = line.mid(QStringLiteral("listening on ").size());
        control = std::make_unique<HttpClient>(QUrl(url));
        return setLatency();
    }

    // DELETE /_test/faults also clears the latency: every trial sets it again.
    bool setLatency()
    {
        const int status = control->post(u"/_test/latency"_s, QJsonObject{{u"ms"_s, m_latencyMs}}).status;
        return status == 204 || fail(u"POST /_test/latency: %1"_s.arg(status));
    }
    bool addFault(const QJsonObject &fault) { return control->post(u"/_test/faults"_s, fault).status == 200; }
    bool faultsUsedUp() { return control->get(u"/_test/faults"_s).json().value(u"faults"_s).toArray().isEmpty(); }
    // Clears the faults, and the latency with them: sets it again.
    bool clearFaults() { return control->send("DELETE", u"/_test/faults"_s).status == 204 && setLatency(); }

    QJsonObject counters() { return control->get(u"/_test/counters"_s).json(); }
    QJsonObject serverState(qint64 courseId)
    {
        return control->get(u"/_test/state?user=learner&course=%1"_s.arg(courseId)).json();
    }

    Run cli(const QStringList &arguments, const QByteArray &stdinText = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(COURSEDESK_CLI_PATH));
        process.setArguments(QStringList{u"--data-dir"_s, dataDir()} + arguments);
        QElapsedTimer timer;
        timer.start();
        process.start();
        process.write(stdinText);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(processTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            run.err = u"timed out"_s;
            return run;
        }
        run.ms = timer.elapsed();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Run addAccount()
    {
        return cli({u"account"_s, u"add"_s, accountName, u"--server"_s, url, u"--username"_s, u"learner"_s,
                    u"--password-stdin"_s},
                   "learner\n");
    }
    Run sync() { return cli(syncArguments(), "learner\n"); }
    static QStringList syncArguments()
    {
        return {u"sync"_s, u"--json"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s};
    }

    // A sync, SIGKILLed `delayMs` after its start unless it ends first.
    KilledRun syncKilledAfter(qint64 delayMs)
    {
        QProcess sync;
        sync.setProgram(QStringLiteral(COURSEDESK_CLI_PATH));
        sync.setArguments(QStringList{u"--data-dir"_s, dataDir()} + syncArguments());
        QElapsedTimer clock;
        clock.start();
        sync.start();
        KilledRun run;
        if (!sync.waitForStarted()) {
            run.exitStatus = QProcess::CrashExit;
            run.err = u"the CLI does not start"_s;
            return run;
        }
        sync.write("learner\n");
        sync.closeWriteChannel();
        run.exited = sync.waitForFinished(int(std::max<qint64>(0, delayMs - clock.elapsed())));
        run.atMs = clock.elapsed();
        if (!run.exited) {
            sync.kill(); // SIGKILL
            sync.waitForFinished(processTimeoutMs);
            return run;
        }
        run.exitStatus = sync.exitStatus();
        run.exitCode = sync.exitCode();
        run.err = QString::fromUtf8(sync.readAllStandardError());
        return run;
    }

private:
    bool fail(const QString &problem)
    {
        m_problem = problem;
        return false;
    }

    QStringList m_seed;
    refserver::Dialect m_dialect;
    int m_latencyMs;
    QString m_problem;
};

} // namespace coursedesk::test

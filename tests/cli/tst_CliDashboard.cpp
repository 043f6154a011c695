// `coursedesk-cli dashboard COURSE [--quiz] --csv FILE` against the reference server on a fixed clock, with
// learners whose names are hostile to spreadsheets (HostileSeed.h): the files must equal the golden files in
// tests/cli/golden/ byte for byte (the window's "Export CSV…" writes the same bytes: tst_DashboardWidget). A learner asking for the dashboard gets exit code 2 and a clear message.
#include "RefServer.h"
#include "Store.h"

#include "FakeClock.h"
#include "HostileSeed.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray golden(const QString &name)
{
    QFile file(QStringLiteral(COURSEDESK_TEST_DATA) + u"/cli/golden/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// On a mismatch the actual bytes are left in the temporary folder for a diff (and for review when a golden file
// must change on purpose).
void compareWithGolden(const QByteArray &actual, const QString &name)
{
    const QByteArray expected = golden(name);
    if (actual == expected)
        return;
    const QString kept = QDir::temp().filePath(u"coursedesk-"_s + name + u".actual"_s);
    QFile file(kept);
    if (file.open(QIODevice::WriteOnly))
        file.write(actual);
    QFAIL(qPrintable(u"%1 differs from the golden file; the actual bytes are in %2"_s.arg(name, kept)));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CliDashboard : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock; // 2026-03-01 12:00 UTC
    std::unique_ptr<RefServer> m_server;
    QTemporaryDir m_data;

    // The CLI runs as its own process while this one keeps serving (the server lives on this event loop).
    Run cli(const QStringList &args, const QByteArray &stdinText = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(COURSEDESK_CLI_PATH));
        process.setArguments(QStringList{u"--data-dir"_s, m_data.path()} + args);
        process.start();
        process.write(stdinText);
        process.closeWriteChannel();
        Run run;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            run.err = u"timed out"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_server = std::make_unique<RefServer>(m_clock);
        QVERIFY(m_server->seedDemo().ok());
        QVERIFY(test::addHostileLearners(*m_server));
        QVERIFY(m_server->listen() != 0);
        const Run added = cli({u"account"_s, u"add"_s, u"teach"_s, u"--server"_s, m_server->baseUrl().toString(),
                               u"--username"_s, u"teacher"_s, u"--password-stdin"_s},
                              "teacher\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void learnersCsvEqualsTheGoldenFile()
    {
        const QString path = m_data.filePath(u"learners.csv"_s);
        const Run run = cli({u"dashboard"_s, u"2"_s, u"--account"_s, u"teach"_s, u"--csv"_s, path, u"--username"_s,
                             u"teacher"_s, u"--password-stdin"_s},
                            "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(path));
        compareWithGolden(readFile(path), u"course2-learners.csv"_s);
    }

    void quizCsvEqualsTheGoldenFile()
    {
        const QString path = m_data.filePath(u"quiz.csv"_s);
        const Run run = cli({u"dashboard"_s, u"2"_s, u"--quiz"_s, u"--account"_s, u"teach"_s, u"--csv"_s, path,
                             u"--username"_s, u"teacher"_s, u"--password-stdin"_s},
                            "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        compareWithGolden(readFile(path), u"course2-quiz.csv"_s);
    }

    void unwritableCsvIsRefusedAndSaysWhere()
    {
        const QString path = m_data.filePath(u"no-such-folder/out.csv"_s);
        const Run run = cli({u"dashboard"_s, u"2"_s, u"--account"_s, u"teach"_s, u"--csv"_s, path, u"--username"_s,
                             u"teacher"_s, u"--password-stdin"_s},
                            "teacher\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no-such-folder"_s), qPrintable(run.err));
    }

    void learnerGetsExitCodeTwoAndAClearMessage()
    {
        const Run added = cli({u"account"_s, u"add"_s, u"pupil"_s, u"--server"_s, m_server->baseUrl().toString(),
                               u"--username"_s, u"learner"_s, u"--password-stdin"_s},
                              "learner\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString path = m_data.filePath(u"refused.csv"_s);
        const Run run = cli({u"dashboard"_s, u"2"_s, u"--account"_s, u"pupil"_s, u"--csv"_s, path, u"--username"_s,
                             u"learner"_s, u"--password-stdin"_s},
                            "learner\n");
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(),
                 u"coursedesk-cli: Course 2: Only the creators and managers of this course can see its dashboard."_s);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(tst_CliDashboard)
#include "tst_CliDashboard.moc"

// `coursedesk-cli dashboard COURSE [--quiz] --csv FILE` against the reference server on a fixed clock, in both
// dialects (Dialects.h), with learners whose names are hostile to spreadsheets (HostileSeed.h): the files must equal
// the golden files in tests/cli/golden/ byte for byte (the window's "Export CSV…" writes the same bytes:
// tst_DashboardWidget). Every member is listed: on a platform server paula too, whose payment is pending
// (course2-learners-platform.csv). A learner asking for the dashboard gets exit code 2 and a clear message; a
// proxy's error page, exit code 3 and a clear message.
#include "RefServer.h"
#include "Store.h"

#include "CliProcess.h"
#include "Dialects.h"
#include "FakeClock.h"
#include "HostileSeed.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

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

    // One server (in this process, on the fixed clock) and one data folder per dialect, with the account "teach".
    struct Side
    {
        test::FakeClock clock; // 2026-03-01 12:00 UTC
        std::unique_ptr<RefServer> server;
        QTemporaryDir data;
    };
    std::map<QString, std::unique_ptr<Side>> m_sides;
    Side *m_side = nullptr;

    // The CLI runs as its own process while this one keeps serving (the server lives on this event loop).
    test::CliRun cli(const QStringList &args, const QByteArray &stdinText = {})
    {
        return test::runCli(m_side->data.path(), args, stdinText);
    }

private slots:
    void initTestCase_data() { test::addDialectRows(); }

    void init()
    {
        std::unique_ptr<Side> &side = m_sides[test::rowDialectName()];
        if (!side) {
            side = std::make_unique<Side>();
            QVERIFY(side->data.isValid());
            side->server = std::make_unique<RefServer>(side->clock, test::rowServerOptions());
            QVERIFY(side->server->seedDemo().ok());
            QVERIFY(test::addHostileLearners(*side->server));
            QVERIFY(side->server->listen() != 0);
            m_side = side.get();
            const test::CliRun added =
                cli({u"account"_s, u"add"_s, u"teach"_s, u"--server"_s, m_side->server->baseUrl().toString(),
                     u"--username"_s, u"teacher"_s, u"--password-stdin"_s},
                    "teacher\n");
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        m_side = side.get();
    }

    void cleanupTestCase() { m_sides.clear(); }

    void learnersCsvEqualsTheGoldenFile()
    {
        const QString path = m_side->data.filePath(u"learners.csv"_s);
        const test::CliRun run = cli({u"dashboard"_s, u"2"_s, u"--account"_s, u"teach"_s, u"--csv"_s, path,
                                      u"--username"_s, u"teacher"_s, u"--password-stdin"_s},
                                     "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(path));
        compareWithGolden(readFile(path),
                          test::platformRow() ? u"course2-learners-platform.csv"_s : u"course2-learners.csv"_s);
    }

    void quizCsvEqualsTheGoldenFile()
    {
        const QString path = m_side->data.filePath(u"quiz.csv"_s);
        const test::CliRun run = cli({u"dashboard"_s, u"2"_s, u"--quiz"_s, u"--account"_s, u"teach"_s, u"--csv"_s, path,
                                      u"--username"_s, u"teacher"_s, u"--password-stdin"_s},
                                     "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        compareWithGolden(readFile(path), u"course2-quiz.csv"_s);
    }

    void unwritableCsvIsRefusedAndSaysWhere()
    {
        const QString path = m_side->data.filePath(u"no-such-folder/out.csv"_s);
        const test::CliRun run = cli({u"dashboard"_s, u"2"_s, u"--account"_s, u"teach"_s, u"--csv"_s, path,
                                      u"--username"_s, u"teacher"_s, u"--password-stdin"_s},
                                     "teacher\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no-such-folder"_s), qPrintable(run.err));
    }

    void learnerGetsExitCodeTwoAndAClearMessage()
    {
        const test::CliRun added =
            cli({u"account"_s, u"add"_s, u"pupil"_s, u"--server"_s, m_side->server->baseUrl().toString(),
                 u"--username"_s, u"learner"_s, u"--password-stdin"_s},
                "learner\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString path = m_side->data.filePath(u"refused.csv"_s);
        const test::CliRun run = cli({u"dashboard"_s, u"2"_s, u"--account"_s, u"pupil"_s, u"--csv"_s, path,
                                      u"--username"_s, u"learner"_s, u"--password-stdin"_s},
                                     "learner\n");
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(),
                 u"coursedesk-cli: Course 2: Only the creators and managers of this course can see its dashboard."_s);
        QVERIFY(!QFile::exists(path));
    }

    // The text and JSON outputs carry the CSV's columns: a status is its machine word there too.
    void everyMemberIsListedWithTheirStatusWord()
    {
        const test::CliRun run = cli({u"dashboard"_s, u"2"_s, u"--json"_s, u"--account"_s, u"teach"_s, u"--username"_s,
                                      u"teacher"_s, u"--password-stdin"_s},
                                     "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList rows;
        for (const QJsonValue &row : run.json().array())
            rows << row[u"username"_s].toString() + u' ' + row[u"status"_s].toString();
        QVERIFY2(rows.contains(u"@admin invited"_s), qPrintable(rows.join(u", "_s)));
        QCOMPARE(rows.contains(u"paula payment_waiting"_s), test::platformRow());
        QCOMPARE(rows.size(), test::platformRow() ? 8 : 7);
    }

    // A proxy in front of the server answers instead of it: the CLI says so in plain words (never the page's
    // HTML) with exit code 3, and writes no file.
    void aProxysErrorPageIsANetworkFailureInPlainWords_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addRow("HTML 502") << int(FaultMode::Html) << 502 << u"The server answered 502 Bad Gateway."_s;
        QTest::addRow("empty 503") << int(FaultMode::Empty) << 503 << u"The server answered 503 Service Unavailable."_s;
    }
    void aProxysErrorPageIsANetworkFailureInPlainWords()
    {
        QFETCH(int, mode);
        QFETCH(int, status);
        QFETCH(QString, message);
        Fault fault;
        fault.mode = FaultMode(mode);
        fault.status = status;
        fault.pathContains = u"/users/"_s;
        fault.count = -1;
        m_side->server->addFault(fault);
        const QString path = m_side->data.filePath(u"proxy.csv"_s);
        const test::CliRun run = cli({u"dashboard"_s, u"2"_s, u"--account"_s, u"teach"_s, u"--csv"_s, path,
                                      u"--username"_s, u"teacher"_s, u"--password-stdin"_s},
                                     "teacher\n");
        m_side->server->clearFaults();
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err.trimmed(), u"coursedesk-cli: "_s + message);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(tst_CliDashboard)
#include "tst_CliDashboard.moc"

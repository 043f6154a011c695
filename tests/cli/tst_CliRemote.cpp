// coursedesk-cli against coursedesk-refserver, both as separate processes, as a person would run them, in both of
// the server's dialects (--dialect contract|platform; the global rows of Dialects.h). The functions run in order
// for each dialect, on a server and a data folder of that dialect's own.
#include "CliProcess.h"
#include "Dialects.h"
#include "FakeBrowser.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <map>

using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_CliRemote : public QObject
{
    Q_OBJECT

    // One server and one data folder per dialect, started by the first test of that dialect.
    struct Side
    {
        RefServerProcess server;
        QTemporaryDir data;
    };
    std::map<QString, std::unique_ptr<Side>> m_sides;
    Side *m_side = nullptr;
    QString m_url;

    CliRun cli(const QStringList &args, const QByteArray &stdinText = {})
    {
        return runCli(m_side->data.path(), args, stdinText);
    }

    void control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QVERIFY2(m_side->server.control(method, path, body), qPrintable(path));
    }

private slots:
    void initTestCase_data() { addDialectRows(); }

    void init()
    {
        std::unique_ptr<Side> &side = m_sides[rowDialectName()];
        if (!side) {
            side = std::make_unique<Side>();
            QVERIFY(side->data.isValid());
            const QString problem = side->server.start({u"--dialect"_s, rowDialectName()});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        m_side = side.get();
        m_url = m_side->server.url();
    }

    void cleanupTestCase() { m_sides.clear(); }

    void plainHttpToARemoteServerIsRefused()
    {
        const CliRun run = cli({u"account"_s, u"add"_s, u"evil"_s, u"--server"_s, u"http://school.example.org"_s,
                                u"--username"_s, u"learner"_s, u"--password-stdin"_s},
                               "learner\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"https"_s));
    }

    void wrongPasswordIsASignInFailure()
    {
        const CliRun run = cli({u"account"_s, u"add"_s, u"bad"_s, u"--server"_s, m_url, u"--username"_s, u"learner"_s,
                                u"--password-stdin"_s},
                               "wrong\n");
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.contains(u"wrong"_s)); // the password is never echoed
    }

    void learnerSignsInSyncsAndSendsWorkDoneOffline()
    {
        CliRun run = cli({u"account"_s, u"add"_s, u"school"_s, u"--server"_s, m_url, u"--username"_s, u"learner"_s,
                          u"--password-stdin"_s},
                         "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"learner"_s));

        run = cli({u"account"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), 1);
        QCOMPARE(run.json().array().at(0)[u"user"_s].toString(), u"learner"_s);

        run = cli({u"sync"_s, u"--json"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s}, "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json()[u"courses"_s].toInt(), demoLearnerCourses().size()); // platform: with course 4

        // Offline now: two lessons, then a refused out-of-order step.
        QCOMPARE(cli({u"--offline"_s, u"complete"_s, u"1"_s, u"101"_s}).exitCode, 0);
        QCOMPARE(cli({u"--offline"_s, u"complete"_s, u"1"_s, u"102"_s}).exitCode, 0);
        run = cli({u"--offline"_s, u"complete"_s, u"1"_s, u"104"_s});
        QCOMPARE(run.exitCode, 2);
        run = cli({u"pending"_s, u"--json"_s});
        QCOMPARE(run.json().array().size(), 2);
        run = cli({u"--offline"_s, u"sync"_s});
        QCOMPARE(run.exitCode, 3); // --offline never touches the network; the actions stay queued
        QCOMPARE(cli({u"pending"_s, u"--json"_s}).json().array().size(), 2);

        run = cli({u"sync"_s, u"--json"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s}, "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json()[u"sent"_s].toInt(), 2);
        QCOMPARE(run.json()[u"pending"_s].toInt(), 0);
        run = cli({u"progress"_s, u"1"_s, u"--json"_s});
        QCOMPARE(run.json()[u"completed"_s].toInt(), 2);
        QCOMPARE(run.json()[u"percent_exact"_s].toDouble(), 18.18);
    }

    void learnerIsRefusedTheDashboard()
    {
        const CliRun run = cli(
            {u"dashboard"_s, u"1"_s, u"--account"_s, u"school"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s},
            "learner\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"creators and managers"_s));
    }

    void instructorExportsTheDashboardAsCsv()
    {
        CliRun run = cli({u"account"_s, u"add"_s, u"teach"_s, u"--server"_s, m_url, u"--username"_s, u"teacher"_s,
                          u"--password-stdin"_s},
                         "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString csv = m_side->data.filePath(u"learners.csv"_s);
        run = cli({u"dashboard"_s, u"1"_s, u"--account"_s, u"teach"_s, u"--csv"_s, csv, u"--username"_s, u"teacher"_s,
                   u"--password-stdin"_s},
                  "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), u"username,real_name,status,completion,joined,last_active"_s);
        QVERIFY(lines.size() >= 3);
        QVERIFY(
            std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(u"learner,"_s); }));

        run = cli({u"dashboard"_s, u"1"_s, u"--quiz"_s, u"--json"_s, u"--account"_s, u"teach"_s, u"--username"_s,
                   u"teacher"_s, u"--password-stdin"_s},
                  "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.json().isArray());
    }

    void rejectedActionsGiveExitCodeFour()
    {
        QCOMPARE(cli({u"--account"_s, u"school"_s, u"complete"_s, u"1"_s, u"103"_s}).exitCode, 0);
        control("POST", u"/_test/lesson"_s, {{u"course"_s, 1}, {u"lesson"_s, 103}, {u"action"_s, u"draft"_s}});
        const CliRun run =
            cli({u"sync"_s, u"--account"_s, u"school"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s},
                "learner\n");
        QCOMPARE(run.exitCode, 4);
        // The server's reason, whether it came as the contract's {"message"} or a platform's bare {"detail"}.
        QVERIFY2(run.err.contains(u"Rejected: complete lesson 103: This lesson is a draft and not published yet."_s),
                 qPrintable(run.err));
        control("POST", u"/_test/lesson"_s, {{u"course"_s, 1}, {u"lesson"_s, 103}, {u"action"_s, u"publish"_s}});
    }

    void unreachableServerKeepsTheQueue()
    {
        QCOMPARE(cli({u"--account"_s, u"school"_s, u"incomplete"_s, u"1"_s, u"101"_s}).exitCode, 0);
        control("POST", u"/_test/faults"_s, {{u"mode"_s, u"close"_s}, {u"count"_s, -1}});
        const CliRun run =
            cli({u"sync"_s, u"--account"_s, u"school"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s},
                "learner\n");
        control("DELETE", u"/_test/faults"_s);
        QCOMPARE(run.exitCode, 3);
        const CliRun pending = cli({u"pending"_s, u"--account"_s, u"school"_s, u"--json"_s});
        QVERIFY(std::any_of(pending.json().array().cbegin(), pending.json().array().cend(), [](const QJsonValue &v) {
            return v[u"lesson"_s].toInt() == 101 && v[u"state"_s].toString() == u"pending"_s;
        }));
    }

    // A proxy's error page or an empty reply stops the sync with a clear message, never the page's HTML; the
    // queued action stays queued.
    void aProxysErrorPageStopsTheSyncInPlainWords_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("message");
        QTest::addRow("HTML 502") << u"html"_s << u"The server answered 502 Bad Gateway."_s;
        QTest::addRow("empty 503") << u"empty"_s << u"The server answered 503 Service Unavailable."_s;
    }
    void aProxysErrorPageStopsTheSyncInPlainWords()
    {
        QFETCH(QString, mode);
        QFETCH(QString, message);
        control("POST", u"/_test/faults"_s, {{u"mode"_s, mode}, {u"count"_s, -1}, {u"path_contains"_s, u"/api/v2/"_s}});
        const CliRun run =
            cli({u"sync"_s, u"--account"_s, u"school"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s},
                "learner\n");
        control("DELETE", u"/_test/faults"_s);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"coursedesk-cli: Sync stopped: "_s + message + u" Queued actions are kept."_s),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(u'<'), qPrintable(run.err));
        const CliRun pending = cli({u"pending"_s, u"--account"_s, u"school"_s, u"--json"_s});
        QVERIFY(std::any_of(pending.json().array().cbegin(), pending.json().array().cend(), [](const QJsonValue &v) {
            return v[u"lesson"_s].toInt() == 101 && v[u"state"_s].toString() == u"pending"_s;
        }));
    }

    void removingAnAccountWithQueuedActionsAsksFirst()
    {
        CliRun run = cli({u"account"_s, u"remove"_s, u"school"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--discard"_s));
        run = cli({u"account"_s, u"remove"_s, u"school"_s, u"--discard"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QFile::exists(m_side->data.filePath(u"school.sqlite"_s)));
    }

    void browserSignInPrintsTheAddressAndWaitsForTheRedirect()
    {
        QProcess process;
        process.setProgram(QStringLiteral(COURSEDESK_CLI_PATH));
        process.setArguments({u"--data-dir"_s, m_side->data.path(), u"account"_s, u"add"_s, u"web"_s, u"--server"_s,
                              m_url, u"--browser"_s, u"--browser-timeout"_s, u"60"_s});
        process.start();
        QString err;
        QUrl address;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += QString::fromUtf8(process.readAllStandardError());
                for (const QString &line : err.split(u'\n')) {
                    if (line.startsWith(m_url + u"/oauth/authorize/?"_s))
                        address = QUrl(line.trimmed(), QUrl::StrictMode);
                }
                return address.isValid() || process.state() == QProcess::NotRunning;
            },
            30'000));
        QVERIFY2(address.isValid(), qPrintable(err));
        QCOMPARE(QUrlQuery(address).queryItemValue(u"code_challenge_method"_s), u"S256"_s);

        const coursedesk::test::BrowserVisit visit = coursedesk::test::FakeBrowser::open(address);
        QCOMPARE(visit.application.status, 200);
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(u"Account 'web' added: learner"_s), qPrintable(out));
        QVERIFY(cli({u"account"_s, u"list"_s}).out.contains(u"web  learner @ "_s));
    }

    void browserSignInGivesUpWhenNoAnswerComes()
    {
        const CliRun run = cli(
            {u"account"_s, u"add"_s, u"late"_s, u"--server"_s, m_url, u"--browser"_s, u"--browser-timeout"_s, u"1"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(u"/oauth/authorize/"_s));
        QVERIFY(run.err.contains(u"No answer came from the browser"_s));
        QVERIFY(!cli({u"account"_s, u"list"_s}).out.contains(u"late"_s));
    }

    void oneSignInMethodAtATime_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addRow("browser and token") << QStringList{u"--browser"_s, u"--token-stdin"_s};
        QTest::addRow("browser and password")
            << QStringList{u"--browser"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s};
        QTest::addRow("none") << QStringList{};
        QTest::addRow("user without password") << QStringList{u"--username"_s, u"learner"_s};
        QTest::addRow("bad timeout") << QStringList{u"--browser"_s, u"--browser-timeout"_s, u"soon"_s};
    }
    void oneSignInMethodAtATime()
    {
        QFETCH(QStringList, options);
        const CliRun run = cli(QStringList{u"account"_s, u"add"_s, u"x"_s, u"--server"_s, m_url} + options);
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(tst_CliRemote)
#include "tst_CliRemote.moc"

#include "FakeBrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

// coursedesk-cli against coursedesk-refserver, both as separate processes, as a person would run them.
class tst_CliRemote : public QObject
{
    Q_OBJECT

    QProcess m_server;
    QString m_url;
    QTemporaryDir m_data;

    Run cli(const QStringList &args, const QByteArray &stdinText = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(COURSEDESK_CLI_PATH));
        process.setArguments(QStringList{u"--data-dir"_s, m_data.path()} + args);
        process.start();
        process.write(stdinText);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            run.err = u"timed out"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    void control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_url + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        reply->deleteLater();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_server.setProgram(QStringLiteral(COURSEDESK_REFSERVER_PATH));
        m_server.setArguments({u"--port"_s, u"0"_s, u"--seed"_s, u"demo"_s});
        m_server.start();
        QVERIFY(m_server.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return m_server.canReadLine() || m_server.state() != QProcess::Running; }, 20'000));
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
        m_url = line.mid(QStringLiteral("listening on ").size());
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void plainHttpToARemoteServerIsRefused()
    {
        const Run run = cli({u"account"_s, u"add"_s, u"evil"_s, u"--server"_s, u"http://school.example.org"_s,
                             u"--username"_s, u"learner"_s, u"--password-stdin"_s},
                            "learner\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"https"_s));
    }

    void wrongPasswordIsASignInFailure()
    {
        const Run run = cli({u"account"_s, u"add"_s, u"bad"_s, u"--server"_s, m_url, u"--username"_s, u"learner"_s,
                             u"--password-stdin"_s},
                            "wrong\n");
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.contains(u"wrong"_s)); // the password is never echoed
    }

    void learnerSignsInSyncsAndSendsWorkDoneOffline()
    {
        Run run = cli({u"account"_s, u"add"_s, u"school"_s, u"--server"_s, m_url, u"--username"_s, u"learner"_s,
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
        QCOMPARE(run.json()[u"courses"_s].toInt(), 2);

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
        const Run run = cli({u"dashboard"_s, u"1"_s, u"--account"_s, u"school"_s, u"--username"_s, u"learner"_s,
                             u"--password-stdin"_s},
                            "learner\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"creators and managers"_s));
    }

    void instructorExportsTheDashboardAsCsv()
    {
        Run run = cli({u"account"_s, u"add"_s, u"teach"_s, u"--server"_s, m_url, u"--username"_s, u"teacher"_s,
                       u"--password-stdin"_s},
                      "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString csv = m_data.filePath(u"learners.csv"_s);
        run = cli({u"dashboard"_s, u"1"_s, u"--account"_s, u"teach"_s, u"--csv"_s, csv, u"--username"_s,
                   u"teacher"_s, u"--password-stdin"_s},
                  "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), u"username,real_name,status,completion,joined,last_active"_s);
        QVERIFY(lines.size() >= 3);
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(u"learner,"_s); }));

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
        const Run run = cli({u"sync"_s, u"--account"_s, u"school"_s, u"--username"_s, u"learner"_s,
                             u"--password-stdin"_s},
                            "learner\n");
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"Rejected"_s));
        control("POST", u"/_test/lesson"_s, {{u"course"_s, 1}, {u"lesson"_s, 103}, {u"action"_s, u"publish"_s}});
    }

    void unreachableServerKeepsTheQueue()
    {
        QCOMPARE(cli({u"--account"_s, u"school"_s, u"incomplete"_s, u"1"_s, u"101"_s}).exitCode, 0);
        control("POST", u"/_test/faults"_s, {{u"mode"_s, u"close"_s}, {u"count"_s, -1}});
        const Run run = cli({u"sync"_s, u"--account"_s, u"school"_s, u"--username"_s, u"learner"_s,
                             u"--password-stdin"_s},
                            "learner\n");
        control("DELETE", u"/_test/faults"_s);
        QCOMPARE(run.exitCode, 3);
        const Run pending = cli({u"pending"_s, u"--account"_s, u"school"_s, u"--json"_s});
        QVERIFY(std::any_of(pending.json().array().cbegin(), pending.json().array().cend(), [](const QJsonValue &v) {
            return v[u"lesson"_s].toInt() == 101 && v[u"state"_s].toString() == u"pending"_s;
        }));
    }

    void removingAnAccountWithQueuedActionsAsksFirst()
    {
        Run run = cli({u"account"_s, u"remove"_s, u"school"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--discard"_s));
        run = cli({u"account"_s, u"remove"_s, u"school"_s, u"--discard"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QFile::exists(m_data.filePath(u"school.sqlite"_s)));
    }

    void browserSignInPrintsTheAddressAndWaitsForTheRedirect()
    {
        QProcess process;
        process.setProgram(QStringLiteral(COURSEDESK_CLI_PATH));
        process.setArguments({u"--data-dir"_s, m_data.path(), u"account"_s, u"add"_s, u"web"_s, u"--server"_s, m_url,
                              u"--browser"_s, u"--browser-timeout"_s, u"60"_s});
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
        const Run run = cli({u"account"_s, u"add"_s, u"late"_s, u"--server"_s, m_url, u"--browser"_s,
                             u"--browser-timeout"_s, u"1"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(u"/oauth/authorize/"_s));
        QVERIFY(run.err.contains(u"No answer came from the browser"_s));
        QVERIFY(!cli({u"account"_s, u"list"_s}).out.contains(u"late"_s));
    }

    void oneSignInMethodAtATime_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addRow("browser and token") << QStringList{u"--browser"_s, u"--token-stdin"_s};
        QTest::addRow("browser and password") << QStringList{u"--browser"_s, u"--username"_s, u"learner"_s,
                                                             u"--password-stdin"_s};
        QTest::addRow("none") << QStringList{};
        QTest::addRow("user without password") << QStringList{u"--username"_s, u"learner"_s};
        QTest::addRow("bad timeout") << QStringList{u"--browser"_s, u"--browser-timeout"_s, u"soon"_s};
    }
    void oneSignInMethodAtATime()
    {
        QFETCH(QStringList, options);
        const Run run = cli(QStringList{u"account"_s, u"add"_s, u"x"_s, u"--server"_s, m_url} + options);
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(tst_CliRemote)
#include "tst_CliRemote.moc"

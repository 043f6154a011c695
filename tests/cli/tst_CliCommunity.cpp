// Connecting to a real community (issue 15, item 5): `coursedesk-cli account add … --client-id ID --redirect-port
// PORT`, against coursedesk-refserver started as a community registers its app (--client-id community-app,
// --redirect-uri http://127.0.0.1:PORT/coursedesk-sign-in), in both dialects (Dialects.h). A platform server knows
// only the registered client id and redirect URI; a contract server takes any, so the same commands succeed there.
// Both values are kept with the account (accounts.json) and used by every later grant.
#include "CliProcess.h"
#include "Dialects.h"
#include "FakeBrowser.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString registeredId = u"community-app"_s;

// A port nobody listens on right now (bound and released), for a registered redirect URI.
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString callback(quint16 port)
{
    return u"http://127.0.0.1:%1/coursedesk-sign-in"_s.arg(port);
}

} // namespace

class tst_CliCommunity : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<RefServerProcess> m_server;

    // The community's server: its dialect is the row's; `options` as its administrator registered the app.
    void startServer(const QStringList &options)
    {
        m_server = std::make_unique<RefServerProcess>();
        const QString problem = m_server->start(QStringList{u"--dialect"_s, rowDialectName()} + options);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    CliRun cli(const QStringList &args, const QByteArray &stdinText = {})
    {
        return runCli(m_data->path(), args, stdinText);
    }

    CliRun addWithPassword(const QStringList &app)
    {
        return cli(QStringList{u"account"_s, u"add"_s, u"school"_s, u"--server"_s, m_server->url(), u"--username"_s,
                               u"learner"_s, u"--password-stdin"_s} +
                       app,
                   "learner\n");
    }

    // The account as accounts.json keeps it.
    QJsonObject storedAccount() const
    {
        QFile file(m_data->filePath(u"accounts.json"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(u"accounts"_s).toArray().at(0).toObject();
    }

private slots:
    void initTestCase_data() { addDialectRows(); }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
    }
    void cleanup() { m_server.reset(); }

    // The password grant with the community's client id: the account keeps it, and the next command's grant
    // (sync signs in again: no keychain here) uses it, which a platform server checks.
    void theClientIdIsKeptWithTheAccountAndUsedByEveryGrant()
    {
        startServer({u"--client-id"_s, registeredId});
        CliRun run = addWithPassword({u"--client-id"_s, registeredId, u"--redirect-port"_s, u"53123"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Account 'school' added: learner"_s));
        const QJsonObject stored = storedAccount();
        QCOMPARE(stored.value(u"client_id"_s).toString(), registeredId);
        QCOMPARE(stored.value(u"redirect_port"_s).toInt(), 53123);

        run = cli({u"sync"_s, u"--json"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s}, "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json()[u"courses"_s].toInt(), demoLearnerCourses().size());
    }

    // Without --client-id the CLI presents CourseDesk's own id ("coursedesk"): a community that registered another
    // one refuses it (invalid_client), the CLI explains what to ask for, and no account is added. A contract
    // server takes any client id.
    void theDefaultClientIdIsRefusedWhereTheCommunityRegisteredItsOwn()
    {
        startServer({u"--client-id"_s, registeredId});
        const CliRun run = addWithPassword({});
        if (!platformRow()) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(!storedAccount().contains(u"client_id"_s)); // CourseDesk's own, not written
            return;
        }
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"does not know CourseDesk's client ID ('coursedesk')"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"administrator"_s), qPrintable(run.err));
        QCOMPARE(cli({u"account"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);
    }

    // Values that cannot be a client id or a loopback port are refused before anything else: exit code 1 and
    // what is wrong, nothing stored, no request.
    void badValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        const QString badId = u"The client ID may hold letters, digits and punctuation only, without spaces."_s;
        const QString badPort = u"--redirect-port takes a port from 1024 to 65535."_s;
        QTest::addRow("client id with a space") << QStringList{u"--client-id"_s, u"community app"_s} << badId;
        QTest::addRow("client id not ASCII") << QStringList{u"--client-id"_s, u"communità"_s} << badId;
        QTest::addRow("client id too long")
            << QStringList{u"--client-id"_s, QString(256, u'x')} << u"The client ID is too long."_s;
        QTest::addRow("port: a word") << QStringList{u"--redirect-port"_s, u"eighty"_s} << badPort;
        QTest::addRow("port: privileged") << QStringList{u"--redirect-port"_s, u"80"_s} << badPort;
        QTest::addRow("port: zero") << QStringList{u"--redirect-port"_s, u"0"_s} << badPort;
        QTest::addRow("port: too high") << QStringList{u"--redirect-port"_s, u"65536"_s} << badPort;
        QTest::addRow("port: negative") << QStringList{u"--redirect-port"_s, u"-8080"_s} << badPort;
    }
    void badValuesAreUsageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const CliRun run = cli(QStringList{u"account"_s, u"add"_s, u"school"_s, u"--server"_s, u"http://127.0.0.1:9"_s,
                                           u"--username"_s, u"learner"_s, u"--password-stdin"_s} +
                                   options,
                               "learner\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"coursedesk-cli: "_s + message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_data->filePath(u"accounts.json"_s)));
    }

    // --browser with --redirect-port listens for the browser's answer on that port, so the redirect URI is the one
    // the community registered (exactly). Without it, any free port: a platform server with a registered URI then
    // refuses to redirect (a 400 page), and the sign-in gives up; a contract server takes any loopback URI.
    void theBrowserSignInListensOnTheRegisteredPort_data()
    {
        QTest::addColumn<bool>("fixedPort");
        QTest::addRow("--redirect-port, the registered one") << true;
        QTest::addRow("any free port") << false;
    }
    void theBrowserSignInListensOnTheRegisteredPort()
    {
        QFETCH(bool, fixedPort);
        const quint16 port = freePort();
        QVERIFY(port != 0);
        startServer({u"--client-id"_s, registeredId, u"--redirect-uri"_s, callback(port)});
        QStringList args{
            u"--data-dir"_s, m_data->path(), u"account"_s,           u"add"_s, u"web"_s,         u"--server"_s,
            m_server->url(), u"--browser"_s, u"--browser-timeout"_s, u"3"_s,   u"--client-id"_s, registeredId};
        if (fixedPort)
            args << u"--redirect-port"_s << QString::number(port);
        QProcess process;
        process.setProgram(QStringLiteral(COURSEDESK_CLI_PATH));
        process.setArguments(args);
        process.start();
        QString err;
        QUrl address;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += QString::fromUtf8(process.readAllStandardError());
                for (const QString &line : err.split(u'\n')) {
                    if (line.startsWith(m_server->url() + u"/oauth/authorize/?"_s))
                        address = QUrl(line.trimmed(), QUrl::StrictMode);
                }
                return address.isValid() || process.state() == QProcess::NotRunning;
            },
            30'000));
        QVERIFY2(address.isValid(), qPrintable(err));
        const QUrlQuery query(address);
        QCOMPARE(query.queryItemValue(u"client_id"_s), registeredId);
        const QString redirect = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        if (fixedPort)
            QCOMPARE(redirect, callback(port));
        else
            QVERIFY2(redirect != callback(port) && redirect.endsWith(u"/coursedesk-sign-in"_s), qPrintable(redirect));

        const BrowserVisit visit = FakeBrowser::open(address);
        QVERIFY(process.waitForFinished(30'000));
        err += QString::fromUtf8(process.readAllStandardError());
        if (!fixedPort && platformRow()) {
            QCOMPARE(visit.authorize.status, 400); // shown to the user, never redirected
            QVERIFY(visit.redirect.isEmpty());
            QCOMPARE(process.exitCode(), 3);
            QVERIFY2(err.contains(u"No answer came from the browser"_s), qPrintable(err));
            QCOMPARE(cli({u"account"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);
            return;
        }
        QCOMPARE(visit.authorize.status, 302);
        QCOMPARE(visit.application.status, 200);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"Account 'web' added: learner"_s));
        QCOMPARE(storedAccount().value(u"redirect_port"_s).toInt(), fixedPort ? int(port) : 0);
        QCOMPARE(storedAccount().value(u"client_id"_s).toString(), registeredId);
    }
};

QTEST_GUILESS_MAIN(tst_CliCommunity)
#include "tst_CliCommunity.moc"

// `coursedesk-cli account add` with each sign-in method, in this process (CliApp over FILE*s) against an
// in-process reference server in both dialects (Dialects.h), the test playing the browser for --browser. After every
// flow the tokens the credential store received are looked for everywhere else: the data folder (accounts.json, the
// cache and its WAL), the CLI's output and every client log line.
#include "CliApp.h"
#include "TokenLeaks.h"

#include "Dialects.h"
#include "FakeBrowser.h"
#include "FakeClock.h"
#include "FakeCredentialStore.h"
#include "RefServer.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

// What a FILE* holds so far, read through a file description of its own (the CLI keeps writing to it).
QByteArray contents(FILE *file)
{
    std::fflush(file);
    QFile view(u"/proc/self/fd/%1"_s.arg(fileno(file)));
    return view.open(QIODevice::ReadOnly) ? view.readAll() : QByteArray();
}

} // namespace

class tst_CliSignIn : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<RefServer> m_server;
    QTemporaryDir m_dir;
    FakeCredentialStore m_store;
    QByteArray m_out;
    QByteArray m_err;

    int cli(const QStringList &args, const QByteArray &input = {}, bool playBrowser = false)
    {
        FILE *in = std::tmpfile();
        FILE *out = std::tmpfile();
        FILE *err = std::tmpfile();
        std::fwrite(input.constData(), 1, size_t(input.size()), in);
        std::rewind(in);
        // The browser: it waits for the address on stderr, then opens it.
        QTimer browser;
        browser.setInterval(10);
        connect(&browser, &QTimer::timeout, this, [&] {
            for (const QByteArray &line : contents(err).split('\n')) {
                if (line.contains("/oauth/authorize/?")) {
                    browser.stop();
                    FakeBrowser::open(QUrl::fromEncoded(line.trimmed()));
                }
            }
        });
        if (playBrowser)
            browser.start();
        int code = -1;
        {
            CliApp app(m_clock, m_store, in, out, err);
            code = app.run(QStringList{u"coursedesk-cli"_s, u"--data-dir"_s, m_dir.path()} + args);
        }
        m_out = contents(out);
        m_err = contents(err);
        for (FILE *file : {in, out, err})
            std::fclose(file);
        return code;
    }

    // The account folder, the CLI's output and the client's log.
    QStringList placesHolding(const QByteArray &secret) const
    {
        QStringList places = test::placesHolding(secret, m_dir.path());
        if (m_out.contains(secret))
            places << u"stdout"_s;
        if (m_err.contains(secret))
            places << u"stderr"_s;
        return places;
    }

private slots:
    void initTestCase_data() { addDialectRows(); }
    void initTestCase() { startCapturingLog(u"*.debug=true"_s); }
    void cleanupTestCase() { stopCapturingLog(); }

    void init()
    {
        m_server = std::make_unique<RefServer>(m_clock, rowServerOptions());
        QVERIFY(m_server->seedDemo().ok());
        QVERIFY(m_server->listen() != 0);
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_store = FakeCredentialStore{};
        capturedLog().clear();
    }
    void cleanup() { m_server.reset(); }

    void everyMethodSignsInAndNoTokenLeaksAnywhere_data()
    {
        QTest::addColumn<QStringList>("method");
        QTest::addColumn<QByteArray>("input");
        QTest::addRow("browser") << QStringList{u"--browser"_s} << QByteArray();
        QTest::addRow("password") << QStringList{u"--username"_s, u"learner"_s, u"--password-stdin"_s}
                                  << QByteArray("learner\n");
        QTest::addRow("token") << QStringList{u"--token-stdin"_s} << QByteArray();
    }
    void everyMethodSignsInAndNoTokenLeaksAnywhere()
    {
        QFETCH(QStringList, method);
        QFETCH(QByteArray, input);
        if (method.contains(u"--token-stdin"_s))
            input = m_server->signIn(u"learner"_s, u"learner"_s)->accessToken.toLatin1() + "\n";
        const bool browser = method.contains(u"--browser"_s);
        const int code = cli(
            QStringList{u"account"_s, u"add"_s, u"school"_s, u"--server"_s, m_server->baseUrl().toString()} + method,
            input, browser);
        QVERIFY2(code == CliApp::Ok, m_err.constData());
        QVERIFY(m_out.contains("Account 'school' added: learner"));
        if (browser)
            QVERIFY(m_err.contains("Open this address in your browser"));

        // The stored sign-in works for the next command.
        QCOMPARE(cli({u"sync"_s, u"--account"_s, u"school"_s}), int(CliApp::Ok));
        QVERIFY2(m_out.contains(u"Pulled %1 course(s)"_s.arg(demoLearnerCourses().size()).toUtf8()), m_out.constData());

        const Credentials stored = m_store.entries.value(u"school"_s);
        QVERIFY(!stored.accessToken.isEmpty());
        QCOMPARE(placesHolding(stored.accessToken), QStringList());
        if (!stored.refreshToken.isEmpty())
            QCOMPARE(placesHolding(stored.refreshToken), QStringList());
        QVERIFY(!capturedLog().isEmpty()); // the grep looked at a real log
    }

    void signingOutKeepsTheQueueUnlessDiscarded()
    {
        QCOMPARE(
            cli({u"account"_s, u"add"_s, u"school"_s, u"--server"_s, m_server->baseUrl().toString(), u"--browser"_s},
                {}, true),
            int(CliApp::Ok));
        QCOMPARE(cli({u"sync"_s}), int(CliApp::Ok));
        QCOMPARE(cli({u"complete"_s, u"1"_s, u"101"_s}), int(CliApp::Ok));

        QCOMPARE(cli({u"account"_s, u"signout"_s, u"school"_s}), int(CliApp::Ok));
        QVERIFY(m_err.contains("1 action(s) of 'school' are kept"));
        QVERIFY(!m_store.entries.contains(u"school"_s));
        QCOMPARE(cli({u"sync"_s}), int(CliApp::NetworkFailure)); // no sign-in any more; nothing lost
        QVERIFY(m_err.contains("No saved sign-in"));

        QCOMPARE(cli({u"account"_s, u"signout"_s, u"school"_s, u"--discard"_s}), int(CliApp::Ok));
        QVERIFY(m_out.contains("1 queued action(s) discarded"));
        QCOMPARE(cli({u"pending"_s, u"--json"_s}), int(CliApp::Ok));
        QCOMPARE(QJsonDocument::fromJson(m_out).array().size(), 0);
        QCOMPARE(cli({u"sample"_s}), int(CliApp::Ok));
        QCOMPARE(cli({u"account"_s, u"signout"_s, u"sample"_s}), int(CliApp::Refused));
        QVERIFY(m_err.contains("lives on this computer only"));
    }

    void theBrowserNeverAnswering()
    {
        const int code = cli({u"account"_s, u"add"_s, u"school"_s, u"--server"_s, m_server->baseUrl().toString(),
                              u"--browser"_s, u"--browser-timeout"_s, u"1"_s});
        QCOMPARE(code, int(CliApp::NetworkFailure));
        QVERIFY(m_err.contains("No answer came from the browser"));
        QVERIFY(m_store.entries.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"school.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_CliSignIn)
#include "tst_CliSignIn.moc"

// The real keychain: coursedesk-cli's tokens go through QtKeychain to a Secret Service on D-Bus (GNOME Keyring),
// as on a Linux desktop, and nowhere else. Every other test of the token store uses a fake credential store;
// this one runs the CLI binary, as a person would, against the reference server, inside a private D-Bus session
// with its own unlocked keyring (with-private-keyring.sh) and looks into that keyring with secret-tool.
// It fails, saying why, when the keyring does not work: it never passes without one.
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1; // -2: crashed or timed out
    QByteArray out;
    QByteArray err;
};

Run execute(const QString &program, const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        run.exitCode = -2;
        run.err = "timed out after 60 s";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// How QtKeychain (its libsecret backend) files an entry: the schema org.qt.keychain, the service as `server`,
// the key (our account name) as `user`.
const QString service = u"CourseDesk"_s;
QStringList keyringAttributes(const QString &account)
{
    return {u"xdg:schema"_s, u"org.qt.keychain"_s, u"server"_s, service, u"user"_s, account};
}

} // namespace

class tst_RealKeychain : public QObject
{
    Q_OBJECT

    QProcess m_server;
    QString m_url;
    std::unique_ptr<QTemporaryDir> m_data;
    QByteArray m_output;         // everything the CLI printed in this test, stdout and stderr, with its debug log on
    QList<QByteArray> m_secrets; // the tokens seen in the keyring: never printed, even when a check fails

    QByteArray redacted(QByteArray text) const
    {
        for (const QByteArray &secret : m_secrets)
            text.replace(secret, "<token>");
        return text;
    }

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_LOGGING_RULES"_s, u"coursedesk.*.debug=true"_s); // the log must not hold them either
        const Run run = execute(QStringLiteral(COURSEDESK_CLI_PATH),
                                QStringList{u"--data-dir"_s, m_data->path()} + arguments, input, environment);
        m_output += run.out + run.err;
        return run;
    }

    Run secretTool(const QStringList &arguments) { return execute(u"secret-tool"_s, arguments); }

    // The entry QtKeychain stored for `account`, decoded: {"access": …, "refresh": …}. Empty when there is none.
    QJsonObject keyringEntry(const QString &account)
    {
        const Run lookup = secretTool(QStringList{u"lookup"_s} + keyringAttributes(account));
        if (lookup.exitCode != 0 || lookup.out.isEmpty())
            return {};
        // Binary data is stored base64-encoded (attribute type=base64).
        return QJsonDocument::fromJson(QByteArray::fromBase64(lookup.out.trimmed())).object();
    }

    // Where, besides the keyring, `secret` can be found: the data folder, the settings and cache folders, the output.
    QStringList placesHolding(const QByteArray &secret) const
    {
        QStringList places;
        for (const QString &folder :
             {m_data->path(), qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_CACHE_HOME")}) {
            QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                    places << file.fileName();
            }
        }
        if (m_output.contains(secret))
            places << u"the CLI's output or log"_s;
        return places;
    }

    // Adds the account with the password grant; what went wrong, or empty.
    QByteArray addAccount(const QString &name)
    {
        const Run run = cli({u"--json"_s, u"account"_s, u"add"_s, name, u"--server"_s, m_url, u"--username"_s,
                             u"learner"_s, u"--password-stdin"_s},
                            "learner\n");
        if (run.exitCode != 0)
            return "account add failed (exit code " + QByteArray::number(run.exitCode) + "): " + redacted(run.err);
        if (!QJsonDocument::fromJson(run.out).object().value(u"saved"_s).toBool())
            return "account add kept the sign-in in memory only, the keychain refused it: " + redacted(run.err);
        return {};
    }

private slots:
    void initTestCase()
    {
        // The keyring itself, before CourseDesk is involved: a failure here is the machine's, not the client's.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run this test through tests/keychain/with-private-keyring.sh (CTest does)");
        const QStringList probe{u"test"_s, u"coursedesk-keyring-probe"_s};
        const Run store =
            execute(u"secret-tool"_s, QStringList{u"store"_s, u"--label=probe"_s} + probe, "probe-secret");
        QVERIFY2(store.exitCode == 0,
                 qPrintable(u"the private keyring does not store secrets (is gnome-keyring's Secret Service up?): "_s +
                            QString::fromUtf8(store.err)));
        const Run lookup = secretTool(QStringList{u"lookup"_s} + probe);
        QVERIFY2(
            lookup.exitCode == 0 && lookup.out == "probe-secret",
            qPrintable(u"the private keyring does not give back what it stored: "_s + QString::fromUtf8(lookup.err)));
        QCOMPARE(secretTool(QStringList{u"clear"_s} + probe).exitCode, 0);

        m_server.setProgram(QStringLiteral(COURSEDESK_REFSERVER_PATH));
        m_server.setArguments({u"--port"_s, u"0"_s, u"--seed"_s, u"demo"_s});
        m_server.start();
        QVERIFY(m_server.waitForStarted());
        QVERIFY(
            QTest::qWaitFor([&] { return m_server.canReadLine() || m_server.state() != QProcess::Running; }, 20'000));
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
        m_url = line.mid(QStringLiteral("listening on ").size());
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        m_output.clear();
        QCOMPARE(keyringEntry(u"school"_s), QJsonObject()); // each test starts with an empty keyring
    }

    void cleanup() { secretTool(QStringList{u"clear"_s} + keyringAttributes(u"school"_s)); }

    // A password sign-in goes to the keyring; a second process signs in from there, with no credentials given;
    // the tokens are in the keyring and nowhere else.
    void theSignInLivesInTheKeyringAndOnlyThere()
    {
        const QByteArray added = addAccount(u"school"_s);
        QVERIFY2(added.isEmpty(), added.constData());

        const Run search = secretTool(QStringList{u"search"_s, u"--all"_s} + keyringAttributes(u"school"_s));
        QCOMPARE(search.exitCode, 0);
        const QByteArray found = search.out + search.err; // secret-tool prints the attributes on stderr
        QVERIFY2(found.contains("attribute.user = school") && found.contains("attribute.server = CourseDesk"),
                 "secret-tool search finds no entry for the account 'school' in the keyring");
        const QJsonObject entry = keyringEntry(u"school"_s);
        const QByteArray access = entry.value(u"access"_s).toString().toUtf8();
        const QByteArray refresh = entry.value(u"refresh"_s).toString().toUtf8();
        m_secrets = {access, refresh};
        QVERIFY2(access.size() >= 16, "the keyring entry holds no access token");
        QVERIFY2(refresh.size() >= 16, "the keyring entry holds no refresh token (the password grant issues one)");

        // A second process: nothing on stdin, no --username, no --token-stdin.
        const Run sync = cli({u"--json"_s, u"sync"_s});
        QVERIFY2(sync.exitCode == 0, redacted(sync.err).constData());
        QCOMPARE(QJsonDocument::fromJson(sync.out).object().value(u"courses"_s).toInt(), 2);

        // The tokens as the keyring holds them now as well (had the sync renewed them).
        const QJsonObject after = keyringEntry(u"school"_s);
        for (const QString &kind : {u"access"_s, u"refresh"_s}) {
            if (const QByteArray token = after.value(kind).toString().toUtf8(); !m_secrets.contains(token))
                m_secrets << token;
        }
        for (const QByteArray &token : std::as_const(m_secrets))
            QCOMPARE(placesHolding(token), QStringList());
        QVERIFY(m_output.contains("coursedesk.")); // the log was on: the search looked at a real log
    }

    // Signing out takes the tokens out of the keyring; the next sync then asks for a sign-in.
    void signingOutRemovesTheSecret()
    {
        const QByteArray added = addAccount(u"school"_s);
        QVERIFY2(added.isEmpty(), added.constData());
        QVERIFY2(!keyringEntry(u"school"_s).isEmpty(), "no keyring entry after the sign-in");

        const Run signOut = cli({u"account"_s, u"signout"_s, u"school"_s});
        QVERIFY2(signOut.exitCode == 0, redacted(signOut.err).constData());
        const Run search = secretTool(QStringList{u"search"_s, u"--all"_s} + keyringAttributes(u"school"_s));
        QVERIFY2(!QByteArray(search.out + search.err).contains("attribute.user = school"),
                 "the keyring still holds the account's entry after 'account signout'");
        QCOMPARE(keyringEntry(u"school"_s), QJsonObject());

        const Run sync = cli({u"sync"_s});
        QCOMPARE(sync.exitCode, 3);
        QVERIFY2(sync.err.contains("No saved sign-in for 'school'"), sync.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_RealKeychain)
#include "tst_RealKeychain.moc"

// coursedesk-cli comments COURSE LESSON [--json] and comment COURSE LESSON TEXT [--reply-to ID] against
// coursedesk-refserver, both as separate processes, in both of the server's dialects (issue 20): a learner writes
// offline, sync sends the comment once although its reply is lost, the teacher reads it and answers it, and the
// learner reads the answer; usage errors and refusals have their exit codes.
#include "CliProcess.h"
#include "Dialects.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_CliComments : public QObject
{
    Q_OBJECT

    RefServerProcess m_server;
    QTemporaryDir m_learner;
    QTemporaryDir m_teacher;

    CliRun learner(const QStringList &args, const QByteArray &stdinText = {})
    {
        return runCli(m_learner.path(), args, stdinText);
    }
    CliRun teacher(const QStringList &args, const QByteArray &stdinText = {})
    {
        return runCli(m_teacher.path(), args, stdinText);
    }
    static QStringList signedIn(const QString &user, QStringList args)
    {
        return args << u"--username"_s << user << u"--password-stdin"_s;
    }

private slots:
    void initTestCase_data() { addDialectRows(); }

    void init()
    {
        // A server and two data folders per test function and dialect.
        m_server.stop();
        const QString problem = m_server.start({u"--dialect"_s, rowDialectName()});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (QTemporaryDir *dir : {&m_learner, &m_teacher}) {
            for (const QString &name : QDir(dir->path()).entryList(QDir::Files))
                QFile::remove(dir->filePath(name));
        }
        for (const auto &[dir, user] : {std::pair{&m_learner, u"learner"_s}, std::pair{&m_teacher, u"teacher"_s}}) {
            CliRun run = runCli(dir->path(),
                                signedIn(user, {u"account"_s, u"add"_s, u"school"_s, u"--server"_s, m_server.url()}),
                                user.toUtf8() + "\n");
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            run = runCli(dir->path(), signedIn(user, {u"sync"_s}), user.toUtf8() + "\n");
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }

    void cleanupTestCase() { m_server.stop(); }

    void writtenOffline_sentOnceDespiteALostReply_answeredByTheTeacher()
    {
        CliRun run = learner({u"--offline"_s, u"comment"_s, u"2"_s, u"201"_s, u"Why a date?\nAlways?"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"sync"_s));
        run = learner({u"--offline"_s, u"comments"_s, u"2"_s, u"201"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), 1);
        QCOMPARE(run.json().array().at(0)[u"state"_s].toString(), u"pending"_s);
        QCOMPARE(run.json().array().at(0)[u"text"_s].toString(), u"Why a date?\nAlways?"_s);

        // The server makes the comment and the reply is lost: the sync fails (exit 3), the comment stays queued.
        QVERIFY(m_server.control(
            "POST", u"/_test/faults"_s,
            QJsonObject{{u"mode"_s, u"close"_s}, {u"path_contains"_s, u"/comment/"_s}, {u"after_processing"_s, true}}));
        run = learner(signedIn(u"learner"_s, {u"sync"_s}), "learner\n");
        QCOMPARE(run.exitCode, 3);
        run = learner(signedIn(u"learner"_s, {u"sync"_s, u"--json"_s}), "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json()[u"sent"_s].toInt(), 1);
        QCOMPARE(run.json()[u"pending"_s].toInt(), 0);

        // The teacher sees it once, and answers it.
        run = teacher(signedIn(u"teacher"_s, {u"comments"_s, u"2"_s, u"201"_s, u"--json"_s}), "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray seen = run.json().array();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0)[u"author"_s].toString(), u"learner"_s);
        QCOMPARE(seen.at(0)[u"state"_s].toString(), u"sent"_s);
        const QString id = QString::number(seen.at(0)[u"id"_s].toInteger());
        run = teacher({u"comment"_s, u"2"_s, u"201"_s, u"So you know when you knew it."_s, u"--reply-to"_s, id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = teacher(signedIn(u"teacher"_s, {u"sync"_s}), "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // The learner reads the thread: the comment, the answer under it.
        run = learner(signedIn(u"learner"_s, {u"comments"_s, u"2"_s, u"201"_s}), "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"#"_s + id), qPrintable(run.out));
        QVERIFY(run.out.indexOf(u"Why a date?"_s) < run.out.indexOf(u"So you know when you knew it."_s));
        run = learner({u"--offline"_s, u"comments"_s, u"2"_s, u"201"_s, u"--json"_s});
        QCOMPARE(run.json().array().size(), 2); // read offline from the cache
        QCOMPARE(QString::number(run.json().array().at(1)[u"parent"_s].toInteger()), id);
    }

    // Comments come with the sync (branch comments2): after one sync, with the server stopped, the thread of every
    // lesson whose comments are enabled reads from the cache; the learner never opened them.
    void cachedBySync_readableWithTheServerStopped()
    {
        CliRun run = teacher({u"comment"_s, u"2"_s, u"201"_s, u"Welcome to the course."_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = teacher({u"comment"_s, u"2"_s, u"204"_s, u"Review weekly."_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = teacher(signedIn(u"teacher"_s, {u"sync"_s}), "teacher\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = learner(signedIn(u"learner"_s, {u"sync"_s}), "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        m_server.stop();
        run = learner({u"--offline"_s, u"comments"_s, u"2"_s, u"201"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), 1);
        QCOMPARE(run.json().array().at(0)[u"text"_s].toString(), u"Welcome to the course."_s);
        QCOMPARE(run.json().array().at(0)[u"author"_s].toString(), u"teacher"_s);
        QCOMPARE(run.json().array().at(0)[u"mine"_s].toBool(), false);
        run = learner({u"--offline"_s, u"comments"_s, u"2"_s, u"203"_s, u"--json"_s});
        QCOMPARE(run.json().array().size(), 0);
        // Without --offline: the server cannot be reached, and the cache answers.
        run = learner(signedIn(u"learner"_s, {u"comments"_s, u"2"_s, u"204"_s}), "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Review weekly."_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"kept on this computer"_s), qPrintable(run.err));
    }

    void usageAndRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("comment without text") << QStringList{u"comment"_s, u"2"_s, u"201"_s} << 1;
        QTest::addRow("comments without lesson") << QStringList{u"comments"_s, u"2"_s} << 1;
        QTest::addRow("bad reply-to") << QStringList{u"comment"_s, u"2"_s, u"201"_s, u"x"_s, u"--reply-to"_s, u"a"_s}
                                      << 1;
        QTest::addRow("reply-to on comments")
            << QStringList{u"comments"_s, u"2"_s, u"201"_s, u"--reply-to"_s, u"1"_s} << 1;
        QTest::addRow("comments off") << QStringList{u"comment"_s, u"1"_s, u"101"_s, u"Hi"_s} << 2;
        QTest::addRow("no words") << QStringList{u"comment"_s, u"2"_s, u"201"_s, u"  "_s} << 2;
        QTest::addRow("reply to an unknown comment")
            << QStringList{u"comment"_s, u"2"_s, u"201"_s, u"Hi"_s, u"--reply-to"_s, u"999"_s} << 2;
        QTest::addRow("unknown lesson") << QStringList{u"--offline"_s, u"comments"_s, u"2"_s, u"999"_s} << 2;
    }
    void usageAndRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliRun run = learner(args);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY(!run.err.isEmpty());
        QCOMPARE(learner({u"pending"_s, u"--json"_s}).json().array().size(), 0); // nothing queued
    }
};

QTEST_GUILESS_MAIN(tst_CliComments)
#include "tst_CliComments.moc"

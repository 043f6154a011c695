// coursedesk-cli download / storage / lesson (issue 18), against coursedesk-refserver in both dialects: a course's
// pictures and attachments come down with `download`, and with the server stopped every one of them is still there
// (the local file of each, its bytes the server's), the lesson reads as plain text, and the storage is reported.
#include "CliProcess.h"
#include "Dialects.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

class tst_CliMedia : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void downloadThenEverythingIsThereWithTheServerStopped()
    {
        QTemporaryDir data;
        RefServerProcess server;
        const QString problem = server.start({u"--dialect"_s, rowDialectName(), u"--seed"_s, u"media"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const bool platform = rowDialectName() == u"platform"_s;
        auto cli = [&](const QStringList &args, const QByteArray &in = {}) { return runCli(data.path(), args, in); };

        CliRun run = cli({u"account"_s, u"add"_s, u"school"_s, u"--server"_s, server.url(), u"--username"_s,
                          u"learner"_s, u"--password-stdin"_s},
                         "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({u"download"_s, u"6"_s, u"--json"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s},
                  "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The map and the quiz's chart (and, from a platform server, the handout); two pictures are missing.
        QCOMPARE(run.json()[u"fetched"_s].toInt(), platform ? 3 : 2);
        QCOMPARE(run.json()[u"missing"_s].toArray().size(), 2);

        server.stop();

        run = cli({u"lesson"_s, u"6"_s, u"601"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.json()[u"text"_s].toString().contains(u"The map of the course:"_s));
        const QJsonArray files = run.json()[u"files"_s].toArray();
        QCOMPARE(files.size(), platform ? 5 : 3);
        const QJsonObject map = files.at(0).toObject();
        QCOMPARE(map[u"title"_s].toString(), u"The course map"_s);
        QCOMPARE(head(map[u"path"_s].toString(), 4), QByteArray("\x89PNG"));
        QVERIFY(files.at(1).toObject()[u"missing"_s].toString().contains(u"private network"_s));
        QVERIFY(files.at(2).toObject()[u"missing"_s].toString().contains(u"404"_s));
        if (platform) {
            const QJsonObject handout = files.at(3).toObject();
            QCOMPARE(handout[u"use"_s].toString(), u"attachment"_s);
            QCOMPARE(head(handout[u"path"_s].toString(), 5), QByteArray("%PDF-"));
            QCOMPARE(files.at(4).toObject()[u"use"_s].toString(), u"link"_s);
        }
        // The quiz's picture too.
        run = cli({u"lesson"_s, u"6"_s, u"602"_s, u"--json"_s});
        const QJsonArray quizFiles = run.json()[u"files"_s].toArray();
        QVERIFY(!quizFiles.isEmpty());
        QCOMPARE(head(quizFiles.at(0).toObject()[u"path"_s].toString(), 4), QByteArray("\x89PNG"));

        // As text: the picture by its alt text, then each file with its local path or why it is missing.
        run = cli({u"lesson"_s, u"6"_s, u"601"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"[The course map]"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(map[u"path"_s].toString()), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Old chart: missing:"_s));

        run = cli({u"storage"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonObject course6;
        for (const QJsonValue &course : run.json()[u"courses"_s].toArray()) {
            if (course[u"course"_s].toInt() == 6)
                course6 = course.toObject();
        }
        QCOMPARE(course6[u"files"_s].toInt(), platform ? 3 : 2);
        QCOMPARE(course6[u"missing"_s].toInt(), 2);
        QVERIFY(course6[u"bytes"_s].toInteger() > 0);
        run = cli({u"storage"_s});
        QVERIFY2(run.out.contains(u"Offline media"_s) && run.out.contains(u"2 missing"_s), qPrintable(run.out));

        // Without the server, a download fails as the network does, and nothing is lost.
        run = cli({u"download"_s, u"6"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s}, "learner\n");
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(head(map[u"path"_s].toString(), 4), QByteArray("\x89PNG"));
    }

    void storageListsEveryAccount()
    {
        QTemporaryDir data;
        RefServerProcess server;
        const QString problem = server.start({u"--dialect"_s, rowDialectName(), u"--seed"_s, u"media"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto cli = [&](const QStringList &args, const QByteArray &in = {}) { return runCli(data.path(), args, in); };
        for (const QString &name : {u"school"_s, u"college"_s}) {
            CliRun run = cli({u"account"_s, u"add"_s, name, u"--server"_s, server.url(), u"--username"_s, u"learner"_s,
                              u"--password-stdin"_s},
                             "learner\n");
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        CliRun run = cli(
            {u"download"_s, u"6"_s, u"--account"_s, u"college"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s},
            "learner\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        server.stop();

        // Every account, without signing in: "school" has nothing on disk yet, "college" the media course.
        run = cli({u"storage"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray accounts = run.json()[u"accounts"_s].toArray();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0)[u"account"_s].toString(), u"school"_s);
        QCOMPARE(accounts.at(0)[u"bytes"_s].toInteger(), 0);
        QCOMPARE(accounts.at(1)[u"account"_s].toString(), u"college"_s);
        QVERIFY(accounts.at(1)[u"bytes"_s].toInteger() > 0);
        QVERIFY(!run.json().object().contains(u"courses"_s)); // the one-account shape only when one is listed
        run = cli({u"storage"_s});
        QVERIFY2(run.out.contains(u"Account school:"_s) && run.out.contains(u"Account college:"_s),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"  6  Offline media"_s), qPrintable(run.out));

        // One account named: the first shape, as before.
        run = cli({u"storage"_s, u"--account"_s, u"college"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json()[u"account"_s].toString(), u"college"_s);
        QVERIFY(run.json()[u"folder"_s].toString().endsWith(u"college.sqlite.files"_s));
        QVERIFY(!run.json()[u"courses"_s].toArray().isEmpty());
        QCOMPARE(cli({u"storage"_s, u"--account"_s, u"nobody"_s}).exitCode == 0, false);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("download without a course") << QStringList{u"download"_s};
        QTest::newRow("lesson with one id") << QStringList{u"lesson"_s, u"6"_s};
        QTest::newRow("storage with an id") << QStringList{u"storage"_s, u"6"_s};
        QTest::newRow("lesson with a word") << QStringList{u"lesson"_s, u"six"_s, u"601"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QTemporaryDir data;
        QCOMPARE(runCli(data.path(), args).exitCode, 1);
    }
};

QTEST_MAIN(tst_CliMedia)
#include "tst_CliMedia.moc"

// coursedesk-cli search, note, bookmark and notes, as a person runs them: offline on the bundled sample course
// (course 1: sections 11 (101-103, quiz 104), 12 (105-107, quiz 108), 13 (109-111, draft 112; opens 7 days after
// joining); enforce_lessons_order), and sync's summary of what it brought against the reference server in both
// dialects.
#include "CliProcess.h"
#include "Dialects.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_CliFind : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    CliRun cli(const QStringList &args) { return runCli(m_data.path(), args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QCOMPARE(cli({u"sample"_s}).exitCode, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("search without words") << QStringList{u"search"_s} << u"search needs"_s;
        QTest::addRow("search of punctuation only") << QStringList{u"search"_s, u"* \""_s} << u"Type a word"_s;
        QTest::addRow("search with --markdown")
            << QStringList{u"search"_s, u"x"_s, u"--markdown"_s} << u"only --course"_s;
        QTest::addRow("search in course zero") << QStringList{u"search"_s, u"x"_s, u"--course"_s, u"0"_s} << u"ids"_s;
        QTest::addRow("note without a lesson") << QStringList{u"note"_s, u"1"_s} << u"a course id and a lesson id"_s;
        QTest::addRow("note with text and --clear")
            << QStringList{u"note"_s, u"1"_s, u"101"_s, u"text"_s, u"--clear"_s} << u"not both"_s;
        QTest::addRow("bookmark with text") << QStringList{u"bookmark"_s, u"1"_s, u"101"_s, u"x"_s} << u"--remove"_s;
        QTest::addRow("notes with an argument") << QStringList{u"notes"_s, u"1"_s} << u"no arguments"_s;
        QTest::addRow("notes both ways") << QStringList{u"notes"_s, u"--markdown"_s, u"--json"_s} << u"choose"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void searchFindsLessonsLockedOrNot()
    {
        CliRun run = cli({u"search"_s, u"working offlin"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = run.json().array();
        QVERIFY(!hits.isEmpty());
        const QJsonObject first = hits.first().toObject();
        QCOMPARE(first[u"lesson"_s].toInt(), 106);
        QCOMPARE(first[u"lesson_name"_s].toString(), u"Working offline"_s);
        QCOMPARE(first[u"section_name"_s].toString(), u"Learning offline"_s);
        QCOMPARE(first[u"course_name"_s].toString(), u"Getting started with CourseDesk"_s);
        // Order is enforced: 106 waits for 101, and says so.
        QVERIFY(first[u"locked"_s].toBool());
        QVERIFY(first[u"lock_reason"_s].toString().contains(u"Welcome to CourseDesk"_s));
        const QJsonArray match = first[u"matches"_s].toArray().first().toArray();
        QCOMPARE(first[u"snippet"_s].toString().mid(match.at(0).toInt(), match.at(1).toInt()).toLower(), u"working"_s);

        run = cli({u"search"_s, u"café"_s, u"command"_s}); // words the sample does not hold together
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Nothing found"_s), qPrintable(run.out));

        run = cli({u"search"_s, u"coursedesk-cli"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"(course 1, lesson 110)"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"[coursedesk-cli]"_s)); // the matches are marked

        run = cli({u"search"_s, u"offline"_s, u"--course"_s, u"2"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), 0);
    }

    void notesAndBookmarks()
    {
        CliRun run = cli({u"note"_s, u"1"_s, u"106"_s, u"Try"_s, u"it"_s, u"on"_s, u"the"_s, u"train"_s});
        QCOMPARE(run.exitCode, 0);
        run = cli({u"note"_s, u"1"_s, u"106"_s});
        QCOMPARE(run.out.trimmed(), u"Try it on the train"_s);
        QCOMPARE(cli({u"bookmark"_s, u"1"_s, u"101"_s}).exitCode, 0);
        QCOMPARE(cli({u"bookmark"_s, u"1"_s, u"102"_s}).exitCode, 0);
        QCOMPARE(cli({u"bookmark"_s, u"1"_s, u"102"_s, u"--remove"_s}).exitCode, 0);

        run = cli({u"notes"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray notes = run.json().array();
        QCOMPARE(notes.size(), 2); // in course order: 101 (starred), 106 (noted)
        QCOMPARE(notes.at(0)[u"lesson"_s].toInt(), 101);
        QVERIFY(notes.at(0)[u"bookmarked"_s].toBool());
        QCOMPARE(notes.at(1)[u"lesson"_s].toInt(), 106);
        QCOMPARE(notes.at(1)[u"note"_s].toString(), u"Try it on the train"_s);

        run = cli({u"notes"_s, u"--markdown"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"# My notes\n"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"## Getting started with CourseDesk"_s));
        QVERIFY(run.out.contains(u"### Welcome › Welcome to CourseDesk ★"_s));
        QVERIFY(run.out.contains(u"> Try it on the train"_s));

        // The note is searched too.
        run = cli({u"search"_s, u"train"_s, u"--json"_s});
        QCOMPARE(run.json().array().first()[u"lesson"_s].toInt(), 106);

        QCOMPARE(cli({u"note"_s, u"1"_s, u"106"_s, u"--clear"_s}).exitCode, 0);
        QCOMPARE(cli({u"notes"_s, u"--json"_s}).json().array().size(), 1);
    }

    void unknownLessonIsRefused()
    {
        const CliRun run = cli({u"note"_s, u"1"_s, u"999"_s, u"text"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no lesson 999"_s), qPrintable(run.err));
        QCOMPARE(cli({u"bookmark"_s, u"7"_s, u"101"_s}).exitCode, 2);
    }

    void syncSaysWhatIsNew_data() { addDialectRows(); }

    void syncSaysWhatIsNew()
    {
        QFETCH(QString, dialect);
        RefServerProcess server;
        const QString problem = server.start({u"--dialect"_s, dialect});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTemporaryDir data;
        const auto run = [&](const QStringList &args, const QByteArray &in = {}) {
            return runCli(data.path(), args, in);
        };
        const QStringList sync{u"sync"_s, u"--username"_s, u"learner"_s, u"--password-stdin"_s};
        QCOMPARE(run({u"account"_s, u"add"_s, u"school"_s, u"--server"_s, server.url(), u"--username"_s, u"learner"_s,
                      u"--password-stdin"_s},
                     "learner\n")
                     .exitCode,
                 0);
        CliRun first = run(sync, "learner\n");
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(!first.out.contains(u"new lesson"_s), qPrintable(first.out)); // a first download is not news
        QCOMPARE(run({u"note"_s, u"1"_s, u"103"_s, u"Check the bar"_s}).exitCode, 0);

        QVERIFY(server.control("POST", u"/_test/lesson"_s,
                               QJsonObject{{u"course"_s, 1}, {u"lesson"_s, 103}, {u"action"_s, u"draft"_s}}));
        QCOMPARE(run(sync, "learner\n").exitCode, 0);
        CliRun notes = run({u"notes"_s, u"--json"_s});
        QVERIFY(notes.json().array().first()[u"removed"_s].toBool()); // gone from the course, the note stays

        QVERIFY(server.control("POST", u"/_test/lesson"_s,
                               QJsonObject{{u"course"_s, 1}, {u"lesson"_s, 103}, {u"action"_s, u"publish"_s}}));
        CliRun back = run(sync + QStringList{u"--json"_s}, "learner\n");
        QCOMPARE(back.exitCode, 0);
        const QJsonArray news = back.json()[u"news"_s].toArray();
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.first()[u"course"_s].toInt(), 1);
        QCOMPARE(news.first()[u"new_lessons"_s].toInt(), 1);
        notes = run({u"notes"_s, u"--json"_s});
        QVERIFY(!notes.json().array().first()[u"removed"_s].toBool()); // back in the course, with its note
        QCOMPARE(notes.json().array().first()[u"note"_s].toString(), u"Check the bar"_s);

        QVERIFY(server.control("POST", u"/_test/lesson"_s,
                               QJsonObject{{u"course"_s, 1}, {u"lesson"_s, 102}, {u"action"_s, u"remove"_s}}));
        QVERIFY(server.control("POST", u"/_test/lesson"_s,
                               QJsonObject{{u"course"_s, 1}, {u"lesson"_s, 102}, {u"action"_s, u"remove"_s}}) ==
                false); // already gone
        CliRun quiet = run(sync, "learner\n");
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.out.contains(u" in Getting started"_s), qPrintable(quiet.out)); // a removal is no badge
    }
};

QTEST_GUILESS_MAIN(tst_CliFind)
#include "tst_CliFind.moc"

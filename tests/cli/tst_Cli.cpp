// coursedesk-cli end to end: the real binary (COURSEDESK_CLI_PATH) on a data folder in a QTemporaryDir,
// taking the bundled sample course from 0 to 100 % offline.
//
// The sample (course 1, structured, enforce_lessons_order): sections 11 (101-103, quiz 104), 12 (105-107,
// quiz 108) and 13 (109-111, draft 112), which opens 7 days after joining. 11 published lessons.
// Exit codes: 0 ok, 1 usage, 2 refused (the reason on stderr).
#include "CliApp.h"
#include "Version.h"

#include "FakeClock.h"
#include "auth/CredentialStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;

    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    QString describe() const { return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(code).arg(out, err); }
};

Run runCli(const QString &dataDir, const QStringList &args)
{
    QProcess process;
    process.start(QString::fromUtf8(COURSEDESK_CLI_PATH), QStringList{u"--data-dir"_s, dataDir} + args);
    Run run;
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = u"did not finish: "_s + process.errorString();
        return run;
    }
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString readBack(FILE *file)
{
    std::fflush(file);
    std::rewind(file);
    QByteArray bytes;
    char buffer[4096];
    while (const size_t n = std::fread(buffer, 1, sizeof buffer, file))
        bytes.append(buffer, qsizetype(n));
    std::fclose(file);
    return QString::fromUtf8(bytes);
}

// The same commands in this process, with an injected clock (CliApp reads and writes FILE*s).
Run runInProcess(const Clock &clock, const QString &dataDir, const QStringList &args)
{
    FILE *in = std::tmpfile(); // nothing to read: offline commands never prompt
    FILE *out = std::tmpfile();
    FILE *err = std::tmpfile();
    MemoryCredentialStore credentials;
    Run run;
    {
        CliApp app(clock, credentials, in, out, err);
        run.code = app.run(QStringList{u"coursedesk-cli"_s, u"--data-dir"_s, dataDir} + args);
    }
    run.out = readBack(out);
    run.err = readBack(err);
    std::fclose(in);
    return run;
}

QStringList keys(const QJsonValue &value)
{
    QStringList list = value.toObject().keys();
    list.sort();
    return list;
}

// One token per lesson in course order: "<id> <completion> <open | lock_reason[:blocking_lesson]>".
QStringList lessonTokens(const QJsonValue &outline)
{
    QStringList tokens;
    for (const QJsonValue &section : outline[u"sections"_s].toArray()) {
        for (const QJsonValue &lesson : section[u"lessons"_s].toArray()) {
            QString access = lesson[u"locked"_s].toBool() ? lesson[u"lock_reason"_s].toString() : u"open"_s;
            if (!lesson[u"blocking_lesson"_s].isNull())
                access += u":"_s + QString::number(lesson[u"blocking_lesson"_s].toInteger());
            tokens << u"%1 %2 %3"_s.arg(lesson[u"id"_s].toInteger()).arg(lesson[u"completion"_s].toString(), access);
        }
    }
    return tokens;
}

const QStringList quiz104Right{u"--answer"_s, u"1001=10002"_s, u"--answer"_s, u"1002=10006"_s, u"--answer"_s, u"1003=10009"_s};
const QStringList quiz108Right{u"--answer"_s, u"1004=10012,10013"_s, u"--answer"_s, u"1005=10016,10017"_s,
                               u"--answer"_s, u"1006=10020"_s};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_sample; // a data folder with the untouched sample, for refusals
    int m_folders = 0;

    QString newDataDir() { return m_root.filePath(u"data%1"_s.arg(++m_folders)); }

    // `progress 1 --json` equals {completed, total 11, percent, percent_exact}.
    void checkProgress(const QString &dataDir, int completed, int percent, double exact)
    {
        const Run run = runCli(dataDir, {u"progress"_s, u"1"_s, u"--json"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        const QJsonValue json = run.json();
        QCOMPARE(keys(json), (QStringList{u"completed"_s, u"percent"_s, u"percent_exact"_s, u"total"_s}));
        QCOMPARE(json[u"completed"_s].toInt(), completed);
        QCOMPARE(json[u"total"_s].toInt(), 11);
        QCOMPARE(json[u"percent"_s].toInt(), percent);
        QCOMPARE(json[u"percent_exact"_s].toDouble(), exact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(QFile::exists(QString::fromUtf8(COURSEDESK_CLI_PATH)));
        m_sample = newDataDir();
        const Run run = runCli(m_sample, {u"sample"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
    }

    void versionAndHelp()
    {
        const Run version = runCli(m_sample, {u"--version"_s});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), QString::fromUtf8("coursedesk-cli " COURSEDESK_VERSION));
        const Run help = runCli(m_sample, {u"--help"_s});
        QCOMPARE(help.code, 0);
        for (const QString &command : {u"sample"_s, u"courses"_s, u"outline COURSE"_s, u"complete COURSE LESSON"_s,
                                       u"incomplete COURSE LESSON"_s, u"quiz COURSE LESSON --answer"_s,
                                       u"progress COURSE"_s, u"pending"_s, u"Exit codes"_s})
            QVERIFY2(help.out.contains(command), qPrintable(command));
    }

    // A usage error is a property of the command line alone: exit 1 whether or not an account exists.
    void usageErrorsExitOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("problem");
        QTest::addRow("no command") << QStringList{} << u"no command given."_s;
        QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'."_s;
        QTest::addRow("unknown option") << QStringList{u"--frobnicate"_s, u"courses"_s} << u"frobnicate"_s;
        QTest::addRow("missing ids") << QStringList{u"complete"_s, u"1"_s} << u"'complete' expects 2 id arguments."_s;
        QTest::addRow("missing course") << QStringList{u"outline"_s} << u"'outline' expects 1 id arguments."_s;
        QTest::addRow("too many ids") << QStringList{u"progress"_s, u"1"_s, u"2"_s} << u"'progress' expects 1"_s;
        QTest::addRow("non-numeric id") << QStringList{u"outline"_s, u"one"_s} << u"ids are positive whole numbers."_s;
        QTest::addRow("zero id") << QStringList{u"complete"_s, u"1"_s, u"0"_s} << u"ids are positive whole numbers."_s;
        QTest::addRow("quiz without --answer") << QStringList{u"quiz"_s, u"1"_s, u"104"_s}
                                               << u"quiz needs one --answer QID=AID[,AID] per question."_s;
        QTest::addRow("malformed --answer") << QStringList{u"quiz"_s, u"1"_s, u"104"_s, u"--answer"_s, u"1001:10002"_s}
                                            << u"'--answer 1001:10002' is not of the form QUESTION=ANSWER[,ANSWER]"_s;
        QTest::addRow("non-numeric answer") << QStringList{u"quiz"_s, u"1"_s, u"104"_s, u"--answer"_s, u"1001=ten"_s}
                                            << u"'--answer 1001=ten' is not of the form"_s;
        QTest::addRow("--dismiss without a number") << QStringList{u"pending"_s, u"--dismiss"_s, u"last"_s}
                                                    << u"--dismiss takes the id of a rejected action."_s;
    }
    void usageErrorsExitOne()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, problem);
        for (const QString &dataDir : {m_sample, newDataDir()}) {
            const Run run = runCli(dataDir, args);
            QVERIFY2(run.code == 1, qPrintable(run.describe()));
            QVERIFY2(run.err.startsWith(u"coursedesk-cli: "_s) && run.err.contains(problem), qPrintable(run.describe()));
            QVERIFY2(run.err.contains(u"Try 'coursedesk-cli --help'."_s), qPrintable(run.describe()));
            QVERIFY(run.out.isEmpty());
        }
    }

    void refusalsExitTwo_data()
    {
        QTest::addColumn<bool>("withSample");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::addRow("no account yet") << false << QStringList{u"courses"_s}
                                        << u"There is no account yet. Create the sample with 'coursedesk-cli sample'"_s;
        QTest::addRow("--account unknown") << true << QStringList{u"--account"_s, u"nobody"_s, u"courses"_s}
                                           << u"There is no account named 'nobody'."_s;
        QTest::addRow("unknown course") << true << QStringList{u"outline"_s, u"99"_s} << u"There is no course 99"_s;
        QTest::addRow("unknown course, progress") << true << QStringList{u"progress"_s, u"99"_s} << u"There is no course 99"_s;
        QTest::addRow("unknown lesson") << true << QStringList{u"complete"_s, u"1"_s, u"999"_s}
                                        << u"Course 1 has no lesson 999."_s;
        QTest::addRow("locked: order") << true << QStringList{u"complete"_s, u"1"_s, u"102"_s}
                                       << u"Complete 'Welcome to CourseDesk' first"_s;
        QTest::addRow("locked: order, a quiz") << true << (QStringList{u"quiz"_s, u"1"_s, u"104"_s} + quiz104Right)
                                               << u"Complete 'Welcome to CourseDesk' first"_s;
        QTest::addRow("locked: drip") << true << QStringList{u"complete"_s, u"1"_s, u"110"_s} << u"Available on "_s;
        QTest::addRow("locked: draft") << true << QStringList{u"complete"_s, u"1"_s, u"112"_s}
                                       << u"This lesson is a draft and not published yet."_s;
        QTest::addRow("dismiss an unknown action") << true << QStringList{u"pending"_s, u"--dismiss"_s, u"7"_s}
                                                   << u"There is no queued action 7."_s;
    }
    void refusalsExitTwo()
    {
        QFETCH(bool, withSample);
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const QString dataDir = withSample ? m_sample : newDataDir();

        const Run run = runCli(dataDir, args);

        QVERIFY2(run.code == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.startsWith(u"coursedesk-cli: "_s) && run.err.contains(reason), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        if (withSample)
            checkProgress(dataDir, 0, 0, 0); // refused means nothing changed
    }

    void outlineJsonShape()
    {
        const Run run = runCli(m_sample, {u"outline"_s, u"1"_s, u"--json"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        const QJsonValue outline = run.json();
        QCOMPARE(keys(outline), (QStringList{u"course"_s, u"sections"_s}));
        const QJsonValue course = outline[u"course"_s];
        QCOMPARE(keys(course), (QStringList{u"enforce_lessons_order"_s, u"id"_s, u"name"_s, u"role"_s, u"type"_s}));
        QCOMPARE(course[u"id"_s].toInteger(), 1);
        QCOMPARE(course[u"name"_s].toString(), u"Getting started with CourseDesk"_s);
        QCOMPARE(course[u"type"_s].toString(), u"structured"_s);
        QCOMPARE(course[u"enforce_lessons_order"_s], QJsonValue(true));
        QCOMPARE(course[u"role"_s].toString(), u"learner"_s);

        const QJsonArray sections = outline[u"sections"_s].toArray();
        QCOMPARE(sections.size(), 3);
        const QStringList lessonKeys{u"blocking_lesson"_s, u"completion"_s, u"id"_s,   u"lock_reason"_s, u"locked"_s,
                                     u"name"_s,            u"status"_s,     u"type"_s, u"unlock_at"_s};
        for (const QJsonValue &section : sections) {
            QCOMPARE(keys(section), (QStringList{u"available_at"_s, u"id"_s, u"lessons"_s, u"locked"_s, u"name"_s}));
            for (const QJsonValue &lesson : section[u"lessons"_s].toArray()) {
                QCOMPARE(keys(lesson), lessonKeys);
                QVERIFY(lesson[u"locked"_s].isBool());
                QVERIFY(lesson[u"lock_reason"_s].isNull() == !lesson[u"locked"_s].toBool());
            }
        }
        QCOMPARE(sections[0][u"id"_s].toInteger(), 11);
        QCOMPARE(sections[0][u"name"_s].toString(), u"Welcome"_s);
        QCOMPARE(sections[0][u"available_at"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(sections[0][u"locked"_s], QJsonValue(false));
        const QJsonValue first = sections[0][u"lessons"_s][0];
        QCOMPARE(first[u"name"_s].toString(), u"Welcome to CourseDesk"_s);
        QCOMPARE(first[u"type"_s].toString(), u"lesson"_s);
        QCOMPARE(first[u"status"_s].toString(), u"published"_s);
        QCOMPARE(first[u"unlock_at"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(sections[0][u"lessons"_s][3][u"type"_s].toString(), u"quiz"_s);
        QCOMPARE(sections[2][u"lessons"_s][3][u"status"_s].toString(), u"draft"_s);
        QCOMPARE(sections[2][u"lessons"_s][3][u"unlock_at"_s], QJsonValue(QJsonValue::Null)); // a draft: no date opens it
    }

    // The whole sample, from 0 to 100 %, every step checked.
    void sampleFromZeroToHundredPercent()
    {
        const QString dir = newDataDir();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        Run run = runCli(dir, {u"sample"_s, u"--json"_s});
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        QCOMPARE(run.json()[u"account"_s].toString(), u"sample"_s);
        QCOMPARE(run.json()[u"data_dir"_s].toString(), dir);
        QVERIFY(runCli(dir, {u"sample"_s}).code == 0); // a second time opens it

        run = runCli(dir, {u"outline"_s, u"1"_s, u"--json"_s});
        QCOMPARE(lessonTokens(run.json()),
                 (QStringList{u"101 uncompleted open"_s, u"102 uncompleted order:101"_s, u"103 uncompleted order:101"_s,
                              u"104 uncompleted order:101"_s, u"105 uncompleted order:101"_s, u"106 uncompleted order:101"_s,
                              u"107 uncompleted order:101"_s, u"108 uncompleted order:101"_s,
                              u"109 uncompleted drip_structured"_s, u"110 uncompleted drip_structured"_s,
                              u"111 uncompleted drip_structured"_s, u"112 uncompleted not_published"_s}));
        // Section 13 opens 7 days after joining (when `sample` ran), to the second.
        const QJsonValue section13 = run.json()[u"sections"_s][2];
        const QDateTime unlockAt = QDateTime::fromString(section13[u"available_at"_s].toString(), Qt::ISODate);
        QVERIFY2(unlockAt >= before.addDays(7).addMSecs(-before.time().msec()) && unlockAt <= after.addDays(7),
                 qPrintable(section13[u"available_at"_s].toString()));
        QCOMPARE(section13[u"locked"_s], QJsonValue(true));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(section13[u"lessons"_s][i][u"unlock_at"_s], section13[u"available_at"_s]);
        checkProgress(dir, 0, 0, 0);

        // Each step: the command, its exit code, then the progress it leaves: {completed, percent, exact}.
        struct Step
        {
            QStringList args;
            int code;
            QString stderrHas;
            int completed;
            int percent;
            double exact;
        };
        const auto play = [&](const QList<Step> &steps) {
            for (const Step &step : steps) {
                const Run r = runCli(dir, step.args);
                QVERIFY2(r.code == step.code, qPrintable(step.args.join(u' ') + u"\n"_s + r.describe()));
                QVERIFY2(r.err.contains(step.stderrHas), qPrintable(r.describe()));
                checkProgress(dir, step.completed, step.percent, step.exact);
                if (QTest::currentTestFailed())
                    return;
            }
        };
        play({
            {{u"complete"_s, u"1"_s, u"102"_s}, 2, u"Complete 'Welcome to CourseDesk' first"_s, 0, 0, 0},
            {{u"complete"_s, u"1"_s, u"101"_s}, 0, {}, 1, 9, 9.09},
            {{u"complete"_s, u"1"_s, u"103"_s}, 2, u"Complete 'Reading lessons and marking them complete' first"_s, 1, 9, 9.09},
            {{u"complete"_s, u"1"_s, u"102"_s}, 0, {}, 2, 18, 18.18},
            {{u"complete"_s, u"1"_s, u"103"_s}, 0, {}, 3, 27, 27.27},
            {{u"complete"_s, u"1"_s, u"104"_s}, 2, u"is a quiz: it is completed by passing it"_s, 3, 27, 27.27},
        });
        if (QTest::currentTestFailed())
            return;

        // Invalid answers: refused, every problem listed, nothing recorded.
        run = runCli(dir, {u"quiz"_s, u"1"_s, u"104"_s, u"--answer"_s, u"1001=10002,10003"_s, u"--answer"_s,
                           u"1002=10009"_s, u"--answer"_s, u"1777=1"_s});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err.trimmed().split(u'\n'),
                 (QStringList{u"coursedesk-cli: Question 1001 takes exactly one answer."_s,
                              u"Answer 10009 does not belong to question 1002."_s, u"Question 1003 is not answered."_s,
                              u"Question 1777 is not part of this quiz."_s}));

        // A wrong answer: 1 of 3 right, grade 33 < 60 — the quiz is failed and blocks what follows.
        run = runCli(dir, {u"quiz"_s, u"1"_s, u"104"_s, u"--json"_s, u"--answer"_s, u"1001=10001"_s, u"--answer"_s,
                           u"1002=10005"_s, u"--answer"_s, u"1003=10009"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        QCOMPARE(run.json()[u"grade"_s].toInt(), 33);
        QCOMPARE(run.json()[u"passing_grade"_s].toInt(), 60);
        QCOMPARE(run.json()[u"passed"_s], QJsonValue(false));
        QCOMPARE(run.json()[u"result"_s].toString(), u"failed"_s);
        QCOMPARE(run.json()[u"state"_s].toString(), u"graded"_s);
        QCOMPARE(run.json()[u"correct"_s].toObject(),
                 (QJsonObject{{u"1001"_s, false}, {u"1002"_s, false}, {u"1003"_s, true}}));
        run = runCli(dir, {u"outline"_s, u"1"_s, u"--json"_s});
        QCOMPARE(lessonTokens(run.json()).mid(3, 2), (QStringList{u"104 failed open"_s, u"105 uncompleted order:104"_s}));
        play({
            {{u"complete"_s, u"1"_s, u"105"_s}, 2, u"Pass 'Quiz: finding your way around' first"_s, 3, 27, 27.27},
            {QStringList{u"quiz"_s, u"1"_s, u"104"_s} + quiz104Right, 0, {}, 4, 36, 36.36},
            {{u"complete"_s, u"1"_s, u"105"_s}, 0, {}, 5, 45, 45.45},
            {{u"complete"_s, u"1"_s, u"106"_s}, 0, {}, 6, 55, 54.55},
            {{u"complete"_s, u"1"_s, u"107"_s}, 0, {}, 7, 64, 63.64},
            {{u"incomplete"_s, u"1"_s, u"107"_s}, 0, {}, 6, 55, 54.55},
            {{u"complete"_s, u"1"_s, u"107"_s}, 0, {}, 7, 64, 63.64},
        });
        if (QTest::currentTestFailed())
            return;

        // Quiz 108 needs 70: two of three right (67) is not enough; then all right.
        run = runCli(dir, {u"quiz"_s, u"1"_s, u"108"_s, u"--json"_s, u"--answer"_s, u"1004=10012,10013"_s,
                           u"--answer"_s, u"1005=10016"_s, u"--answer"_s, u"1006=10020"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        QCOMPARE(run.json()[u"grade"_s].toInt(), 67);
        QCOMPARE(run.json()[u"passing_grade"_s].toInt(), 70);
        QCOMPARE(run.json()[u"passed"_s], QJsonValue(false));
        play({
            {QStringList{u"quiz"_s, u"1"_s, u"108"_s} + quiz108Right, 0, {}, 8, 73, 72.73},
            {{u"complete"_s, u"1"_s, u"109"_s}, 2, u"Available on "_s, 8, 73, 72.73},
        });
        if (QTest::currentTestFailed())
            return;

        run = runCli(dir, {u"outline"_s, u"1"_s, u"--json"_s});
        QCOMPARE(lessonTokens(run.json()).mid(7),
                 (QStringList{u"108 completed open"_s, u"109 uncompleted drip_structured"_s,
                              u"110 uncompleted drip_structured"_s, u"111 uncompleted drip_structured"_s,
                              u"112 uncompleted not_published"_s}));
        run = runCli(dir, {u"courses"_s, u"--json"_s});
        QCOMPARE(run.json().toArray(), (QJsonArray{QJsonObject{{u"id"_s, 1},
                                                               {u"name"_s, u"Getting started with CourseDesk"_s},
                                                               {u"type"_s, u"structured"_s},
                                                               {u"role"_s, u"learner"_s},
                                                               {u"completed"_s, 8},
                                                               {u"total"_s, 11},
                                                               {u"percent"_s, 73}}}));
        run = runCli(dir, {u"pending"_s, u"--json"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json(), QJsonValue(QJsonArray())); // a local account queues nothing

        // Section 13 through the in-process CLI, on a clock that is moved past the drip.
        FakeClock clock(unlockAt.addSecs(-7 * 24 * 3600)); // the moment of joining (to the second)
        clock.advanceDays(7);
        clock.advanceSecs(-60);
        run = runInProcess(clock, dir, {u"complete"_s, u"1"_s, u"109"_s});
        QVERIFY2(run.code == 2 && run.err.contains(u"Available on "_s), qPrintable(run.describe()));
        clock.advanceSecs(61);
        run = runInProcess(clock, dir, {u"outline"_s, u"1"_s, u"--json"_s});
        QCOMPARE(run.json()[u"sections"_s][2][u"locked"_s], QJsonValue(false));
        QCOMPARE(lessonTokens(run.json()).mid(8), (QStringList{u"109 uncompleted open"_s, u"110 uncompleted order:109"_s,
                                                               u"111 uncompleted order:109"_s, u"112 uncompleted not_published"_s}));
        for (const char *lesson : {"109", "110", "111"}) {
            run = runInProcess(clock, dir, {u"complete"_s, u"1"_s, QString::fromLatin1(lesson), u"--json"_s});
            QVERIFY2(run.code == 0, qPrintable(run.describe()));
        }
        QCOMPARE(run.json()[u"progress"_s].toObject(),
                 (QJsonObject{{u"completed"_s, 11}, {u"total"_s, 11}, {u"percent"_s, 100}, {u"percent_exact"_s, 100.0}}));
        run = runInProcess(clock, dir, {u"complete"_s, u"1"_s, u"112"_s});
        QVERIFY2(run.code == 2 && run.err.contains(u"draft"_s), qPrintable(run.describe()));

        // The real binary, today, sees the finished course.
        checkProgress(dir, 11, 100, 100);
        run = runCli(dir, {u"courses"_s});
        QVERIFY2(run.out.contains(u"11 of 11 lessons"_s), qPrintable(run.describe()));
        QCOMPARE(runCli(dir, {u"pending"_s, u"--json"_s}).json(), QJsonValue(QJsonArray()));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"

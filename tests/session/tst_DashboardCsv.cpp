// The dashboard's CSV: the exact bytes of golden files (tests/session/golden/) for rows full of hostile values:
// formulas (=, +, -, @ first) are defused with a leading ', commas, quotes and line breaks are quoted as RFC 4180
// says, non-ASCII text is UTF-8, empty times stay empty.
#include "session/DashboardCsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    return iso.isEmpty() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

LearnerRow learner(const QString &username, const QString &realName, JoinStatus status, int rate,
                   const QString &joined, const QString &lastActive)
{
    LearnerRow row;
    row.username = username;
    row.realName = realName;
    row.joinStatus = status;
    row.completionRate = rate;
    row.joinedAt = utc(joined);
    row.lastActiveAt = utc(lastActive);
    return row;
}

QuizResultRow attempt(const QString &username, const QString &quiz, const QString &date, int grade, Completion result)
{
    QuizResultRow row;
    row.username = username;
    row.quizName = quiz;
    row.createdAt = utc(date);
    row.grade = grade;
    row.result = result;
    return row;
}

QByteArray golden(const QString &name)
{
    QFile file(QStringLiteral(COURSEDESK_TEST_DATA) + u"/session/golden/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QList<LearnerRow> hostileLearners{
    learner(u"=HYPERLINK(\"http://evil.example\",\"click\")"_s, u"Eve \"Evil\" Evans"_s, JoinStatus::Joined, 100,
            u"2026-03-01T10:00:00Z"_s, {}),
    learner(u"+cmd"_s, u"Line one\nline two"_s, JoinStatus::Manager, 0, u"2026-02-01T00:00:00Z"_s,
            u"2026-02-28T23:59:59Z"_s),
    learner(u"-2+3"_s, u"Smith, Jo"_s, JoinStatus::Creator, 45, u"2026-01-15T08:30:00Z"_s, u"2026-03-01T11:00:00Z"_s),
    learner(u"@SUM(A1:A9)"_s, u"Zoë Dvořák"_s, JoinStatus::Invited, 9, {}, {}),
    learner(u"plain"_s, u"a=b-c"_s, JoinStatus::Requested, 82, u"2026-02-20T12:00:00Z"_s, u"2026-02-21T12:00:00Z"_s),
};

const QList<QuizResultRow> hostileAttempts{
    attempt(u"ana"_s, u"=1+1"_s, u"2026-02-27T09:15:00Z"_s, 50, Completion::Failed),
    attempt(u"@bob"_s, u"Quiz, \"final\""_s, u"2026-02-28T10:00:00Z"_s, 100, Completion::Completed),
    attempt(u"-chloe"_s, u"two\r\nlines"_s, {}, 0, Completion::Uncompleted),
};

} // namespace

class tst_DashboardCsv : public QObject
{
    Q_OBJECT

private slots:
    void learnersMatchTheGoldenFile()
    {
        const QByteArray expected = golden(u"learners.csv"_s);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(DashboardCsv::learners(hostileLearners).toUtf8(), expected);
    }

    void quizResultsMatchTheGoldenFile()
    {
        const QByteArray expected = golden(u"quiz-results.csv"_s);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(DashboardCsv::quizResults(hostileAttempts).toUtf8(), expected);
    }

    void anEmptyListIsTheHeaderAlone()
    {
        QCOMPARE(DashboardCsv::learners({}), u"username,real_name,status,completion,joined,last_active\r\n"_s);
        QCOMPARE(DashboardCsv::quizResults({}), u"learner,quiz,date,grade,result\r\n"_s);
    }

    void saveWritesTheBytesAndReplacesAnOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content that is longer than the new one\n");
        }
        QVERIFY(DashboardCsv::save(path, DashboardCsv::quizResults(hostileAttempts)).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), golden(u"quiz-results.csv"_s));
    }

    void saveToAnUnwritablePlaceIsAClearError()
    {
        QTemporaryDir dir;
        const Status saved = DashboardCsv::save(dir.filePath(u"missing-folder/out.csv"_s), u"x"_s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, u"csv"_s);
        QVERIFY(saved.error().message.contains(u"missing-folder"_s));
    }
};

QTEST_GUILESS_MAIN(tst_DashboardCsv)
#include "tst_DashboardCsv.moc"

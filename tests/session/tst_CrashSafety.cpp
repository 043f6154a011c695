// Crash safety (design.md, principle 3): killing the app at any instant loses no acknowledged learner
// action and leaves a sound cache.
//
// A child process (crashchild.cpp) toggles lessons and submits quiz attempts through CourseSession on a
// server account, printing "DO …" before and "ACK …" after each action. This test kills it with SIGKILL
// at random moments, again and again on the same database, and after every kill checks:
//   - PRAGMA integrity_check is ok;
//   - every acknowledged completion change is the lesson's local state (the one action in progress when
//     the kill came may or may not have landed: it is all or nothing);
//   - the outbox holds one completion entry for a lesson iff its local state differs from the confirmed one,
//     of the matching kind;
//   - every acknowledged attempt is stored with its outbox entry and idempotency key, and no attempt
//     exists without its entry.
#include "CourseBuilder.h"
#include "domain/Clock.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 seed = 20260301; // fixed, so that a failure can be replayed
constexpr int trials = 40;
constexpr qint64 courseId = 7;

// Self-paced, no enforced order: every lesson is always open. Lessons 701-710 (701-704 confirmed completed
// by the server, so un-completing them queues "incomplete"), quizzes 720 and 721 without correct answers.
Course crashCourse()
{
    CourseBuilder builder(CourseType::SelfPaced, courseId);
    builder.section(70);
    for (qint64 id = 701; id <= 710; ++id)
        builder.lesson(id, id <= 704 ? Completion::Completed : Completion::Uncompleted);
    builder.section(71).quiz(720).quiz(721);
    Course course = builder.build();
    for (qint64 quizId : {720, 721}) {
        Lesson quiz = makeQuiz({{QuestionType::SingleChoice, {true, false, false}},
                                {QuestionType::MultiChoice, {true, true, false}}},
                               60, false);
        // Question ids are unique in the cache: give each quiz its own.
        for (Question &question : quiz.body->questions) {
            question.id += quizId * 10;
            for (Answer &answer : question.answers)
                answer.id += quizId * 1000;
        }
        Lesson *lesson = course.findLesson(quizId);
        lesson->hasBody = true;
        lesson->body->questions = quiz.body->questions;
    }
    return course;
}

struct Action
{
    qint64 n = 0;
    qint64 lessonId = 0;
    QString what; // completed, uncompleted or attempt
    QString key;  // attempts, once acknowledged
};

// What the child reported: the acknowledged actions in order, and the one it had begun, if any.
struct ChildReport
{
    QList<Action> acknowledged;
    std::optional<Action> unacknowledged;
    QString problem;
};

ChildReport parse(const QByteArray &output)
{
    ChildReport report;
    const QList<QByteArray> lines = output.split('\n');
    // The last element follows the last newline: empty, or a line cut short by the kill.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> words = lines.at(i).split(' ');
        if (words.size() < 4) {
            report.problem = u"unexpected line: "_s + QString::fromUtf8(lines.at(i));
            return report;
        }
        Action action{words.at(1).toLongLong(), words.at(2).toLongLong(), QString::fromUtf8(words.at(3)), {}};
        if (words.at(0) == "DO") {
            report.unacknowledged = action;
        } else if (words.at(0) == "ACK" && report.unacknowledged && report.unacknowledged->n == action.n) {
            action.key = words.size() > 4 ? QString::fromUtf8(words.at(4)) : QString();
            report.acknowledged.append(action);
            report.unacknowledged.reset();
        } else {
            report.problem = u"unexpected line: "_s + QString::fromUtf8(lines.at(i));
            return report;
        }
    }
    return report;
}

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QHash<qint64, Completion> m_confirmed; // as imported; nothing here talks to a server
    QHash<qint64, Completion> m_expected;  // the local state every acknowledged action adds up to
    QSet<QString> m_attemptKeys;           // every attempt known to be stored

    // Checks the cache against what the child acknowledged, then adopts the outcome of the one action
    // that was cut short (it must be all or nothing).
    void verifyAfterKill(const ChildReport &report, int &landedUnacknowledged)
    {
        Result<std::unique_ptr<CacheDatabase>> db = CacheDatabase::open(m_path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY((*db)->integrityOk());
        CourseStore store(**db);
        Outbox outbox(**db);
        AttemptStore attempts(**db);

        for (const Action &action : report.acknowledged) {
            if (action.what == u"attempt"_s) {
                QVERIFY2(!QUuid::fromString(action.key).isNull(), qPrintable(action.key));
                m_attemptKeys.insert(action.key);
            } else {
                m_expected[action.lessonId] = action.what == u"completed"_s ? Completion::Completed : Completion::Uncompleted;
            }
        }

        // Lesson states: what was acknowledged; the cut-short toggle either fully landed or not at all.
        for (auto it = m_expected.begin(); it != m_expected.end(); ++it) {
            const Result<LessonState> state = store.lessonState(it.key());
            QVERIFY(state);
            QCOMPARE(state->confirmed, m_confirmed.value(it.key()));
            const Action *cut = report.unacknowledged ? &*report.unacknowledged : nullptr;
            if (cut && cut->lessonId == it.key() && cut->what != u"attempt"_s && state->local != it.value()) {
                QCOMPARE(state->local, cut->what == u"completed"_s ? Completion::Completed : Completion::Uncompleted);
                it.value() = state->local;
                ++landedUnacknowledged;
            }
            QVERIFY2(state->local == it.value(), qPrintable(u"lesson %1"_s.arg(it.key())));
        }

        // The outbox: one completion entry per lesson whose local state differs from the confirmed one.
        const Result<QList<OutboxEntry>> entries = outbox.unfinished();
        QVERIFY(entries);
        QHash<qint64, int> completionEntries;
        QSet<QString> queuedKeys;
        for (const OutboxEntry &entry : *entries) {
            QCOMPARE(entry.state, OutboxState::Pending);
            QCOMPARE(entry.courseId, courseId);
            if (entry.kind == OutboxKind::Attempt) {
                QVERIFY2(!queuedKeys.contains(entry.idempotencyKey), qPrintable(entry.idempotencyKey));
                queuedKeys.insert(entry.idempotencyKey);
                const Result<std::optional<AttemptRecord>> stored = attempts.byKey(entry.idempotencyKey);
                QVERIFY(stored && stored->has_value());
                QCOMPARE((*stored)->lessonId, entry.lessonId);
                QCOMPARE((*stored)->state, AttemptState::AwaitingGrading);
                continue;
            }
            ++completionEntries[entry.lessonId];
            const Completion local = m_expected.value(entry.lessonId);
            QCOMPARE(entry.kind, local == Completion::Completed ? OutboxKind::Complete : OutboxKind::Incomplete);
        }
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            const int wanted = it.value() != m_confirmed.value(it.key()) ? 1 : 0;
            QVERIFY2(completionEntries.value(it.key()) == wanted,
                     qPrintable(u"lesson %1: %2 completion entries"_s.arg(it.key()).arg(completionEntries.value(it.key()))));
        }

        // Attempts: every acknowledged one is queued; at most the cut-short one more; none without its entry.
        for (const QString &key : std::as_const(m_attemptKeys))
            QVERIFY2(queuedKeys.contains(key), qPrintable(u"attempt %1 lost"_s.arg(key)));
        const QSet<QString> extra = queuedKeys - m_attemptKeys;
        QVERIFY(extra.size() <= 1);
        if (!extra.isEmpty()) {
            QVERIFY(report.unacknowledged && report.unacknowledged->what == u"attempt"_s);
            m_attemptKeys += extra;
            ++landedUnacknowledged;
        }
        QSqlQuery count((*db)->connection());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM attempts"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), m_attemptKeys.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QString::fromUtf8(COURSEDESK_CRASHCHILD_PATH)));
        m_path = m_dir.filePath(u"crash.sqlite"_s);
        Result<std::unique_ptr<CacheDatabase>> db = CacheDatabase::open(m_path);
        QVERIFY(db);
        const Course course = crashCourse();
        QVERIFY(CourseStore(**db).importCourse(course, QDateTime::currentDateTimeUtc()));
        for (const Section &section : course.sections) {
            for (const Lesson &lesson : section.lessons) {
                if (!lesson.isQuiz()) {
                    m_confirmed.insert(lesson.id, lesson.completion);
                    m_expected.insert(lesson.id, lesson.completion);
                }
            }
        }
    }

    void acknowledgedActionsSurviveSigkill()
    {
        qInfo("seed %u, %d trials", seed, trials);
        QRandomGenerator rng(seed);
        QElapsedTimer total;
        total.start();
        int acknowledged = 0;
        int killedMidAction = 0;
        int landedUnacknowledged = 0;

        for (int trial = 0; trial < trials; ++trial) {
            const quint32 childSeed = rng.generate();
            const int killAfterMs = int(rng.bounded(5, 300));
            QProcess child;
            child.start(QString::fromUtf8(COURSEDESK_CRASHCHILD_PATH),
                        {m_path, QString::number(courseId), QString::number(childSeed)});
            QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
            QByteArray output;
            // The kill clock starts once the child is at work (its first action), not when the process
            // starts: on a loaded machine the start-up alone can outlast the longest kill delay.
            QElapsedTimer startup;
            startup.start();
            while (!output.contains("DO ") && child.state() == QProcess::Running && startup.elapsed() < 20000) {
                child.waitForReadyRead(100);
                output += child.readAllStandardOutput();
            }
            QElapsedTimer alive;
            alive.start();
            while (alive.elapsed() < killAfterMs && child.state() == QProcess::Running) {
                child.waitForReadyRead(int(qMax<qint64>(1, killAfterMs - alive.elapsed())));
                output += child.readAllStandardOutput();
            }
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(u"the child stopped by itself: "_s + QString::fromUtf8(child.readAllStandardError())));
            child.kill(); // SIGKILL: no handler, no flush, no destructor runs
            QVERIFY(child.waitForFinished(10'000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            output += child.readAllStandardOutput();

            const ChildReport report = parse(output);
            QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
            acknowledged += int(report.acknowledged.size());
            killedMidAction += report.unacknowledged ? 1 : 0;
            verifyAfterKill(report, landedUnacknowledged);
            if (QTest::currentTestFailed()) {
                qWarning("failed after trial %d (child seed %u, killed after %d ms)", trial, childSeed, killAfterMs);
                return;
            }
        }
        qInfo("%d trials in %lld ms: %d actions acknowledged, %d kills mid-action, %d of those had landed, "
              "%d attempts stored",
              trials, total.elapsed(), acknowledged, killedMidAction, landedUnacknowledged, int(m_attemptKeys.size()));
        // The kills must have met a child at work, or nothing was tested.
        QVERIFY(acknowledged >= trials);
        QVERIFY(killedMidAction > 0);
        QVERIFY(!m_attemptKeys.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_CrashSafety.moc"

// AttemptStore: quiz attempts made here round-trip through the cache, from submission through
// grading or rejection.
#include "FakeClock.h"
#include "FreshCache.h"

#include "storage/AttemptStore.h"
#include "storage/CacheDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 course = 3;
constexpr qint64 lesson = 30;

AttemptRecord submission(const QString &key, const QDateTime &at, qint64 lessonId = lesson)
{
    AttemptRecord record;
    record.courseId = course;
    record.lessonId = lessonId;
    record.idempotencyKey = key;
    record.responses = {QuestionResponse{1, {11}}, QuestionResponse{2, {21, 23}}, QuestionResponse{3, {}}};
    record.submittedAt = at;
    return record;
}

QuizAttempt gradedResult(const QDateTime &at, int grade, Completion result, QList<QuestionOutcome> outcomes)
{
    QuizAttempt attempt;
    attempt.id = 7001;
    attempt.lessonId = lesson;
    attempt.createdAt = at;
    attempt.grade = grade;
    attempt.result = result;
    attempt.numAttempts = 2;
    attempt.passingGrade = 60;
    attempt.correctResponses = int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                                 [](const QuestionOutcome &o) { return o.correct.value_or(false); }));
    attempt.questions = std::move(outcomes);
    return attempt;
}

} // namespace

class tst_AttemptStore : public QObject
{
    Q_OBJECT

private:
    AttemptStore &store() { return *m_store; }

    std::optional<AttemptRecord> byKey(const QString &key)
    {
        Result<std::optional<AttemptRecord>> found = store().byKey(key);
        if (!found)
            qWarning() << found.error().message;
        return found ? *found : std::nullopt;
    }

    static void compareRecords(const AttemptRecord &actual, const AttemptRecord &expected)
    {
        QCOMPARE(actual.localId, expected.localId);
        QCOMPARE(actual.courseId, expected.courseId);
        QCOMPARE(actual.lessonId, expected.lessonId);
        QCOMPARE(actual.idempotencyKey, expected.idempotencyKey);
        QVERIFY(actual.responses == expected.responses);
        QCOMPARE(actual.submittedAt, expected.submittedAt);
        QCOMPARE(actual.state, expected.state);
        QVERIFY(actual.result == expected.result);
        QCOMPARE(actual.reason, expected.reason);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<AttemptStore> m_store;
    test::FakeClock m_clock;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<CacheDatabase>> opened = test::openFreshCache(m_dir);
        QVERIFY(opened);
        m_db = std::move(opened).value();
        m_store = std::make_unique<AttemptStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void addedAttemptAwaitingGradingRoundTrips()
    {
        const AttemptRecord submitted = submission(u"key-1"_s, m_clock.now());
        Result<AttemptRecord> added = store().add(submitted);
        QVERIFY(added);
        QVERIFY(added->localId > 0);

        AttemptRecord expected = submitted;
        expected.localId = added->localId;
        compareRecords(*added, expected);

        const std::optional<AttemptRecord> found = byKey(u"key-1"_s);
        QVERIFY(found);
        compareRecords(*found, expected);
        QCOMPARE(found->state, AttemptState::AwaitingGrading);
        QVERIFY(!found->result);
        QCOMPARE(found->responses.at(1).selectedOptions, (QList<qint64>{21, 23}));
        QVERIFY(found->responses.at(2).selectedOptions.isEmpty());
    }

    void gradedResultRoundTrips_data()
    {
        QTest::addColumn<QuizAttempt>("result");
        const QDateTime at(QDate(2026, 3, 1), QTime(12, 5, 30, 125), Qt::UTC);
        QTest::addRow("passed") << gradedResult(at, 100, Completion::Completed, {{1, {11}, true}, {2, {21, 23}, true}});
        QTest::addRow("failed, with a wrong answer")
            << gradedResult(at, 50, Completion::Failed, {{1, {12}, false}, {2, {21, 23}, true}});
        QTest::addRow("outcomes the server did not judge stay null")
            << gradedResult(at, 0, Completion::Failed, {{1, {11}, std::nullopt}, {2, {}, std::nullopt}});
        QTest::addRow("no per-question outcomes") << gradedResult(at, 80, Completion::Completed, {});
        QTest::addRow("no creation time") << gradedResult(QDateTime(), 70, Completion::Completed, {{1, {11}, true}});
    }
    void gradedResultRoundTrips()
    {
        QFETCH(QuizAttempt, result);
        Result<AttemptRecord> added = store().add(submission(u"key-g"_s, m_clock.now()));
        QVERIFY(added);

        QVERIFY(store().setGraded(u"key-g"_s, result));
        const std::optional<AttemptRecord> found = byKey(u"key-g"_s);
        QVERIFY(found);
        QCOMPARE(found->state, AttemptState::Graded);
        QVERIFY(found->result);
        QCOMPARE(found->result->grade, result.grade);
        QCOMPARE(found->result->result, result.result);
        QCOMPARE(found->result->createdAt, result.createdAt);
        QVERIFY(found->result->questions == result.questions);
        QVERIFY(*found->result == result);             // and every other field
        QVERIFY(found->responses == added->responses); // the learner's answers are untouched
    }

    void attemptGradedHereIsStoredWithItsResult()
    {
        AttemptRecord record = submission(u"key-local"_s, m_clock.now());
        record.state = AttemptState::Graded;
        record.result = gradedResult(m_clock.now(), 67, Completion::Completed, {{1, {11}, true}, {2, {22}, false}});
        Result<AttemptRecord> added = store().add(record);
        QVERIFY(added);
        record.localId = added->localId;
        const std::optional<AttemptRecord> found = byKey(u"key-local"_s);
        QVERIFY(found);
        compareRecords(*found, record);
    }

    void rejectedAttemptKeepsItsReason()
    {
        QVERIFY(store().add(submission(u"key-r"_s, m_clock.now())));
        QVERIFY(store().setRejected(u"key-r"_s, u"The quiz was closed."_s));
        const std::optional<AttemptRecord> found = byKey(u"key-r"_s);
        QVERIFY(found);
        QCOMPARE(found->state, AttemptState::Rejected);
        QCOMPARE(found->reason, u"The quiz was closed."_s);
        QVERIFY(!found->result);
    }

    void latestIsTheNewestAttemptOfTheLesson()
    {
        QVERIFY(store().add(submission(u"a"_s, m_clock.now())));
        m_clock.advanceSecs(60);
        Result<AttemptRecord> second = store().add(submission(u"b"_s, m_clock.now()));
        QVERIFY(second);
        m_clock.advanceSecs(60);
        QVERIFY(store().add(submission(u"other-lesson"_s, m_clock.now(), lesson + 1)));

        Result<std::optional<AttemptRecord>> latest = store().latest(lesson);
        QVERIFY(latest);
        QVERIFY(latest->has_value());
        QCOMPARE((*latest)->idempotencyKey, u"b"_s);
        QCOMPARE((*latest)->localId, second->localId);
        QCOMPARE((*latest)->submittedAt, second->submittedAt);

        Result<std::optional<AttemptRecord>> none = store().latest(lesson + 2);
        QVERIFY(none);
        QVERIFY(!none->has_value());
    }

    // The history a quiz shows: the lesson's attempts, newest first, each with its state, at most as many as asked.
    void theLessonsAttemptsNewestFirst()
    {
        for (const QString &key : {u"first"_s, u"second"_s, u"third"_s}) {
            QVERIFY(store().add(submission(key, m_clock.now())));
            m_clock.advanceSecs(60);
        }
        QVERIFY(store().add(submission(u"elsewhere"_s, m_clock.now(), lesson + 1)));
        QVERIFY(store().setGraded(u"first"_s, gradedResult(m_clock.now(), 33, Completion::Failed, {})));
        QVERIFY(store().setRejected(u"second"_s, u"The quiz was closed."_s));

        Result<QList<AttemptRecord>> all = store().forLesson(lesson, 10);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).idempotencyKey, u"third"_s);
        QCOMPARE(all->at(0).state, AttemptState::AwaitingGrading);
        QCOMPARE(all->at(1).state, AttemptState::Rejected);
        QCOMPARE(all->at(1).reason, u"The quiz was closed."_s);
        QCOMPARE(all->at(2).state, AttemptState::Graded);
        QCOMPARE(all->at(2).result->grade, 33);

        Result<QList<AttemptRecord>> two = store().forLesson(lesson, 2);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(1).idempotencyKey, u"second"_s);
        QVERIFY(store().forLesson(lesson + 2, 10)->isEmpty());
    }

    void unknownKeyFindsNothing()
    {
        Result<std::optional<AttemptRecord>> found = store().byKey(u"no-such-key"_s);
        QVERIFY(found);
        QVERIFY(!found->has_value());
    }

    void sameIdempotencyKeyTwiceIsRefused()
    {
        QVERIFY(store().add(submission(u"dup"_s, m_clock.now())));
        Result<AttemptRecord> again = store().add(submission(u"dup"_s, m_clock.now()));
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"database"_s);
        Result<std::optional<AttemptRecord>> latest = store().latest(lesson);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->idempotencyKey, u"dup"_s);
    }

    void wireNames()
    {
        QCOMPARE(toWire(AttemptState::AwaitingGrading), u"awaiting_grading"_s);
        QCOMPARE(toWire(AttemptState::Graded), u"graded"_s);
        QCOMPARE(toWire(AttemptState::Rejected), u"rejected"_s);
    }
};

QTEST_GUILESS_MAIN(tst_AttemptStore)
#include "tst_AttemptStore.moc"

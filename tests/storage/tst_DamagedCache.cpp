// A value in the cache that this version does not know (a damaged row, or a cache written by a newer
// CourseDesk) is an error that names the table, the column and the row, for every reader: never a silent
// default. An unknown outbox kind read as "complete" would have been sent to the server as a completion.
#include "CourseBuilder.h"
#include "FakeClock.h"
#include "FreshCache.h"

#include "storage/AttemptStore.h"
#include "storage/CacheDatabase.h"
#include "storage/CourseStore.h"
#include "storage/LearnerState.h"
#include "storage/Outbox.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace coursedesk;
using namespace Qt::StringLiterals;
using test::CourseBuilder;

using Reader = std::function<std::optional<Error>(CacheDatabase &)>;
Q_DECLARE_METATYPE(Reader)

namespace {

template <typename T> std::optional<Error> failure(const Result<T> &result)
{
    return result ? std::nullopt : std::optional<Error>(result.error());
}

} // namespace

class tst_DamagedCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::FakeClock m_clock;
    std::unique_ptr<CacheDatabase> m_db;
    QString m_key;

private slots:
    // A cache with one of everything: course 1 (section 1, lesson 10, quiz 11 with question 111), an outbox
    // entry (#1, a completion of lesson 10) and a graded attempt of quiz 11 (#2 in the outbox).
    void init()
    {
        Result<std::unique_ptr<CacheDatabase>> db = test::openFreshCache(m_dir);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        Course course = CourseBuilder().joined(m_clock.now()).section(1).lesson(10).quiz(11).build();
        Lesson &quiz = course.sections[0].lessons[1];
        quiz.hasBody = true;
        quiz.body->questions = {Question{111, QuestionType::SingleChoice, u"Q"_s, {}, {Answer{1111, u"A"_s, true}}}};
        QVERIFY(CourseStore(*m_db).importCourse(course, m_clock.now()).ok());
        LearnerState state(*m_db, m_clock, LearnerState::Kind::Server);
        QVERIFY(state.recordCompletion(1, 10, Completion::Completed).ok());
        AttemptRecord attempt;
        attempt.courseId = 1;
        attempt.lessonId = 11;
        attempt.idempotencyKey = m_key = u"key-1"_s;
        attempt.responses = {{111, {1111}}};
        attempt.submittedAt = m_clock.now();
        Result<AttemptRecord> stored = state.recordAttempt(attempt, Completion::Completed);
        QVERIFY(stored.ok());
        QuizAttempt graded;
        graded.id = 900;
        graded.lessonId = 11;
        graded.grade = 100;
        graded.result = Completion::Completed;
        QVERIFY(AttemptStore(*m_db).setGraded(m_key, graded).ok());
    }

    void unknownStoredValuesAreErrors_data()
    {
        QTest::addColumn<QString>("damage");   // an UPDATE of one row
        QTest::addColumn<Reader>("reader");    // a read that meets the row
        QTest::addColumn<QString>("expected"); // what the message names
        const Reader sendable = [](CacheDatabase &db) { return failure(Outbox(db).sendable()); };
        const Reader unfinished = [](CacheDatabase &db) { return failure(Outbox(db).unfinished()); };
        const Reader entry = [](CacheDatabase &db) { return failure(Outbox(db).entry(1)); };
        const Reader outline = [](CacheDatabase &db) { return failure(CourseStore(db).loadCourse(1)); };
        const Reader quiz = [](CacheDatabase &db) { return failure(CourseStore(db).loadLesson(1, 11)); };
        const Reader lessonState = [](CacheDatabase &db) { return failure(CourseStore(db).lessonState(10)); };
        const Reader attempt = [](CacheDatabase &db) { return failure(AttemptStore(db).byKey(u"key-1"_s)); };
        const Reader history = [](CacheDatabase &db) { return failure(AttemptStore(db).forLesson(11)); };

        QTest::addRow("outbox kind, while sending") << u"UPDATE outbox SET kind = 'teleport' WHERE id = 1"_s << sendable
                                                    << u"outbox row 1 has the unknown kind 'teleport'"_s;
        QTest::addRow("outbox kind, in the pending list")
            << u"UPDATE outbox SET kind = 'teleport' WHERE id = 1"_s << unfinished << u"outbox row 1"_s;
        QTest::addRow("another entry's state does not touch this one")
            << u"UPDATE outbox SET state = 'lost' WHERE id = 2"_s << entry << QString();
        QTest::addRow("outbox state, one entry") << u"UPDATE outbox SET state = 'lost' WHERE id = 1"_s << unfinished
                                                 << u"outbox row 1 has the unknown state 'lost'"_s;
        QTest::addRow("course type") << u"UPDATE courses SET type = 'weekly'"_s << outline
                                     << u"courses row 1 has the unknown type 'weekly'"_s;
        QTest::addRow("course join status") << u"UPDATE courses SET join_status = 'owner'"_s << outline
                                            << u"courses row 1 has the unknown join_status 'owner'"_s;
        QTest::addRow("lesson type") << u"UPDATE lessons SET type = 'hologram' WHERE id = 10"_s << outline
                                     << u"lessons row 10 has the unknown type 'hologram'"_s;
        QTest::addRow("lesson status, in the lesson") << u"UPDATE lessons SET status = 'hidden' WHERE id = 11"_s << quiz
                                                      << u"lessons row 11 has the unknown status 'hidden'"_s;
        QTest::addRow("lesson state, in the outline")
            << u"UPDATE lesson_state SET local_completion = 'half' WHERE lesson_id = 10"_s << outline
            << u"lesson_state row 10 has the unknown local_completion 'half'"_s;
        QTest::addRow("confirmed lesson state")
            << u"UPDATE lesson_state SET confirmed_completion = 'half' WHERE lesson_id = 10"_s << lessonState
            << u"lesson_state row 10 has the unknown confirmed_completion 'half'"_s;
        QTest::addRow("question type") << u"UPDATE questions SET type = 'essay'"_s << quiz
                                       << u"questions row 111 has the unknown type 'essay'"_s;
        QTest::addRow("attempt state") << u"UPDATE attempts SET state = 'pondering'"_s << attempt
                                       << u"attempts row 1 has the unknown state 'pondering'"_s;
        QTest::addRow("attempt result, in the history") << u"UPDATE attempts SET result = 'maybe'"_s << history
                                                        << u"attempts row 1 has the unknown result 'maybe'"_s;
    }
    void unknownStoredValuesAreErrors()
    {
        QFETCH(QString, damage);
        QFETCH(Reader, reader);
        QFETCH(QString, expected);
        QSqlQuery query(m_db->connection());
        QVERIFY2(query.exec(damage), qPrintable(damage));
        QCOMPARE(query.numRowsAffected(), 1);
        const std::optional<Error> error = reader(*m_db);
        if (expected.isEmpty()) { // the damaged row is not the one read: the read is unaffected
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
            return;
        }
        QVERIFY2(error, "a damaged row was read as if it were fine");
        QCOMPARE(error->code, u"damaged_cache"_s);
        QVERIFY2(error->message.contains(expected), qPrintable(error->message));
    }

    // The values this version writes are the ones it reads: every name of every table round-trips.
    void writtenValuesReadBack()
    {
        QVERIFY(Outbox(*m_db).sendable().ok());
        QVERIFY(CourseStore(*m_db).loadCourse(1).ok());
        QVERIFY(CourseStore(*m_db).loadLesson(1, 11).ok());
        QVERIFY(AttemptStore(*m_db).forLesson(11).ok());
        for (const OutboxKind kind : {OutboxKind::Complete, OutboxKind::Incomplete, OutboxKind::Attempt}) {
            QSqlQuery query(m_db->connection());
            QVERIFY(query.exec(u"UPDATE outbox SET kind = '%1' WHERE id = 1"_s.arg(toWire(kind))));
            const Result<OutboxEntry> entry = Outbox(*m_db).entry(1);
            QVERIFY(entry.ok());
            QCOMPARE(entry->kind, kind);
        }
    }
};

QTEST_GUILESS_MAIN(tst_DamagedCache)
#include "tst_DamagedCache.moc"

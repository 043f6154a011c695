#include "storage/AttemptStore.h"

#include "storage/CacheDatabase.h"
#include "storage/SqlValues.h"
#include "storage/StoredValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

// The cache's own record of a learner's answers (not the server's request body, although it looks alike):
// [{"question_id":N,"selected_options":[…]}], written and read here only.
QString responsesToJson(const QList<QuestionResponse> &responses)
{
    QJsonArray list;
    for (const QuestionResponse &response : responses) {
        QJsonArray options;
        for (qint64 option : response.selectedOptions)
            options.append(option);
        list.append(QJsonObject{{u"question_id"_s, response.questionId}, {u"selected_options"_s, options}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<QuestionResponse> responsesFromJson(const QString &text)
{
    QList<QuestionResponse> responses;
    const QJsonArray list = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : list) {
        QuestionResponse response;
        response.questionId = value[u"question_id"_s].toInteger();
        for (const QJsonValue &option : value[u"selected_options"_s].toArray())
            response.selectedOptions.append(option.toInteger());
        responses.append(response);
    }
    return responses;
}

// Per-question outcomes as compact JSON: [{"id":N,"selected":[…],"correct":true|false|null}].
QString outcomesToJson(const QList<QuestionOutcome> &outcomes)
{
    QJsonArray list;
    for (const QuestionOutcome &outcome : outcomes) {
        QJsonArray selected;
        for (qint64 option : outcome.selectedOptions)
            selected.append(option);
        list.append(QJsonObject{{u"id"_s, outcome.questionId},
                                {u"selected"_s, selected},
                                {u"correct"_s, outcome.correct ? QJsonValue(*outcome.correct) : QJsonValue()}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<QuestionOutcome> outcomesFromJson(const QString &text)
{
    QList<QuestionOutcome> outcomes;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        QuestionOutcome outcome;
        outcome.questionId = value[u"id"_s].toInteger();
        for (const QJsonValue &option : value[u"selected"_s].toArray())
            outcome.selectedOptions.append(option.toInteger());
        if (value[u"correct"_s].isBool())
            outcome.correct = value[u"correct"_s].toBool();
        outcomes.append(outcome);
    }
    return outcomes;
}

void bindResult(QSqlQuery &q, const std::optional<QuizAttempt> &result)
{
    q.addBindValue(result ? QVariant(result->id) : QVariant());
    q.addBindValue(result ? QVariant(result->grade) : QVariant());
    q.addBindValue(result ? QVariant(toWire(result->result)) : QVariant());
    q.addBindValue(result ? QVariant(result->passingGrade) : QVariant());
    q.addBindValue(result ? QVariant(result->numAttempts) : QVariant());
    q.addBindValue(result ? QVariant(result->correctResponses) : QVariant());
    q.addBindValue(result ? QVariant(outcomesToJson(result->questions)) : QVariant());
    q.addBindValue(result && result->createdAt.isValid() ? sql::time(result->createdAt) : QVariant());
}

constexpr auto attemptStates = wireNames<AttemptState>({
    {AttemptState::AwaitingGrading, u"awaiting_grading"},
    {AttemptState::Graded, u"graded"},
    {AttemptState::Rejected, u"rejected"},
});

} // namespace

QString toWire(AttemptState state)
{
    return attemptStates.name(state);
}

AttemptStore::AttemptStore(CacheDatabase &db)
    : m_db(db)
{}

Result<AttemptRecord> AttemptStore::add(AttemptRecord record)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO attempts(course_id, lesson_id, idempotency_key, responses_json, "
                               "submitted_at, state, server_id, grade, result, passing_grade, num_attempts, "
                               "correct_responses, outcome_json, graded_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(record.courseId);
    q.addBindValue(record.lessonId);
    q.addBindValue(record.idempotencyKey);
    q.addBindValue(responsesToJson(record.responses));
    q.addBindValue(sql::time(record.submittedAt));
    q.addBindValue(toWire(record.state));
    bindResult(q, record.result);
    if (Status ran = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the quiz attempt")); !ran)
        return ran.error();
    record.localId = q.lastInsertId().toLongLong();
    return record;
}

Result<std::optional<AttemptRecord>> AttemptStore::latest(qint64 lessonId) const
{
    return one(u"lesson_id = ? ORDER BY local_id DESC LIMIT 1"_s, lessonId);
}

Result<QList<AttemptRecord>> AttemptStore::forLesson(qint64 lessonId, int limit) const
{
    const QString cap = limit >= 0 ? u" LIMIT "_s + QString::number(limit) : QString();
    return many(u"lesson_id = ? ORDER BY local_id DESC"_s + cap, lessonId);
}

Result<std::optional<AttemptRecord>> AttemptStore::byKey(const QString &idempotencyKey) const
{
    return one(u"idempotency_key = ?"_s, idempotencyKey);
}

Result<QList<AttemptRecord>> AttemptStore::many(const QString &where, const QVariant &value) const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT local_id, course_id, lesson_id, idempotency_key, responses_json, submitted_at, "
        "state, reason, server_id, grade, result, passing_grade, num_attempts, correct_responses, outcome_json, "
        "graded_at, first_sent_at, attempts_before FROM attempts WHERE "_s +
        where);
    q.addBindValue(value);
    if (Status ran = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the quiz attempts")); !ran)
        return ran.error();
    QList<AttemptRecord> records;
    while (q.next()) {
        AttemptRecord record;
        record.localId = q.value(0).toLongLong();
        record.courseId = q.value(1).toLongLong();
        record.lessonId = q.value(2).toLongLong();
        record.idempotencyKey = q.value(3).toString();
        record.responses = responsesFromJson(q.value(4).toString());
        record.submittedAt = sql::fromTime(q.value(5));
        Result<AttemptState> state = storedValue(attemptStates, q.value(6), "attempts", "state", record.localId);
        if (!state)
            return state.error();
        record.state = *state;
        record.reason = q.value(7).toString();
        if (!q.value(9).isNull()) {
            QuizAttempt result;
            result.id = q.value(8).toLongLong();
            result.lessonId = record.lessonId;
            result.grade = q.value(9).toInt();
            Result<Completion> outcome = storedValue(completionFromWire(q.value(10).toString()), q.value(10),
                                                     "attempts", "result", record.localId);
            if (!outcome)
                return outcome.error();
            result.result = *outcome;
            result.passingGrade = q.value(11).toInt();
            result.numAttempts = q.value(12).toInt();
            result.correctResponses = q.value(13).toInt();
            result.questions = outcomesFromJson(q.value(14).toString());
            result.createdAt = sql::fromTime(q.value(15));
            record.result = result;
        }
        record.firstSentAt = sql::fromTime(q.value(16));
        record.attemptsBefore = q.value(17).isNull() ? -1 : q.value(17).toInt();
        records.append(record);
    }
    return records;
}

Result<std::optional<AttemptRecord>> AttemptStore::one(const QString &where, const QVariant &value) const
{
    Result<QList<AttemptRecord>> records = many(where, value);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return std::optional<AttemptRecord>();
    return std::optional<AttemptRecord>(records->constFirst());
}

Status AttemptStore::setGraded(const QString &idempotencyKey, const QuizAttempt &result)
{
    QSqlQuery q = m_db.prepare(u"UPDATE attempts SET state = 'graded', server_id = ?, grade = ?, result = ?, "
                               "passing_grade = ?, num_attempts = ?, correct_responses = ?, outcome_json = ?, "
                               "graded_at = ? WHERE idempotency_key = ?"_s);
    bindResult(q, result);
    q.addBindValue(idempotencyKey);
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the quiz grade"));
}

Status AttemptStore::setRejected(const QString &idempotencyKey, const QString &reason)
{
    QSqlQuery q = m_db.prepare(u"UPDATE attempts SET state = 'rejected', reason = ? WHERE idempotency_key = ?"_s);
    q.addBindValue(reason);
    q.addBindValue(idempotencyKey);
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the quiz attempt"));
}

Status AttemptStore::markFirstSent(const QString &idempotencyKey, const QDateTime &serverTime, int attemptsBefore)
{
    QSqlQuery q = m_db.prepare(u"UPDATE attempts SET first_sent_at = ?, attempts_before = ? "
                               "WHERE idempotency_key = ? AND first_sent_at IS NULL"_s);
    q.addBindValue(sql::time(serverTime));
    q.addBindValue(attemptsBefore >= 0 ? QVariant(attemptsBefore) : QVariant());
    q.addBindValue(idempotencyKey);
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the quiz attempt"));
}

Result<int> AttemptStore::serverAttemptsKnown(qint64 lessonId) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT MAX(num_attempts) FROM attempts WHERE lesson_id = ? AND server_id IS NOT NULL"_s);
    q.addBindValue(lessonId);
    if (Status ran = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the quiz attempts")); !ran)
        return ran.error();
    if (!q.next() || q.value(0).isNull())
        return -1;
    return q.value(0).toInt();
}

Result<QSet<qint64>> AttemptStore::serverIdsOfOthers(qint64 lessonId, const QString &exceptKey) const
{
    QSqlQuery q = m_db.prepare(u"SELECT server_id FROM attempts WHERE lesson_id = ? AND server_id IS NOT NULL "
                               "AND idempotency_key <> ?"_s);
    q.addBindValue(lessonId);
    q.addBindValue(exceptKey);
    if (Status ran = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the quiz attempts")); !ran)
        return ran.error();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

} // namespace coursedesk

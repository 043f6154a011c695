// Store: completion records, failed quizzes and quiz attempts.
#include "Store.h"

#include "StoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

namespace {

Error progressError(const QString &what, const QSqlQuery &q)
{
    return Error{u"refserver_store"_s, u"%1: %2"_s.arg(what, q.lastError().text())};
}

QByteArray resultsToJson(const QList<QuestionResult> &results)
{
    QJsonArray list;
    for (const QuestionResult &result : results) {
        QJsonArray selected;
        for (qint64 answer : result.selected)
            selected.append(answer);
        list.append(
            QJsonObject{{u"id"_s, result.questionId}, {u"selected"_s, selected}, {u"correct"_s, result.correct}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<QuestionResult> resultsFromJson(const QByteArray &json)
{
    QList<QuestionResult> results;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject item = value.toObject();
        QuestionResult result;
        result.questionId = item.value(u"id"_s).toInteger();
        for (const QJsonValue &answer : item.value(u"selected"_s).toArray())
            result.selected.append(answer.toInteger());
        result.correct = item.value(u"correct"_s).toBool();
        results.append(result);
    }
    return results;
}

constexpr auto attemptColumns = "SELECT id, user_id, course_id, section_id, lesson_id, idempotency_key, body_hash,"
                                " grade, result, passing_grade, correct_responses, num_attempts, created_at, outcomes"
                                " FROM attempts ";

AttemptRecord attemptFrom(const QSqlQuery &q)
{
    AttemptRecord record;
    record.attempt.id = q.value(0).toLongLong();
    record.userId = q.value(1).toLongLong();
    record.courseId = q.value(2).toLongLong();
    record.sectionId = q.value(3).toLongLong();
    record.attempt.lessonId = q.value(4).toLongLong();
    record.idempotencyKey = q.value(5).toString();
    record.bodyHash = q.value(6).toByteArray();
    record.attempt.grade = q.value(7).toInt();
    record.attempt.result = completionNamed(q.value(8).toString()).value_or(Completion::Uncompleted);
    record.attempt.passingGrade = q.value(9).toInt();
    record.attempt.correctResponses = q.value(10).toInt();
    record.attempt.numAttempts = q.value(11).toInt();
    record.attempt.createdAt = sql::fromMs(q.value(12));
    record.attempt.questions = resultsFromJson(q.value(13).toByteArray());
    return record;
}

} // namespace

LessonStates Store::lessonStates(qint64 userId, qint64 courseId) const
{
    LessonStates states;
    QSqlQuery failed =
        sql::prepare(db(), "SELECT lesson_id FROM failures WHERE user_id = ? AND course_id = ?", {userId, courseId});
    if (execLogged(failed, "read failures")) {
        while (failed.next())
            states.insert(failed.value(0).toLongLong(), Completion::Failed);
    }
    QSqlQuery done =
        sql::prepare(db(), "SELECT lesson_id FROM completions WHERE user_id = ? AND course_id = ?", {userId, courseId});
    if (execLogged(done, "read completions")) {
        while (done.next())
            states.insert(done.value(0).toLongLong(), Completion::Completed);
    }
    return states;
}

QHash<qint64, LessonStates> Store::courseStates(qint64 courseId) const
{
    QHash<qint64, LessonStates> states;
    QSqlQuery failed = sql::prepare(db(), "SELECT user_id, lesson_id FROM failures WHERE course_id = ?", {courseId});
    if (execLogged(failed, "read failures")) {
        while (failed.next())
            states[failed.value(0).toLongLong()].insert(failed.value(1).toLongLong(), Completion::Failed);
    }
    QSqlQuery done = sql::prepare(db(), "SELECT user_id, lesson_id FROM completions WHERE course_id = ?", {courseId});
    if (execLogged(done, "read completions")) {
        while (done.next())
            states[done.value(0).toLongLong()].insert(done.value(1).toLongLong(), Completion::Completed);
    }
    return states;
}

bool Store::isCompleted(qint64 userId, qint64 lessonId) const
{
    QSqlQuery q =
        sql::prepare(db(), "SELECT 1 FROM completions WHERE user_id = ? AND lesson_id = ?", {userId, lessonId});
    return execLogged(q, "find completion") && q.next();
}

Result<bool> Store::markCompleted(qint64 userId, qint64 courseId, qint64 lessonId, const QDateTime &at)
{
    QSqlQuery clear =
        sql::prepare(db(), "DELETE FROM failures WHERE user_id = ? AND lesson_id = ?", {userId, lessonId});
    if (!execLogged(clear, "clear failure"))
        return progressError(u"cannot complete lesson %1"_s.arg(lessonId), clear);
    QSqlQuery q = sql::prepare(db(),
                               "INSERT OR IGNORE INTO completions (user_id, lesson_id, course_id, completed_at)"
                               " VALUES (?, ?, ?, ?)",
                               {userId, lessonId, courseId, sql::ms(at)});
    if (!execLogged(q, "add completion"))
        return progressError(u"cannot complete lesson %1"_s.arg(lessonId), q);
    return q.numRowsAffected() == 1;
}

Result<bool> Store::markUncompleted(qint64 userId, qint64 lessonId)
{
    QSqlQuery q = sql::prepare(db(), "DELETE FROM completions WHERE user_id = ? AND lesson_id = ?", {userId, lessonId});
    if (!execLogged(q, "remove completion"))
        return progressError(u"cannot mark lesson %1 incomplete"_s.arg(lessonId), q);
    return q.numRowsAffected() > 0;
}

Status Store::markFailed(qint64 userId, qint64 courseId, qint64 lessonId, const QDateTime &at)
{
    QSqlQuery clear =
        sql::prepare(db(), "DELETE FROM completions WHERE user_id = ? AND lesson_id = ?", {userId, lessonId});
    if (!execLogged(clear, "clear completion"))
        return progressError(u"cannot fail lesson %1"_s.arg(lessonId), clear);
    QSqlQuery q = sql::prepare(db(),
                               "INSERT OR REPLACE INTO failures (user_id, lesson_id, course_id, failed_at)"
                               " VALUES (?, ?, ?, ?)",
                               {userId, lessonId, courseId, sql::ms(at)});
    if (!execLogged(q, "add failure"))
        return progressError(u"cannot fail lesson %1"_s.arg(lessonId), q);
    return success();
}

int Store::completionRecordCount() const
{
    QSqlQuery q = sql::prepare(db(), "SELECT COUNT(*) FROM completions", {});
    return execLogged(q, "count completions") && q.next() ? q.value(0).toInt() : -1;
}

Result<qint64> Store::addAttempt(const AttemptRecord &record)
{
    const Attempt &a = record.attempt;
    QSqlQuery q = sql::prepare(
        db(),
        "INSERT INTO attempts (user_id, course_id, section_id, lesson_id, idempotency_key, body_hash, grade, result,"
        " passing_grade, correct_responses, num_attempts, created_at, outcomes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {record.userId, record.courseId, record.sectionId, a.lessonId,
         record.idempotencyKey.isEmpty() ? QVariant() : QVariant(record.idempotencyKey), record.bodyHash, a.grade,
         wireName(a.result), a.passingGrade, a.correctResponses, a.numAttempts, sql::ms(a.createdAt),
         QString::fromUtf8(resultsToJson(a.questions))});
    if (!execLogged(q, "add attempt"))
        return progressError(u"cannot store the attempt"_s, q);
    return q.lastInsertId().toLongLong();
}

std::optional<AttemptRecord> Store::attemptWhere(const QString &condition, const QVariantList &values) const
{
    QSqlQuery q = sql::prepare(db(), QByteArray(attemptColumns) + condition.toUtf8(), values);
    if (!execLogged(q, "read attempt") || !q.next())
        return std::nullopt;
    return attemptFrom(q);
}

std::optional<AttemptRecord> Store::attempt(qint64 attemptId) const
{
    return attemptWhere(u"WHERE id = ?"_s, {attemptId});
}

std::optional<AttemptRecord> Store::attemptByKey(qint64 userId, const QString &key) const
{
    return attemptWhere(u"WHERE user_id = ? AND idempotency_key = ? ORDER BY id LIMIT 1"_s, {userId, key});
}

std::optional<AttemptRecord> Store::lastAttempt(qint64 userId, qint64 lessonId) const
{
    return attemptWhere(u"WHERE user_id = ? AND lesson_id = ? ORDER BY created_at DESC, id DESC LIMIT 1"_s,
                        {userId, lessonId});
}

int Store::attemptCount(qint64 userId, qint64 lessonId) const
{
    QSqlQuery q =
        sql::prepare(db(), "SELECT COUNT(*) FROM attempts WHERE user_id = ? AND lesson_id = ?", {userId, lessonId});
    return execLogged(q, "count attempts") && q.next() ? q.value(0).toInt() : 0;
}

QList<AttemptRecord> Store::attemptsOfCourse(qint64 courseId) const
{
    QList<AttemptRecord> list;
    QSqlQuery q = sql::prepare(
        db(), QByteArray(attemptColumns) + "WHERE course_id = ? ORDER BY created_at DESC, id DESC", {courseId});
    if (execLogged(q, "list attempts")) {
        while (q.next())
            list.append(attemptFrom(q));
    }
    return list;
}

int Store::attemptTotal() const
{
    QSqlQuery q = sql::prepare(db(), "SELECT COUNT(*) FROM attempts", {});
    return execLogged(q, "count attempts") && q.next() ? q.value(0).toInt() : -1;
}

} // namespace coursedesk::refserver

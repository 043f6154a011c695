#include "Attempts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

Outcome<QList<Response>> Attempts::parse(const QByteArray &body, const Errors &errors)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return errors.badBody(u"non_field_errors"_s, u"The body should be a JSON object."_s);
    const QJsonValue list = document.object().value(u"responses"_s);
    if (!list.isArray())
        return errors.badBody(u"responses"_s, u"'responses' should be a list."_s);
    QList<Response> responses;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonValue question = item.value(u"question_id"_s);
        const QJsonValue options = item.value(u"selected_options"_s);
        if (!value.isObject() || !question.isDouble() || !options.isArray()) {
            return errors.badBody(u"responses"_s,
                                  u"Each response needs an integer question_id and a list selected_options."_s);
        }
        Response response{question.toInteger(), {}};
        for (const QJsonValue &option : options.toArray()) {
            if (!option.isDouble())
                return errors.badBody(u"responses"_s, u"selected_options should hold answer ids."_s);
            response.selected.append(option.toInteger());
        }
        responses.append(response);
    }
    return responses;
}

QByteArray Attempts::requestHash(const QString &path, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QByteArray canonical = document.isNull() ? body : document.toJson(QJsonDocument::Compact);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(path.toUtf8());
    hash.addData("\n");
    hash.addData(canonical);
    return hash.result().toHex();
}

std::optional<Reply> Attempts::rejection(const QList<AttemptProblem> &problems, const Errors &errors)
{
    if (problems.isEmpty())
        return std::nullopt;
    QJsonArray list;
    QList<FieldError> fieldErrors;
    for (const AttemptProblem &problem : problems) {
        QJsonObject item{{u"code"_s, problem.code}, {u"message"_s, problem.message()}};
        if (problem.questionId != 0)
            item.insert(u"question_id"_s, problem.questionId);
        if (problem.answerId != 0)
            item.insert(u"option_id"_s, problem.answerId);
        list.append(item);
        fieldErrors.append(FieldError{problem.code, u"responses"_s, {problem.message()}});
    }
    return errors.invalid(u"INVALID_RESPONSES"_s, problems.constFirst().message(), fieldErrors,
                          QJsonObject{{u"problems"_s, list}});
}

Result<AttemptRecord> Attempts::gradeAndRecord(Store &store, const Lesson &quiz, const QList<Response> &responses,
                                               AttemptRecord base, const QDateTime &now)
{
    const GradedAttempt graded = Grading::grade(quiz, responses);
    Attempt &attempt = base.attempt;
    attempt.lessonId = quiz.id;
    attempt.createdAt = now;
    attempt.grade = graded.grade;
    attempt.result = graded.result();
    attempt.passingGrade = graded.passingGrade;
    attempt.correctResponses = graded.correct;
    attempt.numAttempts = store.attemptCount(base.userId, quiz.id) + 1;
    attempt.questions.clear();
    for (const Question &question : quiz.questions) {
        QuestionResult result{question.id, {}, graded.correctByQuestion.value(question.id)};
        for (const Response &response : responses) {
            if (response.questionId == question.id)
                result.selected = response.selected;
        }
        attempt.questions.append(result);
    }

    const bool inTransaction = store.transaction();
    const auto fail = [&](const QString &message) {
        if (inTransaction)
            store.db().rollback();
        return Error{u"refserver_store"_s, message};
    };
    const Result<qint64> id = store.addAttempt(base);
    if (!id)
        return fail(id.error().message);
    attempt.id = id.value();
    const bool stored = graded.passed() ? store.markCompleted(base.userId, base.courseId, quiz.id, now).ok()
                                        : store.markFailed(base.userId, base.courseId, quiz.id, now).ok();
    if (!stored)
        return fail(u"The lesson state could not be stored."_s);
    if (inTransaction && !store.commit())
        return Error{u"refserver_store"_s, u"The attempt could not be committed."_s};
    return base;
}

} // namespace coursedesk::refserver

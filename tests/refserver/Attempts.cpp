#include "Attempts.h"

#include "domain/QuizGrader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

Outcome<QList<QuestionResponse>> Attempts::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Reply::badRequest(u"The body should be a JSON object."_s);
    const QJsonValue list = document.object().value(u"responses"_s);
    if (!list.isArray())
        return Reply::badRequest(u"'responses' should be a list."_s);
    QList<QuestionResponse> responses;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonValue question = item.value(u"question_id"_s);
        const QJsonValue options = item.value(u"selected_options"_s);
        if (!value.isObject() || !question.isDouble() || !options.isArray())
            return Reply::badRequest(u"Each response needs an integer question_id and a list selected_options."_s);
        QuestionResponse response{question.toInteger(), {}};
        for (const QJsonValue &option : options.toArray()) {
            if (!option.isDouble())
                return Reply::badRequest(u"selected_options should hold answer ids."_s);
            response.selectedOptions.append(option.toInteger());
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

Outcome<AttemptRecord> Attempts::gradeAndRecord(Store &store, const Lesson &quiz,
                                                const QList<QuestionResponse> &responses, AttemptRecord base,
                                                const QDateTime &now)
{
    const QList<ResponseProblem> problems = QuizGrader::validate(quiz, responses);
    if (!problems.isEmpty()) {
        QJsonArray list;
        for (const ResponseProblem &problem : problems) {
            QJsonObject item{{u"code"_s, problem.code()}, {u"message"_s, problem.message()}};
            if (problem.questionId != 0)
                item.insert(u"question_id"_s, problem.questionId);
            if (problem.optionId != 0)
                item.insert(u"option_id"_s, problem.optionId);
            list.append(item);
        }
        return Reply::error(400, u"INVALID_RESPONSES"_s, problems.constFirst().message(),
                            QJsonObject{{u"problems"_s, list}});
    }
    const Result<QuizGrade> grade = QuizGrader::grade(quiz, responses);
    if (!grade)
        return Reply::error(500, u"SERVER_ERROR"_s, grade.error().message);

    QuizAttempt &attempt = base.attempt;
    attempt.lessonId = quiz.id;
    attempt.createdAt = now;
    attempt.grade = grade->grade;
    attempt.result = grade->result();
    attempt.passingGrade = grade->passingGrade;
    attempt.correctResponses = grade->correctCount;
    attempt.numAttempts = store.attemptCount(base.userId, quiz.id) + 1;
    attempt.questions.clear();
    for (const Question &question : quiz.body->questions) {
        QuestionOutcome outcome{question.id, {}, grade->correctByQuestion.value(question.id)};
        for (const QuestionResponse &response : responses) {
            if (response.questionId == question.id)
                outcome.selectedOptions = response.selectedOptions;
        }
        attempt.questions.append(outcome);
    }

    const bool inTransaction = store.transaction();
    const Result<qint64> id = store.addAttempt(base);
    if (!id) {
        if (inTransaction)
            store.db().rollback();
        return Reply::error(500, u"SERVER_ERROR"_s, id.error().message);
    }
    attempt.id = id.value();
    const Status state =
        grade->passed() ? (store.markCompleted(base.userId, base.courseId, quiz.id, now) ? success() : Status(Error{}))
                        : store.markFailed(base.userId, base.courseId, quiz.id, now);
    if (!state) {
        if (inTransaction)
            store.db().rollback();
        return Reply::error(500, u"SERVER_ERROR"_s, u"The lesson state could not be stored."_s);
    }
    if (inTransaction && !store.commit())
        return Reply::error(500, u"SERVER_ERROR"_s, u"The attempt could not be committed."_s);
    return base;
}

} // namespace coursedesk::refserver

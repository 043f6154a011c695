#include "domain/QuizGrader.h"

#include "domain/Rounding.h"
#include "domain/WireNames.h"

#include <QCoreApplication>
#include <QSet>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto problemCodes = wireNames<ResponseProblem::Kind>({
    {ResponseProblem::Kind::NotAQuiz, u"not_a_quiz"},
    {ResponseProblem::Kind::NoQuestions, u"no_questions"},
    {ResponseProblem::Kind::UnknownQuestion, u"unknown_question"},
    {ResponseProblem::Kind::DuplicateQuestion, u"duplicate_question"},
    {ResponseProblem::Kind::Unanswered, u"unanswered"},
    {ResponseProblem::Kind::NotExactlyOneOption, u"not_exactly_one_option"},
    {ResponseProblem::Kind::UnknownOption, u"unknown_option"},
    {ResponseProblem::Kind::DuplicateOption, u"duplicate_option"},
});

} // namespace

QString ResponseProblem::code() const
{
    return problemCodes.name(kind);
}

QString ResponseProblem::message() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("coursedesk::ResponseProblem", text); };
    switch (kind) {
    case Kind::NotAQuiz:
        return tr("This lesson is not a quiz.");
    case Kind::NoQuestions:
        return tr("This quiz has no questions.");
    case Kind::UnknownQuestion:
        return tr("Question %1 is not part of this quiz.").arg(questionId);
    case Kind::DuplicateQuestion:
        return tr("Question %1 is answered more than once.").arg(questionId);
    case Kind::Unanswered:
        return tr("Question %1 is not answered.").arg(questionId);
    case Kind::NotExactlyOneOption:
        return tr("Question %1 takes exactly one answer.").arg(questionId);
    case Kind::UnknownOption:
        return tr("Answer %1 does not belong to question %2.").arg(optionId).arg(questionId);
    case Kind::DuplicateOption:
        return tr("Answer %1 is selected twice for question %2.").arg(optionId).arg(questionId);
    }
    return {};
}

QList<ResponseProblem> QuizGrader::validate(const Lesson &quiz, const QList<QuestionResponse> &responses)
{
    using Kind = ResponseProblem::Kind;
    if (!quiz.isQuiz())
        return {ResponseProblem{Kind::NotAQuiz, 0, 0}};
    if (quiz.body->questions.isEmpty())
        return {ResponseProblem{Kind::NoQuestions, 0, 0}};

    QHash<qint64, const QuestionResponse *> byQuestion;
    QHash<qint64, int> extraResponses;       // responses beyond the first, per question
    QList<ResponseProblem> unknownQuestions; // no place in the quiz: reported last, in the responses' order
    for (const QuestionResponse &response : responses) {
        const bool known = std::any_of(quiz.body->questions.cbegin(), quiz.body->questions.cend(),
                                       [&](const Question &q) { return q.id == response.questionId; });
        if (!known)
            unknownQuestions.append({Kind::UnknownQuestion, response.questionId, 0});
        else if (byQuestion.contains(response.questionId))
            ++extraResponses[response.questionId];
        else
            byQuestion.insert(response.questionId, &response);
    }

    QList<ResponseProblem> problems;
    for (const Question &question : quiz.body->questions) {
        for (int extra = extraResponses.value(question.id); extra > 0; --extra)
            problems.append({Kind::DuplicateQuestion, question.id, 0});
        const QuestionResponse *response = byQuestion.value(question.id);
        if (!response || response->selectedOptions.isEmpty()) {
            problems.append({Kind::Unanswered, question.id, 0});
            continue;
        }
        if (question.type == QuestionType::SingleChoice && response->selectedOptions.size() != 1)
            problems.append({Kind::NotExactlyOneOption, question.id, 0});
        QSet<qint64> seen;
        for (qint64 option : response->selectedOptions) {
            const bool belongs = std::any_of(question.answers.cbegin(), question.answers.cend(),
                                             [&](const Answer &a) { return a.id == option; });
            if (!belongs)
                problems.append({Kind::UnknownOption, question.id, option});
            else if (seen.contains(option))
                problems.append({Kind::DuplicateOption, question.id, option});
            seen.insert(option);
        }
    }
    problems.append(unknownQuestions);
    return problems;
}

bool QuizGrader::canGrade(const Lesson &quiz)
{
    for (const Question &question : quiz.body->questions) {
        for (const Answer &answer : question.answers) {
            if (!answer.correct.has_value())
                return false;
        }
    }
    return true;
}

Result<QuizGrade> QuizGrader::grade(const Lesson &quiz, const QList<QuestionResponse> &responses)
{
    const QList<ResponseProblem> problems = validate(quiz, responses);
    if (!problems.isEmpty())
        return Error{u"invalid_responses"_s, problems.constFirst().message()};
    if (!canGrade(quiz)) {
        return Error{u"answers_unknown"_s,
                     QCoreApplication::translate("coursedesk::QuizGrader",
                                                 "The correct answers are not known here; the server grades this quiz.")};
    }

    QuizGrade result;
    result.passingGrade = quiz.body->passingGrade;
    result.questionCount = int(quiz.body->questions.size());
    for (const Question &question : quiz.body->questions) {
        QSet<qint64> correct;
        for (const Answer &answer : question.answers) {
            if (answer.correct.value_or(false))
                correct.insert(answer.id);
        }
        QSet<qint64> selected;
        for (const QuestionResponse &response : responses) {
            if (response.questionId == question.id)
                selected = QSet<qint64>(response.selectedOptions.cbegin(), response.selectedOptions.cend());
        }
        const bool isCorrect = selected == correct;
        result.correctByQuestion.insert(question.id, isCorrect);
        result.correctCount += isCorrect ? 1 : 0;
    }
    result.grade = roundedRatio(result.correctCount, result.questionCount, 100);
    return result;
}

} // namespace coursedesk

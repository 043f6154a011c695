#include "Grading.h"

#include "Rules.h"

#include <QSet>

namespace coursedesk::refserver::model {

using namespace Qt::StringLiterals;

QString AttemptProblem::message() const
{
    if (code == u"not_a_quiz"_s)
        return u"This lesson is not a quiz."_s;
    if (code == u"no_questions"_s)
        return u"This quiz has no questions."_s;
    if (code == u"unanswered"_s)
        return u"Question %1 is not answered."_s.arg(questionId);
    if (code == u"duplicate_question"_s)
        return u"Question %1 is answered more than once."_s.arg(questionId);
    if (code == u"unknown_question"_s)
        return u"Question %1 is not part of this quiz."_s.arg(questionId);
    if (code == u"not_exactly_one_option"_s)
        return u"Question %1 takes exactly one answer."_s.arg(questionId);
    if (code == u"unknown_option"_s)
        return u"Answer %1 does not belong to question %2."_s.arg(answerId).arg(questionId);
    if (code == u"duplicate_option"_s)
        return u"Answer %1 is selected twice for question %2."_s.arg(answerId).arg(questionId);
    return u"The attempt cannot be graded."_s;
}

QList<AttemptProblem> Grading::validate(const Lesson &quiz, const QList<Response> &responses)
{
    if (!quiz.isQuiz())
        return {AttemptProblem{u"not_a_quiz"_s}};
    if (quiz.questions.isEmpty())
        return {AttemptProblem{u"no_questions"_s}};

    QHash<qint64, const Question *> questions;
    for (const Question &question : quiz.questions)
        questions.insert(question.id, &question);

    QList<AttemptProblem> problems;
    QSet<qint64> answered;
    for (const Response &response : responses) {
        const Question *question = questions.value(response.questionId);
        if (!question) {
            problems.append({u"unknown_question"_s, response.questionId});
            continue;
        }
        if (answered.contains(question->id)) {
            problems.append({u"duplicate_question"_s, question->id});
            continue;
        }
        if (response.selected.isEmpty())
            continue; // reported as unanswered below
        answered.insert(question->id);
        if (question->type == QuestionType::SingleChoice && response.selected.size() != 1)
            problems.append({u"not_exactly_one_option"_s, question->id});
        QSet<qint64> known;
        for (const Answer &answer : question->answers)
            known.insert(answer.id);
        QSet<qint64> chosen;
        for (qint64 answerId : response.selected) {
            if (!known.contains(answerId))
                problems.append({u"unknown_option"_s, question->id, answerId});
            else if (chosen.contains(answerId))
                problems.append({u"duplicate_option"_s, question->id, answerId});
            chosen.insert(answerId);
        }
    }
    QList<AttemptProblem> unanswered; // first: the problem a client most often has
    for (const Question &question : quiz.questions) {
        if (!answered.contains(question.id))
            unanswered.append({u"unanswered"_s, question.id});
    }
    return unanswered + problems;
}

GradedAttempt Grading::grade(const Lesson &quiz, const QList<Response> &responses)
{
    GradedAttempt graded;
    graded.questions = int(quiz.questions.size());
    graded.passingGrade = quiz.passingGrade;
    for (const Question &question : quiz.questions) {
        QSet<qint64> expected;
        for (const Answer &answer : question.answers) {
            if (answer.correct)
                expected.insert(answer.id);
        }
        QSet<qint64> given;
        for (const Response &response : responses) {
            if (response.questionId == question.id)
                given = QSet<qint64>(response.selected.cbegin(), response.selected.cend());
        }
        const bool right = given == expected;
        graded.correctByQuestion.insert(question.id, right);
        graded.correct += right ? 1 : 0;
    }
    graded.grade = roundHalfUp(graded.correct, graded.questions, 100);
    return graded;
}

} // namespace coursedesk::refserver::model

#pragma once

// The reference server's quiz grading, written from api-contract.md ("Quiz attempt") and the docs' Course Quiz
// Make Attempt / Course Quiz Attempt: its own code, not core/domain's QuizGrader.
#include "Model.h"

#include <QHash>
#include <QList>
#include <QString>

namespace coursedesk::refserver::model {

// One reason a request body cannot be graded. `code` is stable (tests, the error bodies); `message` is for people.
struct AttemptProblem final
{
    QString code; // not_a_quiz, no_questions, unanswered, duplicate_question, unknown_question,
                  // not_exactly_one_option, unknown_option, duplicate_option
    qint64 questionId = 0;
    qint64 answerId = 0;

    QString message() const;
    friend bool operator==(const AttemptProblem &, const AttemptProblem &) = default;
};

struct GradedAttempt final
{
    int questions = 0;
    int correct = 0;
    int grade = 0; // round(100 × correct / questions), half up
    int passingGrade = 60;
    QHash<qint64, bool> correctByQuestion;

    bool passed() const { return grade >= passingGrade; }
    Completion result() const { return passed() ? Completion::Completed : Completion::Failed; }
};

class Grading final
{
public:
    // Every problem of a request: each question answered (a non-empty selection), at most once; no unknown
    // question or answer, no answer twice; a single_choice question takes exactly one answer.
    static QList<AttemptProblem> validate(const Lesson &quiz, const QList<Response> &responses);
    // A question is correct when the set of selected answers equals the set of correct ones. Call on a valid
    // request (validate() empty).
    static GradedAttempt grade(const Lesson &quiz, const QList<Response> &responses);
};

} // namespace coursedesk::refserver::model

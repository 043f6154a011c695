#pragma once

#include "domain/Course.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>

namespace coursedesk {

// One thing wrong with a set of quiz responses.
struct ResponseProblem final
{
    enum class Kind
    {
        NotAQuiz,            // the lesson is not of type quiz
        NoQuestions,         // the quiz has no questions: nothing can be answered
        UnknownQuestion,     // a response names a question the quiz does not have
        DuplicateQuestion,   // a question is answered more than once
        Unanswered,          // a question has no response, or no option selected
        NotExactlyOneOption, // a single-choice question with more than one option
        UnknownOption,       // an option that does not belong to its question
        DuplicateOption,     // the same option selected twice
    };

    Kind kind = Kind::Unanswered;
    qint64 questionId = 0; // 0 when the problem is the quiz's own
    qint64 optionId = 0;   // UnknownOption, DuplicateOption

    QString code() const; // stable machine name, e.g. "unanswered"
    QString message() const; // translated, names the question (and option)

    friend bool operator==(const ResponseProblem &, const ResponseProblem &) = default;
};

struct QuizGrade final
{
    int grade = 0; // round(100 × correct / questions)
    int correctCount = 0;
    int questionCount = 0;
    int passingGrade = 60;
    QHash<qint64, bool> correctByQuestion;

    bool passed() const { return grade >= passingGrade; }
    Completion result() const { return passed() ? Completion::Completed : Completion::Failed; }

    friend bool operator==(const QuizGrade &, const QuizGrade &) = default;
};

// Quiz validation and grading as api-contract.md decides: a question is correct when the set of
// selected answers equals the set of correct answers; passed when grade ≥ passing_grade.
class QuizGrader final
{
public:
    // Every problem found; empty when valid. Problems of the quiz's questions come in question order (within a
    // question, options in the order selected), then unknown questions in the responses' own order.
    static QList<ResponseProblem> validate(const Lesson &quiz, const QList<QuestionResponse> &responses);

    // True when every answer of every question says whether it is correct (creators and managers).
    static bool canGrade(const Lesson &quiz);

    // Validates, then grades. Fails with code "invalid_responses" (the first problem's message) or
    // "answers_unknown" when the correct answers are not known locally.
    static Result<QuizGrade> grade(const Lesson &quiz, const QList<QuestionResponse> &responses);
};

} // namespace coursedesk

#pragma once

#include "domain/Course.h"
#include "domain/QuizGrader.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace coursedesk {

// A quiz: one group per question — radio buttons for single choice, check boxes for multiple choice.
// Submit is enabled only when every question is answered. Shows the result (grade, passed or not
// against the passing grade, and which questions were right when that is known) or, offline,
// "Submitted — graded when you are back online". Decides nothing: grading happens in the session.
class QuizView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuizView(QWidget *parent = nullptr);

    // Shows a quiz lesson (with its questions) and its last attempt, if any.
    void setQuiz(const Lesson &quiz);
    // The outcome of a submission: graded (with per-question correctness) or awaiting the server.
    void showResult(const std::optional<QuizAttempt> &graded);
    void setSubmitEnabledReason(const QString &lockedReason); // non-empty: the quiz is locked

    QList<QuestionResponse> responses() const;
    void setResponses(const QList<QuestionResponse> &responses);
    bool isComplete() const; // every question answered
    void focusFirstAnswer();  // for keyboard users entering the quiz
    QPushButton *submitButton() const { return m_submit; }
    QString resultText() const;
    // For tests and keyboard users: the answer buttons of a question, in order.
    QList<QAbstractButton *> answerButtons(qint64 questionId) const;

signals:
    void submitted(const QList<coursedesk::QuestionResponse> &responses);

private:
    void rebuild();
    void updateSubmit();
    void markOutcome(const QuizAttempt &attempt);

    Lesson m_quiz;
    QString m_lockedReason;
    QVBoxLayout *m_questions;
    QWidget *m_questionsHost;
    QLabel *m_intro;
    QLabel *m_result;
    QPushButton *m_submit;
    QList<std::pair<qint64, QButtonGroup *>> m_groups;
};

} // namespace coursedesk

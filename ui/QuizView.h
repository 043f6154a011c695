#pragma once

#include "domain/Course.h"
#include "domain/QuizGrader.h"
#include "storage/AttemptStore.h"

#include <functional>

#include <QUrl>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace coursedesk {

class QuizAttemptList;
class QuizResultPanel;

// A quiz: one group per question — radio buttons for single choice, check boxes for multiple choice; a question
// of a kind this version does not know says so and cannot be answered. Submit is enabled only when every question
// is answered. After a submission the quiz shows that attempt: its answers (no longer editable), right / wrong per
// question and the correct answers where they are known, and the result (QuizResultPanel); "Try again" starts a new
// attempt with no answers chosen. The last attempts are listed beneath. Decides nothing: grading happens in the
// session, and what is shown comes from the attempts it keeps.
class QuizView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuizView(QWidget *parent = nullptr);

    // Shows a quiz lesson with its attempts made here, newest first (the server's last attempt stands in when there
    // are none): the newest attempt, until "Try again". Shown again with the same quiz (the window redraws the lesson
    // after every change), it keeps the answers being chosen, a new attempt begun, and the keyboard focus.
    void setQuiz(const Lesson &quiz, const QList<AttemptRecord> &attempts = {});
    // The local copy of a question's picture by its address (empty: none; it is then described, with its link).
    void setLocalImages(std::function<QString(const QString &address)> copyOf) { m_copyOf = std::move(copyOf); }
    void setNextLessonAvailable(bool available);
    void setSubmitEnabledReason(const QString &lockedReason); // non-empty: the quiz is locked
    // The session refused the submission (nothing was recorded): the answers can be submitted again.
    void submissionFailed();

    QList<QuestionResponse> responses() const;
    void setResponses(const QList<QuestionResponse> &responses);
    bool isComplete() const; // every question answered
    void focusFirstAnswer(); // for keyboard users entering the quiz

signals:
    void submitted(const QList<coursedesk::QuestionResponse> &responses);
    void nextLessonRequested();
    void linkRequested(const QUrl &url); // "open it in the browser" on a picture not available offline

protected:
    void changeEvent(QEvent *event) override;

private:
    struct QuestionWidgets
    {
        qint64 id = 0;
        QGroupBox *box = nullptr;
        QLabel *mark = nullptr;
        // Radio buttons are in an exclusive group (the arrow keys move among them, Tab stops once); check boxes are
        // in none: a QButtonGroup takes Tab from every box but the focused one, even when it is not exclusive.
        QButtonGroup *group = nullptr;
        QList<QAbstractButton *> buttons; // in order; none for a question of an unknown kind
        QList<QLabel *> correct;          // per answer: "correct answer", shown with a result when known
    };
    enum class Focus
    {
        None,
        Answer,
        Submit,
        TryAgain,
        NextLesson,
    };

    void rebuild();
    void chainTabOrder();
    QList<QAbstractButton *> answerButtons(qint64 questionId) const; // in order; none for an unknown kind
    QWidget *questionBox(const Question &question, int number, QuestionWidgets &widgets);
    void applyState();
    void showMarks(const AttemptRecord &attempt);
    void hideMarks();
    void updateSubmit();
    void startAgain();
    void rememberAnswers();
    std::pair<Focus, qint64> focusNow() const;
    void restoreFocus(std::pair<Focus, qint64> before, bool justSubmitted);
    void paintMarks();
    static QString keyOf(const AttemptRecord &attempt);

    Lesson m_quiz;
    QList<AttemptRecord> m_attempts;
    std::optional<AttemptRecord> m_shown; // the attempt shown; none while answering
    QString m_retryAfter;                 // the attempt "Try again" left behind (its key)
    QList<QuestionResponse> m_draft;      // the answers being chosen, kept across redraws
    QString m_lockedReason;
    bool m_nextAvailable = false;
    bool m_submitting = false;
    bool m_applying = false;
    bool m_unsupported = false; // a question this version cannot show
    QLabel *m_intro;
    QScrollArea *m_scroll;
    QWidget *m_column;
    QVBoxLayout *m_questions;
    QuizResultPanel *m_result;
    QuizAttemptList *m_history;
    QPushButton *m_submit;
    QList<QuestionWidgets> m_widgets;
    std::function<QString(const QString &address)> m_copyOf;
};

} // namespace coursedesk

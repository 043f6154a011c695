#pragma once

#include "storage/AttemptStore.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace coursedesk {

// The outcome of one quiz attempt, under the questions: passed or not (in the state's colour, with its icon), the
// grade against the passing grade and how many questions were right; "waiting for the server" for an attempt not
// graded yet; "not accepted" with the server's reason for a refused one. "Try again" starts a new attempt;
// "Next lesson" follows a pass.
class QuizResultPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit QuizResultPanel(QWidget *parent = nullptr);

    // Shows `attempt` of a quiz of `questionCount` questions; `nextLesson`: a pass offers "Next lesson".
    void showAttempt(const AttemptRecord &attempt, int questionCount, bool nextLesson);
    QString text() const; // the headline and the details, as read aloud; empty when hidden
    QPushButton *tryAgainButton() const { return m_tryAgain; }
    QPushButton *nextLessonButton() const { return m_next; }

    // "Passed", "Not passed", "Submitted", "Not accepted by the server".
    static QString headline(const AttemptRecord &attempt);
    static bool passed(const AttemptRecord &attempt);

signals:
    void tryAgain();
    void nextLesson();

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintState();

    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
    QPushButton *m_next;
    QPushButton *m_tryAgain;
    int m_tone = 0; // 1 passed, -1 not passed or refused, 0 waiting
};

// The last attempts at a quiz made here, newest first: when, and graded (with the grade), waiting for the server,
// or not accepted (with the reason).
class QuizAttemptList final : public QFrame
{
    Q_OBJECT

public:
    static constexpr int shown = 5;

    explicit QuizAttemptList(QWidget *parent = nullptr);
    void setAttempts(const QList<AttemptRecord> &attempts);
    QStringList lines() const;

    static QString describe(const AttemptRecord &attempt, const QLocale &locale);

private:
    QVBoxLayout *m_rows;
    QLabel *m_title;
};

} // namespace coursedesk

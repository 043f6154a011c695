#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Course.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace coursedesk {

class CourseSession;
class QuizView;
class SafeTextBrowser;

// The right-hand side of the window: the open lesson's title, why it is locked (if it is), its text
// or its quiz, the completion toggle and previous / next. Acts through CourseSession only; the state
// it shows comes from the outline the window passes in.
class LessonPane final : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPane(CourseSession &session, QWidget *parent = nullptr);

    // Shows a lesson of the course (0: nothing). Called again whenever the outline changes.
    void showLesson(const Course &course, const CourseAccess &access, qint64 lessonId);
    qint64 lessonId() const { return m_lessonId; }

    // Mark as complete / incomplete (the button, Ctrl+Return): nothing when locked or a quiz.
    void toggleCompletion();
    // Moves the keyboard focus into the lesson: the quiz's first answer, or the lesson text.
    void focusContent();

    QString title() const;
    QString lockText() const;       // empty when the lesson is open
    QString instructorNote() const; // the "you see drafts; nothing is locked for you" note, when shown
    SafeTextBrowser *browser() const { return m_browser; }
    QuizView *quizView() const { return m_quiz; }
    QPushButton *completionButton() const { return m_toggle; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }

signals:
    void navigateTo(qint64 lessonId); // previous / next
    void message(const QString &text); // a refusal or an error, for the status bar

private:
    void showBody(const Course &course, const Lesson &outlineLesson, const LessonAccess &access);
    void submitQuiz(const QList<QuestionResponse> &responses);

    CourseSession &m_session;
    qint64 m_courseId = 0;
    qint64 m_lessonId = 0;
    qint64 m_previousId = 0;
    qint64 m_nextId = 0;
    bool m_canToggle = false;
    bool m_completed = false;
    QLabel *m_title;
    QLabel *m_instructorNote;
    QLabel *m_lockBanner;
    SafeTextBrowser *m_browser;
    QuizView *m_quiz;
    QStackedWidget *m_body;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_toggle;
};

} // namespace coursedesk

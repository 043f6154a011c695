#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Course.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace coursedesk {

class CommentsView;
class CourseSession;
class LessonComments;
class NoticePage;
class QuizView;
class SafeTextBrowser;
class SectionOverview;

// The right-hand side of the window: the open lesson's title, its text or its quiz, the completion toggle and
// previous / next. A locked lesson is a page that says why (and leads to the lesson that holds it), a lesson of a
// kind this version does not know says it cannot be opened, and a section shows its overview. Links open in the
// browser (a failure says so) and their address shows while hovered. Acts through CourseSession only; the state it
// shows comes from the outline the window passes in.
class LessonPane final : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit LessonPane(CourseSession &session, QWidget *parent = nullptr);

    // The lesson comments shown under a lesson whose comments are enabled (null: none, the sample account).
    void setComments(LessonComments *comments);
    // How links leave the application (QDesktopServices::openUrl by default).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // Shows a lesson of the course (0: nothing). Called again whenever the outline changes: the same lesson keeps
    // its place, a new one starts at the top.
    void showLesson(const Course &course, const CourseAccess &access, qint64 lessonId);
    // Shows a section's overview: its lessons and their states.
    void showSection(const Course &course, const CourseAccess &access, qint64 sectionId);
    // The lesson text's size, in percent of the normal size (Ctrl++ / Ctrl+- / Ctrl+0).
    void setZoomPercent(int percent);
    int zoomPercent() const { return m_zoomPercent; }

    // Mark as complete / incomplete (the button, Ctrl+Return): nothing when locked or a quiz.
    void toggleCompletion();
    // Moves the keyboard focus into the lesson: the quiz's first answer, the lesson text, the section's lessons.
    void focusContent();

    // Previous / next, for the window's Go menu (Alt+Left / Alt+Right).
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }

signals:
    void navigateTo(qint64 lessonId);         // previous / next, or the lesson a lock or an overview leads to
    void message(const QString &text);        // a refusal or an error, for the status bar
    void linkHovered(const QString &address); // empty when the pointer leaves the link

private:
    void showBody(const Course &course, const Lesson &outlineLesson, const LessonAccess &access, bool newLesson);
    void showLocked(const Course &course, const Lesson &lesson, const LessonAccess &access);
    void showText(const QString &html, bool newLesson);
    void submitQuiz(const QList<QuestionResponse> &responses);
    void openLink(const QUrl &url);
    void applyZoom();

    CourseSession &m_session;
    UrlOpener m_openUrl;
    qint64 m_courseId = 0;
    qint64 m_lessonId = 0;
    qint64 m_previousId = 0;
    qint64 m_nextId = 0;
    qint64 m_blockingId = 0; // the lesson a lock leads to
    bool m_canToggle = false;
    bool m_completed = false;
    int m_zoomPercent = 100;
    QLabel *m_title;
    QLabel *m_instructorNote;
    SafeTextBrowser *m_browser;
    QuizView *m_quiz;
    NoticePage *m_locked;
    NoticePage *m_unsupported;
    SectionOverview *m_section;
    QStackedWidget *m_body;
    CommentsView *m_comments;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_toggle;
};

} // namespace coursedesk

#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace coursedesk {

class CourseSession;
class Notebook;

// A course's home, shown beside it when it is selected: its description and cover (a placeholder until the cover is
// in the cache), progress, "Continue: ‹next lesson›" (the first open lesson not completed, by the access rules),
// how many lessons are locked and when the next one opens, and the learner's notes in the course. Object names:
// courseHome, courseCover, courseDescription, courseHomeProgress, continueButton, courseLocks, courseNotes.
class CourseHomePanel final : public QWidget
{
    Q_OBJECT

public:
    CourseHomePanel(const CourseSession &session, Notebook &notebook, QWidget *parent = nullptr);

    void showCourse(qint64 courseId);
    void refresh();

signals:
    void openLesson(qint64 courseId, qint64 lessonId);

private:
    static constexpr int CoverSize = 160;
    void showCover();

    const CourseSession &m_session;
    Notebook &m_notebook;
    qint64 m_courseId = 0;
    qint64 m_continueLessonId = 0;
    QLabel *m_cover;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_progress;
    QPushButton *m_continue;
    QLabel *m_locks;
    QListWidget *m_notes;
};

} // namespace coursedesk

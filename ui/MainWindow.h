#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Course.h"

#include <QMainWindow>

class QLabel;
class QSettings;
class QSplitter;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace coursedesk {

class CourseSession;
class OutlineModel;
class QuizView;
class SyncStatusWidget;
class ProgressPanel;
class SafeTextBrowser;

// The learner's window: the course outline with lock states, the lesson pane with the completion
// toggle, and the progress bar. A thin composition over CourseSession: it decides nothing itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CourseSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a course of the session; false (with the reason in the status bar) when it cannot be read.
    bool showCourse(qint64 courseId);
    void selectLesson(qint64 lessonId);
    // Re-evaluates the locks against the session's clock (also done by a timer at the next unlock).
    void refreshAccess();

    // Window geometry, splitter and the last open course and lesson, kept between runs.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);
    qint64 currentCourseId() const { return m_courseId; }
    qint64 currentLessonId() const;

    // For tests and screenshots.
    QTreeView *outlineView() const { return m_outline; }
    OutlineModel *outlineModel() const { return m_model; }
    ProgressPanel *progressPanel() const { return m_progress; }
    QString lessonTitle() const;
    QString lockBannerText() const;
    SafeTextBrowser *lessonBrowser() const { return m_browser; }
    QPushButton *completionButton() const { return m_toggle; }
    QuizView *quizView() const { return m_quiz; }
    SyncStatusWidget *syncStatus() const { return m_sync; }
    QString bannerText() const;
    QString statusText() const;

signals:
    void syncRequested(); // "Sync now"

private:
    void reload();
    void scheduleNextUnlock();
    void showSelectedLesson();
    void toggleCompletion();
    void submitQuiz(const QList<QuestionResponse> &responses);
    void notify(const QString &message);
    QString lessonName(qint64 courseId, qint64 lessonId) const;

    CourseSession &m_session;
    qint64 m_courseId = 0;
    Course m_course;
    CourseAccess m_access;
    OutlineModel *m_model;
    QTreeView *m_outline;
    QLabel *m_title;
    QLabel *m_lockBanner;
    SafeTextBrowser *m_browser;
    QuizView *m_quiz;
    QStackedWidget *m_body;
    QPushButton *m_toggle;
    ProgressPanel *m_progress;
    SyncStatusWidget *m_sync;
    QLabel *m_banner;
    QTimer *m_unlockTimer;
    QSplitter *m_splitter = nullptr;
};

} // namespace coursedesk

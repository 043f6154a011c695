#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Course.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QMenu;
class QListView;
class QSettings;
class QSplitter;
class QTabWidget;
class QTreeView;
class QUrl;

namespace coursedesk {

class Accounts;
class CourseListModel;
class CourseSession;
class LessonComments;
class LessonPane;
class NotificationBanner;
class Notifier;
class OutlineModel;
class SyncStatusWidget;
class ProgressPanel;

// The learner's window: the course list with each course's progress, the outline with lock states,
// the lesson pane, the progress bar and the sync status; for creators and managers also the course
// dashboard. A thin composition over CourseSession: it decides nothing itself. Its parts keep stable object names
// (courseList, outline, roleNote, lessonPane, tabs, dashboard, progress, banner, syncStatus), by which tests and
// assistive tools find them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool useTray = true; // notifications through the system tray where there is one
        // How links in lessons open (QDesktopServices::openUrl when empty): true when a browser took the link.
        std::function<bool(const QUrl &)> openUrl = nullptr;
        // File ▸ Storage… lists every account of this list (null: the open account only), the open one by this name.
        const Accounts *accounts = nullptr;
        QString accountName = {};
    };
    // Builds the dashboard of a course for an instructor (null: no dashboard); given by the app,
    // which has the network side. A learner's course never gets one. The window names it "dashboard".
    using DashboardFactory = std::function<QWidget *(qint64 courseId, QWidget *parent)>;

    explicit MainWindow(CourseSession &session, QWidget *parent = nullptr);
    MainWindow(CourseSession &session, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDashboardFactory(DashboardFactory factory);
    // Lesson comments under the lessons that take them (AppShell, for a server account).
    void setComments(LessonComments *comments);
    // Removes the dashboard tab (the server refused it); it comes back with the next course shown.
    void removeDashboard();
    // Extra menus from the app (account switcher, help), placed after the window's own.
    void addAppMenu(QMenu *menu);

    // Reads the course list and shows `courseId`, or the first course when it is 0 or gone. The app
    // calls it right after the window's first paint, so that a large cache never delays the window.
    bool loadCourses(qint64 courseId = 0);
    // Shows a course of the session; false (with the reason in the status bar) when it cannot be read.
    bool showCourse(qint64 courseId);
    void selectLesson(qint64 lessonId);
    // Re-evaluates the locks against the session's clock (also done when the session says they changed).
    void refreshAccess();
    // The lesson text's zoom in percent (View ▸ Zoom in / out / Actual size; textZoomChanged when the user changes it).
    void setTextZoom(int percent);
    int textZoom() const;
    // No keychain: the sign-in lasts until CourseDesk closes; the window says so.
    void setSignInKeptInMemory(bool memoryOnly);

    // Window geometry, splitter and the last open course and lesson, kept between runs.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);     // restoreLayout, then restoreSelection
    void restoreLayout(const QSettings &settings);    // geometry and splitters: before the window is shown
    void restoreSelection(const QSettings &settings); // the course list, the last course and lesson
    qint64 currentCourseId() const { return m_courseId; }
    // One notification (the tray when the window is not in front, and the banner): what a sync brought, a lesson open.
    void notify(const QString &message);
    // Whether a lesson that opens is announced by itself ("'…' is now available."); off when what's new
    // (FindFeatures) announces it with the rest of a sync.
    void setAnnouncesUnlocks(bool announce) { m_announceUnlocks = announce; }
    qint64 currentLessonId() const;

signals:
    void syncRequested();        // "Sync now"
    void preferencesRequested(); // File → Preferences…
    void signInRequested();      // "Sign in…": the server wants a new sign-in
    void textZoomChanged(int percent);
    // The lesson pane shows this lesson (0: a section or nothing) of this course: notes, badges, find in lesson.
    void lessonShown(qint64 courseId, qint64 lessonId);

private:
    void buildMenus();
    void buildViewMenu(QMenu *view);
    void zoomBy(int steps); // 0: actual size
    void reload();
    void rememberOutlinePlace();
    void restoreOutlinePlace();
    void updateProgress();
    void updateTabBarFocus();
    void showSelectedLesson();
    void showSelectedCourse();
    void updateDashboard();
    QString lessonName(qint64 courseId, qint64 lessonId) const;

    CourseSession &m_session;
    qint64 m_courseId = 0;
    Course m_course;
    CourseAccess m_access;
    CourseListModel *m_courseModel;
    QListView *m_courses;
    OutlineModel *m_model;
    QTreeView *m_outline;
    QLabel *m_roleNote;
    LessonPane *m_lesson;
    QTabWidget *m_tabs;
    QWidget *m_dashboard = nullptr;
    ProgressPanel *m_progress;
    SyncStatusWidget *m_sync;
    NotificationBanner *m_banner;
    Notifier *m_notifier;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    DashboardFactory m_dashboardFactory;
    QMenu *m_helpMenu = nullptr;
    bool m_coursesLoaded = false;
    bool m_announceUnlocks = true;
    // Where the outline was before its model was reset (a sync changed the course's structure).
    qint64 m_placeLesson = 0;
    qint64 m_placeSection = 0;
    QList<qint64> m_collapsedSections;
    const Accounts *m_accounts = nullptr; // for File ▸ Storage… (every account)
    QString m_accountName;
};

} // namespace coursedesk

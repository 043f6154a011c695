#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Clock.h"
#include "domain/Course.h"

#include <QMainWindow>

class QLabel;
class QTimer;
class QTreeView;

namespace coursedesk {

class OutlineModel;
class ProgressPanel;
class SafeTextBrowser;

// The learner's window: the course outline with lock states, the lesson pane and the progress bar.
// A thin composition: the rules come from core/domain, the data from the course it is given.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showCourse(const Course &course);
    void selectLesson(qint64 lessonId);

    // For tests and screenshots.
    QTreeView *outlineView() const { return m_outline; }
    OutlineModel *outlineModel() const { return m_model; }
    ProgressPanel *progressPanel() const { return m_progress; }
    QString lessonTitle() const;
    QString lockBannerText() const;
    SafeTextBrowser *lessonBrowser() const { return m_browser; }

private:
    void reevaluate();
    void scheduleNextUnlock();
    void showSelectedLesson();

    const Clock &m_clock;
    Course m_course;
    CourseAccess m_access;
    OutlineModel *m_model;
    QTreeView *m_outline;
    QLabel *m_title;
    QLabel *m_lockBanner;
    SafeTextBrowser *m_browser;
    ProgressPanel *m_progress;
    QTimer *m_unlockTimer;
};

} // namespace coursedesk

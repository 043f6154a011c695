#pragma once

#include <QObject>

class QListView;
class QMenu;
class QPoint;

namespace coursedesk {

class CourseListModel;
class OfflineFiles;

// The course list's context menu for a course's offline files (issue 18): "Download for offline" (its progress, in
// files and bytes, shows in the course's row), "Cancel download" (what came in stays; downloading again continues
// from there) and "Remove downloads" (the course's texts, progress, notes and queued actions stay). The menu is named
// courseOfflineMenu, its actions downloadForOffline, cancelCourseDownload and removeCourseDownloads. What happened
// is said through message() (the window's status bar).
class CourseOfflineActions final : public QObject
{
    Q_OBJECT

public:
    CourseOfflineActions(QListView &list, CourseListModel &model, OfflineFiles &files, QObject *parent = nullptr);

    // The menu for a course (none when courseId is 0); shown on the list's context-menu event: for the row under
    // the mouse, or for the current row from the keyboard (the menu key, Shift+F10).
    QMenu *menuFor(qint64 courseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void message(const QString &text);

private:
    QListView &m_list;
    CourseListModel &m_model;
    OfflineFiles &m_files;
};

} // namespace coursedesk

#pragma once

#include <QObject>

namespace coursedesk {

class CourseSearch;
class CourseSession;
class Notebook;
class SyncEngine;
class CourseHomePanel;
class FindInLesson;
class MainWindow;
class MyNotesPane;
class NotesPanel;
class SearchDialog;

// Search, notes, bookmarks, the course home and what's new, added to a window from outside so that the window
// itself stays a thin composition: Ctrl+K (searchAction) opens the search over every course, Ctrl+F (findAction)
// finds in the open lesson; docks beside the lesson hold the note and bookmark (notesDock), "My notes"
// (myNotesDock) and the course's home (courseHomeDock); they are built when a course is first shown or after the
// window's first frame, whichever comes first, so that they never delay that frame.
// Opening a lesson clears its "what's new" badge, and after each sync one notification says what it brought
// ("3 new lessons in Chemistry; 1 lesson now open in Physics"), none when nothing is new.
class FindFeatures final : public QObject
{
    Q_OBJECT

public:
    // engine: the account's sync engine (null for the local account), whose runs are summed up.
    FindFeatures(MainWindow &window, CourseSession &session, Notebook &notebook, CourseSearch &search,
                 SyncEngine *engine);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int DocksDelayMs = 200;
    SearchDialog *searchDialog(); // made at the first Ctrl+K
    void ensureDocks();
    void keepStatusBarLastInTabOrder();
    void openLesson(qint64 courseId, qint64 lessonId);
    void lessonShown(qint64 courseId, qint64 lessonId);
    void queueAnnouncement();
    void announceNews();
    void showBadges();

    MainWindow &m_window;
    CourseSession &m_session;
    Notebook &m_notebook;
    CourseSearch &m_courseSearch;
    SearchDialog *m_search = nullptr;
    NotesPanel *m_notes = nullptr;
    MyNotesPane *m_myNotes = nullptr;
    CourseHomePanel *m_home = nullptr;
    FindInLesson *m_find = nullptr;
    bool m_docksQueued = false;
    bool m_announcementQueued = false;
    qint64 m_newsMark = 0;
};

} // namespace coursedesk

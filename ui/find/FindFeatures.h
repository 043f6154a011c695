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
// (myNotesDock) and the course's home (courseHomeDock). Opening a lesson clears its "what's new" badge, and after
// each sync the window says in one message what it brought ("3 new lessons in Chemistry").
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
    void keepStatusBarLastInTabOrder();
    void openLesson(qint64 courseId, qint64 lessonId);
    void lessonShown(qint64 courseId, qint64 lessonId);
    void announceNews();
    void showBadges();

    MainWindow &m_window;
    Notebook &m_notebook;
    SearchDialog *m_search;
    NotesPanel *m_notes;
    MyNotesPane *m_myNotes;
    CourseHomePanel *m_home;
    FindInLesson *m_find = nullptr;
    qint64 m_newsMark = 0;
};

} // namespace coursedesk

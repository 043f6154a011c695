#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace coursedesk {

class Notebook;

// Beside the lesson: the learner's plain-text note on it, saved as they type (a moment after the last key, and at
// once when another lesson is shown), and the star that bookmarks it. Object names: notesPanel, noteEditor,
// bookmarkButton, noteStatus.
class NotesPanel final : public QWidget
{
    Q_OBJECT

public:
    NotesPanel(Notebook &notebook, QWidget *parent = nullptr);

    // The lesson whose note is shown (0: none, the panel is disabled); a pending edit of the previous one is saved.
    void showLesson(qint64 courseId, qint64 lessonId);
    void setSaveDelayMs(int ms);
    void save();

private:
    void load();

    Notebook &m_notebook;
    qint64 m_courseId = 0;
    qint64 m_lessonId = 0;
    bool m_loading = false;
    QPlainTextEdit *m_editor;
    QToolButton *m_bookmark;
    QLabel *m_status;
    QTimer *m_typing;
};

} // namespace coursedesk

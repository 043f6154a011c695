#pragma once

#include "domain/Result.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace coursedesk {

class Notebook;

// "My notes": every note and bookmark of the account, in course order, the lessons removed on the server last
// under "Removed lessons"; activating one opens its lesson; "Export…" writes them all as one Markdown file.
// Object names: myNotes, myNotesList, exportNotes.
class MyNotesPane final : public QWidget
{
    Q_OBJECT

public:
    MyNotesPane(Notebook &notebook, QWidget *parent = nullptr);

    void reload();
    // Writes the Markdown export; false with the reason when the file cannot be written.
    Result<bool> exportTo(const QString &path) const;

signals:
    void openLesson(qint64 courseId, qint64 lessonId);

private:
    void chooseExportFile();

    Notebook &m_notebook;
    QListWidget *m_list;
    QPushButton *m_export;
};

} // namespace coursedesk

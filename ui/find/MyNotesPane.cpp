#include "find/MyNotesPane.h"

#include "session/Notebook.h"

#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {
constexpr int CourseRole = Qt::UserRole + 1;
constexpr int LessonRole = Qt::UserRole + 2;
} // namespace

MyNotesPane::MyNotesPane(Notebook &notebook, QWidget *parent)
    : QWidget(parent)
    , m_notebook(notebook)
    , m_list(new QListWidget(this))
    , m_export(new QPushButton(tr("Export as Markdown…"), this))
{
    setObjectName(u"myNotes"_s);
    m_list->setObjectName(u"myNotesList"_s);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("My notes and bookmarks"));
    m_export->setObjectName(u"exportNotes"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, &MyNotesPane::chooseExportFile);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item && item->data(LessonRole).toLongLong())
            emit openLesson(item->data(CourseRole).toLongLong(), item->data(LessonRole).toLongLong());
    });
    connect(&m_notebook, &Notebook::noteChanged, this, &MyNotesPane::reload);
    reload();
}

void MyNotesPane::reload()
{
    m_list->clear();
    const Result<QList<LessonNote>> notes = m_notebook.notes();
    if (!notes) {
        m_list->addItem(notes.error().message);
        return;
    }
    if (notes->isEmpty()) {
        m_list->addItem(tr("No notes or bookmarks yet: write beside a lesson, or star it."));
        return;
    }
    bool removedHeading = false;
    qint64 course = -1;
    for (const LessonNote &note : *notes) {
        if (note.removed && !removedHeading) {
            auto *heading = new QListWidgetItem(tr("Removed lessons"), m_list);
            heading->setFlags(Qt::ItemIsEnabled);
            removedHeading = true;
        } else if (!note.removed && note.courseId != course) {
            auto *heading = new QListWidgetItem(note.courseName, m_list);
            heading->setFlags(Qt::ItemIsEnabled);
            course = note.courseId;
        }
        QString text = (note.bookmarked ? u"★ "_s : QString()) + note.lessonName;
        if (!note.text.isEmpty())
            text += u"\n"_s + note.text;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(CourseRole, note.courseId);
        item->setData(LessonRole, note.removed ? 0 : note.lessonId);
    }
}

Result<bool> MyNotesPane::exportTo(const QString &path) const
{
    const Result<QList<LessonNote>> notes = m_notebook.notes();
    if (!notes)
        return notes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{u"export"_s, tr("The notes could not be written to %1: %2").arg(path, file.errorString())};
    }
    file.write(Notebook::markdown(*notes).toUtf8());
    if (!file.commit())
        return Error{u"export"_s, tr("The notes could not be written to %1: %2").arg(path, file.errorString())};
    return true;
}

void MyNotesPane::chooseExportFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export notes"), u"notes.md"_s, tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Result<bool> written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export notes"), written.error().message);
}

} // namespace coursedesk

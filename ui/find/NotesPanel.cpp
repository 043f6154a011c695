#include "find/NotesPanel.h"

#include "session/Notebook.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

NotesPanel::NotesPanel(Notebook &notebook, QWidget *parent)
    : QWidget(parent)
    , m_notebook(notebook)
    , m_editor(new QPlainTextEdit(this))
    , m_bookmark(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"notesPanel"_s);
    m_editor->setObjectName(u"noteEditor"_s);
    m_editor->setPlaceholderText(tr("Your note on this lesson. It is saved as you type."));
    m_editor->setAccessibleName(tr("Note on this lesson"));
    m_editor->setTabChangesFocus(true);
    m_bookmark->setObjectName(u"bookmarkButton"_s);
    m_bookmark->setCheckable(true);
    m_bookmark->setText(tr("☆ Bookmark"));
    m_bookmark->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->setObjectName(u"noteStatus"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_bookmark);
    top->addStretch(1);
    top->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(700);
    connect(m_typing, &QTimer::timeout, this, &NotesPanel::save);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_status->setText(tr("Editing…"));
        m_typing->start();
    });
    connect(m_bookmark, &QToolButton::toggled, this, [this](bool on) {
        m_bookmark->setText(on ? tr("★ Bookmarked") : tr("☆ Bookmark"));
        if (m_loading || !m_lessonId)
            return;
        if (Status saved = m_notebook.setBookmarked(m_courseId, m_lessonId, on); !saved)
            m_status->setText(saved.error().message);
    });
    showLesson(0, 0);
}

void NotesPanel::setSaveDelayMs(int ms)
{
    m_typing->setInterval(ms);
}

void NotesPanel::showLesson(qint64 courseId, qint64 lessonId)
{
    if (courseId == m_courseId && lessonId == m_lessonId)
        return;
    if (m_typing->isActive()) {
        m_typing->stop();
        save();
    }
    m_courseId = courseId;
    m_lessonId = lessonId;
    load();
}

void NotesPanel::load()
{
    m_loading = true;
    const Result<LessonNote> note =
        m_lessonId ? m_notebook.note(m_courseId, m_lessonId) : Result<LessonNote>(LessonNote{});
    m_editor->setPlainText(note ? note->text : QString());
    m_bookmark->setChecked(note && note->bookmarked);
    m_bookmark->setText(m_bookmark->isChecked() ? tr("★ Bookmarked") : tr("☆ Bookmark"));
    m_status->setText(note ? QString() : note.error().message);
    setEnabled(m_lessonId != 0);
    m_loading = false;
}

void NotesPanel::save()
{
    m_typing->stop();
    if (!m_lessonId)
        return;
    // A failed save keeps the text in the editor (nothing typed is lost) and says why.
    if (Status saved = m_notebook.setNote(m_courseId, m_lessonId, m_editor->toPlainText()); !saved)
        m_status->setText(saved.error().message);
    else
        m_status->setText(tr("Saved"));
}

} // namespace coursedesk

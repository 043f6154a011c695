#include "find/CourseHomePanel.h"

#include "session/CourseHomeFacts.h"
#include "session/CourseSession.h"
#include "session/LockText.h"
#include "session/Notebook.h"
#include "session/OfflineFiles.h"

#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

CourseHomePanel::CourseHomePanel(const CourseSession &session, Notebook &notebook, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_notebook(notebook)
    , m_cover(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_continue(new QPushButton(this))
    , m_locks(new QLabel(this))
    , m_notes(new QListWidget(this))
{
    setObjectName(u"courseHome"_s);
    m_cover->setObjectName(u"courseCover"_s);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setMinimumHeight(64);
    m_cover->setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(u"courseTitle"_s);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_description->setObjectName(u"courseDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(u"courseHomeProgress"_s);
    m_continue->setObjectName(u"continueButton"_s);
    m_locks->setObjectName(u"courseLocks"_s);
    m_locks->setWordWrap(true);
    m_notes->setObjectName(u"courseNotes"_s);
    m_notes->setAccessibleName(tr("Your notes in this course"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cover);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_progress);
    layout->addWidget(m_continue);
    layout->addWidget(m_locks);
    layout->addWidget(new QLabel(tr("Your notes in this course:"), this));
    layout->addWidget(m_notes, 1);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_continueLessonId)
            emit openLesson(m_courseId, m_continueLessonId);
    });
    connect(m_notes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 lesson = item->data(Qt::UserRole).toLongLong())
            emit openLesson(m_courseId, lesson);
    });
    connect(&m_notebook, &Notebook::noteChanged, this, &CourseHomePanel::refresh);
    connect(&m_session, &CourseSession::progressChanged, this, &CourseHomePanel::refresh);
    connect(&m_session, &CourseSession::accessChanged, this, &CourseHomePanel::refresh);
    // The cover comes with the course's files: after a sync, or a download asked for in the Storage view.
    connect(&m_session, &CourseSession::syncStatusChanged, this, [this] {
        if (m_courseId)
            showCover();
    });
    if (const OfflineFiles *files = m_session.offlineFiles())
        connect(files, &OfflineFiles::storageChanged, this, [this] {
            if (m_courseId)
                showCover();
        });
    showCourse(0);
}

void CourseHomePanel::showCourse(qint64 courseId)
{
    m_courseId = courseId;
    refresh();
}

// The cover from the offline copy (downloaded with the course's files at sync); a placeholder while there is none.
void CourseHomePanel::showCover()
{
    const OfflineFiles *files = m_session.offlineFiles();
    const QString path = files ? files->coverOf(m_courseId) : QString();
    QPixmap cover;
    if (!path.isEmpty() && cover.load(path) && !cover.isNull()) {
        m_cover->setPixmap(cover.scaled(CoverSize, CoverSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_cover->setAccessibleName(tr("Course picture"));
    } else {
        m_cover->setPixmap({});
        m_cover->setText(tr("No cover picture in the cache"));
        m_cover->setAccessibleName({});
    }
}

void CourseHomePanel::refresh()
{
    m_notes->clear();
    m_continueLessonId = 0;
    const Result<CourseOutline> outline = m_courseId ? m_session.outline(m_courseId) : Result<CourseOutline>(Error{});
    setEnabled(outline.ok());
    if (!outline) {
        m_title->setText(outline.error().message);
        m_description->clear();
        m_progress->clear();
        m_continue->setText(tr("Continue"));
        m_continue->setEnabled(false);
        m_locks->clear();
        m_cover->setPixmap({});
        m_cover->setText(tr("No course selected"));
        return;
    }
    const Course &course = outline->course;
    showCover();
    m_title->setText(course.name);
    m_description->setText(course.description.isEmpty() ? tr("This course has no description.") : course.description);
    const CourseHomeFacts facts = CourseHomeFacts::of(course, outline->access);
    // As in the window: an instructor's own progress in a course they teach means nothing, and nothing is theirs to
    // continue; the description, the locks their learners meet and their notes stay.
    const bool teaches = course.role() == Role::Instructor;
    m_progress->setVisible(!teaches);
    m_continue->setVisible(!teaches);
    m_progress->setText(tr("%1 of %2 lessons completed (%3 %)")
                            .arg(facts.progress.completed)
                            .arg(facts.progress.total)
                            .arg(facts.progress.percent()));
    m_continueLessonId = facts.continueLessonId;
    m_continue->setEnabled(facts.continueLessonId != 0);
    m_continue->setText(facts.continueLessonId ? tr("Continue: %1").arg(facts.continueLessonName)
                                               : tr("Nothing open is left to do"));
    QString locks = facts.lockedLessons == 0 ? tr("No lesson is locked.")
                                             : tr("%n lesson(s) locked.", nullptr, facts.lockedLessons);
    if (facts.nextUnlockAt.isValid())
        locks += u" "_s + tr("The next one opens: %1.").arg(LockText::availableOn(facts.nextUnlockAt));
    m_locks->setText(locks);

    const Result<QList<LessonNote>> notes = m_notebook.notes(m_courseId);
    if (!notes || notes->isEmpty()) {
        m_notes->addItem(notes ? tr("No notes in this course yet.") : notes.error().message);
        return;
    }
    for (const LessonNote &note : *notes) {
        QString text = (note.bookmarked ? u"★ "_s : QString()) + note.lessonName;
        if (!note.text.isEmpty())
            text += u": "_s + note.text.section(u'\n', 0, 0);
        auto *item = new QListWidgetItem(text, m_notes);
        item->setData(Qt::UserRole, note.removed ? 0 : note.lessonId);
    }
}

} // namespace coursedesk

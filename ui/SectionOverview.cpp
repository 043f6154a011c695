#include "SectionOverview.h"

#include "StatusIcons.h"

#include "domain/Progress.h"
#include "session/LockText.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

constexpr int lessonIdRole = Qt::UserRole + 1;

} // namespace

SectionOverview::SectionOverview(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_lessons(new QListWidget(this))
{
    setObjectName(u"sectionOverview"_s);
    m_summary->setObjectName(u"sectionSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_lessons->setObjectName(u"sectionLessons"_s);
    m_lessons->setAccessibleName(tr("Lessons of the section"));
    m_lessons->setWordWrap(true);
    m_lessons->setUniformItemSizes(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_lessons, 1);
    connect(m_lessons, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit lessonChosen(item->data(lessonIdRole).toLongLong()); });
}

QString SectionOverview::stateOf(const Lesson &lesson, const LessonAccess &access, const Course &course)
{
    QStringList parts;
    if (!lesson.isPublished())
        parts << tr("Draft");
    if (lesson.type == LessonType::Unknown)
        parts << tr("Cannot be opened in this version");
    if (lesson.completion == Completion::Completed)
        parts << tr("Completed");
    else if (lesson.completion == Completion::Failed)
        parts << tr("Not passed yet");
    else if (lesson.isQuiz())
        parts << tr("Quiz");
    if (!access.isAccessible() && lesson.isPublished())
        parts << tr("Locked: %1").arg(LockText::lessonLock(access, course));
    if (parts.isEmpty())
        parts << tr("To do");
    return parts.join(u" · "_s);
}

void SectionOverview::showSection(const Course &course, const CourseAccess &access, qint64 sectionId)
{
    m_lessons->clear();
    const Section *section = course.findSection(sectionId);
    if (!section) {
        m_summary->clear();
        return;
    }
    const StatusIcons icons;
    int counted = 0;
    int done = 0;
    for (const Lesson &lesson : section->lessons) {
        const LessonAccess lessonAccess = access.lesson(lesson.id);
        auto *item = new QListWidgetItem(icons.forLesson(lesson, lessonAccess),
                                         tr("%1 — %2").arg(lesson.name, stateOf(lesson, lessonAccess, course)));
        item->setData(lessonIdRole, lesson.id);
        item->setToolTip(LockText::accessibleSummary(lesson, lessonAccess, course));
        m_lessons->addItem(item);
        counted += Progress::counts(lesson) ? 1 : 0;
        done += Progress::isDone(lesson) ? 1 : 0;
    }
    const QLocale locale;
    QStringList summary;
    summary << tr("%1 of %n lesson(s) completed.", nullptr, counted).arg(locale.toString(done));
    const SectionAccess sectionAccess = access.section(sectionId);
    if (sectionAccess.dripLocked)
        summary << LockText::sectionLock(sectionAccess, course.type, locale) + u'.';
    else if (sectionAccess.availableAt.isValid())
        summary
            << tr("Open since %1.").arg(locale.toString(sectionAccess.availableAt.toLocalTime(), QLocale::ShortFormat));
    summary << tr("Choose a lesson to open it.");
    m_summary->setText(summary.join(u' '));
    if (m_lessons->count() > 0)
        m_lessons->setCurrentRow(0);
}

QString SectionOverview::summary() const
{
    return m_summary->text();
}

QStringList SectionOverview::lessonLines() const
{
    QStringList lines;
    for (int row = 0; row < m_lessons->count(); ++row)
        lines << m_lessons->item(row)->text();
    return lines;
}

} // namespace coursedesk

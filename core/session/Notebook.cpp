#include "session/Notebook.h"

#include "storage/CacheDatabase.h"

#include <QLocale>

namespace coursedesk {

using namespace Qt::StringLiterals;

Notebook::Notebook(CacheDatabase &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_notes(db)
    , m_news(db)
{}

Result<LessonNote> Notebook::note(qint64 courseId, qint64 lessonId) const
{
    return m_notes.note(courseId, lessonId);
}

Result<QList<LessonNote>> Notebook::notes(std::optional<qint64> courseId) const
{
    return m_notes.all(courseId);
}

Status Notebook::setNote(qint64 courseId, qint64 lessonId, const QString &text)
{
    Result<LessonNote> current = m_notes.note(courseId, lessonId);
    if (current && current->text == text)
        return success();
    Status saved = m_notes.setText(courseId, lessonId, text, m_clock.now());
    if (saved)
        emit noteChanged(courseId, lessonId);
    return saved;
}

Status Notebook::setBookmarked(qint64 courseId, qint64 lessonId, bool bookmarked)
{
    Result<LessonNote> current = m_notes.note(courseId, lessonId);
    if (current && current->bookmarked == bookmarked && (bookmarked || !current->lessonName.isEmpty()))
        return success();
    Status saved = m_notes.setBookmarked(courseId, lessonId, bookmarked, m_clock.now());
    if (saved)
        emit noteChanged(courseId, lessonId);
    return saved;
}

namespace {

// Markdown that shows a name as written: the characters that would start markup are escaped.
QString escaped(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (QStringView(u"\\`*_[]#<>|").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

void appendNote(QString &md, const LessonNote &note, bool withCourse)
{
    QString heading =
        escaped(note.lessonName.isEmpty() ? Notebook::tr("Lesson %1").arg(note.lessonId) : note.lessonName);
    if (withCourse)
        heading = escaped(note.courseName) + u" › "_s + heading;
    else if (!note.sectionName.isEmpty())
        heading = escaped(note.sectionName) + u" › "_s + heading;
    md += u"### "_s + heading + (note.bookmarked ? u" ★"_s : QString()) + u"\n\n"_s;
    if (!note.text.isEmpty()) {
        // Quoted, line by line: the learner's text stays plain, whatever it holds.
        for (const QString &line : note.text.split(u'\n'))
            md += (line.isEmpty() ? u">"_s : u"> "_s + line) + u'\n';
        md += u'\n';
    }
}

} // namespace

QString Notebook::markdown(const QList<LessonNote> &notes)
{
    QString md = u"# "_s + tr("My notes") + u"\n\n"_s;
    if (notes.isEmpty())
        return md + tr("No notes or bookmarks yet.") + u'\n';
    qint64 course = -1;
    bool removedStarted = false;
    for (const LessonNote &note : notes) {
        if (note.removed) {
            if (!removedStarted)
                md += u"## "_s + tr("Removed lessons") + u"\n\n"_s;
            removedStarted = true;
            appendNote(md, note, true);
            continue;
        }
        if (note.courseId != course) {
            course = note.courseId;
            md += u"## "_s + escaped(note.courseName) + u"\n\n"_s;
        }
        appendNote(md, note, false);
    }
    return md;
}

Result<QHash<qint64, WhatsNew::Change>> Notebook::lessonBadges(qint64 courseId) const
{
    return m_news.lessonBadges(courseId);
}

Result<QHash<qint64, WhatsNew::Change>> Notebook::sectionBadges(qint64 courseId) const
{
    return m_news.sectionBadges(courseId);
}

Result<QHash<qint64, int>> Notebook::courseBadges() const
{
    return m_news.courseBadges();
}

Status Notebook::lessonOpened(qint64 courseId, qint64 lessonId)
{
    Result<QHash<qint64, WhatsNew::Change>> badges = m_news.lessonBadges(courseId);
    if (!badges)
        return badges.error();
    if (!badges->contains(lessonId))
        return success();
    Status cleared = m_news.clearLesson(courseId, lessonId);
    if (cleared)
        emit newsChanged(courseId);
    return cleared;
}

Status Notebook::recordUnlocked(qint64 courseId, qint64 lessonId)
{
    Status recorded = m_news.recordUnlocked(courseId, lessonId);
    if (recorded)
        emit newsChanged(courseId);
    return recorded;
}

Result<qint64> Notebook::newsMark() const
{
    return m_news.mark();
}

Result<QList<CourseNews>> Notebook::newsSince(qint64 mark) const
{
    return m_news.since(mark);
}

QStringList Notebook::newsSentences(const QList<CourseNews> &news)
{
    QStringList sentences;
    for (const CourseNews &course : news) {
        QStringList parts;
        if (course.newLessons > 0)
            parts << tr("%n new lesson(s)", nullptr, course.newLessons);
        if (course.changedLessons > 0)
            parts << tr("%n changed lesson(s)", nullptr, course.changedLessons);
        if (course.unlockedLessons > 0)
            parts << tr("%n lesson(s) now open", nullptr, course.unlockedLessons);
        if (course.newSections > 0)
            parts << tr("%n new section(s)", nullptr, course.newSections);
        if (course.changedSections > 0)
            parts << tr("%n renamed section(s)", nullptr, course.changedSections);
        if (parts.isEmpty())
            continue;
        //: %1: what is new ("3 new lessons, 1 lesson now open"), %2: the course's name
        sentences << tr("%1 in %2").arg(QLocale().createSeparatedList(parts), course.courseName);
    }
    return sentences;
}

} // namespace coursedesk

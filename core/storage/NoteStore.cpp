#include "storage/NoteStore.h"

#include "storage/CacheDatabase.h"
#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

const char *const Read = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the notes");
const char *const Save = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the note");

// Columns of a note with the lesson's current names when it is still in the course, else the ones last seen.
const QString Select = u"SELECT n.course_id, n.lesson_id, n.text, n.bookmarked, COALESCE(c.name, n.course_name), "
                       "COALESCE(s.name, n.section_name), COALESCE(l.name, n.lesson_name), n.updated_at, l.id IS NULL "
                       "FROM notes n LEFT JOIN lessons l ON l.id = n.lesson_id AND l.course_id = n.course_id "
                       "LEFT JOIN sections s ON s.id = l.section_id LEFT JOIN courses c ON c.id = n.course_id "_s;

LessonNote fromRow(const QSqlQuery &q)
{
    LessonNote note;
    note.courseId = q.value(0).toLongLong();
    note.lessonId = q.value(1).toLongLong();
    note.text = q.value(2).toString();
    note.bookmarked = q.value(3).toBool();
    note.courseName = q.value(4).toString();
    note.sectionName = q.value(5).toString();
    note.lessonName = q.value(6).toString();
    note.updatedAt = sql::fromTime(q.value(7));
    note.removed = q.value(8).toBool();
    return note;
}

} // namespace

NoteStore::NoteStore(CacheDatabase &db)
    : m_db(db)
{}

Result<LessonNote> NoteStore::note(qint64 courseId, qint64 lessonId) const
{
    QSqlQuery q = m_db.prepare(Select + u"WHERE n.course_id = ? AND n.lesson_id = ?"_s);
    q.addBindValue(courseId);
    q.addBindValue(lessonId);
    if (Status ran = m_db.exec(q, Read); !ran)
        return ran.error();
    if (q.next())
        return fromRow(q);
    LessonNote empty;
    empty.courseId = courseId;
    empty.lessonId = lessonId;
    return empty;
}

Result<QList<LessonNote>> NoteStore::all(std::optional<qint64> courseId) const
{
    QSqlQuery q = m_db.prepare(Select + u"WHERE (? IS NULL OR n.course_id = ?) ORDER BY l.id IS NULL, "
                                        "c.position, n.course_id, s.position, l.position, n.lesson_id"_s);
    const QVariant course = courseId ? QVariant(*courseId) : QVariant();
    q.addBindValue(course);
    q.addBindValue(course);
    if (Status ran = m_db.exec(q, Read); !ran)
        return ran.error();
    QList<LessonNote> notes;
    while (q.next())
        notes.append(fromRow(q));
    return notes;
}

Result<LessonNote> NoteStore::existingOrNew(qint64 courseId, qint64 lessonId) const
{
    Result<LessonNote> current = note(courseId, lessonId);
    if (!current)
        return current;
    if (!current->lessonName.isEmpty() || !current->isEmpty())
        return current; // a note on a lesson that was removed can still change
    QSqlQuery q = m_db.prepare(u"SELECT c.name, s.name, l.name FROM lessons l JOIN sections s ON s.id = l.section_id "
                               "JOIN courses c ON c.id = l.course_id WHERE l.course_id = ? AND l.id = ?"_s);
    q.addBindValue(courseId);
    q.addBindValue(lessonId);
    if (Status ran = m_db.exec(q, Read); !ran)
        return ran.error();
    if (!q.next()) {
        return Error{u"unknown_lesson"_s,
                     QCoreApplication::translate("coursedesk::NoteStore", "Course %1 has no lesson %2.")
                         .arg(courseId)
                         .arg(lessonId)};
    }
    LessonNote fresh = *current;
    fresh.courseName = q.value(0).toString();
    fresh.sectionName = q.value(1).toString();
    fresh.lessonName = q.value(2).toString();
    return fresh;
}

Status NoteStore::setText(qint64 courseId, qint64 lessonId, const QString &text, const QDateTime &now)
{
    return m_db.transaction([&]() -> Status {
        Result<LessonNote> current = existingOrNew(courseId, lessonId);
        if (!current)
            return current.error();
        LessonNote changed = *current;
        changed.text = text;
        changed.updatedAt = now;
        if (Status ok = write(changed); !ok)
            return ok;
        return SearchIndex(m_db).setNote(courseId, lessonId, changed.lessonName, text);
    });
}

Status NoteStore::setBookmarked(qint64 courseId, qint64 lessonId, bool bookmarked, const QDateTime &now)
{
    return m_db.transaction([&]() -> Status {
        Result<LessonNote> current = existingOrNew(courseId, lessonId);
        if (!current)
            return current.error();
        LessonNote changed = *current;
        changed.bookmarked = bookmarked;
        changed.updatedAt = now;
        return write(changed);
    });
}

Status NoteStore::write(const LessonNote &note)
{
    if (note.isEmpty()) {
        QSqlQuery drop = m_db.prepare(u"DELETE FROM notes WHERE course_id = ? AND lesson_id = ?"_s);
        drop.addBindValue(note.courseId);
        drop.addBindValue(note.lessonId);
        return m_db.exec(drop, Save);
    }
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO notes(course_id, lesson_id, text, bookmarked, course_name, section_name, lesson_name, "
        "updated_at) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(course_id, lesson_id) DO UPDATE SET text = excluded.text, "
        "bookmarked = excluded.bookmarked, course_name = excluded.course_name, "
        "section_name = excluded.section_name, lesson_name = excluded.lesson_name, updated_at = excluded.updated_at"_s);
    q.addBindValue(note.courseId);
    q.addBindValue(note.lessonId);
    q.addBindValue(sql::text(note.text));
    q.addBindValue(note.bookmarked);
    q.addBindValue(sql::text(note.courseName));
    q.addBindValue(sql::text(note.sectionName));
    q.addBindValue(sql::text(note.lessonName));
    q.addBindValue(sql::time(note.updatedAt));
    return m_db.exec(q, Save);
}

Status NoteStore::refreshNames(qint64 courseId)
{
    QSqlQuery q = m_db.prepare(
        u"UPDATE notes SET lesson_name = (SELECT l.name FROM lessons l WHERE l.id = notes.lesson_id), "
        "section_name = (SELECT s.name FROM lessons l JOIN sections s ON s.id = l.section_id "
        "WHERE l.id = notes.lesson_id), course_name = (SELECT c.name FROM courses c WHERE c.id = notes.course_id) "
        "WHERE course_id = ? AND EXISTS (SELECT 1 FROM lessons l WHERE l.id = notes.lesson_id "
        "AND l.course_id = notes.course_id)"_s);
    q.addBindValue(courseId);
    return m_db.exec(q, Save);
}

} // namespace coursedesk

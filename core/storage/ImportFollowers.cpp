#include "storage/ImportFollowers.h"

#include "storage/CacheDatabase.h"
#include "storage/NoteStore.h"
#include "storage/SearchIndex.h"
#include "storage/WhatsNew.h"

#include <QSqlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

ImportFollowers::ImportFollowers(CacheDatabase &db)
    : m_db(db)
{}

Status ImportFollowers::before(qint64 courseId)
{
    QSqlQuery q = m_db.prepare(u"SELECT EXISTS (SELECT 1 FROM courses WHERE id = ?)"_s);
    q.addBindValue(courseId);
    if (Status ran = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course")); !ran)
        return ran;
    m_firstImport = !(q.next() && q.value(0).toBool());
    Result<QHash<qint64, QString>> sections = WhatsNew(m_db).sectionNames(courseId);
    if (!sections)
        return sections.error();
    m_sectionsBefore = *sections;
    QSqlQuery lessons = m_db.prepare(u"SELECT id FROM lessons WHERE course_id = ?"_s);
    lessons.addBindValue(courseId);
    if (Status ran = m_db.exec(lessons, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course")); !ran)
        return ran;
    while (lessons.next())
        m_lessonsBefore.insert(lessons.value(0).toLongLong());
    return success();
}

Status ImportFollowers::after(const Course &course)
{
    Result<IndexChanges> changes = SearchIndex(m_db).indexCourse(course);
    if (!changes)
        return changes.error();
    // New to the course is what the course did not hold before (the index may have kept a removed lesson's row
    // for its note).
    IndexChanges news;
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons) {
            if (!m_lessonsBefore.contains(lesson.id))
                news.newLessons.append(lesson.id);
        }
    }
    for (qint64 id : std::as_const(changes->changedLessons)) {
        if (m_lessonsBefore.contains(id))
            news.changedLessons.append(id);
    }
    if (Status ok = NoteStore(m_db).refreshNames(course.id); !ok)
        return ok;
    return WhatsNew(m_db).recordImport(course, m_firstImport, m_sectionsBefore, news);
}

} // namespace coursedesk

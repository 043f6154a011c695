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
    return success();
}

Status ImportFollowers::after(const Course &course)
{
    Result<IndexChanges> changes = SearchIndex(m_db).indexCourse(course);
    if (!changes)
        return changes.error();
    if (Status ok = NoteStore(m_db).refreshNames(course.id); !ok)
        return ok;
    return WhatsNew(m_db).recordImport(course, m_firstImport, m_sectionsBefore, *changes);
}

} // namespace coursedesk

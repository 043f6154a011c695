#include "storage/WhatsNew.h"

#include "storage/CacheDatabase.h"
#include "storage/SearchIndex.h"

#include <QSqlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

const char *const Read = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read what is new");
const char *const Save = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save what is new");

QString wire(WhatsNew::Change change)
{
    switch (change) {
    case WhatsNew::Change::New:
        return u"new"_s;
    case WhatsNew::Change::Changed:
        return u"changed"_s;
    case WhatsNew::Change::Unlocked:
        return u"unlocked"_s;
    }
    return u"changed"_s;
}

WhatsNew::Change fromWire(const QString &text)
{
    if (text == u"new"_s)
        return WhatsNew::Change::New;
    if (text == u"unlocked"_s)
        return WhatsNew::Change::Unlocked;
    return WhatsNew::Change::Changed;
}

} // namespace

WhatsNew::WhatsNew(CacheDatabase &db)
    : m_db(db)
{}

Result<QHash<qint64, QString>> WhatsNew::sectionNames(qint64 courseId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT id, name FROM sections WHERE course_id = ?"_s);
    q.addBindValue(courseId);
    if (Status ran = m_db.exec(q, Read); !ran)
        return ran.error();
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

Status WhatsNew::put(qint64 courseId, const char *item, qint64 itemId, Change change)
{
    // REPLACE gives the badge a new id: it belongs to this sync now. A lesson still "new" stays new.
    QSqlQuery q = m_db.prepare(
        u"INSERT OR REPLACE INTO news(course_id, item, item_id, change) VALUES(?, ?, ?, "
        "CASE WHEN ? = 'changed' AND EXISTS (SELECT 1 FROM news WHERE course_id = ? AND item = ? AND item_id = ? "
        "AND change = 'new') THEN 'new' ELSE ? END)"_s);
    const QString kind = QString::fromLatin1(item);
    q.addBindValue(courseId);
    q.addBindValue(kind);
    q.addBindValue(itemId);
    q.addBindValue(wire(change));
    q.addBindValue(courseId);
    q.addBindValue(kind);
    q.addBindValue(itemId);
    q.addBindValue(wire(change));
    return m_db.exec(q, Save);
}

Status WhatsNew::recordImport(const Course &course, bool firstImport, const QHash<qint64, QString> &sectionsBefore,
                              const IndexChanges &changes)
{
    if (firstImport)
        return success();
    for (const Section &section : course.sections) {
        const auto before = sectionsBefore.constFind(section.id);
        if (before == sectionsBefore.cend()) {
            if (Status ok = put(course.id, "section", section.id, Change::New); !ok)
                return ok;
        } else if (*before != section.name) {
            if (Status ok = put(course.id, "section", section.id, Change::Changed); !ok)
                return ok;
        }
    }
    for (qint64 lesson : changes.newLessons) {
        if (Status ok = put(course.id, "lesson", lesson, Change::New); !ok)
            return ok;
    }
    for (qint64 lesson : changes.changedLessons) {
        if (Status ok = put(course.id, "lesson", lesson, Change::Changed); !ok)
            return ok;
    }
    // Badges of what vanished go with it.
    QSqlQuery gone =
        m_db.prepare(u"DELETE FROM news WHERE course_id = ? AND ((item = 'lesson' AND item_id NOT IN "
                     "(SELECT id FROM lessons WHERE course_id = ?)) OR (item = 'section' AND item_id NOT IN "
                     "(SELECT id FROM sections WHERE course_id = ?)))"_s);
    gone.addBindValue(course.id);
    gone.addBindValue(course.id);
    gone.addBindValue(course.id);
    return m_db.exec(gone, Save);
}

Status WhatsNew::recordUnlocked(qint64 courseId, qint64 lessonId)
{
    return put(courseId, "lesson", lessonId, Change::Unlocked);
}

Result<QHash<qint64, WhatsNew::Change>> WhatsNew::lessonBadges(qint64 courseId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT item_id, change FROM news WHERE course_id = ? AND item = 'lesson'"_s);
    q.addBindValue(courseId);
    if (Status ran = m_db.exec(q, Read); !ran)
        return ran.error();
    QHash<qint64, Change> badges;
    while (q.next())
        badges.insert(q.value(0).toLongLong(), fromWire(q.value(1).toString()));
    return badges;
}

Result<QHash<qint64, WhatsNew::Change>> WhatsNew::sectionBadges(qint64 courseId) const
{
    // A section is marked when it is new or renamed, or when one of its lessons is.
    QSqlQuery q = m_db.prepare(u"SELECT item_id, change FROM news WHERE course_id = ? AND item = 'section' UNION ALL "
                               "SELECT l.section_id, 'changed' FROM news n JOIN lessons l ON l.id = n.item_id "
                               "WHERE n.course_id = ? AND n.item = 'lesson'"_s);
    q.addBindValue(courseId);
    q.addBindValue(courseId);
    if (Status ran = m_db.exec(q, Read); !ran)
        return ran.error();
    QHash<qint64, Change> badges;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!badges.contains(id))
            badges.insert(id, fromWire(q.value(1).toString()));
    }
    return badges;
}

Result<QHash<qint64, int>> WhatsNew::courseBadges() const
{
    QSqlQuery q = m_db.prepare(u"SELECT course_id, COUNT(*) FROM news GROUP BY course_id"_s);
    if (Status ran = m_db.exec(q, Read); !ran)
        return ran.error();
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Status WhatsNew::clearLesson(qint64 courseId, qint64 lessonId)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(u"DELETE FROM news WHERE course_id = ? AND item = 'lesson' AND item_id = ?"_s);
        q.addBindValue(courseId);
        q.addBindValue(lessonId);
        if (Status ok = m_db.exec(q, Save); !ok)
            return ok;
        // The section's own badge goes once none of its lessons is marked.
        QSqlQuery section = m_db.prepare(
            u"DELETE FROM news WHERE course_id = ? AND item = 'section' AND item_id = "
            "(SELECT section_id FROM lessons WHERE id = ?) AND NOT EXISTS (SELECT 1 FROM news n JOIN lessons l "
            "ON l.id = n.item_id WHERE n.course_id = ? AND n.item = 'lesson' AND l.section_id = news.item_id)"_s);
        section.addBindValue(courseId);
        section.addBindValue(lessonId);
        section.addBindValue(courseId);
        return m_db.exec(section, Save);
    });
}

Result<qint64> WhatsNew::mark() const
{
    QSqlQuery q = m_db.prepare(u"SELECT COALESCE(MAX(id), 0) FROM news"_s);
    if (Status ran = m_db.exec(q, Read); !ran)
        return ran.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<CourseNews>> WhatsNew::since(qint64 mark) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT n.course_id, COALESCE(c.name, ''), n.item, n.change, COUNT(*) FROM news n "
                     "LEFT JOIN courses c ON c.id = n.course_id WHERE n.id > ? GROUP BY n.course_id, n.item, n.change "
                     "ORDER BY c.position, n.course_id"_s);
    q.addBindValue(mark);
    if (Status ran = m_db.exec(q, Read); !ran)
        return ran.error();
    QList<CourseNews> news;
    while (q.next()) {
        const qint64 courseId = q.value(0).toLongLong();
        if (news.isEmpty() || news.constLast().courseId != courseId)
            news.append(CourseNews{courseId, q.value(1).toString()});
        CourseNews &course = news.last();
        const bool lesson = q.value(2).toString() == u"lesson"_s;
        const Change change = fromWire(q.value(3).toString());
        const int count = q.value(4).toInt();
        if (lesson) {
            (change == Change::New       ? course.newLessons
             : change == Change::Changed ? course.changedLessons
                                         : course.unlockedLessons) += count;
        } else {
            (change == Change::New ? course.newSections : course.changedSections) += count;
        }
    }
    return news;
}

} // namespace coursedesk

// Store: which courses have a picture.
#include "Store.h"

#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

Status Store::setCover(qint64 courseId, bool hasCover)
{
    QSqlQuery q = hasCover
                      ? sql::prepare(db(), "INSERT OR IGNORE INTO course_covers (course_id) VALUES (?)", {courseId})
                      : sql::prepare(db(), "DELETE FROM course_covers WHERE course_id = ?", {courseId});
    if (!q.exec())
        return Error{u"refserver_store"_s, u"set the course's picture: %1"_s.arg(q.lastError().text())};
    return success();
}

bool Store::hasCover(qint64 courseId) const
{
    QSqlQuery q = sql::prepare(db(), "SELECT 1 FROM course_covers WHERE course_id = ?", {courseId});
    return execLogged(q, "find the course's picture") && q.next();
}

} // namespace coursedesk::refserver

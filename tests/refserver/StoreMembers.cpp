// Store: one page of a course's members, filtered, ordered and sliced by SQLite.
#include "Store.h"

#include "StoreSql.h"

#include <QSqlQuery>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

Store::MemberPage Store::memberPage(qint64 courseId, const std::optional<QStringList> &statuses, const QString &search,
                                    const QString &orderBy, bool descending, qsizetype limit, qsizetype offset) const
{
    QString where = u" FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.course_id = ?"_s;
    QVariantList values{courseId};
    if (statuses && statuses->isEmpty()) {
        where += u" AND 0"_s;
    } else if (statuses) {
        where += u" AND m.join_status IN ("_s + QStringList(statuses->size(), u"?"_s).join(u',') + u')';
        for (const QString &status : *statuses)
            values.append(status);
    }
    if (!search.isEmpty()) {
        QString pattern = search;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        where += u" AND (u.username LIKE ? ESCAPE '\\' OR u.real_name LIKE ? ESCAPE '\\')"_s;
        values << pattern << pattern;
    }
    MemberPage page;
    QSqlQuery count = sql::prepare(db(), (u"SELECT COUNT(*)"_s + where).toUtf8(), values);
    if (!execLogged(count, "count members") || !count.next())
        return page;
    page.count = count.value(0).toInt();

    const QString column = orderBy == u"last_active_at"_s ? u"m.last_active_at"_s : u"m.joined_at"_s;
    const QString order = u" ORDER BY "_s + column + (descending ? u" DESC"_s : u" ASC"_s) + u", m.user_id ASC"_s;
    QSqlQuery rows =
        sql::prepare(db(),
                     (u"SELECT m.user_id, m.course_id, m.join_status, m.joined_at, m.last_active_at, m.enrollment_id,"
                      " u.username, u.real_name"_s +
                      where + order + u" LIMIT ? OFFSET ?"_s)
                         .toUtf8(),
                     values + QVariantList{qint64(limit), qint64(offset)});
    if (!execLogged(rows, "list members")) {
        page.count = 0;
        return page;
    }
    while (rows.next()) {
        const Membership member = membershipFrom(rows);
        page.members.append({member, User{member.userId, rows.value(6).toString(), rows.value(7).toString()}});
    }
    return page;
}

} // namespace coursedesk::refserver

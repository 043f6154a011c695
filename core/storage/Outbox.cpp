#include "storage/Outbox.h"

#include "storage/CacheDatabase.h"
#include "storage/SqlValues.h"
#include "storage/StoredValue.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

const QString columns = u"id, kind, course_id, section_id, lesson_id, idempotency_key, state, created_at, tries, "
                        "next_try_at, error_code, reason"_s;

constexpr auto outboxKinds = wireNames<OutboxKind>({
    {OutboxKind::Complete, u"complete"},
    {OutboxKind::Incomplete, u"incomplete"},
    {OutboxKind::Attempt, u"attempt"},
    {OutboxKind::CommentCreate, u"comment"},
    {OutboxKind::CommentEdit, u"comment_edit"},
    {OutboxKind::CommentDelete, u"comment_delete"},
});
constexpr auto outboxStates = wireNames<OutboxState>({
    {OutboxState::Pending, u"pending"},
    {OutboxState::InFlight, u"in_flight"},
    {OutboxState::Done, u"done"},
    {OutboxState::Rejected, u"rejected"},
});

// One row; a kind or state this version does not know is a damaged row, never a guess (an unknown kind read
// as "complete" would be sent to the server as a completion).
Result<OutboxEntry> readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    Result<OutboxKind> kind = storedValue(outboxKinds, q.value(1), "outbox", "kind", e.id);
    if (!kind)
        return kind.error();
    e.kind = *kind;
    e.courseId = q.value(2).toLongLong();
    e.sectionId = q.value(3).toLongLong();
    e.lessonId = q.value(4).toLongLong();
    e.idempotencyKey = q.value(5).toString();
    Result<OutboxState> state = storedValue(outboxStates, q.value(6), "outbox", "state", e.id);
    if (!state)
        return state.error();
    e.state = *state;
    e.createdAt = sql::fromTime(q.value(7));
    e.tries = q.value(8).toInt();
    e.nextTryAt = sql::fromTime(q.value(9));
    e.errorCode = q.value(10).toString();
    e.reason = q.value(11).toString();
    return e;
}

Result<QList<OutboxEntry>> readAll(QSqlQuery &query, const CacheDatabase &db, const char *what)
{
    if (Status ran = db.exec(query, what); !ran)
        return ran.error();
    QList<OutboxEntry> entries;
    while (query.next()) {
        Result<OutboxEntry> entry = readEntry(query);
        if (!entry)
            return entry.error();
        entries.append(*entry);
    }
    return entries;
}

} // namespace

QString toWire(OutboxKind kind)
{
    return outboxKinds.name(kind);
}

QString toWire(OutboxState state)
{
    return outboxStates.name(state);
}

std::optional<OutboxKind> outboxKindNamed(QStringView text)
{
    return outboxKinds.value(text);
}

std::optional<OutboxState> outboxStateNamed(QStringView text)
{
    return outboxStates.value(text);
}

Outbox::Outbox(CacheDatabase &db)
    : m_db(db)
{}

Status Outbox::recordCompletion(qint64 courseId, qint64 sectionId, qint64 lessonId, Completion desired,
                                Completion confirmed, const QDateTime &now)
{
    return m_db.transaction([&]() -> Status {
        // The change the server will have seen once everything already sent has landed.
        QSqlQuery inFlight = m_db.prepare(u"SELECT kind FROM outbox WHERE lesson_id = ? AND state = 'in_flight' "
                                          "AND kind IN ('complete','incomplete') ORDER BY id DESC LIMIT 1"_s);
        inFlight.addBindValue(lessonId);
        if (Status ran = m_db.exec(inFlight, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the outbox")); !ran)
            return ran;
        const bool desiredDone = desired == Completion::Completed;
        bool baselineDone = confirmed == Completion::Completed;
        if (inFlight.next())
            baselineDone = inFlight.value(0).toString() == u"complete"_s;

        // The lesson's place in the queue: its pending change, or the one the learner cancelled by returning
        // to the baseline. A cancelled entry is kept (hidden from every reader) so that a renewed wish takes
        // its original place in the order again: enforced lesson order depends on that order.
        QSqlQuery existing = m_db.prepare(u"SELECT id, state FROM outbox WHERE lesson_id = ? "
                                          "AND state IN ('pending','cancelled') AND kind IN ('complete','incomplete') "
                                          "ORDER BY id LIMIT 1"_s);
        existing.addBindValue(lessonId);
        if (Status ran = m_db.exec(existing, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the outbox")); !ran)
            return ran;
        const bool found = existing.next();
        const qint64 existingId = found ? existing.value(0).toLongLong() : 0;
        const bool existingPending = found && existing.value(1).toString() == u"pending"_s;

        if (desiredDone == baselineDone) {
            if (!existingPending)
                return success(); // nothing to tell the server
            QSqlQuery cancel = m_db.prepare(u"UPDATE outbox SET state = 'cancelled' WHERE id = ?"_s);
            cancel.addBindValue(existingId);
            return m_db.exec(cancel, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox"));
        }
        const QString kind = desiredDone ? u"complete"_s : u"incomplete"_s;
        if (existingId != 0) {
            QSqlQuery update = m_db.prepare(u"UPDATE outbox SET kind = ?, state = 'pending', tries = 0, "
                                            "next_try_at = NULL, error_code = NULL, reason = NULL WHERE id = ?"_s);
            update.addBindValue(kind);
            update.addBindValue(existingId);
            return m_db.exec(update, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox"));
        }
        QSqlQuery insert =
            m_db.prepare(u"INSERT INTO outbox(course_id, section_id, lesson_id, kind, state, created_at) "
                         "VALUES(?, ?, ?, ?, 'pending', ?)"_s);
        insert.addBindValue(courseId);
        insert.addBindValue(sectionId);
        insert.addBindValue(lessonId);
        insert.addBindValue(kind);
        insert.addBindValue(sql::time(now));
        return m_db.exec(insert, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "queue the change"));
    });
}

Result<OutboxEntry> Outbox::recordAttempt(qint64 courseId, qint64 sectionId, qint64 lessonId,
                                          const QString &idempotencyKey, const QDateTime &now)
{
    QSqlQuery insert = m_db.prepare(u"INSERT INTO outbox(course_id, section_id, lesson_id, kind, idempotency_key, "
                                    "state, created_at) VALUES(?, ?, ?, 'attempt', ?, 'pending', ?)"_s);
    insert.addBindValue(courseId);
    insert.addBindValue(sectionId);
    insert.addBindValue(lessonId);
    insert.addBindValue(idempotencyKey);
    insert.addBindValue(sql::time(now));
    if (Status ran = m_db.exec(insert, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "queue the quiz attempt")); !ran)
        return ran.error();
    return entry(insert.lastInsertId().toLongLong());
}

Result<OutboxEntry> Outbox::recordComment(OutboxKind kind, qint64 courseId, qint64 sectionId, qint64 lessonId,
                                          const QDateTime &now)
{
    QSqlQuery insert = m_db.prepare(u"INSERT INTO outbox(course_id, section_id, lesson_id, kind, state, created_at) "
                                    "VALUES(?, ?, ?, ?, 'pending', ?)"_s);
    insert.addBindValue(courseId);
    insert.addBindValue(sectionId);
    insert.addBindValue(lessonId);
    insert.addBindValue(toWire(kind));
    insert.addBindValue(sql::time(now));
    if (Status ran = m_db.exec(insert, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "queue the comment")); !ran)
        return ran.error();
    return entry(insert.lastInsertId().toLongLong());
}

Status Outbox::cancelPending(qint64 id)
{
    Result<OutboxEntry> found = entry(id);
    if (!found)
        return found.error();
    if (found->state != OutboxState::Pending) {
        return Error{u"not_pending"_s,
                     QCoreApplication::translate("coursedesk::Outbox",
                                                 "Action %1 is being sent or was answered; it cannot be withdrawn.")
                         .arg(id)};
    }
    QSqlQuery query = m_db.prepare(u"UPDATE outbox SET state = 'cancelled' WHERE id = ?"_s);
    query.addBindValue(id);
    return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox"));
}

Result<QList<OutboxEntry>> Outbox::sendable(qint64 courseId) const
{
    QSqlQuery query = m_db.prepare(u"SELECT "_s + columns +
                                   u" FROM outbox WHERE state IN ('pending','in_flight') AND (? = 0 OR course_id = ?) "
                                   "ORDER BY id"_s);
    query.addBindValue(courseId);
    query.addBindValue(courseId);
    return readAll(query, m_db, "read the outbox");
}

Result<QList<OutboxEntry>> Outbox::unfinished() const
{
    // Every state but the finished ones, so that a row whose state this version does not know is read (and reported
    // as damaged) rather than silently left out.
    QSqlQuery query =
        m_db.prepare(u"SELECT "_s + columns + u" FROM outbox WHERE state NOT IN ('done','cancelled') ORDER BY id"_s);
    return readAll(query, m_db, "read the outbox");
}

Result<OutboxEntry> Outbox::entry(qint64 id) const
{
    QSqlQuery query = m_db.prepare(u"SELECT "_s + columns + u" FROM outbox WHERE id = ? AND state <> 'cancelled'"_s);
    query.addBindValue(id);
    Result<QList<OutboxEntry>> rows = readAll(query, m_db, "read the outbox");
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        return Error{u"unknown_entry"_s,
                     QCoreApplication::translate("coursedesk::Outbox", "There is no queued action %1.").arg(id)};
    }
    return rows->constFirst();
}

Result<QList<OutboxEntry>> Outbox::forLessons(const QList<qint64> &lessonIds) const
{
    QList<OutboxEntry> found;
    for (qint64 lessonId : lessonIds) {
        QSqlQuery query = m_db.prepare(u"SELECT "_s + columns +
                                       u" FROM outbox WHERE lesson_id = ? "
                                       "AND state IN ('pending','in_flight','rejected') ORDER BY id"_s);
        query.addBindValue(lessonId);
        Result<QList<OutboxEntry>> rows = readAll(query, m_db, "read the outbox");
        if (!rows)
            return rows.error();
        found.append(*rows);
    }
    std::sort(found.begin(), found.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
    return found;
}

Result<QSet<qint64>> Outbox::lessonsWithOpenChanges(const QList<qint64> &lessonIds) const
{
    QSqlQuery query = m_db.prepare(u"SELECT DISTINCT lesson_id FROM outbox "
                                   "WHERE lesson_id IN (SELECT value FROM json_each(?)) "
                                   "AND state IN ('pending','in_flight') AND kind NOT LIKE 'comment%'"_s);
    query.addBindValue(sql::idArray(lessonIds));
    if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the outbox")); !ran)
        return ran.error();
    QSet<qint64> open;
    while (query.next())
        open.insert(query.value(0).toLongLong());
    return open;
}

Result<int> Outbox::countSendable() const
{
    QSqlQuery query = m_db.prepare(u"SELECT COUNT(*) FROM outbox WHERE state IN ('pending','in_flight')"_s);
    if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the outbox")); !ran)
        return ran.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Status Outbox::setState(qint64 id, OutboxState state, const char *what)
{
    QSqlQuery query = m_db.prepare(u"UPDATE outbox SET state = ? WHERE id = ? AND state <> 'cancelled'"_s);
    query.addBindValue(toWire(state));
    query.addBindValue(id);
    return m_db.exec(query, what);
}

Status Outbox::markInFlight(qint64 id)
{
    // Not worth an fsync: after a crash every in-flight entry becomes pending again anyway
    // (recoverInFlight), so a mark lost with the power changes nothing. It still survives the
    // process being killed (WAL), which is what the coalescing rules rely on while it runs.
    return m_db.withRelaxedSync([&]() -> Status {
        QSqlQuery query = m_db.prepare(u"UPDATE outbox SET state = 'in_flight', tries = tries + 1 "
                                       "WHERE id = ? AND state <> 'cancelled'"_s);
        query.addBindValue(id);
        return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox"));
    });
}

Status Outbox::markDone(qint64 id)
{
    return setState(id, OutboxState::Done, "update the outbox");
}

Status Outbox::markDone(const QList<qint64> &ids)
{
    QSqlQuery query = m_db.prepare(u"UPDATE outbox SET state = 'done' "
                                   "WHERE id IN (SELECT value FROM json_each(?)) AND state <> 'cancelled'"_s);
    query.addBindValue(sql::idArray(ids));
    return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox"));
}

Status Outbox::markRejected(qint64 id, const QString &errorCode, const QString &reason)
{
    QSqlQuery query = m_db.prepare(u"UPDATE outbox SET state = 'rejected', error_code = ?, reason = ? "
                                   "WHERE id = ? AND state <> 'cancelled'"_s);
    query.addBindValue(errorCode);
    query.addBindValue(reason);
    query.addBindValue(id);
    return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox"));
}

Status Outbox::scheduleRetry(qint64 id, const QDateTime &nextTryAt, const QString &reason)
{
    QSqlQuery query = m_db.prepare(u"UPDATE outbox SET state = 'pending', next_try_at = ?, reason = ? "
                                   "WHERE id = ? AND state <> 'cancelled'"_s);
    query.addBindValue(sql::time(nextTryAt));
    query.addBindValue(reason);
    query.addBindValue(id);
    return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox"));
}

Status Outbox::dismiss(qint64 id)
{
    Result<OutboxEntry> found = entry(id);
    if (!found)
        return found.error();
    if (found->state != OutboxState::Rejected) {
        return Error{u"not_rejected"_s,
                     QCoreApplication::translate("coursedesk::Outbox", "Action %1 is still waiting to be sent; only a "
                                                                       "rejected action can be dismissed.")
                         .arg(id)};
    }
    QSqlQuery query = m_db.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    query.addBindValue(id);
    return m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "dismiss the action"));
}

Result<QList<Outbox::Claimed>> Outbox::claim(const QList<qint64> &ids)
{
    // Not worth an fsync, as markInFlight. Only what a learner can have changed is read back.
    QList<Claimed> claimed;
    const Status marked = m_db.withRelaxedSync([&]() -> Status {
        // `+state`: the ids are looked up by rowid, not every pending entry through the index on state.
        QSqlQuery query = m_db.prepare(u"UPDATE outbox SET state = 'in_flight', tries = tries + 1 "
                                       "WHERE id IN (SELECT value FROM json_each(?)) AND +state = 'pending' "
                                       "RETURNING id, kind, tries - 1"_s);
        query.addBindValue(sql::idArray(ids));
        if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox")); !ran)
            return ran;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            Result<OutboxKind> kind = storedValue(outboxKinds, query.value(1), "outbox", "kind", id);
            if (!kind)
                return kind.error();
            claimed.append(Claimed{id, *kind, query.value(2).toInt()});
        }
        return success();
    });
    if (!marked)
        return marked.error();
    std::sort(claimed.begin(), claimed.end(), [](const Claimed &a, const Claimed &b) { return a.id < b.id; });
    return claimed;
}

Status Outbox::release(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return success();
    return m_db.transaction([&]() -> Status {
        QSqlQuery query = m_db.prepare(u"UPDATE outbox SET state = 'pending', tries = MAX(tries - 1, 0) "
                                       "WHERE id IN (SELECT value FROM json_each(?)) AND +state = 'in_flight'"_s);
        query.addBindValue(sql::idArray(ids));
        if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox")); !ran)
            return ran;
        return collapseWishes();
    });
}

Result<int> Outbox::recoverInFlight()
{
    int recovered = 0;
    Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query = m_db.prepare(u"UPDATE outbox SET state = 'pending' WHERE state = 'in_flight'"_s);
        if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "recover the outbox")); !ran)
            return ran;
        recovered = query.numRowsAffected();
        return recovered > 0 ? collapseWishes() : success();
    });
    if (!done)
        return done.error();
    return recovered;
}

Status Outbox::collapseWishes()
{
    const char *what = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the outbox");
    QSqlQuery twice = m_db.prepare(
        u"SELECT id, lesson_id, kind FROM outbox o WHERE state = 'pending' AND kind IN ('complete','incomplete') "
        "AND lesson_id IN (SELECT lesson_id FROM outbox WHERE state = 'pending' AND kind IN ('complete','incomplete') "
        "GROUP BY lesson_id HAVING COUNT(*) > 1) AND NOT EXISTS (SELECT 1 FROM outbox a WHERE a.lesson_id = "
        "o.lesson_id "
        "AND a.kind = 'attempt' AND a.state IN ('pending','in_flight')) ORDER BY lesson_id, id"_s);
    if (Status ran = m_db.exec(twice, what); !ran)
        return ran;
    struct Wishes
    {
        qint64 first = 0;
        QString latestKind;
        QList<qint64> later;
    };
    QMap<qint64, Wishes> lessons;
    while (twice.next()) {
        Wishes &wishes = lessons[twice.value(1).toLongLong()];
        const qint64 id = twice.value(0).toLongLong();
        if (wishes.first == 0)
            wishes.first = id;
        else
            wishes.later.append(id);
        wishes.latestKind = twice.value(2).toString();
    }
    QSqlQuery keep = m_db.prepare(u"UPDATE outbox SET kind = ? WHERE id = ?"_s);
    QSqlQuery drop =
        m_db.prepare(u"UPDATE outbox SET state = 'cancelled' WHERE id IN (SELECT value FROM json_each(?))"_s);
    for (const Wishes &wishes : std::as_const(lessons)) {
        keep.addBindValue(wishes.latestKind);
        keep.addBindValue(wishes.first);
        if (Status ran = m_db.exec(keep, what); !ran)
            return ran;
        drop.addBindValue(sql::idArray(wishes.later));
        if (Status ran = m_db.exec(drop, what); !ran)
            return ran;
    }
    return success();
}

} // namespace coursedesk

#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace coursedesk {

class CacheDatabase;

enum class OutboxKind
{
    Complete,
    Incomplete,
    Attempt,
    // Lesson comments (branch comments): their words and target live in CommentStore, under the entry's id.
    CommentCreate,
    CommentEdit,
    CommentDelete,
};

inline bool isComment(OutboxKind kind)
{
    return kind == OutboxKind::CommentCreate || kind == OutboxKind::CommentEdit || kind == OutboxKind::CommentDelete;
}

// A completion or an incompletion: idempotent on the server, coalesced per lesson here.
inline bool isCompletion(OutboxKind kind)
{
    return kind == OutboxKind::Complete || kind == OutboxKind::Incomplete;
}

enum class OutboxState
{
    Pending,
    InFlight, // sent, no answer yet; left so by a crash it is sent again (idempotency makes that safe)
    Done,
    Rejected, // the server refused it; kept with its reason until the user dismisses it
};

QString toWire(OutboxKind kind);
QString toWire(OutboxState state);
std::optional<OutboxKind> outboxKindNamed(QStringView text);
std::optional<OutboxState> outboxStateNamed(QStringView text);

struct OutboxEntry final
{
    qint64 id = 0; // creation order
    OutboxKind kind = OutboxKind::Complete;
    qint64 courseId = 0;
    qint64 sectionId = 0;
    qint64 lessonId = 0;
    QString idempotencyKey; // attempts only: a UUID sent as Idempotency-Key
    OutboxState state = OutboxState::Pending;
    QDateTime createdAt;
    int tries = 0;
    QDateTime nextTryAt;
    QString errorCode;
    QString reason;

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

// The durable queue of learner actions (design.md, "Outbox rules"). Writes join the caller's
// transaction, so an action and its entry commit together.
class Outbox final
{
public:
    explicit Outbox(CacheDatabase &db);

    // The learner wants `desired`; the server last confirmed `confirmed` (or, while a change of the lesson
    // is in flight, that change is the baseline). Keeps at most one pending completion change per lesson:
    // an existing pending entry is changed in place (keeping its place in the order) or cancelled when the
    // wish equals the baseline; otherwise one entry is appended. A cancelled entry is invisible to every
    // reader and to the state changes below; a later wish for the lesson revives it in its old place.
    Status recordCompletion(qint64 courseId, qint64 sectionId, qint64 lessonId, Completion desired,
                            Completion confirmed, const QDateTime &now);
    // Quiz attempts are never merged: one entry each, with its own idempotency key.
    Result<OutboxEntry> recordAttempt(qint64 courseId, qint64 sectionId, qint64 lessonId, const QString &idempotencyKey,
                                      const QDateTime &now);

    // A comment write, one entry each, never merged; the caller stores its words (CommentStore) in the same
    // transaction.
    Result<OutboxEntry> recordComment(OutboxKind kind, qint64 courseId, qint64 sectionId, qint64 lessonId,
                                      const QDateTime &now);
    // Withdraws a pending entry (a comment deleted or changed before it was sent); refuses any other state.
    Status cancelPending(qint64 id);

    // Pending and in-flight entries (of one course, or all when courseId is 0), in creation order.
    Result<QList<OutboxEntry>> sendable(qint64 courseId = 0) const;
    // Every entry not done: pending, in flight and rejected, in creation order.
    Result<QList<OutboxEntry>> unfinished() const;
    Result<OutboxEntry> entry(qint64 id) const;
    Result<QList<OutboxEntry>> forLessons(const QList<qint64> &lessonIds) const; // unfinished ones
    Result<int> countSendable() const;
    // Of these lessons, the ones with a completion, incompletion or attempt still pending or in flight.
    Result<QSet<qint64>> lessonsWithOpenChanges(const QList<qint64> &lessonIds) const;

    Status markInFlight(qint64 id);
    // Takes these pending entries in flight in one statement, as the sync engine claims the next ones of a course
    // before sending them one by one, and says what each is now, in id order: an entry the learner withdrew (or
    // that is no longer pending) is not listed, one the learner changed since it was read has its new kind.
    struct Claimed
    {
        qint64 id = 0;
        OutboxKind kind = OutboxKind::Complete;
        int triesBefore = 0; // the tries before this one, as the backoff counts them
    };
    Result<QList<Claimed>> claim(const QList<qint64> &ids);
    // Entries claimed and never sent go back to pending, the try not counted (collapseWishes follows).
    Status release(const QList<qint64> &ids);
    Status markDone(qint64 id);
    Status markDone(const QList<qint64> &ids); // in one statement
    Status markRejected(qint64 id, const QString &errorCode, const QString &reason);
    Status scheduleRetry(qint64 id, const QDateTime &nextTryAt, const QString &reason);
    // Removes a rejected entry the user has read; refuses any other state.
    Status dismiss(qint64 id);
    // After a crash: entries left in flight become pending again (collapseWishes follows). Returns how many.
    Result<int> recoverInFlight();

private:
    Status setState(qint64 id, OutboxState state, const char *what);
    // A lesson has at most one pending completion or incompletion: a learner who changes a lesson while its entry is
    // in flight queues a second one, and when the first goes back to pending (released unsent, or after a crash)
    // the two become one: the latest wish, in the place of the first, still sent (it is harmless when the server
    // holds it already). A lesson with a quiz attempt queued is left as it is: the order against the attempt counts.
    Status collapseWishes();

    CacheDatabase &m_db;
};

} // namespace coursedesk

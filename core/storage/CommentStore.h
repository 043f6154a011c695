#pragma once

#include "domain/Comment.h"
#include "domain/MediaRefs.h"
#include "domain/Result.h"
#include "storage/Outbox.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace coursedesk {

class CacheDatabase;

// A comment write waiting in the outbox (or refused by the server), with everything needed to send it and to
// show it in place: its words are kept here until the server has them, and after a rejection until the learner
// dismisses the entry, so they are never lost.
struct CommentDraft final
{
    qint64 entryId = 0; // the outbox entry
    OutboxKind kind = OutboxKind::CommentCreate;
    OutboxState state = OutboxState::Pending;
    qint64 courseId = 0;
    qint64 sectionId = 0;
    qint64 lessonId = 0;
    qint64 commentId = 0; // edit and delete: the server's comment
    qint64 parentId = 0;  // create: the first-level comment it answers (0: a new thread)
    qint64 inReplyTo = 0; // create: the reply it answers
    QString text;         // create and edit: the learner's words
    QDateTime writtenAt;
    QDateTime firstSentAt; // server time of the first send of a create; null until then
    QString reason;        // rejected: the server's words

    friend bool operator==(const CommentDraft &, const CommentDraft &) = default;
};

// A lesson's thread as the sync read it (CommentSync; branch comments2): the first page of first-level comments and
// the replies read under them, each with whether it covered everything under its parent, and the thread's
// validators. Kept all at once (LearnerState::keepThread): a read that failed half-way changes nothing.
struct CommentThreadRead final
{
    struct Replies
    {
        QList<LessonComment> comments;
        bool complete = false;
    };
    qint64 courseId = 0;
    qint64 lessonId = 0;
    QString sectionName; // given to every comment kept (the inbox shows them)
    QString lessonName;
    QList<LessonComment> firstLevel;
    bool complete = false;          // the first page held every first-level comment
    QHash<qint64, Replies> replies; // by first-level comment
    Validators validators;
    qint64 readSequence = 0; // CommentStore::sequence() when the read began
};

// The comments cached per lesson (as last read from the server, readable offline) and the comment writes waiting
// for it. Writes join the caller's transaction.
class CommentStore final
{
public:
    explicit CommentStore(CacheDatabase &db);

    // ---- The server's comments ----
    // Adds or refreshes comments (a row's read mark is kept).
    Status store(const QList<LessonComment> &comments, const QDateTime &now);
    // Forgets the cached comments under `parentId` of a lesson that a complete read did not return (deleted on the
    // server); 0 is the first level (whose replies go with them). Only rows stored at or before `sequence` (taken
    // when the read began): a comment kept while the read was under way (one just sent) is newer than the read.
    Status keepOnly(qint64 lessonId, qint64 parentId, const QSet<qint64> &ids, qint64 sequence);
    // The count of stores so far, to bound keepOnly.
    Result<qint64> sequence() const;
    Status remove(qint64 commentId); // with its replies
    // A lesson's cached comments: first-level ones oldest first, each followed by its replies oldest first.
    Result<QList<LessonComment>> lesson(qint64 lessonId) const;
    // A course's cached comments, newest first.
    Result<QList<LessonComment>> course(qint64 courseId) const;
    Result<std::optional<LessonComment>> comment(qint64 commentId) const;
    // The instructor's inbox: which comments were read here.
    Status markRead(const QList<qint64> &commentIds, const QDateTime &now);
    Result<QSet<qint64>> readIds(qint64 courseId) const;

    // ---- The threads the sync keeps (CommentThreads.cpp; branch comments2) ----
    // The validators of each lesson thread of a course, as last read (sent back: an unchanged thread is answered 304).
    Result<QHash<qint64, Validators>> threadValidators(qint64 courseId) const;
    // The first page of a longer thread (oldest first) covers everything up to its last comment: cached first-level
    // comments before that one (by time, then id) that it did not return were deleted on the server. Only rows
    // stored at or before `sequence`, as keepOnly.
    Status keepOnlyThrough(qint64 lessonId, const QSet<qint64> &ids, const LessonComment &last, qint64 sequence);
    Status setThreadValidators(qint64 courseId, qint64 lessonId, const Validators &validators, const QDateTime &now);
    // The validators of the first page of a course's inbox (the course-wide list), kept once every page was read.
    Validators inboxValidators(qint64 courseId) const;
    Status setInboxValidators(qint64 courseId, const Validators &validators);
    // The signed-in user's id on the server (for "mine": CommentAuthorship), 0 until a sync has learnt it.
    qint64 selfId() const;
    Status setSelfId(qint64 userId);

    // ---- Writes waiting for the server ----
    // Queues the write: an outbox entry and its words, in one transaction. Returns it with entryId and state.
    Result<CommentDraft> queue(CommentDraft draft, Outbox &outbox, const QDateTime &now);
    Result<std::optional<CommentDraft>> draft(qint64 entryId) const;
    // A lesson's writes not yet done (pending, in flight, rejected), in the order they were written; 0: every lesson.
    Result<QList<CommentDraft>> drafts(qint64 lessonId) const;
    // Records the first send of a create (later calls change nothing).
    Status markFirstSent(qint64 entryId, const QDateTime &serverTime);
    // Changes the words of a write that was not sent yet.
    Status changeText(qint64 entryId, const QString &text);
    // The server's ids of this lesson's comments written here and confirmed, but for `exceptEntry`'s.
    Result<QSet<qint64>> serverIdsOfOthers(qint64 lessonId, qint64 exceptEntry) const;
    // The create was answered with (or found as) this comment.
    Status setServerId(qint64 entryId, qint64 commentId);

private:
    Result<QList<LessonComment>> many(const QString &where, const QVariantList &values, const QString &order) const;
    Result<QList<CommentDraft>> drafts(const QString &where, const QVariantList &values) const;

    CacheDatabase &m_db;
};

} // namespace coursedesk

#pragma once

#include "domain/Comment.h"
#include "domain/MediaRefs.h"
#include "domain/Result.h"
#include "storage/CommentStore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace coursedesk {

class ApiClient;
class CourseSession;
class LearnerState;

// One row of a lesson's comment thread as the learner sees it: a comment the server has, or one written here that
// waits (pending) or was refused (rejected, with the server's words and the learner's text kept for copy or retry).
struct CommentItem final
{
    LessonComment comment;             // a pending create has id 0, the learner's words as HTML and its write time
    std::optional<CommentDraft> draft; // the write waiting (or refused) for this comment, if any
    bool mine = false;                 // written by the signed-in user: may be edited and deleted

    bool isPending() const { return draft && draft->state != OutboxState::Rejected; }
    bool isRejected() const { return draft && draft->state == OutboxState::Rejected; }
    // The words to show: a waiting edit's new words, else the comment's.
    QString html() const;
};

// What a read of the server brought.
struct CommentFetch final
{
    int firstLevelCount = 0; // on the server
    int loaded = 0;          // first-level comments read so far (offset + this page)
    bool unchanged = false;  // the server said the copy kept is current (304): nothing was read
    bool hasMore() const { return loaded < firstLevelCount; }
};

// Lesson comments for the window and the command line (issue 20): the thread from the cache with the queued writes
// in place, reads from the server page by page (each first-level comment with its replies), and the learner's
// writes — checked here (comments enabled, the lesson open to this learner, some words), queued through the
// account's LearnerState and sent by the sync engine. The instructor's inbox reads the course-wide list.
class LessonComments final : public QObject
{
    Q_OBJECT

public:
    // api: null for an account without a server (the bundled sample): then nothing is read or written.
    LessonComments(LearnerState &state, const CourseSession &session, ApiClient *api, QObject *parent = nullptr);

    // The signed-in user on the server, for "mine" (CommentAuthorship): the account's name; the id, when none is
    // given, is the one the sync learnt and kept in the cache (0 until then: matched by name).
    void setSelf(const CommentAuthor &self) { m_self = self; }
    CommentAuthor self() const;

    // First-level comments in order, each followed by its replies; pending creates in place (a reply under its
    // thread, a new thread at the end); pending edits and deletes on the comment they concern.
    Result<QList<CommentItem>> thread(qint64 courseId, qint64 lessonId) const;

    using FetchDone = std::function<void(Result<CommentFetch>)>;
    // Reads one page of first-level comments (from `offset`) and the replies of those that have any, and keeps
    // them. A read from offset 0 that covers every comment forgets cached ones the server no longer has.
    void fetch(qint64 courseId, qint64 lessonId, int offset, FetchDone done, int pageSize = 20);

    Result<CommentDraft> write(qint64 courseId, qint64 lessonId, const QString &text, qint64 replyTo = 0);
    Result<CommentDraft> edit(qint64 courseId, qint64 lessonId, qint64 commentId, const QString &text);
    Result<CommentDraft> remove(qint64 courseId, qint64 lessonId, qint64 commentId);
    // A refused write is queued again with the same words (the refused entry is dismissed); a write not sent yet
    // is withdrawn.
    Result<CommentDraft> retry(qint64 entryId);
    Status withdraw(qint64 entryId);

    // ---- The instructor's inbox ----
    // Every first-level comment of the course with its replies, newest first, read page by page and kept.
    void fetchInbox(qint64 courseId, int offset, FetchDone done, int pageSize = 50);
    // What the inbox does on each open (LessonCommentsInbox.cpp; branch comments2): the first page is asked with the
    // validators of the last complete read, so that with nothing new it costs one request (304); otherwise every
    // page is read (the list is grouped by lesson, so something new may be on any page) and the validators kept
    // once all came in. Read marks stay as they are.
    void refreshInbox(qint64 courseId, FetchDone done, int pageSize = 50);
    Result<QList<LessonComment>> inbox(qint64 courseId) const; // from the cache, newest first
    Result<QSet<qint64>> readIds(qint64 courseId) const;
    Status markRead(const QList<qint64> &commentIds);

signals:
    void commentsChanged(qint64 courseId, qint64 lessonId);

private:
    struct Target
    {
        qint64 sectionId = 0;
    };
    Result<Target> writable(qint64 courseId, qint64 lessonId) const;
    Result<LessonComment> cachedComment(qint64 lessonId, qint64 commentId) const;
    void readInboxPages(qint64 courseId, int offset, int pageSize, Validators first, FetchDone done);
    void fetchReplies(qint64 courseId, qint64 sectionId, qint64 lessonId, QList<qint64> parents, CommentFetch fetch,
                      FetchDone done);

    LearnerState &m_state;
    const CourseSession &m_session;
    ApiClient *m_api;
    CommentAuthor m_self;
};

} // namespace coursedesk

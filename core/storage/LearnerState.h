#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Clock.h"
#include "domain/Course.h"
#include "domain/Progress.h"
#include "domain/Result.h"
#include "storage/AttemptStore.h"
#include "storage/CommentStore.h"
#include "storage/CourseStore.h"
#include "storage/Outbox.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace coursedesk {

class CacheDatabase;

// One account's learner state in its cache: its courses, lesson states, queued actions and quiz attempts, for
// the session façade (the learner's actions) and the sync engine (the server's answers) alike. Every change
// of a course or lesson is one transaction, keeps the outline cache in step and is announced by a signal, so
// no caller has to remember to refresh anything.
//
// - Outlines are cached: the toggle path reads no SQL after the first read of a course.
// - The server's clock is estimated from its Date headers (the offset is kept in the cache).
// - One unlock watch: a timer at the next drip unlock over every course; lessonUnlocked for each lesson opened.
// - The outbox's and the attempts' own bookkeeping (in flight, retry times, first sends, grades) goes through
//   outbox() and attempts(): none of it changes a course or a lesson state.
// - A local account (the bundled sample) has no server: its actions are final and never queue.
class LearnerState final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Local,
        Server,
    };

    LearnerState(CacheDatabase &db, const Clock &clock, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    const Clock &clock() const { return m_clock; }
    const Clock &serverClock() const { return m_serverClock; }
    Status setServerClockOffset(qint64 offsetMs);
    // The server clock as seen in a reply; the offset is kept (and persisted when it moves by a second or more).
    void observeServerTime(const QDateTime &serverTime, const QDateTime &localTime);

    // ---- Reads ----
    Result<QList<qint64>> courseIds() const;
    // The outline (no bodies), with the learner's local completion states; cached.
    Result<Course> course(qint64 courseId) const;
    // One lesson with its body; a quiz's last attempt is the newest graded one made here.
    Result<Lesson> lesson(qint64 courseId, qint64 lessonId) const;
    // The quiz attempts made here for a lesson, newest first; at most `limit` (negative: all).
    Result<QList<AttemptRecord>> quizAttempts(qint64 lessonId, int limit = -1) const;
    // Entries not yet done: pending, in flight and rejected.
    Result<QList<OutboxEntry>> pendingActions() const;
    QDateTime lastSynced() const;
    Status setLastSynced(const QDateTime &at);

    // ---- The learner's actions (the session has checked that they are allowed) ----
    // The lesson's completion, and (server accounts) its queued change, in one transaction.
    Status recordCompletion(qint64 courseId, qint64 lessonId, Completion desired);
    // A quiz attempt, its local outcome when it was graded here, and (server accounts) its queued entry.
    Result<AttemptRecord> recordAttempt(const AttemptRecord &attempt, const std::optional<Completion> &outcome);
    // Removes a rejected entry the learner has read.
    Status dismiss(qint64 entryId);

    // ---- The server's answers ----
    // The server accepted an entry: it is done, and the lesson's confirmed state is `confirmed`, with the
    // server's progress figures when the reply carried them, in the same transaction.
    Status applyConfirmation(const OutboxEntry &entry, Completion confirmed,
                             const std::optional<ServerProgress> &progress = std::nullopt);
    // Several confirmations in one transaction (one commit to disk for all): each as applyConfirmation would,
    // in order. All or none: if the commit fails, every entry stays in flight and is sent again by a later run.
    struct Confirmation
    {
        OutboxEntry entry;
        Completion confirmed = Completion::Uncompleted;
        std::optional<ServerProgress> progress;
    };
    Status applyConfirmations(const QList<Confirmation> &confirmations);
    // The server refused an entry: it is kept as rejected with the reason, and the lesson rolls back.
    Status applyRejection(const OutboxEntry &entry, const QString &code, const QString &reason);
    // A course as the server has it now (structure, bodies, confirmed states).
    Result<ImportReport> importCourse(const Course &course);

    // ---- Lesson comments (LearnerStateComments.cpp) ----
    // A comment write of a server account, queued with its words in one transaction (a local account has no one
    // to talk to: refused). Returns the draft with its entry id.
    Result<CommentDraft> recordComment(const CommentDraft &draft);
    // A write not sent yet: its words change in place, or it is withdrawn.
    Status changePendingComment(qint64 entryId, const QString &text);
    Status withdrawComment(qint64 entryId);
    // Comments read from the server; `complete`: the read covered every comment under `parentId` (0: first level),
    // so cached ones it did not return, and kept before the read began (`readSequence`, comments().sequence() then),
    // were deleted on the server.
    Status keepComments(qint64 courseId, qint64 lessonId, const QList<LessonComment> &comments, qint64 parentId,
                        bool complete, qint64 readSequence = 0);
    // A lesson's thread read by the sync, with its validators, in one transaction (LearnerStateComments.cpp).
    Status keepThread(const CommentThreadRead &read);
    // The server answered a comment write: the entry is done and the comment kept (forgotten, for a delete).
    Status applyCommentSent(const OutboxEntry &entry, const std::optional<LessonComment> &comment);
    CommentStore &comments() { return m_comments; }
    const CommentStore &comments() const { return m_comments; }

    // The outbox's and the attempts' bookkeeping, for the sync engine (see the class comment).
    Outbox &outbox() { return m_outbox; }
    AttemptStore &attempts() { return m_attempts; }

    // ---- The unlock watch ----
    // The next instant a dripped lesson opens, in server time, over every course (null: none pending).
    QDateTime nextUnlockAt() const { return m_nextUnlockAt; }
    void checkUnlocks();
    // Runs the unlock check that imports queued, now rather than on the next turn of the event loop.
    void flushUnlockCheck();

signals:
    void lessonChanged(qint64 courseId, qint64 lessonId);
    void progressChanged(qint64 courseId, const coursedesk::ProgressFigures &progress);
    void outboxChanged();
    void coursesChanged();
    void actionRejected(const coursedesk::OutboxEntry &entry); // the server refused it; entry.reason says why
    void lessonUnlocked(qint64 courseId, qint64 lessonId);
    // A lesson's comments or comment writes changed (queued, answered, refused, read again).
    void commentsChanged(qint64 courseId, qint64 lessonId);
    // The access rules may give another answer now (a drip time passed, the server clock moved).
    void accessChanged();

private:
    Status recordServerProgress(qint64 courseId, const ServerProgress &progress);
    Status settleLesson(const OutboxEntry &entry, Completion confirmed);
    void setCachedCompletion(qint64 courseId, qint64 lessonId, Completion completion);
    void announceLesson(qint64 courseId, qint64 lessonId);
    void scheduleUnlockCheck();

    CacheDatabase &m_db;
    const Clock &m_clock;
    OffsetClock m_serverClock;
    Kind m_kind;
    CourseStore m_store;
    Outbox m_outbox;
    AttemptStore m_attempts;
    CommentStore m_comments;
    bool m_unlockCheckQueued = false;
    mutable bool m_unlockWatchStarted = false;  // the first outline read starts the unlock checks
    mutable QHash<qint64, Course> m_outlines;   // outlines as last read or written here
    QHash<qint64, QSet<qint64>> m_lockedByDrip; // per course, the lessons a drip still holds
    QDateTime m_nextUnlockAt;
    QTimer *m_unlockTimer;
};

} // namespace coursedesk

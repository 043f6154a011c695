#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Clock.h"
#include "domain/Course.h"
#include "domain/Progress.h"
#include "domain/QuizGrader.h"
#include "domain/Result.h"
#include "storage/AttemptStore.h"
#include "storage/CourseStore.h"
#include "storage/Outbox.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace coursedesk {

class CacheDatabase;

struct CourseSummary final
{
    qint64 id = 0;
    QString name;
    CourseType type = CourseType::SelfPaced;
    Role role = Role::Learner;
    ProgressFigures progress;
};

struct CourseOutline final
{
    Course course;
    CourseAccess access;
};

// What the background sync is doing, for the status area and the CLI.
struct SyncStatus final
{
    enum class State
    {
        Idle,
        Syncing,      // done of total steps
        Offline,      // no network
        Waiting,      // until waitingUntil: backoff or the server's Retry-After
        NeedsSignIn,  // the server refused the sign-in; actions stay queued
    };
    State state = State::Idle;
    int done = 0;
    int total = 0;
    QDateTime waitingUntil;
    QDateTime lastSynced; // the last run that reached the server without failing
    QString message;      // the last problem, for people

    friend bool operator==(const SyncStatus &, const SyncStatus &) = default;
};

QString toWire(SyncStatus::State state);

struct QuizSubmission final
{
    AttemptRecord attempt;
    std::optional<QuizGrade> grade; // graded here when the correct answers are known; else awaiting the server
};

// All the UI and the CLI use: courses, outlines with access state, completion, quizzes, progress and
// the queue of actions waiting for the server. Every action is applied to the cache at once and, for a
// server account, queued in the outbox in the same transaction. A local account (the bundled sample)
// has no server: its actions are final and never queue.
class CourseSession final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Local,
        Server,
    };

    CourseSession(CacheDatabase &db, const Clock &clock, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    const Clock &clock() const { return m_clock; }
    // The server's clock as estimated from its Date headers (offset stored in the cache).
    const Clock &serverClock() const { return m_serverClock; }
    Status setServerClockOffset(qint64 offsetMs);

    Result<QList<CourseSummary>> courses() const;
    Result<CourseOutline> outline(qint64 courseId) const;
    Result<Lesson> lesson(qint64 courseId, qint64 lessonId) const; // with body and last attempt
    Result<ProgressFigures> progress(qint64 courseId) const;
    // A quiz's attempts made on this computer, newest first (at most `limit`), each with its state: graded (with
    // the grade), awaiting the server, or refused (with the reason).
    Result<QList<AttemptRecord>> attempts(qint64 courseId, qint64 lessonId, int limit = 10) const;

    // Refused with the lock reason (code "locked") when the lesson is locked: then nothing changes or queues.
    Status setCompleted(qint64 courseId, qint64 lessonId, bool completed);
    // Validated by QuizGrader (code "invalid_answers", every problem listed); graded here when the answers
    // are known, otherwise awaiting grading by the server.
    Result<QuizSubmission> submitQuiz(qint64 courseId, qint64 lessonId, const QList<QuestionResponse> &responses);

    // --- for the sync engine: the server's answers, applied with the same signals as local actions ---
    // The server clock as seen in a reply; the offset is kept (and persisted when it moves by a second or more).
    void observeServerTime(const QDateTime &serverTime, const QDateTime &localTime);
    // The server accepted an entry: it is done, and the lesson's confirmed state is `confirmed`.
    // With the server's progress figures when the reply carried them, saved in the same transaction.
    Status applyServerConfirmation(const OutboxEntry &entry, Completion confirmed,
                                   const std::optional<ServerProgress> &progress = std::nullopt);
    // The server refused an entry: it is kept as rejected with the reason, and the lesson rolls back.
    Status applyServerRejection(const OutboxEntry &entry, const QString &code, const QString &reason);
    // The server's own progress figures for a course (the enrollment endpoint's reply).
    Status recordServerProgress(qint64 courseId, const ServerProgress &progress);
    // A course as the server has it now (structure, bodies, confirmed states).
    Result<ImportReport> importFromServer(const Course &course);

    // The background sync's state (set by the scheduler), with the last-synced time kept in the cache.
    const SyncStatus &syncStatus() const { return m_syncStatus; }
    void setSyncStatus(const SyncStatus &status);

    // The next instant a dripped lesson opens, in server time, over every course (null: none pending).
    // A timer fires then and lessonUnlocked is emitted for each lesson that opened.
    QDateTime nextUnlockAt() const { return m_nextUnlockAt; }
    void checkUnlocks();
    // Runs the unlock check that imports queued, now rather than on the next turn of the event loop.
    void flushUnlockCheck();

    // Entries not yet done: pending, in flight and rejected.
    Result<QList<OutboxEntry>> pendingActions() const;
    Status dismiss(qint64 entryId);
    // The names of the lessons that entries are about, by lesson id, from their courses' outlines; a lesson that
    // is in no course any more (the server removed it) is missing.
    QHash<qint64, QString> lessonNames(const QList<OutboxEntry> &entries) const;

    // Direct access to the stores, for the sync engine and tests. Writing through them bypasses the
    // session's outline cache: call forgetOutline() for the course afterwards.
    CourseStore &store() { return m_store; }
    void forgetOutline(qint64 courseId);
    Outbox &outbox() { return m_outbox; }
    AttemptStore &attempts() { return m_attempts; }

signals:
    void lessonChanged(qint64 courseId, qint64 lessonId);
    void progressChanged(qint64 courseId, const coursedesk::ProgressFigures &progress);
    void outboxChanged();
    void coursesChanged();
    void actionRejected(const coursedesk::OutboxEntry &entry); // the server refused it; entry.reason says why
    void syncStatusChanged(const coursedesk::SyncStatus &status);
    void lessonUnlocked(qint64 courseId, qint64 lessonId);

private:
    Result<Course> loadOutline(qint64 courseId) const; // cached: the toggle path reads no SQL
    Status settleLesson(const OutboxEntry &entry, Completion confirmed);
    void announceLesson(qint64 courseId, qint64 lessonId);
    Result<CourseOutline> accessibleLesson(qint64 courseId, qint64 lessonId, const Lesson **lesson) const;

    void scheduleUnlockCheck();

    CacheDatabase &m_db;
    const Clock &m_clock;
    OffsetClock m_serverClock;
    Kind m_kind;
    CourseStore m_store;
    Outbox m_outbox;
    AttemptStore m_attempts;
    SyncStatus m_syncStatus;
    bool m_unlockCheckQueued = false;
    mutable bool m_unlockWatchStarted = false; // the first outline read starts the unlock checks
    mutable QHash<qint64, Course> m_outlines; // outlines as last read or written through this session
    QHash<qint64, QSet<qint64>> m_lockedByDrip; // per course, the lessons a drip still holds
    QDateTime m_nextUnlockAt;
    QTimer *m_unlockTimer;
};

} // namespace coursedesk

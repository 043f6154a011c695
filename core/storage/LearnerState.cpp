#include "storage/LearnerState.h"

#include "domain/Logging.h"
#include "storage/CacheDatabase.h"

#include <QCoreApplication>

#include <algorithm>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

const QString clockOffsetKey = u"server_clock_offset_ms"_s;
const QString lastSyncKey = u"last_sync_at"_s;

Error unknownLesson(qint64 courseId, qint64 lessonId)
{
    return Error{u"unknown_lesson"_s,
                 QCoreApplication::translate("coursedesk::CourseSession", "Course %1 has no lesson %2.")
                     .arg(courseId)
                     .arg(lessonId)};
}

} // namespace

LearnerState::LearnerState(CacheDatabase &db, const Clock &clock, Kind kind, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_serverClock(clock, db.meta(clockOffsetKey, u"0"_s).toLongLong())
    , m_kind(kind)
    , m_store(db)
    , m_outbox(db)
    , m_attempts(db)
    , m_comments(db)
    , m_unlockTimer(new QTimer(this))
{
    m_unlockTimer->setSingleShot(true);
    connect(m_unlockTimer, &QTimer::timeout, this, &LearnerState::checkUnlocks);
    // Which lessons a drip holds now is learnt (without announcing anything) once the first outline is read,
    // not here: a window over a large cache paints first and reads its courses right after.
}

// ---- Clocks ---------------------------------------------------------------------------------------------

Status LearnerState::setServerClockOffset(qint64 offsetMs)
{
    m_serverClock.setOffsetMs(offsetMs);
    scheduleUnlockCheck(); // "now" moved: the next unlock is nearer or farther
    emit accessChanged();
    return m_db.setMeta(clockOffsetKey, QString::number(offsetMs));
}

void LearnerState::observeServerTime(const QDateTime &serverTime, const QDateTime &localTime)
{
    // The Date header has one-second resolution: a change below that is noise.
    const qint64 offset = localTime.msecsTo(serverTime);
    if (std::abs(offset - m_serverClock.offsetMs()) < 1000)
        return;
    if (Status saved = setServerClockOffset(offset); !saved)
        qCWarning(lcSession) << "cannot save the server clock offset:" << saved.error().message;
}

QDateTime LearnerState::lastSynced() const
{
    return QDateTime::fromString(m_db.meta(lastSyncKey), Qt::ISODateWithMs);
}

Status LearnerState::setLastSynced(const QDateTime &at)
{
    return m_db.setMeta(lastSyncKey, at.toUTC().toString(Qt::ISODateWithMs));
}

// ---- Reads ----------------------------------------------------------------------------------------------

Result<QList<qint64>> LearnerState::courseIds() const
{
    return m_store.courseIds();
}

Result<Course> LearnerState::course(qint64 courseId) const
{
    if (!std::exchange(m_unlockWatchStarted, true))
        m_unlockTimer->start(0); // the first unlock check, from the outlines then cached
    const auto cached = m_outlines.constFind(courseId);
    if (cached != m_outlines.cend())
        return *cached;
    Result<Course> course = m_store.loadCourse(courseId);
    if (course)
        m_outlines.insert(courseId, *course);
    return course;
}

Result<Lesson> LearnerState::lesson(qint64 courseId, qint64 lessonId) const
{
    Result<Lesson> lesson = m_store.loadLesson(courseId, lessonId);
    if (!lesson) {
        // The store does not tell an unknown course from an unknown lesson; this does.
        if (Result<Course> outline = course(courseId); !outline)
            return outline.error();
        return lesson;
    }
    Result<std::optional<AttemptRecord>> last = m_attempts.latest(lessonId);
    if (!last)
        return last.error();
    if (*last && (*last)->result)
        lesson.value().body->lastAttempt = (*last)->result;
    return lesson;
}

Result<QList<AttemptRecord>> LearnerState::quizAttempts(qint64 lessonId, int limit) const
{
    return m_attempts.forLesson(lessonId, limit);
}

Result<QList<OutboxEntry>> LearnerState::pendingActions() const
{
    return m_outbox.unfinished();
}

// ---- The learner's actions ------------------------------------------------------------------------------

void LearnerState::setCachedCompletion(qint64 courseId, qint64 lessonId, Completion completion)
{
    const auto cached = m_outlines.find(courseId);
    if (cached == m_outlines.end())
        return;
    if (Lesson *lesson = cached->findLesson(lessonId))
        lesson->completion = completion;
}

Status LearnerState::recordCompletion(qint64 courseId, qint64 lessonId, Completion desired)
{
    Result<Course> outline = course(courseId);
    if (!outline)
        return outline.error();
    const Lesson *lesson = outline->findLesson(lessonId);
    if (!lesson)
        return unknownLesson(courseId, lessonId);
    if (lesson->completion == desired)
        return success(); // already so: nothing to do, nothing to queue
    const qint64 sectionId = lesson->sectionId;

    const QDateTime now = m_clock.now();
    Status saved = m_db.transaction([&]() -> Status {
        if (m_kind == Kind::Local)
            return m_store.setConfirmedCompletion(lessonId, desired, now, true);
        Result<LessonState> state = m_store.lessonState(lessonId);
        if (!state)
            return state.error();
        if (Status ok = m_store.setLocalCompletion(lessonId, desired, now); !ok)
            return ok;
        return m_outbox.recordCompletion(courseId, sectionId, lessonId, desired, state->confirmed, now);
    });
    if (!saved)
        return saved;

    setCachedCompletion(courseId, lessonId, desired); // the cached outline follows the committed change
    emit progressChanged(courseId, Progress::of(m_outlines.value(courseId))); // first: the bar moves first
    emit lessonChanged(courseId, lessonId);
    if (m_kind == Kind::Server)
        emit outboxChanged();
    return success();
}

Result<AttemptRecord> LearnerState::recordAttempt(const AttemptRecord &attempt,
                                                  const std::optional<Completion> &outcome)
{
    Result<Course> outline = course(attempt.courseId);
    if (!outline)
        return outline.error();
    const Lesson *lesson = outline->findLesson(attempt.lessonId);
    if (!lesson)
        return unknownLesson(attempt.courseId, attempt.lessonId);
    const qint64 sectionId = lesson->sectionId;

    const QDateTime now = m_clock.now();
    AttemptRecord stored;
    Status saved = m_db.transaction([&]() -> Status {
        Result<AttemptRecord> added = m_attempts.add(attempt);
        if (!added)
            return added.error();
        stored = *added;
        if (outcome) {
            // Final only on a local account; a server account keeps the local grade until the server's arrives.
            Status ok = m_kind == Kind::Local ? m_store.setConfirmedCompletion(attempt.lessonId, *outcome, now, true)
                                              : m_store.setLocalCompletion(attempt.lessonId, *outcome, now);
            if (!ok)
                return ok;
        }
        if (m_kind == Kind::Local)
            return success();
        Result<OutboxEntry> queued =
            m_outbox.recordAttempt(attempt.courseId, sectionId, attempt.lessonId, attempt.idempotencyKey, now);
        return queued ? success() : Status(queued.error());
    });
    if (!saved)
        return saved.error();

    if (outcome) {
        setCachedCompletion(attempt.courseId, attempt.lessonId, *outcome);
        emit progressChanged(attempt.courseId, Progress::of(m_outlines.value(attempt.courseId)));
    }
    emit lessonChanged(attempt.courseId, attempt.lessonId);
    if (m_kind == Kind::Server)
        emit outboxChanged();
    return stored;
}

Status LearnerState::dismiss(qint64 entryId)
{
    Status dismissed = m_outbox.dismiss(entryId);
    if (dismissed)
        emit outboxChanged();
    return dismissed;
}

// ---- The server's answers -------------------------------------------------------------------------------

Status LearnerState::recordServerProgress(qint64 courseId, const ServerProgress &progress)
{
    Status saved = m_store.setServerProgress(courseId, progress);
    const auto cached = m_outlines.find(courseId);
    if (saved && cached != m_outlines.end())
        cached->serverProgress = progress;
    return saved;
}

Status LearnerState::settleLesson(const OutboxEntry &entry, Completion confirmed)
{
    // The local state follows the server unless the learner has a newer change still waiting (the entry itself is
    // answered already: it is no longer pending or in flight).
    Result<QSet<qint64>> waiting = m_outbox.lessonsWithOpenChanges({entry.lessonId});
    if (!waiting)
        return waiting.error();
    const bool newerWish = waiting->contains(entry.lessonId);
    Status saved = m_store.setConfirmedCompletion(entry.lessonId, confirmed, m_clock.now(), !newerWish);
    // Keep the cached outline in step instead of reading the whole course again for each reply.
    if (saved && !newerWish)
        setCachedCompletion(entry.courseId, entry.lessonId, confirmed);
    return saved;
}

void LearnerState::announceLesson(qint64 courseId, qint64 lessonId)
{
    if (Result<Course> outline = course(courseId))
        emit progressChanged(courseId, Progress::of(*outline));
    emit lessonChanged(courseId, lessonId);
    emit outboxChanged();
}

Status LearnerState::applyConfirmation(const OutboxEntry &entry, Completion confirmed,
                                       const std::optional<ServerProgress> &progress)
{
    return applyConfirmations({Confirmation{entry, confirmed, progress}});
}

Status LearnerState::applyConfirmations(const QList<Confirmation> &confirmations)
{
    if (confirmations.isEmpty())
        return success();
    // As if each were applied in order, a statement for the whole group rather than a few for each entry: every
    // entry is done; a course's server figures are those of its last reply; a lesson confirmed twice in the group
    // ends as its last confirmation left it, and its local state follows unless a newer change of the learner's is
    // still waiting (settleLesson's rule).
    QList<qint64> entryIds;
    QList<qint64> lessonIds;
    QHash<qint64, const Confirmation *> lastOfLesson;
    QHash<qint64, ServerProgress> lastProgress;
    for (const Confirmation &one : confirmations) {
        entryIds.append(one.entry.id);
        if (!lastOfLesson.contains(one.entry.lessonId))
            lessonIds.append(one.entry.lessonId);
        lastOfLesson.insert(one.entry.lessonId, &one);
        if (one.progress)
            lastProgress.insert(one.entry.courseId, *one.progress);
    }
    QList<CourseStore::Confirmed> settled;
    Status saved = m_db.transaction([&]() -> Status {
        if (Status done = m_outbox.markDone(entryIds); !done)
            return done;
        for (auto it = lastProgress.cbegin(); it != lastProgress.cend(); ++it) {
            if (Status recorded = recordServerProgress(it.key(), it.value()); !recorded)
                return recorded;
        }
        Result<QSet<qint64>> waiting = m_outbox.lessonsWithOpenChanges(lessonIds);
        if (!waiting)
            return waiting.error();
        for (qint64 lessonId : std::as_const(lessonIds)) {
            const Confirmation &last = *lastOfLesson.value(lessonId);
            settled.append(CourseStore::Confirmed{lessonId, last.confirmed, !waiting->contains(lessonId)});
        }
        return m_store.setConfirmedCompletions(settled, m_clock.now());
    });
    if (!saved) {
        for (const Confirmation &one : confirmations)
            m_outlines.remove(one.entry.courseId); // the transaction rolled back: read the courses again
        return saved;
    }
    // Keep the cached outlines in step instead of reading the courses again.
    for (const CourseStore::Confirmed &lesson : std::as_const(settled)) {
        if (lesson.alsoLocal)
            setCachedCompletion(lastOfLesson.value(lesson.lessonId)->entry.courseId, lesson.lessonId,
                                lesson.completion);
    }
    // What the window hears: each lesson, each course's progress once, the outbox once.
    QList<qint64> courses;
    for (const Confirmation &one : confirmations) {
        emit lessonChanged(one.entry.courseId, one.entry.lessonId);
        if (!courses.contains(one.entry.courseId))
            courses.append(one.entry.courseId);
    }
    for (qint64 courseId : std::as_const(courses)) {
        if (Result<Course> outline = course(courseId))
            emit progressChanged(courseId, Progress::of(*outline));
    }
    emit outboxChanged();
    return saved;
}

Status LearnerState::applyRejection(const OutboxEntry &entry, const QString &code, const QString &reason)
{
    Status saved = m_db.transaction([&]() -> Status {
        if (Status rejected = m_outbox.markRejected(entry.id, code, reason); !rejected)
            return rejected;
        if (entry.kind == OutboxKind::Attempt) {
            if (Status marked = m_attempts.setRejected(entry.idempotencyKey, reason); !marked)
                return marked;
        }
        if (isComment(entry.kind))
            return success(); // the words stay with the rejected entry (CommentStore); no lesson state to restore
        Result<LessonState> state = m_store.lessonState(entry.lessonId);
        if (!state)
            return state.error().code == u"unknown_lesson"_s ? success() : Status(state.error());
        return settleLesson(entry, state->confirmed); // roll back to what the server holds
    });
    if (!saved) {
        m_outlines.remove(entry.courseId);
        return saved;
    }
    qCInfo(lcSession) << "the server refused action" << entry.id << "on lesson" << entry.lessonId << ":" << code;
    announceLesson(entry.courseId, entry.lessonId);
    if (isComment(entry.kind))
        emit commentsChanged(entry.courseId, entry.lessonId);
    OutboxEntry rejected = entry;
    rejected.state = OutboxState::Rejected;
    rejected.errorCode = code;
    rejected.reason = reason;
    emit actionRejected(rejected);
    return saved;
}

Result<ImportReport> LearnerState::importCourse(const Course &course)
{
    m_outlines.remove(course.id);
    Result<ImportReport> imported = m_store.importCourse(course, m_clock.now());
    if (!imported)
        return imported;
    // One unlock check after a pull of many courses, not one per course.
    if (!std::exchange(m_unlockCheckQueued, true))
        QTimer::singleShot(0, this, &LearnerState::flushUnlockCheck);
    emit coursesChanged();
    if (Result<Course> outline = this->course(course.id))
        emit progressChanged(course.id, Progress::of(*outline));
    if (!imported->orphanedEntries.isEmpty())
        emit outboxChanged();
    // An action on a lesson that vanished was refused by the import: announced like any refusal.
    for (const OutboxEntry &orphan : imported->orphanedEntries)
        emit actionRejected(orphan);
    return imported;
}

// ---- The unlock watch -----------------------------------------------------------------------------------

void LearnerState::checkUnlocks()
{
    Result<QList<qint64>> ids = m_store.courseIds();
    if (!ids)
        return;
    const QDateTime now = m_serverClock.now();
    const bool announce = !m_lockedByDrip.isEmpty() || m_nextUnlockAt.isValid();
    QDateTime next;
    QHash<qint64, QSet<qint64>> lockedNow;
    for (qint64 courseId : *ids) {
        // Through the outline cache: at start-up this check runs before the window's first frame, and reading
        // a 20k-lesson course again from SQL doubled the time to that frame.
        Result<Course> outline = course(courseId);
        if (!outline)
            continue;
        const CourseAccess access = AccessPolicy::evaluate(*outline, now);
        QSet<qint64> &locked = lockedNow[courseId];
        for (const LessonAccess &lesson : access.lessons()) {
            if (lesson.reason == LockReason::DripScheduled || lesson.reason == LockReason::DripStructured)
                locked.insert(lesson.lessonId);
        }
        if (access.nextUnlockAt().isValid() && (!next.isValid() || access.nextUnlockAt() < next))
            next = access.nextUnlockAt();
    }
    const QHash<qint64, QSet<qint64>> before = std::exchange(m_lockedByDrip, lockedNow);
    const bool timeCame = m_nextUnlockAt.isValid() && m_nextUnlockAt <= now;
    m_nextUnlockAt = next;
    scheduleUnlockCheck();
    if (!announce)
        return;
    bool opened = false;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        for (qint64 lessonId : it.value()) {
            if (!lockedNow.value(it.key()).contains(lessonId)) {
                opened = true;
                emit lessonUnlocked(it.key(), lessonId);
            }
        }
    }
    if (opened || timeCame)
        emit accessChanged();
}

void LearnerState::flushUnlockCheck()
{
    if (std::exchange(m_unlockCheckQueued, false))
        checkUnlocks();
}

void LearnerState::scheduleUnlockCheck()
{
    m_unlockTimer->stop();
    if (m_nextUnlockAt.isValid())
        m_unlockTimer->start(timerDelayMs(m_serverClock.now(), m_nextUnlockAt));
}

} // namespace coursedesk

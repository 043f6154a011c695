#include "session/CourseSession.h"

#include "session/LockText.h"
#include "storage/CacheDatabase.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

namespace coursedesk {

Q_LOGGING_CATEGORY(lcSession, "coursedesk.session")

using namespace Qt::StringLiterals;

namespace {

const QString clockOffsetKey = u"server_clock_offset_ms"_s;

} // namespace

CourseSession::CourseSession(CacheDatabase &db, const Clock &clock, Kind kind, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_serverClock(clock, db.meta(clockOffsetKey, u"0"_s).toLongLong())
    , m_kind(kind)
    , m_store(db)
    , m_outbox(db)
    , m_attempts(db)
    , m_unlockTimer(new QTimer(this))
{
    m_syncStatus.lastSynced = QDateTime::fromString(db.meta(u"last_sync_at"_s), Qt::ISODateWithMs);
    m_unlockTimer->setSingleShot(true);
    connect(m_unlockTimer, &QTimer::timeout, this, &CourseSession::checkUnlocks);
    // Which lessons a drip holds now is learnt (without announcing anything) once the first outline is
    // read, not here: a window over a large cache paints first and reads its courses right after.
}

QString toWire(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Idle:
        return u"idle"_s;
    case SyncStatus::State::Syncing:
        return u"syncing"_s;
    case SyncStatus::State::Offline:
        return u"offline"_s;
    case SyncStatus::State::Waiting:
        return u"waiting"_s;
    case SyncStatus::State::NeedsSignIn:
        return u"needs_sign_in"_s;
    }
    return {};
}

void CourseSession::setSyncStatus(const SyncStatus &status)
{
    if (status == m_syncStatus)
        return;
    if (status.lastSynced.isValid() && status.lastSynced != m_syncStatus.lastSynced) {
        if (Status saved = m_db.setMeta(u"last_sync_at"_s, status.lastSynced.toString(Qt::ISODateWithMs)); !saved)
            qCWarning(lcSession) << "cannot save the last sync time:" << saved.error().message;
    }
    m_syncStatus = status;
    emit syncStatusChanged(m_syncStatus);
}

void CourseSession::checkUnlocks()
{
    Result<QList<qint64>> ids = m_store.courseIds();
    if (!ids)
        return;
    const QDateTime now = m_serverClock.now();
    const bool announce = !m_lockedByDrip.isEmpty() || m_nextUnlockAt.isValid();
    QDateTime next;
    QHash<qint64, QSet<qint64>> lockedNow;
    for (qint64 courseId : *ids) {
        // Through the session's outline cache: at start-up this check runs before the window's first
        // frame, and reading a 20k-lesson course again from SQL doubled the time to that frame.
        Result<Course> course = loadOutline(courseId);
        if (!course)
            continue;
        const CourseAccess access = AccessPolicy::evaluate(*course, now);
        QSet<qint64> &locked = lockedNow[courseId];
        for (const LessonAccess &lesson : access.lessons()) {
            if (lesson.reason == LockReason::DripScheduled || lesson.reason == LockReason::DripStructured)
                locked.insert(lesson.lessonId);
        }
        if (access.nextUnlockAt().isValid() && (!next.isValid() || access.nextUnlockAt() < next))
            next = access.nextUnlockAt();
    }
    const QHash<qint64, QSet<qint64>> before = std::exchange(m_lockedByDrip, lockedNow);
    m_nextUnlockAt = next;
    scheduleUnlockCheck();
    if (!announce)
        return;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        for (qint64 lessonId : it.value()) {
            if (!lockedNow.value(it.key()).contains(lessonId))
                emit lessonUnlocked(it.key(), lessonId);
        }
    }
}

void CourseSession::flushUnlockCheck()
{
    if (std::exchange(m_unlockCheckQueued, false))
        checkUnlocks();
}

void CourseSession::scheduleUnlockCheck()
{
    m_unlockTimer->stop();
    if (!m_nextUnlockAt.isValid())
        return;
    // QTimer takes int milliseconds: a far unlock is reached in steps of a day at most.
    constexpr qint64 maxStepMs = 24LL * 60 * 60 * 1000;
    const qint64 wait = std::clamp<qint64>(m_serverClock.now().msecsTo(m_nextUnlockAt) + 1, 0, maxStepMs);
    m_unlockTimer->start(int(wait));
}

Status CourseSession::setServerClockOffset(qint64 offsetMs)
{
    m_serverClock.setOffsetMs(offsetMs);
    scheduleUnlockCheck(); // "now" moved: the next unlock is nearer or farther
    return m_db.setMeta(clockOffsetKey, QString::number(offsetMs));
}

Result<QList<CourseSummary>> CourseSession::courses() const
{
    Result<QList<qint64>> ids = m_store.courseIds();
    if (!ids)
        return ids.error();
    QList<CourseSummary> summaries;
    for (qint64 id : *ids) {
        Result<Course> course = loadOutline(id);
        if (!course)
            return course.error();
        summaries.append(CourseSummary{course->id, course->name, course->type, course->role(), Progress::of(*course)});
    }
    return summaries;
}

Result<Course> CourseSession::loadOutline(qint64 courseId) const
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

void CourseSession::forgetOutline(qint64 courseId)
{
    m_outlines.remove(courseId);
}

Result<CourseOutline> CourseSession::outline(qint64 courseId) const
{
    Result<Course> course = loadOutline(courseId);
    if (!course)
        return course.error();
    CourseAccess access = AccessPolicy::evaluate(*course, m_serverClock.now());
    return CourseOutline{std::move(course).value(), std::move(access)};
}

Result<Lesson> CourseSession::lesson(qint64 courseId, qint64 lessonId) const
{
    Result<Lesson> lesson = m_store.loadLesson(courseId, lessonId);
    if (!lesson) {
        // The store does not tell an unknown course from an unknown lesson; every session call does.
        if (Result<Course> course = loadOutline(courseId); !course)
            return course.error();
        return lesson;
    }
    Result<std::optional<AttemptRecord>> last = m_attempts.latest(lessonId);
    if (!last)
        return last.error();
    if (*last && (*last)->result)
        lesson.value().body->lastAttempt = (*last)->result;
    return lesson;
}

Result<QList<AttemptRecord>> CourseSession::attempts(qint64 courseId, qint64 lessonId, int limit) const
{
    Result<Course> course = loadOutline(courseId);
    if (!course)
        return course.error();
    if (!std::as_const(*course).findLesson(lessonId))
        return Error{u"unknown_lesson"_s, tr("Course %1 has no lesson %2.").arg(courseId).arg(lessonId)};
    return m_attempts.forLesson(lessonId, limit);
}

Status CourseSession::recordServerProgress(qint64 courseId, const ServerProgress &progress)
{
    Status saved = m_store.setServerProgress(courseId, progress);
    const auto cached = m_outlines.find(courseId);
    if (saved && cached != m_outlines.end())
        cached->serverProgress = progress;
    return saved;
}

Result<ProgressFigures> CourseSession::progress(qint64 courseId) const
{
    Result<Course> course = loadOutline(courseId);
    if (!course)
        return course.error();
    return Progress::of(*course);
}

Result<CourseOutline> CourseSession::accessibleLesson(qint64 courseId, qint64 lessonId, const Lesson **lesson) const
{
    Result<CourseOutline> current = outline(courseId);
    if (!current)
        return current;
    *lesson = current->course.findLesson(lessonId);
    if (!*lesson)
        return Error{u"unknown_lesson"_s, tr("Course %1 has no lesson %2.").arg(courseId).arg(lessonId)};
    // One look at a fresh evaluation: a scan is cheaper than CourseAccess::lesson's index of the whole course.
    const auto &all = current->access.lessons();
    const auto found =
        std::find_if(all.cbegin(), all.cend(), [&](const LessonAccess &a) { return a.lessonId == lessonId; });
    const LessonAccess access = found != all.cend() ? *found : current->access.lesson(lessonId);
    if (!access.isAccessible())
        return Error{u"locked"_s, LockText::lessonLock(access, current->course)};
    return current;
}

Status CourseSession::setCompleted(qint64 courseId, qint64 lessonId, bool completed)
{
    const Lesson *lesson = nullptr;
    Result<CourseOutline> current = accessibleLesson(courseId, lessonId, &lesson);
    if (!current)
        return current.error();
    if (lesson->isQuiz()) {
        return Error{u"quiz_completion"_s,
                     tr("'%1' is a quiz: it is completed by passing it, not by marking it.").arg(lesson->name)};
    }
    const Completion desired = completed ? Completion::Completed : Completion::Uncompleted;
    if (lesson->completion == desired)
        return success(); // already so: nothing to do, nothing to queue

    const QDateTime now = m_clock.now();
    Status saved = m_db.transaction([&]() -> Status {
        if (m_kind == Kind::Local)
            return m_store.setConfirmedCompletion(lessonId, desired, now, true);
        Result<LessonState> state = m_store.lessonState(lessonId);
        if (!state)
            return state.error();
        if (Status ok = m_store.setLocalCompletion(lessonId, desired, now); !ok)
            return ok;
        return m_outbox.recordCompletion(courseId, lesson->sectionId, lessonId, desired, state->confirmed, now);
    });
    if (!saved)
        return saved;

    Lesson *changed = current.value().course.findLesson(lessonId);
    changed->completion = desired;
    m_outlines.insert(courseId, current->course); // the cached outline follows the committed change
    emit progressChanged(courseId, Progress::of(current->course)); // first: the bar moves before the outline redraws
    emit lessonChanged(courseId, lessonId);
    if (m_kind == Kind::Server)
        emit outboxChanged();
    return success();
}

Result<QuizSubmission> CourseSession::submitQuiz(qint64 courseId, qint64 lessonId,
                                                 const QList<QuestionResponse> &responses)
{
    const Lesson *outlineLesson = nullptr;
    Result<CourseOutline> current = accessibleLesson(courseId, lessonId, &outlineLesson);
    if (!current)
        return current.error();
    Result<Lesson> quiz = m_store.loadLesson(courseId, lessonId);
    if (!quiz)
        return quiz.error();
    const QList<ResponseProblem> problems = QuizGrader::validate(*quiz, responses);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const ResponseProblem &problem : problems)
            messages << problem.message();
        return Error{u"invalid_answers"_s, messages.join(u'\n')};
    }

    const QDateTime now = m_clock.now();
    QuizSubmission submission;
    submission.attempt.courseId = courseId;
    submission.attempt.lessonId = lessonId;
    submission.attempt.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    submission.attempt.responses = responses;
    submission.attempt.submittedAt = now;
    if (QuizGrader::canGrade(*quiz)) {
        Result<QuizGrade> grade = QuizGrader::grade(*quiz, responses);
        if (!grade)
            return grade.error();
        submission.grade = *grade;
        QuizAttempt result;
        result.lessonId = lessonId;
        result.createdAt = now;
        result.grade = grade->grade;
        result.result = grade->result();
        result.passingGrade = grade->passingGrade;
        result.correctResponses = grade->correctCount;
        for (const QuestionResponse &response : responses) {
            result.questions.append(QuestionOutcome{response.questionId, response.selectedOptions,
                                                    grade->correctByQuestion.value(response.questionId)});
        }
        submission.attempt.result = result;
        // Final only on a local account; a server account keeps the local grade until the server's arrives.
        submission.attempt.state = m_kind == Kind::Local ? AttemptState::Graded : AttemptState::AwaitingGrading;
    }

    Status saved = m_db.transaction([&]() -> Status {
        Result<AttemptRecord> stored = m_attempts.add(submission.attempt);
        if (!stored)
            return stored.error();
        submission.attempt = *stored;
        if (submission.grade) {
            const Completion outcome = submission.grade->result();
            Status ok = m_kind == Kind::Local ? m_store.setConfirmedCompletion(lessonId, outcome, now, true)
                                              : m_store.setLocalCompletion(lessonId, outcome, now);
            if (!ok)
                return ok;
        }
        if (m_kind == Kind::Local)
            return success();
        Result<OutboxEntry> queued = m_outbox.recordAttempt(courseId, quiz->sectionId, lessonId,
                                                            submission.attempt.idempotencyKey, now);
        return queued ? success() : Status(queued.error());
    });
    if (!saved)
        return saved.error();

    if (submission.grade) {
        current.value().course.findLesson(lessonId)->completion = submission.grade->result();
        m_outlines.insert(courseId, current->course);
        emit progressChanged(courseId, Progress::of(current->course));
    }
    emit lessonChanged(courseId, lessonId);
    if (m_kind == Kind::Server)
        emit outboxChanged();
    return submission;
}

void CourseSession::observeServerTime(const QDateTime &serverTime, const QDateTime &localTime)
{
    // The Date header has one-second resolution: a change below that is noise.
    const qint64 offset = localTime.msecsTo(serverTime);
    if (std::abs(offset - m_serverClock.offsetMs()) < 1000)
        return;
    if (Status saved = setServerClockOffset(offset); !saved)
        qCWarning(lcSession) << "cannot save the server clock offset:" << saved.error().message;
}

Status CourseSession::settleLesson(const OutboxEntry &entry, Completion confirmed)
{
    // The local state follows the server unless the learner has a newer change still waiting.
    Result<QList<OutboxEntry>> open = m_outbox.forLessons({entry.lessonId});
    if (!open)
        return open.error();
    const bool newerWish = std::any_of(open->cbegin(), open->cend(), [&](const OutboxEntry &other) {
        return other.id != entry.id && (other.state == OutboxState::Pending || other.state == OutboxState::InFlight);
    });
    Status saved = m_store.setConfirmedCompletion(entry.lessonId, confirmed, m_clock.now(), !newerWish);
    // Keep the cached outline in step instead of reading the whole course again for each reply.
    const auto cached = m_outlines.find(entry.courseId);
    if (saved && cached != m_outlines.end() && !newerWish) {
        if (Lesson *lesson = cached->findLesson(entry.lessonId))
            lesson->completion = confirmed;
    }
    return saved;
}

void CourseSession::announceLesson(qint64 courseId, qint64 lessonId)
{
    if (Result<ProgressFigures> figures = progress(courseId))
        emit progressChanged(courseId, *figures);
    emit lessonChanged(courseId, lessonId);
    emit outboxChanged();
}

Status CourseSession::applyServerConfirmation(const OutboxEntry &entry, Completion confirmed,
                                              const std::optional<ServerProgress> &progress)
{
    Status saved = m_db.transaction([&]() -> Status {
        if (Status done = m_outbox.markDone(entry.id); !done)
            return done;
        if (progress) {
            if (Status recorded = recordServerProgress(entry.courseId, *progress); !recorded)
                return recorded;
        }
        return settleLesson(entry, confirmed);
    });
    if (saved)
        announceLesson(entry.courseId, entry.lessonId);
    return saved;
}

Status CourseSession::applyServerRejection(const OutboxEntry &entry, const QString &code, const QString &reason)
{
    Status saved = m_db.transaction([&]() -> Status {
        if (Status rejected = m_outbox.markRejected(entry.id, code, reason); !rejected)
            return rejected;
        if (entry.kind == OutboxKind::Attempt) {
            if (Status marked = m_attempts.setRejected(entry.idempotencyKey, reason); !marked)
                return marked;
        }
        Result<LessonState> state = m_store.lessonState(entry.lessonId);
        if (!state)
            return state.error().code == u"unknown_lesson"_s ? success() : Status(state.error());
        return settleLesson(entry, state->confirmed); // roll back to what the server holds
    });
    if (saved) {
        qCInfo(lcSession) << "the server refused action" << entry.id << "on lesson" << entry.lessonId << ":" << code;
        announceLesson(entry.courseId, entry.lessonId);
        OutboxEntry rejected = entry;
        rejected.state = OutboxState::Rejected;
        rejected.errorCode = code;
        rejected.reason = reason;
        emit actionRejected(rejected);
    }
    return saved;
}

Result<ImportReport> CourseSession::importFromServer(const Course &course)
{
    forgetOutline(course.id);
    Result<ImportReport> imported = m_store.importCourse(course, m_clock.now());
    if (imported) {
        // One unlock check after a pull of many courses, not one per course.
        if (!std::exchange(m_unlockCheckQueued, true)) {
            QTimer::singleShot(0, this, &CourseSession::flushUnlockCheck);
        }
        emit coursesChanged();
        if (Result<ProgressFigures> figures = progress(course.id))
            emit progressChanged(course.id, *figures);
        if (!imported->orphanedEntries.isEmpty())
            emit outboxChanged();
        // An action on a lesson that vanished was refused by the import: announced like any refusal.
        for (const OutboxEntry &orphan : imported->orphanedEntries)
            emit actionRejected(orphan);
    }
    return imported;
}

Result<QList<OutboxEntry>> CourseSession::pendingActions() const
{
    return m_outbox.unfinished();
}

QHash<qint64, QString> CourseSession::lessonNames(const QList<OutboxEntry> &entries) const
{
    QHash<qint64, QString> names;
    QSet<qint64> courses;
    for (const OutboxEntry &entry : entries)
        courses.insert(entry.courseId);
    for (qint64 courseId : std::as_const(courses)) {
        Result<Course> course = loadOutline(courseId); // cached: no SQL once the window has shown the course
        if (!course)
            continue;
        for (const OutboxEntry &entry : entries) {
            if (entry.courseId != courseId)
                continue;
            if (const Lesson *lesson = std::as_const(*course).findLesson(entry.lessonId))
                names.insert(entry.lessonId, lesson->name);
        }
    }
    return names;
}

Status CourseSession::dismiss(qint64 entryId)
{
    Status dismissed = m_outbox.dismiss(entryId);
    if (dismissed)
        emit outboxChanged();
    return dismissed;
}

} // namespace coursedesk

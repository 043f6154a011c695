#include "sync/SyncEngine.h"

#include "domain/Logging.h"
#include "domain/ServerText.h"

#include "storage/LearnerState.h"
#include "sync/AttemptLanding.h"
#include "sync/CommentSender.h"
#include "sync/CommentSync.h"
#include "sync/SyncEngineRun.h"
#include "sync/TokenRefresher.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTimer>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

bool isAlreadyCompleted(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 409 &&
           error.serverCode == u"LESSON_ALREADY_COMPLETED"_s;
}

} // namespace

SyncEngine::SyncEngine(LearnerState &state, ApiClient &api, Options options, QObject *parent,
                       std::function<quint32()> random)
    : QObject(parent)
    , m_state(state)
    , m_api(api)
    , m_options(options)
    , m_retry(
          options.retry, random ? std::move(random) : [] { return QRandomGenerator::system()->generate(); })
    , m_comments(std::make_unique<CommentSender>(state, api))
    , m_threads(std::make_unique<CommentSync>(state, api, CommentSync::Options{options.parallelDownloads}))
    , m_commitTimer(new QTimer(this))
{
    m_commitTimer->setSingleShot(true);
    connect(m_commitTimer, &QTimer::timeout, this, [this] {
        if (m_run)
            (void)commitConfirmations();
    });
    connect(&m_api.transport(), &HttpTransport::serverTimeObserved, this,
            [this](const QDateTime &server, const QDateTime &local) { m_state.observeServerTime(server, local); });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::run(qint64 onlyCourse, Trigger trigger)
{
    if (m_run)
        return;
    m_run = std::make_unique<Run>(m_options.parallelCourses);
    m_run->onlyCourse = onlyCourse;
    m_run->honourBackoff = trigger == Trigger::Background;
    if (m_run->honourBackoff && m_holdUntil.isValid() && m_state.clock().now() < m_holdUntil)
        m_run->holdUntil = m_holdUntil; // not a request, not even a pull, before the server's instant
    // Entries left in flight by a crash are sent again: completions are idempotent, and an attempt is first
    // looked for on the server (dispatchAttempt).
    Result<int> recovered = m_state.outbox().recoverInFlight();
    if (!recovered)
        localFailure(recovered.error());
    else if (*recovered > 0)
        qCInfo(lcSync) << "re-sending" << *recovered << "actions left in flight";
    QTimer::singleShot(0, this, &SyncEngine::push);
}

void SyncEngine::step(int count)
{
    m_run->done += count;
    emit progress(m_run->done, std::max(m_run->done, m_run->total));
}

void SyncEngine::noteWait(const QDateTime &until)
{
    if (until.isValid() && (!m_run->report.waitingUntil.isValid() || until < m_run->report.waitingUntil))
        m_run->report.waitingUntil = until;
}

// A storage failure (a busy or read-only cache) is nobody's verdict on an action: the run stops where it is and
// everything stays queued as it was, to be sent again by a later run. Nothing is rejected or rolled back for it.
void SyncEngine::localFailure(const Error &error)
{
    qCWarning(lcSync) << "the local cache failed; the run stops and every action stays queued:" << error.message;
    if (!m_run->report.localFailure)
        m_run->report.localFailure = error;
    m_run->stopped = true;
}

void SyncEngine::push()
{
    if (m_run->report.localFailure)
        return finish();
    Result<QList<OutboxEntry>> entries = m_state.outbox().sendable(m_run->onlyCourse);
    if (!entries) {
        localFailure(entries.error());
        return finish();
    }
    QMap<qint64, QList<OutboxEntry>> byCourse; // each course's entries keep their creation order
    for (const OutboxEntry &entry : *entries)
        byCourse[entry.courseId].append(entry);
    m_run->total += int(entries->size());
    for (auto it = byCourse.cbegin(); it != byCourse.cend(); ++it) {
        auto course = std::make_shared<CoursePush>();
        course->courseId = it.key();
        course->entries = it.value();
        m_run->courseQueue.add([this, course](std::function<void()> done) {
            course->done = std::move(done);
            pushCourse(course);
        });
    }
    m_run->courseQueue.run([this] {
        (void)commitConfirmations();
        // Without a working sign-in or while the server asks us to wait, the pull would fail too.
        if (m_run->stopped || m_run->holdUntil.isValid())
            return finish();
        pull();
    });
}

void SyncEngine::pushCourse(const std::shared_ptr<CoursePush> &course)
{
    if (course->next == course->entries.size()) {
        (void)commitConfirmations(); // the course's last replies show at once
        return course->done();
    }
    const OutboxEntry &entry = course->entries.at(course->next);
    const QDateTime now = m_state.clock().now();
    const bool held = m_run->stopped || (m_run->holdUntil.isValid() && now < m_run->holdUntil);
    // Order matters within a course: an entry that must wait holds back the ones after it.
    if (held || (m_run->honourBackoff && entry.nextTryAt.isValid() && now < entry.nextTryAt)) {
        noteWait(held ? m_run->holdUntil : entry.nextTryAt);
        return stopCourse(course);
    }
    if (isCompletion(entry.kind) && !m_run->claimed.contains(entry.id)) {
        if (!claimFrom(*course))
            return stopCourse(course);
        if (!m_run->claimed.contains(entry.id)) { // withdrawn by the learner since the run read it: nothing to send
            step();
            ++course->next;
            return pushCourse(course);
        }
    }
    sendEntry(course->entries.at(course->next++), [this, course](bool keepGoing) {
        step();
        if (!keepGoing)
            return stopCourse(course);
        pushCourse(course);
    });
}

// The course's next completions and incompletions (up to claimWindow, as far as the first entry of another kind)
// go in flight in one statement: a write per action, each its own commit, would cost more than the request.
bool SyncEngine::claimFrom(CoursePush &course)
{
    QList<qint64> ids;
    for (qsizetype i = course.next; i < course.entries.size() && ids.size() < claimWindow; ++i) {
        if (!isCompletion(course.entries.at(i).kind))
            break;
        ids.append(course.entries.at(i).id);
    }
    Result<QList<Outbox::Claimed>> claimed = m_state.outbox().claim(ids);
    if (!claimed) {
        localFailure(claimed.error());
        return false;
    }
    // As the cache has them now: one the learner changed since the run read it goes with its new kind.
    qsizetype at = course.next;
    for (const Outbox::Claimed &now : std::as_const(*claimed)) {
        while (course.entries.at(at).id != now.id)
            ++at;
        course.entries[at].kind = now.kind;
        course.entries[at].tries = now.triesBefore;
        m_run->claimed.insert(now.id);
    }
    return true;
}

// The course stops here (the server asks to wait, an entry waits for its next try, sign-in failed, the cache
// failed): what it claimed and did not send goes back to pending, and its remaining entries count as done steps.
void SyncEngine::stopCourse(const std::shared_ptr<CoursePush> &course)
{
    QList<qint64> unsent;
    for (qsizetype i = course->next; i < course->entries.size(); ++i) {
        if (m_run->claimed.remove(course->entries.at(i).id))
            unsent.append(course->entries.at(i).id);
    }
    if (!unsent.isEmpty()) {
        if (Status released = m_state.outbox().release(unsent); !released)
            localFailure(released.error()); // they stay in flight: pending again at the next run's start
    }
    step(int(course->entries.size() - course->next));
    course->next = course->entries.size();
    course->done();
}

void SyncEngine::refreshThen(std::function<void(bool renewed)> then)
{
    if (!m_refresher || m_run->refreshTried)
        return then(false);
    m_run->refreshTried = true;
    m_refresher->refresh(std::move(then));
}

void SyncEngine::sendEntry(const OutboxEntry &entry, std::function<void(bool keepGoing)> next)
{
    // A claimed entry is in flight already; an attempt or a comment write is marked on its own.
    if (!m_run->claimed.remove(entry.id)) {
        if (Status marked = m_state.outbox().markInFlight(entry.id); !marked) {
            localFailure(marked.error());
            return next(false);
        }
    }
    dispatch(entry, [this, entry, next](const Reply &reply) { onReply(entry, next, reply, false); });
}

void SyncEngine::onReply(const OutboxEntry &entry, const std::function<void(bool)> &next, const Reply &reply,
                         bool retried)
{
    if (reply.local) {
        localFailure(*reply.local);
        return next(false);
    }
    const std::optional<ApiError> &error = reply.error;
    if (!error || isAlreadyCompleted(*error))
        return next(accept(entry, error ? Completion::Completed : reply.confirmed));
    if (error->isAuthFailure()) {
        auto giveUp = [this, entry, next](const ApiError &authError) {
            (void)keep(entry, authError);
            m_run->report.authFailed = true;
            m_run->stopped = true;
            next(false);
        };
        if (retried)
            return giveUp(*error);
        // One refresh, one retry with the same idempotency key; then everything stays queued.
        return refreshThen([this, entry, next, error, giveUp](bool renewed) {
            if (!renewed)
                return giveUp(*error);
            dispatch(entry, [this, entry, next](const Reply &again) { onReply(entry, next, again, true); });
        });
    }
    if (error->isTransient() || error->kind == ApiError::Kind::Cancelled) {
        (void)keep(entry, *error);
        return next(false);
    }
    next(refuse(entry, *error));
}

void SyncEngine::dispatch(const OutboxEntry &entry, ReplyTo reply)
{
    auto unit = [reply](Completion state) {
        return [reply, state](ApiResult<std::monostate> result) {
            reply(Reply{result ? std::nullopt : std::optional<ApiError>(result.error()), state, {}});
        };
    };
    switch (entry.kind) {
    case OutboxKind::Attempt:
        return dispatchAttempt(entry, std::move(reply));
    case OutboxKind::CommentCreate:
    case OutboxKind::CommentEdit:
    case OutboxKind::CommentDelete:
        return m_comments->send(entry, [this, entry, reply](const CommentSender::Outcome &outcome) {
            if (outcome.comment)
                m_run->comments.insert(entry.id, *outcome.comment);
            reply(Reply{outcome.error, Completion::Uncompleted, outcome.local});
        });
    case OutboxKind::Incomplete:
        m_api.incomplete(entry.courseId, entry.sectionId, entry.lessonId, unit(Completion::Uncompleted));
        return;
    case OutboxKind::Complete:
        break;
    }
    auto known = m_run->enrollments.constFind(entry.courseId);
    if (known == m_run->enrollments.cend()) {
        const Result<Course> course = m_state.course(entry.courseId);
        known = m_run->enrollments.insert(entry.courseId, course ? course->enrollmentId : QString());
    }
    const QString enrollmentId = *known;
    if (enrollmentId.isEmpty()) {
        m_api.complete(entry.courseId, entry.sectionId, entry.lessonId, unit(Completion::Completed));
        return;
    }
    // The enrollment endpoint returns the server's authoritative progress.
    m_api.completeEnrollment(
        enrollmentId, entry.lessonId, [this, entry, reply](ApiResult<EnrollmentCompletion> result) {
            if (!result)
                return reply(Reply{result.error(), Completion::Completed, {}});
            m_run->progress.insert(entry.id, result->progress); // saved with the confirmation, in one commit
            reply(Reply{std::nullopt, Completion::Completed, {}});
        });
}

// Exactly once for quiz attempts, with or without the server's help. The Idempotency-Key is always sent, and
// a server that honours it answers a repeat with the attempt it made. A platform server ignores it, so an
// attempt that was sent before without a definitive answer (the reply was lost, the app was killed while it
// was in flight, the connection timed out) may already be on the server. Before such an attempt is sent
// again, the lesson is read back and AttemptLanding decides from its last_attempt: landed → the server's
// attempt is the answer and nothing is sent; not landed → it is sent again. The first send records when it
// happened (server time) and how many attempts the server had counted, which is what that decision needs.
void SyncEngine::dispatchAttempt(const OutboxEntry &entry, ReplyTo reply)
{
    Result<std::optional<AttemptRecord>> record = m_state.attempts().byKey(entry.idempotencyKey);
    if (!record)
        return reply(Reply{{}, {}, record.error()});
    if (!record->has_value()) {
        // The cache lost the answers (damaged): the entry stays queued and the learner is told; nothing is sent.
        return reply(
            Reply{{},
                  {},
                  Error{u"attempt_missing"_s,
                        tr("The answers of quiz attempt %1 are missing from the local cache.").arg(entry.id)}});
    }
    const AttemptRecord attempt = **record;
    if (!attempt.firstSentAt.isValid()) {
        const Result<int> known = m_state.attempts().serverAttemptsKnown(entry.lessonId);
        Status marked =
            m_state.attempts().markFirstSent(entry.idempotencyKey, m_state.serverClock().now(), known ? *known : -1);
        if (!marked)
            return reply(Reply{{}, {}, marked.error()});
        return sendAttempt(entry, attempt.responses, std::move(reply));
    }
    m_api.lessonAttempts(
        entry.courseId, entry.sectionId, entry.lessonId,
        [this, entry, attempt, reply](ApiResult<QList<QuizAttempt>> server) {
            if (!server) {
                const ApiError &error = server.error();
                if (error.isTransient() || error.isAuthFailure() || error.kind == ApiError::Kind::Cancelled)
                    return reply(Reply{error, Completion::Uncompleted, {}});
                // The lesson cannot be read any more (locked, removed): the attempt's own answer decides.
                return sendAttempt(entry, attempt.responses, reply);
            }
            // The learner's other attempts of this quiz, answered already, are not this one, same answers or not.
            const Result<QSet<qint64>> others =
                m_state.attempts().serverIdsOfOthers(entry.lessonId, entry.idempotencyKey);
            if (!others)
                return reply(Reply{{}, {}, others.error()});
            const std::optional<QuizAttempt> landed = AttemptLanding::find(
                *server, AttemptLanding::Sent{attempt.responses, attempt.firstSentAt, attempt.attemptsBefore, *others});
            if (!landed) {
                qCInfo(lcSync) << "quiz attempt" << entry.id << "did not reach the server: sending it again";
                return sendAttempt(entry, attempt.responses, reply);
            }
            qCInfo(lcSync) << "quiz attempt" << entry.id << "had reached the server before its reply was lost";
            if (Status saved = m_state.attempts().setGraded(entry.idempotencyKey, *landed); !saved)
                return reply(Reply{{}, {}, saved.error()}); // it stays in flight: found again next time
            reply(Reply{std::nullopt, landed->result, {}});
        });
}

void SyncEngine::sendAttempt(const OutboxEntry &entry, const QList<QuestionResponse> &responses, ReplyTo reply)
{
    m_api.attempt(entry.courseId, entry.sectionId, entry.lessonId, responses, entry.idempotencyKey,
                  [this, entry, reply](ApiResult<QuizAttempt> result) {
                      if (!result)
                          return reply(Reply{result.error(), Completion::Uncompleted, {}});
                      // Not saved: the attempt stays in flight, and the next run finds it on the server.
                      if (Status saved = m_state.attempts().setGraded(entry.idempotencyKey, *result); !saved)
                          return reply(Reply{{}, {}, saved.error()});
                      reply(Reply{std::nullopt, result->result, {}});
                  });
}

// Each returns whether the run may go on: false after a local failure (the entry then stays in flight in the
// cache, and the next run sends it again: completions are idempotent, attempts are looked for first).
bool SyncEngine::accept(const OutboxEntry &entry, Completion confirmed)
{
    const auto progress = m_run->progress.constFind(entry.id);
    if (isCompletion(entry.kind)) {
        m_run->confirmations.append(LearnerState::Confirmation{
            entry, confirmed,
            progress != m_run->progress.cend() ? std::optional<ServerProgress>(*progress) : std::nullopt});
        m_run->progress.remove(entry.id);
        // Half a group is written as soon as the next requests are on their way (off the path of the replies; a
        // failure stops the run there), a full one at once: never more than confirmationGroup wait.
        const qsizetype waiting = m_run->confirmations.size();
        if (waiting == 1)
            m_commitTimer->start(confirmationDelayMs);
        else if (waiting == SyncEngine::confirmationGroup / 2)
            m_commitTimer->start(0);
        return waiting < SyncEngine::confirmationGroup || commitConfirmations();
    }
    // Attempts and comments are committed one by one, after the completions before them.
    if (!commitConfirmations())
        return false;
    const auto comment = m_run->comments.constFind(entry.id);
    Status saved =
        isComment(entry.kind)
            ? m_state.applyCommentSent(entry, comment != m_run->comments.cend() ? std::optional<LessonComment>(*comment)
                                                                                : std::nullopt)
            : m_state.applyConfirmation(entry, confirmed,
                                        progress != m_run->progress.cend() ? std::optional<ServerProgress>(*progress)
                                                                           : std::nullopt);
    if (!saved) {
        localFailure(saved.error());
        return false;
    }
    ++m_run->report.sent;
    return true;
}

bool SyncEngine::commitConfirmations()
{
    m_commitTimer->stop();
    if (m_run->confirmations.isEmpty())
        return true;
    const QList<LearnerState::Confirmation> group = std::exchange(m_run->confirmations, {});
    if (Status saved = m_state.applyConfirmations(group); !saved) {
        localFailure(saved.error()); // they stay in flight: sent again by the next run, answered as done
        return false;
    }
    m_run->report.sent += int(group.size());
    return true;
}

bool SyncEngine::refuse(const OutboxEntry &entry, const ApiError &error)
{
    if (!commitConfirmations())
        return false;
    OutboxEntry rejected = entry;
    rejected.state = OutboxState::Rejected;
    rejected.errorCode = error.toError().code;
    rejected.reason = error.httpStatus == 404 && error.serverCode != u"LESSON_LOCKED"_s
                          ? ServerText::compose(isComment(entry.kind)
                                                    ? tr("The comment or its lesson no longer exists on the server.")
                                                    : tr("The lesson no longer exists on the server."),
                                                error.message)
                          : ServerText::sentence(error.message);
    Status saved = m_state.applyRejection(entry, rejected.errorCode, rejected.reason);
    if (!saved) {
        localFailure(saved.error());
        return false;
    }
    ++m_run->report.rejected;
    m_run->report.rejections.append(rejected);
    return true;
}

bool SyncEngine::keep(const OutboxEntry &entry, const ApiError &error)
{
    if (!commitConfirmations())
        return false;
    if (!m_run->report.failure)
        m_run->report.failure = error;
    const QDateTime now = m_state.clock().now();
    QDateTime nextTry;
    if (error.retryAfterMs) {
        // The server said when: every request waits, not just this one.
        nextTry = now.addMSecs(*error.retryAfterMs);
        if (!m_run->holdUntil.isValid() || nextTry > m_run->holdUntil)
            m_run->holdUntil = nextTry;
        if (!m_holdUntil.isValid() || nextTry > m_holdUntil)
            m_holdUntil = nextTry;
    } else if (error.isTransient()) {
        nextTry = now.addMSecs(m_retry.delayMs(entry.tries + 1));
    }
    noteWait(nextTry);
    Status saved = m_state.outbox().scheduleRetry(entry.id, nextTry, error.message);
    if (!saved) {
        localFailure(saved.error()); // it stays in flight: sent again by the next run
        return false;
    }
    return true;
}

void SyncEngine::finish()
{
    (void)commitConfirmations();
    m_state.flushUnlockCheck(); // the outline's locks reflect what was just pulled

    if (Result<int> pending = m_state.outbox().countSendable())
        m_run->report.pending = *pending;
    else
        localFailure(pending.error());
    const SyncReport report = m_run->report;
    // The run's queues may still be on the stack (this is often called from inside one of them):
    // they are destroyed on the next turn of the event loop, not now.
    std::shared_ptr<Run> ended(m_run.release());
    QTimer::singleShot(0, this, [ended] {});
    emit finished(report);
}

} // namespace coursedesk

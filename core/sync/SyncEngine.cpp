#include "sync/SyncEngine.h"

#include "domain/Logging.h"
#include "domain/ServerText.h"

#include "storage/LearnerState.h"
#include "storage/MediaStore.h"
#include "sync/AttemptLanding.h"
#include "sync/CommentSender.h"
#include "sync/CommentSync.h"
#include "sync/MediaSync.h"
#include "sync/TokenRefresher.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTimer>

namespace coursedesk {

using namespace Qt::StringLiterals;

struct SyncEngine::Run
{
    qint64 onlyCourse = 0;
    SyncReport report;
    int done = 0;
    int total = 0;
    bool stopped = false;                   // sign-in refused: stop sending, keep everything
    QDateTime holdUntil;                    // 429/503 with Retry-After: no request to the server before then
    bool refreshTried = false;              // one token refresh per run
    bool honourBackoff = false;             // background runs let an entry wait for its next-try time
    QHash<qint64, Course> courses;          // cache of outlines used while pushing
    QHash<qint64, ServerProgress> progress; // per entry: the enrollment endpoint's figures, until confirmed
    QHash<qint64, LessonComment> comments;  // per comment entry: the server's comment, until confirmed
    // Completions and incompletions the server accepted, not yet committed: written in groups, one commit each
    // (commitConfirmations). Until then they stay in flight in the cache; a crash sends them again, which the
    // server answers as already done (idempotent), so exactly-once holds.
    QList<LearnerState::Confirmation> confirmations;
    TaskQueue courseQueue;
    std::vector<std::unique_ptr<TaskQueue>> downloads; // one per course being pulled, owned by the run

    explicit Run(int parallelCourses)
        : courseQueue(parallelCourses)
    {}
};

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
    m_commitTimer->setInterval(confirmationDelayMs);
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
        const qint64 courseId = it.key();
        const QList<OutboxEntry> list = it.value();
        m_run->courseQueue.add(
            [this, courseId, list](std::function<void()> done) { pushCourse(courseId, list, done); });
    }
    m_run->courseQueue.run([this] {
        (void)commitConfirmations();
        // Without a working sign-in or while the server asks us to wait, the pull would fail too.
        if (m_run->stopped || m_run->holdUntil.isValid())
            return finish();
        pull();
    });
}

void SyncEngine::pushCourse(qint64 courseId, QList<OutboxEntry> entries, std::function<void()> done)
{
    if (entries.isEmpty()) {
        (void)commitConfirmations(); // the course's last replies show at once
        return done();
    }
    const OutboxEntry entry = entries.takeFirst();
    const QDateTime now = m_state.clock().now();
    const bool held = m_run->stopped || (m_run->holdUntil.isValid() && now < m_run->holdUntil);
    // Order matters within a course: an entry that must wait holds back the ones after it.
    if (held || (m_run->honourBackoff && entry.nextTryAt.isValid() && now < entry.nextTryAt)) {
        noteWait(held ? m_run->holdUntil : entry.nextTryAt);
        step(int(entries.size()) + 1);
        return done();
    }
    sendEntry(entry, [this, courseId, entries, done](bool keepGoing) {
        step();
        if (!keepGoing) {
            step(int(entries.size()));
            return done();
        }
        pushCourse(courseId, entries, done);
    });
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
    if (Status marked = m_state.outbox().markInFlight(entry.id); !marked) {
        localFailure(marked.error());
        return next(false);
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
    if (!m_run->courses.contains(entry.courseId)) {
        if (Result<Course> course = m_state.course(entry.courseId))
            m_run->courses.insert(entry.courseId, *course);
    }
    const QString enrollmentId = m_run->courses.value(entry.courseId).enrollmentId;
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
    if (entry.kind == OutboxKind::Complete || entry.kind == OutboxKind::Incomplete) {
        m_run->confirmations.append(LearnerState::Confirmation{
            entry, confirmed,
            progress != m_run->progress.cend() ? std::optional<ServerProgress>(*progress) : std::nullopt});
        m_run->progress.remove(entry.id);
        if (m_run->confirmations.size() == 1)
            m_commitTimer->start();
        return m_run->confirmations.size() < SyncEngine::confirmationGroup || commitConfirmations();
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

void SyncEngine::pull()
{
    m_run->total += 1;
    m_api.courses([this](ApiResult<QList<Course>> courses) {
        step();
        if (!courses && courses.error().isAuthFailure() && !m_run->refreshTried && m_refresher) {
            return refreshThen([this](bool renewed) {
                if (renewed)
                    return pull();
                m_run->report.authFailed = true;
                finish();
            });
        }
        if (!courses) {
            if (!m_run->report.failure)
                m_run->report.failure = courses.error();
            m_run->report.authFailed = m_run->report.authFailed || courses.error().isAuthFailure();
            return finish();
        }
        for (const Course &summary : *courses) {
            if (m_run->onlyCourse != 0 && summary.id != m_run->onlyCourse)
                continue;
            m_run->total += 1;
            m_run->courseQueue.add([this, summary](std::function<void()> done) { pullCourse(summary, done); });
        }
        m_run->courseQueue.run([this] { finish(); });
    });
}

void SyncEngine::pullCourse(const Course &summary, std::function<void()> done)
{
    if (m_run->stopped) // the cache failed: what would be pulled could not be kept
        return done();
    const ApiClient::View view = summary.role() == Role::Instructor ? ApiClient::View::Edit : ApiClient::View::User;
    m_api.courseDetail(summary.id, view, [this, done](ApiResult<Course> detail) {
        step();
        if (!detail) {
            if (!m_run->report.failure)
                m_run->report.failure = detail.error();
            return done();
        }
        auto course = std::make_shared<Course>(*detail);
        // The validators of the bodies kept: a fresh one is not asked about, a stale one is sent back (an unchanged
        // body is answered 304 and not rewritten).
        auto validators = std::make_shared<QHash<qint64, Validators>>();
        auto asked = std::make_shared<QHash<qint64, Validators>>(); // this run's replies: 200 or 304
        if (m_media) {
            if (Result<QHash<qint64, Validators>> known = m_media->store().bodyValidators(course->id))
                *validators = *known;
        }
        TaskQueue &downloads = *m_run->downloads.emplace_back(std::make_unique<TaskQueue>(m_options.parallelDownloads));
        const bool instructor = course->role() == Role::Instructor;
        const QDateTime now = m_state.clock().now();
        for (qsizetype s = 0; s < course->sections.size(); ++s) {
            for (qsizetype l = 0; l < course->sections.at(s).lessons.size(); ++l) {
                const Lesson &lesson = course->sections.at(s).lessons.at(l);
                // A learner cannot read a lesson the server reports locked; it is fetched once it opens.
                if (!instructor && (lesson.serverLocked || !lesson.isPublished()))
                    continue;
                // The body kept is still fresh (the server's Cache-Control, or a tenth of its age, at most an hour:
                // remote/Freshness): it stays as it is, not asked about.
                if (validators->value(lesson.id).isFreshAt(now)) {
                    ++m_run->report.bodiesFresh;
                    continue;
                }
                m_run->total += 1;
                downloads.add([this, course, validators, asked, s, l](std::function<void()> fetched) {
                    const Lesson &outline = course->sections.at(s).lessons.at(l);
                    m_api.lessonBodyIfChanged(
                        course->id, outline, validators->value(outline.id),
                        [this, course, asked, s, l, fetched](ApiResult<ApiClient::ConditionalLesson> body) {
                            step();
                            Lesson &lesson = course->sections[s].lessons[l];
                            if (body && body->lesson) {
                                lesson = *body->lesson;
                                asked->insert(lesson.id, body->validators);
                            } else if (body) { // 304: the copy kept is current, fresh again
                                asked->insert(lesson.id, body->validators);
                                ++m_run->report.bodiesUnchanged;
                            } else if (!body &&
                                       !(body.error().kind == ApiError::Kind::Http && body.error().httpStatus == 403)) {
                                qCWarning(lcSync) << "lesson body not downloaded:" << body.error().message;
                            }
                            // 304: the lesson stays as the outline gave it (no body), and the body kept stays.
                            fetched();
                        });
                });
            }
        }
        downloads.run([this, course, asked, done] {
            if (m_run->stopped)
                return done();
            Result<ImportReport> imported = m_state.importCourse(*course);
            if (imported) {
                ++m_run->report.coursesPulled;
                m_run->report.lessonsPulled += imported->lessons;
                for (const OutboxEntry &orphan : imported->orphanedEntries) {
                    ++m_run->report.rejected;
                    m_run->report.rejections.append(orphan);
                }
            } else {
                localFailure(imported.error());
            }
            if (!imported)
                return done();
            // The course's comment threads (CommentSync), then its files.
            m_threads->pull(*course, [this, course, asked, done](const CommentSyncReport &threads) {
                m_run->report.threadsFetched += threads.fetched;
                m_run->report.threadsUnchanged += threads.unchanged;
                m_run->report.threadsFresh += threads.fresh;
                m_run->report.commentWarnings += threads.problems;
                if (threads.localFailure)
                    localFailure(*threads.localFailure);
                if (!m_media)
                    return done();
                pullMedia(*course, *asked, done);
            });
        });
    });
}

// The pulled course's files (MediaSync): what its lessons refer to, then the files themselves, within the course's
// turn of the run.
void SyncEngine::pullMedia(const Course &course, const QHash<qint64, Validators> &validators,
                           std::function<void()> done)
{
    if (Status recorded = m_media->recordLessons(course, m_api.baseUrl(), validators); !recorded) {
        localFailure(recorded.error());
        return done();
    }
    m_media->download(course.id, false, [this, done](const MediaReport &media) {
        m_run->report.filesFetched += media.fetched;
        m_run->report.filesUnchanged += media.unchanged;
        m_run->report.filesFresh += media.fresh;
        m_run->report.missingFiles += media.problems;
        if (media.localFailure)
            localFailure(*media.localFailure);
        done();
    });
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

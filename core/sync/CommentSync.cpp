#include "sync/CommentSync.h"

#include "domain/Logging.h"
#include "storage/LearnerState.h"
#include "sync/TaskQueue.h"

#include <QCoreApplication>

namespace coursedesk {

using namespace Qt::StringLiterals;

struct CommentSync::Run
{
    explicit Run(int parallel)
        : queue(parallel)
    {}

    qint64 courseId = 0;
    QHash<qint64, Validators> validators; // of the threads kept
    CommentSyncReport report;
    TaskQueue queue;
};

namespace {

QString problem(const QString &lessonName, const QString &why)
{
    return QCoreApplication::translate("coursedesk::CommentSync", "Comments of '%1' not updated: %2")
        .arg(lessonName, why);
}

} // namespace

CommentSync::CommentSync(LearnerState &state, ApiClient &api, Options options)
    : m_state(state)
    , m_api(api)
    , m_options(options)
{}

QList<const Lesson *> CommentSync::threadsOf(const Course &course)
{
    const bool instructor = course.role() == Role::Instructor;
    QList<const Lesson *> lessons;
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons) {
            // As the sync reads bodies: a learner cannot read a lesson the server reports locked, or a draft.
            if (!lesson.commentsEnabled || (!instructor && (lesson.serverLocked || !lesson.isPublished())))
                continue;
            lessons.append(&lesson);
        }
    }
    return lessons;
}

void CommentSync::pull(const Course &course, std::function<void(CommentSyncReport)> done)
{
    const QList<const Lesson *> lessons = threadsOf(course);
    if (lessons.isEmpty())
        return done(CommentSyncReport{});
    auto run = std::make_shared<Run>(m_options.parallelThreads);
    run->courseId = course.id;
    Result<QHash<qint64, Validators>> known = m_state.comments().threadValidators(course.id);
    Result<QList<CommentDraft>> drafts = m_state.comments().drafts(0);
    if (!known || !drafts) {
        run->report.localFailure = !known ? known.error() : drafts.error();
        return done(run->report);
    }
    run->validators = *known;
    // A comment sent whose answer was lost may be on the server already: its lesson is left to the next send's
    // read-back (CommentLanding), which knows it is ours; read here, it would show twice (the server's copy and the
    // pending one).
    QSet<qint64> unconfirmed;
    for (const CommentDraft &draft : *drafts) {
        if (draft.kind == OutboxKind::CommentCreate && draft.firstSentAt.isValid() &&
            draft.state != OutboxState::Rejected)
            unconfirmed.insert(draft.lessonId);
    }
    const QDateTime now = m_state.clock().now();
    for (const Lesson *lesson : lessons) {
        if (unconfirmed.contains(lesson->id)) {
            ++run->report.deferred;
            continue;
        }
        // Still fresh as the server's own Cache-Control or Expires says (remote/Freshness; no heuristic for a
        // conversation): kept as it is, not asked about.
        if (run->validators.value(lesson->id).isFreshAt(now)) {
            ++run->report.fresh;
            continue;
        }
        const Section *section = course.findSection(lesson->sectionId);
        // The queue belongs to the run: what it holds refers to the run weakly, or neither would ever be freed when a
        // sync is abandoned (the window closed while threads are read). A task only runs while its queue, and so the
        // run, is alive.
        run->queue.add([this, weak = std::weak_ptr<Run>(run), lesson = *lesson,
                        sectionName = section ? section->name : QString()](std::function<void()> finished) {
            const std::shared_ptr<Run> run = weak.lock();
            if (!run || run->report.localFailure)
                return finished();
            readThread(run, lesson, sectionName, std::move(finished));
        });
    }
    learnSelf([run, done = std::move(done)] {
        run->queue.run([weak = std::weak_ptr<Run>(run), done] {
            if (const std::shared_ptr<Run> run = weak.lock())
                done(run->report);
        });
    });
}

// "Mine" goes by the user's id (CommentAuthorship): asked once, when the cache does not know it yet.
void CommentSync::learnSelf(std::function<void()> then)
{
    if (m_selfAsked || m_state.comments().selfId() != 0)
        return then();
    m_selfAsked = true;
    m_api.me([this, then = std::move(then)](ApiResult<UserInfo> me) {
        if (me && me->id != 0) {
            if (Status saved = m_state.comments().setSelfId(me->id); !saved)
                qCWarning(lcSync) << "the user's id was not kept:" << saved.error().message;
        } else {
            m_selfAsked = false; // asked again by the next sync
        }
        then();
    });
}

void CommentSync::readThread(const std::shared_ptr<Run> &run, const Lesson &lesson, const QString &sectionName,
                             std::function<void()> done)
{
    const Result<qint64> sequence = m_state.comments().sequence(); // what the cache held when the read began
    if (!sequence) {
        run->report.localFailure = sequence.error();
        return done();
    }
    auto read = std::make_shared<CommentThreadRead>();
    read->courseId = run->courseId;
    read->lessonId = lesson.id;
    read->readSequence = *sequence;
    ApiClient::CommentQuery query;
    query.limit = m_options.pageSize;
    m_api.lessonCommentsIfChanged(
        run->courseId, lesson.sectionId, lesson.id, query, run->validators.value(lesson.id),
        [this, run, read, sectionId = lesson.sectionId, sectionName, name = lesson.name,
         done](ApiResult<ApiClient::ConditionalComments> reply) {
            if (!reply) {
                run->report.problems.append(problem(name, reply.error().message));
                return done();
            }
            if (!reply->page) { // 304: the thread kept is current, and stays as it is; it is fresh again
                ++run->report.unchanged;
                if (Status kept = m_state.comments().setThreadValidators(run->courseId, read->lessonId,
                                                                         reply->validators, m_state.clock().now());
                    !kept)
                    run->report.localFailure = kept.error();
                return done();
            }
            read->firstLevel = reply->page->results;
            read->sectionName = sectionName; // for the inbox, as the course-wide list's `extras` give them
            read->lessonName = name;
            read->complete = reply->page->results.size() >= reply->page->count;
            read->validators = reply->validators;
            QList<qint64> parents;
            for (const LessonComment &comment : read->firstLevel) {
                if (comment.latestReplyId != 0)
                    parents.append(comment.id);
                else
                    read->replies.insert(comment.id, {{}, true}); // none on the server: any kept were deleted
            }
            readReplies(run, read, parents, sectionId, name, done);
        });
}

void CommentSync::readReplies(const std::shared_ptr<Run> &run, std::shared_ptr<CommentThreadRead> read,
                              QList<qint64> parents, qint64 sectionId, QString lessonName, std::function<void()> done)
{
    if (parents.isEmpty()) {
        // Everything read: kept at once, with the thread's validators.
        if (Status kept = m_state.keepThread(*read); !kept) {
            run->report.localFailure = kept.error();
            return done();
        }
        ++run->report.fetched;
        return done();
    }
    const qint64 parent = parents.takeFirst();
    ApiClient::CommentQuery query;
    query.limit = m_options.replyLimit;
    query.parent = parent;
    m_api.lessonComments(
        run->courseId, sectionId, read->lessonId, query,
        [this, run, read, parents, parent, sectionId, lessonName, done](ApiResult<Page<LessonComment>> page) {
            if (!page) { // the thread stays as it was cached, its validators too: read again next time
                run->report.problems.append(problem(lessonName, page.error().message));
                return done();
            }
            read->replies.insert(parent, {page->results, page->results.size() >= page->count});
            readReplies(run, read, parents, sectionId, lessonName, done);
        });
}

} // namespace coursedesk

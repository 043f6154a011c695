#pragma once

#include "remote/ApiClient.h"
#include "storage/Outbox.h"
#include "sync/RetryPolicy.h"
#include "sync/TaskQueue.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace coursedesk {

class LearnerState;

struct SyncReport final
{
    int coursesPulled = 0;
    int lessonsPulled = 0;
    int sent = 0;                    // entries the server accepted
    int rejected = 0;                // entries the server refused (rolled back, kept with their reason)
    int pending = 0;                 // entries still waiting after this run
    bool authFailed = false;         // the server refused the sign-in even after a refresh: sign in again
    std::optional<ApiError> failure; // the first failure of the network or the server that stopped part of the run
    // The local cache could not be read or written (busy, read-only, damaged): the run stopped there and every
    // action stays queued as it was; none is rejected or rolled back for it.
    std::optional<Error> localFailure;
    QDateTime waitingUntil; // the earliest time a kept entry may be tried again (null: now)
    QList<OutboxEntry> rejections;
    // The lessons' files (MediaSync): new copies, copies the server validated (304), and those missing with why.
    int filesFetched = 0;
    int filesUnchanged = 0;
    int filesFresh = 0; // still fresh (remote/Freshness): kept without asking
    // Lesson bodies kept: validated by the server (304), or still fresh and not asked about.
    int bodiesUnchanged = 0;
    int bodiesFresh = 0;
    QStringList missingFiles;
    // The lessons' comment threads (CommentSync; branch comments2): read anew, validated (304), and those left as
    // they were cached with why (warnings: they never fail the run).
    int threadsFetched = 0;
    int threadsUnchanged = 0;
    int threadsFresh = 0; // still fresh (remote/Freshness): not asked about
    QStringList commentWarnings;
};

class CommentSender;
class CommentSync;
class MediaSync;
class TokenRefresher;

// Push, then pull. Push sends the outbox in creation order within a course (courses in parallel,
// bounded); pull brings the joined courses, their details (view=edit for creators and managers) and
// every readable lesson body into the cache, with the comment threads of lessons that take comments (CommentSync).
//
// Replies (design.md, "Outbox rules"): 2xx and 409 LESSON_ALREADY_COMPLETED → done; 403/404 and other
// 4xx → rejected with the server's reason, the lesson rolled back, the user told; 401 → one token refresh
// and one retry with the same idempotency key, then everything stays queued ("sign in again");
// 429/503 → wait as Retry-After says; network errors, timeouts, broken replies and other 5xx →
// exponential backoff with full jitter (RetryPolicy, capped at 15 minutes). An entry waits until its
// next-try time, and the entries after it in the same course wait with it. Nothing is ever lost.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    // Accepted completions are committed in groups (commitConfirmations): when this many are waiting, or
    // confirmationDelayMs after the first of them, whichever comes first, so that the disk's flush is not paid per
    // action and yet progress is on disk within a moment (a run killed again and again still moves on). A crash may
    // leave a group (and the entries in flight) applied on the server and not yet recorded here: each is sent again
    // and answered as already done.
    static constexpr qsizetype confirmationGroup = 64;
    static constexpr int confirmationDelayMs = 50;
    // A course's next completions and incompletions are taken in flight this many at a time, in one statement
    // (Outbox::claim); those a stopped course does not reach go back to pending (Outbox::release).
    static constexpr qsizetype claimWindow = 16;

    struct Options
    {
        int parallelCourses = 4;
        int parallelDownloads = 4;
        RetryPolicy::Options retry;
    };

    // random feeds the backoff jitter (see RetryPolicy); null uses the system generator.
    SyncEngine(LearnerState &state, ApiClient &api, Options options, QObject *parent = nullptr,
               std::function<quint32()> random = {});

    // Called on 401; without one, a 401 stops the run at once.
    void setTokenRefresher(TokenRefresher *refresher) { m_refresher = refresher; }
    // With one, lesson bodies are asked with their validators and each pulled course's files are brought offline.
    void setMedia(MediaSync *media) { m_media = media; }
    ~SyncEngine() override;

    enum class Trigger
    {
        User,       // "Sync now", the CLI: every queued entry is tried now, backoff or not
        Background, // the scheduler: an entry waits for its next-try time
    };

    // onlyCourse 0: every course. Emits finished() once, asynchronously. The server's Retry-After is
    // obeyed within a run whatever the trigger, and by every later background run until it has passed.
    void run(qint64 onlyCourse = 0, Trigger trigger = Trigger::User);
    bool isRunning() const { return m_run != nullptr; }

signals:
    void progress(int done, int total);
    void finished(const coursedesk::SyncReport &report);

private:
    struct Run;
    struct CoursePush;
    void push();
    void pushCourse(const std::shared_ptr<CoursePush> &course);
    bool claimFrom(CoursePush &course);
    void stopCourse(const std::shared_ptr<CoursePush> &course);
    void sendEntry(const OutboxEntry &entry, std::function<void(bool keepGoing)> next);
    // The outcome of sending one entry: the server's error, or its confirmation with the state it confirmed;
    // or a local failure (the cache), which is neither.
    struct Reply
    {
        std::optional<ApiError> error;
        Completion confirmed = Completion::Uncompleted;
        std::optional<Error> local;
    };
    using ReplyTo = std::function<void(Reply)>;
    void onReply(const OutboxEntry &entry, const std::function<void(bool)> &next, const Reply &reply, bool retried);
    void dispatch(const OutboxEntry &entry, ReplyTo reply);
    void dispatchAttempt(const OutboxEntry &entry, ReplyTo reply);
    void sendAttempt(const OutboxEntry &entry, const QList<QuestionResponse> &responses, ReplyTo reply);
    void localFailure(const Error &error);
    void refreshThen(std::function<void(bool renewed)> then);
    bool accept(const OutboxEntry &entry, Completion confirmed);
    bool commitConfirmations(); // the accepted completions not yet written, in one transaction
    bool refuse(const OutboxEntry &entry, const ApiError &error);
    bool keep(const OutboxEntry &entry, const ApiError &error);
    void noteWait(const QDateTime &until);
    void pull();
    void pullCourse(const Course &summary, std::function<void()> done);
    void pullMedia(const Course &course, const QHash<qint64, Validators> &validators, std::function<void()> done);
    void finish();
    void step(int count = 1);

    LearnerState &m_state;
    ApiClient &m_api;
    Options m_options;
    RetryPolicy m_retry;
    TokenRefresher *m_refresher = nullptr;
    MediaSync *m_media = nullptr;
    QDateTime m_holdUntil; // the server's latest Retry-After: background runs ask nothing before it
    std::unique_ptr<Run> m_run;
    std::unique_ptr<CommentSender> m_comments; // comment writes (CommentSender.h)
    std::unique_ptr<CommentSync> m_threads;    // comment threads brought with each pulled course (CommentSync.h)
    QTimer *m_commitTimer = nullptr;           // confirmationDelayMs after a group's first confirmation
};

} // namespace coursedesk

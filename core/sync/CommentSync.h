#pragma once

#include "domain/Course.h"
#include "domain/Result.h"
#include "remote/ApiClient.h"
#include "storage/CommentStore.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace coursedesk {

class LearnerState;

// What reading one course's comment threads did.
struct CommentSyncReport final
{
    int fetched = 0;      // threads read and kept anew
    int unchanged = 0;    // threads the server validated (304): not read again
    int fresh = 0;        // threads still fresh (remote/Freshness): not asked about
    int deferred = 0;     // threads left for later: a comment of ours there awaits its confirmation
    QStringList problems; // "<lesson>: <why>" for each thread left as it was cached
    std::optional<Error> localFailure;
};

// Brings the comment threads of a pulled course into the cache (issue 20, "cached with the lesson and readable
// offline"; branch comments2): for every lesson the reader may read whose comments are enabled, the first page of
// first-level comments (sent with the validators of the thread kept, so that an unchanged thread is answered 304
// and not rewritten) and, when it changed, the replies of those that have any, as the lesson reads give them. A
// bounded number of lessons at a time. A thread whose read fails (network, refused, broken reply) stays as it was
// cached and is reported as a problem; it never fails the course's sync. The learner's queued comments live apart
// (CommentStore's drafts) and are untouched; a lesson where one of them was sent but not confirmed (its answer lost)
// is left to the next send's read-back, so that it is not shown twice. Comments deleted on the server are forgotten
// when the first page (or a thread's replies) covered everything. Learns the signed-in user's id once (for "mine") when
// it is not known.
class CommentSync final
{
public:
    struct Options
    {
        int parallelThreads = 4;
        int pageSize = 50;    // first-level comments read per lesson
        int replyLimit = 100; // replies read per first-level comment
    };

    CommentSync(LearnerState &state, ApiClient &api, Options options);

    // The lessons whose thread is read: readable by this reader (an instructor reads all; a learner those published
    // and not locked by the server) and with comments enabled.
    static QList<const Lesson *> threadsOf(const Course &course);

    // done is called once.
    void pull(const Course &course, std::function<void(CommentSyncReport)> done);

private:
    struct Run;
    void learnSelf(std::function<void()> then);
    void readThread(const std::shared_ptr<Run> &run, const Lesson &lesson, const QString &sectionName,
                    std::function<void()> done);
    void readReplies(const std::shared_ptr<Run> &run, std::shared_ptr<CommentThreadRead> read, QList<qint64> parents,
                     qint64 sectionId, QString lessonName, std::function<void()> done);

    LearnerState &m_state;
    ApiClient &m_api;
    Options m_options;
    bool m_selfAsked = false;
};

} // namespace coursedesk

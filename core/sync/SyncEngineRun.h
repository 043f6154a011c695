#pragma once

// The state of one SyncEngine run, shared by its push (SyncEngine.cpp) and its pull (SyncEnginePull.cpp).
#include "sync/SyncEngine.h"

#include "storage/LearnerState.h"
#include "sync/TaskQueue.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace coursedesk {

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
    QHash<qint64, QString> enrollments;     // each pushed course's enrollment id (empty: the v2 endpoint)
    QHash<qint64, ServerProgress> progress; // per entry: the enrollment endpoint's figures, until confirmed
    QHash<qint64, LessonComment> comments;  // per comment entry: the server's comment, until confirmed
    // Completions and incompletions the server accepted, not yet committed: written in groups, one commit each
    // (commitConfirmations). Until then they stay in flight in the cache; a crash sends them again, which the
    // server answers as already done (idempotent), so exactly-once holds.
    QList<LearnerState::Confirmation> confirmations;
    // Completions and incompletions claimed (in flight in the cache, one statement for a run of a course's next
    // ones: Outbox::claim) and not sent yet. Those a course does not reach are released (Outbox::release).
    QSet<qint64> claimed;
    TaskQueue courseQueue;
    std::vector<std::unique_ptr<TaskQueue>> downloads; // one per course being pulled, owned by the run

    explicit Run(int parallelCourses)
        : courseQueue(parallelCourses)
    {}
};

// One course's entries being pushed, in order: the next to send, and what to call when the course is through.
struct SyncEngine::CoursePush
{
    qint64 courseId = 0;
    QList<OutboxEntry> entries;
    qsizetype next = 0;
    std::function<void()> done;
};

} // namespace coursedesk

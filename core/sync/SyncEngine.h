#pragma once

#include "remote/ApiClient.h"
#include "storage/Outbox.h"
#include "sync/TaskQueue.h"

#include <QObject>

#include <memory>

namespace coursedesk {

class CourseSession;

struct SyncReport final
{
    int coursesPulled = 0;
    int lessonsPulled = 0;
    int sent = 0;     // entries the server accepted
    int rejected = 0; // entries the server refused (rolled back, kept with their reason)
    int pending = 0;  // entries still waiting after this run
    bool authFailed = false;
    std::optional<ApiError> failure; // the first failure that stopped part of the run
    QList<OutboxEntry> rejections;
};

// Push, then pull. Push sends the outbox in creation order within a course (courses in parallel,
// bounded); pull brings the joined courses, their details (view=edit for creators and managers) and
// every readable lesson body into the cache. A failed call leaves its entry pending; nothing is lost.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int parallelCourses = 4;
        int parallelDownloads = 4;
    };

    SyncEngine(CourseSession &session, ApiClient &api, Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    // onlyCourse 0: every course. Emits finished() once, asynchronously.
    void run(qint64 onlyCourse = 0);
    bool isRunning() const { return m_run != nullptr; }

signals:
    void progress(int done, int total);
    void finished(const coursedesk::SyncReport &report);

private:
    struct Run;
    void push();
    void pushCourse(qint64 courseId, QList<OutboxEntry> entries, std::function<void()> done);
    void sendEntry(const OutboxEntry &entry, std::function<void(bool keepGoing)> next);
    void accept(const OutboxEntry &entry, Completion confirmed);
    void refuse(const OutboxEntry &entry, const ApiError &error);
    void keep(const OutboxEntry &entry, const ApiError &error);
    void pull();
    void pullCourse(const Course &summary, std::function<void()> done);
    void finish();
    void step(int count = 1);

    CourseSession &m_session;
    ApiClient &m_api;
    Options m_options;
    std::unique_ptr<Run> m_run;
};

} // namespace coursedesk

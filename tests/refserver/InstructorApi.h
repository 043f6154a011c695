#pragma once

#include "CourseReads.h"
#include "Reply.h"
#include "Router.h"
#include "ServerContext.h"

namespace coursedesk::refserver {

// The creator/manager reads: the course's users with their progress, the quiz attempts, and the dashboard figures
// of view=dashboard. Anyone else gets 403. `statuses` filters both lists by the member's join status (the
// platform's docs; absent: every member in the contract dialect, the documented ["manager","joined"] in the
// platform's).
class InstructorApi final
{
public:
    InstructorApi(ServerContext &context, const CourseReads &reads)
        : m_context(context)
        , m_reads(reads)
    {}

    void addRoutes(Router &router);

    // avg_completion_rate (whole percent, over joined learners), num_learners, num_learners_completed,
    // num_attempts: for view=dashboard.
    DashboardFigures dashboardFigures(qint64 courseId) const;

private:
    Outcome<CourseView> instructorView(const QHttpServerRequest &request, qint64 courseId) const;
    Reply users(qint64 courseId, const QHttpServerRequest &request) const;
    Reply quizzes(qint64 courseId, const QHttpServerRequest &request) const;
    // The join statuses a list keeps (a creator counts as a manager); nullopt: every member.
    std::optional<QStringList> statusFilter(const QUrlQuery &query) const;

    ServerContext &m_context;
    const CourseReads &m_reads;
};

} // namespace coursedesk::refserver

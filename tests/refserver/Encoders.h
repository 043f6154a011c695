#pragma once

// The reference server's JSON, written from the docs' schemas (platform-docs/apireference/v2/schemas) and
// api-contract.md, in either dialect. Its own encoders: nothing here comes from the client's JSON mapping.
#include "Model.h"
#include "Rules.h"
#include "ServerContext.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace coursedesk::refserver {

class Store;

// A course as one user sees it now: the structure, the user's membership and lesson states, the rules' verdict
// and the progress figures.
struct CourseView final
{
    model::Course course;
    std::optional<Membership> membership;
    model::LessonStates states;
    model::Access access;
    model::Progress progress;

    model::JoinStatus joinStatus() const { return membership ? membership->status : model::JoinStatus::None; }
    model::Role role() const { return roleOf(joinStatus()); }
    bool isInstructor() const { return role() == model::Role::Instructor; }
    model::Completion state(qint64 lessonId) const { return states.value(lessonId, model::Completion::Uncompleted); }
};

// What a course read returns.
enum class CourseShape
{
    Summary,   // Course: a row of the course list
    Detail,    // Course User Detail: with sections and lessons (and the user's states and locks)
    Dashboard, // platform dialect: Course Dashboard (no sections, avg_completion_rate)
};

// Figures of a course's learners (join_status joined) for its dashboard.
struct DashboardFigures final
{
    int averageCompletion = 0; // avg_completion_rate: the learners' whole percents, averaged, rounded half up
    int learners = 0;
    int learnersCompleted = 0;
    int attempts = 0;
};

class Encoders final
{
public:
    explicit Encoders(const ServerContext &context)
        : m_context(context)
        , m_store(context.store)
        , m_options(context.options)
    {}

    // User Minimal: {id, username, real_name, avatar} (platform: also community_badge, deleted).
    QJsonObject user(const User &user) const;
    QJsonObject user(qint64 userId) const;
    // Course, Course User Detail or Course Dashboard; drafts only when `includeDrafts` (creators and managers).
    QJsonObject course(const CourseView &view, CourseShape shape, bool includeDrafts,
                       const DashboardFigures &figures = {}) const;
    // Course Lesson, with the body loaded. `correct` on answers only for creators and managers; `last` is the
    // user's last attempt: an object or null (contract), a list of at most one (platform).
    QJsonObject lesson(const CourseView &view, const model::Lesson &lesson, const QDateTime &createdAt,
                       const std::optional<AttemptRecord> &last) const;
    // Course Quiz Attempt.
    QJsonObject attempt(const AttemptRecord &record) const;
    // Media; a url or image given as a path is on this server.
    QJsonObject media(const model::Media &media) const;
    // Course User Dashboard: one row of a course's members.
    QJsonObject learner(const Membership &member, const User &user, const model::Progress &progress) const;
    // Course Quiz Dashboard: one row of a course's quiz attempts.
    QJsonObject quizRow(const AttemptRecord &record, const User &user, const QString &lessonName) const;

    static QJsonValue time(const QDateTime &time); // ISO 8601 UTC with milliseconds, or null

private:
    QJsonObject section(const CourseView &view, const model::Section &section, bool includeDrafts) const;

    const ServerContext &m_context;
    const Store &m_store;
    const RefServerOptions &m_options;
};

} // namespace coursedesk::refserver

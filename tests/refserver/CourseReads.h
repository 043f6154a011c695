#pragma once

#include "Reply.h"
#include "ServerContext.h"
#include "Store.h"
#include "domain/AccessPolicy.h"
#include "domain/Progress.h"

#include <QJsonObject>

#include <optional>

namespace coursedesk::refserver {

// A course as one user sees it now: the structure with the user's join status, joined_at and lesson states,
// the access rules' verdict (AccessPolicy) and the progress figures (Progress).
struct CourseView final
{
    Course course;
    std::optional<Membership> membership;
    CourseAccess access;
    ProgressFigures progress;

    bool isInstructor() const { return course.role() == Role::Instructor; }
};

// Loading courses for a user and rendering them as the contract's JSON; shared by every API.
class CourseReads final
{
public:
    explicit CourseReads(ServerContext &context)
        : m_context(context)
    {}

    // 404 for an unknown course; 403 NOT_JOINED when the user is not a member (none, invited, requested).
    Outcome<CourseView> viewFor(const User &user, qint64 courseId) const;
    // Anyone's view (no 403), e.g. for dashboards and /_test/state; nullopt for an unknown course.
    std::optional<CourseView> viewOf(qint64 userId, qint64 courseId) const;
    // The view of a member from an already loaded structure and lesson states.
    CourseView makeView(Course structure, const std::optional<Membership> &membership,
                        const QHash<qint64, Completion> &states) const;

    // 404 unless the section belongs to the course and the lesson to that section.
    Outcome<Lesson> lessonIn(const CourseView &view, qint64 sectionId, qint64 lessonId) const;
    // 403 LESSON_LOCKED when AccessPolicy refuses the lesson now (creators and managers pass).
    std::optional<Reply> lockedReply(const CourseView &view, qint64 lessonId) const;

    // Course User Detail (with sections) or the list form (without); drafts only when includeDrafts.
    QJsonObject courseJson(const CourseView &view, bool withSections, bool includeDrafts) const;
    // Course Lesson; `correct` on answers only for creators and managers.
    QJsonObject lessonJson(const CourseView &view, Lesson lesson) const;
    // Course Quiz Attempt.
    QJsonObject attemptJson(const AttemptRecord &record) const;
    QJsonObject userJson(qint64 userId) const;
    static QJsonObject userJson(const User &user);

private:
    ServerContext &m_context;
};

} // namespace coursedesk::refserver

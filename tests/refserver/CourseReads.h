#pragma once

#include "Encoders.h"
#include "Reply.h"
#include "Rules.h"
#include "ServerContext.h"
#include "Store.h"

#include <optional>

namespace coursedesk::refserver {

// Loading courses for a user, the rules' verdict on them, and their JSON (Encoders); shared by every API.
class CourseReads final
{
public:
    explicit CourseReads(ServerContext &context)
        : m_context(context)
        , m_encoders(context)
    {}

    const Encoders &encoders() const { return m_encoders; }

    // 404 for an unknown course; 403 when the user is not a member (no status, invited, requested,
    // payment_waiting).
    // `upToLesson` (not 0): a request about that one lesson; the access of the lessons after it is not evaluated.
    Outcome<CourseView> viewFor(const User &user, qint64 courseId, qint64 upToLesson = 0) const;
    // Anyone's view (no 403), e.g. for dashboards and /_test/state; nullopt for an unknown course.
    std::optional<CourseView> viewOf(qint64 userId, qint64 courseId, qint64 upToLesson = 0) const;
    // The view of a member from an already loaded structure and lesson states.
    CourseView makeView(model::Course structure, const std::optional<Membership> &membership,
                        model::LessonStates states, qint64 upToLesson = 0) const;

    // 404 unless the section belongs to the course and the lesson to that section.
    Outcome<model::Lesson> lessonIn(const CourseView &view, qint64 sectionId, qint64 lessonId) const;
    // 403 when the rules refuse the lesson now (creators and managers pass), with the reason in words.
    std::optional<Reply> lockedReply(const CourseView &view, qint64 lessonId) const;

private:
    ServerContext &m_context;
    Encoders m_encoders;
};

} // namespace coursedesk::refserver

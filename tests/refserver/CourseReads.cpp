#include "CourseReads.h"

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

CourseView CourseReads::makeView(Course structure, const std::optional<Membership> &membership, LessonStates states,
                                 qint64 upToLesson) const
{
    CourseView view;
    view.course = std::move(structure);
    view.membership = membership;
    view.states = std::move(states);
    view.access = Access::evaluate(view.course, view.joinStatus(), membership ? membership->joinedAt : QDateTime(),
                                   view.states, m_context.now(), upToLesson);
    view.progress = Progress::of(view.course, view.states);
    return view;
}

std::optional<CourseView> CourseReads::viewOf(qint64 userId, qint64 courseId, qint64 upToLesson) const
{
    std::optional<Course> structure = m_context.store.course(courseId);
    if (!structure)
        return std::nullopt;
    return makeView(std::move(*structure), m_context.store.membership(userId, courseId),
                    m_context.store.lessonStates(userId, courseId), upToLesson);
}

Outcome<CourseView> CourseReads::viewFor(const User &user, qint64 courseId, qint64 upToLesson) const
{
    std::optional<CourseView> view = viewOf(user.id, courseId, upToLesson);
    if (!view)
        return m_context.errors.notFound(u"There is no course %1."_s.arg(courseId));
    if (view->role() == Role::Outsider) {
        return m_context.errors.forbidden(u"NOT_JOINED"_s,
                                          u"%1 has not joined course %2."_s.arg(user.username).arg(courseId));
    }
    return std::move(*view);
}

Outcome<Lesson> CourseReads::lessonIn(const CourseView &view, qint64 sectionId, qint64 lessonId) const
{
    const Section *section = view.course.findSection(sectionId);
    if (!section)
        return m_context.errors.notFound(u"Course %1 has no section %2."_s.arg(view.course.id).arg(sectionId));
    for (const Lesson &lesson : section->lessons) {
        if (lesson.id == lessonId)
            return lesson;
    }
    return m_context.errors.notFound(u"Section %1 has no lesson %2."_s.arg(sectionId).arg(lessonId));
}

std::optional<Reply> CourseReads::lockedReply(const CourseView &view, qint64 lessonId) const
{
    const LessonLock lock = view.access.lesson(lessonId);
    if (!lock.locked())
        return std::nullopt;
    if (lock.reason == LockReason::NotJoined)
        return m_context.errors.forbidden(u"NOT_JOINED"_s, u"You have not joined this course."_s);
    QJsonObject extra{{u"reason"_s, wireName(lock.reason)}};
    if (lock.opensAt.isValid())
        extra.insert(u"available_date"_s, isoTime(lock.opensAt));
    if (lock.blockingLesson != 0)
        extra.insert(u"blocking_lesson_id"_s, lock.blockingLesson);
    return m_context.errors.forbidden(u"LESSON_LOCKED"_s, lockText(lock, view.course, view.states), extra);
}

} // namespace coursedesk::refserver

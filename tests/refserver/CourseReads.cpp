#include "CourseReads.h"

#include "remote/JsonMapping.h"
#include "session/LockText.h"

#include <QJsonArray>
#include <QLocale>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

CourseView CourseReads::makeView(Course structure, const std::optional<Membership> &membership,
                                 const QHash<qint64, Completion> &states) const
{
    CourseView view;
    view.course = std::move(structure);
    view.membership = membership;
    if (membership) {
        view.course.joinStatus = membership->status;
        view.course.joinedAt = membership->joinedAt;
        if (m_context.options.enrollmentEndpoint)
            view.course.enrollmentId = membership->enrollmentId;
    }
    for (Section &section : view.course.sections) {
        for (Lesson &lesson : section.lessons)
            lesson.completion = states.value(lesson.id, Completion::Uncompleted);
    }
    // The rules live in core/domain: the server asks them, like the client does.
    view.access = AccessPolicy::evaluate(view.course, m_context.now());
    view.progress = Progress::of(view.course);
    return view;
}

std::optional<CourseView> CourseReads::viewOf(qint64 userId, qint64 courseId) const
{
    std::optional<Course> structure = m_context.store.course(courseId);
    if (!structure)
        return std::nullopt;
    return makeView(std::move(*structure), m_context.store.membership(userId, courseId),
                    m_context.store.lessonStates(userId, courseId));
}

Outcome<CourseView> CourseReads::viewFor(const User &user, qint64 courseId) const
{
    std::optional<CourseView> view = viewOf(user.id, courseId);
    if (!view)
        return Reply::notFound(u"There is no course %1."_s.arg(courseId));
    if (view->course.role() == Role::Outsider) {
        return Reply::forbidden(u"NOT_JOINED"_s, u"%1 has not joined course %2."_s.arg(user.username).arg(courseId));
    }
    return std::move(*view);
}

Outcome<Lesson> CourseReads::lessonIn(const CourseView &view, qint64 sectionId, qint64 lessonId) const
{
    const Section *section = view.course.findSection(sectionId);
    if (!section)
        return Reply::notFound(u"Course %1 has no section %2."_s.arg(view.course.id).arg(sectionId));
    for (const Lesson &lesson : section->lessons) {
        if (lesson.id == lessonId)
            return lesson;
    }
    return Reply::notFound(u"Section %1 has no lesson %2."_s.arg(sectionId).arg(lessonId));
}

std::optional<Reply> CourseReads::lockedReply(const CourseView &view, qint64 lessonId) const
{
    const LessonAccess access = view.access.lesson(lessonId);
    if (access.isAccessible())
        return std::nullopt;
    if (access.reason == LockReason::NotJoined)
        return Reply::forbidden(u"NOT_JOINED"_s, u"You have not joined this course."_s);
    QJsonObject extra{{u"reason"_s, toWire(access.reason)}};
    if (access.unlockAt().isValid())
        extra.insert(u"available_date"_s, isoTime(access.unlockAt()));
    if (access.blockingLessonId() != 0)
        extra.insert(u"blocking_lesson_id"_s, access.blockingLessonId());
    return Reply::error(403, u"LESSON_LOCKED"_s, LockText::lessonLock(access, view.course, QLocale::c()), extra);
}

QJsonObject CourseReads::courseJson(const CourseView &view, bool withSections, bool includeDrafts) const
{
    Course out = view.course;
    for (Section &section : out.sections) {
        const SectionAccess sectionAccess = view.access.section(section.id);
        section.serverLocked = sectionAccess.dripLocked;
        section.availableDate = sectionAccess.availableAt;
        for (Lesson &lesson : section.lessons)
            lesson.serverLocked = !view.access.lesson(lesson.id).isAccessible();
        if (!includeDrafts)
            section.lessons.removeIf([](const Lesson &lesson) { return !lesson.isPublished(); });
    }
    out.serverProgress =
        ServerProgress{view.progress.completed, view.progress.total, view.progress.percent(), std::nullopt};

    QJsonObject json = JsonMapping::toJson(out, withSections);
    json.insert(u"created_by"_s, userJson(out.createdBy));
    json.insert(u"categories"_s, QJsonArray());
    for (const QString &image : {u"image_bigger"_s, u"image_big"_s, u"image_medium"_s, u"image_small"_s})
        json.insert(image, QJsonValue(QJsonValue::Null));
    json.insert(u"num_sections"_s, out.sections.size());
    if (!withSections)
        return json;

    // Per-section progress, which the JSON mapping does not carry.
    QJsonArray sections = json.value(u"sections"_s).toArray();
    for (qsizetype i = 0; i < sections.size() && i < out.sections.size(); ++i) {
        QJsonObject section = sections.at(i).toObject();
        int completed = 0;
        for (const Lesson &lesson : out.sections.at(i).lessons)
            completed += Progress::isDone(lesson) ? 1 : 0;
        section.insert(u"num_lessons_completed"_s, completed);
        sections.replace(i, section);
    }
    json.insert(u"sections"_s, sections);
    return json;
}

QJsonObject CourseReads::lessonJson(const CourseView &view, Lesson lesson) const
{
    lesson.body->lastAttempt.reset();
    if (view.membership) {
        if (std::optional<AttemptRecord> last = m_context.store.lastAttempt(view.membership->userId, lesson.id))
            lesson.body->lastAttempt = last->attempt;
    }
    QJsonObject json = JsonMapping::lessonBodyToJson(lesson, view.course.id, view.isInstructor());
    json.insert(u"created_at"_s, isoTime(m_context.store.lessonCreatedAt(lesson.id)));
    json.insert(u"created_by"_s, view.course.createdBy);
    json.insert(u"locked"_s, !view.access.lesson(lesson.id).isAccessible());
    return json;
}

QJsonObject CourseReads::attemptJson(const AttemptRecord &record) const
{
    QJsonObject json = JsonMapping::toJson(record.attempt);
    json.insert(u"user"_s, userJson(record.userId));
    json.insert(u"course_id"_s, record.courseId);
    json.insert(u"section_id"_s, record.sectionId);
    return json;
}

QJsonObject CourseReads::userJson(qint64 userId) const
{
    if (const std::optional<User> user = m_context.store.user(userId))
        return userJson(*user);
    return QJsonObject{{u"id"_s, userId}};
}

QJsonObject CourseReads::userJson(const User &user)
{
    return QJsonObject{
        {u"id"_s, user.id},
        {u"username"_s, user.username},
        {u"real_name"_s, user.realName},
        {u"avatar"_s, QJsonValue(QJsonValue::Null)},
    };
}

} // namespace coursedesk::refserver

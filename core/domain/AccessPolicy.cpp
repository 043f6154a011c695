#include "domain/AccessPolicy.h"

#include "domain/WireNames.h"

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto lockReasons = wireNames<LockReason>({
    {LockReason::None, u""},
    {LockReason::NotJoined, u"not_joined"},
    {LockReason::NotPublished, u"not_published"},
    {LockReason::DripScheduled, u"drip_scheduled"},
    {LockReason::DripStructured, u"drip_structured"},
    {LockReason::Order, u"order"},
});

} // namespace

QString toWire(LockReason reason)
{
    return lockReasons.name(reason);
}

LessonAccess CourseAccess::lesson(qint64 lessonId) const
{
    if (m_lessonIndex.isEmpty() && !m_lessons.empty()) {
        m_lessonIndex.reserve(qsizetype(m_lessons.size()));
        for (size_t i = 0; i < m_lessons.size(); ++i)
            m_lessonIndex.insert(m_lessons[i].lessonId, qsizetype(i));
    }
    const auto it = m_lessonIndex.constFind(lessonId);
    if (it == m_lessonIndex.cend())
        return LessonAccess{lessonId, 0, LockReason::NotJoined};
    return m_lessons[size_t(*it)];
}

SectionAccess CourseAccess::section(qint64 sectionId) const
{
    for (const SectionAccess &section : m_sections) {
        if (section.sectionId == sectionId)
            return section;
    }
    return SectionAccess{sectionId, {}, false};
}

QDateTime AccessPolicy::sectionUnlockAt(const Course &course, const Section &section)
{
    switch (course.type) {
    case CourseType::SelfPaced:
        return {};
    case CourseType::Scheduled:
        if (section.availableDate.isValid())
            return section.availableDate.toUTC();
        // A scheduled section without dripped_at has no schedule: it is open.
        return section.drippedAt.isValid() ? section.drippedAt.toUTC() : QDateTime();
    case CourseType::Structured:
        if (section.availableDate.isValid())
            return section.availableDate.toUTC();
        if (section.dripDelayDays <= 0)
            return {};
        // Days are added in UTC: a drip is a number of 24-hour days, whatever the local DST does.
        if (!course.joinedAt.isValid())
            return {};
        return course.joinedAt.toUTC().addDays(section.dripDelayDays);
    case CourseType::Unknown:
        // A type this version does not know: only the server can say when a section opens.
        return section.availableDate.isValid() ? section.availableDate.toUTC() : QDateTime();
    }
    return {};
}

namespace {

constexpr qsizetype PrefetchDistance = 8;

inline void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0, 3);
#else
    Q_UNUSED(address);
#endif
}

} // namespace

CourseAccess AccessPolicy::evaluate(const Course &course, const QDateTime &now)
{
    CourseAccess access;
    access.m_evaluatedAt = now;
    const qsizetype total = course.lessonCount();
    access.m_lessons.reserve(size_t(total));
    access.m_sections.reserve(course.sections.size());

    const Role role = course.role();
    const bool dripCourse = course.type != CourseType::SelfPaced;
    const LockReason dripReason =
        course.type == CourseType::Scheduled ? LockReason::DripScheduled : LockReason::DripStructured;
    // A structured course whose joined_at is unknown cannot open delayed sections: the unlock time is unknown.
    const bool joinUnknown = course.type == CourseType::Structured && !course.joinedAt.isValid();

    qint64 firstIncomplete = 0; // first published lesson so far that is not completed (enforced order)
    Progress::Tally progress;

    for (const Section &section : course.sections) {
        const Lesson *const lessons = section.lessons.constData();
        const qsizetype count = section.lessons.size();
        const QDateTime unlockAt = dripCourse ? sectionUnlockAt(course, section) : QDateTime();
        const qint64 unlockAtMs = unlockAt.isValid() ? unlockAt.toMSecsSinceEpoch() : LessonAccess::NoTime;
        const bool unknownDrip = joinUnknown && section.dripDelayDays > 0 && !section.availableDate.isValid();
        // An unknown course type: the server's available_date when given, else its 'locked' as last pulled.
        const bool serverDrip = course.type == CourseType::Unknown && !unlockAt.isValid() && section.serverLocked;
        const bool dripLocked = unknownDrip || serverDrip || (unlockAt.isValid() && now < unlockAt);
        access.m_sections.append(SectionAccess{section.id, unlockAt, dripLocked && role != Role::Instructor});
        if (dripLocked && unlockAt.isValid() && role == Role::Learner
            && (!access.m_nextUnlockAt.isValid() || unlockAt < access.m_nextUnlockAt)) {
            access.m_nextUnlockAt = unlockAt;
        }

        for (qsizetype i = 0; i < count; ++i) {
            // Ask for a lesson a few ahead: each section's lessons are a separate allocation, so the
            // hardware prefetcher loses the stream at every section; on 100k lessons that cost more
            // than the rules themselves.
            if (i + PrefetchDistance < count)
                prefetch(lessons + i + PrefetchDistance);
            const Lesson &lesson = lessons[i];
            progress.add(lesson);
            LessonAccess state{lesson.id, 0, LockReason::None};
            if (role == Role::Outsider) {
                state.reason = LockReason::NotJoined;
            } else if (role == Role::Learner) {
                if (!lesson.isPublished()) {
                    state.reason = LockReason::NotPublished;
                } else if (dripLocked) {
                    state.reason = dripReason;
                    state.detail = unlockAtMs;
                } else if (course.enforceLessonsOrder && firstIncomplete != 0) {
                    state.reason = LockReason::Order;
                    state.detail = firstIncomplete;
                }
                // Drafts never block; a failed quiz does (it is not completed).
                if (lesson.isPublished() && lesson.completion != Completion::Completed && firstIncomplete == 0)
                    firstIncomplete = lesson.id;
            }
            access.m_lessons.push_back(state);
        }
    }
    access.m_progress = progress.figures(course);
    return access;
}

} // namespace coursedesk

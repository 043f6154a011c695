#include "Rules.h"

#include <QLocale>

namespace coursedesk::refserver::model {

using namespace Qt::StringLiterals;

int roundHalfUp(qint64 numerator, qint64 denominator, qint64 scale)
{
    if (denominator <= 0)
        return 0;
    // Integers only: 2·n·s/d rounded down, plus one, halved — half up without floating-point surprises.
    return int((2 * numerator * scale / denominator + 1) / 2);
}

Role roleOf(JoinStatus status)
{
    switch (status) {
    case JoinStatus::Creator:
    case JoinStatus::Manager:
        return Role::Instructor;
    case JoinStatus::Joined:
        return Role::Learner;
    case JoinStatus::None:
    case JoinStatus::Invited:
    case JoinStatus::Requested:
    case JoinStatus::PaymentWaiting:
        return Role::Outsider;
    }
    return Role::Outsider;
}

QString wireName(LockReason reason)
{
    switch (reason) {
    case LockReason::None:
        return {};
    case LockReason::NotJoined:
        return u"not_joined"_s;
    case LockReason::NotPublished:
        return u"not_published"_s;
    case LockReason::DripScheduled:
        return u"drip_scheduled"_s;
    case LockReason::DripStructured:
        return u"drip_structured"_s;
    case LockReason::Order:
        return u"order"_s;
    }
    return {};
}

namespace {

// When a section opens for a user who joined at `joinedAt`: the docs' available_date.
QDateTime availableDate(const Course &course, const Section &section, const QDateTime &joinedAt)
{
    switch (course.type) {
    case CourseType::SelfPaced:
        return {};
    case CourseType::Scheduled:
        return section.drippedAt.isValid() ? section.drippedAt.toUTC() : QDateTime();
    case CourseType::Structured:
        return joinedAt.isValid() ? joinedAt.toUTC().addDays(section.dripDelayDays) : QDateTime();
    }
    return {};
}

} // namespace

Access Access::evaluate(const Course &course, JoinStatus status, const QDateTime &joinedAt, const LessonStates &states,
                        const QDateTime &now, qint64 upToLesson)
{
    Access access;
    const Role role = roleOf(status);
    const LockReason dripReason =
        course.type == CourseType::Scheduled ? LockReason::DripScheduled : LockReason::DripStructured;
    qint64 firstNotCompleted = 0; // in course order, among published lessons
    if (upToLesson == 0) {
        qsizetype lessons = 0;
        for (const Section &section : course.sections)
            lessons += section.lessons.size();
        access.m_lessons.reserve(lessons);
    }
    for (const Section &section : course.sections) {
        SectionLock sectionLock;
        sectionLock.availableDate = availableDate(course, section, joinedAt);
        // A structured section with a delay, whose learner's join time is unknown, cannot be said to be open.
        const bool unknownStart =
            course.type == CourseType::Structured && !joinedAt.isValid() && section.dripDelayDays > 0;
        const bool dripClosed =
            unknownStart || (sectionLock.availableDate.isValid() && now < sectionLock.availableDate);
        sectionLock.locked = dripClosed && role != Role::Instructor;
        access.m_sections.insert(section.id, sectionLock);

        for (const Lesson &lesson : section.lessons) {
            LessonLock lock;
            if (role == Role::Outsider) {
                lock.reason = LockReason::NotJoined;
            } else if (role == Role::Learner) {
                if (!lesson.isPublished()) {
                    lock.reason = LockReason::NotPublished;
                } else if (dripClosed) {
                    lock.reason = dripReason;
                    lock.opensAt = sectionLock.availableDate;
                } else if (course.enforceLessonsOrder && firstNotCompleted != 0) {
                    lock.reason = LockReason::Order;
                    lock.blockingLesson = firstNotCompleted;
                }
            }
            if (lesson.isPublished() && firstNotCompleted == 0 &&
                states.value(lesson.id, Completion::Uncompleted) != Completion::Completed)
                firstNotCompleted = lesson.id;
            if (upToLesson == 0) {
                access.m_lessons.insert(lesson.id, lock);
            } else if (lesson.id == upToLesson) {
                access.m_lessons.insert(lesson.id, lock);
                return access;
            }
        }
    }
    return access;
}

LessonLock Access::lesson(qint64 lessonId) const
{
    return m_lessons.value(lessonId, LessonLock{LockReason::NotJoined, {}, 0});
}

SectionLock Access::section(qint64 sectionId) const
{
    return m_sections.value(sectionId);
}

double Progress::exactPercent() const
{
    // Two decimals, computed in integers (hundredths of a percent) and only then made a double.
    return roundHalfUp(completed, total, 10000) / 100.0;
}

Progress Progress::of(const QList<Lesson> &lessons, const LessonStates &states)
{
    Progress progress;
    for (const Lesson &lesson : lessons) {
        if (!lesson.isPublished())
            continue;
        ++progress.total;
        if (states.value(lesson.id, Completion::Uncompleted) == Completion::Completed)
            ++progress.completed;
    }
    return progress;
}

Progress Progress::of(const Course &course, const LessonStates &states)
{
    Progress progress;
    for (const Section &section : course.sections) {
        const Progress part = of(section.lessons, states);
        progress.completed += part.completed;
        progress.total += part.total;
    }
    return progress;
}

QString lockText(const LessonLock &lock, const Course &course, const LessonStates &states)
{
    switch (lock.reason) {
    case LockReason::None:
        return {};
    case LockReason::NotJoined:
        return u"Join this course to open its lessons."_s;
    case LockReason::NotPublished:
        return u"This lesson is a draft and not published yet."_s;
    case LockReason::DripScheduled:
    case LockReason::DripStructured: {
        if (!lock.opensAt.isValid())
            return u"Not available yet; the opening date is not known."_s;
        // Announced to the minute, in the server's local time (tests run it with TZ=UTC).
        const QDateTime local = lock.opensAt.toLocalTime();
        const QLocale c = QLocale::c();
        return u"Available on %1 at %2"_s.arg(c.toString(local.date(), u"d MMMM yyyy"_s),
                                              c.toString(local.time(), u"HH:mm"_s));
    }
    case LockReason::Order: {
        const Lesson *blocking = course.findLesson(lock.blockingLesson);
        if (!blocking)
            return u"Complete the earlier lessons first."_s;
        if (states.value(blocking->id) == Completion::Failed)
            return u"Pass '%1' first"_s.arg(blocking->name);
        return u"Complete '%1' first"_s.arg(blocking->name);
    }
    }
    return {};
}

} // namespace coursedesk::refserver::model

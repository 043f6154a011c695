#pragma once

// The course shapes and instants the AccessPolicy specifications share (tst_AccessPolicy, tst_AccessPolicyDrip).
#include "CourseBuilder.h"

#include <QTimeZone>

namespace coursedesk::test {

inline const QDateTime J(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC); // CourseBuilder's default joined_at
inline const QDateTime D(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC); // a scheduled section's dripped_at

inline QDateTime days(const QDateTime &from, int n, int seconds = 0)
{
    return from.addDays(n).addSecs(seconds);
}

inline Course withDone(Course course, const QList<qint64> &done)
{
    for (qint64 id : done)
        course.findLesson(id)->completion = Completion::Completed;
    return course;
}

// Sections 1..4 with one lesson each (10, 20, 30, 40). Structured: drip_delay 0, 3, 7, 14 days.
// Scheduled: dripped_at J, J+14d, J+3d, J+7d (out of order on purpose). Self-paced ignores both.
inline Course dripCourse(CourseType type, JoinStatus status = JoinStatus::Joined, const QDateTime &joined = J)
{
    return CourseBuilder(type)
        .status(status)
        .joined(joined)
        .section(1, 0, J)
        .lesson(10)
        .section(2, 3, days(J, 14))
        .lesson(20)
        .section(3, 7, days(J, 3))
        .lesson(30)
        .section(4, 14, days(J, 7))
        .lesson(40)
        .build();
}

template <typename T> struct Named
{
    T value;
    const char *name;
};
inline constexpr Named<CourseType> allTypes[] = {{CourseType::SelfPaced, "self-paced"},
                                                 {CourseType::Structured, "structured"},
                                                 {CourseType::Scheduled, "scheduled"}};
inline constexpr Named<JoinStatus> outsiders[] = {
    {JoinStatus::None, "null"}, {JoinStatus::Invited, "invited"}, {JoinStatus::Requested, "requested"}};
inline constexpr Named<JoinStatus> instructors[] = {{JoinStatus::Creator, "creator"}, {JoinStatus::Manager, "manager"}};

// Europe/Rome switches to summer time on Sunday 29 March 2026 at 02:00.
inline QDateTime joinedInRomeBeforeDst()
{
    return QDateTime(QDate(2026, 3, 25), QTime(10, 0), QTimeZone("Europe/Rome")); // 09:00 UTC
}

} // namespace coursedesk::test

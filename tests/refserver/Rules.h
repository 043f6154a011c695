#pragma once

// The reference server's access rules and progress, written from api-contract.md ("Access rules", "Progress")
// and the docs' Course User Section Detail (available_date, locked). Its own code, not core/domain's.
#include "Model.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace coursedesk::refserver::model {

// round(numerator × scale / denominator), half up, in integers; 0 for an empty denominator (an empty course is 0 %).
int roundHalfUp(qint64 numerator, qint64 denominator, qint64 scale = 1);

// Who a user is in a course: creators and managers bypass the rules; joined learners follow them; anyone else
// (no status, invited, requested, payment_waiting) is refused.
enum class Role
{
    Outsider,
    Learner,
    Instructor,
};
Role roleOf(JoinStatus status);

enum class LockReason
{
    None,
    NotJoined,
    NotPublished,
    DripScheduled,
    DripStructured,
    Order,
};
// The contract's `reason` field of a 403 LESSON_LOCKED: not_joined, not_published, drip_scheduled, …; empty for None.
QString wireName(LockReason reason);

struct LessonLock final
{
    LockReason reason = LockReason::None;
    QDateTime opensAt;         // drip: when the section opens (invalid when unknown)
    qint64 blockingLesson = 0; // order: the first earlier published lesson that is not completed

    bool locked() const { return reason != LockReason::None; }
};

// Course User Section Detail: available_date (null for self-paced courses, and for a scheduled section without
// dripped_at) and locked (drip not reached yet; never for creators and managers).
struct SectionLock final
{
    QDateTime availableDate;
    bool locked = false;
};

// The rules for one user in one course at one instant.
class Access final
{
public:
    // `joinedAt`: the user's enrollment time (structured drip). `states`: the user's lesson states (order rule).
    // `upToLesson`: when not 0, a request about that one lesson: the course is walked up to it (the order rule
    // needs the lessons before) and only its lock is kept; every other lesson reads as not joined.
    static Access evaluate(const Course &course, JoinStatus status, const QDateTime &joinedAt,
                           const LessonStates &states, const QDateTime &now, qint64 upToLesson = 0);

    LessonLock lesson(qint64 lessonId) const;
    SectionLock section(qint64 sectionId) const;

private:
    QHash<qint64, LessonLock> m_lessons;
    QHash<qint64, SectionLock> m_sections;
};

// completed published lessons / published lessons; drafts never count. Lessons of any type count (a type this
// server does not know is still a lesson the platform publishes).
struct Progress final
{
    int completed = 0;
    int total = 0;

    int percent() const { return roundHalfUp(completed, total, 100); } // user_completion_rate
    double exactPercent() const;                                       // progressPercentage: two decimals
    bool isComplete() const { return total > 0 && completed == total; }

    static Progress of(const QList<Lesson> &lessons, const LessonStates &states);
    static Progress of(const Course &course, const LessonStates &states);
};

// The reason a learner reads when a lesson is refused (403): "Complete 'X' first", "Available on …".
QString lockText(const LessonLock &lock, const Course &course, const LessonStates &states);

} // namespace coursedesk::refserver::model

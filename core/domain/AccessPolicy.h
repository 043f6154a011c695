#pragma once

#include "domain/Course.h"
#include "domain/Progress.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <limits>
#include <vector>
#include <type_traits>

namespace coursedesk {

// Why a lesson cannot be opened now. The order is the order in which the rules are checked:
// the first that fails is the one reported.
enum class LockReason
{
    None,
    NotJoined,      // the user has not joined the course (null, invited, requested)
    NotPublished,   // a draft
    DripScheduled,  // scheduled course, before the section's dripped_at
    DripStructured, // structured course, before joined_at + drip_delay days
    Order,          // enforce_lessons_order and an earlier published lesson is not completed
};

QString toWire(LockReason reason); // "not_joined", …, "" for None

// Trivially copyable and 24 bytes on purpose: a course evaluation writes one per lesson, and at
// 100k lessons those writes are a good part of its cost (bench_domain). A lock has either a time
// (drip) or a blocking lesson (order), never both: one field holds whichever applies.
struct LessonAccess final
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    qint64 lessonId = 0;
    // Order: the first earlier published lesson not completed. Drip: when the lesson opens, in ms since
    // the epoch (UTC), or NoTime when it cannot be known. Otherwise 0.
    qint64 detail = 0;
    LockReason reason = LockReason::None;

    qint64 blockingLessonId() const { return reason == LockReason::Order ? detail : 0; }
    // Drip locks: when the lesson opens (UTC); null if it cannot be known, and for other locks.
    QDateTime unlockAt() const
    {
        const bool drip = reason == LockReason::DripScheduled || reason == LockReason::DripStructured;
        return drip && detail != NoTime ? QDateTime::fromMSecsSinceEpoch(detail, Qt::UTC) : QDateTime();
    }
    bool isAccessible() const { return reason == LockReason::None; }
    friend bool operator==(const LessonAccess &, const LessonAccess &) = default;
};
static_assert(std::is_trivially_copyable_v<LessonAccess> && sizeof(LessonAccess) <= 24);

struct SectionAccess final
{
    qint64 sectionId = 0;
    QDateTime availableAt; // when the section opens by drip (UTC); null when it has no drip
    bool dripLocked = false;

    friend bool operator==(const SectionAccess &, const SectionAccess &) = default;
};

// The access state of every lesson of one course at one instant.
class CourseAccess final
{
public:
    // Lessons in course order (sections_order, then lessons_order).
    const std::vector<LessonAccess> &lessons() const { return m_lessons; }
    const QList<SectionAccess> &sections() const { return m_sections; }

    // The state of one lesson; a lesson the course does not contain is reported locked (NotJoined).
    // The first lookup builds an index by id (kept with this object; not for concurrent first use).
    LessonAccess lesson(qint64 lessonId) const;
    SectionAccess section(qint64 sectionId) const;

    // The earliest drip unlock still in the future at evaluation time, or null: when to evaluate again.
    QDateTime nextUnlockAt() const { return m_nextUnlockAt; }
    // The course's progress, counted in the same pass (Progress::Tally): equal to
    // Progress::of(course), without reading the lessons a second time.
    const ProgressFigures &progress() const { return m_progress; }
    QDateTime evaluatedAt() const { return m_evaluatedAt; }

private:
    friend class AccessPolicy;
    // std::vector: an inlined push_back of a trivially copyable element (QList's out-of-line emplace
    // cost a quarter of a 100k-lesson evaluation).
    std::vector<LessonAccess> m_lessons;
    QList<SectionAccess> m_sections;
    mutable QHash<qint64, qsizetype> m_lessonIndex; // built on the first lookup, not by the evaluation pass
    QDateTime m_nextUnlockAt;
    QDateTime m_evaluatedAt;
    ProgressFigures m_progress;
};

// The four access rules of api-contract.md, for a whole course in one linear pass.
class AccessPolicy final
{
public:
    static CourseAccess evaluate(const Course &course, const QDateTime &now);

    // When a section opens by drip for this course and user (UTC), or null when it has no drip.
    // A server-given available_date wins over the local computation.
    static QDateTime sectionUnlockAt(const Course &course, const Section &section);
};

} // namespace coursedesk

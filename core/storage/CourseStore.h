#pragma once

#include "domain/Course.h"
#include "domain/Result.h"
#include "storage/Outbox.h"

#include <QDateTime>
#include <QList>

namespace coursedesk {

class CacheDatabase;

struct ImportReport final
{
    int sections = 0;
    int lessons = 0;
    int removedLessons = 0;
    // Unfinished outbox entries of lessons that vanished from the course: rejected with a reason, not dropped.
    QList<OutboxEntry> orphanedEntries;
};

// A lesson's completion as the learner set it here, and as the server last confirmed it.
struct LessonState final
{
    Completion local = Completion::Uncompleted;
    Completion confirmed = Completion::Uncompleted;
    QDateTime localChangedAt;
    QDateTime confirmedAt;
};

// Courses in the cache. Imports replace a course's structure in one transaction; loads return domain
// types with the learner's local completion applied.
class CourseStore final
{
public:
    explicit CourseStore(CacheDatabase &db);

    // Upserts the course, its sections and lessons (and the bodies of lessons that have one); removes the
    // sections and lessons that vanished, rejecting their unfinished outbox entries (see ImportReport).
    // The course's completion states become the server-confirmed ones; a lesson with an unsent change
    // keeps its local state.
    Result<ImportReport> importCourse(const Course &course, const QDateTime &now);

    Result<QList<qint64>> courseIds() const;
    // The outline (no lesson bodies), with local completion applied.
    Result<Course> loadCourse(qint64 courseId) const;
    // One lesson with its body, questions and answers.
    Result<Lesson> loadLesson(qint64 courseId, qint64 lessonId) const;

    Result<LessonState> lessonState(qint64 lessonId) const;
    Status setLocalCompletion(qint64 lessonId, Completion completion, const QDateTime &at);
    Status setConfirmedCompletion(qint64 lessonId, Completion completion, const QDateTime &at, bool alsoLocal);
    // The same for several lessons, one statement prepared once.
    struct Confirmed
    {
        qint64 lessonId = 0;
        Completion completion = Completion::Uncompleted;
        bool alsoLocal = false;
    };
    Status setConfirmedCompletions(const QList<Confirmed> &lessons, const QDateTime &at);
    Status setServerProgress(qint64 courseId, const ServerProgress &progress);
    Status removeCourse(qint64 courseId);

private:
    struct ImportStatements; // the row statements of one import, each prepared once and reused for every row

    Status upsertCourse(const Course &course, int position);
    Status upsertSection(ImportStatements &statements, qint64 courseId, const Section &section, int position);
    Status upsertLesson(ImportStatements &statements, qint64 courseId, const Lesson &lesson, int position,
                        const QDateTime &now);
    Status replaceBody(ImportStatements &statements, const Lesson &lesson);
    Result<QList<qint64>> vanishedLessons(const Course &course) const;

    CacheDatabase &m_db;
};

} // namespace coursedesk

#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Course.h"
#include "domain/Progress.h"

#include <QDateTime>

namespace coursedesk {

// What a course's home page says, from the outline and the access rules at one instant: where to continue (the
// first lesson, in course order, that is open and not completed), how many lessons are locked and when the next
// drip opens one.
struct CourseHomeFacts final
{
    ProgressFigures progress;
    qint64 continueLessonId = 0; // 0: nothing open is left to do
    QString continueLessonName;
    int lockedLessons = 0;  // published lessons locked now
    QDateTime nextUnlockAt; // UTC; null when no drip is pending

    static CourseHomeFacts of(const Course &course, const CourseAccess &access);
};

} // namespace coursedesk

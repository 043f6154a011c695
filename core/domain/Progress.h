#pragma once

#include "domain/Course.h"

namespace coursedesk {

// Completed published lessons out of published lessons. Drafts never count; a failed quiz is not completed;
// a lesson of an unknown type counts only once completed (Progress::counts).
struct ProgressFigures final
{
    int completed = 0;
    int total = 0;

    // Whole percent, rounded half up, as the server's user_completion_rate. An empty course is 0.
    int percent() const;
    // Hundredths of a percent, rounded half up: 5 of 12 -> 4167.
    int basisPoints() const;
    // Two decimals, as the enrollment endpoint's progressPercentage: 5 of 12 -> 41.67.
    double percentExact() const { return basisPoints() / 100.0; }
    bool isComplete() const { return total > 0 && completed == total; }

    friend bool operator==(const ProgressFigures &, const ProgressFigures &) = default;
};

class Progress final
{
public:
    static ProgressFigures of(const Course &course);
    // Counting one lesson: the single definition of what counts toward progress.
    // A lesson of a type this version does not know cannot be taken here, so it does not hold the learner back;
    // once the server says it is completed (taken elsewhere), it counts like any other.
    static bool counts(const Lesson &lesson)
    {
        return lesson.isPublished() && (lesson.type != LessonType::Unknown || lesson.completion == Completion::Completed);
    }
    static bool isDone(const Lesson &lesson) { return counts(lesson) && lesson.completion == Completion::Completed; }
};

} // namespace coursedesk

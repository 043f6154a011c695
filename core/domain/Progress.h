#pragma once

#include "domain/Course.h"

namespace coursedesk {

// Completed published lessons out of published lessons. Drafts never count; a failed quiz is not completed.
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
    static bool counts(const Lesson &lesson) { return lesson.isPublished(); }
    static bool isDone(const Lesson &lesson) { return counts(lesson) && lesson.completion == Completion::Completed; }
};

} // namespace coursedesk

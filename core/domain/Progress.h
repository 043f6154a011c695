#pragma once

#include "domain/Course.h"

namespace coursedesk {

// Completed published lessons out of published lessons. Drafts never count; a failed quiz is not completed;
// a lesson of an unknown type counts as the server counts it (Progress::Tally).
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
    // Counting one lesson on its own: the single definition of what counts toward progress.
    // A lesson of a type this version does not know cannot be taken here, so it does not hold the learner back;
    // once the server says it is completed (taken elsewhere), it counts like any other.
    static bool counts(const Lesson &lesson)
    {
        return lesson.isPublished() && (lesson.type != LessonType::Unknown || lesson.completion == Completion::Completed);
    }
    static bool isDone(const Lesson &lesson) { return counts(lesson) && lesson.completion == Completion::Completed; }

    // Counting a whole course, lesson by lesson (one pass, as AccessPolicy reads it). The lessons of an unknown
    // type count as the server counts them (api-contract.md, "What a platform server does differently", point 7):
    // when the course's server figures (num_lessons, as last pulled) include every published lesson of the course,
    // those of unknown types too, the server counts them, and so does the learner's progress here: otherwise the
    // bar would say "complete" where the server says two of three. Without such figures, or when the server leaves
    // them out, Progress::counts decides.
    class Tally final
    {
    public:
        void add(const Lesson &lesson)
        {
            if (!lesson.isPublished())
                return;
            const bool done = lesson.completion == Completion::Completed;
            if (lesson.type == LessonType::Unknown) {
                ++m_unknown;
                m_unknownDone += done ? 1 : 0;
            } else {
                ++m_known;
                m_knownDone += done ? 1 : 0;
            }
        }
        ProgressFigures figures(const Course &course) const;

    private:
        int m_known = 0;
        int m_knownDone = 0;
        int m_unknown = 0;
        int m_unknownDone = 0;
    };
};

} // namespace coursedesk

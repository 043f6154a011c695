#include "domain/Progress.h"

#include "domain/Rounding.h"

namespace coursedesk {

int ProgressFigures::percent() const
{
    return roundedRatio(completed, total, 100);
}

int ProgressFigures::basisPoints() const
{
    return roundedRatio(completed, total, 10000);
}

ProgressFigures Progress::of(const Course &course)
{
    ProgressFigures figures;
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons) {
            figures.total += counts(lesson) ? 1 : 0;
            figures.completed += isDone(lesson) ? 1 : 0;
        }
    }
    return figures;
}

} // namespace coursedesk

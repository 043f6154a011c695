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

ProgressFigures Progress::Tally::figures(const Course &course) const
{
    const bool serverCountsUnknown = m_unknown > 0 && course.serverProgress.has_value() &&
                                     course.serverProgress->totalLessons == m_known + m_unknown;
    return ProgressFigures{m_knownDone + m_unknownDone, m_known + (serverCountsUnknown ? m_unknown : m_unknownDone)};
}

ProgressFigures Progress::of(const Course &course)
{
    Tally tally;
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons)
            tally.add(lesson);
    }
    return tally.figures(course);
}

} // namespace coursedesk

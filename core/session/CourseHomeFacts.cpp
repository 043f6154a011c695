#include "session/CourseHomeFacts.h"

namespace coursedesk {

CourseHomeFacts CourseHomeFacts::of(const Course &course, const CourseAccess &access)
{
    CourseHomeFacts facts;
    facts.progress = access.progress();
    facts.nextUnlockAt = access.nextUnlockAt();
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons) {
            if (!lesson.isPublished())
                continue;
            const LessonAccess state = access.lesson(lesson.id);
            if (!state.isAccessible()) {
                ++facts.lockedLessons;
                continue;
            }
            if (facts.continueLessonId == 0 && lesson.completion != Completion::Completed) {
                facts.continueLessonId = lesson.id;
                facts.continueLessonName = lesson.name;
            }
        }
    }
    return facts;
}

} // namespace coursedesk

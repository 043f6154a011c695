#include "domain/Course.h"

namespace coursedesk {

qsizetype Course::lessonCount() const
{
    qsizetype count = 0;
    for (const Section &section : sections)
        count += section.lessons.size();
    return count;
}

const Lesson *Course::findLesson(qint64 lessonId) const
{
    for (const Section &section : sections) {
        for (const Lesson &lesson : section.lessons) {
            if (lesson.id == lessonId)
                return &lesson;
        }
    }
    return nullptr;
}

Lesson *Course::findLesson(qint64 lessonId)
{
    return const_cast<Lesson *>(std::as_const(*this).findLesson(lessonId));
}

const Section *Course::findSection(qint64 sectionId) const
{
    for (const Section &section : sections) {
        if (section.id == sectionId)
            return &section;
    }
    return nullptr;
}

} // namespace coursedesk

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
    // A writable lesson: the sections list and that section's lessons are detached from every other copy of
    // the course (a window's model keeps one), so that writing through the pointer changes this copy only.
    const QList<Section> &all = sections;
    for (qsizetype s = 0; s < all.size(); ++s) {
        const QList<Lesson> &lessons = all.at(s).lessons;
        for (qsizetype l = 0; l < lessons.size(); ++l) {
            if (lessons.at(l).id == lessonId)
                return &sections[s].lessons[l];
        }
    }
    return nullptr;
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

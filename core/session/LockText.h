#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Course.h"

#include <QLocale>
#include <QString>

namespace coursedesk {

// Locks explained for people, in the user's locale: "Available on 3 December at 09:00",
// "Complete 'Variables' first". Presentation only: the rules themselves live in AccessPolicy.
class LockText final
{
public:
    static QString lessonLock(const LessonAccess &access, const Course &course, const QLocale &locale = {});
    static QString sectionLock(const SectionAccess &access, CourseType type, const QLocale &locale = {});
    static QString availableOn(const QDateTime &when, const QLocale &locale = {});
    // For screen readers: "Variables, quiz, completed" or "Loops, locked: Complete 'Variables' first".
    static QString accessibleSummary(const Lesson &lesson, const LessonAccess &access, const Course &course);
    // The states alone, for an item's accessible description: "quiz, completed", "locked: …".
    static QString accessibleStates(const Lesson &lesson, const LessonAccess &access, const Course &course,
                                    const QLocale &locale = {});
};

} // namespace coursedesk

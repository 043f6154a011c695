#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Course.h"

#include <QIcon>

namespace coursedesk {

// The outline's icons, drawn in code when first shown (no image files, crisp at any size and DPI):
// completed, failed, locked, quiz, draft, plain lesson, and completed or failed with a lock badge (locked again).
// Their colours follow the application's palette (StatusColors), light or dark.
class StatusIcons final
{
public:
    StatusIcons();

    const QIcon &forLesson(const Lesson &lesson, const LessonAccess &access) const;
    const QIcon &locked() const { return m_locked; }
    const QIcon &completed() const { return m_completed; }
    const QIcon &failed() const { return m_failed; }
    const QIcon &quiz() const { return m_quiz; }
    const QIcon &lesson() const { return m_lesson; }

private:
    QIcon m_lesson;
    QIcon m_quiz;
    QIcon m_completed;
    QIcon m_failed;
    QIcon m_locked;
    QIcon m_completedLocked;
    QIcon m_failedLocked;
    QIcon m_draft;
};

} // namespace coursedesk

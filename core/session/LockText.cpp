#include "session/LockText.h"

#include <QCoreApplication>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::LockText", text);
}

} // namespace

QString LockText::availableOn(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return tr("Not available yet; the opening date is not known.");
    const QDateTime local = when.toLocalTime();
    // The locale's short time without seconds: an unlock is announced to the minute.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s).remove(u".ss"_s);
    return tr("Available on %1 at %2")
        .arg(locale.toString(local.date(), u"d MMMM yyyy"_s), locale.toString(local.time(), timeFormat));
}

QString LockText::lessonLock(const LessonAccess &access, const Course &course, const QLocale &locale)
{
    switch (access.reason) {
    case LockReason::None:
        return {};
    case LockReason::NotJoined:
        return tr("Join this course to open its lessons.");
    case LockReason::NotPublished:
        return tr("This lesson is a draft and not published yet.");
    case LockReason::DripScheduled:
    case LockReason::DripStructured:
        return availableOn(access.unlockAt(), locale);
    case LockReason::Order: {
        const Lesson *blocking = course.findLesson(access.blockingLessonId());
        if (!blocking)
            return tr("Complete the earlier lessons first.");
        if (blocking->completion == Completion::Failed)
            return tr("Pass '%1' first").arg(blocking->name);
        return tr("Complete '%1' first").arg(blocking->name);
    }
    }
    return {};
}

QString LockText::sectionLock(const SectionAccess &access, CourseType type, const QLocale &locale)
{
    Q_UNUSED(type)
    if (!access.dripLocked)
        return {};
    return availableOn(access.availableAt, locale);
}

QString LockText::accessibleSummary(const Lesson &lesson, const LessonAccess &access, const Course &course)
{
    const QString states = accessibleStates(lesson, access, course);
    return states.isEmpty() ? lesson.name : lesson.name + u", "_s + states;
}

QString LockText::accessibleStates(const Lesson &lesson, const LessonAccess &access, const Course &course,
                                   const QLocale &locale)
{
    QStringList parts;
    if (lesson.isQuiz())
        parts << tr("quiz");
    if (!lesson.isPublished())
        parts << tr("draft");
    if (lesson.completion == Completion::Completed)
        parts << tr("completed");
    else if (lesson.completion == Completion::Failed)
        parts << tr("failed");
    if (!access.isAccessible())
        parts << tr("locked: %1").arg(lessonLock(access, course, locale));
    return parts.join(u", "_s);
}

} // namespace coursedesk

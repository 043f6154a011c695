#include "CliFormat.h"

#include "session/LockText.h"
#include "session/ProgressText.h"

#include <QCoreApplication>
#include <QLocale>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::CliFormat", text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonArray CliFormat::coursesJson(const QList<CourseSummary> &courses)
{
    QJsonArray list;
    for (const CourseSummary &course : courses) {
        list.append(QJsonObject{{u"id"_s, course.id},
                                {u"name"_s, course.name},
                                {u"type"_s, toWire(course.type)},
                                {u"role"_s, toWire(course.role)},
                                {u"completed"_s, course.progress.completed},
                                {u"total"_s, course.progress.total},
                                {u"percent"_s, course.progress.percent()}});
    }
    return list;
}

QString CliFormat::coursesText(const QList<CourseSummary> &courses)
{
    if (courses.isEmpty())
        return tr("No courses yet.") + u'\n';
    QString text;
    for (const CourseSummary &course : courses) {
        text += u"%1  %2  [%3, %4]  %5\n"_s.arg(course.id)
                    .arg(course.name, toWire(course.type), toWire(course.role), progressText(course.progress));
    }
    return text;
}

QJsonObject CliFormat::outlineJson(const CourseOutline &outline)
{
    const Course &course = outline.course;
    QJsonArray sections;
    for (const Section &section : course.sections) {
        const SectionAccess sectionAccess = outline.access.section(section.id);
        QJsonArray lessons;
        for (const Lesson &lesson : section.lessons) {
            const LessonAccess access = outline.access.lesson(lesson.id);
            lessons.append(QJsonObject{
                {u"id"_s, lesson.id},
                {u"name"_s, lesson.name},
                {u"type"_s, toWire(lesson.type)},
                {u"status"_s, toWire(lesson.status)},
                {u"completion"_s, toWire(lesson.completion)},
                {u"locked"_s, !access.isAccessible()},
                {u"lock_reason"_s, textOrNull(toWire(access.reason))},
                {u"unlock_at"_s, timeOrNull(access.unlockAt())},
                {u"blocking_lesson"_s, access.blockingLessonId() ? QJsonValue(access.blockingLessonId()) : QJsonValue()},
            });
        }
        sections.append(QJsonObject{{u"id"_s, section.id},
                                    {u"name"_s, section.name},
                                    {u"available_at"_s, timeOrNull(sectionAccess.availableAt)},
                                    {u"locked"_s, sectionAccess.dripLocked},
                                    {u"lessons"_s, lessons}});
    }
    return QJsonObject{{u"course"_s,
                        QJsonObject{{u"id"_s, course.id},
                                    {u"name"_s, course.name},
                                    {u"type"_s, toWire(course.type)},
                                    {u"enforce_lessons_order"_s, course.enforceLessonsOrder},
                                    {u"role"_s, toWire(course.role())}}},
                       {u"sections"_s, sections}};
}

QString CliFormat::outlineText(const CourseOutline &outline)
{
    const Course &course = outline.course;
    QString text = u"%1 (%2)\n"_s.arg(course.name, toWire(course.type));
    for (const Section &section : course.sections) {
        const SectionAccess sectionAccess = outline.access.section(section.id);
        text += u"\n%1"_s.arg(section.name);
        if (sectionAccess.dripLocked)
            text += u" — "_s + LockText::sectionLock(sectionAccess, course.type);
        text += u'\n';
        for (const Lesson &lesson : section.lessons) {
            const LessonAccess access = outline.access.lesson(lesson.id);
            const QString mark = lesson.completion == Completion::Completed ? u"[x]"_s
                                 : lesson.completion == Completion::Failed  ? u"[!]"_s
                                 : access.isAccessible()                    ? u"[ ]"_s
                                                                            : u"[-]"_s;
            text += u"  %1 %2  %3"_s.arg(mark).arg(lesson.id, 4).arg(lesson.name);
            if (lesson.isQuiz())
                text += u' ' + tr("(quiz)");
            if (!lesson.isPublished())
                text += u' ' + tr("(draft)");
            if (!access.isAccessible())
                text += u" — "_s + LockText::lessonLock(access, course);
            text += u'\n';
        }
    }
    return text;
}

QJsonObject CliFormat::progressJson(const ProgressFigures &progress)
{
    return QJsonObject{{u"completed"_s, progress.completed},
                       {u"total"_s, progress.total},
                       {u"percent"_s, progress.percent()},
                       {u"percent_exact"_s, progress.percentExact()}};
}

QString CliFormat::progressText(const ProgressFigures &progress)
{
    return describeProgress(progress);
}

QJsonArray CliFormat::pendingJson(const QList<OutboxEntry> &entries)
{
    QJsonArray list;
    for (const OutboxEntry &entry : entries) {
        list.append(QJsonObject{{u"id"_s, entry.id},
                                {u"kind"_s, toWire(entry.kind)},
                                {u"course"_s, entry.courseId},
                                {u"lesson"_s, entry.lessonId},
                                {u"state"_s, toWire(entry.state)},
                                {u"attempts"_s, entry.tries},
                                {u"reason"_s, textOrNull(entry.reason)}});
    }
    return list;
}

QString CliFormat::pendingText(const QList<OutboxEntry> &entries)
{
    if (entries.isEmpty())
        return tr("Nothing is waiting to be sent.") + u'\n';
    QString text;
    for (const OutboxEntry &entry : entries) {
        text += tr("%1  %2 lesson %3 of course %4  %5").arg(entry.id)
                    .arg(toWire(entry.kind))
                    .arg(entry.lessonId)
                    .arg(entry.courseId)
                    .arg(toWire(entry.state));
        if (!entry.reason.isEmpty())
            text += u" — "_s + entry.reason;
        text += u'\n';
    }
    return text;
}

QJsonObject CliFormat::submissionJson(const QuizSubmission &submission)
{
    QJsonObject json{{u"lesson"_s, submission.attempt.lessonId},
                     {u"state"_s, toWire(submission.attempt.state)},
                     {u"idempotency_key"_s, submission.attempt.idempotencyKey}};
    if (submission.grade) {
        QJsonObject correct;
        for (auto it = submission.grade->correctByQuestion.cbegin(); it != submission.grade->correctByQuestion.cend(); ++it)
            correct.insert(QString::number(it.key()), it.value());
        json.insert(u"grade"_s, submission.grade->grade);
        json.insert(u"passing_grade"_s, submission.grade->passingGrade);
        json.insert(u"passed"_s, submission.grade->passed());
        json.insert(u"result"_s, toWire(submission.grade->result()));
        json.insert(u"correct"_s, correct);
    }
    return json;
}

QString CliFormat::submissionText(const QuizSubmission &submission)
{
    if (!submission.grade)
        return tr("Submitted — graded when you are back online.") + u'\n';
    const QuizGrade &grade = *submission.grade;
    return (grade.passed() ? tr("Passed: grade %1 (passing grade %2), %3 of %4 questions right.")
                           : tr("Not passed: grade %1 (passing grade %2), %3 of %4 questions right."))
               .arg(grade.grade)
               .arg(grade.passingGrade)
               .arg(grade.correctCount)
               .arg(grade.questionCount)
           + u'\n';
}

Result<QList<QuestionResponse>> CliFormat::parseAnswers(const QStringList &values)
{
    QList<QuestionResponse> responses;
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(u'=');
        bool ok = equals > 0;
        QuestionResponse response;
        if (ok)
            response.questionId = value.left(equals).toLongLong(&ok);
        const QStringList options = ok ? value.mid(equals + 1).split(u',', Qt::SkipEmptyParts) : QStringList();
        for (const QString &option : options) {
            bool optionOk = false;
            const qint64 id = option.trimmed().toLongLong(&optionOk);
            ok = ok && optionOk && id > 0;
            response.selectedOptions.append(id);
        }
        if (!ok || response.questionId <= 0) {
            return Error{u"usage"_s,
                         tr("'--answer %1' is not of the form QUESTION=ANSWER[,ANSWER] with numeric ids.").arg(value)};
        }
        responses.append(response);
    }
    return responses;
}

} // namespace coursedesk

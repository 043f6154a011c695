#include "session/CourseSession.h"

#include "session/LockText.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace coursedesk {

using namespace Qt::StringLiterals;

CourseSession::CourseSession(LearnerState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    m_syncStatus.lastSynced = m_state.lastSynced();
    connect(&m_state, &LearnerState::lessonChanged, this, &CourseSession::lessonChanged);
    connect(&m_state, &LearnerState::progressChanged, this, &CourseSession::progressChanged);
    connect(&m_state, &LearnerState::outboxChanged, this, &CourseSession::outboxChanged);
    connect(&m_state, &LearnerState::coursesChanged, this, &CourseSession::coursesChanged);
    connect(&m_state, &LearnerState::actionRejected, this, &CourseSession::actionRejected);
    connect(&m_state, &LearnerState::lessonUnlocked, this, &CourseSession::lessonUnlocked);
    connect(&m_state, &LearnerState::accessChanged, this, &CourseSession::accessChanged);
}

void CourseSession::setSyncStatus(const SyncStatus &status)
{
    if (status == m_syncStatus)
        return;
    m_syncStatus = status;
    emit syncStatusChanged(m_syncStatus);
}

Result<QList<CourseSummary>> CourseSession::courses() const
{
    Result<QList<qint64>> ids = m_state.courseIds();
    if (!ids)
        return ids.error();
    QList<CourseSummary> summaries;
    for (qint64 id : *ids) {
        Result<Course> course = m_state.course(id);
        if (!course)
            return course.error();
        summaries.append(CourseSummary{course->id, course->name, course->type, course->role(), Progress::of(*course)});
    }
    return summaries;
}

Result<CourseOutline> CourseSession::outline(qint64 courseId) const
{
    Result<Course> course = m_state.course(courseId);
    if (!course)
        return course.error();
    CourseAccess access = AccessPolicy::evaluate(*course, m_state.serverClock().now());
    return CourseOutline{std::move(course).value(), std::move(access)};
}

Result<Lesson> CourseSession::lesson(qint64 courseId, qint64 lessonId) const
{
    return m_state.lesson(courseId, lessonId);
}

Result<ProgressFigures> CourseSession::progress(qint64 courseId) const
{
    Result<Course> course = m_state.course(courseId);
    if (!course)
        return course.error();
    return Progress::of(*course);
}

Result<QList<AttemptRecord>> CourseSession::attempts(qint64 courseId, qint64 lessonId, int limit) const
{
    Result<Course> course = m_state.course(courseId);
    if (!course)
        return course.error();
    if (!std::as_const(*course).findLesson(lessonId))
        return Error{u"unknown_lesson"_s, tr("Course %1 has no lesson %2.").arg(courseId).arg(lessonId)};
    return m_state.quizAttempts(lessonId, limit);
}

QHash<qint64, QString> CourseSession::lessonNames(const QList<OutboxEntry> &entries) const
{
    QHash<qint64, QString> names;
    QSet<qint64> courses;
    for (const OutboxEntry &entry : entries)
        courses.insert(entry.courseId);
    for (qint64 courseId : std::as_const(courses)) {
        Result<Course> course = m_state.course(courseId); // cached: no SQL once the window has shown the course
        if (!course)
            continue;
        for (const OutboxEntry &entry : entries) {
            if (entry.courseId != courseId)
                continue;
            if (const Lesson *lesson = std::as_const(*course).findLesson(entry.lessonId))
                names.insert(entry.lessonId, lesson->name);
        }
    }
    return names;
}

Result<QList<OutboxEntry>> CourseSession::pendingActions() const
{
    return m_state.pendingActions();
}

Status CourseSession::dismiss(qint64 entryId)
{
    return m_state.dismiss(entryId);
}

Result<CourseOutline> CourseSession::accessibleLesson(qint64 courseId, qint64 lessonId, const Lesson **lesson) const
{
    Result<CourseOutline> current = outline(courseId);
    if (!current)
        return current;
    *lesson = current->course.findLesson(lessonId);
    if (!*lesson)
        return Error{u"unknown_lesson"_s, tr("Course %1 has no lesson %2.").arg(courseId).arg(lessonId)};
    // One look at a fresh evaluation: a scan is cheaper than CourseAccess::lesson's index of the whole course.
    const auto &all = current->access.lessons();
    const auto found =
        std::find_if(all.cbegin(), all.cend(), [&](const LessonAccess &a) { return a.lessonId == lessonId; });
    const LessonAccess access = found != all.cend() ? *found : current->access.lesson(lessonId);
    if (!access.isAccessible())
        return Error{u"locked"_s, LockText::lessonLock(access, current->course)};
    return current;
}

Status CourseSession::setCompleted(qint64 courseId, qint64 lessonId, bool completed)
{
    const Lesson *lesson = nullptr;
    Result<CourseOutline> current = accessibleLesson(courseId, lessonId, &lesson);
    if (!current)
        return current.error();
    if (lesson->isQuiz()) {
        return Error{u"quiz_completion"_s,
                     tr("'%1' is a quiz: it is completed by passing it, not by marking it.").arg(lesson->name)};
    }
    const Completion desired = completed ? Completion::Completed : Completion::Uncompleted;
    if (lesson->completion == desired)
        return success(); // already so: nothing to do, nothing to queue

    return m_state.recordCompletion(courseId, lessonId, desired);
}

Result<QuizSubmission> CourseSession::submitQuiz(qint64 courseId, qint64 lessonId,
                                                 const QList<QuestionResponse> &responses)
{
    const Lesson *outlineLesson = nullptr;
    Result<CourseOutline> current = accessibleLesson(courseId, lessonId, &outlineLesson);
    if (!current)
        return current.error();
    Result<Lesson> quiz = m_state.lesson(courseId, lessonId);
    if (!quiz)
        return quiz.error();
    const QList<ResponseProblem> problems = QuizGrader::validate(*quiz, responses);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const ResponseProblem &problem : problems)
            messages << problem.message();
        return Error{u"invalid_answers"_s, messages.join(u'\n')};
    }

    const QDateTime now = clock().now();
    QuizSubmission submission;
    submission.attempt.courseId = courseId;
    submission.attempt.lessonId = lessonId;
    submission.attempt.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    submission.attempt.responses = responses;
    submission.attempt.submittedAt = now;
    if (QuizGrader::canGrade(*quiz)) {
        Result<QuizGrade> grade = QuizGrader::grade(*quiz, responses);
        if (!grade)
            return grade.error();
        submission.grade = *grade;
        QuizAttempt result;
        result.lessonId = lessonId;
        result.createdAt = now;
        result.grade = grade->grade;
        result.result = grade->result();
        result.passingGrade = grade->passingGrade;
        result.correctResponses = grade->correctCount;
        for (const QuestionResponse &response : responses) {
            result.questions.append(QuestionOutcome{response.questionId, response.selectedOptions,
                                                    grade->correctByQuestion.value(response.questionId)});
        }
        submission.attempt.result = result;
        // Final only on a local account; a server account keeps the local grade until the server's arrives.
        submission.attempt.state = kind() == Kind::Local ? AttemptState::Graded : AttemptState::AwaitingGrading;
    }

    const std::optional<Completion> outcome =
        submission.grade ? std::optional<Completion>(submission.grade->result()) : std::nullopt;
    Result<AttemptRecord> stored = m_state.recordAttempt(submission.attempt, outcome);
    if (!stored)
        return stored.error();
    submission.attempt = *stored;
    return submission;
}

} // namespace coursedesk

#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Clock.h"
#include "domain/Course.h"
#include "domain/Progress.h"
#include "domain/QuizGrader.h"
#include "domain/Result.h"
#include "storage/LearnerState.h"
#include "sync/SyncStatus.h"

#include <QHash>
#include <QObject>

namespace coursedesk {

class OfflineFiles;

struct CourseSummary final
{
    qint64 id = 0;
    QString name;
    CourseType type = CourseType::SelfPaced;
    Role role = Role::Learner;
    ProgressFigures progress;
};

struct CourseOutline final
{
    Course course;
    CourseAccess access;
};

struct QuizSubmission final
{
    AttemptRecord attempt;
    std::optional<QuizGrade> grade; // graded here when the correct answers are known; else awaiting the server
};

// What the UI and the CLI use: courses, outlines with access state, completion, quizzes, progress, the queue
// of actions waiting for the server and the sync's status. It decides (the access rules and the grading of
// core/domain, with the reasons in words) and acts through the account's LearnerState, whose signals it passes
// on. The sync engine works on the LearnerState itself, never through here.
class CourseSession final : public QObject
{
    Q_OBJECT

public:
    using Kind = LearnerState::Kind;

    explicit CourseSession(LearnerState &state, QObject *parent = nullptr);

    Kind kind() const { return m_state.kind(); }
    const Clock &clock() const { return m_state.clock(); }
    // The server's clock as estimated from its Date headers.
    const Clock &serverClock() const { return m_state.serverClock(); }

    Result<QList<CourseSummary>> courses() const;
    Result<CourseOutline> outline(qint64 courseId) const;
    Result<Lesson> lesson(qint64 courseId, qint64 lessonId) const; // with body and last attempt
    Result<ProgressFigures> progress(qint64 courseId) const;
    // A quiz's attempts made on this computer, newest first (at most `limit`), each with its state: graded (with
    // the grade), awaiting the server, or refused (with the reason).
    Result<QList<AttemptRecord>> attempts(qint64 courseId, qint64 lessonId, int limit = 10) const;

    // Refused with the lock reason (code "locked") when the lesson is locked: then nothing changes or queues.
    Status setCompleted(qint64 courseId, qint64 lessonId, bool completed);
    // Validated by QuizGrader (code "invalid_answers", every problem listed); graded here when the answers
    // are known, otherwise awaiting grading by the server.
    Result<QuizSubmission> submitQuiz(qint64 courseId, qint64 lessonId, const QList<QuestionResponse> &responses);

    // Entries not yet done: pending, in flight and rejected.
    Result<QList<OutboxEntry>> pendingActions() const;
    Status dismiss(qint64 entryId);
    // The names of the lessons that entries are about, by lesson id, from their courses' outlines; a lesson that
    // is in no course any more (the server removed it) is missing.
    QHash<qint64, QString> lessonNames(const QList<OutboxEntry> &entries) const;

    // The offline copy of the lessons' files (AccountRuntime sets it; null until then).
    OfflineFiles *offlineFiles() const { return m_offlineFiles; }
    void setOfflineFiles(OfflineFiles *files) { m_offlineFiles = files; }

    // The background sync's state, as the account's scheduler publishes it (setSyncStatus).
    const SyncStatus &syncStatus() const { return m_syncStatus; }
    void setSyncStatus(const SyncStatus &status);

    // The next instant a dripped lesson opens, in server time, over every course (null: none pending).
    QDateTime nextUnlockAt() const { return m_state.nextUnlockAt(); }

signals:
    void lessonChanged(qint64 courseId, qint64 lessonId);
    void progressChanged(qint64 courseId, const coursedesk::ProgressFigures &progress);
    void outboxChanged();
    void coursesChanged();
    void actionRejected(const coursedesk::OutboxEntry &entry); // the server refused it; entry.reason says why
    void syncStatusChanged(const coursedesk::SyncStatus &status);
    void lessonUnlocked(qint64 courseId, qint64 lessonId);
    // The locks may have changed without a lesson changing (a drip time passed, the server clock moved).
    void accessChanged();

private:
    Result<CourseOutline> accessibleLesson(qint64 courseId, qint64 lessonId, const Lesson **lesson) const;

    LearnerState &m_state;
    SyncStatus m_syncStatus;
    OfflineFiles *m_offlineFiles = nullptr;
};

} // namespace coursedesk

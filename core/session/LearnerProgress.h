#pragma once

#include "domain/Course.h"
#include "session/Dashboard.h"

#include <QObject>

namespace coursedesk {

// One lesson of one learner's course, as their instructor reads it (view=user&user=ID).
struct LearnerLesson final
{
    qint64 sectionId = 0;
    QString sectionName;
    qint64 lessonId = 0;
    QString lessonName;
    bool quiz = false;
    Completion completion = Completion::Uncompleted;
    bool locked = false; // the server reports it not yet open to the learner

    friend bool operator==(const LearnerLesson &, const LearnerLesson &) = default;
};

// What the instructor sees of one learner (issue 20): their outline with each lesson's completion and their quiz
// attempts, newest first.
struct LearnerReport final
{
    qint64 userId = 0;
    QString username;
    int completionRate = 0; // the server's user_completion_rate for this learner
    QList<LearnerLesson> lessons;
    QList<QuizResultRow> attempts;

    int completedLessons() const;
    friend bool operator==(const LearnerReport &, const LearnerReport &) = default;
};

// Reads one learner's progress for the dashboard: the course as they see it (GET /api/v2/course/{id}/?view=user&
// user=ID, creators and managers only) and their quiz attempts (the course's quiz list searched by their name, kept
// when it is theirs). Both are kept in the account's cache (DashboardStore, kind "learner") and shown from there
// with their age when the server cannot be reached, like the other dashboard pages. Exportable as CSV.
class LearnerProgress final : public QObject
{
    Q_OBJECT

public:
    LearnerProgress(Dashboard &dashboard, const Clock &clock, QObject *parent = nullptr);

    using Done = std::function<void(Result<Timed<LearnerReport>>)>;
    void load(qint64 courseId, const LearnerRow &learner, Done done);

    static QStringList lessonsHeader();
    static QString lessonsCsv(const LearnerReport &report);
    static QString attemptsCsv(const LearnerReport &report); // the dashboard's quiz columns

    // The cache's form of a report (JSON), both ways.
    static QByteArray toJson(const LearnerReport &report);
    static std::optional<LearnerReport> fromJson(const QByteArray &json);

private:
    void fromCache(qint64 courseId, qint64 userId, const ApiError &why, Done done);

    Dashboard &m_dashboard;
    const Clock &m_clock;
};

} // namespace coursedesk

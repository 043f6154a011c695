#pragma once

#include "session/CourseSession.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coursedesk {

// What coursedesk-cli prints: text for people, JSON for scripts (times ISO 8601 UTC).
class CliFormat final
{
public:
    static QJsonArray coursesJson(const QList<CourseSummary> &courses);
    static QString coursesText(const QList<CourseSummary> &courses);
    static QJsonObject outlineJson(const CourseOutline &outline);
    static QString outlineText(const CourseOutline &outline);
    static QJsonObject progressJson(const ProgressFigures &progress);
    static QString progressText(const ProgressFigures &progress);
    static QJsonArray pendingJson(const QList<OutboxEntry> &entries);
    static QString pendingText(const QList<OutboxEntry> &entries);
    static QJsonObject submissionJson(const QuizSubmission &submission);
    static QString submissionText(const QuizSubmission &submission);

    // "--answer 1001=10002" "--answer 1004=10012,10013" → responses. Malformed → error naming the value.
    static Result<QList<QuestionResponse>> parseAnswers(const QStringList &values);
};

} // namespace coursedesk

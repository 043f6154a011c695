#pragma once

#include "domain/Course.h"
#include "domain/Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coursedesk {

// GET /api/v2/course/{id}/?view=dashboard (schemas/course_dashboard.md): the course's own fields, without
// sections, with the average completion of its learners.
struct CourseDashboard final
{
    Course course; // no sections
    std::optional<int> averageCompletionRate; // avg_completion_rate, whole percent; nullopt when not given

    friend bool operator==(const CourseDashboard &, const CourseDashboard &) = default;
};

// Server JSON (the shapes of api-contract.md and of the platform's docs) to domain types. One way only: the
// client never writes these shapes (the reference server has its own encoders). Unknown fields are ignored;
// nulls are accepted where the contract allows them; a missing required field or a wrong type is an
// error naming the field and the object's id. The bundled sample course goes through here too.
class JsonMapping final
{
public:
    // A course as listed by GET /api/v2/course/ (no sections).
    static Result<Course> courseSummary(const QJsonObject &json);
    // Course User Detail (view=user or view=edit): sections and lessons in sections_order / lessons_order.
    static Result<Course> courseDetail(const QJsonObject &json);
    // Course Lesson: adds the body (html, quiz settings, questions, last attempt) to a lesson of the outline.
    static Status applyLessonBody(Lesson &lesson, const QJsonObject &json);
    // Course Quiz Attempt.
    static Result<QuizAttempt> attempt(const QJsonObject &json);
    // A Course Lesson's last_attempt, whichever form it takes (an object, a list, null, []), as a list.
    static Result<QList<QuizAttempt>> lastAttempts(const QJsonObject &lessonJson);
    // Course Dashboard (view=dashboard).
    static Result<CourseDashboard> courseDashboard(const QJsonObject &json);

    // The body of POST …/attempt/: {"responses":[{"question_id":N,"selected_options":[…]}]}.
    static QJsonObject attemptRequest(const QList<QuestionResponse> &responses);
};

} // namespace coursedesk

#include "DomainJson.h"

#include <QJsonArray>

namespace coursedesk::test {

using namespace Qt::StringLiterals;

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue nullableTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoUtc(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject DomainJson::course(const Course &course, bool withSections)
{
    QJsonObject json{
        {u"id"_s, course.id},
        {u"name"_s, course.name},
        {u"slug"_s, course.slug},
        {u"description"_s, course.description},
        {u"type"_s, toWire(course.type)},
        {u"privacy"_s, course.privacy},
        {u"enforce_lessons_order"_s, course.enforceLessonsOrder},
        {u"join_status"_s,
         course.joinStatus == JoinStatus::None ? QJsonValue(QJsonValue::Null) : QJsonValue(toWire(course.joinStatus))},
        {u"joined_at"_s, nullableTime(course.joinedAt)},
        {u"created_at"_s, nullableTime(course.createdAt)},
    };
    if (course.createdBy > 0)
        json.insert(u"created_by"_s, QJsonObject{{u"id"_s, course.createdBy}});
    if (!course.enrollmentId.isEmpty())
        json.insert(u"enrollment_id"_s, course.enrollmentId);
    if (course.serverProgress) {
        json.insert(u"num_lessons"_s, course.serverProgress->totalLessons);
        json.insert(u"num_lessons_completed"_s, course.serverProgress->completedLessons);
        json.insert(u"user_completion_rate"_s, course.serverProgress->completionRate);
    }
    if (!withSections)
        return json;
    QJsonArray sections;
    QJsonArray sectionsOrder;
    for (const Section &section : course.sections) {
        QJsonArray lessons;
        QJsonArray lessonsOrder;
        for (const Lesson &lesson : section.lessons) {
            lessons.append(QJsonObject{
                {u"id"_s, lesson.id},
                {u"name"_s, lesson.name},
                {u"type"_s, toWire(lesson.type)},
                {u"status"_s, toWire(lesson.status)},
                {u"comments_enabled"_s, lesson.commentsEnabled},
                {u"completion_status"_s, toWire(lesson.completion)},
                {u"locked"_s, lesson.serverLocked},
            });
            lessonsOrder.append(lesson.id);
        }
        sections.append(QJsonObject{
            {u"id"_s, section.id},
            {u"name"_s, section.name},
            {u"dripped_at"_s, nullableTime(section.drippedAt)},
            {u"drip_delay"_s, section.dripDelayDays},
            {u"available_date"_s, nullableTime(section.availableDate)},
            {u"locked"_s, section.serverLocked},
            {u"lessons_order"_s, lessonsOrder},
            {u"num_lessons"_s, section.lessons.size()},
            {u"lessons"_s, lessons},
        });
        sectionsOrder.append(section.id);
    }
    json.insert(u"sections_order"_s, sectionsOrder);
    json.insert(u"num_sections"_s, course.sections.size());
    json.insert(u"sections"_s, sections);
    return json;
}

QJsonObject DomainJson::lessonBody(const Lesson &lesson, qint64 courseId, bool withCorrectAnswers)
{
    QJsonArray questions;
    for (const Question &question : lesson.body->questions) {
        QJsonArray answers;
        for (const Answer &answer : question.answers) {
            QJsonObject a{{u"id"_s, answer.id}, {u"text"_s, answer.text}};
            if (withCorrectAnswers && answer.correct)
                a.insert(u"correct"_s, *answer.correct);
            answers.append(a);
        }
        questions.append(QJsonObject{
            {u"id"_s, question.id},
            {u"type"_s, toWire(question.type)},
            {u"text"_s, question.text},
            {u"image"_s, question.image.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(question.image)},
            {u"answers"_s, answers},
        });
    }
    return QJsonObject{
        {u"id"_s, lesson.id},
        {u"name"_s, lesson.name},
        {u"type"_s, toWire(lesson.type)},
        {u"status"_s, toWire(lesson.status)},
        {u"comments_enabled"_s, lesson.commentsEnabled},
        {u"completion_status"_s, toWire(lesson.completion)},
        {u"course_id"_s, courseId},
        {u"section_id"_s, lesson.sectionId},
        {u"html"_s, lesson.body->html},
        {u"medias"_s, QJsonArray()},
        {u"passing_grade"_s, lesson.body->passingGrade},
        {u"questions"_s, questions},
        {u"last_attempt"_s,
         lesson.body->lastAttempt ? QJsonValue(attempt(*lesson.body->lastAttempt)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject DomainJson::attempt(const QuizAttempt &attempt)
{
    QJsonArray questions;
    for (const QuestionOutcome &outcome : attempt.questions) {
        QJsonArray answers;
        for (qint64 option : outcome.selectedOptions)
            answers.append(QJsonObject{{u"id"_s, option}, {u"selected"_s, true}});
        QJsonObject q{{u"id"_s, outcome.questionId}, {u"answers"_s, answers}};
        if (outcome.correct)
            q.insert(u"correct"_s, *outcome.correct);
        questions.append(q);
    }
    return QJsonObject{
        {u"id"_s, attempt.id},
        {u"created_at"_s, nullableTime(attempt.createdAt)},
        {u"lesson_id"_s, attempt.lessonId},
        {u"quiz_attempt"_s,
         QJsonObject{
             {u"grade"_s, attempt.grade},
             {u"result"_s, toWire(attempt.result)},
             {u"questions"_s, questions},
             {u"num_attempts"_s, attempt.numAttempts},
             {u"passing_grade"_s, attempt.passingGrade},
             {u"correct_responses"_s, attempt.correctResponses},
         }},
    };
}

} // namespace coursedesk::test

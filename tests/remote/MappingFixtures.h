#pragma once

// The server JSON the mapping specifications share (tst_JsonMapping, tst_JsonMappingPlatform).
#include "CourseBuilder.h"
#include "JsonTables.h"

#include "domain/Course.h"

#include <QJsonObject>

namespace coursedesk::test {

using namespace Qt::StringLiterals;

// A Course User Detail whose arrays are NOT in the order the *_order lists give. Array positions:
// sections/0 = section 20 (lessons 201, 202), sections/1 = section 10 (lessons 101..104),
// sections/2 = section 30 (lesson 301, no lessons_order).
inline const QJsonObject &fullCourse()
{
    static const QJsonObject json = parseJson(R"({
      "id": 1, "name": "Offline first", "slug": "offline-first", "description": "Learn offline.",
      "type": "structured", "privacy": "open", "enforce_lessons_order": true, "join_status": "joined",
      "joined_at": "2025-01-15T14:32:00Z", "created_at": "2024-12-01T12:00:00+02:00",
      "created_by": {"id": 7, "username": "teacher", "avatar": null}, "categories": [3], "image_medium": null,
      "enrollment_id": "enr-42", "sections_order": [10, 20], "num_sections": 3,
      "num_lessons": 6, "num_lessons_completed": 2, "user_completion_rate": 33,
      "sections": [
        {"id": 20, "name": "Second", "dripped_at": null, "drip_delay": 7, "available_date": "2025-01-22T14:32:00Z",
         "locked": true, "lessons_order": [202, 201], "num_lessons": 2, "num_lessons_completed": 0,
         "lessons": [
           {"id": 201, "name": "Quiz two", "type": "quiz", "status": "published", "comments_enabled": true,
            "completion_status": "failed", "locked": true},
           {"id": 202, "name": "Not yet", "type": "lesson", "status": "draft", "comments_enabled": false,
            "completion_status": "uncompleted", "locked": true}]},
        {"id": 10, "name": "First", "dripped_at": null, "drip_delay": 0, "available_date": null, "locked": false,
         "lessons_order": [104, 102], "num_lessons": 4, "num_lessons_completed": 2,
         "lessons": [
           {"id": 101, "name": "One", "type": "lesson", "status": "published", "comments_enabled": false,
            "completion_status": "completed", "locked": false},
           {"id": 102, "name": "Two", "type": "lesson", "status": "published", "comments_enabled": false,
            "completion_status": "completed", "locked": false},
           {"id": 103, "name": "Three", "type": "lesson", "status": "published", "comments_enabled": false,
            "completion_status": "uncompleted", "locked": false},
           {"id": 104, "name": "Quiz one", "type": "quiz", "status": "published", "comments_enabled": false,
            "completion_status": "uncompleted", "locked": true}]},
        {"id": 30, "name": "Third", "dripped_at": "2025-02-01T00:00:00Z", "drip_delay": 14, "available_date": null,
         "locked": true, "num_lessons": 1,
         "lessons": [
           {"id": 301, "name": "Last", "type": "lesson", "status": "published", "comments_enabled": false,
            "completion_status": "uncompleted", "locked": true}]}
      ]})");
    return json;
}

// A Course Quiz Attempt of lesson 104: question 1 right (12 selected), question 2 wrong (21 and 23 selected).
inline const QJsonObject &attemptJson()
{
    static const QJsonObject json = parseJson(R"({
      "id": 9, "created_at": "2025-01-15T14:40:00.250Z", "lesson_id": 104, "user": {"id": 3},
      "quiz_attempt": {"grade": 50, "result": "failed", "num_attempts": 2, "passing_grade": 80,
        "correct_responses": 1,
        "questions": [
          {"id": 1, "correct": true, "answers": [{"id": 11, "selected": false}, {"id": 12, "selected": true}]},
          {"id": 2, "correct": false, "answers": [{"id": 21, "selected": true}, {"id": 22, "selected": false},
                                                  {"id": 23, "selected": true}]}]}})");
    return json;
}

// The Course Lesson body of quiz 104 as a creator sees it: answers carry "correct".
// (No "//" inside raw strings: Qt 6.4's moc takes it for a comment.)
inline const QJsonObject &quizBody()
{
    static const QJsonObject json = parseJson(R"({
      "id": 104, "name": "Quiz one", "type": "quiz", "status": "published", "comments_enabled": false,
      "completion_status": "failed", "course_id": 1, "section_id": 10, "html": "<p>Two questions.</p>",
      "created_at": "2025-01-10T08:00:00Z", "created_by": 7, "medias": [], "passing_grade": 80,
      "questions": [
        {"id": 1, "type": "single_choice", "image": null, "text": "Pick one", "answers": [
          {"id": 11, "text": "A", "correct": false}, {"id": 12, "text": "B", "correct": true}]},
        {"id": 2, "type": "multi_choice", "image": "/media/q2.png", "text": "Pick some",
         "answers": [{"id": 21, "text": "C", "correct": true}, {"id": 22, "text": "D", "correct": true},
                     {"id": 23, "text": "E", "correct": false}]}],
      "last_attempt": null})");
    return json;
}

// Lesson 104 as the outline knows it, before its body is downloaded.
inline const Lesson outlineQuiz = CourseBuilder().section(10).quiz(104).build().sections.first().lessons.first();

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace coursedesk::test

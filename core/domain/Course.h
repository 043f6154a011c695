#pragma once

#include "domain/CowBox.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coursedesk {

struct Answer final
{
    qint64 id = 0;
    QString text;
    std::optional<bool> correct; // sent only to creators and managers

    friend bool operator==(const Answer &, const Answer &) = default;
};

struct Question final
{
    qint64 id = 0;
    QuestionType type = QuestionType::SingleChoice;
    QString text;
    QString image; // URL, may be empty
    QList<Answer> answers;

    friend bool operator==(const Question &, const Question &) = default;
};

// What a learner selected for one question.
struct QuestionResponse final
{
    qint64 questionId = 0;
    QList<qint64> selectedOptions; // answer ids

    friend bool operator==(const QuestionResponse &, const QuestionResponse &) = default;
};

// One question of a graded attempt, as the server reports it.
struct QuestionOutcome final
{
    qint64 questionId = 0;
    QList<qint64> selectedOptions;
    std::optional<bool> correct; // null when the server did not say

    friend bool operator==(const QuestionOutcome &, const QuestionOutcome &) = default;
};

// A Course Quiz Attempt.
struct QuizAttempt final
{
    qint64 id = 0;
    qint64 lessonId = 0;
    QDateTime createdAt;
    int grade = 0;                           // 0..100
    Completion result = Completion::Uncompleted; // completed = passed
    int numAttempts = 0;
    int passingGrade = 60;
    int correctResponses = 0;
    QList<QuestionOutcome> questions;

    friend bool operator==(const QuizAttempt &, const QuizAttempt &) = default;
};

// An attachment of a lesson (the platform's Media): a picture, a document, a link or an embed. The type is
// the server's word ("image", "doc", "url", "embed", …), kept as given: the list of types grows.
struct Media final
{
    qint64 id = 0;
    QString type;
    QString title;
    QString url;
    QString image; // a preview picture, may be empty

    friend bool operator==(const Media &, const Media &) = default;
};

// A lesson's body, as the Course Lesson endpoint gives it. Only the lesson view, the quiz and the
// sync read it, so it lives behind the lesson (see CowBox).
struct LessonBody final
{
    QString html;
    int passingGrade = 60;
    QList<Question> questions;
    std::optional<QuizAttempt> lastAttempt;
    // Media objects as read; a server that gives only their ids gives entries with just the id.
    QList<Media> medias;

    friend bool operator==(const LessonBody &, const LessonBody &) = default;
};

// 56 bytes: a whole-course pass (access rules, progress) reads at most one cache line per lesson,
// and at 100k lessons the pass is bound by those reads (bench_domain).
struct Lesson final
{
    qint64 id = 0;
    qint64 sectionId = 0;
    LessonType type = LessonType::Lesson;
    LessonStatus status = LessonStatus::Published;
    Completion completion = Completion::Uncompleted;
    bool commentsEnabled = false;
    bool serverLocked = false; // 'locked' as last reported by the server (informative only)
    bool hasBody = false;      // false until the body has been downloaded
    QString name;
    CowBox<LessonBody> body;

    bool isPublished() const { return status == LessonStatus::Published; }
    bool isQuiz() const { return type == LessonType::Quiz; }

    friend bool operator==(const Lesson &, const Lesson &) = default;
};
static_assert(sizeof(Lesson) <= 64, "a lesson's outline fields fit one cache line");

struct Section final
{
    qint64 id = 0;
    QString name;
    QDateTime drippedAt;     // scheduled courses: when the section opens; null otherwise
    int dripDelayDays = 0;   // structured courses: days after joined_at
    QDateTime availableDate; // computed by the server when known; wins over local computation
    bool serverLocked = false;
    QList<Lesson> lessons; // in lessons_order

    friend bool operator==(const Section &, const Section &) = default;
};

// The server's own progress figures for the user, as last reported.
struct ServerProgress final
{
    int completedLessons = 0;
    int totalLessons = 0;
    int completionRate = 0; // whole percent (user_completion_rate)
    std::optional<double> percentage; // two decimals, from the enrollment endpoint

    friend bool operator==(const ServerProgress &, const ServerProgress &) = default;
};

struct Course final
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString description;
    CourseType type = CourseType::SelfPaced;
    QString privacy;
    bool enforceLessonsOrder = false;
    JoinStatus joinStatus = JoinStatus::None;
    QDateTime joinedAt; // null when not joined
    QDateTime createdAt;
    qint64 createdBy = 0;
    QString enrollmentId; // non-empty when the server offers the enrollment-style completion endpoint
    // The course's picture as the server gave it (image_big, else image_bigger, image_medium, image_small); the
    // offline copy is kept with the course's files (MediaSync). Empty: none, or not read from the cache.
    QString coverUrl;
    std::optional<ServerProgress> serverProgress;
    QList<Section> sections; // in sections_order

    Role role() const { return roleOf(joinStatus); }
    qsizetype lessonCount() const;
    const Lesson *findLesson(qint64 lessonId) const;
    Lesson *findLesson(qint64 lessonId); // writable: detaches this copy's lists from other copies first
    const Section *findSection(qint64 sectionId) const;

    friend bool operator==(const Course &, const Course &) = default;
};

} // namespace coursedesk

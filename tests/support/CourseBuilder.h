#pragma once

#include "domain/Course.h"

namespace coursedesk::test {

// Builds courses for tests in a line or two:
//   CourseBuilder(CourseType::Structured).joined(at).section(1, 7).lesson(10).lesson(11, Completion::Completed).build()
class CourseBuilder final
{
public:
    explicit CourseBuilder(CourseType type = CourseType::SelfPaced, qint64 courseId = 1);

    CourseBuilder &status(JoinStatus status);
    CourseBuilder &joined(const QDateTime &joinedAt);
    CourseBuilder &enforceOrder(bool enforce = true);
    // Starts a section; the lessons that follow belong to it.
    CourseBuilder &section(qint64 id, int dripDelayDays = 0, const QDateTime &drippedAt = {});
    CourseBuilder &availableDate(const QDateTime &availableDate); // on the current section
    CourseBuilder &lesson(qint64 id, Completion completion = Completion::Uncompleted,
                          LessonStatus status = LessonStatus::Published, LessonType type = LessonType::Lesson);
    CourseBuilder &draft(qint64 id);
    CourseBuilder &quiz(qint64 id, Completion completion = Completion::Uncompleted);

    Course build() const { return m_course; }

    // A course of `lessons` lessons (ids 1..), `perSection` to a section; section k has drip_delay k % 3 days,
    // lesson index i is completed when i % 3 == 0 and a draft when i % 17 == 5.
    static Course large(int lessons, int perSection = 50, CourseType type = CourseType::Structured,
                        bool enforceOrder = true);

private:
    Course m_course;
};

// A quiz lesson with questions for grader tests: question ids 1.., answer ids questionId*10 + 1..
Lesson makeQuiz(const QList<std::pair<QuestionType, QList<bool>>> &questions, int passingGrade = 60,
                bool withCorrectAnswers = true);

} // namespace coursedesk::test

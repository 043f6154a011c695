#include "CourseBuilder.h"

namespace coursedesk::test {

using namespace Qt::StringLiterals;

CourseBuilder::CourseBuilder(CourseType type, qint64 courseId)
{
    m_course.id = courseId;
    m_course.name = u"Course %1"_s.arg(courseId);
    m_course.type = type;
    m_course.joinStatus = JoinStatus::Joined;
    m_course.joinedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
}

CourseBuilder &CourseBuilder::status(JoinStatus status)
{
    m_course.joinStatus = status;
    return *this;
}

CourseBuilder &CourseBuilder::joined(const QDateTime &joinedAt)
{
    m_course.joinedAt = joinedAt;
    return *this;
}

CourseBuilder &CourseBuilder::enforceOrder(bool enforce)
{
    m_course.enforceLessonsOrder = enforce;
    return *this;
}

CourseBuilder &CourseBuilder::section(qint64 id, int dripDelayDays, const QDateTime &drippedAt)
{
    Section section;
    section.id = id;
    section.name = u"Section %1"_s.arg(id);
    section.dripDelayDays = dripDelayDays;
    section.drippedAt = drippedAt;
    m_course.sections.append(section);
    return *this;
}

CourseBuilder &CourseBuilder::availableDate(const QDateTime &availableDate)
{
    Q_ASSERT(!m_course.sections.isEmpty());
    m_course.sections.last().availableDate = availableDate;
    return *this;
}

CourseBuilder &CourseBuilder::lesson(qint64 id, Completion completion, LessonStatus status, LessonType type)
{
    if (m_course.sections.isEmpty())
        section(1);
    Lesson lesson;
    lesson.id = id;
    lesson.sectionId = m_course.sections.last().id;
    lesson.name = u"Lesson %1"_s.arg(id);
    lesson.completion = completion;
    lesson.status = status;
    lesson.type = type;
    m_course.sections.last().lessons.append(lesson);
    return *this;
}

CourseBuilder &CourseBuilder::draft(qint64 id)
{
    return lesson(id, Completion::Uncompleted, LessonStatus::Draft);
}

CourseBuilder &CourseBuilder::quiz(qint64 id, Completion completion)
{
    return lesson(id, completion, LessonStatus::Published, LessonType::Quiz);
}

Course CourseBuilder::large(int lessons, int perSection, CourseType type, bool enforceOrder)
{
    CourseBuilder builder(type);
    builder.enforceOrder(enforceOrder);
    for (int i = 0; i < lessons; ++i) {
        if (i % perSection == 0)
            builder.section(1'000'000 + i / perSection, (i / perSection) % 3);
        builder.lesson(i + 1, i % 3 == 0 ? Completion::Completed : Completion::Uncompleted,
                       i % 17 == 5 ? LessonStatus::Draft : LessonStatus::Published);
    }
    return builder.build();
}

Lesson makeQuiz(const QList<std::pair<QuestionType, QList<bool>>> &questions, int passingGrade,
                bool withCorrectAnswers)
{
    Lesson quiz;
    quiz.id = 500;
    quiz.name = u"Quiz"_s;
    quiz.type = LessonType::Quiz;
    quiz.body->passingGrade = passingGrade;
    quiz.hasBody = true;
    qint64 questionId = 0;
    for (const auto &[type, correctness] : questions) {
        Question question;
        question.id = ++questionId;
        question.type = type;
        question.text = u"Question %1"_s.arg(question.id);
        qint64 answerId = question.id * 10;
        for (bool correct : correctness) {
            Answer answer;
            answer.id = ++answerId;
            answer.text = u"Answer %1"_s.arg(answer.id);
            if (withCorrectAnswers)
                answer.correct = correct;
            question.answers.append(answer);
        }
        quiz.body->questions.append(question);
    }
    return quiz;
}

} // namespace coursedesk::test

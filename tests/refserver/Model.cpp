#include "Model.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace coursedesk::refserver::model {

namespace {

template <typename E> using Table = std::initializer_list<std::pair<E, const char16_t *>>;

// Written from the enumerated values of schemas/course.md, course_user_lesson_detail.md, course_attempt.md,
// course_question.md (and the SDK's SCCourseJoinStatusType for payment_waiting).
const Table<CourseType> courseTypes{
    {CourseType::SelfPaced, u"self-paced"},
    {CourseType::Structured, u"structured"},
    {CourseType::Scheduled, u"scheduled"},
};
const Table<JoinStatus> joinStatuses{
    {JoinStatus::Creator, u"creator"},     {JoinStatus::Manager, u"manager"},
    {JoinStatus::Joined, u"joined"},       {JoinStatus::Invited, u"invited"},
    {JoinStatus::Requested, u"requested"}, {JoinStatus::PaymentWaiting, u"payment_waiting"},
};
const Table<LessonStatus> lessonStatuses{
    {LessonStatus::Draft, u"draft"},
    {LessonStatus::Published, u"published"},
};
const Table<Completion> completions{
    {Completion::Uncompleted, u"uncompleted"},
    {Completion::Completed, u"completed"},
    {Completion::Failed, u"failed"},
};
const Table<QuestionType> questionTypes{
    {QuestionType::SingleChoice, u"single_choice"},
    {QuestionType::MultiChoice, u"multi_choice"},
};

template <typename E> QString nameIn(const Table<E> &table, E value)
{
    const auto it = std::find_if(table.begin(), table.end(), [&](const auto &entry) { return entry.first == value; });
    return it == table.end() ? QString() : QString::fromUtf16(it->second);
}

template <typename E> std::optional<E> valueIn(const Table<E> &table, QStringView text)
{
    const auto it =
        std::find_if(table.begin(), table.end(), [&](const auto &entry) { return text == QStringView(entry.second); });
    return it == table.end() ? std::nullopt : std::optional<E>(it->first);
}

} // namespace

QString wireName(CourseType value)
{
    return nameIn(courseTypes, value);
}
QString wireName(JoinStatus value)
{
    return nameIn(joinStatuses, value);
}
QString wireName(LessonStatus value)
{
    return nameIn(lessonStatuses, value);
}
QString wireName(Completion value)
{
    return nameIn(completions, value);
}
QString wireName(QuestionType value)
{
    return nameIn(questionTypes, value);
}

std::optional<CourseType> courseTypeNamed(QStringView text)
{
    return valueIn(courseTypes, text);
}
std::optional<JoinStatus> joinStatusNamed(QStringView text)
{
    return valueIn(joinStatuses, text);
}
std::optional<LessonStatus> lessonStatusNamed(QStringView text)
{
    return valueIn(lessonStatuses, text);
}
std::optional<Completion> completionNamed(QStringView text)
{
    return valueIn(completions, text);
}
std::optional<QuestionType> questionTypeNamed(QStringView text)
{
    return valueIn(questionTypes, text);
}

const Section *Course::findSection(qint64 sectionId) const
{
    for (const Section &section : sections) {
        if (section.id == sectionId)
            return &section;
    }
    return nullptr;
}

const Lesson *Course::findLesson(qint64 lessonId) const
{
    for (const Section &section : sections) {
        for (const Lesson &lesson : section.lessons) {
            if (lesson.id == lessonId)
                return &lesson;
        }
    }
    return nullptr;
}

} // namespace coursedesk::refserver::model

#include "domain/Enums.h"

#include "domain/WireNames.h"

namespace coursedesk {

namespace {

constexpr auto courseTypes = wireNames<CourseType>({
    {CourseType::SelfPaced, u"self-paced"},
    {CourseType::Structured, u"structured"},
    {CourseType::Scheduled, u"scheduled"},
    {CourseType::Unknown, u"unknown"},
});
constexpr auto joinStatuses = wireNames<JoinStatus>({
    {JoinStatus::None, u""},
    {JoinStatus::Creator, u"creator"},
    {JoinStatus::Manager, u"manager"},
    {JoinStatus::Joined, u"joined"},
    {JoinStatus::Invited, u"invited"},
    {JoinStatus::Requested, u"requested"},
    {JoinStatus::PaymentWaiting, u"payment_waiting"},
    {JoinStatus::Unknown, u"unknown"},
});
constexpr auto roles = wireNames<Role>({
    {Role::Outsider, u"outsider"},
    {Role::Learner, u"learner"},
    {Role::Instructor, u"instructor"},
});
constexpr auto lessonTypes = wireNames<LessonType>({
    {LessonType::Lesson, u"lesson"},
    {LessonType::Quiz, u"quiz"},
    {LessonType::Unknown, u"unknown"},
});
constexpr auto lessonStatuses = wireNames<LessonStatus>({
    {LessonStatus::Draft, u"draft"},
    {LessonStatus::Published, u"published"},
    {LessonStatus::Unknown, u"unknown"},
});
constexpr auto completions = wireNames<Completion>({
    {Completion::Uncompleted, u"uncompleted"},
    {Completion::Completed, u"completed"},
    {Completion::Failed, u"failed"},
    {Completion::Unknown, u"unknown"},
});
constexpr auto questionTypes = wireNames<QuestionType>({
    {QuestionType::SingleChoice, u"single_choice"},
    {QuestionType::MultiChoice, u"multi_choice"},
    {QuestionType::Unknown, u"unknown"},
});

} // namespace

Role roleOf(JoinStatus status)
{
    switch (status) {
    case JoinStatus::Creator:
    case JoinStatus::Manager:
        return Role::Instructor;
    case JoinStatus::Joined:
        return Role::Learner;
    case JoinStatus::None:
    case JoinStatus::Invited:
    case JoinStatus::Requested:
    case JoinStatus::PaymentWaiting:
    case JoinStatus::Unknown:
        break;
    }
    return Role::Outsider;
}

QString toWire(CourseType value) { return courseTypes.name(value); }
QString toWire(JoinStatus value) { return joinStatuses.name(value); }
QString toWire(Role value) { return roles.name(value); }
QString toWire(LessonType value) { return lessonTypes.name(value); }
QString toWire(LessonStatus value) { return lessonStatuses.name(value); }
QString toWire(Completion value) { return completions.name(value); }
QString toWire(QuestionType value) { return questionTypes.name(value); }

std::optional<CourseType> courseTypeFromWire(QStringView text) { return courseTypes.value(text); }
std::optional<JoinStatus> joinStatusFromWire(QStringView text) { return joinStatuses.value(text); }
std::optional<LessonType> lessonTypeFromWire(QStringView text) { return lessonTypes.value(text); }
std::optional<LessonStatus> lessonStatusFromWire(QStringView text) { return lessonStatuses.value(text); }
std::optional<Completion> completionFromWire(QStringView text) { return completions.value(text); }
std::optional<QuestionType> questionTypeFromWire(QStringView text) { return questionTypes.value(text); }

CourseType courseTypeOrUnknown(QStringView text) { return courseTypes.value(text).value_or(CourseType::Unknown); }
JoinStatus joinStatusOrUnknown(QStringView text) { return joinStatuses.value(text).value_or(JoinStatus::Unknown); }
LessonType lessonTypeOrUnknown(QStringView text) { return lessonTypes.value(text).value_or(LessonType::Unknown); }
LessonStatus lessonStatusOrUnknown(QStringView text)
{
    return lessonStatuses.value(text).value_or(LessonStatus::Unknown);
}
Completion completionOrUnknown(QStringView text) { return completions.value(text).value_or(Completion::Unknown); }
QuestionType questionTypeOrUnknown(QStringView text)
{
    return questionTypes.value(text).value_or(QuestionType::Unknown);
}

} // namespace coursedesk

#include "domain/Enums.h"

#include <array>
#include <utility>

namespace coursedesk {

namespace {

template <typename E, std::size_t N>
using WireTable = std::array<std::pair<E, const char16_t *>, N>;

constexpr WireTable<CourseType, 4> courseTypes{{
    {CourseType::SelfPaced, u"self-paced"},
    {CourseType::Structured, u"structured"},
    {CourseType::Scheduled, u"scheduled"},
    {CourseType::Unknown, u"unknown"},
}};
constexpr WireTable<JoinStatus, 8> joinStatuses{{
    {JoinStatus::None, u""},
    {JoinStatus::Creator, u"creator"},
    {JoinStatus::Manager, u"manager"},
    {JoinStatus::Joined, u"joined"},
    {JoinStatus::Invited, u"invited"},
    {JoinStatus::Requested, u"requested"},
    {JoinStatus::PaymentWaiting, u"payment_waiting"},
    {JoinStatus::Unknown, u"unknown"},
}};
constexpr WireTable<Role, 3> roles{{
    {Role::Outsider, u"outsider"},
    {Role::Learner, u"learner"},
    {Role::Instructor, u"instructor"},
}};
constexpr WireTable<LessonType, 3> lessonTypes{{
    {LessonType::Lesson, u"lesson"},
    {LessonType::Quiz, u"quiz"},
    {LessonType::Unknown, u"unknown"},
}};
constexpr WireTable<LessonStatus, 3> lessonStatuses{{
    {LessonStatus::Draft, u"draft"},
    {LessonStatus::Published, u"published"},
    {LessonStatus::Unknown, u"unknown"},
}};
constexpr WireTable<Completion, 4> completions{{
    {Completion::Uncompleted, u"uncompleted"},
    {Completion::Completed, u"completed"},
    {Completion::Failed, u"failed"},
    {Completion::Unknown, u"unknown"},
}};
constexpr WireTable<QuestionType, 3> questionTypes{{
    {QuestionType::SingleChoice, u"single_choice"},
    {QuestionType::MultiChoice, u"multi_choice"},
    {QuestionType::Unknown, u"unknown"},
}};

template <typename E, std::size_t N>
QString nameOf(const WireTable<E, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const WireTable<E, N> &table, QStringView text)
{
    for (const auto &[e, name] : table) {
        if (text == QStringView(name))
            return e;
    }
    return std::nullopt;
}

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

QString toWire(CourseType value) { return nameOf(courseTypes, value); }
QString toWire(JoinStatus value) { return nameOf(joinStatuses, value); }
QString toWire(Role value) { return nameOf(roles, value); }
QString toWire(LessonType value) { return nameOf(lessonTypes, value); }
QString toWire(LessonStatus value) { return nameOf(lessonStatuses, value); }
QString toWire(Completion value) { return nameOf(completions, value); }
QString toWire(QuestionType value) { return nameOf(questionTypes, value); }

std::optional<CourseType> courseTypeFromWire(QStringView text) { return valueOf(courseTypes, text); }
std::optional<JoinStatus> joinStatusFromWire(QStringView text) { return valueOf(joinStatuses, text); }
std::optional<LessonType> lessonTypeFromWire(QStringView text) { return valueOf(lessonTypes, text); }
std::optional<LessonStatus> lessonStatusFromWire(QStringView text) { return valueOf(lessonStatuses, text); }
std::optional<Completion> completionFromWire(QStringView text) { return valueOf(completions, text); }
std::optional<QuestionType> questionTypeFromWire(QStringView text) { return valueOf(questionTypes, text); }

CourseType courseTypeOrUnknown(QStringView text) { return valueOf(courseTypes, text).value_or(CourseType::Unknown); }
JoinStatus joinStatusOrUnknown(QStringView text) { return valueOf(joinStatuses, text).value_or(JoinStatus::Unknown); }
LessonType lessonTypeOrUnknown(QStringView text) { return valueOf(lessonTypes, text).value_or(LessonType::Unknown); }
LessonStatus lessonStatusOrUnknown(QStringView text)
{
    return valueOf(lessonStatuses, text).value_or(LessonStatus::Unknown);
}
Completion completionOrUnknown(QStringView text) { return valueOf(completions, text).value_or(Completion::Unknown); }
QuestionType questionTypeOrUnknown(QStringView text)
{
    return valueOf(questionTypes, text).value_or(QuestionType::Unknown);
}

} // namespace coursedesk

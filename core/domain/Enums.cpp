#include "domain/Enums.h"

#include <array>
#include <utility>

namespace coursedesk {

namespace {

template <typename E, std::size_t N>
using WireTable = std::array<std::pair<E, const char16_t *>, N>;

constexpr WireTable<CourseType, 3> courseTypes{{
    {CourseType::SelfPaced, u"self-paced"},
    {CourseType::Structured, u"structured"},
    {CourseType::Scheduled, u"scheduled"},
}};
constexpr WireTable<JoinStatus, 6> joinStatuses{{
    {JoinStatus::None, u""},
    {JoinStatus::Creator, u"creator"},
    {JoinStatus::Manager, u"manager"},
    {JoinStatus::Joined, u"joined"},
    {JoinStatus::Invited, u"invited"},
    {JoinStatus::Requested, u"requested"},
}};
constexpr WireTable<Role, 3> roles{{
    {Role::Outsider, u"outsider"},
    {Role::Learner, u"learner"},
    {Role::Instructor, u"instructor"},
}};
constexpr WireTable<LessonType, 2> lessonTypes{{
    {LessonType::Lesson, u"lesson"},
    {LessonType::Quiz, u"quiz"},
}};
constexpr WireTable<LessonStatus, 2> lessonStatuses{{
    {LessonStatus::Draft, u"draft"},
    {LessonStatus::Published, u"published"},
}};
constexpr WireTable<Completion, 3> completions{{
    {Completion::Uncompleted, u"uncompleted"},
    {Completion::Completed, u"completed"},
    {Completion::Failed, u"failed"},
}};
constexpr WireTable<QuestionType, 2> questionTypes{{
    {QuestionType::SingleChoice, u"single_choice"},
    {QuestionType::MultiChoice, u"multi_choice"},
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

} // namespace coursedesk

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace coursedesk {

enum class CourseType
{
    SelfPaced,  // everything available at once
    Structured, // sections drip drip_delay days after the learner joined
    Scheduled,  // sections drip at the section's dripped_at
};

enum class JoinStatus
{
    None, // JSON null: not a member
    Creator,
    Manager,
    Joined,
    Invited,
    Requested,
};

// What a join status means for access.
enum class Role
{
    Outsider,   // not joined (none, invited, requested): everything is refused
    Learner,    // joined: the access rules apply
    Instructor, // creator or manager: the rules are bypassed
};

enum class LessonType : quint8
{
    Lesson,
    Quiz,
};

enum class LessonStatus : quint8
{
    Draft,
    Published,
};

enum class Completion : quint8
{
    Uncompleted,
    Completed,
    Failed, // a quiz attempted and not passed: not completed
};

enum class QuestionType
{
    SingleChoice,
    MultiChoice,
};

Role roleOf(JoinStatus status);

// Wire names, exactly as api-contract.md spells them.
QString toWire(CourseType value);
QString toWire(JoinStatus value); // None -> empty string (JSON null)
QString toWire(Role value);
QString toWire(LessonType value);
QString toWire(LessonStatus value);
QString toWire(Completion value);
QString toWire(QuestionType value);

std::optional<CourseType> courseTypeFromWire(QStringView text);
std::optional<JoinStatus> joinStatusFromWire(QStringView text); // empty -> None
std::optional<LessonType> lessonTypeFromWire(QStringView text);
std::optional<LessonStatus> lessonStatusFromWire(QStringView text);
std::optional<Completion> completionFromWire(QStringView text);
std::optional<QuestionType> questionTypeFromWire(QStringView text);

} // namespace coursedesk

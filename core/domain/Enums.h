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
    Unknown,    // a type this version does not know: the server's locks are trusted
};

enum class JoinStatus
{
    None, // JSON null: not a member
    Creator,
    Manager,
    Joined,
    Invited,
    Requested,
    PaymentWaiting, // the platform's paid courses: joined once paid
    Unknown,        // a status this version does not know: treated as not a member
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
    Unknown, // listed, cannot be opened in this version; counts in progress only when the server says completed
};

enum class LessonStatus : quint8
{
    Draft,
    Published,
    Unknown, // neither draft nor published: never open to learners, never counted
};

enum class Completion : quint8
{
    Uncompleted,
    Completed,
    Failed,  // a quiz attempted and not passed: not completed
    Unknown, // not completed
};

enum class QuestionType
{
    SingleChoice,
    MultiChoice,
    Unknown, // cannot be answered in this version
};

Role roleOf(JoinStatus status);

// Wire names, exactly as api-contract.md spells them. Enumerations grow on real servers (api-contract.md,
// "What a platform server does differently", point 7): a value this version does not know reads as Unknown
// (fromWireOrUnknown), whose own name "unknown" is what the cache keeps.
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

// Server data: an unknown value is Unknown, never an error (the page or course that carries it is kept).
CourseType courseTypeOrUnknown(QStringView text);
JoinStatus joinStatusOrUnknown(QStringView text);
LessonType lessonTypeOrUnknown(QStringView text);
LessonStatus lessonStatusOrUnknown(QStringView text);
Completion completionOrUnknown(QStringView text);
QuestionType questionTypeOrUnknown(QStringView text);

} // namespace coursedesk

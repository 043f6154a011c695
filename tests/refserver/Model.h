#pragma once

// The reference server's own data model, written from the platform's docs (platform-docs/apireference/v2/schemas)
// and api-contract.md. It shares nothing with the client's core/domain on purpose: a test passes only when two
// independent implementations agree. Its own namespace keeps its names (Course, Lesson, JoinStatus, …) apart from
// the client's in a file that uses both, as the integration tests do; User, Membership and AttemptRecord, the
// types of the test-facing Store, are also named in coursedesk::refserver.
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace coursedesk::refserver::model {

// Course.type: self-paced (all content at once), structured (sections drip drip_delay days after joining),
// scheduled (sections drip at their dripped_at).
enum class CourseType
{
    SelfPaced,
    Structured,
    Scheduled,
};

// Course.join_status; the SDK's types add payment_waiting to the documented values. None is JSON null.
enum class JoinStatus
{
    None,
    Creator,
    Manager,
    Joined,
    Invited,
    Requested,
    PaymentWaiting,
};

enum class LessonStatus
{
    Draft,
    Published,
};

// Course User Lesson Detail.completion_status, and Course Quiz Attempt.result.
enum class Completion
{
    Uncompleted,
    Completed,
    Failed,
};

enum class QuestionType
{
    SingleChoice,
    MultiChoice,
};

// Enumeration <-> wire text, one table per enumeration (Model.cpp). Unknown text gives nullopt.
QString wireName(CourseType value);
QString wireName(JoinStatus value); // empty for None (the server writes null)
QString wireName(LessonStatus value);
QString wireName(Completion value);
QString wireName(QuestionType value);
std::optional<CourseType> courseTypeNamed(QStringView text);
std::optional<JoinStatus> joinStatusNamed(QStringView text);
std::optional<LessonStatus> lessonStatusNamed(QStringView text);
std::optional<Completion> completionNamed(QStringView text);
std::optional<QuestionType> questionTypeNamed(QStringView text);

// Lesson types and course privacy grow (a platform may send a value this server never heard of): they are kept as
// the wire text. These are the documented values.
namespace lessonType {
inline const QString lesson = QStringLiteral("lesson");
inline const QString quiz = QStringLiteral("quiz");
} // namespace lessonType

struct User final
{
    qint64 id = 0;
    QString username;
    QString realName;
};

// Course Quiz Question Answer. `correct` is shown to creators and managers only.
struct Answer final
{
    qint64 id = 0;
    QString text;
    bool correct = false;
};

// Course Quiz Question.
struct Question final
{
    qint64 id = 0;
    QuestionType type = QuestionType::SingleChoice;
    QString text;
    QString image; // empty: null
    QList<Answer> answers;
};

// Media (apireference/v2/schemas/media.md): what a lesson read lists under `medias` in the platform dialect.
struct Media final
{
    qint64 id = 0;
    QString type; // image, url, embed, eimage, doc, share
    QString title;
    QString description;
    QString url;
    QString image;
    int imageWidth = 0;
    int imageHeight = 0;
    int order = 0;
    QDateTime addedAt;
};

// Course Lesson: the outline fields and the body (html, quiz questions, medias).
struct Lesson final
{
    qint64 id = 0;
    qint64 sectionId = 0;
    QString name;
    QString type = lessonType::lesson;
    LessonStatus status = LessonStatus::Published;
    bool commentsEnabled = false;
    QString html;
    int passingGrade = 60;
    QList<Question> questions;
    QList<Media> medias;

    bool isQuiz() const { return type == lessonType::quiz; }
    bool isPublished() const { return status == LessonStatus::Published; }
};

// Course Section: lessons in lessons_order.
struct Section final
{
    qint64 id = 0;
    QString name;
    QDateTime drippedAt;   // scheduled courses
    int dripDelayDays = 0; // structured courses
    QList<Lesson> lessons;
};

// A course's content: sections in sections_order, no user state.
struct Course final
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString description;
    CourseType type = CourseType::SelfPaced;
    QString privacy; // "", open, private, secret
    bool enforceLessonsOrder = false;
    QDateTime createdAt;
    qint64 createdBy = 0;
    QList<Section> sections;

    const Section *findSection(qint64 sectionId) const;
    const Lesson *findLesson(qint64 lessonId) const;
};

// One user's place in one course.
struct Membership final
{
    qint64 userId = 0;
    qint64 courseId = 0;
    JoinStatus status = JoinStatus::None;
    QDateTime joinedAt;
    QDateTime lastActiveAt;
    QString enrollmentId; // the contract's enrollment endpoint
};

// One answer of a quiz attempt request: {"question_id": N, "selected_options": [answer ids]}.
struct Response final
{
    qint64 questionId = 0;
    QList<qint64> selected;
};

// How one question of an attempt went.
struct QuestionResult final
{
    qint64 questionId = 0;
    QList<qint64> selected;
    bool correct = false;
};

// Course Quiz Attempt.
struct Attempt final
{
    qint64 id = 0;
    qint64 lessonId = 0;
    QDateTime createdAt;
    int grade = 0;
    Completion result = Completion::Uncompleted;
    int passingGrade = 60;
    int correctResponses = 0;
    int numAttempts = 0;
    QList<QuestionResult> questions;
};

// Course Comment (schemas/course_comment.md): a comment under a lesson. `parent` 0 is a first-level comment;
// replies name their first-level comment as parent, and `inReplyTo` the reply they answer (same parent).
// The learner writes `text`; the server keeps it as `html` (escaped, paragraphs and line breaks).
struct Comment final
{
    qint64 id = 0;
    qint64 courseId = 0;
    qint64 sectionId = 0;
    qint64 lessonId = 0;
    qint64 userId = 0;
    qint64 parentId = 0;
    qint64 inReplyTo = 0;
    QString html;
    QDateTime createdAt;
};

// A user's lesson states in one course; a lesson absent from the map is uncompleted.
using LessonStates = QHash<qint64, Completion>;

// One stored attempt: who, where, under which Idempotency-Key (recorded in both dialects, honoured in the
// contract's only), and the graded attempt itself.
struct AttemptRecord final
{
    qint64 userId = 0;
    qint64 courseId = 0;
    qint64 sectionId = 0;
    QString idempotencyKey; // empty when the client sent none
    QByteArray bodyHash;
    Attempt attempt;
};

} // namespace coursedesk::refserver::model

namespace coursedesk::refserver {
using model::AttemptRecord;
using model::Membership;
using model::User;
} // namespace coursedesk::refserver

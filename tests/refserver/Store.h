#pragma once

#include "Model.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

namespace coursedesk::refserver {

// One learner of a bulk seed: a new user (password = username) joined to a course, with completed lessons.
struct CrowdMember final
{
    QString username;
    QString realName;
    QDateTime joinedAt;
    QDateTime lastActiveAt;
    QList<qint64> completedLessons;
};

// The server's own SQLite state, on its own connection: users, course content (tables mirroring Model.h),
// memberships, completion records (one row per completed lesson), failed quizzes, attempts and tokens.
class Store final
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // An empty path opens an in-memory database.
    Status open(const QString &filePath);
    QSqlDatabase db() const;
    bool transaction();
    bool commit();

    // Users.
    Result<User> addUser(const QString &username, const QString &password, const QString &realName);
    std::optional<User> user(qint64 id) const;
    std::optional<User> userByName(const QString &username) const;
    std::optional<User> checkPassword(const QString &username, const QString &password) const;

    // Content. addCourse stores the structure and every lesson body it carries (html, questions, answers).
    Status addCourse(const model::Course &course);
    bool hasCourse(qint64 courseId) const;
    QList<qint64> courseIds() const;
    // The structure (sections, lessons in order) without user state and without lesson bodies.
    std::optional<model::Course> course(qint64 courseId) const;
    // Fills html, passing grade, questions (with the correct answers) and medias of one lesson.
    bool loadBody(model::Lesson &lesson) const;
    QDateTime lessonCreatedAt(qint64 lessonId) const;
    // A media of any lesson, by id.
    std::optional<model::Media> media(qint64 mediaId) const;
    Status setLessonStatus(qint64 courseId, qint64 lessonId, model::LessonStatus status);
    Status removeLesson(qint64 courseId, qint64 lessonId);
    Status renameLesson(qint64 courseId, qint64 lessonId, const QString &name);
    // Whether a course has a picture (schemas/course.md: image_bigger, image_big, image_medium, image_small).
    Status setCover(qint64 courseId, bool hasCover);
    bool hasCover(qint64 courseId) const;

    // Memberships.
    Status join(const Membership &membership);
    std::optional<Membership> membership(qint64 userId, qint64 courseId) const;
    std::optional<Membership> membershipByEnrollment(const QString &enrollmentId) const;
    QList<Membership> members(qint64 courseId) const;
    // One page of a course's members with their users, filtered, ordered and sliced by SQLite (a course may have
    // 100,000 members): `orderBy` joined_at or last_active_at (unknown times first when ascending), then user id;
    // `search` matches username or real name, case-insensitively (ASCII); `statuses` nullopt: every status.
    struct MemberPage
    {
        int count = 0; // across all pages
        QList<std::pair<Membership, User>> members;
    };
    MemberPage memberPage(qint64 courseId, const std::optional<QStringList> &statuses, const QString &search,
                          const QString &orderBy, bool descending, qsizetype limit, qsizetype offset) const;
    QList<Membership> membershipsOf(qint64 userId) const;
    void touch(qint64 userId, qint64 courseId, const QDateTime &now);
    // Many new users joined to one course at once, in one transaction with statements prepared once.
    Status addCrowd(qint64 courseId, const QList<CrowdMember> &crowd);

    // Progress (StoreProgress.cpp). Lessons absent from the map are uncompleted.
    model::LessonStates lessonStates(qint64 userId, qint64 courseId) const;
    // Every member's lesson states of a course at once, for dashboards.
    QHash<qint64, model::LessonStates> courseStates(qint64 courseId) const;
    bool isCompleted(qint64 userId, qint64 lessonId) const;
    // Inserts the completion record unless there is one (never a duplicate); clears a failure. True if inserted.
    Result<bool> markCompleted(qint64 userId, qint64 courseId, qint64 lessonId, const QDateTime &at);
    // Removes the completion record, if any. True if one was removed.
    Result<bool> markUncompleted(qint64 userId, qint64 lessonId);
    // A failed quiz: no completion record, a failure row.
    Status markFailed(qint64 userId, qint64 courseId, qint64 lessonId, const QDateTime &at);
    int completionRecordCount() const;

    // Attempts (StoreProgress.cpp).
    Result<qint64> addAttempt(const AttemptRecord &record);
    std::optional<AttemptRecord> attempt(qint64 attemptId) const;
    std::optional<AttemptRecord> attemptByKey(qint64 userId, const QString &key) const;
    std::optional<AttemptRecord> lastAttempt(qint64 userId, qint64 lessonId) const;
    int attemptCount(qint64 userId, qint64 lessonId) const;
    QList<AttemptRecord> attemptsOfCourse(qint64 courseId) const; // newest first
    int attemptTotal() const;

    // Lesson comments (StoreComments.cpp; branch comments).
    Result<qint64> addComment(const model::Comment &comment);
    std::optional<model::Comment> comment(qint64 commentId) const;
    // A lesson's comments under `parentId` (0: the first-level ones), by created_at then id.
    QList<model::Comment> lessonComments(qint64 lessonId, qint64 parentId, bool descending) const;
    // Every comment of a course, first-level and replies, oldest first.
    QList<model::Comment> courseComments(qint64 courseId) const;
    Status updateComment(qint64 commentId, const QString &html);
    // Removes the comment and its replies.
    Status removeComment(qint64 commentId);
    int commentTotal() const;
    // Everything a lesson's comment lists are made of (its comments with their authors' names), in one query and no
    // encoding: what the lists' ETag is computed from (branch comments2). nullopt when it cannot be read.
    std::optional<QByteArray> lessonCommentsState(qint64 lessonId) const;
    std::optional<QByteArray> courseCommentsState(qint64 courseId) const; // every lesson's, for the course list
    // When a lesson's newest comment was written (null: none), for its lists' Last-Modified.
    QDateTime lessonCommentsNewest(qint64 lessonId) const;

private:
    bool loadMedias(model::Lesson &lesson) const;
    std::optional<AttemptRecord> attemptWhere(const QString &condition, const QVariantList &values) const;

    QString m_connectionName;
    // The structure of each course read (course()), as a real server keeps it in memory: a lesson request must
    // not read 5,000 rows. Every write to a course's sections or lessons drops its entry.
    mutable QHash<qint64, model::Course> m_courses;
};

// Runs a prepared statement; logs and returns false on failure.
bool execLogged(QSqlQuery &query, const char *what);
// A membership from a row of user_id, course_id, join_status, joined_at, last_active_at, enrollment_id.
Membership membershipFrom(const QSqlQuery &q);

} // namespace coursedesk::refserver

#pragma once

#include "CourseReads.h"
#include "Reply.h"
#include "Router.h"
#include "ServerContext.h"

namespace coursedesk::refserver {

class InstructorApi;

// The learner side: tokens, the current user, courses (view=user, edit, dashboard; user=<id> for instructors),
// lessons, the progress calls (the enrollment-style one in the contract dialect only) and quiz attempts.
// Access decisions are the server's own rules (Rules.h), grades its own grading (Grading.h).
class LearnerApi final
{
public:
    LearnerApi(ServerContext &context, const CourseReads &reads, const InstructorApi &instructor);

    void addRoutes(Router &router);

private:
    // The lesson a progress call or read is about: authenticated user, their course view, the lesson.
    struct Target
    {
        User user;
        CourseView view;
        model::Lesson lesson;
    };
    Outcome<Target> target(const QHttpServerRequest &request, qint64 courseId, qint64 sectionId, qint64 lessonId,
                           bool enforceAccess) const;

    Reply me(const QHttpServerRequest &request) const;
    // The files of the seed's medias (platform dialect): public, like a platform's media storage.
    Reply coverFile(qint64 courseId, const QString &name, const QHttpServerRequest &request) const;
    Reply mediaFile(qint64 mediaId, const QString &name, const QHttpServerRequest &request) const;
    Reply courses(const QHttpServerRequest &request) const;
    Reply course(qint64 courseId, const QHttpServerRequest &request) const;
    // view=user&user=<id>: one member's Course User Detail, for the course's creator and managers.
    Reply learnerCourse(const User &reader, const CourseView &readerView, const QString &userText) const;
    Reply lesson(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request) const;
    Reply complete(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request);
    Reply incomplete(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request);
    Reply enrollmentComplete(const QString &enrollmentId, const QString &lessonId, const QHttpServerRequest &request);
    Reply attempt(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request);
    Reply readAttempt(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 attemptId,
                      const QHttpServerRequest &request) const;

    ServerContext &m_context;
    const CourseReads &m_reads;
    const InstructorApi &m_instructor;
};

} // namespace coursedesk::refserver

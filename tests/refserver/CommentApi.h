#pragma once

#include "CourseReads.h"
#include "Reply.h"
#include "Router.h"
#include "ServerContext.h"

namespace coursedesk::refserver {

// Lesson comments, from the platform's docs (apireference/v2/course/*comment*, schemas/course_comment.md):
// - GET    …/lesson/{id}/comment/?limit&offset&parent&ordering  first-level comments, or the replies of `parent`;
//          a lesson whose comments_enabled is false answers an empty page;
// - POST   …/lesson/{id}/comment/ {"text", "parent", "in_reply_to"}  201 Course Comment; a reply's parent is a
//          first-level comment of the lesson, and in_reply_to (if any) a comment with that same parent;
// - PUT/PATCH …/comment/{id}/ {"text"}  200; DELETE …/comment/{id}/  204 (its replies go with it): the author,
//          the creator or a manager;
// - GET /api/v2/course/{id}/comment/  creators and managers: every first-level comment, grouped by lesson in the
//          course's order, newest first within a lesson, with `replies` and `extras` (course, section, lesson).
// Reading and writing need membership and, for learners, the access rules (Rules.h) and comments_enabled.
// Both dialects answer the same shapes; errors are the dialect's (Errors). A lesson list has an ETag and
// Last-Modified and answers If-None-Match / If-Modified-Since with 304 (Validation), in both dialects; so does the
// course list, whose tag covers the whole course (a new comment on any page changes every page's tag).
class CommentApi final
{
public:
    CommentApi(ServerContext &context, const CourseReads &reads)
        : m_context(context)
        , m_reads(reads)
    {}

    void addRoutes(Router &router);

    // The learner's text as the server keeps it: HTML-escaped, a paragraph per blank-line-separated block,
    // line breaks as <br>.
    static QString htmlOf(const QString &text);

private:
    struct Where
    {
        User user;
        CourseView view;
        model::Lesson lesson;
    };
    Outcome<Where> where(const QHttpServerRequest &request, qint64 courseId, qint64 sectionId, qint64 lessonId,
                         bool enforceAccess) const;
    // The comment `commentId` of this lesson that the user may change (author, creator or manager).
    Outcome<model::Comment> ownComment(const Where &where, qint64 commentId) const;

    Reply list(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request) const;
    Reply create(qint64 courseId, qint64 sectionId, qint64 lessonId, const QHttpServerRequest &request);
    Reply update(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 commentId,
                 const QHttpServerRequest &request);
    Reply remove(qint64 courseId, qint64 sectionId, qint64 lessonId, qint64 commentId,
                 const QHttpServerRequest &request);
    Reply courseList(qint64 courseId, const QHttpServerRequest &request) const;
    Reply courseListPage(const model::Course &course, const Page &page, const QHttpServerRequest &request) const;

    // Course Comment; `latest_reply` for first-level comments of a lesson list.
    QJsonObject encode(const model::Comment &comment, bool withLatestReply) const;
    QJsonObject extras(const model::Course &course, const model::Comment &comment) const;

    ServerContext &m_context;
    const CourseReads &m_reads;
    // The lesson lists' validators, apart from the bodies' and files' (counters().notModified counts those only).
    mutable Validation m_validation;
};

} // namespace coursedesk::refserver

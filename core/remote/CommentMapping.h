#pragma once

#include "domain/Comment.h"
#include "domain/Result.h"

#include <QJsonObject>

namespace coursedesk {

// The platform's Course Comment (schemas/course_comment.md) to LessonComment, and the bodies of the comment writes.
// `created_by` is a User Minimal object (or, from a server that sends ids, an id); `parent` and `in_reply_to` are
// ids or null; `latest_reply` (lesson reads) gives latestReplyId; `extras` (the course-wide list) names the section
// and the lesson, and there the comment's own place comes from `extras` when the caller does not know it.
class CommentMapping final
{
public:
    struct Place
    {
        qint64 courseId = 0;
        qint64 sectionId = 0;
        qint64 lessonId = 0;
    };

    static Result<LessonComment> comment(const QJsonObject &json, const Place &place);
    // The course-wide list's row: the first-level comment, then its `replies`, flattened (each with `extras`, or
    // the first-level comment's when a reply has none).
    static Result<QList<LessonComment>> thread(const QJsonObject &json, qint64 courseId);

    // {"text", "parent", "in_reply_to"}; parent and in_reply_to only when not 0.
    static QJsonObject createRequest(const QString &text, qint64 parentId, qint64 inReplyTo);
    static QJsonObject updateRequest(const QString &text);
};

} // namespace coursedesk

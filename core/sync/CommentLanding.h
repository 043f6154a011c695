#pragma once

#include "domain/Comment.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace coursedesk {

// Did a comment whose reply was lost reach the server? (The platform documents no idempotency for comment writes;
// api-contract.md, "What a platform server does differently", points 3 and 11.) The same question AttemptLanding
// asks of quiz attempts, asked of the lesson's comments read back (newest first, under the same parent) before a
// create that was sent once is sent again. The comment landed when the server holds one that
//   1. is not already known here as another of our comments (the learner may have written the same words twice),
//   2. was written by us (the author's id; by username when the server gives no id),
//   3. sits under the same parent (0: a new thread) and answers the same reply,
//   4. has our words (CommentText::sameWords: the server keeps them as HTML), and
//   5. was made after we first sent ours: its created_at is no earlier than our first send, in server time, less
//      `clockToleranceSecs` (the server clock is estimated from Date headers). A comment without created_at is not
//      taken: sending again may make a second one, but losing the learner's words is worse.
// Then the server's comment is the answer and nothing is sent again; otherwise the comment is sent again.
// What it cannot tell: the same words by the same learner from another device, within the tolerance before our
// first send, count as ours (nothing is lost: the words are the same).
class CommentLanding final
{
public:
    static constexpr qint64 clockToleranceSecs = 60;

    struct Sent
    {
        CommentAuthor author;
        QString text;
        qint64 parentId = 0;
        qint64 inReplyTo = 0;
        QDateTime firstSentAt;        // server time of the first send
        QSet<qint64> otherComments{}; // server ids of our other comments on this lesson, already answered
    };

    static std::optional<LessonComment> find(const QList<LessonComment> &serverComments, const Sent &sent);
};

} // namespace coursedesk

#include "sync/CommentLanding.h"

namespace coursedesk {

namespace {

bool sameAuthor(const CommentAuthor &theirs, const CommentAuthor &ours)
{
    if (theirs.id != 0 && ours.id != 0)
        return theirs.id == ours.id;
    return !ours.username.isEmpty() && theirs.username == ours.username;
}

} // namespace

std::optional<LessonComment> CommentLanding::find(const QList<LessonComment> &serverComments, const Sent &sent)
{
    if (!sent.firstSentAt.isValid())
        return std::nullopt;
    const QDateTime earliest = sent.firstSentAt.addSecs(-clockToleranceSecs);
    for (const LessonComment &comment : serverComments) {
        if (sent.otherComments.contains(comment.id) || !sameAuthor(comment.author, sent.author))
            continue;
        if (comment.parentId != sent.parentId || (sent.inReplyTo != 0 && comment.inReplyTo != sent.inReplyTo))
            continue;
        if (!CommentText::sameWords(comment.html, sent.text))
            continue;
        if (comment.createdAt.isValid() && comment.createdAt >= earliest)
            return comment;
    }
    return std::nullopt;
}

} // namespace coursedesk

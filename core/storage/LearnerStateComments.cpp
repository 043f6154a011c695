// LearnerState: lesson comments and the comment writes waiting for the server.
#include "storage/LearnerState.h"

#include "storage/CacheDatabase.h"

#include <QCoreApplication>

namespace coursedesk {

using namespace Qt::StringLiterals;

Result<CommentDraft> LearnerState::recordComment(const CommentDraft &draft)
{
    if (m_kind == Kind::Local) {
        return Error{u"local_account"_s,
                     QCoreApplication::translate("coursedesk::LearnerState",
                                                 "Comments are written to a course platform; the sample course has "
                                                 "none.")};
    }
    Result<CommentDraft> queued = m_comments.queue(draft, m_outbox, m_clock.now());
    if (!queued)
        return queued;
    emit commentsChanged(draft.courseId, draft.lessonId);
    emit outboxChanged();
    return queued;
}

Status LearnerState::changePendingComment(qint64 entryId, const QString &text)
{
    Result<std::optional<CommentDraft>> draft = m_comments.draft(entryId);
    if (!draft)
        return draft.error();
    if (!draft->has_value() || (*draft)->state != OutboxState::Pending) {
        return Error{u"not_pending"_s, QCoreApplication::translate("coursedesk::LearnerState",
                                                                   "This comment is already on its way to the "
                                                                   "server; change it once it has arrived.")};
    }
    Status saved = m_comments.changeText(entryId, text);
    if (saved)
        emit commentsChanged((*draft)->courseId, (*draft)->lessonId);
    return saved;
}

Status LearnerState::withdrawComment(qint64 entryId)
{
    Result<std::optional<CommentDraft>> draft = m_comments.draft(entryId);
    if (!draft)
        return draft.error();
    if (!draft->has_value())
        return Error{
            u"unknown_entry"_s,
            QCoreApplication::translate("coursedesk::LearnerState", "There is no queued comment %1.").arg(entryId)};
    Status saved =
        (*draft)->state == OutboxState::Rejected ? m_outbox.dismiss(entryId) : m_outbox.cancelPending(entryId);
    if (!saved)
        return saved;
    emit commentsChanged((*draft)->courseId, (*draft)->lessonId);
    emit outboxChanged();
    return saved;
}

Status LearnerState::keepComments(qint64 courseId, qint64 lessonId, const QList<LessonComment> &comments,
                                  qint64 parentId, bool complete, qint64 readSequence)
{
    Status saved = m_db.transaction([&]() -> Status {
        if (Status stored = m_comments.store(comments, m_clock.now()); !stored)
            return stored;
        if (!complete)
            return success();
        QSet<qint64> ids;
        for (const LessonComment &comment : comments) {
            if (comment.parentId == parentId)
                ids.insert(comment.id);
        }
        return m_comments.keepOnly(lessonId, parentId, ids, readSequence);
    });
    if (saved)
        emit commentsChanged(courseId, lessonId);
    return saved;
}

Status LearnerState::keepThread(const CommentThreadRead &read)
{
    auto keep = [this, &read](QList<LessonComment> comments, qint64 parentId, bool complete) -> Status {
        for (LessonComment &comment : comments) {
            if (comment.sectionName.isEmpty())
                comment.sectionName = read.sectionName;
            if (comment.lessonName.isEmpty())
                comment.lessonName = read.lessonName;
        }
        if (Status stored = m_comments.store(comments, m_clock.now()); !stored)
            return stored;
        QSet<qint64> ids;
        for (const LessonComment &comment : comments) {
            if (comment.parentId == parentId)
                ids.insert(comment.id);
        }
        if (complete)
            return m_comments.keepOnly(read.lessonId, parentId, ids, read.readSequence);
        // A longer thread's first page still tells what was deleted before its last comment.
        if (parentId == 0 && !comments.isEmpty())
            return m_comments.keepOnlyThrough(read.lessonId, ids, comments.last(), read.readSequence);
        return success();
    };
    Status saved = m_db.transaction([&]() -> Status {
        if (Status kept = keep(read.firstLevel, 0, read.complete); !kept)
            return kept;
        for (auto it = read.replies.cbegin(); it != read.replies.cend(); ++it) {
            if (Status kept = keep(it->comments, it.key(), it->complete); !kept)
                return kept;
        }
        return m_comments.setThreadValidators(read.courseId, read.lessonId, read.validators, m_clock.now());
    });
    if (saved)
        emit commentsChanged(read.courseId, read.lessonId);
    return saved;
}

Status LearnerState::applyCommentSent(const OutboxEntry &entry, const std::optional<LessonComment> &comment)
{
    Result<std::optional<CommentDraft>> draft = m_comments.draft(entry.id);
    if (!draft)
        return draft.error();
    Status saved = m_db.transaction([&]() -> Status {
        if (Status done = m_outbox.markDone(entry.id); !done)
            return done;
        if (entry.kind == OutboxKind::CommentDelete)
            return draft->has_value() ? m_comments.remove((*draft)->commentId) : success();
        if (!comment)
            return success();
        if (Status stored = m_comments.store({*comment}, m_clock.now()); !stored)
            return stored;
        return m_comments.setServerId(entry.id, comment->id);
    });
    if (saved) {
        emit commentsChanged(entry.courseId, entry.lessonId);
        emit outboxChanged();
    }
    return saved;
}

} // namespace coursedesk

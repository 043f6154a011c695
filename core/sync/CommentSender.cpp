#include "sync/CommentSender.h"

#include "domain/Logging.h"
#include "storage/LearnerState.h"
#include "sync/CommentLanding.h"

#include <QCoreApplication>

namespace coursedesk {

using namespace Qt::StringLiterals;

void CommentSender::send(const OutboxEntry &entry, Done done)
{
    Result<std::optional<CommentDraft>> found = m_state.comments().draft(entry.id);
    if (!found)
        return done(Outcome{{}, found.error(), {}});
    if (!found->has_value()) {
        // The cache lost the words (damaged): the entry stays queued and the learner is told; nothing is sent.
        return done(Outcome{{},
                            Error{u"comment_missing"_s,
                                  QCoreApplication::translate("coursedesk::SyncEngine",
                                                              "The words of comment %1 are missing from the local "
                                                              "cache.")
                                      .arg(entry.id)},
                            {}});
    }
    const CommentDraft draft = **found;
    auto answered = [done](ApiResult<LessonComment> result) {
        if (!result)
            return done(Outcome{result.error(), {}, {}});
        done(Outcome{{}, {}, *result});
    };
    switch (entry.kind) {
    case OutboxKind::CommentCreate:
        return create(entry, draft, std::move(done));
    case OutboxKind::CommentEdit:
        return m_api.updateComment(entry.courseId, entry.sectionId, entry.lessonId, draft.commentId, draft.text,
                                   answered);
    case OutboxKind::CommentDelete:
        return m_api.deleteComment(entry.courseId, entry.sectionId, entry.lessonId, draft.commentId,
                                   [done](ApiResult<std::monostate> result) {
                                       const bool gone = !result && result.error().kind == ApiError::Kind::Http &&
                                                         result.error().httpStatus == 404;
                                       if (!result && !gone)
                                           return done(Outcome{result.error(), {}, {}});
                                       done(Outcome{});
                                   });
    case OutboxKind::Complete:
    case OutboxKind::Incomplete:
    case OutboxKind::Attempt:
        break;
    }
    done(Outcome{{}, Error{u"not_a_comment"_s, u"outbox entry %1 is not a comment"_s.arg(entry.id)}, {}});
}

void CommentSender::create(const OutboxEntry &entry, const CommentDraft &draft, Done done)
{
    if (!draft.firstSentAt.isValid()) {
        if (Status marked = m_state.comments().markFirstSent(entry.id, m_state.serverClock().now()); !marked)
            return done(Outcome{{}, marked.error(), {}});
        return sendCreate(entry, draft, std::move(done));
    }
    if (m_self)
        return lookFor(entry, draft, *m_self, std::move(done));
    m_api.me([this, entry, draft, done](ApiResult<UserInfo> me) {
        if (!me)
            return done(Outcome{me.error(), {}, {}});
        m_self = CommentAuthor{me->id, me->username, me->realName};
        lookFor(entry, draft, *m_self, done);
    });
}

void CommentSender::lookFor(const OutboxEntry &entry, const CommentDraft &draft, const CommentAuthor &self, Done done)
{
    ApiClient::CommentQuery query;
    query.limit = readBackLimit;
    query.parent = draft.parentId;
    query.newestFirst = true;
    m_api.lessonComments(
        entry.courseId, entry.sectionId, entry.lessonId, query,
        [this, entry, draft, self, done](ApiResult<Page<LessonComment>> page) {
            if (!page) {
                const ApiError &error = page.error();
                if (error.isTransient() || error.isAuthFailure() || error.kind == ApiError::Kind::Cancelled)
                    return done(Outcome{error, {}, {}});
                // The lesson's comments cannot be read (locked, removed): the server's answer to the write decides.
                return sendCreate(entry, draft, done);
            }
            const Result<QSet<qint64>> others = m_state.comments().serverIdsOfOthers(entry.lessonId, entry.id);
            if (!others)
                return done(Outcome{{}, others.error(), {}});
            const std::optional<LessonComment> landed =
                CommentLanding::find(page->results, CommentLanding::Sent{self, draft.text, draft.parentId,
                                                                         draft.inReplyTo, draft.firstSentAt, *others});
            if (!landed) {
                qCInfo(lcSync) << "comment" << entry.id << "did not reach the server: sending it again";
                return sendCreate(entry, draft, done);
            }
            qCInfo(lcSync) << "comment" << entry.id << "had reached the server before its reply was lost";
            done(Outcome{{}, {}, *landed});
        });
}

void CommentSender::sendCreate(const OutboxEntry &entry, const CommentDraft &draft, Done done)
{
    m_api.createComment(entry.courseId, entry.sectionId, entry.lessonId, draft.text, draft.parentId, draft.inReplyTo,
                        [done](ApiResult<LessonComment> result) {
                            if (!result)
                                return done(Outcome{result.error(), {}, {}});
                            done(Outcome{{}, {}, *result});
                        });
}

} // namespace coursedesk

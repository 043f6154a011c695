// LessonComments: the instructor's inbox read incrementally (branch comments2).
#include "session/LessonComments.h"

#include "remote/ApiClient.h"
#include "storage/LearnerState.h"

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

Error fromApi(const ApiError &error)
{
    Error e = error.toError();
    e.message = error.message;
    return e;
}

int firstLevelOf(const QList<LessonComment> &comments)
{
    int count = 0;
    for (const LessonComment &comment : comments)
        count += comment.isReply() ? 0 : 1;
    return count;
}

} // namespace

void LessonComments::refreshInbox(qint64 courseId, FetchDone done, int pageSize)
{
    if (!m_api)
        return done(Error{u"no_server"_s, tr("The sample course has no comments.")});
    const Validators known = m_state.comments().inboxValidators(courseId);
    m_api->courseCommentsIfChanged(
        courseId, pageSize, 0, known,
        [this, courseId, pageSize, done](ApiResult<ApiClient::ConditionalComments> reply) {
            if (!reply)
                return done(fromApi(reply.error()));
            if (!reply->page) {
                CommentFetch unchanged;
                unchanged.unchanged = true;
                return done(unchanged);
            }
            if (Status kept = m_state.keepComments(courseId, 0, reply->page->results, 0, false); !kept)
                return done(kept.error());
            const CommentFetch fetched{reply->page->count, firstLevelOf(reply->page->results)};
            if (!fetched.hasMore() || fetched.loaded == 0) {
                if (Status saved = m_state.comments().setInboxValidators(courseId, reply->validators); !saved)
                    return done(saved.error());
                return done(fetched);
            }
            readInboxPages(courseId, fetched.loaded, pageSize, reply->validators, done);
        });
}

void LessonComments::readInboxPages(qint64 courseId, int offset, int pageSize, Validators first, FetchDone done)
{
    m_api->courseComments(
        courseId, pageSize, offset,
        [this, courseId, offset, pageSize, first, done](ApiResult<Page<LessonComment>> page) {
            if (!page) // the validators stay those of the last complete read: the next open reads again
                return done(fromApi(page.error()));
            if (Status kept = m_state.keepComments(courseId, 0, page->results, 0, false); !kept)
                return done(kept.error());
            const CommentFetch fetched{page->count, offset + firstLevelOf(page->results)};
            if (fetched.hasMore() && fetched.loaded > offset)
                return readInboxPages(courseId, fetched.loaded, pageSize, first, done);
            if (Status saved = m_state.comments().setInboxValidators(courseId, first); !saved)
                return done(saved.error());
            done(fetched);
        });
}

} // namespace coursedesk

#include "session/LessonComments.h"

#include "remote/ApiClient.h"
#include "session/CourseSession.h"
#include "session/LockText.h"
#include "storage/LearnerState.h"

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

// The learner's words as the window shows them before the server has them.
QString htmlOfText(const QString &text)
{
    QStringList paragraphs;
    for (const QString &block : text.trimmed().split(u"\n\n"_s, Qt::SkipEmptyParts))
        paragraphs.append(u"<p>"_s + block.trimmed().toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s);
    return paragraphs.join(QString());
}

Error fromApi(const ApiError &error)
{
    Error e = error.toError();
    e.message = error.message;
    return e;
}

} // namespace

QString CommentItem::html() const
{
    if (draft && draft->kind == OutboxKind::CommentEdit)
        return htmlOfText(draft->text);
    return comment.html;
}

LessonComments::LessonComments(LearnerState &state, const CourseSession &session, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_session(session)
    , m_api(api)
{
    connect(&m_state, &LearnerState::commentsChanged, this, &LessonComments::commentsChanged);
}

CommentAuthor LessonComments::self() const
{
    CommentAuthor self = m_self;
    if (self.id == 0)
        self.id = m_state.comments().selfId(); // learnt by the sync (CommentSync); 0 until then: by name
    return self;
}

Result<QList<CommentItem>> LessonComments::thread(qint64 courseId, qint64 lessonId) const
{
    Q_UNUSED(courseId)
    Result<QList<LessonComment>> cached = m_state.comments().lesson(lessonId);
    if (!cached)
        return cached.error();
    Result<QList<CommentDraft>> drafts = m_state.comments().drafts(lessonId);
    if (!drafts)
        return drafts.error();
    const CommentAuthor me = self();
    QList<CommentItem> items;
    for (const LessonComment &comment : *cached) {
        CommentItem item{comment, std::nullopt, CommentAuthorship::isMine(me, comment.author)};
        for (const CommentDraft &draft : *drafts) {
            if (draft.kind != OutboxKind::CommentCreate && draft.commentId == comment.id)
                item.draft = draft; // the latest write about it
        }
        items.append(item);
    }
    for (const CommentDraft &draft : *drafts) {
        if (draft.kind != OutboxKind::CommentCreate)
            continue;
        LessonComment written;
        written.courseId = draft.courseId;
        written.sectionId = draft.sectionId;
        written.lessonId = draft.lessonId;
        written.parentId = draft.parentId;
        written.inReplyTo = draft.inReplyTo;
        written.html = htmlOfText(draft.text);
        written.createdAt = draft.writtenAt;
        written.author = me;
        const CommentItem item{written, draft, true};
        qsizetype at = items.size();
        if (draft.parentId != 0) { // under its thread, after the replies already there
            for (qsizetype i = 0; i < items.size(); ++i) {
                const LessonComment &c = items.at(i).comment;
                if ((c.id != 0 && c.id == draft.parentId) || c.parentId == draft.parentId)
                    at = i + 1;
            }
        }
        items.insert(at, item);
    }
    return items;
}

void LessonComments::fetch(qint64 courseId, qint64 lessonId, int offset, FetchDone done, int pageSize)
{
    if (!m_api)
        return done(Error{u"no_server"_s, tr("The sample course has no comments.")});
    Result<CourseOutline> outline = m_session.outline(courseId);
    if (!outline)
        return done(outline.error());
    const Lesson *lesson = outline->course.findLesson(lessonId);
    if (!lesson)
        return done(Error{u"unknown_lesson"_s, tr("Course %1 has no lesson %2.").arg(courseId).arg(lessonId)});
    const qint64 sectionId = lesson->sectionId;
    const Result<qint64> sequence = m_state.comments().sequence(); // what the cache held when the read began
    if (!sequence)
        return done(sequence.error());
    ApiClient::CommentQuery query;
    query.limit = pageSize;
    query.offset = offset;
    m_api->lessonComments(
        courseId, sectionId, lessonId, query,
        [this, courseId, sectionId, lessonId, offset, done, seq = *sequence](ApiResult<Page<LessonComment>> page) {
            if (!page)
                return done(fromApi(page.error()));
            const bool complete = offset == 0 && page->results.size() >= page->count;
            if (Status kept = m_state.keepComments(courseId, lessonId, page->results, 0, complete, seq); !kept)
                return done(kept.error());
            QList<qint64> parents;
            for (const LessonComment &comment : page->results) {
                if (comment.latestReplyId != 0)
                    parents.append(comment.id);
            }
            const CommentFetch fetched{page->count, offset + int(page->results.size())};
            fetchReplies(courseId, sectionId, lessonId, parents, fetched, done);
        });
}

void LessonComments::fetchReplies(qint64 courseId, qint64 sectionId, qint64 lessonId, QList<qint64> parents,
                                  CommentFetch fetched, FetchDone done)
{
    if (parents.isEmpty())
        return done(fetched);
    const qint64 parent = parents.takeFirst();
    ApiClient::CommentQuery query;
    query.limit = 100;
    query.parent = parent;
    const Result<qint64> sequence = m_state.comments().sequence();
    const qint64 seq = sequence ? *sequence : 0;
    m_api->lessonComments(courseId, sectionId, lessonId, query, [=, this](ApiResult<Page<LessonComment>> page) {
        if (!page)
            return done(fromApi(page.error()));
        const bool complete = page->results.size() >= page->count;
        if (Status kept = m_state.keepComments(courseId, lessonId, page->results, parent, complete, seq); !kept)
            return done(kept.error());
        fetchReplies(courseId, sectionId, lessonId, parents, fetched, done);
    });
}

Result<LessonComments::Target> LessonComments::writable(qint64 courseId, qint64 lessonId) const
{
    if (!m_api)
        return Error{u"no_server"_s, tr("Comments are written to a course platform; the sample course has none.")};
    Result<CourseOutline> outline = m_session.outline(courseId);
    if (!outline)
        return outline.error();
    const Lesson *lesson = outline->course.findLesson(lessonId);
    if (!lesson)
        return Error{u"unknown_lesson"_s, tr("Course %1 has no lesson %2.").arg(courseId).arg(lessonId)};
    if (!lesson->commentsEnabled)
        return Error{u"comments_disabled"_s, tr("Comments are turned off for '%1'.").arg(lesson->name)};
    const LessonAccess access = outline->access.lesson(lessonId);
    if (!access.isAccessible())
        return Error{u"locked"_s, LockText::lessonLock(access, outline->course)};
    return Target{lesson->sectionId};
}

Result<LessonComment> LessonComments::cachedComment(qint64 lessonId, qint64 commentId) const
{
    Result<std::optional<LessonComment>> found = m_state.comments().comment(commentId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->lessonId != lessonId)
        return Error{
            u"unknown_comment"_s,
            tr("There is no comment %1 under this lesson here; read the lesson's comments first.").arg(commentId)};
    return **found;
}

Result<CommentDraft> LessonComments::write(qint64 courseId, qint64 lessonId, const QString &text, qint64 replyTo)
{
    Result<Target> target = writable(courseId, lessonId);
    if (!target)
        return target.error();
    if (text.trimmed().isEmpty())
        return Error{u"empty_comment"_s, tr("A comment needs some words.")};
    CommentDraft draft;
    draft.kind = OutboxKind::CommentCreate;
    draft.courseId = courseId;
    draft.sectionId = target->sectionId;
    draft.lessonId = lessonId;
    draft.text = text.trimmed();
    if (replyTo != 0) {
        Result<LessonComment> answered = cachedComment(lessonId, replyTo);
        if (!answered)
            return answered.error();
        // Threads are one level deep: a reply to a reply joins its thread and names the reply it answers.
        draft.parentId = answered->isReply() ? answered->parentId : answered->id;
        draft.inReplyTo = answered->isReply() ? answered->id : 0;
    }
    return m_state.recordComment(draft);
}

Result<CommentDraft> LessonComments::edit(qint64 courseId, qint64 lessonId, qint64 commentId, const QString &text)
{
    Result<Target> target = writable(courseId, lessonId);
    if (!target)
        return target.error();
    if (text.trimmed().isEmpty())
        return Error{u"empty_comment"_s, tr("A comment needs some words.")};
    Result<LessonComment> comment = cachedComment(lessonId, commentId);
    if (!comment)
        return comment.error();
    if (!CommentAuthorship::isMine(self(), comment->author))
        return Error{u"not_yours"_s, tr("Only your own comments can be changed.")};
    CommentDraft draft;
    draft.kind = OutboxKind::CommentEdit;
    draft.courseId = courseId;
    draft.sectionId = target->sectionId;
    draft.lessonId = lessonId;
    draft.commentId = commentId;
    draft.text = text.trimmed();
    return m_state.recordComment(draft);
}

Result<CommentDraft> LessonComments::remove(qint64 courseId, qint64 lessonId, qint64 commentId)
{
    Result<Target> target = writable(courseId, lessonId);
    if (!target)
        return target.error();
    Result<LessonComment> comment = cachedComment(lessonId, commentId);
    if (!comment)
        return comment.error();
    Result<CourseOutline> outline = m_session.outline(courseId);
    const bool instructor = outline && outline->course.role() == Role::Instructor;
    if (!CommentAuthorship::isMine(self(), comment->author) && !instructor)
        return Error{u"not_yours"_s, tr("Only your own comments can be deleted.")};
    CommentDraft draft;
    draft.kind = OutboxKind::CommentDelete;
    draft.courseId = courseId;
    draft.sectionId = target->sectionId;
    draft.lessonId = lessonId;
    draft.commentId = commentId;
    return m_state.recordComment(draft);
}

Result<CommentDraft> LessonComments::retry(qint64 entryId)
{
    Result<std::optional<CommentDraft>> found = m_state.comments().draft(entryId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->state != OutboxState::Rejected)
        return Error{u"not_rejected"_s, tr("Only a comment the server refused can be sent again.")};
    CommentDraft again = **found;
    again.entryId = 0;
    again.firstSentAt = {};
    again.reason.clear();
    Result<CommentDraft> queued = m_state.recordComment(again);
    if (!queued)
        return queued;
    if (Status dismissed = m_state.withdrawComment(entryId); !dismissed)
        return dismissed.error();
    return queued;
}

Status LessonComments::withdraw(qint64 entryId)
{
    return m_state.withdrawComment(entryId);
}

void LessonComments::fetchInbox(qint64 courseId, int offset, FetchDone done, int pageSize)
{
    if (!m_api)
        return done(Error{u"no_server"_s, tr("The sample course has no comments.")});
    m_api->courseComments(courseId, pageSize, offset,
                          [this, courseId, offset, done](ApiResult<Page<LessonComment>> page) {
                              if (!page)
                                  return done(fromApi(page.error()));
                              int firstLevel = 0;
                              for (const LessonComment &comment : page->results)
                                  firstLevel += comment.isReply() ? 0 : 1;
                              if (Status kept = m_state.keepComments(courseId, 0, page->results, 0, false); !kept)
                                  return done(kept.error());
                              done(CommentFetch{page->count, offset + firstLevel});
                          });
}

Result<QList<LessonComment>> LessonComments::inbox(qint64 courseId) const
{
    return m_state.comments().course(courseId);
}

Result<QSet<qint64>> LessonComments::readIds(qint64 courseId) const
{
    return m_state.comments().readIds(courseId);
}

Status LessonComments::markRead(const QList<qint64> &commentIds)
{
    return m_state.comments().markRead(commentIds, m_state.clock().now());
}

} // namespace coursedesk

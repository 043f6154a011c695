// coursedesk-cli comments COURSE LESSON [--json] and comment COURSE LESSON TEXT [--reply-to ID] (issue 20).
#include "CliApp.h"

#include "auth/CredentialStore.h"
#include "session/AccountRuntime.h"
#include "session/CourseSession.h"
#include "session/LessonComments.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::CliApp", text);
}

template <typename T, typename Start> T awaitResult(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

QString stateName(const CommentItem &item)
{
    if (item.isRejected())
        return u"rejected"_s;
    if (item.isPending())
        return u"pending"_s;
    return u"sent"_s;
}

QJsonObject itemJson(const CommentItem &item)
{
    const LessonComment &c = item.comment;
    QJsonObject json{
        {u"id"_s, c.id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(c.id)},
        {u"parent"_s, c.parentId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(c.parentId)},
        {u"in_reply_to"_s, c.inReplyTo == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(c.inReplyTo)},
        {u"author"_s, c.author.username},
        {u"author_name"_s, c.author.displayName()},
        {u"created_at"_s, c.createdAt.isValid() ? c.createdAt.toString(Qt::ISODateWithMs) : QString()},
        {u"text"_s, CommentText::plain(item.html())},
        {u"state"_s, stateName(item)},
        {u"mine"_s, item.mine},
    };
    if (item.draft) {
        json.insert(u"entry"_s, item.draft->entryId);
        json.insert(u"change"_s, toWire(item.draft->kind));
        if (item.isRejected())
            json.insert(u"reason"_s, item.draft->reason);
    }
    return json;
}

// One comment, its replies indented under it:
//   #12 Lea Learner, 2026-03-01 12:00 UTC
//     Why should a note carry a date?
QString itemText(const CommentItem &item)
{
    const LessonComment &c = item.comment;
    const QString indent = c.isReply() ? u"    "_s : QString();
    QString head = indent + (c.id != 0 ? u"#%1 "_s.arg(c.id) : QString()) + c.author.displayName();
    if (c.createdAt.isValid())
        head += u", "_s + QLocale::c().toString(c.createdAt.toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s);
    if (item.isRejected()) {
        head += u" "_s +
                QCoreApplication::translate("coursedesk::CliApp",
                                            "[refused: %1; entry %2 keeps the text: 'pending --dismiss %2' drops it]")
                    .arg(item.draft->reason)
                    .arg(item.draft->entryId);
    } else if (item.isPending()) {
        head += u" "_s + (item.draft->kind == OutboxKind::CommentDelete
                              ? QCoreApplication::translate("coursedesk::CliApp", "[to be deleted at the next sync]")
                              : QCoreApplication::translate("coursedesk::CliApp", "[pending: sent at the next sync]"));
    }
    QString out = head + u"\n"_s;
    for (const QString &line : CommentText::plain(item.html()).split(u'\n'))
        out += indent + u"  "_s + line + u"\n"_s;
    return out;
}

} // namespace

int CliApp::cmdComments(const QString &accountName, qint64 courseId, qint64 lessonId, const SignIn &signIn)
{
    Result<Account> account = openAccount(accountName);
    if (!account)
        return refused(account.error());
    LessonComments &comments = m_runtime->comments();
    if (account->local)
        return refused(Error{u"no_server"_s, tr("The sample course has no comments.")});
    const Result<CourseOutline> outline = m_session->outline(courseId);
    if (!outline)
        return refused(outline.error());
    if (!outline->course.findLesson(lessonId))
        return refused(Error{u"unknown_lesson"_s, tr("Course %1 has no lesson %2.").arg(courseId).arg(lessonId)});
    if (!m_offline) {
        // The server's comments, every page, into the cache; without the network, what the cache holds.
        Result<Credentials> credentials = obtainCredentials(*m_runtime->api(), signIn, account->name);
        std::optional<Error> failure;
        if (!credentials) {
            failure = credentials.error();
        } else {
            m_runtime->useCredentials(*credentials);
            int offset = 0;
            for (;;) {
                const Result<CommentFetch> fetched = awaitResult<Result<CommentFetch>>(
                    [&](auto done) { comments.fetch(courseId, lessonId, offset, done, 50); });
                if (!fetched) {
                    failure = fetched.error();
                    break;
                }
                if (!fetched->hasMore() || fetched->loaded <= offset)
                    break;
                offset = fetched->loaded;
            }
        }
        if (failure) {
            if (failure->code == u"unknown_lesson"_s || failure->code.startsWith(u"http_4"_s))
                return refused(*failure);
            m_err << "coursedesk-cli: " << failure->message << "\n"
                  << tr("Showing the comments kept on this computer.") << "\n";
        }
    }
    Result<QList<CommentItem>> thread = comments.thread(courseId, lessonId);
    if (!thread)
        return refused(thread.error());
    if (m_json) {
        QJsonArray list;
        for (const CommentItem &item : *thread)
            list.append(itemJson(item));
        printJson(list);
        return Ok;
    }
    if (thread->isEmpty())
        m_out << tr("No comments yet.") << "\n";
    for (const CommentItem &item : *thread)
        m_out << itemText(item);
    return Ok;
}

int CliApp::cmdComment(const QString &accountName, qint64 courseId, qint64 lessonId, const QString &text,
                       qint64 replyTo)
{
    Result<Account> account = openAccount(accountName);
    if (!account)
        return refused(account.error());
    const Result<CommentDraft> queued = m_runtime->comments().write(courseId, lessonId, text, replyTo);
    if (!queued)
        return refused(queued.error());
    if (m_json) {
        printJson(QJsonObject{
            {u"entry"_s, queued->entryId},
            {u"course"_s, courseId},
            {u"lesson"_s, lessonId},
            {u"parent"_s, queued->parentId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(queued->parentId)},
            {u"state"_s, u"pending"_s}});
    } else {
        m_out << tr("Comment queued (action %1); 'coursedesk-cli sync' sends it.").arg(queued->entryId) << "\n";
    }
    return Ok;
}

} // namespace coursedesk

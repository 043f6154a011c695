#include "remote/CommentMapping.h"

#include "remote/JsonReader.h"

#include <QCoreApplication>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

using Presence = JsonReader::Presence;

QLatin1StringView f(const char *name)
{
    return QLatin1StringView(name);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::CommentMapping", text);
}

} // namespace

Result<LessonComment> CommentMapping::comment(const QJsonObject &json, const Place &place)
{
    JsonReader in(json, tr("comment"));
    LessonComment comment;
    comment.id = in.id();
    comment.courseId = place.courseId;
    comment.sectionId = place.sectionId;
    comment.lessonId = place.lessonId;
    comment.html = in.string(f("html"), Presence::Optional);
    comment.parentId = in.idOrObject(f("parent"), Presence::Optional, tr("parent comment"));
    comment.inReplyTo = in.idOrObject(f("in_reply_to"), Presence::Optional, tr("answered comment"));
    comment.createdAt = in.dateTime(f("created_at"), Presence::Optional);
    if (json.value(u"created_by"_s).isObject()) {
        if (const std::optional<QJsonObject> author = in.object(f("created_by"), Presence::Required)) {
            JsonReader who(*author, tr("author"), in.name());
            comment.author.id = who.id();
            comment.author.username = who.string(f("username"), Presence::Optional);
            comment.author.realName = who.string(f("real_name"), Presence::Optional);
            if (!who.ok())
                in.adopt(*who.error());
        }
    } else {
        comment.author.id = in.integer(f("created_by"), Presence::Optional);
    }
    if (const std::optional<QJsonObject> latest = in.object(f("latest_reply"), Presence::Optional)) {
        JsonReader reply(*latest, tr("reply"), in.name());
        comment.latestReplyId = reply.id();
        if (!reply.ok())
            in.adopt(*reply.error());
    }
    if (const std::optional<QJsonObject> extras = in.object(f("extras"), Presence::Optional)) {
        JsonReader more(*extras, tr("extras"), in.name());
        if (const std::optional<QJsonObject> section = more.object(f("section"), Presence::Optional)) {
            JsonReader s(*section, tr("section"), in.name());
            const qint64 id = s.id();
            comment.sectionId = comment.sectionId != 0 ? comment.sectionId : id;
            comment.sectionName = s.string(f("name"), Presence::Optional);
            if (!s.ok())
                in.adopt(*s.error());
        }
        if (const std::optional<QJsonObject> lesson = more.object(f("lesson"), Presence::Optional)) {
            JsonReader l(*lesson, tr("lesson"), in.name());
            const qint64 id = l.id();
            comment.lessonId = comment.lessonId != 0 ? comment.lessonId : id;
            comment.lessonName = l.string(f("name"), Presence::Optional);
            if (!l.ok())
                in.adopt(*l.error());
        }
        if (!more.ok())
            in.adopt(*more.error());
    }
    if (comment.id <= 0 && in.ok())
        in.fail(f("id"), tr("is not a comment id"));
    if (!in.ok())
        return *in.error();
    return comment;
}

Result<QList<LessonComment>> CommentMapping::thread(const QJsonObject &json, qint64 courseId)
{
    Result<LessonComment> first = comment(json, Place{courseId, 0, 0});
    if (!first)
        return first.error();
    QList<LessonComment> all{*first};
    JsonReader in(json, tr("comment"));
    in.id();
    for (const QJsonValue &value : in.array(f("replies"), Presence::Optional)) {
        if (!value.isObject())
            return Error{mappingErrorCode(), tr("%1: a reply is not an object").arg(in.name())};
        Result<LessonComment> mapped = comment(value.toObject(), Place{courseId, first->sectionId, first->lessonId});
        if (!mapped)
            return mapped.error();
        LessonComment reply = *mapped;
        if (reply.sectionName.isEmpty())
            reply.sectionName = first->sectionName;
        if (reply.lessonName.isEmpty())
            reply.lessonName = first->lessonName;
        if (reply.parentId == 0)
            reply.parentId = first->id;
        all.append(reply);
    }
    if (!in.ok())
        return *in.error();
    return all;
}

QJsonObject CommentMapping::createRequest(const QString &text, qint64 parentId, qint64 inReplyTo)
{
    QJsonObject body{{u"text"_s, text}};
    if (parentId != 0)
        body.insert(u"parent"_s, parentId);
    if (inReplyTo != 0)
        body.insert(u"in_reply_to"_s, inReplyTo);
    return body;
}

QJsonObject CommentMapping::updateRequest(const QString &text)
{
    return QJsonObject{{u"text"_s, text}};
}

} // namespace coursedesk

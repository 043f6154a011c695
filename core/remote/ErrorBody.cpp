#include "remote/ErrorBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

// The texts of a DRF error value: a string, a list of them, or objects of them (nested serializers), each
// named by its field path. "non_field_errors" and "detail" name nothing: their texts stand alone.
void collect(const QJsonValue &value, const QString &path, QStringList &out)
{
    const auto withPath = [&path](const QString &text) { return path.isEmpty() ? text : path + u": "_s + text; };
    if (value.isString()) {
        const QString text = value.toString().simplified();
        if (!text.isEmpty())
            out.append(withPath(text));
    } else if (value.isArray()) {
        // A field's list of texts is named once: "responses: First. Second."
        QStringList texts;
        for (const QJsonValue &item : value.toArray())
            collect(item, item.isString() ? QString() : path, item.isString() ? texts : out);
        if (!texts.isEmpty())
            out.append(withPath(texts.join(u' ')));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool anonymous = it.key() == u"non_field_errors"_s || it.key() == u"detail"_s;
            const QString child = anonymous ? path : (path.isEmpty() ? it.key() : path + u'.' + it.key());
            collect(it.value(), child, out);
        }
    }
}

// The platform SDK's list: [{"code", "field", "messages": [...]}] (or "message"), or plain strings.
ErrorBody fromErrorsList(const QJsonArray &errors)
{
    ErrorBody parsed;
    QStringList texts;
    for (const QJsonValue &item : errors) {
        if (!item.isObject()) {
            collect(item, {}, texts);
            continue;
        }
        const QJsonObject error = item.toObject();
        if (parsed.code.isEmpty())
            parsed.code = error.value(u"code"_s).toString();
        QString field = error.value(u"field"_s).toString();
        if (field == u"non_field_errors"_s)
            field.clear();
        collect(error.contains(u"messages"_s) ? error.value(u"messages"_s) : error.value(u"message"_s), field, texts);
    }
    parsed.message = texts.join(u' ');
    return parsed;
}

ErrorBody fromObject(const QJsonObject &object)
{
    ErrorBody parsed;
    const QJsonValue error = object.value(u"error"_s);
    if (error.isString()) {
        // Ours ({"error", "message"}) and OAuth's ({"error", "error_description"}).
        parsed.code = error.toString();
        for (const QString &key : {u"message"_s, u"error_description"_s, u"detail"_s}) {
            parsed.message = object.value(key).toString().simplified();
            if (!parsed.message.isEmpty())
                break;
        }
        return parsed;
    }
    if (object.value(u"errors"_s).isArray())
        return fromErrorsList(object.value(u"errors"_s).toArray());
    if (object.contains(u"detail"_s)) {
        parsed.code = object.value(u"code"_s).toString();
        QStringList texts;
        collect(object.value(u"detail"_s), {}, texts);
        parsed.message = texts.join(u' ');
        return parsed;
    }
    QStringList texts;
    collect(object, {}, texts);
    parsed.message = texts.join(u' ');
    return parsed;
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(64).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<?xml") ||
           start.startsWith("<head") || start.startsWith("<body");
}

// Plain text a person can read: valid UTF-8, no control characters but whitespace.
QString readableText(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    if (text.contains(QChar::ReplacementCharacter))
        return {};
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && !c.isSpace())
            return {};
    }
    return text.simplified();
}

QString capped(QString message)
{
    if (message.size() > ErrorBody::maxMessageLength) {
        message.truncate(ErrorBody::maxMessageLength - 1);
        message = message.trimmed() + u'…';
    }
    return message;
}

} // namespace

ErrorBody ErrorBody::parse(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || looksLikeHtml(trimmed, contentType))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    ErrorBody parsed;
    if (error.error != QJsonParseError::NoError) {
        // Broken JSON (a truncated reply) is not words for people; anything else that reads as text is.
        if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
            parsed.message = readableText(trimmed);
    } else if (document.isObject()) {
        parsed = fromObject(document.object());
    } else if (document.isArray()) {
        QStringList texts;
        collect(document.array(), {}, texts);
        parsed.message = texts.join(u' ');
    }
    parsed.message = capped(parsed.message);
    return parsed;
}

} // namespace coursedesk

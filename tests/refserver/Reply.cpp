#include "Reply.h"

#include "Errors.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

Reply Reply::json(const QJsonObject &object, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

Reply Reply::noContent()
{
    Reply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

Reply Reply::error(int status, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"error"_s, code);
    body.insert(u"message"_s, message);
    return json(body, status);
}

void Reply::write(QHttpServerResponder &&responder, const QDateTime &now) const
{
    const auto code = QHttpServerResponder::StatusCode(status);
    QHttpServerResponse response = status == 204 || (body.isEmpty() && contentType.isEmpty())
                                       ? QHttpServerResponse(code)
                                       : QHttpServerResponse(contentType, body, code);
    response.addHeader("Date", httpDate(now));
    for (const auto &[name, value] : headers)
        response.addHeader(name, value);
    response.write(std::move(responder));
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Outcome<Page> Page::from(const QUrlQuery &query, const Errors &errors, qsizetype defaultLimit, qsizetype maxLimit)
{
    Page page;
    page.limit = defaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        page.limit = query.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok || page.limit < 1)
            return errors.badParameter(u"limit"_s, u"A valid positive integer is required."_s);
        page.limit = std::min(page.limit, maxLimit);
    }
    if (query.hasQueryItem(u"offset"_s)) {
        bool ok = false;
        page.offset = query.queryItemValue(u"offset"_s).toLongLong(&ok);
        if (!ok || page.offset < 0)
            return errors.badParameter(u"offset"_s, u"A valid non-negative integer is required."_s);
    }
    return page;
}

QJsonObject Page::wrap(const QList<QJsonObject> &all, const QUrl &base, const QString &path,
                       const QUrlQuery &query) const
{
    const qsizetype count = all.size();
    return wrapSlice(all.mid(std::min(count, offset), limit), count, base, path, query);
}

QJsonObject Page::wrapSlice(const QList<QJsonObject> &slice, qsizetype count, const QUrl &base, const QString &path,
                            const QUrlQuery &query) const
{
    QJsonArray results;
    for (const QJsonObject &row : slice)
        results.append(row);

    const auto urlFor = [&](qsizetype newOffset) {
        QUrlQuery items = query;
        items.removeAllQueryItems(u"limit"_s);
        items.removeAllQueryItems(u"offset"_s);
        items.addQueryItem(u"limit"_s, QString::number(limit));
        items.addQueryItem(u"offset"_s, QString::number(newOffset));
        QUrl url = base;
        url.setPath(path);
        url.setQuery(items);
        return QJsonValue(url.toString(QUrl::FullyEncoded));
    };
    return QJsonObject{
        {u"count"_s, count},
        {u"next"_s, offset + limit < count ? urlFor(offset + limit) : QJsonValue(QJsonValue::Null)},
        {u"previous"_s, offset > 0 ? urlFor(std::max<qsizetype>(0, offset - limit)) : QJsonValue(QJsonValue::Null)},
        {u"results"_s, results},
    };
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

std::optional<QStringList> listParameter(const QUrlQuery &query, const QString &key, Dialect dialect)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    const QStringList raw = query.allQueryItemValues(key, QUrl::FullyDecoded);
    if (dialect == Dialect::Platform)
        return raw;
    QStringList values;
    for (const QString &item : raw) {
        const QString text = item.trimmed();
        if (text.startsWith(u'[')) {
            for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
                values.append(value.toString());
        } else {
            for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
                values.append(part.trimmed());
        }
    }
    values.removeAll(QString());
    return values;
}

} // namespace coursedesk::refserver

#include "Validation.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QLocale>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

namespace {

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime parsed =
        QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (parsed.isValid())
        parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

bool tagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*")
            return true;
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

} // namespace

Reply Validation::apply(Reply reply, const QHttpServerRequest &request, const QString &key, const QDateTime &now,
                        const QDateTime &lastModified)
{
    if (reply.status != 200)
        return reply;
    const QByteArray etag =
        '"' + QCryptographicHash::hash(reply.body, QCryptographicHash::Sha256).toHex().left(32) + '"';
    auto seen = m_seen.find(key);
    if (seen == m_seen.end())
        seen = m_seen.insert(key, {etag, lastModified.isValid() && lastModified <= now ? lastModified : now});
    else if (seen->first != etag)
        seen = m_seen.insert(key, {etag, now}); // it changed since this server last sent it
    QDateTime modified = seen->second.toUTC();
    modified.setTime(QTime(modified.time().hour(), modified.time().minute(), modified.time().second()));
    reply.headers.append({"ETag", etag});
    reply.headers.append({"Last-Modified", httpDate(modified)});

    const QByteArray ifNoneMatch = header(request, "If-None-Match");
    bool unchanged = false;
    if (!ifNoneMatch.isEmpty()) {
        unchanged = tagMatches(ifNoneMatch, etag);
    } else if (const QDateTime since = parseHttpDate(header(request, "If-Modified-Since")); since.isValid()) {
        unchanged = modified <= since;
    }
    if (!unchanged)
        return reply;
    ++m_notModified;
    Reply notModified;
    notModified.status = 304;
    notModified.body.clear();
    notModified.contentType.clear();
    notModified.headers = reply.headers;
    return notModified;
}

} // namespace coursedesk::refserver

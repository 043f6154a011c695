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

QByteArray Validation::tagOf(const QByteArray &bytes)
{
    return '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

QList<std::pair<QByteArray, QByteArray>> Validation::validators(const QByteArray &etag, const QString &key,
                                                                const QDateTime &now, const QDateTime &lastModified,
                                                                QDateTime *modifiedOut)
{
    auto seen = m_seen.find(key);
    if (seen == m_seen.end())
        seen = m_seen.insert(key, {etag, lastModified.isValid() && lastModified <= now ? lastModified : now});
    else if (seen->first != etag)
        seen = m_seen.insert(key, {etag, now}); // it changed since this server last sent it
    QDateTime modified = seen->second.toUTC();
    modified.setTime(QTime(modified.time().hour(), modified.time().minute(), modified.time().second()));
    *modifiedOut = modified;
    return {{"ETag", etag}, {"Last-Modified", httpDate(modified)}};
}

bool Validation::unchanged(const QHttpServerRequest &request, const QByteArray &etag, const QDateTime &modified)
{
    const QByteArray ifNoneMatch = header(request, "If-None-Match");
    if (!ifNoneMatch.isEmpty())
        return tagMatches(ifNoneMatch, etag);
    if (const QDateTime since = parseHttpDate(header(request, "If-Modified-Since")); since.isValid())
        return modified <= since;
    return false;
}

Reply Validation::notModifiedReply(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    ++m_notModified;
    Reply notModified;
    notModified.status = 304;
    notModified.body.clear();
    notModified.contentType.clear();
    notModified.headers.append(headers);
    return notModified;
}

Reply Validation::apply(Reply reply, const QHttpServerRequest &request, const QString &key, const QDateTime &now,
                        const QDateTime &lastModified)
{
    if (reply.status != 200)
        return reply;
    QDateTime modified;
    const QByteArray etag = tagOf(reply.body);
    const QList<std::pair<QByteArray, QByteArray>> headers = validators(etag, key, now, lastModified, &modified);
    if (unchanged(request, etag, modified))
        return notModifiedReply(reply.headers + headers);
    reply.headers.append(headers);
    return reply;
}

Reply Validation::applyTagged(const QByteArray &state, const QHttpServerRequest &request, const QString &key,
                              const QDateTime &now, const std::function<Reply()> &build,
                              const QDateTime &lastModified)
{
    QDateTime modified;
    const QByteArray etag = tagOf(state);
    const QList<std::pair<QByteArray, QByteArray>> headers = validators(etag, key, now, lastModified, &modified);
    if (unchanged(request, etag, modified))
        return notModifiedReply(headers);
    Reply reply = build();
    if (reply.status == 200)
        reply.headers.append(headers);
    return reply;
}

} // namespace coursedesk::refserver

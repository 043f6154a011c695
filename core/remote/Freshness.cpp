#include "remote/Freshness.h"

#include "remote/HttpTransport.h"

#include <QList>

#include <algorithm>

namespace coursedesk {

Freshness::Directives Freshness::parseCacheControl(QByteArrayView value)
{
    Directives directives;
    const QList<QByteArray> parts = value.toByteArray().split(',');
    for (const QByteArray &part : parts) {
        const QByteArray token = part.trimmed();
        const qsizetype equals = token.indexOf('=');
        const QByteArray name = (equals < 0 ? token : token.left(equals)).trimmed().toLower();
        QByteArray argument = equals < 0 ? QByteArray() : token.mid(equals + 1).trimmed();
        if (argument.size() >= 2 && argument.startsWith('"') && argument.endsWith('"'))
            argument = argument.mid(1, argument.size() - 2);
        if (name == "no-store") {
            directives.noStore = true;
        } else if (name == "no-cache") {
            directives.noCache = true; // with or without field names: a private cache revalidates
        } else if (name == "max-age") {
            bool ok = false;
            const qint64 seconds = argument.toLongLong(&ok);
            const qint64 read = ok && seconds >= 0 ? seconds : 0;
            // Section 4.2.1: with several, the most restrictive one.
            directives.maxAgeSeconds = directives.maxAgeSeconds ? std::min(*directives.maxAgeSeconds, read) : read;
        }
    }
    return directives;
}

QDateTime Freshness::until(const QHash<QByteArray, QByteArray> &headers, const QDateTime &receivedAt,
                           Heuristic heuristic)
{
    if (!receivedAt.isValid())
        return {};
    const Directives directives = parseCacheControl(headers.value("cache-control"));
    if (directives.noStore || directives.noCache)
        return {};
    bool ageOk = false;
    const qint64 age = std::max<qint64>(0, headers.value("age").trimmed().toLongLong(&ageOk));
    const QDateTime date = HttpTransport::parseHttpDate(headers.value("date"));
    std::optional<qint64> lifetime;
    if (directives.maxAgeSeconds) {
        lifetime = *directives.maxAgeSeconds;
    } else if (headers.contains("expires")) {
        // An Expires that cannot be read means "already expired" (section 5.3).
        const QDateTime expires = HttpTransport::parseHttpDate(headers.value("expires"));
        lifetime = expires.isValid() ? date.isValid() ? date.secsTo(expires) : receivedAt.secsTo(expires) : 0;
    } else if (heuristic == Heuristic::Allowed) {
        const QDateTime lastModified = HttpTransport::parseHttpDate(headers.value("last-modified"));
        if (lastModified.isValid()) {
            const QDateTime reference = date.isValid() ? date : receivedAt;
            lifetime = std::min(heuristicCapSeconds, std::max<qint64>(0, lastModified.secsTo(reference) / 10));
        }
    }
    const qint64 left = lifetime.value_or(0) - (ageOk ? age : 0);
    if (left <= 0)
        return {};
    return receivedAt.addSecs(left);
}

} // namespace coursedesk

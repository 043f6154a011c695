#include "Ranges.h"

#include <QHttpServerRequest>

#include <optional>

namespace coursedesk::refserver {

namespace {

QByteArray replyHeader(const Reply &reply, QByteArrayView name)
{
    for (const auto &[key, value] : reply.headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct Span
{
    qint64 first = 0;
    qint64 last = 0; // inclusive
};

std::optional<qint64> digits(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

enum class Parsed
{
    Ignore,        // no Range, or one this server does not honour: the whole file
    Unsatisfiable, // 416
    Span,
};

// §14.1.2: ranges-specifier = range-unit "=" range-set; one int-range or suffix-range only.
Parsed parse(const QByteArray &value, qint64 length, Span &span)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype eq = trimmed.indexOf('=');
    if (eq < 0 || trimmed.left(eq).trimmed().toLower() != "bytes")
        return Parsed::Ignore;
    const QByteArray set = trimmed.mid(eq + 1).trimmed();
    if (set.contains(','))
        return Parsed::Ignore; // several ranges: a server may send the whole file instead (§14.2)
    const qsizetype dash = set.indexOf('-');
    if (dash < 0)
        return Parsed::Ignore;
    const QByteArray firstText = set.left(dash).trimmed();
    const QByteArray lastText = set.mid(dash + 1).trimmed();
    if (firstText.isEmpty()) { // suffix-range: the last N bytes
        const std::optional<qint64> suffix = digits(lastText);
        if (!suffix)
            return Parsed::Ignore;
        if (*suffix == 0 || length == 0)
            return Parsed::Unsatisfiable;
        span = Span{std::max<qint64>(0, length - *suffix), length - 1};
        return Parsed::Span;
    }
    const std::optional<qint64> first = digits(firstText);
    if (!first)
        return Parsed::Ignore;
    std::optional<qint64> last;
    if (!lastText.isEmpty()) {
        last = digits(lastText);
        if (!last || *last < *first)
            return Parsed::Ignore; // invalid: the field is ignored (§14.2)
    }
    if (*first >= length)
        return Parsed::Unsatisfiable;
    span = Span{*first, std::min(last.value_or(length - 1), length - 1)};
    return Parsed::Span;
}

// §13.1.5: a strong entity tag compared strongly, or the exact Last-Modified date.
bool ifRangeMatches(const QByteArray &ifRange, const Reply &reply)
{
    const QByteArray condition = ifRange.trimmed();
    if (condition.startsWith("W/"))
        return false;
    if (condition.startsWith('"'))
        return condition == replyHeader(reply, "ETag");
    const QByteArray modified = replyHeader(reply, "Last-Modified");
    return !modified.isEmpty() && condition == modified;
}

} // namespace

Reply Ranges::apply(Reply full, const QHttpServerRequest &request)
{
    if (full.status != 200)
        return full;
    full.headers.emplaceBack("Accept-Ranges", "bytes");
    const QByteArray range = header(request, "Range");
    if (range.isEmpty() || request.method() != QHttpServerRequest::Method::Get)
        return full;
    const QByteArray ifRange = header(request, "If-Range");
    if (!ifRange.isEmpty() && !ifRangeMatches(ifRange, full))
        return full; // the file changed since the client's part: all of it
    const qint64 length = full.body.size();
    Span span;
    switch (parse(range, length, span)) {
    case Parsed::Ignore:
        return full;
    case Parsed::Unsatisfiable: {
        Reply refused;
        refused.status = 416;
        refused.contentType.clear();
        refused.headers = full.headers;
        refused.headers.emplaceBack("Content-Range", "bytes */" + QByteArray::number(length));
        return refused;
    }
    case Parsed::Span:
        break;
    }
    Reply partial = full;
    partial.status = 206;
    partial.body = full.body.mid(span.first, span.last - span.first + 1);
    partial.headers.append({"Content-Range", "bytes " + QByteArray::number(span.first) + '-' +
                                                 QByteArray::number(span.last) + '/' + QByteArray::number(length)});
    return partial;
}

} // namespace coursedesk::refserver

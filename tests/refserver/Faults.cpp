#include "Faults.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

#include <array>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<std::pair<FaultMode, const char16_t *>, 7> modeNames{{
    {FaultMode::Status, u"status"},
    {FaultMode::Truncate, u"truncate"},
    {FaultMode::Malformed, u"malformed"},
    {FaultMode::Close, u"close"},
    {FaultMode::Redirect, u"redirect"},
    {FaultMode::Html, u"html"},
    {FaultMode::Empty, u"empty"},
}};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}

// What nginx in front of an application server shows when the application is down.
QByteArray proxyPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

bool isErrorStatus(int status)
{
    return status >= 400 && status <= 599;
}

// A plausible start of a list reply, for truncation when there is no real reply to cut.
const QByteArray sampleBody =
    R"({"count": 2, "next": null, "previous": null, "results": [{"id": 1, "name": "A course"}, {"id": 2, "name": "Another course"}]})";

} // namespace

Result<Fault> Fault::fromJson(const QJsonObject &json)
{
    Fault fault;
    const QString mode = json.value(u"mode"_s).toString(u"status"_s);
    const auto it = std::find_if(modeNames.cbegin(), modeNames.cend(),
                                 [&](const auto &entry) { return mode == QStringView(entry.second); });
    if (it == modeNames.cend())
        return Error{u"BAD_REQUEST"_s, u"Unknown fault mode '%1'."_s.arg(mode)};
    fault.mode = it->first;
    if (fault.mode == FaultMode::Redirect)
        fault.status = 302;
    else if (fault.mode == FaultMode::Html)
        fault.status = 502;
    if (json.contains(u"status"_s))
        fault.status = json.value(u"status"_s).toInt();
    const bool needsError =
        fault.mode == FaultMode::Status || fault.mode == FaultMode::Html || fault.mode == FaultMode::Empty;
    if (needsError && !isErrorStatus(fault.status))
        return Error{u"BAD_REQUEST"_s, u"A %1 fault needs a 4xx or 5xx status."_s.arg(mode)};
    if (fault.mode == FaultMode::Redirect && (fault.status < 300 || fault.status > 399))
        fault.status = 302;
    const QJsonValue retryAfter = json.value(u"retry_after"_s);
    fault.retryAfter = retryAfter.isDouble() ? QString::number(retryAfter.toInteger()) : retryAfter.toString();
    fault.count = json.contains(u"count"_s) ? json.value(u"count"_s).toInt() : 1;
    if (fault.count == 0)
        return Error{u"BAD_REQUEST"_s, u"count should not be 0 (negative: until cleared)."_s};
    fault.pathContains = json.value(u"path_contains"_s).toString();
    fault.location = json.value(u"location"_s).toString();
    if (fault.mode == FaultMode::Redirect && fault.location.isEmpty())
        return Error{u"BAD_REQUEST"_s, u"A redirect fault needs a location."_s};
    fault.afterProcessing = json.value(u"after_processing"_s).toBool();
    return fault;
}

QJsonObject Fault::toJson() const
{
    QString mode;
    for (const auto &[value, name] : modeNames) {
        if (value == this->mode)
            mode = QString::fromUtf16(name);
    }
    return QJsonObject{
        {u"mode"_s, mode},
        {u"status"_s, status},
        {u"retry_after"_s, retryAfter},
        {u"count"_s, count},
        {u"path_contains"_s, pathContains},
        {u"location"_s, location},
        {u"after_processing"_s, afterProcessing},
    };
}

void FaultPlan::clear()
{
    m_faults.clear();
    m_latencyMs = 0;
}

std::optional<Fault> FaultPlan::take(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.pathContains.isEmpty() && !path.contains(fault.pathContains))
            continue;
        const Fault taken = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

void FaultPlan::apply(const Fault &fault, QHttpServerResponder &&responder, const Reply *processed,
                      const QDateTime &now, const Errors &errors)
{
    const auto withRetryAfter = [&](Reply reply) {
        if (!fault.retryAfter.isEmpty())
            reply.headers.emplaceBack("Retry-After", fault.retryAfter.toLatin1());
        return reply;
    };
    switch (fault.mode) {
    case FaultMode::Status:
        withRetryAfter(errors.injected(fault.status, u"Injected fault: status %1."_s.arg(fault.status)))
            .write(std::move(responder), now);
        return;
    case FaultMode::Html: {
        Reply reply;
        reply.status = fault.status;
        reply.contentType = "text/html";
        reply.body = proxyPage(fault.status);
        withRetryAfter(reply).write(std::move(responder), now);
        return;
    }
    case FaultMode::Empty: {
        // Written by hand: a response object would add a content type. An empty body, said so.
        responder.writeStatusLine(QHttpServerResponder::StatusCode(fault.status));
        responder.writeHeader("Date", httpDate(now));
        if (!fault.retryAfter.isEmpty())
            responder.writeHeader("Retry-After", fault.retryAfter.toLatin1());
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
        return;
    }
    case FaultMode::Redirect: {
        Reply reply;
        reply.status = fault.status;
        reply.contentType.clear();
        reply.headers.emplaceBack("Location", fault.location.toUtf8());
        reply.write(std::move(responder), now);
        return;
    }
    case FaultMode::Malformed: {
        Reply reply;
        reply.body = R"({"id": 1, "name": "Broken reply", "results": [{"id": )";
        reply.write(std::move(responder), now);
        return;
    }
    case FaultMode::Truncate: {
        const QByteArray body = processed && !processed->body.isEmpty() ? processed->body : sampleBody;
        const int status = processed ? processed->status : 200;
        responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
        responder.writeHeader("Date", httpDate(now));
        // The handler's reply as it was (its type and validators), cut off halfway through its body.
        responder.writeHeader("Content-Type", processed && !processed->contentType.isEmpty()
                                                  ? processed->contentType
                                                  : QByteArray("application/json"));
        if (processed) {
            for (const auto &[name, value] : processed->headers)
                responder.writeHeader(name, value);
        }
        responder.writeHeader("Content-Length", QByteArray::number(body.size() + 64));
        responder.writeBody(body.left(body.size() / 2));
        if (QTcpSocket *socket = responder.socket())
            socket->disconnectFromHost();
        return;
    }
    case FaultMode::Close:
        if (QTcpSocket *socket = responder.socket())
            socket->abort();
        return;
    }
}

} // namespace coursedesk::refserver

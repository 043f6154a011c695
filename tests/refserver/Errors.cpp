#include "Errors.h"

#include <QJsonArray>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

namespace {

QString injectedCode(int status)
{
    switch (status) {
    case 429:
        return u"TOO_MANY_REQUESTS"_s;
    case 500:
        return u"SERVER_ERROR"_s;
    case 502:
        return u"BAD_GATEWAY"_s;
    case 503:
        return u"SERVICE_UNAVAILABLE"_s;
    default:
        return u"INJECTED_FAULT"_s;
    }
}

} // namespace

Reply Errors::detail(int status, const QString &text) const
{
    return Reply::json(QJsonObject{{u"detail"_s, text}}, status);
}

Reply Errors::unauthorized(const QString &message) const
{
    Reply reply = m_dialect == Dialect::Platform ? detail(401, message) : Reply::error(401, u"UNAUTHORIZED"_s, message);
    reply.headers.emplaceBack("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return reply;
}

Reply Errors::forbidden(const QString &code, const QString &message, const QJsonObject &extra) const
{
    if (m_dialect == Dialect::Platform)
        return detail(403, message);
    return Reply::error(403, code, message, extra);
}

Reply Errors::notFound(const QString &message) const
{
    if (m_dialect == Dialect::Platform)
        return detail(404, u"Not found."_s);
    return Reply::error(404, u"NOT_FOUND"_s, message);
}

Reply Errors::methodNotAllowed(const QByteArray &method) const
{
    const QString text = u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(method));
    Reply reply = m_dialect == Dialect::Platform ? detail(405, text) : Reply::error(405, u"METHOD_NOT_ALLOWED"_s, text);
    return reply;
}

Reply Errors::badParameter(const QString &field, const QString &message) const
{
    if (m_dialect == Dialect::Platform)
        return Reply::json(QJsonObject{{field, QJsonArray{message}}}, 400);
    return Reply::error(400, u"BAD_REQUEST"_s, message);
}

Reply Errors::badBody(const QString &field, const QString &message) const
{
    if (m_dialect == Dialect::Platform)
        return invalid(u"BAD_REQUEST"_s, message, {FieldError{u"invalid"_s, field, {message}}});
    return Reply::error(400, u"BAD_REQUEST"_s, message);
}

Reply Errors::invalid(const QString &code, const QString &message, const QList<FieldError> &errors,
                      const QJsonObject &extra) const
{
    if (m_dialect == Dialect::Contract)
        return Reply::error(400, code, message, extra);
    QJsonArray list;
    for (const FieldError &error : errors) {
        list.append(QJsonObject{{u"code"_s, error.code},
                                {u"field"_s, error.field},
                                {u"messages"_s, QJsonArray::fromStringList(error.messages)}});
    }
    return Reply::json(QJsonObject{{u"errors"_s, list}}, 400);
}

Reply Errors::conflict(const QString &code, const QString &message) const
{
    if (m_dialect == Dialect::Platform)
        return detail(409, message);
    return Reply::error(409, code, message);
}

Reply Errors::serverError(const QString &message) const
{
    if (m_dialect == Dialect::Platform)
        return detail(500, message);
    return Reply::error(500, u"SERVER_ERROR"_s, message);
}

Reply Errors::injected(int status, const QString &message) const
{
    if (m_dialect == Dialect::Platform) {
        // DRF's throttling text names the wait; other statuses say what happened.
        return detail(status, status == 429 ? u"Request was throttled."_s : message);
    }
    return Reply::error(status, injectedCode(status), message);
}

} // namespace coursedesk::refserver

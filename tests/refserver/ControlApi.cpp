#include "ControlApi.h"

#include "RefServer.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

// The control routes are this fixture's own: their errors are always {"error", "message"}, whatever the dialect.
Reply controlError(int status, const QString &message)
{
    return Reply::error(status, status == 404 ? u"NOT_FOUND"_s : u"BAD_REQUEST"_s, message);
}

Outcome<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return controlError(400, u"The body should be a JSON object."_s);
    return document.object();
}

} // namespace

void ControlApi::addRoutes(Router &router)
{
    router.control(u"/_test/faults"_s, Method::Post, [this](const QHttpServerRequest &r) { return addFault(r); });
    router.control(u"/_test/faults"_s, Method::Delete, [this](const QHttpServerRequest &) {
        m_server.clearFaults();
        return Reply::noContent();
    });
    router.control(u"/_test/faults"_s, Method::Get, [this](const QHttpServerRequest &) {
        QJsonArray faults;
        for (const Fault &fault : m_server.faults().pending())
            faults.append(fault.toJson());
        return Reply::json(QJsonObject{{u"faults"_s, faults}, {u"latency_ms"_s, m_server.faults().latencyMs()}});
    });
    router.control(u"/_test/latency"_s, Method::Post, [this](const QHttpServerRequest &r) { return setLatency(r); });
    router.control(u"/_test/expire-tokens"_s, Method::Post, [this](const QHttpServerRequest &) {
        m_server.expireTokens();
        return Reply::noContent();
    });
    router.control(u"/_test/clock"_s, Method::Post, [this](const QHttpServerRequest &r) { return setClock(r); });
    router.control(u"/_test/counters"_s, Method::Get,
                   [this](const QHttpServerRequest &) { return Reply::json(m_server.counters().toJson()); });
    router.control(u"/_test/state"_s, Method::Get, [this](const QHttpServerRequest &r) { return state(r); });
    router.control(u"/_test/lesson"_s, Method::Post, [this](const QHttpServerRequest &r) { return changeLesson(r); });
}

Reply ControlApi::addFault(const QHttpServerRequest &request)
{
    const Outcome<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return body.failure();
    const Result<Fault> fault = Fault::fromJson(body.value());
    if (!fault)
        return controlError(400, fault.error().message);
    m_server.addFault(fault.value());
    return Reply::json(fault->toJson());
}

Reply ControlApi::setLatency(const QHttpServerRequest &request)
{
    const Outcome<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return body.failure();
    const QJsonValue ms = body.value().value(u"ms"_s);
    if (!ms.isDouble() || ms.toInteger() < 0)
        return controlError(400, u"ms should be a non-negative number."_s);
    m_server.setLatencyMs(int(ms.toInteger()));
    return Reply::noContent();
}

Reply ControlApi::setClock(const QHttpServerRequest &request)
{
    const Outcome<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return body.failure();
    const QJsonValue skew = body.value().value(u"skew_seconds"_s);
    if (!skew.isDouble())
        return controlError(400, u"skew_seconds should be a number."_s);
    m_server.setClockSkewSecs(skew.toInteger());
    return Reply::json(QJsonObject{{u"skew_seconds"_s, m_server.clockSkewSecs()}, {u"now"_s, isoTime(m_server.now())}});
}

Reply ControlApi::state(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    bool numeric = false;
    const qint64 courseId = query.queryItemValue(u"course"_s).toLongLong(&numeric);
    if (!numeric)
        return controlError(400, u"course should be a course id."_s);
    const Result<QJsonObject> state = m_server.state(query.queryItemValue(u"user"_s, QUrl::FullyDecoded), courseId);
    if (!state)
        return controlError(404, state.error().message);
    return Reply::json(state.value());
}

Reply ControlApi::changeLesson(const QHttpServerRequest &request)
{
    const Outcome<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return body.failure();
    const QJsonObject json = body.value();
    const QString action = json.value(u"action"_s).toString();
    LessonChange change = LessonChange::Remove;
    if (action == u"draft"_s)
        change = LessonChange::Draft;
    else if (action == u"publish"_s)
        change = LessonChange::Publish;
    else if (action != u"remove"_s)
        return controlError(400, u"action should be remove, draft or publish."_s);
    const Status changed =
        m_server.changeLesson(json.value(u"course"_s).toInteger(), json.value(u"lesson"_s).toInteger(), change);
    if (!changed)
        return controlError(404, changed.error().message);
    return Reply::noContent();
}

} // namespace coursedesk::refserver

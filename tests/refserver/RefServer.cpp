#include "RefServer.h"

#include "CommentApi.h"
#include "ControlApi.h"
#include "CourseReads.h"
#include "InstructorApi.h"
#include "LearnerApi.h"
#include "Router.h"
#include "Seeds.h"
#include "Store.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

QJsonObject RefServerCounters::toJson() const
{
    return QJsonObject{
        {u"completion_records"_s, completionRecords},
        {u"attempts"_s, attempts},
        {u"requests"_s, requests},
        {u"complete_calls"_s, completeCalls},
        {u"incomplete_calls"_s, incompleteCalls},
        {u"attempt_calls"_s, attemptCalls},
        {u"comments"_s, comments},
        {u"comment_calls"_s, commentCalls},
        {u"lesson_bodies"_s, lessonBodies},
        {u"media_files"_s, mediaFiles},
        {u"not_modified"_s, notModified},
        {u"partial_media"_s, partialMedia},
        {u"media_bytes"_s, mediaBytes},
        {u"comment_lists"_s, commentLists},
        {u"comment_lists_not_modified"_s, commentListsNotModified},
    };
}

RefServer::RefServer(const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_store(std::make_unique<Store>())
    , m_storeStatus(success())
{
    m_storeStatus = m_store->open(m_options.dataFile);
    m_auth = std::make_unique<Auth>(*m_store, m_clock, m_options);
    m_context = std::make_unique<ServerContext>(*m_store, *m_auth, m_clock, m_options, [this] { return baseUrl(); });
    m_reads = std::make_unique<CourseReads>(*m_context);
    m_instructorApi = std::make_unique<InstructorApi>(*m_context, *m_reads);
    m_learnerApi = std::make_unique<LearnerApi>(*m_context, *m_reads, *m_instructorApi);
    m_controlApi = std::make_unique<ControlApi>(*this);
    m_commentApi = std::make_unique<CommentApi>(*m_context, *m_reads);

    m_http = std::make_unique<QHttpServer>();
    m_router = std::make_unique<Router>(
        *m_http, [this](RouteKind kind, const QHttpServerRequest &request, QHttpServerResponder &&responder,
                        const Router::Handle &handle) { serve(kind, request, std::move(responder), handle); });
    m_learnerApi->addRoutes(*m_router);
    m_instructorApi->addRoutes(*m_router);
    m_controlApi->addRoutes(*m_router);
    m_commentApi->addRoutes(*m_router);
    m_router->addMethodFallbacks([this](const QHttpServerRequest &request) {
        return m_context->errors.methodNotAllowed(methodName(request.method()));
    });
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const RouteKind kind = request.url().path().startsWith(u"/_test/"_s) ? RouteKind::Control : RouteKind::Api;
        serve(kind, request, std::move(responder),
              [this] { return m_context->errors.notFound(u"There is no such endpoint."_s); });
    });
}

RefServer::~RefServer()
{
    // Replies held back by latency own responders: drop them while their sockets still exist.
    const QList<QTimer *> pending = findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(pending);
}

quint16 RefServer::listen(quint16 port)
{
    if (!m_storeStatus)
        return 0;
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl RefServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void RefServer::serve(RouteKind kind, const QHttpServerRequest &request, QHttpServerResponder &&responder,
                      const std::function<Reply()> &handle)
{
    if (kind == RouteKind::Control) {
        if (!request.remoteAddress().isLoopback()) {
            Reply::error(403, u"FORBIDDEN"_s, u"/_test/ answers loopback peers only."_s)
                .write(std::move(responder), now());
            return;
        }
        handle().write(std::move(responder), now());
        return;
    }
    ++m_context->counters.requests;
    const std::optional<Fault> fault = m_faults.take(request.url().path());
    std::optional<Reply> reply;
    if (!fault || fault->afterProcessing)
        reply = handle();
    deliver(std::move(responder), [this, fault, reply](QHttpServerResponder &&out) {
        if (fault)
            FaultPlan::apply(*fault, std::move(out), reply ? &*reply : nullptr, now(), m_context->errors);
        else
            reply->write(std::move(out), now());
    });
}

void RefServer::deliver(QHttpServerResponder &&responder, std::function<void(QHttpServerResponder &&)> write)
{
    if (m_faults.latencyMs() <= 0) {
        write(std::move(responder));
        return;
    }
    // The request is handled at once; only the reply waits.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // never early: "latency N" means at least N ms
    connect(timer, &QTimer::timeout, this, [timer, held, socket, write = std::move(write)] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(std::move(*held));
        timer->deleteLater();
    });
    timer->start(m_faults.latencyMs());
}

Status RefServer::seedDemo()
{
    return Seeds::demo(*m_store, now(), m_options.dialect);
}

Status RefServer::seedMedia()
{
    return Seeds::media(*m_store, now());
}

Status RefServer::seedRecording(int kib)
{
    return Seeds::recording(*m_store, now(), kib);
}

void RefServer::reviseMedia(qint64 mediaId)
{
    m_context->files.revise(mediaId, now());
}

Status RefServer::seedLargeMedia(int lessons, int images)
{
    return Seeds::largeMedia(*m_store, now(), lessons, images);
}

Status RefServer::seedLarge(int lessons)
{
    return Seeds::large(*m_store, now(), lessons);
}

Status RefServer::seedMany(int courses, int lessonsPerCourse)
{
    return Seeds::many(*m_store, now(), courses, lessonsPerCourse);
}

Status RefServer::seedLearners(int learners)
{
    return Seeds::learners(*m_store, now(), learners);
}

void RefServer::addFault(const Fault &fault)
{
    m_faults.add(fault);
}

void RefServer::clearFaults()
{
    m_faults.clear();
}

void RefServer::setLatencyMs(int ms)
{
    m_faults.setLatencyMs(ms);
}

void RefServer::expireTokens()
{
    m_auth->expireAll();
}

void RefServer::setClockSkewSecs(qint64 seconds)
{
    m_clock.setOffsetMs(seconds * 1000);
}

RefServerCounters RefServer::counters() const
{
    const CallCounters &calls = m_context->counters;
    return RefServerCounters{m_store->completionRecordCount(),
                             m_store->attemptTotal(),
                             calls.requests,
                             calls.completeCalls,
                             calls.incompleteCalls,
                             calls.attemptCalls,
                             m_store->commentTotal(),
                             calls.commentCalls,
                             calls.lessonBodies,
                             calls.mediaFiles,
                             m_context->validation.notModified(),
                             calls.partialMedia,
                             calls.mediaBytes,
                             calls.commentLists,
                             calls.commentListsNotModified};
}

Result<QJsonObject> RefServer::state(const QString &username, qint64 courseId) const
{
    const std::optional<User> user = m_store->userByName(username);
    if (!user)
        return Error{u"not_found"_s, u"There is no user '%1'."_s.arg(username)};
    const std::optional<CourseView> view = m_reads->viewOf(user->id, courseId);
    if (!view)
        return Error{u"not_found"_s, u"There is no course %1."_s.arg(courseId)};
    QJsonObject lessons;
    for (const Section &section : view->course.sections) {
        for (const Lesson &lesson : section.lessons)
            lessons.insert(QString::number(lesson.id), wireName(view->state(lesson.id)));
    }
    QList<AttemptRecord> records = m_store->attemptsOfCourse(courseId);
    std::reverse(records.begin(), records.end()); // oldest first
    QJsonArray attempts;
    for (const AttemptRecord &record : records) {
        if (record.userId != user->id)
            continue;
        attempts.append(QJsonObject{
            {u"id"_s, record.attempt.id},
            {u"lesson"_s, record.attempt.lessonId},
            {u"key"_s,
             record.idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.idempotencyKey)},
            {u"grade"_s, record.attempt.grade},
            {u"result"_s, wireName(record.attempt.result)},
        });
    }
    return QJsonObject{{u"lessons"_s, lessons}, {u"attempts"_s, attempts}};
}

Status RefServer::changeLesson(qint64 courseId, qint64 lessonId, LessonChange change)
{
    switch (change) {
    case LessonChange::Remove:
        return m_store->removeLesson(courseId, lessonId);
    case LessonChange::Draft:
        return m_store->setLessonStatus(courseId, lessonId, LessonStatus::Draft);
    case LessonChange::Publish:
        return m_store->setLessonStatus(courseId, lessonId, LessonStatus::Published);
    }
    return success();
}

Result<TokenPair> RefServer::signIn(const QString &username, const QString &password)
{
    return m_auth->signIn(username, password);
}

} // namespace coursedesk::refserver

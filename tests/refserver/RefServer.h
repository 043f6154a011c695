#pragma once

#include "Auth.h"
#include "Faults.h"
#include "ServerContext.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace coursedesk::refserver {

class CommentApi;
class ControlApi;
class CourseReads;
class InstructorApi;
class LearnerApi;
class Router;
class Store;
enum class RouteKind;

// What /_test/counters reports.
struct RefServerCounters final
{
    int completionRecords = 0; // rows in the completion table (one per completed lesson and user)
    int attempts = 0;          // rows in the attempt table
    int requests = 0;          // API requests received (not /_test/), faulted ones included
    int completeCalls = 0;     // v2 complete + enrollment complete, whatever the outcome
    int incompleteCalls = 0;
    int attemptCalls = 0;
    int comments = 0;      // rows in the comment table (branch comments)
    int commentCalls = 0;  // comment create, update and delete, whatever the outcome
    int lessonBodies = 0;  // lesson bodies sent with a body (200)
    int mediaFiles = 0;    // media files sent with a body (200)
    int notModified = 0;   // 304s: lesson bodies and media files the client's validators matched
    int partialMedia = 0;  // media files sent in part (206, a Range request)
    qint64 mediaBytes = 0; // bytes of media files sent (200 and 206 bodies)
    int commentLists = 0;            // comment lists (a lesson's, a course's) sent with a body (200) (branch comments2)
    int commentListsNotModified = 0; // comment lists answered 304

    QJsonObject toJson() const;
    friend bool operator==(const RefServerCounters &, const RefServerCounters &) = default;
};

enum class LessonChange
{
    Remove,  // the lesson disappears (with its progress rows)
    Draft,   // back to draft
    Publish, // published
};

// The reference server of api-contract.md on QtHttpServer 6.4, over its own SQLite state, with fault injection.
// A test fixture: it listens on loopback only, and /_test/ routes answer loopback peers only.
class RefServer final : public QObject
{
    Q_OBJECT

public:
    using Options = RefServerOptions;

    explicit RefServer(const Clock &clock, Options options = {}, QObject *parent = nullptr);
    ~RefServer() override;

    // Whether the data file could be opened; listen() refuses to start otherwise.
    Status storeStatus() const { return m_storeStatus; }

    // Listens on QHostAddress::LocalHost; 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // The demo accounts and courses (see Seeds.h); does nothing when course 1 already exists (a data file reused).
    Status seedDemo();
    // Course 1000: `lessons` published lessons in sections of 50; learner joined, teacher creator.
    Status seedLarge(int lessons);
    // Courses 5001…: self-paced, `lessonsPerCourse` lessons each; learner, ana and ben joined to all (Seeds.h).
    Status seedMany(int courses, int lessonsPerCourse);
    // Course 3000 with `learners` joined learners of varied progress (Seeds.h), for dashboard load tests.
    Status seedLearners(int learners);
    // Course 6 "Offline media" (Seeds::media): pictures, a handout, a link and a quiz picture; after seedDemo.
    Status seedMedia();
    // Course 1000 with `lessons` lessons, `images` of them with a picture (Seeds::largeMedia); after seedDemo.
    Status seedLargeMedia(int lessons, int images);

    // Course 7 "Lecture recordings" (Seeds::recording): one lesson with a picture of `kib` KiB; after seedDemo.
    Status seedRecording(int kib);
    // The media's file changes (new bytes, ETag and Last-Modified), as if uploaded again.
    void reviseMedia(qint64 mediaId);

    // Fault injection and inspection, the same as the /_test/ routes.
    void addFault(const Fault &fault);
    void clearFaults(); // faults and latency
    void setLatencyMs(int ms);
    const FaultPlan &faults() const { return m_faults; }
    void expireTokens();
    void setClockSkewSecs(qint64 seconds);
    qint64 clockSkewSecs() const { return m_clock.offsetMs() / 1000; }
    QDateTime now() const { return m_clock.now(); } // the server's clock, skew included
    RefServerCounters counters() const;
    // {"lessons": {"<id>": "completed"|"uncompleted"|"failed"}, "attempts": [{"id","lesson","key","grade","result"}]}
    Result<QJsonObject> state(const QString &username, qint64 courseId) const;
    Status changeLesson(qint64 courseId, qint64 lessonId, LessonChange change);

    // Tokens without going through HTTP.
    Result<TokenPair> signIn(const QString &username, const QString &password);
    Store &store() { return *m_store; }

private:
    void serve(RouteKind kind, const QHttpServerRequest &request, QHttpServerResponder &&responder,
               const std::function<Reply()> &handle);
    void deliver(QHttpServerResponder &&responder, std::function<void(QHttpServerResponder &&)> write);

    OffsetClock m_clock;
    Options m_options;
    std::unique_ptr<Store> m_store;
    Status m_storeStatus;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<CourseReads> m_reads;
    std::unique_ptr<InstructorApi> m_instructorApi;
    std::unique_ptr<LearnerApi> m_learnerApi;
    std::unique_ptr<ControlApi> m_controlApi;
    std::unique_ptr<CommentApi> m_commentApi;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<Router> m_router;
    FaultPlan m_faults;
    quint16 m_port = 0;
};

} // namespace coursedesk::refserver

// Sync throughput against the reference server (50 courses x 100 lessons, seedMany):
//  (a) one SyncEngine::run that pushes 5000 queued completions (one per lesson, every course) from a client
//      cache (CacheDatabase + CourseSession on a server account, synchronous=FULL), then pulls. Timed: the push
//      alone (until the progress signal reaches 5000 of 5000: the push is done, the pull has not begun) and the
//      whole run. Measured twice: with the server's default options (course details carry enrollment_id, so
//      the engine uses POST /api/enrollments/…/complete) and with the enrollment endpoint off (v2 complete).
//  (b) beside it, in the same run, a raw QNetworkAccessManager POST loop with the same concurrency as the
//      engine (SyncEngine::Options{}.parallelCourses requests in flight) sending 5000 v2 complete calls for
//      another learner (ana, so that none is a 409), and the same with the enrollment endpoint (ben).
// Goal (issue 18): the engine's push rate is at least 80 % of the raw rate on the same endpoint, compared as the
// medians of three runs each. Accepted completions are committed in groups (SyncEngine::commitConfirmations), one
// disk flush per group, not per action.
//
// The server runs in process on its own QThread (RefServer is created, seeded, served and destroyed inside
// that thread's run(): QHttpServer and the store's SQLite connection stay in the thread that made them), so
// the client's event loop and the server's do not share a thread; the server state is in memory. Every
// iteration gets a fresh server and a fresh cache; the set-up (pull, queueing) is outside the measured time.
#include "RefServer.h"

#include "Await.h"

#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"
#include "sync/SyncEngine.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <future>
#include <map>
#include <memory>
#include <pthread.h>
#include <string>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int courseCount = 50;
constexpr int lessonsPerCourse = 100;
constexpr int actionCount = courseCount * lessonsPerCourse;
constexpr qint64 firstCourse = 5001; // Seeds::many
constexpr int longWaitMs = 600000;
const int inFlight = SyncEngine::Options{}.parallelCourses;

double secondsSince(Clock::time_point start, Clock::time_point end = Clock::now())
{
    return std::chrono::duration<double>(end - start).count();
}

// CPU time of the calling thread (the client's: event loop, engine, cache, QNetworkAccessManager's callbacks).
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// The reference server on a thread of its own, seeded with seedMany(50, 100).
class ServerThread final : public QThread
{
public:
    explicit ServerThread(RefServerOptions options)
        : m_options(std::move(options))
    {
        start();
        m_port = m_ready.get_future().get();
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }

    bool ok() const { return m_port != 0; }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }
    // CPU time the server's thread has used so far.
    double cpuSeconds() const
    {
        clockid_t clock{};
        timespec t{};
        if (pthread_getcpuclockid(m_thread, &clock) != 0 || clock_gettime(clock, &t) != 0)
            return 0;
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    }

protected:
    void run() override
    {
        m_thread = pthread_self();
        SystemClock clock;
        RefServer server(clock, m_options);
        const Status seeded = server.seedMany(courseCount, lessonsPerCourse);
        if (!seeded)
            std::fprintf(stderr, "seed: %s\n", qPrintable(seeded.error().message));
        const quint16 port = seeded ? server.listen() : 0;
        m_ready.set_value(port);
        if (port != 0)
            exec();
    }

private:
    RefServerOptions m_options;
    std::promise<quint16> m_ready;
    quint16 m_port = 0;
    pthread_t m_thread{};
};

std::optional<QByteArray> signIn(QNetworkAccessManager &network, const QUrl &server, const QString &user)
{
    SystemClock clock;
    HttpTransport transport(network, clock, HttpTransport::Options{});
    ApiClient api(transport, server);
    const auto tokens =
        test::await<ApiResult<TokenSet>>([&](auto done) { api.passwordGrant(user, user, done); }, longWaitMs);
    if (!tokens || !*tokens)
        return std::nullopt;
    return (*tokens)->accessToken;
}

// One learner's client: cache, session, transport, API and sync engine, as the app builds them.
struct Client
{
    SystemClock clock;
    QTemporaryDir dir;
    std::unique_ptr<CacheDatabase> db;
    std::unique_ptr<LearnerState> state;
    std::unique_ptr<CourseSession> session;
    QNetworkAccessManager network;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> engine;

    QString open(const QUrl &server)
    {
        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(dir.filePath(u"learner.sqlite"_s));
        if (!opened)
            return opened.error().message;
        db = std::move(opened).value();
        state = std::make_unique<LearnerState>(*db, clock, LearnerState::Kind::Server);
        session = std::make_unique<CourseSession>(*state);
        transport = std::make_unique<HttpTransport>(network, clock, HttpTransport::Options{});
        api = std::make_unique<ApiClient>(*transport, server);
        engine = std::make_unique<SyncEngine>(*state, *api, SyncEngine::Options{});
        const std::optional<QByteArray> token = signIn(network, server, u"learner"_s);
        if (!token)
            return u"learner cannot sign in"_s;
        transport->setAccessToken(*token);
        return {};
    }

    std::optional<SyncReport> sync()
    {
        return test::await<SyncReport>(
            [&](auto done) {
                QObject::connect(engine.get(), &SyncEngine::finished, engine.get(), done, Qt::SingleShotConnection);
                engine->run();
            },
            longWaitMs);
    }

    // Every lesson of every course marked completed, course by course in course order (5000 outbox entries).
    QString queueEverything()
    {
        const Result<QList<CourseSummary>> courses = session->courses();
        if (!courses)
            return courses.error().message;
        const Status queued = db->transaction([&]() -> Status {
            for (const CourseSummary &summary : *courses) {
                const Result<CourseOutline> outline = session->outline(summary.id);
                if (!outline)
                    return outline.error();
                for (const Section &section : outline->course.sections) {
                    for (const Lesson &lesson : section.lessons) {
                        if (Status done = session->setCompleted(summary.id, lesson.id, true); !done)
                            return done;
                    }
                }
            }
            return success();
        });
        if (!queued)
            return queued.error().message;
        const Result<int> sendable = state->outbox().countSendable();
        if (!sendable || *sendable != actionCount)
            return u"%1 entries queued, not %2"_s.arg(sendable ? *sendable : -1).arg(actionCount);
        return {};
    }
};

// (a) SyncEngine::run pushing 5000 completions, then pulling.
void syncPush(benchmark::State &state, bool enrollmentEndpoint)
{
    double pushSeconds = 0;
    double wholeSeconds = 0;
    double clientCpuMs = 0;
    double serverCpuMs = 0;
    for (auto _ : state) {
        ServerThread server(RefServerOptions{{}, 3600, enrollmentEndpoint});
        if (!server.ok()) {
            state.SkipWithError("the server does not start");
            return;
        }
        Client client;
        if (const QString problem = client.open(server.url()); !problem.isEmpty()) {
            state.SkipWithError(qPrintable(problem));
            return;
        }
        const std::optional<SyncReport> pulled = client.sync();
        if (!pulled || pulled->failure || pulled->coursesPulled != courseCount) {
            state.SkipWithError("the first sync did not pull every course");
            return;
        }
        if (const QString problem = client.queueEverything(); !problem.isEmpty()) {
            state.SkipWithError(qPrintable(problem));
            return;
        }

        std::optional<Clock::time_point> pushed;
        double pushedCpu = 0;
        double pushedServerCpu = 0;
        QObject::connect(client.engine.get(), &SyncEngine::progress, client.engine.get(), [&](int done, int) {
            if (!pushed && done >= actionCount) {
                pushed = Clock::now(); // every entry answered; the pull starts next
                pushedCpu = threadCpuSeconds();
                pushedServerCpu = server.cpuSeconds();
            }
        });
        const double startCpu = threadCpuSeconds();
        const double startServerCpu = server.cpuSeconds();
        const auto start = Clock::now();
        const std::optional<SyncReport> report = client.sync();
        const auto end = Clock::now();
        if (!report || report->sent != actionCount || report->rejected != 0 || report->pending != 0 || !pushed) {
            std::fprintf(stderr, "sent %d, rejected %d, pending %d: %s\n", report ? report->sent : -1,
                         report ? report->rejected : -1, report ? report->pending : -1,
                         report && report->failure ? qPrintable(report->failure->message) : "");
            state.SkipWithError("the sync did not send every action");
            return;
        }
        pushSeconds = secondsSince(start, *pushed);
        clientCpuMs = (pushedCpu - startCpu) * 1e3;
        serverCpuMs = (pushedServerCpu - startServerCpu) * 1e3;
        wholeSeconds = secondsSince(start, end);
        state.SetIterationTime(pushSeconds);
    }
    state.SetItemsProcessed(state.iterations() * actionCount);
    state.counters["push_s"] = pushSeconds;
    state.counters["whole_run_s"] = wholeSeconds;
    state.counters["client_cpu_ms"] = clientCpuMs;
    state.counters["server_cpu_ms"] = serverCpuMs;
}

void BM_SyncPush_Enrollment(benchmark::State &state)
{
    syncPush(state, true);
}

void BM_SyncPush_V2(benchmark::State &state)
{
    syncPush(state, false);
}

// (b) The floor: 5000 POSTs with `inFlight` requests outstanding, nothing else.
enum class Endpoint
{
    V2,
    Enrollment,
};

void rawLoop(benchmark::State &state, Endpoint endpoint)
{
    const QString user = endpoint == Endpoint::V2 ? u"ana"_s : u"ben"_s;
    for (auto _ : state) {
        ServerThread server(RefServerOptions{});
        QNetworkAccessManager network;
        const std::optional<QByteArray> token = server.ok() ? signIn(network, server.url(), user) : std::nullopt;
        if (!token) {
            state.SkipWithError("cannot sign in");
            return;
        }
        const auto request = [&](const QUrl &url) {
            QNetworkRequest r(url);
            r.setRawHeader("Accept", "application/json");
            r.setRawHeader("Authorization", "Bearer " + *token);
            return r;
        };

        // The URLs, built before the clock starts (the enrollment ids come from the course details).
        QList<QUrl> urls;
        for (int c = 0; c < courseCount; ++c) {
            const qint64 courseId = firstCourse + c;
            QString enrollmentId;
            if (endpoint == Endpoint::Enrollment) {
                QNetworkReply *reply =
                    network.get(request(server.url().resolved(QUrl(u"/api/v2/course/%1/"_s.arg(courseId)))));
                test::await<bool>(
                    [&](auto done) {
                        QObject::connect(reply, &QNetworkReply::finished, reply, [done] { done(true); });
                    },
                    longWaitMs);
                enrollmentId = QJsonDocument::fromJson(reply->readAll()).object().value(u"enrollment_id"_s).toString();
                reply->deleteLater();
                if (enrollmentId.isEmpty()) {
                    state.SkipWithError("no enrollment id");
                    return;
                }
            }
            for (int i = 0; i < lessonsPerCourse; ++i) {
                const qint64 sectionId = courseId * 100 + 1 + i / 50;
                const qint64 lessonId = courseId * 1000 + 1 + i;
                const QString path =
                    endpoint == Endpoint::V2
                        ? u"/api/v2/course/%1/section/%2/lesson/%3/complete/"_s.arg(courseId).arg(sectionId).arg(
                              lessonId)
                        : u"/api/enrollments/%1/lessons/%2/complete"_s.arg(enrollmentId).arg(lessonId);
                urls.append(server.url().resolved(QUrl(path)));
            }
        }

        const int expected = endpoint == Endpoint::V2 ? 204 : 200;
        int next = 0;
        int outstanding = 0;
        int ok = 0;
        int failed = 0;
        QEventLoop loop;
        QTimer::singleShot(longWaitMs, &loop, &QEventLoop::quit);
        std::function<void()> pump = [&] {
            while (outstanding < inFlight && next < urls.size()) {
                ++outstanding;
                QNetworkReply *reply = network.post(request(urls.at(next++)), QByteArray());
                QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                    --outstanding;
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    (status == expected ? ok : failed) += 1;
                    reply->deleteLater();
                    if (outstanding == 0 && next == urls.size())
                        return loop.quit();
                    pump();
                });
            }
        };
        const double startCpu = threadCpuSeconds();
        const double startServerCpu = server.cpuSeconds();
        const auto start = Clock::now();
        pump();
        loop.exec();
        state.SetIterationTime(secondsSince(start));
        state.counters["client_cpu_ms"] = (threadCpuSeconds() - startCpu) * 1e3;
        state.counters["server_cpu_ms"] = (server.cpuSeconds() - startServerCpu) * 1e3;
        if (ok != actionCount) {
            std::fprintf(stderr, "raw loop: %d ok, %d failed\n", ok, failed);
            state.SkipWithError("the raw loop did not complete every lesson");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * actionCount);
}

void BM_RawLoop_V2(benchmark::State &state)
{
    rawLoop(state, Endpoint::V2);
}

void BM_RawLoop_Enrollment(benchmark::State &state)
{
    rawLoop(state, Endpoint::Enrollment);
}

// Each measured three times (a fresh server and cache each time); the summary compares the medians, since one run on a
// shared 2-core machine can be off by a fifth either way.
constexpr int repetitions = 3;
BENCHMARK(BM_SyncPush_Enrollment)
    ->Iterations(1)
    ->Repetitions(repetitions)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SyncPush_V2)->Iterations(1)->Repetitions(repetitions)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawLoop_V2)->Iterations(1)->Repetitions(repetitions)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawLoop_Enrollment)
    ->Iterations(1)
    ->Repetitions(repetitions)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

// Keeps every result so the summary can compare them after the run.
class SummaryReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            // The median of the repetitions (or the one run, when there is no aggregate).
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (run.error_occurred || !(median || (run.run_type == Run::RT_Iteration && repetitions == 1)))
                continue;
            m_ms[run.run_name.function_name] = run.GetAdjustedRealTime(); // reported in ms
            for (const auto &[name, counter] : run.counters)
                m_counters[run.run_name.function_name + "/" + name] = counter.value;
        }
        ConsoleReporter::ReportRuns(runs);
    }
    double ms(const std::string &function) const
    {
        const auto it = m_ms.find(function);
        return it == m_ms.end() ? 0 : it->second;
    }
    double counter(const std::string &function, const std::string &name) const
    {
        const auto it = m_counters.find(function + "/" + name);
        return it == m_counters.end() ? 0 : it->second;
    }

private:
    std::map<std::string, double> m_ms;
    std::map<std::string, double> m_counters;
};

double rate(double ms)
{
    return ms > 0 ? actionCount / ms * 1e3 : 0;
}

void compare(const char *what, double syncMs, double rawMs)
{
    if (syncMs <= 0 || rawMs <= 0)
        return;
    const double ratio = rate(syncMs) / rate(rawMs);
    std::printf("  %-46s %5.1f %% of raw (goal >= 80 %%): %s\n", what, ratio * 100, ratio >= 0.8 ? "met" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    QCoreApplication app(argc, argv); // networking and the SQL driver plugins need one
    QLoggingCategory::setFilterRules(u"coursedesk.*.debug=false\ncoursedesk.*.info=false"_s);
    SummaryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const double syncEnr = reporter.ms("BM_SyncPush_Enrollment");
    const double syncV2 = reporter.ms("BM_SyncPush_V2");
    const double rawV2 = reporter.ms("BM_RawLoop_V2");
    const double rawEnr = reporter.ms("BM_RawLoop_Enrollment");
    std::printf("\nSummary (%d courses x %d lessons: %d completions, %d requests in flight, server on its own "
                "thread, in memory; medians of %d runs):\n",
                courseCount, lessonsPerCourse, actionCount, inFlight, repetitions);
    const auto line = [&](const char *what, double ms, const char *function) {
        if (ms <= 0)
            return;
        std::printf("  %-46s push %8.0f ms  %6.0f actions/s", what, ms, rate(ms));
        const double cpu = reporter.counter(function, "client_cpu_ms");
        if (cpu > 0)
            std::printf("  client thread %5.0f ms CPU (%.3f ms/action)", cpu, cpu / actionCount);
        const double serverCpu = reporter.counter(function, "server_cpu_ms");
        if (serverCpu > 0)
            std::printf(", server thread %5.0f ms", serverCpu);
        const double whole = reporter.counter(function, "whole_run_s");
        if (whole > 0)
            std::printf("   whole run (push + pull) %6.0f ms", whole * 1e3);
        std::printf("\n");
    };
    line("SyncEngine, enrollment endpoint (default):", syncEnr, "BM_SyncPush_Enrollment");
    line("SyncEngine, v2 complete (no enrollment_id):", syncV2, "BM_SyncPush_V2");
    line("raw QNetworkAccessManager loop, v2 complete:", rawV2, "BM_RawLoop_V2");
    line("raw QNetworkAccessManager loop, enrollment:", rawEnr, "BM_RawLoop_Enrollment");
    compare("SyncEngine default vs raw v2 loop:", syncEnr, rawV2);
    compare("SyncEngine v2 vs raw v2 loop (same endpoint):", syncV2, rawV2);
    compare("SyncEngine default vs raw enrollment loop:", syncEnr, rawEnr);
    return 0;
}

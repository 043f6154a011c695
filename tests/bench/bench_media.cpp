// Offline media and the fast sync (issue 18), against the reference server on a thread of its own (in memory):
// course 1000 with 5,000 lessons, 1,000 of them with a picture (Seeds::largeMedia), for the learner.
//  (1) First download: one SyncEngine::run through AccountRuntime (every body, then every picture), timed; beside it
//      in the same run a raw QNetworkAccessManager GET loop over the same URLs at the same concurrency (bodies with
//      SyncEngine::Options{}.parallelDownloads in flight, then pictures with MediaSync::Options{}.perHost), on a
//      fresh server. Goal: the engine's request rate is at least 70 % of the raw loop's.
//  (2) Re-sync with nothing changed, right after (1): every body and picture is still fresh (remote/Freshness: the
//      server's Last-Modified is 90 days old, so each copy may be kept an hour) and none is asked about.
//      Goal: at most 15 % of (1)'s time.
//  (2b) The same an hour and a minute later (the client's clock moved on): nothing is fresh any more, so every body
//      and picture is asked again with its validators and answered 304. Reported beside (2); it has no goal of its
//      own, and shows what conditional requests alone give.
//  (3) Peak RSS (VmHWM) of this process after the first download, the server's thread included. Goal: ≤ 200 MB.
// The outbox replay figure (goal ≥ 80 % of the raw loop) is bench_sync's.
#include "RefServer.h"

#include "Await.h"

#include "auth/CredentialStore.h"
#include "remote/Freshness.h"
#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "storage/MediaStore.h"
#include "sync/MediaSync.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <future>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

using SteadyClock = std::chrono::steady_clock;
constexpr int lessonCount = 5000;
constexpr int imageCount = 1000;
constexpr int longWaitMs = 1'800'000;

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

class ServerThread final : public QThread
{
public:
    ServerThread()
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

protected:
    void run() override
    {
        SystemClock clock;
        RefServer server(clock);
        Status seeded = server.seedDemo();
        if (seeded)
            seeded = server.seedLargeMedia(lessonCount, imageCount);
        if (!seeded)
            std::fprintf(stderr, "seed: %s\n", qPrintable(seeded.error().message));
        const quint16 port = seeded ? server.listen() : 0;
        m_ready.set_value(port);
        if (port != 0)
            exec();
    }

private:
    std::promise<quint16> m_ready;
    quint16 m_port = 0;
};

long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// GETs every URL with at most `inFlight` requests at a time; returns how many answered 200.
int rawLoop(QNetworkAccessManager &network, const QList<QUrl> &urls, int inFlight, const QByteArray &token)
{
    int next = 0;
    int running = 0;
    int ok = 0;
    QEventLoop loop;
    std::function<void()> pump = [&] {
        while (running < inFlight && next < urls.size()) {
            QNetworkRequest request(urls.at(next++));
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *reply = network.get(request);
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->readAll();
                ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
                reply->deleteLater();
                --running;
                pump();
                if (running == 0 && next >= urls.size())
                    loop.quit();
            });
        }
    };
    pump();
    if (running > 0)
        loop.exec();
    return ok;
}

struct BenchAccount
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    SystemClock system;
    OffsetClock clock{system}; // moved on by (2b)
    std::unique_ptr<AccountRuntime> runtime;

    bool open(const QUrl &server)
    {
        Accounts accounts(dir.path());
        const coursedesk::Account account{u"bench"_s, false, server, u"learner"_s};
        if (!accounts.add(account))
            return false;
        AccountRuntime::Options options;
        options.watchConnectivity = false;
        Result<std::unique_ptr<AccountRuntime>> opened =
            AccountRuntime::open(accounts, account, clock, network, credentials, Credentials{}, options);
        if (!opened)
            return false;
        runtime = std::move(opened).value();
        const auto tokens = test::await<ApiResult<TokenSet>>(
            [&](auto done) { runtime->api()->passwordGrant(u"learner"_s, u"learner"_s, done); }, longWaitMs);
        if (!tokens || !*tokens)
            return false;
        runtime->useCredentials(Credentials{(*tokens)->accessToken, (*tokens)->refreshToken});
        return true;
    }

    SyncReport sync()
    {
        SyncEngine &engine = *runtime->engine();
        return test::await<SyncReport>(
                   [&](auto done) {
                       QObject::connect(&engine, &SyncEngine::finished, &engine, done, Qt::SingleShotConnection);
                       engine.run(1000);
                   },
                   longWaitMs)
            .value_or(SyncReport{});
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"coursedesk.*.info=false\ncoursedesk.*.warning=false"_s);
    const long rssBefore = peakRssKb();

    double engineSeconds = 0;
    double resyncSeconds = 0;
    double staleSeconds = 0;
    int requests = 0;
    SyncReport first;
    {
        ServerThread server;
        if (!server.ok())
            return 1;
        BenchAccount account;
        if (!account.open(server.url())) {
            std::fprintf(stderr, "cannot open the account\n");
            return 1;
        }
        auto start = SteadyClock::now();
        first = account.sync();
        engineSeconds = secondsSince(start);
        if (first.failure || first.localFailure) {
            std::fprintf(stderr, "first sync failed\n");
            return 1;
        }
        requests = first.lessonsPulled + first.filesFetched + 2;
        start = SteadyClock::now();
        const SyncReport again = account.sync();
        resyncSeconds = secondsSince(start);
        std::printf("first download: %d lessons, %d pictures fetched (%d missing) in %.2f s\n", first.lessonsPulled,
                    first.filesFetched, int(first.missingFiles.size()), engineSeconds);
        std::printf("re-sync, nothing changed: %d bodies and %d pictures still fresh (not asked), %d bodies and %d "
                    "pictures validated (304), %d fetched, in %.2f s\n",
                    again.bodiesFresh, again.filesFresh, again.bodiesUnchanged, again.filesUnchanged,
                    again.filesFetched, resyncSeconds);
        account.clock.setOffsetMs((Freshness::heuristicCapSeconds + 60) * 1000);
        start = SteadyClock::now();
        const SyncReport stale = account.sync();
        staleSeconds = secondsSince(start);
        std::printf("re-sync an hour later, nothing changed: %d bodies and %d pictures still fresh, %d bodies and %d "
                    "pictures validated (304), %d fetched, in %.2f s\n",
                    stale.bodiesFresh, stale.filesFresh, stale.bodiesUnchanged, stale.filesUnchanged,
                    stale.filesFetched, staleSeconds);
    }
    const long rssAfterFirst = peakRssKb();

    double rawSeconds = 0;
    int rawOk = 0;
    {
        ServerThread server;
        QNetworkAccessManager network;
        SystemClock clock;
        HttpTransport transport(network, clock, HttpTransport::Options{});
        ApiClient api(transport, server.url());
        const auto tokens = test::await<ApiResult<TokenSet>>(
            [&](auto done) { api.passwordGrant(u"learner"_s, u"learner"_s, done); }, longWaitMs);
        if (!tokens || !*tokens)
            return 1;
        QList<QUrl> bodies;
        QList<QUrl> pictures;
        const int every = lessonCount / imageCount;
        for (int i = 0; i < lessonCount; ++i) {
            bodies << QUrl(server.url().toString() +
                           u"/api/v2/course/1000/section/%1/lesson/%2/"_s.arg(10001 + i / 50).arg(100001 + i));
            if (i % every == 0)
                pictures << QUrl(server.url().toString() + u"/media/%1/picture.png"_s.arg(700001 + i / every));
        }
        const auto start = SteadyClock::now();
        // The same two reads as the engine's start (the course list and the course), then the same phases.
        rawOk += rawLoop(network,
                         {QUrl(server.url().toString() + u"/api/v2/course/?limit=50"_s),
                          QUrl(server.url().toString() + u"/api/v2/course/1000/?view=user"_s)},
                         1, (*tokens)->accessToken);
        rawOk += rawLoop(network, bodies, SyncEngine::Options{}.parallelDownloads, (*tokens)->accessToken);
        rawOk += rawLoop(network, pictures, MediaSync::Options{}.perHost, {});
        rawSeconds = secondsSince(start);
    }

    const double engineRate = requests / engineSeconds;
    const double rawRate = rawOk / rawSeconds;
    std::printf("raw QNetworkAccessManager GET loop, same URLs and concurrency: %d requests in %.2f s\n", rawOk,
                rawSeconds);
    std::printf("FIRST DOWNLOAD: %.0f req/s vs raw %.0f req/s = %.0f %% (goal >= 70 %%)\n", engineRate, rawRate,
                100.0 * engineRate / rawRate);
    std::printf("RE-SYNC: %.2f s = %.0f %% of the first download (goal <= 15 %%)\n", resyncSeconds,
                100.0 * resyncSeconds / engineSeconds);
    std::printf("RE-SYNC AN HOUR LATER (everything asked again, all 304): %.2f s = %.0f %% of the first download\n",
                staleSeconds, 100.0 * staleSeconds / engineSeconds);
    std::printf("PEAK RSS after the first download: %.0f MB (process start %.0f MB; server thread included; goal <= "
                "200 MB)\n",
                rssAfterFirst / 1024.0, rssBefore / 1024.0);
    return 0;
}

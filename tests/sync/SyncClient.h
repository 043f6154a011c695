#pragma once

// One learner's account (AccountRuntime: cache, session, API, sync engine, token refresher) against an in-process
// reference server, all real, on loopback, with one FakeClock for both: the fixture of the sync specifications
// (tst_SyncEndToEnd, tst_FaultMatrix, tst_ExactlyOnce, tst_SyncConflicts, tst_SyncTime, tst_SyncRetry).
//
// Every one of them runs in both of the server's dialects (DialectRows.h): its initTestCase_data()
// is addDialectRows(), and each test builds its client with optionsFor(currentDialect()).

#include "Await.h"
#include "DialectRows.h"
#include "FakeClock.h"
#include "RefServer.h"
#include "Store.h"

#include "auth/CredentialStore.h"
#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "storage/LearnerState.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace coursedesk::test {

using namespace Qt::StringLiterals;

inline const QDateTime syncStart(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

struct SyncClientOptions
{
    refserver::RefServerOptions server{}; // server.dialect: our contract or the platform's documented dialect
    HttpTransport::Options transport{};
    SyncEngine::Options engine{};
    MediaSync::Options media{};        // the lessons' files: per-host downloads, size caps
    std::function<quint32()> random{}; // the backoff jitter; null: the system generator
    int syncIntervalMinutes = 15;      // the account's scheduler (not started unless a test starts it)
    int syncDebounceMs = 50;
};

// A client of a server that speaks `dialect`, the rest as by default.
inline SyncClientOptions optionsFor(refserver::Dialect dialect)
{
    SyncClientOptions options;
    options.server.dialect = dialect;
    return options;
}

// RFC 7231 IMF-fixdate, as a Retry-After header carries it.
inline QString retryAfterDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
}

class SyncClient
{
public:
    explicit SyncClient(SyncClientOptions chosen = {})
        : options(std::move(chosen))
    {}

    SyncClientOptions options;
    FakeClock clock{syncStart};
    refserver::RefServer server{clock, options.server};
    bool serverUp = server.seedDemo().ok() && server.listen() != 0;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    // The account "learner" on the server, opened as the app opens one (AccountRuntime: cache, state, session,
    // transport, API client, token refresher, sync engine): the tests go through no wiring of their own.
    std::unique_ptr<AccountRuntime> runtime = openAccount();
    LearnerState &state = runtime->state();
    CourseSession &session = runtime->session();
    HttpTransport &transport = *runtime->transport();
    ApiClient &api = *runtime->api();
    SyncEngine &engine = *runtime->engine();

    static constexpr const char16_t *accountName = u"learner";

    // Signs in with the password grant and keeps the tokens in the memory credential store; the account uses them,
    // and refreshes with the refresh token (or, with keepRefreshToken false, cannot: a 401 means "sign in again").
    bool signIn(const QString &user = u"learner"_s, bool keepRefreshToken = true)
    {
        const auto tokens = await<ApiResult<TokenSet>>([&](auto done) { api.passwordGrant(user, user, done); });
        if (!tokens || !tokens->ok())
            return false;
        const Credentials current{tokens->value().accessToken,
                                  keepRefreshToken ? tokens->value().refreshToken : QByteArray()};
        bool saved = false;
        credentials.write(QString::fromUtf16(accountName), current, [&](Status status) { saved = status.ok(); });
        runtime->useCredentials(current);
        return saved;
    }

    // The tokens the credential store holds for the account now.
    Credentials storedCredentials()
    {
        Credentials stored;
        credentials.read(QString::fromUtf16(accountName), [&](Result<Credentials> read) {
            if (read)
                stored = *read;
        });
        return stored;
    }

    SyncReport sync(SyncEngine::Trigger trigger = SyncEngine::Trigger::User, qint64 course = 0)
    {
        const auto report = await<SyncReport>([&](auto done) {
            QObject::connect(&engine, &SyncEngine::finished, &engine, done, Qt::SingleShotConnection);
            engine.run(course, trigger);
        });
        return report.value_or(SyncReport{});
    }

    // The completion of every lesson of a course in the local outline, as "id:state".
    QStringList localStates(qint64 courseId) const
    {
        QStringList states;
        const Result<CourseOutline> outline = session.outline(courseId);
        if (!outline)
            return {u"error: "_s + outline.error().message};
        for (const Section &section : outline->course.sections) {
            for (const Lesson &lesson : section.lessons)
                states << u"%1:%2"_s.arg(lesson.id).arg(toWire(lesson.completion));
        }
        return states;
    }

    // The same lessons as the server has them for a user (a lesson it does not show: "absent").
    QStringList serverStates(qint64 courseId, const QStringList &lessonsOfInterest,
                             const QString &user = u"learner"_s) const
    {
        const Result<QJsonObject> state = server.state(user, courseId);
        if (!state)
            return {u"error: "_s + state.error().message};
        const QJsonObject lessons = state->value(u"lessons"_s).toObject();
        QStringList states;
        for (const QString &line : lessonsOfInterest) {
            const QString id = line.section(u':', 0, 0);
            states << u"%1:%2"_s.arg(id, lessons.value(id).toString(u"absent"_s));
        }
        return states;
    }

    QString localState(qint64 courseId, qint64 lessonId) const
    {
        const Result<CourseOutline> outline = session.outline(courseId);
        const Lesson *lesson = outline ? outline->course.findLesson(lessonId) : nullptr;
        return lesson ? toWire(lesson->completion) : u"absent"_s;
    }

    QString serverState(qint64 courseId, qint64 lessonId, const QString &user = u"learner"_s) const
    {
        const Result<QJsonObject> state = server.state(user, courseId);
        if (!state)
            return u"error: "_s + state.error().message;
        return state->value(u"lessons"_s).toObject().value(QString::number(lessonId)).toString(u"absent"_s);
    }

    qint64 userId(const QString &user = u"learner"_s)
    {
        const std::optional<refserver::User> found = server.store().userByName(user);
        return found ? found->id : 0;
    }

    QList<OutboxEntry> unfinished() const
    {
        const Result<QList<OutboxEntry>> entries = session.pendingActions();
        return entries ? *entries : QList<OutboxEntry>{};
    }

    bool platform() const { return options.server.isPlatform(); }

private:
    std::unique_ptr<AccountRuntime> openAccount()
    {
        Accounts accounts(dir.path());
        const Account account{QString::fromUtf16(accountName), false, server.baseUrl(), u"learner"_s};
        if (Status added = accounts.add(account); !added)
            qFatal("cannot add the test account: %s", qPrintable(added.error().message));
        AccountRuntime::Options runtimeOptions;
        runtimeOptions.watchConnectivity = false;
        runtimeOptions.syncIntervalMinutes = options.syncIntervalMinutes;
        runtimeOptions.syncDebounceMs = options.syncDebounceMs;
        runtimeOptions.transport = options.transport;
        runtimeOptions.engine = options.engine;
        runtimeOptions.media = options.media;
        runtimeOptions.random = options.random;
        Result<std::unique_ptr<AccountRuntime>> opened =
            AccountRuntime::open(accounts, account, clock, network, credentials, Credentials{}, runtimeOptions);
        if (!opened)
            qFatal("cannot open the test account: %s", qPrintable(opened.error().message));
        return std::move(opened).value();
    }
};

// The server's calls that change progress (reads are left out: a pull always reads).
inline int writeCalls(const refserver::RefServerCounters &counters)
{
    return counters.completeCalls + counters.incompleteCalls + counters.attemptCalls;
}

} // namespace coursedesk::test

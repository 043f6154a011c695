#pragma once

// One learner's client (cache, session, API, sync engine, token refresher) against an in-process reference
// server, all real, on loopback, with one FakeClock for both: the fixture of the sync specifications
// (tst_SyncEndToEnd, tst_FaultMatrix, tst_ExactlyOnce, tst_SyncConflicts, tst_SyncTime, tst_SyncRetry).
//
// Every one of them runs in both of the server's dialects (DialectRows.h): its initTestCase_data()
// is addDialectRows(), and each test builds its client with optionsFor(currentDialect()).

#include "Await.h"
#include "DialectRows.h"
#include "FakeClock.h"
#include "RefServer.h"
#include "Store.h"

#include "session/CourseSession.h"
#include "session/CredentialStore.h"
#include "session/SessionRefresher.h"
#include "storage/CacheDatabase.h"
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
    std::function<quint32()> random{}; // the backoff jitter; null: the system generator
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
    std::unique_ptr<CacheDatabase> db = CacheDatabase::open(dir.filePath(u"learner.sqlite"_s)).value();
    CourseSession session{*db, clock, CourseSession::Kind::Server};
    QNetworkAccessManager network;
    HttpTransport transport{network, clock, options.transport};
    ApiClient api{transport, server.baseUrl()};
    SyncEngine engine{session, api, options.engine, nullptr, options.random};
    MemoryCredentialStore credentials;
    std::unique_ptr<SessionRefresher> refresher;

    // Signs in with the password grant and keeps the tokens in a memory credential store; the engine gets a
    // refresher with the refresh token (or, with keepRefreshToken false, none: a 401 means "sign in again").
    bool signIn(const QString &user = u"learner"_s, bool keepRefreshToken = true)
    {
        const auto tokens = await<ApiResult<TokenSet>>([&](auto done) { api.passwordGrant(user, user, done); });
        if (!tokens || !tokens->ok())
            return false;
        transport.setAccessToken(tokens->value().accessToken);
        const Credentials current{tokens->value().accessToken,
                                  keepRefreshToken ? tokens->value().refreshToken : QByteArray()};
        bool saved = false;
        credentials.write(user, current, [&](Status status) { saved = status.ok(); });
        refresher = std::make_unique<SessionRefresher>(api, credentials, user, current);
        engine.setTokenRefresher(refresher.get());
        return saved;
    }

    // The tokens the credential store holds for an account now.
    Credentials storedCredentials(const QString &user = u"learner"_s)
    {
        Credentials stored;
        credentials.read(user, [&](Result<Credentials> read) {
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
};

// The server's calls that change progress (reads are left out: a pull always reads).
inline int writeCalls(const refserver::RefServerCounters &counters)
{
    return counters.completeCalls + counters.incompleteCalls + counters.attemptCalls;
}

} // namespace coursedesk::test

#include "session/Dashboard.h"

#include "domain/Logging.h"
#include "domain/ServerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {


const QString learnersKind = u"learners"_s;
const QString quizKind = u"quiz"_s;

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// The cache stores rows in its own small JSON shape (not the server's): only what the dashboard shows.
QJsonObject toJson(const LearnerRow &row)
{
    return QJsonObject{{u"id"_s, row.id},
                       {u"username"_s, row.username},
                       {u"real_name"_s, row.realName},
                       {u"status"_s, toWire(row.joinStatus)},
                       {u"rate"_s, row.completionRate},
                       {u"last_active"_s, isoTime(row.lastActiveAt)},
                       {u"joined"_s, isoTime(row.joinedAt)}};
}

QJsonObject toJson(const QuizResultRow &row)
{
    return QJsonObject{{u"id"_s, row.id},
                       {u"lesson"_s, row.lessonId},
                       {u"quiz"_s, row.quizName},
                       {u"user"_s, row.username},
                       {u"created"_s, isoTime(row.createdAt)},
                       {u"grade"_s, row.grade},
                       {u"result"_s, toWire(row.result)}};
}

// A row read back; false when it holds a value this version does not know (the page is then fetched again,
// never shown with a guess).
bool fromJson(const QJsonObject &json, LearnerRow &row)
{
    row.id = json.value(u"id"_s).toInteger();
    row.username = json.value(u"username"_s).toString();
    row.realName = json.value(u"real_name"_s).toString();
    const std::optional<JoinStatus> status = joinStatusFromWire(json.value(u"status"_s).toString());
    row.joinStatus = status.value_or(JoinStatus::Unknown);
    row.completionRate = json.value(u"rate"_s).toInt();
    row.lastActiveAt = fromIso(json.value(u"last_active"_s));
    row.joinedAt = fromIso(json.value(u"joined"_s));
    return status.has_value();
}

bool fromJson(const QJsonObject &json, QuizResultRow &row)
{
    row.id = json.value(u"id"_s).toInteger();
    row.lessonId = json.value(u"lesson"_s).toInteger();
    row.quizName = json.value(u"quiz"_s).toString();
    row.username = json.value(u"user"_s).toString();
    row.createdAt = fromIso(json.value(u"created"_s));
    row.grade = json.value(u"grade"_s).toInt();
    const std::optional<Completion> result = completionFromWire(json.value(u"result"_s).toString());
    row.result = result.value_or(Completion::Unknown);
    return result.has_value();
}

template <typename T> QByteArray rowsJson(const QList<T> &rows)
{
    QJsonArray array;
    for (const T &row : rows)
        array.append(toJson(row));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

template <typename T> std::optional<QList<T>> rowsFrom(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        return std::nullopt;
    QList<T> rows;
    for (const QJsonValue &value : document.array()) {
        T row;
        if (!fromJson(value.toObject(), row)) {
            qCWarning(lcDashboard) << "a cached dashboard page holds a value this version does not know; fetching it again";
            return std::nullopt;
        }
        rows.append(row);
    }
    return rows;
}

// Everything that selects the rows of a page, except its offset.
QString queryKey(const PageQuery &query)
{
    const QJsonObject key{{u"limit"_s, query.limit},
                          {u"search"_s, query.search},
                          {u"ordering"_s, query.ordering},
                          {u"statuses"_s, QJsonArray::fromStringList(query.statuses)}};
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

QByteArray summaryJson(const CompletionSummary &summary)
{
    QJsonArray bands;
    for (int count : summary.bands)
        bands.append(count);
    QJsonObject json{{u"bands"_s, bands},
                     {u"counted"_s, summary.counted},
                     {u"total"_s, summary.total},
                     {u"sum"_s, summary.percentSum}};
    if (summary.serverAverage)
        json.insert(u"server_average"_s, *summary.serverAverage);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<CompletionSummary> summaryFrom(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QJsonArray bands = object.value(u"bands"_s).toArray();
    if (bands.size() != CompletionSummary::bandCount)
        return std::nullopt;
    CompletionSummary summary;
    for (int i = 0; i < CompletionSummary::bandCount; ++i)
        summary.bands[size_t(i)] = bands.at(i).toInt();
    summary.counted = object.value(u"counted"_s).toInt();
    summary.total = object.value(u"total"_s).toInt();
    summary.percentSum = object.value(u"sum"_s).toInteger();
    if (object.value(u"server_average"_s).isDouble())
        summary.serverAverage = object.value(u"server_average"_s).toInt();
    return summary;
}

} // namespace

int CompletionSummary::bandOf(int percent)
{
    return std::clamp(percent / 10, 0, bandCount - 1);
}

void CompletionSummary::add(int percent)
{
    const int clamped = std::clamp(percent, 0, 100);
    ++bands[size_t(bandOf(clamped))];
    ++counted;
    percentSum += clamped;
}

Dashboard::Dashboard(ApiClient &api, CacheDatabase &db, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(db)
    , m_clock(clock)
    , m_options(options)
{}

QStringList Dashboard::everyMember()
{
    QStringList statuses;
    for (JoinStatus status : {JoinStatus::Creator, JoinStatus::Manager, JoinStatus::Joined, JoinStatus::Invited,
                              JoinStatus::Requested, JoinStatus::PaymentWaiting})
        statuses.append(toWire(status));
    return statuses;
}

PageQuery Dashboard::withStatuses(PageQuery query)
{
    if (query.statuses.isEmpty())
        query.statuses = everyMember();
    return query;
}

Error Dashboard::failure(qint64 courseId, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Http && (error.httpStatus == 403 || error.httpStatus == 404)) {
        if (Status forgotten = m_store.forget(courseId); !forgotten)
            qCWarning(lcDashboard) << "cannot drop the cached dashboard:" << forgotten.error().message;
        emit accessDenied(courseId);
        return Error{forbiddenCode, tr("Only the creators and managers of this course can see its dashboard.")};
    }
    return error.toError();
}

QString Dashboard::unavailable(const ApiError &error)
{
    // The server's words about a refused token ("Authentication credentials were not provided.") tell people
    // nothing: the sentence says what to do.
    if (error.isAuthFailure())
        return tr("Your sign-in has expired. Sign in again to see the latest figures.");
    if (error.kind == ApiError::Kind::Http)
        return ServerText::compose(tr("The server could not give the dashboard."), error.message);
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        return tr("The server could not be reached.");
    return ServerText::sentence(error.message); // our own words about the reply
}

template <typename T, typename Fetch>
void Dashboard::page(qint64 courseId, const QString &kind, const PageQuery &query, Fetch fetch,
                     Callback<DashboardPage<T>> done)
{
    const QString key = queryKey(query);
    const auto fromCache = [this, courseId, kind, key, offset = query.offset](
                               const QString &reason, const Error &fallback, bool needsSignIn = false) {
        Result<std::optional<CachedPage>> cached = m_store.page(courseId, kind, key, offset);
        if (!cached)
            return Result<DashboardPage<T>>(cached.error());
        std::optional<QList<T>> rows = cached->has_value() ? rowsFrom<T>((*cached)->rowsJson) : std::nullopt;
        if (!rows)
            return Result<DashboardPage<T>>(fallback);
        DashboardPage<T> page;
        page.value.count = (*cached)->total;
        page.value.results = std::move(*rows);
        page.asOf = (*cached)->fetchedAt;
        page.fromCache = true;
        page.cacheReason = reason;
        page.needsSignIn = needsSignIn;
        return Result<DashboardPage<T>>(std::move(page));
    };
    if (m_offline) {
        const QString reason = tr("You are offline.");
        return done(fromCache(reason, Error{offlineCode, tr("You are offline and this page was never downloaded.")}));
    }
    QPointer<Dashboard> self(this);
    fetch(query, [this, self, courseId, kind, key, offset = query.offset, fromCache,
                  done = std::move(done)](ApiResult<coursedesk::Page<T>> reply) {
        if (!self)
            return;
        if (!reply) {
            const Error error = failure(courseId, reply.error());
            if (isForbidden(error))
                return done(error);
            const QString reason = unavailable(reply.error());
            const bool signIn = reply.error().isAuthFailure();
            return done(fromCache(reason, Error{signIn ? signInCode : error.code, reason}, signIn));
        }
        DashboardPage<T> page{*reply, m_clock.now(), false, {}};
        const Status saved = m_store.savePage(courseId, kind, key, offset,
                                              CachedPage{reply->count, rowsJson(reply->results), page.asOf});
        if (!saved)
            qCWarning(lcDashboard) << "cannot cache a dashboard page:" << saved.error().message;
        done(std::move(page));
    });
}

void Dashboard::learners(qint64 courseId, const PageQuery &query, Callback<DashboardPage<LearnerRow>> done)
{
    page<LearnerRow>(
        courseId, learnersKind, withStatuses(query),
        [this, courseId](const PageQuery &q, auto reply) { m_api.courseLearners(courseId, q, std::move(reply)); },
        std::move(done));
}

void Dashboard::quizResults(qint64 courseId, const PageQuery &query, Callback<DashboardPage<QuizResultRow>> done)
{
    page<QuizResultRow>(
        courseId, quizKind, withStatuses(query),
        [this, courseId](const PageQuery &q, auto reply) { m_api.courseQuizResults(courseId, q, std::move(reply)); },
        std::move(done));
}

void Dashboard::completion(qint64 courseId, Callback<Timed<CompletionSummary>> done)
{
    if (m_offline)
        return summaryFromCache(courseId, std::nullopt, std::move(done));
    countPage(courseId, 0, CompletionSummary{}, std::move(done));
}

void Dashboard::countPage(qint64 courseId, int offset, CompletionSummary summary,
                          Callback<Timed<CompletionSummary>> done)
{
    PageQuery query;
    query.limit = std::min(m_options.summaryPageSize, m_options.summaryMaxLearners - offset);
    query.offset = offset;
    query.statuses = {toWire(JoinStatus::Joined)};
    QPointer<Dashboard> self(this);
    m_api.courseLearners(
        courseId, query,
        [this, self, courseId, summary, done = std::move(done)](ApiResult<coursedesk::Page<LearnerRow>> reply) mutable {
            if (!self)
                return;
            if (!reply) {
                const Error error = failure(courseId, reply.error());
                if (isForbidden(error))
                    return done(error);
                return summaryFromCache(courseId, reply.error(), std::move(done));
            }
            for (const LearnerRow &row : reply->results)
                summary.add(row.completionRate);
            summary.total = reply->count;
            const bool more = !reply->results.isEmpty() && summary.counted < summary.total &&
                              summary.counted < m_options.summaryMaxLearners;
            if (more)
                return countPage(courseId, summary.counted, summary, std::move(done));
            if (!summary.isPartial())
                return finishSummary(courseId, summary, std::move(done));
            // Only the first learners were counted: the average over all of them is the server's (a Course Dashboard).
            m_api.courseDashboard(courseId, [this, self, courseId, summary,
                                             done = std::move(done)](ApiResult<CourseDashboard> figures) mutable {
                if (!self)
                    return;
                if (figures)
                    summary.serverAverage = figures->averageCompletionRate;
                else
                    qCDebug(lcDashboard) << "no avg_completion_rate:" << figures.error().message;
                finishSummary(courseId, summary, std::move(done));
            });
        });
}

void Dashboard::finishSummary(qint64 courseId, const CompletionSummary &summary,
                              Callback<Timed<CompletionSummary>> done)
{
    const QDateTime now = m_clock.now();
    if (Status saved = m_store.saveSummary(courseId, CachedSummary{summaryJson(summary), now}); !saved)
        qCWarning(lcDashboard) << "cannot cache the completion summary:" << saved.error().message;
    done(Timed<CompletionSummary>{summary, now, false, {}});
}

void Dashboard::summaryFromCache(qint64 courseId, const std::optional<ApiError> &why,
                                 Callback<Timed<CompletionSummary>> done)
{
    const bool signIn = why && why->isAuthFailure();
    const QString reason = why ? unavailable(*why) : tr("You are offline.");
    Result<std::optional<CachedSummary>> cached = m_store.summary(courseId);
    if (!cached)
        return done(cached.error());
    const std::optional<CompletionSummary> summary = cached->has_value() ? summaryFrom((*cached)->json) : std::nullopt;
    if (!summary)
        return done(Error{signIn ? signInCode : offlineCode,
                          reason + u' ' + tr("No completion figures were downloaded before.")});
    done(Timed<CompletionSummary>{*summary, (*cached)->fetchedAt, true, reason, signIn});
}

template <typename T, typename Fetch>
void Dashboard::collect(qint64 courseId, PageQuery query, Fetch fetch, QList<T> rows, Callback<QList<T>> done,
                        Progress progress)
{
    QPointer<Dashboard> self(this);
    fetch(query, [this, self, courseId, query, fetch, rows = std::move(rows), done = std::move(done),
                  progress = std::move(progress)](ApiResult<coursedesk::Page<T>> reply) mutable {
        if (!self)
            return;
        if (!reply)
            return done(failure(courseId, reply.error()));
        rows.append(reply->results);
        if (progress)
            progress(int(rows.size()), reply->count);
        query.offset += int(reply->results.size());
        if (reply->results.isEmpty() || query.offset >= reply->count)
            return done(std::move(rows));
        collect<T>(courseId, query, fetch, std::move(rows), std::move(done), std::move(progress));
    });
}

void Dashboard::allLearners(qint64 courseId, PageQuery query, Callback<QList<LearnerRow>> done, Progress progress)
{
    if (m_offline)
        return done(Error{offlineCode, tr("Exporting the whole list needs the server; you are offline.")});
    query = withStatuses(query);
    query.limit = m_options.exportPageSize;
    query.offset = 0;
    collect<LearnerRow>(
        courseId, query,
        [this, courseId](const PageQuery &q, auto reply) { m_api.courseLearners(courseId, q, std::move(reply)); }, {},
        std::move(done), std::move(progress));
}

void Dashboard::allQuizResults(qint64 courseId, PageQuery query, Callback<QList<QuizResultRow>> done, Progress progress)
{
    if (m_offline)
        return done(Error{offlineCode, tr("Exporting the whole list needs the server; you are offline.")});
    query = withStatuses(query);
    query.limit = m_options.exportPageSize;
    query.offset = 0;
    collect<QuizResultRow>(
        courseId, query,
        [this, courseId](const PageQuery &q, auto reply) { m_api.courseQuizResults(courseId, q, std::move(reply)); },
        {}, std::move(done), std::move(progress));
}

} // namespace coursedesk

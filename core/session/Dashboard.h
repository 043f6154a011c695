#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "remote/ApiClient.h"
#include "storage/DashboardStore.h"

#include <QObject>

#include <array>
#include <functional>
#include <optional>

namespace coursedesk {

class CacheDatabase;

// A value from the server, or from the cache when the server could not be reached, with its age.
template <typename T> struct Timed final
{
    T value;
    QDateTime asOf; // when the server sent it (UTC)
    bool fromCache = false;
    QString cacheReason;      // when fromCache: why the server's answer is missing (for people)
    bool needsSignIn = false; // when fromCache: because the server refused the sign-in (signing in again helps)
};

template <typename T> using DashboardPage = Timed<coursedesk::Page<T>>;

// Learners per 10 % completion band, computed by the client: the contract has no aggregate endpoint (view=dashboard
// only gives avg_completion_rate), so the joined learners are read page by page (statuses=["joined"]) and counted.
// At most Dashboard::Options::summaryMaxLearners are read; beyond that the summary covers the first ones in the
// server's default order (newest joined first) and says so (isPartial()); the average over every learner is then
// the server's own avg_completion_rate (view=dashboard), when it gives one.
struct CompletionSummary final
{
    static constexpr int bandCount = 10; // [0, 10), [10, 20), …, [80, 90), [90, 100]
    std::array<int, bandCount> bands{};
    int counted = 0;                  // learners counted into the bands
    int total = 0;                    // joined learners on the server
    qint64 percentSum = 0;            // the counted learners' completion percents, summed
    std::optional<int> serverAverage; // partial summaries: the server's avg_completion_rate over all `total`

    static int bandOf(int percent); // 0 … 9; out-of-range percents are clamped
    void add(int percent);
    double average() const { return counted > 0 ? double(percentSum) / counted : 0.0; }
    bool isPartial() const { return counted < total; }
    friend bool operator==(const CompletionSummary &, const CompletionSummary &) = default;
};

// The instructor dashboard of a course for the UI and the CLI: the server's learner and quiz-attempt lists page by
// page, the completion summary, and the whole lists for CSV export. A query without statuses lists every member
// (everyMember()): the statuses are then sent by name, because a platform server's default is managers and joined
// learners only (api-contract.md, "What a platform server does differently", points 1 and 9). Every page and summary
// fetched is cached in the account's database (DashboardStore); when the server cannot be reached (or
// setOffline(true)), the cached page is served with its age. A 403 or 404 (not a creator or manager of the course) is
// the error code "forbidden" with a clear message, and drops what was cached for that course.
class Dashboard final : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    struct Options
    {
        int summaryPageSize = 200;
        int summaryMaxLearners = 10000;
        int exportPageSize = 100;
    };

    static inline const QString forbiddenCode = QStringLiteral("forbidden");
    static inline const QString offlineCode = QStringLiteral("offline");
    static inline const QString signInCode = QStringLiteral("sign_in_expired"); // the server refused the sign-in

    Dashboard(ApiClient &api, CacheDatabase &db, const Clock &clock, Options options, QObject *parent = nullptr);
    Dashboard(ApiClient &api, CacheDatabase &db, const Clock &clock, QObject *parent = nullptr)
        : Dashboard(api, db, clock, Options{}, parent)
    {}

    // Offline: answer from the cache only, without trying the server.
    void setOffline(bool offline) { m_offline = offline; }
    bool isOffline() const { return m_offline; }

    void learners(qint64 courseId, const PageQuery &query, Callback<DashboardPage<LearnerRow>> done);
    void quizResults(qint64 courseId, const PageQuery &query, Callback<DashboardPage<QuizResultRow>> done);
    void completion(qint64 courseId, Callback<Timed<CompletionSummary>> done);

    // Every row that matches query.search (and statuses, ordering), following the pages; online only. progress gets
    // (rows so far, total) after each page.
    using Progress = std::function<void(int fetched, int total)>;
    void allLearners(qint64 courseId, PageQuery query, Callback<QList<LearnerRow>> done, Progress progress = {});
    void allQuizResults(qint64 courseId, PageQuery query, Callback<QList<QuizResultRow>> done, Progress progress = {});

    // For the reads built on the dashboard's (LearnerProgress): its server and its cache.
    ApiClient &api() { return m_api; }
    DashboardStore &store() { return m_store; }

    static bool isForbidden(const Error &error) { return error.code == forbiddenCode; }
    // The join status of every kind of member: creator, manager, joined, invited, requested, payment_waiting.
    static QStringList everyMember();
    static bool needsSignIn(const Error &error) { return error.code == signInCode; }

signals:
    // The server refused the dashboard of this course (403/404): the UI shows none.
    void accessDenied(qint64 courseId);

private:
    template <typename T, typename Fetch>
    void page(qint64 courseId, const QString &kind, const PageQuery &query, Fetch fetch,
              Callback<DashboardPage<T>> done);
    template <typename T, typename Fetch>
    void collect(qint64 courseId, PageQuery query, Fetch fetch, QList<T> rows, Callback<QList<T>> done,
                 Progress progress);
    void countPage(qint64 courseId, int offset, CompletionSummary summary, Callback<Timed<CompletionSummary>> done);
    void finishSummary(qint64 courseId, const CompletionSummary &summary, Callback<Timed<CompletionSummary>> done);
    // why: the server's failure, or none when offline.
    void summaryFromCache(qint64 courseId, const std::optional<ApiError> &why, Callback<Timed<CompletionSummary>> done);
    Error failure(qint64 courseId, const ApiError &error);
    static QString unavailable(const ApiError &error); // why a saved copy is shown
    static PageQuery withStatuses(PageQuery query);    // no statuses: everyMember()

    ApiClient &m_api;
    DashboardStore m_store;
    const Clock &m_clock;
    Options m_options;
    bool m_offline = false;
};

} // namespace coursedesk

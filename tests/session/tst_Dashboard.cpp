// The dashboard façade against the reference server in both dialects (Dialects.h): pages with their age, the
// offline cache, the 403 for learners, every member listed whatever the server's default statuses, the completion
// summary computed from the learner list, and whole lists for export.
#include "session/Dashboard.h"

#include "DashboardStack.h"
#include "Dialects.h"
#include "HostileSeed.h"
#include "RequestCapture.h"

#include <QSignalSpy>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

PageQuery firstPage(int limit, const QString &search = {})
{
    PageQuery query;
    query.limit = limit;
    query.search = search;
    return query;
}

std::optional<Result<DashboardPage<LearnerRow>>> learners(DashboardStack &s, const PageQuery &query, qint64 course = 1)
{
    return await<Result<DashboardPage<LearnerRow>>>([&](auto done) { s.dashboard->learners(course, query, done); });
}

std::optional<Result<Timed<CompletionSummary>>> completion(DashboardStack &s, qint64 course = 1)
{
    return await<Result<Timed<CompletionSummary>>>([&](auto done) { s.dashboard->completion(course, done); });
}

template <typename Row> QStringList usernames(const QList<Row> &rows)
{
    QStringList names;
    for (const Row &row : rows)
        names << row.username;
    return names;
}

} // namespace

class tst_Dashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void instructorGetsAPageStampedWithItsTime()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        const auto page = learners(s, firstPage(3));
        QVERIFY(page && page->ok());
        QCOMPARE(page->value().value.count, demoCourse1Members()); // teacher, seven learners (and paula)
        QCOMPARE(page->value().value.results.size(), 3);
        QCOMPARE(page->value().asOf, s.clock.now());
        QVERIFY(!page->value().fromCache);
    }

    void offlineTheLastFetchedPageIsServedWithItsAge()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        const QDateTime fetchedAt = s.clock.now();
        const auto online = learners(s, firstPage(3));
        QVERIFY(online && online->ok());

        s.clock.advanceSecs(3600);
        s.goOffline();
        const auto offline = learners(s, firstPage(3));
        QVERIFY(offline && offline->ok());
        QVERIFY(offline->value().fromCache);
        QCOMPARE(offline->value().asOf, fetchedAt);
        QVERIFY(!offline->value().cacheReason.isEmpty());
        QCOMPARE(offline->value().value.count, demoCourse1Members());
        QCOMPARE(usernames(offline->value().value.results), usernames(online->value().value.results));
        QCOMPARE(offline->value().value.results.at(0).joinedAt, online->value().value.results.at(0).joinedAt);
    }

    void offlineAPageNeverFetchedIsAClearError()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QVERIFY(learners(s, firstPage(3))->ok());
        s.goOffline();
        const auto otherSearch = learners(s, firstPage(3, u"ana"_s));
        QVERIFY(otherSearch && !otherSearch->ok());
        QVERIFY(!Dashboard::isForbidden(otherSearch->error()));
        QVERIFY(otherSearch->error().message.contains(u"could not be reached"_s));

        PageQuery next = firstPage(3);
        next.offset = 3;
        QVERIFY(!learners(s, next)->ok()); // only the first page was fetched
    }

    void explicitlyOfflineNeverTouchesTheServer()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QVERIFY(learners(s, firstPage(5))->ok());
        s.dashboard->setOffline(true);
        const int requests = s.server.counters().requests;
        const auto cached = learners(s, firstPage(5));
        QVERIFY(cached && cached->ok() && cached->value().fromCache);
        const auto missing = learners(s, firstPage(2));
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().code, Dashboard::offlineCode);
        QCOMPARE(s.server.counters().requests, requests);
    }

    // A query without statuses lists every member, whatever the server's own default (a platform's is managers and
    // joined learners only): course 2's invited learner in both dialects, and on a platform server paula, whose
    // payment is pending, with her status known; her row never fails the page.
    void everyMemberIsListedWhateverTheServersDefault()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QVERIFY(addHostileLearners(s.server));
        const auto page = learners(s, firstPage(50), 2);
        QVERIFY(page.has_value());
        QVERIFY2(page->ok(), qPrintable(page->ok() ? QString() : page->error().message));
        const QList<LearnerRow> &rows = page->value().value.results;
        const auto row = [&rows](const QString &username) {
            const auto found =
                std::find_if(rows.cbegin(), rows.cend(), [&](const LearnerRow &r) { return r.username == username; });
            return found == rows.cend() ? std::optional<LearnerRow>() : std::optional<LearnerRow>(*found);
        };
        QCOMPARE(row(u"@admin"_s).value_or(LearnerRow{}).joinStatus, JoinStatus::Invited);
        QCOMPARE(row(u"teacher"_s).value_or(LearnerRow{}).joinStatus, JoinStatus::Creator);
        // Course 2: teacher, learner, ana, eve, the three hostile learners (and paula).
        QCOMPARE(page->value().value.count, platformRow() ? 8 : 7);
        QCOMPARE(row(u"paula"_s).has_value(), platformRow());
        if (platformRow())
            QCOMPARE(row(u"paula"_s)->joinStatus, JoinStatus::PaymentWaiting);

        PageQuery waiting = firstPage(50);
        waiting.statuses = {u"payment_waiting"_s};
        const auto onlyWaiting = learners(s, waiting, 2);
        QVERIFY(onlyWaiting && onlyWaiting->ok());
        QCOMPARE(usernames(onlyWaiting->value().value.results),
                 platformRow() ? QStringList{u"paula"_s} : QStringList{});
    }

    // The quiz results' statuses are join statuses (none given: every member's attempts).
    void quizResultsAreFilteredByTheLearnersJoinStatus()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QVERIFY(addHostileLearners(s.server));
        const auto quiz = [&](const QStringList &statuses) {
            PageQuery query = firstPage(50);
            query.statuses = statuses;
            const auto page = await<Result<DashboardPage<QuizResultRow>>>(
                [&](auto done) { s.dashboard->quizResults(2, query, done); });
            QStringList names = page && page->ok() ? usernames(page->value().value.results) : QStringList{u"failed"_s};
            names.sort();
            return names;
        };
        QCOMPARE(quiz({}), (QStringList{u"+cmd"_s, u"@admin"_s, u"eve"_s}));
        QCOMPARE(quiz({u"invited"_s}), QStringList{u"@admin"_s});
        QCOMPARE(quiz({u"joined"_s}), (QStringList{u"+cmd"_s, u"eve"_s}));
    }

    void learnerIsRefusedEveryPartWithAClearMessage()
    {
        DashboardStack s(u"learner"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QSignalSpy denied(s.dashboard.get(), &Dashboard::accessDenied);
        const auto page = learners(s, firstPage(10));
        QVERIFY(page && !page->ok());
        QVERIFY(Dashboard::isForbidden(page->error()));
        QVERIFY(page->error().message.contains(u"creators and managers"_s));
        const auto quiz = await<Result<DashboardPage<QuizResultRow>>>(
            [&](auto done) { s.dashboard->quizResults(1, firstPage(10), done); });
        QVERIFY(quiz && Dashboard::isForbidden(quiz->error()));
        const auto summary = completion(s);
        QVERIFY(summary && Dashboard::isForbidden(summary->error()));
        const auto all =
            await<Result<QList<LearnerRow>>>([&](auto done) { s.dashboard->allLearners(1, PageQuery{}, done); });
        QVERIFY(all && Dashboard::isForbidden(all->error()));
        QCOMPARE(denied.size(), 4);
        QCOMPARE(denied.at(0).at(0).toLongLong(), 1);
    }

    void aRefusalDropsWhatWasCachedForTheCourse()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QVERIFY(learners(s, firstPage(5))->ok());
        QVERIFY(completion(s)->ok());
        QVERIFY(s.signIn(u"learner"_s)); // the same cache, the user is no longer an instructor
        QVERIFY(Dashboard::isForbidden(learners(s, firstPage(5))->error()));
        s.dashboard->setOffline(true);
        QCOMPARE(learners(s, firstPage(5))->error().code, Dashboard::offlineCode);
        QCOMPARE(completion(s)->error().code, Dashboard::offlineCode);
    }

    void unknownCourseIsRefusedToo()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QVERIFY(Dashboard::isForbidden(learners(s, firstPage(5), 999)->error()));
    }

    void bandOf_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("band");
        QTest::addRow("0 %%") << 0 << 0;
        QTest::addRow("9 %%") << 9 << 0;
        QTest::addRow("10 %%") << 10 << 1;
        QTest::addRow("45 %%") << 45 << 4;
        QTest::addRow("89 %%") << 89 << 8;
        QTest::addRow("90 %%") << 90 << 9;
        QTest::addRow("100 %% shares the last band") << 100 << 9;
        QTest::addRow("below 0 is clamped") << -5 << 0;
        QTest::addRow("above 100 is clamped") << 150 << 9;
    }
    void bandOf()
    {
        QFETCH(int, percent);
        QFETCH(int, band);
        QCOMPARE(CompletionSummary::bandOf(percent), band);
    }

    void completionCountsEveryJoinedLearnerIntoBands()
    {
        // Pages of 2: four requests.
        DashboardStack s(u"teacher"_s, Dashboard::Options{2, 10000, 100}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        const auto summary = completion(s);
        QVERIFY(summary && summary->ok());
        const CompletionSummary &value = summary->value().value;
        // ana 82, ben 27, chloe 9, dmitri 0, eve 100, farid 45, learner 0; the creator is not a learner.
        const std::array<int, 10> expected{3, 0, 1, 0, 1, 0, 0, 0, 1, 1};
        QCOMPARE(value.bands, expected);
        QCOMPARE(value.counted, 7);
        QCOMPARE(value.total, 7);
        QVERIFY(!value.isPartial());
        QCOMPARE(value.percentSum, 263);
        QVERIFY(qAbs(value.average() - 263.0 / 7) < 1e-9);
        QCOMPARE(value.serverAverage, std::nullopt); // every learner counted: no need to ask the server
        QCOMPARE(summary->value().asOf, s.clock.now());
    }

    void completionOfALargeCourseCoversTheFirstLearnersAndSaysSo()
    {
        DashboardStack s(u"teacher"_s, Dashboard::Options{2, 3, 100}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        const auto summary = completion(s);
        QVERIFY(summary && summary->ok());
        QCOMPARE(summary->value().value.counted, 3);
        QCOMPARE(summary->value().value.total, 7);
        QVERIFY(summary->value().value.isPartial());
        // The average over all seven is the server's avg_completion_rate (view=dashboard): 263 / 7, rounded.
        QCOMPARE(summary->value().value.serverAverage, std::optional<int>(38));
        s.dashboard->setOffline(true); // … and kept with the saved copy
        const auto cached = completion(s);
        QVERIFY(cached && cached->ok() && cached->value().fromCache);
        QCOMPARE(cached->value().value, summary->value().value);
    }

    // A partial summary without the server's figures (a server whose view=dashboard reply is not a Course
    // Dashboard) is still a summary: its average is then the counted learners' own, as the window says.
    void aPartialSummaryWithoutTheServersAverageKeepsItsOwn()
    {
        RequestCapture server(R"({"count": 7, "next": null, "previous": null, "results": [
            {"id": 1, "username": "a", "user_completion_rate": 10},
            {"id": 2, "username": "b", "user_completion_rate": 20},
            {"id": 3, "username": "c", "user_completion_rate": 60}]})");
        FakeClock clock;
        QTemporaryDir dir;
        std::unique_ptr<CacheDatabase> db = CacheDatabase::open(dir.filePath(u"cache.db"_s)).value();
        QNetworkAccessManager network;
        HttpTransport transport(network, clock, HttpTransport::Options{});
        ApiClient api(transport, server.baseUrl());
        Dashboard dashboard(api, *db, clock, Dashboard::Options{2, 3, 100});
        const auto summary = await<Result<Timed<CompletionSummary>>>([&](auto done) { dashboard.completion(1, done); });
        QVERIFY(summary && summary->ok());
        QCOMPARE(summary->value().value.counted, 3);
        QVERIFY(summary->value().value.isPartial());
        QCOMPARE(summary->value().value.serverAverage, std::nullopt);
        QCOMPARE(summary->value().value.average(), 30.0);
        QCOMPARE(server.targets().constLast(), u"/api/v2/course/1/?view=dashboard"_s); // it was asked
    }

    void completionOfflineComesFromTheCache()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        s.goOffline();
        const auto never = completion(s);
        QVERIFY(never && !never->ok());
        QVERIFY(!never->error().message.isEmpty());
        s.goOnline();
        const auto online = completion(s);
        QVERIFY(online && online->ok());
        const QDateTime fetchedAt = s.clock.now();
        s.clock.advanceDays(1);
        s.goOffline();
        const auto cached = completion(s);
        QVERIFY(cached && cached->ok());
        QVERIFY(cached->value().fromCache);
        QCOMPARE(cached->value().asOf, fetchedAt);
        QCOMPARE(cached->value().value, online->value().value);
    }

    void wholeListsFollowEveryPageWithTheSearch()
    {
        DashboardStack s(u"teacher"_s, Dashboard::Options{200, 10000, 3}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QList<std::pair<int, int>> progress;
        const auto all = await<Result<QList<LearnerRow>>>([&](auto done) {
            s.dashboard->allLearners(1, PageQuery{}, done, [&](int fetched, int total) {
                progress.append({fetched, total});
            });
        });
        QVERIFY(all && all->ok());
        const int members = demoCourse1Members();
        QCOMPARE(all->value().size(), members);
        const QList<std::pair<int, int>> expected{{3, members}, {6, members}, {members, members}};
        QCOMPARE(progress, expected);

        PageQuery farid;
        farid.search = u"farid"_s;
        const auto quiz =
            await<Result<QList<QuizResultRow>>>([&](auto done) { s.dashboard->allQuizResults(1, farid, done); });
        QVERIFY(quiz && quiz->ok());
        QCOMPARE(quiz->value().size(), 2);
        QCOMPARE(quiz->value().at(0).username, u"farid"_s);
    }

    void wholeListsNeedTheServer()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        s.goOffline();
        const auto all =
            await<Result<QList<LearnerRow>>>([&](auto done) { s.dashboard->allLearners(1, PageQuery{}, done); });
        QVERIFY(all && !all->ok());
        s.dashboard->setOffline(true);
        const auto offline =
            await<Result<QList<LearnerRow>>>([&](auto done) { s.dashboard->allLearners(1, PageQuery{}, done); });
        QVERIFY(offline && !offline->ok());
        QCOMPARE(offline->error().code, Dashboard::offlineCode);
    }
};

QTEST_GUILESS_MAIN(tst_Dashboard)
#include "tst_Dashboard.moc"

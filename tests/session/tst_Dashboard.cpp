// The dashboard façade against the reference server: pages with their age, the offline cache, the 403 for
// learners, the completion summary computed from the learner list, and whole lists for export.
#include "session/Dashboard.h"

#include "DashboardStack.h"

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

QStringList usernames(const QList<LearnerRow> &rows)
{
    QStringList names;
    for (const LearnerRow &row : rows)
        names << row.username;
    return names;
}

} // namespace

class tst_Dashboard : public QObject
{
    Q_OBJECT

private slots:
    void instructorGetsAPageStampedWithItsTime()
    {
        DashboardStack s(u"teacher"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        const auto page = learners(s, firstPage(3));
        QVERIFY(page && page->ok());
        QCOMPARE(page->value().value.count, 8); // teacher and seven learners
        QCOMPARE(page->value().value.results.size(), 3);
        QCOMPARE(page->value().asOf, s.clock.now());
        QVERIFY(!page->value().fromCache);
    }

    void offlineTheLastFetchedPageIsServedWithItsAge()
    {
        DashboardStack s(u"teacher"_s);
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
        QCOMPARE(offline->value().value.count, 8);
        QCOMPARE(usernames(offline->value().value.results), usernames(online->value().value.results));
        QCOMPARE(offline->value().value.results.at(0).joinedAt, online->value().value.results.at(0).joinedAt);
    }

    void offlineAPageNeverFetchedIsAClearError()
    {
        DashboardStack s(u"teacher"_s);
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
        DashboardStack s(u"teacher"_s);
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

    void learnerIsRefusedEveryPartWithAClearMessage()
    {
        DashboardStack s(u"learner"_s);
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
        DashboardStack s(u"teacher"_s);
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
        DashboardStack s(u"teacher"_s);
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
        DashboardStack s(u"teacher"_s, Dashboard::Options{2, 10000, 100}); // pages of 2: four requests
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
        QCOMPARE(summary->value().asOf, s.clock.now());
    }

    void completionOfALargeCourseCoversTheFirstLearnersAndSaysSo()
    {
        DashboardStack s(u"teacher"_s, Dashboard::Options{2, 3, 100});
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        const auto summary = completion(s);
        QVERIFY(summary && summary->ok());
        QCOMPARE(summary->value().value.counted, 3);
        QCOMPARE(summary->value().value.total, 7);
        QVERIFY(summary->value().value.isPartial());
    }

    void completionOfflineComesFromTheCache()
    {
        DashboardStack s(u"teacher"_s);
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
        DashboardStack s(u"teacher"_s, Dashboard::Options{200, 10000, 3});
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QList<std::pair<int, int>> progress;
        const auto all = await<Result<QList<LearnerRow>>>([&](auto done) {
            s.dashboard->allLearners(1, PageQuery{}, done, [&](int fetched, int total) {
                progress.append({fetched, total});
            });
        });
        QVERIFY(all && all->ok());
        QCOMPARE(all->value().size(), 8);
        const QList<std::pair<int, int>> expected{{3, 8}, {6, 8}, {8, 8}};
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
        DashboardStack s(u"teacher"_s);
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

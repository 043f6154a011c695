// The dashboard's two lazy tables against the reference server (demo course 1: the teacher and seven learners,
// eight quiz attempts): pages as they are asked for, server-side search and ordering restarting the paging,
// replies to an older query dropped, every state checked by QAbstractItemModelTester.
#include "dashboard/LearnersModel.h"
#include "dashboard/QuizResultsModel.h"

#include "DashboardStack.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

bool settled(const PagedTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(Qt::UserRole).toString();
    return values;
}

QList<QDateTime> times(const QAbstractItemModel &model, int column)
{
    QList<QDateTime> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(Qt::UserRole).toDateTime();
    return values;
}

} // namespace

class tst_DashboardModels : public QObject
{
    Q_OBJECT

private slots:
    void learnersArriveOnePageAtATime()
    {
        DashboardStack s(u"teacher"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        LearnersModel model(*s.dashboard);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        QVERIFY(!model.canFetchMore({})); // no course yet
        model.setCourse(1);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // one request at a time
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 8);
        QCOMPARE(model.columnCount(), int(LearnersModel::ColumnCount));

        const int requests = s.server.counters().requests;
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 6);
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing more to ask
        QCOMPARE(s.server.counters().requests, requests + 2);

        const QStringList names = column(model, LearnersModel::Username);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 8);
        QVERIFY(names.contains(u"eve"_s));
        QCOMPARE(model.asOf(), s.clock.now());
        QVERIFY(!model.isFromCache());
    }

    void learnersShowWordsNotWireValues()
    {
        DashboardStack s(u"teacher"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        LearnersModel model(*s.dashboard);
        model.setSearch(u"eve"_s);
        model.setCourse(1);
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LearnersModel::RealName).data().toString(), u"Eve Evans"_s);
        QCOMPARE(model.index(0, LearnersModel::Status).data().toString(), u"Joined"_s);
        QCOMPARE(model.index(0, LearnersModel::Completion).data().toString(), u"100 %"_s);
        QCOMPARE(model.index(0, LearnersModel::Completion).data(Qt::UserRole).toInt(), 100);
        QVERIFY(!model.index(0, LearnersModel::Joined).data().toString().isEmpty());
        QCOMPARE(model.headerData(LearnersModel::LastActive, Qt::Horizontal).toString(), u"Last active"_s);
    }

    void searchIsDoneByTheServerAndRestartsPaging()
    {
        DashboardStack s(u"teacher"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        LearnersModel model(*s.dashboard);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.setCourse(1);
        QVERIFY(settled(model));
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 6);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSearch(u"ev"_s); // Eve Evans, Chloé Chevalier
        QCOMPARE(reset.size(), 1);
        QVERIFY(settled(model));
        QCOMPARE(model.totalCount(), 2);
        QStringList names = column(model, LearnersModel::Username);
        names.sort();
        QCOMPARE(names, (QStringList{u"chloe"_s, u"eve"_s}));
        QVERIFY(!model.canFetchMore({}));

        model.setSearch(u"  ev  "_s); // the same search: nothing to do
        QCOMPARE(reset.size(), 1);
        model.setSearch(u"nobody-has-this-name"_s);
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void aReplyToAnEarlierSearchIsDropped()
    {
        DashboardStack s(u"teacher"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        LearnersModel model(*s.dashboard);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCourse(1);
        model.setSearch(u"ev"_s);
        model.setSearch(u"farid"_s); // before either reply
        QVERIFY(settled(model));
        QTest::qWait(50); // let any late reply arrive
        QCOMPARE(column(model, LearnersModel::Username), QStringList{u"farid"_s});
    }

    void ordering_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("ordering");
        QTest::addRow("joined, newest first") << int(LearnersModel::Joined) << Qt::DescendingOrder << u"-joined_at"_s;
        QTest::addRow("joined, oldest first") << int(LearnersModel::Joined) << Qt::AscendingOrder << u"joined_at"_s;
        QTest::addRow("last active, latest first")
            << int(LearnersModel::LastActive) << Qt::DescendingOrder << u"-last_active_at"_s;
        QTest::addRow("last active, earliest first")
            << int(LearnersModel::LastActive) << Qt::AscendingOrder << u"last_active_at"_s;
    }
    void ordering()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, ordering);
        DashboardStack s(u"teacher"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        LearnersModel model(*s.dashboard);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.setCourse(1);
        QVERIFY(settled(model));
        model.sort(column, order);
        QCOMPARE(model.ordering(), ordering);
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.sortOrder(), order);
        while (model.canFetchMore({}) || model.isLoading()) {
            QVERIFY(settled(model));
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 8);
        // The server's order across the pages (an unknown time sorts first).
        const QList<QDateTime> shown = times(model, column);
        const auto key = [](const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : LLONG_MIN; };
        for (int i = 1; i < shown.size(); ++i) {
            if (order == Qt::DescendingOrder)
                QVERIFY2(key(shown.at(i - 1)) >= key(shown.at(i)), qPrintable(QString::number(i)));
            else
                QVERIFY2(key(shown.at(i - 1)) <= key(shown.at(i)), qPrintable(QString::number(i)));
        }
        QVERIFY(key(shown.constFirst()) != key(shown.constLast()));
    }

    void columnsTheServerCannotOrderAreLeftAsTheyAre()
    {
        DashboardStack s(u"teacher"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        LearnersModel model(*s.dashboard);
        model.setCourse(1);
        QVERIFY(settled(model));
        const int requests = s.server.counters().requests;
        model.sort(LearnersModel::Username, Qt::AscendingOrder);
        model.sort(LearnersModel::Completion, Qt::DescendingOrder);
        QCOMPARE(model.ordering(), u"-joined_at"_s);
        QVERIFY(!model.isLoading());
        QCOMPARE(s.server.counters().requests, requests);
    }

    void quizResultsPageAndSearch()
    {
        DashboardStack s(u"teacher"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QuizResultsModel model(*s.dashboard);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.setCourse(1);
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 8);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(settled(model));
        }
        QCOMPARE(model.rowCount(), 8);
        const QList<QDateTime> dates = times(model, QuizResultsModel::Date);
        for (int i = 1; i < dates.size(); ++i)
            QVERIFY(dates.at(i - 1) >= dates.at(i)); // newest first

        model.setSearch(u"farid"_s);
        QVERIFY(settled(model));
        QCOMPARE(column(model, QuizResultsModel::Learner), (QStringList{u"farid"_s, u"farid"_s}));
        const QStringList results = column(model, QuizResultsModel::Outcome);
        for (const QString &result : results)
            QVERIFY(result == u"completed"_s || result == u"failed"_s);
        const QString shown = model.index(0, QuizResultsModel::Outcome).data().toString();
        QVERIFY(shown == u"Passed"_s || shown == u"Failed"_s);
        QVERIFY(model.index(0, QuizResultsModel::Grade).data().toString().endsWith(u" %"_s));
        QVERIFY(!model.index(0, QuizResultsModel::Quiz).data().toString().isEmpty());
    }

    void aLearnerGetsNoRowsButARefusal()
    {
        DashboardStack s(u"learner"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QuizResultsModel model(*s.dashboard);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy denied(&model, &PagedTableModel::accessDenied);
        QSignalSpy failed(&model, &PagedTableModel::failed);
        model.setCourse(1);
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(denied.size(), 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY(Dashboard::isForbidden(model.error()));
        QVERIFY(!model.canFetchMore({})); // no retry loop from the view
    }

    void offlineTheCachedPagesAreShownThenPagingStops()
    {
        DashboardStack s(u"teacher"_s);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        LearnersModel model(*s.dashboard);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.setCourse(1);
        QVERIFY(settled(model));
        const QDateTime fetchedAt = s.clock.now();
        s.clock.advanceSecs(600);
        s.goOffline();
        model.reload();
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isFromCache());
        QCOMPARE(model.asOf(), fetchedAt);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({}); // the second page was never fetched
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isStalled());
        QVERIFY(!model.canFetchMore({}));
        s.goOnline();
        model.reload();
        QVERIFY(settled(model));
        QVERIFY(!model.isFromCache());
        QVERIFY(model.canFetchMore({}));
    }
};

QTEST_MAIN(tst_DashboardModels)
#include "tst_DashboardModels.moc"

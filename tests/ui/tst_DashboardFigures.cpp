// The dashboard's figures from the server and its filter (issue 20), in both dialects: the course's totals
// (learners, average completion from view=dashboard), shown offline from the copy kept, and the learners table
// filtered by join status by the server.
#include "dashboard/DashboardWidget.h"
#include "dashboard/LearnersModel.h"

#include "DashboardStack.h"
#include "Dialects.h"
#include "Widgets.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_DashboardFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void totals_fromTheServer_andOffline()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.show();
        widget.showCourse(1);
        auto *totals = named<QLabel>(&widget, "courseTotals");
        // Course 1 of the seed: seven joined learners, average 38 % (tst_RefServerInstructor works it out).
        QTRY_COMPARE_WITH_TIMEOUT(totals->text(), u"7 learner(s) · average completion 38 %"_s, 20000);

        s.goOffline();
        DashboardWidget offline(*s.dashboard, s.clock);
        offline.show();
        offline.showCourse(1);
        QTRY_COMPARE_WITH_TIMEOUT(named<QLabel>(&offline, "courseTotals")->text(),
                                  u"7 learner(s) · average completion 38 % · saved copy"_s, 20000);
    }

    void learners_filteredByJoinStatus_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("usernames");
        QTest::addRow("learners") << u"Learners"_s << QStringList{u"ana"_s, u"ben"_s,   u"chloe"_s,  u"dmitri"_s,
                                                                  u"eve"_s, u"farid"_s, u"learner"_s};
        QTest::addRow("staff") << u"Creators and managers"_s << QStringList{u"teacher"_s};
        QTest::addRow("invited") << u"Invited"_s << QStringList{};
    }
    void learners_filteredByJoinStatus()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, usernames);
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.show();
        widget.showCourse(1);
        auto *model = modelOf<LearnersModel>(named<QTableView>(&widget, "learnersView"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 20000);
        auto *combo = named<QComboBox>(&widget, "learnersStatusFilter");
        combo->setCurrentIndex(combo->findText(filter));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() == usernames.size(), 20000);
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown << model->row(row).username;
        shown.sort();
        QCOMPARE(shown, usernames);
    }
};

QTEST_MAIN(tst_DashboardFigures)
#include "tst_DashboardFigures.moc"

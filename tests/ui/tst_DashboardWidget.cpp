// The instructor's dashboard as the window shows it, against the reference server in both dialects (Dialects.h):
// the teacher sees both tables, the histogram and the data's age, scrolls for more rows, searches, orders, refreshes
// and exports CSV (the same bytes as the CLI's golden files); a platform's learner waiting for her payment is a row
// like any other ("Payment pending"); offline it shows the saved copy with its age; a learner sees a clear refusal
// and no tables.
#include "dashboard/CompletionHistogram.h"
#include "dashboard/DashboardWidget.h"
#include "dashboard/LearnersModel.h"
#include "dashboard/QuizResultsModel.h"

#include "DashboardStack.h"
#include "Dialects.h"
#include "HostileSeed.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "As of …" as the user's locale writes that time (today: the time alone).
QString asOfToday(const QTime &time)
{
    return u"As of "_s + QLocale().toString(time, QLocale::ShortFormat);
}

bool loaded(const DashboardWidget &widget)
{
    return QTest::qWaitFor(
        [&] {
            return !widget.learnersModel()->isLoading() && !widget.quizResultsModel()->isLoading() &&
                   !widget.asOfText().isEmpty() && widget.histogram()->averageText().size() > 0;
        },
        20000);
}

} // namespace

class tst_DashboardWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void teacherSeesTablesHistogramAndTheDataAge()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.resize(900, 600);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        QVERIFY(widget.isShowingDashboard());
        QCOMPARE(widget.learnersModel()->totalCount(), demoCourse1Members());
        QCOMPARE(widget.quizResultsModel()->totalCount(), 8);
        QVERIFY(widget.findChild<QTableView *>(u"learnersView"_s)->model() == widget.learnersModel());
        QVERIFY(widget.findChild<QTableView *>(u"quizView"_s)->model() == widget.quizResultsModel());
        QCOMPARE(widget.asOfText(), asOfToday(QTime(12, 0))); // TZ=UTC (tests/CMakeLists.txt)
        QCOMPARE(widget.histogram()->bandValue(0), 3);
        QCOMPARE(widget.histogram()->bandValue(9), 1);
        QCOMPARE(widget.histogram()->bandLabel(9), u"90–100 %"_s);
        QCOMPARE(widget.histogram()->averageText(), u"Average completion: 37.6 % over 7 learner(s)."_s);
        QVERIFY(!widget.grab().isNull());
    }

    // A course too large to count every learner here: the chart shows the most recently joined, and the average
    // over all of them is the server's avg_completion_rate.
    void aLargeCourseShowsTheServersAverageOverEveryLearner()
    {
        DashboardStack s(u"teacher"_s, Dashboard::Options{2, 3, 100}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        QCOMPARE(widget.histogram()->averageText(),
                 u"Average completion: 38 % over all 7 learners (the chart shows the 3 most recently joined)."_s);
    }

    void scrollingToTheEndFetchesTheNextPage()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.learnersModel()->setPageSize(3);
        widget.resize(900, 600);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        auto *view = widget.findChild<QTableView *>(u"learnersView"_s);
        // The view asks for more while it has room and when the user scrolls to the end.
        QTRY_COMPARE(widget.learnersModel()->rowCount(), demoCourse1Members());
        QVERIFY(!widget.learnersModel()->canFetchMore({}));
        view->scrollToBottom();
        QCOMPARE(widget.learnersModel()->rowCount(), demoCourse1Members());
    }

    void searchFieldAndHeaderClickAskTheServer()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        auto *search = widget.findChild<QLineEdit *>(u"learnersSearch"_s);
        QTest::keyClicks(search, u"ev"_s);
        QTRY_COMPARE(widget.learnersModel()->search(), u"ev"_s); // after the typing pause
        QTRY_COMPARE(widget.learnersModel()->rowCount(), 2);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return); // Return searches at once
        QCOMPARE(widget.learnersModel()->search(), QString());
        QTRY_COMPARE(widget.learnersModel()->rowCount(), demoCourse1Members());

        auto *view = widget.findChild<QTableView *>(u"learnersView"_s);
        QHeaderView *header = view->horizontalHeader();
        const auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        clickHeader(LearnersModel::LastActive);
        QCOMPARE(widget.learnersModel()->ordering(), u"-last_active_at"_s);
        QCOMPARE(header->sortIndicatorSection(), int(LearnersModel::LastActive));
        clickHeader(LearnersModel::LastActive);
        QCOMPARE(widget.learnersModel()->ordering(), u"last_active_at"_s);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        clickHeader(LearnersModel::Username); // the server cannot order by it: the indicator stays
        QCOMPARE(widget.learnersModel()->ordering(), u"last_active_at"_s);
        QCOMPARE(header->sortIndicatorSection(), int(LearnersModel::LastActive));
        QTRY_COMPARE(widget.learnersModel()->rowCount(), demoCourse1Members());

        auto *quizSearch = widget.findChild<QLineEdit *>(u"quizSearch"_s);
        QTest::keyClicks(quizSearch, u"farid"_s);
        QTest::keyClick(quizSearch, Qt::Key_Return);
        QTRY_COMPARE(widget.quizResultsModel()->rowCount(), 2);
    }

    void exportWritesTheWholeListAsTheCliDoes()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QVERIFY(addHostileLearners(s.server));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.learnersModel()->setPageSize(2); // the export is not limited to the rows loaded
        QStringList suggested;
        QString target = s.dir.filePath(u"learners.csv"_s);
        widget.setFileChooser([&](QWidget *, const QString &name) {
            suggested << name;
            return target;
        });
        widget.show();
        widget.showCourse(2);
        QVERIFY(loaded(widget));
        QSignalSpy exported(&widget, &DashboardWidget::exported);

        const QList<QPushButton *> buttons{widget.findChild<QPushButton *>(u"learnersExport"_s),
                                           widget.findChild<QPushButton *>(u"quizExport"_s)};
        QVERIFY(buttons.at(0) && buttons.at(1));
        QCOMPARE(buttons.at(0)->text(), u"Export CSV…"_s);
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(suggested.constLast(), u"course-2-learners.csv"_s);
        // The platform's golden file adds paula (payment_waiting): the export lists every member.
        const QByteArray expectedLearners =
            readFile(QStringLiteral(COURSEDESK_TEST_DATA) + u"/cli/golden/"_s +
                     (platformRow() ? u"course2-learners-platform.csv"_s : u"course2-learners.csv"_s));
        QVERIFY(!expectedLearners.isEmpty());
        QCOMPARE(readFile(target), expectedLearners);
        QVERIFY(widget.statusText().contains(u"exported"_s));

        target = s.dir.filePath(u"quiz.csv"_s);
        QTest::mouseClick(buttons.at(1), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(suggested.constLast(), u"course-2-quiz-results.csv"_s);
        QCOMPARE(readFile(target), readFile(QStringLiteral(COURSEDESK_TEST_DATA) + u"/cli/golden/course2-quiz.csv"_s));

        // Cancelling the dialog writes nothing; an unwritable place is reported and loses nothing.
        target.clear();
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QCOMPARE(exported.size(), 2);
        target = s.dir.filePath(u"missing-folder/x.csv"_s);
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QTRY_VERIFY(widget.statusText().contains(u"Nothing was exported"_s));
        QCOMPARE(exported.size(), 2);
    }

    // Every member is a row, whatever her join status: on a platform server paula, whose payment is pending, shows
    // as "Payment pending" (the CSV keeps the machine word, payment_waiting); the model stays sound.
    void aLearnerWaitingForPaymentIsARowLikeAnyOther()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        QAbstractItemModelTester tester(widget.learnersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        const LearnersModel *model = widget.learnersModel();
        QTRY_COMPARE(model->rowCount(), demoCourse1Members());
        QStringList statuses;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString username = model->index(row, LearnersModel::Username).data().toString();
            const QString status = model->index(row, LearnersModel::Status).data().toString();
            statuses << username + u": "_s + status;
            if (username == u"paula"_s)
                QCOMPARE(model->index(row, LearnersModel::Status).data(LearnersModel::RawRole).toString(),
                         u"payment_waiting"_s);
        }
        QVERIFY2(statuses.contains(u"teacher: Creator"_s), qPrintable(statuses.join(u", "_s)));
        QVERIFY(statuses.contains(u"learner: Joined"_s));
        QCOMPARE(statuses.contains(u"paula: Payment pending"_s), platformRow());
    }

    void offlineTheSavedCopyIsShownWithItsAge()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        s.clock.advanceDays(1);          // the next day: the label gives the date too
        QVERIFY(s.signIn(u"teacher"_s)); // the first token has expired by now
        s.goOffline();
        QTest::mouseClick(widget.findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
        QTRY_VERIFY(widget.asOfText().contains(u"saved copy: The server could not be reached"_s));
        QVERIFY(loaded(widget));
        QVERIFY(widget.isShowingDashboard());
        const QString fetched =
            QLocale().toString(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(widget.asOfText().startsWith(u"As of "_s + fetched + u" (saved copy: "_s),
                 qPrintable(widget.asOfText()));
        QCOMPARE(widget.learnersModel()->rowCount(), demoCourse1Members());
        QCOMPARE(widget.histogram()->bandValue(0), 3);

        s.goOnline();
        QTest::mouseClick(widget.findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
        QTRY_COMPARE(widget.asOfText(), asOfToday(QTime(12, 0)));
    }

    void learnerSeesARefusalAndNoTables()
    {
        DashboardStack s(u"learner"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        QSignalSpy denied(&widget, &DashboardWidget::accessDenied);
        widget.show();
        widget.showCourse(1);
        QTRY_COMPARE(denied.size(), 1);
        QCOMPARE(denied.at(0).at(0).toLongLong(), 1);
        QTRY_VERIFY(!widget.learnersModel()->isLoading() && !widget.quizResultsModel()->isLoading());
        QTest::qWait(50);
        QVERIFY(!widget.isShowingDashboard());
        const auto *message = widget.findChild<QLabel *>(u"dashboardMessage"_s);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), u"Only the creators and managers of this course can see its dashboard."_s);
        QVERIFY(!widget.findChild<QTableView *>(u"learnersView"_s)->isVisible());
        QVERIFY(widget.asOfText().isEmpty());
        QCOMPARE(denied.size(), 1); // one refusal, however many requests were refused
    }

    void noCourseShowsNoDashboard()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        const int requests = s.server.counters().requests;
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.show();
        QVERIFY(!widget.isShowingDashboard());
        QVERIFY(!widget.findChild<QPushButton *>(u"refreshButton"_s)->isEnabled());
        QTest::qWait(50);
        QCOMPARE(s.server.counters().requests, requests);
    }
};

QTEST_MAIN(tst_DashboardWidget)
#include "tst_DashboardWidget.moc"

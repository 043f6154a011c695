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
#include "Widgets.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
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

// The dashboard's parts, found by their object names.
LearnersModel *learners(const DashboardWidget &widget)
{
    return modelOf<LearnersModel>(named<QTableView>(&widget, "learnersView"));
}

QuizResultsModel *quizResults(const DashboardWidget &widget)
{
    return modelOf<QuizResultsModel>(named<QTableView>(&widget, "quizView"));
}

CompletionHistogram *histogram(const DashboardWidget &widget)
{
    return named<CompletionHistogram>(&widget, "completionHistogram");
}

QString asOf(const DashboardWidget &widget)
{
    return named<QLabel>(&widget, "asOfLabel")->text();
}

QString statusLine(const DashboardWidget &widget)
{
    return named<QLabel>(&widget, "statusLabel")->text();
}

// The tables and the histogram, rather than the refusal or another error in their place.
bool showsTheDashboard(const DashboardWidget &widget)
{
    return named<QTabWidget>(&widget, "dashboardTabs")->isVisibleTo(&widget);
}

bool loaded(const DashboardWidget &widget)
{
    return QTest::qWaitFor(
        [&] {
            return !learners(widget)->isLoading() && !quizResults(widget)->isLoading() && !asOf(widget).isEmpty() &&
                   histogram(widget)->averageText().size() > 0;
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
        QVERIFY(showsTheDashboard(widget));
        QCOMPARE(learners(widget)->totalCount(), demoCourse1Members());
        QCOMPARE(quizResults(widget)->totalCount(), 8);
        QCOMPARE(asOf(widget), asOfToday(QTime(12, 0))); // TZ=UTC (tests/CMakeLists.txt)
        QCOMPARE(histogram(widget)->bandValue(0), 3);
        QCOMPARE(histogram(widget)->bandValue(9), 1);
        QCOMPARE(histogram(widget)->bandLabel(9), u"90–100 %"_s);
        QCOMPARE(histogram(widget)->averageText(), u"Average completion: 37.6 % over 7 learner(s)."_s);
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
        QCOMPARE(histogram(widget)->averageText(),
                 u"Average completion: 38 % over all 7 learners (the chart shows the 3 most recently joined)."_s);
    }

    void scrollingToTheEndFetchesTheNextPage()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        learners(widget)->setPageSize(3);
        widget.resize(900, 600);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        auto *view = widget.findChild<QTableView *>(u"learnersView"_s);
        // The view asks for more while it has room and when the user scrolls to the end.
        QTRY_COMPARE(learners(widget)->rowCount(), demoCourse1Members());
        QVERIFY(!learners(widget)->canFetchMore({}));
        view->scrollToBottom();
        QCOMPARE(learners(widget)->rowCount(), demoCourse1Members());
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
        QTRY_COMPARE(learners(widget)->search(), u"ev"_s); // after the typing pause
        QTRY_COMPARE(learners(widget)->rowCount(), 2);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return); // Return searches at once
        QCOMPARE(learners(widget)->search(), QString());
        QTRY_COMPARE(learners(widget)->rowCount(), demoCourse1Members());

        auto *view = widget.findChild<QTableView *>(u"learnersView"_s);
        QHeaderView *header = view->horizontalHeader();
        const auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        clickHeader(LearnersModel::LastActive);
        QCOMPARE(learners(widget)->ordering(), u"-last_active_at"_s);
        QCOMPARE(header->sortIndicatorSection(), int(LearnersModel::LastActive));
        clickHeader(LearnersModel::LastActive);
        QCOMPARE(learners(widget)->ordering(), u"last_active_at"_s);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        clickHeader(LearnersModel::Username); // the server cannot order by it: the indicator stays
        QCOMPARE(learners(widget)->ordering(), u"last_active_at"_s);
        QCOMPARE(header->sortIndicatorSection(), int(LearnersModel::LastActive));
        QTRY_COMPARE(learners(widget)->rowCount(), demoCourse1Members());

        auto *quizSearch = widget.findChild<QLineEdit *>(u"quizSearch"_s);
        QTest::keyClicks(quizSearch, u"farid"_s);
        QTest::keyClick(quizSearch, Qt::Key_Return);
        QTRY_COMPARE(quizResults(widget)->rowCount(), 2);
    }

    void exportWritesTheWholeListAsTheCliDoes()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QVERIFY(addHostileLearners(s.server));
        DashboardWidget widget(*s.dashboard, s.clock);
        learners(widget)->setPageSize(2); // the export is not limited to the rows loaded
        QStringList suggested;
        QString target = s.dir.filePath(u"learners.csv"_s);
        widget.setFileChooser([&](QWidget *, const QString &name) {
            suggested << name;
            return target;
        });
        widget.show();
        widget.showCourse(2, u"Data/Science: basics"_s); // the file is named after the course, as people know it
        QVERIFY(loaded(widget));
        QSignalSpy exported(&widget, &DashboardWidget::exported);

        const QList<QPushButton *> buttons{widget.findChild<QPushButton *>(u"learnersExport"_s),
                                           widget.findChild<QPushButton *>(u"quizExport"_s)};
        QVERIFY(buttons.at(0) && buttons.at(1));
        QCOMPARE(buttons.at(0)->text(), u"Export CSV…"_s);
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(suggested.constLast(), u"Data Science basics - learners.csv"_s); // no '/' or ':' in a file name
        // The platform's golden file adds paula (payment_waiting): the export lists every member.
        const QByteArray expectedLearners =
            readFile(QStringLiteral(COURSEDESK_TEST_DATA) + u"/cli/golden/"_s +
                     (platformRow() ? u"course2-learners-platform.csv"_s : u"course2-learners.csv"_s));
        QVERIFY(!expectedLearners.isEmpty());
        QCOMPARE(readFile(target), expectedLearners);
        QVERIFY(statusLine(widget).contains(u"exported"_s));

        target = s.dir.filePath(u"quiz.csv"_s);
        QTest::mouseClick(buttons.at(1), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(suggested.constLast(), u"Data Science basics - quiz results.csv"_s);
        QCOMPARE(readFile(target), readFile(QStringLiteral(COURSEDESK_TEST_DATA) + u"/cli/golden/course2-quiz.csv"_s));

        // Cancelling the dialog writes nothing; an unwritable place is reported and loses nothing.
        target.clear();
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QCOMPARE(exported.size(), 2);
        target = s.dir.filePath(u"missing-folder/x.csv"_s);
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QTRY_VERIFY(statusLine(widget).contains(u"Nothing was exported"_s));
        QCOMPARE(exported.size(), 2);
    }

    // Every member is a row, whatever her join status: on a platform server paula, whose payment is pending, shows
    // as "Payment pending" (the CSV keeps the machine word, payment_waiting); the model stays sound.
    void aLearnerWaitingForPaymentIsARowLikeAnyOther()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        QAbstractItemModelTester tester(learners(widget), QAbstractItemModelTester::FailureReportingMode::QtTest);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        const LearnersModel *model = learners(widget);
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
        QTRY_VERIFY(asOf(widget).endsWith(u" · saved copy"_s));
        QVERIFY(loaded(widget));
        QVERIFY(showsTheDashboard(widget));
        const QString fetched =
            QLocale().toString(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(asOf(widget), u"As of "_s + fetched + u" · saved copy"_s);
        QCOMPARE(widget.findChild<QLabel *>(u"dashboardNotice"_s)->text(), u"The server could not be reached."_s);
        QVERIFY(!widget.findChild<QPushButton *>(u"dashboardSignIn"_s)->isVisible());
        QCOMPARE(learners(widget)->rowCount(), demoCourse1Members());
        QCOMPARE(histogram(widget)->bandValue(0), 3);

        s.goOnline();
        QTest::mouseClick(widget.findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
        QTRY_COMPARE(asOf(widget), asOfToday(QTime(12, 0)));
    }

    // Issue 16, defect 3: an expired sign-in reads as one clear sentence (no doubled brackets, no raw server text),
    // with "Sign in…" beside it.
    void anExpiredSignInSaysSoAndOffersToSignIn()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        s.transport.setAccessToken("expired-or-revoked");
        QSignalSpy signIn(&widget, &DashboardWidget::signInRequested);
        QTest::mouseClick(widget.findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
        auto *notice = widget.findChild<QLabel *>(u"dashboardNotice"_s);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), u"Your sign-in has expired. Sign in again to see the latest figures."_s);
        QVERIFY(asOf(widget).endsWith(u" · saved copy"_s));
        QVERIFY(!asOf(widget).contains(u"("_s));
        auto *button = widget.findChild<QPushButton *>(u"dashboardSignIn"_s);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(signIn.size(), 1);
    }

    // Issue 16, defect 10: the histogram's band labels are whole, at the dashboard's usual size and as small as an
    // 800 × 600 window makes it.
    void theHistogramsLabelsAreWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("usual") << QSize(900, 600);
        QTest::addRow("800 x 600 window") << QSize(480, 480); // the dashboard's share of an 800 × 600 window
    }

    void theHistogramsLabelsAreWhole()
    {
        QFETCH(QSize, size);
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.resize(size);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        named<QTabWidget>(&widget, "dashboardTabs")->setCurrentWidget(histogram(widget));
        QApplication::processEvents();
        QTest::qWait(20);
        if (qEnvironmentVariableIsSet("GRAB"))
            widget.grab().save(u"/tmp/x/histogram-%1.png"_s.arg(size.width()));
        QStringList shown;
        for (const QGraphicsItem *item : histogram(widget)->chart()->scene()->items()) {
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
                shown << text->toPlainText();
            if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item); text && text->isVisible())
                shown << text->text();
        }
        for (int band = 0; band < CompletionSummary::bandCount; ++band)
            QVERIFY2(shown.contains(histogram(widget)->bandLabel(band)), qPrintable(shown.join(u" | "_s)));
        for (const QString &text : std::as_const(shown))
            QVERIFY2(!text.endsWith(u"..."_s) && !text.endsWith(u"…"_s), qPrintable(text));
    }

    // Issue 16, defect 10: a header the server cannot order by says so, and the indicator stays where the order is;
    // dates fit on one line; creators and managers are not counted as learners at 0 %.
    void theLearnersTableReadsWell()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.resize(900, 600);
        widget.show();
        widget.showCourse(1);
        QVERIFY(loaded(widget));
        auto *view = widget.findChild<QTableView *>(u"learnersView"_s);
        QHeaderView *header = view->horizontalHeader();
        for (int column : {int(LearnersModel::RealName), int(LearnersModel::Completion)}) {
            QVERIFY(learners(widget)
                        ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                        .toString()
                        .contains(u"cannot order"_s));
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
            QCOMPARE(learners(widget)->ordering(), u"-joined_at"_s);
            QCOMPARE(header->sortIndicatorSection(), int(LearnersModel::Joined));
            QVERIFY2(statusLine(widget).startsWith(u"The server cannot order learners by "_s),
                     qPrintable(statusLine(widget)));
        }
        QVERIFY(learners(widget)
                    ->headerData(LearnersModel::Joined, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Click to order"_s));

        QTRY_COMPARE(learners(widget)->rowCount(), demoCourse1Members());
        const QFontMetrics metrics = view->fontMetrics();
        for (int row = 0; row < learners(widget)->rowCount(); ++row) {
            for (int column : {int(LearnersModel::Joined), int(LearnersModel::LastActive)}) {
                const QString date = learners(widget)->index(row, column).data().toString();
                QVERIFY2(view->columnWidth(column) >= metrics.horizontalAdvance(date), qPrintable(date));
            }
        }
        QVERIFY(!view->wordWrap()); // one line each
        QVERIFY2(view->columnWidth(LearnersModel::LastActive) < view->viewport()->width() / 3,
                 qPrintable(QString::number(view->columnWidth(LearnersModel::LastActive))));

        int staff = 0;
        for (int row = 0; row < learners(widget)->rowCount(); ++row) {
            const LearnerRow &learner = learners(widget)->row(row);
            const QString completion = learners(widget)->index(row, LearnersModel::Completion).data().toString();
            if (learner.joinStatus == JoinStatus::Creator || learner.joinStatus == JoinStatus::Manager) {
                ++staff;
                QCOMPARE(completion, u"—"_s);
            }
        }
        QVERIFY(staff > 0);
        // The histogram counts the same people as learners.
        int counted = 0;
        for (int band = 0; band < CompletionSummary::bandCount; ++band)
            counted += histogram(widget)->bandValue(band);
        int joined = 0;
        for (int row = 0; row < learners(widget)->rowCount(); ++row)
            joined += LearnersModel::isCounted(learners(widget)->row(row)) ? 1 : 0;
        QCOMPARE(counted, joined);
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
        QTRY_VERIFY(!learners(widget)->isLoading() && !quizResults(widget)->isLoading());
        QTest::qWait(50);
        QVERIFY(!showsTheDashboard(widget));
        const auto *message = widget.findChild<QLabel *>(u"dashboardMessage"_s);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), u"Only the creators and managers of this course can see its dashboard."_s);
        QVERIFY(!widget.findChild<QTableView *>(u"learnersView"_s)->isVisible());
        QVERIFY(asOf(widget).isEmpty());
        QCOMPARE(denied.size(), 1); // one refusal, however many requests were refused
    }

    void noCourseShowsNoDashboard()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        const int requests = s.server.counters().requests;
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.show();
        QVERIFY(!showsTheDashboard(widget));
        QVERIFY(!widget.findChild<QPushButton *>(u"refreshButton"_s)->isEnabled());
        QTest::qWait(50);
        QCOMPARE(s.server.counters().requests, requests);
    }
};

QTEST_MAIN(tst_DashboardWidget)
#include "tst_DashboardWidget.moc"

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
        QVERIFY(widget.statusText().contains(u"exported"_s));

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
        QTRY_VERIFY(widget.asOfText().endsWith(u" · saved copy"_s));
        QVERIFY(loaded(widget));
        QVERIFY(widget.isShowingDashboard());
        const QString fetched =
            QLocale().toString(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(widget.asOfText(), u"As of "_s + fetched + u" · saved copy"_s);
        QCOMPARE(widget.findChild<QLabel *>(u"dashboardNotice"_s)->text(), u"The server could not be reached."_s);
        QVERIFY(!widget.findChild<QPushButton *>(u"dashboardSignIn"_s)->isVisible());
        QCOMPARE(widget.learnersModel()->rowCount(), demoCourse1Members());
        QCOMPARE(widget.histogram()->bandValue(0), 3);

        s.goOnline();
        QTest::mouseClick(widget.findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
        QTRY_COMPARE(widget.asOfText(), asOfToday(QTime(12, 0)));
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
        QVERIFY(widget.asOfText().endsWith(u" · saved copy"_s));
        QVERIFY(!widget.asOfText().contains(u"("_s));
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
        widget.findChild<QTabWidget *>()->setCurrentWidget(widget.histogram());
        QApplication::processEvents();
        QTest::qWait(20);
        if (qEnvironmentVariableIsSet("GRAB"))
            widget.grab().save(u"/tmp/x/histogram-%1.png"_s.arg(size.width()));
        QStringList shown;
        for (const QGraphicsItem *item : widget.histogram()->chart()->scene()->items()) {
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
                shown << text->toPlainText();
            if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item); text && text->isVisible())
                shown << text->text();
        }
        for (int band = 0; band < CompletionSummary::bandCount; ++band)
            QVERIFY2(shown.contains(widget.histogram()->bandLabel(band)), qPrintable(shown.join(u" | "_s)));
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
            QVERIFY(widget.learnersModel()
                        ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                        .toString()
                        .contains(u"cannot order"_s));
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
            QCOMPARE(widget.learnersModel()->ordering(), u"-joined_at"_s);
            QCOMPARE(header->sortIndicatorSection(), int(LearnersModel::Joined));
            QVERIFY2(widget.statusText().startsWith(u"The server cannot order learners by "_s),
                     qPrintable(widget.statusText()));
        }
        QVERIFY(widget.learnersModel()
                    ->headerData(LearnersModel::Joined, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Click to order"_s));

        QTRY_COMPARE(widget.learnersModel()->rowCount(), demoCourse1Members());
        const QFontMetrics metrics = view->fontMetrics();
        for (int row = 0; row < widget.learnersModel()->rowCount(); ++row) {
            for (int column : {int(LearnersModel::Joined), int(LearnersModel::LastActive)}) {
                const QString date = widget.learnersModel()->index(row, column).data().toString();
                QVERIFY2(view->columnWidth(column) >= metrics.horizontalAdvance(date), qPrintable(date));
            }
        }
        QVERIFY(!view->wordWrap()); // one line each
        QVERIFY2(view->columnWidth(LearnersModel::LastActive) < view->viewport()->width() / 3,
                 qPrintable(QString::number(view->columnWidth(LearnersModel::LastActive))));

        int staff = 0;
        for (int row = 0; row < widget.learnersModel()->rowCount(); ++row) {
            const LearnerRow &learner = widget.learnersModel()->row(row);
            const QString completion = widget.learnersModel()->index(row, LearnersModel::Completion).data().toString();
            if (learner.joinStatus == JoinStatus::Creator || learner.joinStatus == JoinStatus::Manager) {
                ++staff;
                QCOMPARE(completion, u"—"_s);
            }
        }
        QVERIFY(staff > 0);
        // The histogram counts the same people as learners.
        int counted = 0;
        for (int band = 0; band < CompletionSummary::bandCount; ++band)
            counted += widget.histogram()->bandValue(band);
        int joined = 0;
        for (int row = 0; row < widget.learnersModel()->rowCount(); ++row)
            joined += LearnersModel::isCounted(widget.learnersModel()->row(row)) ? 1 : 0;
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

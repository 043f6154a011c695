#include "CourseListModel.h"
#include "MainWindow.h"
#include "OutlineModel.h"

#include "CourseBuilder.h"
#include "FakeClock.h"
#include "Widgets.h"
#include "WindowParts.h"

#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime joinedAt(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

// A structured course with enforced order, a drip section, a draft and a quiz, as a given role sees it.
Course courseAs(JoinStatus status)
{
    Course course = CourseBuilder(CourseType::Structured)
                        .status(status)
                        .joined(joinedAt)
                        .enforceOrder()
                        .section(1)
                        .lesson(10)
                        .draft(11)
                        .quiz(12)
                        .section(2, 7)
                        .lesson(20)
                        .build();
    course.name = u"Teaching with CourseDesk"_s;
    return course;
}

struct Desk
{
    QTemporaryDir dir;
    FakeClock clock{joinedAt.addDays(1)};
    std::unique_ptr<CacheDatabase> db = CacheDatabase::open(dir.filePath(u"desk.sqlite"_s)).value();
    LearnerState state{*db, clock, LearnerState::Kind::Server};
    CourseSession session{state};
    MainWindow window{session, MainWindow::Options{false}};
    int dashboardsBuilt = 0;

    explicit Desk(JoinStatus status)
    {
        QVERIFY(state.importCourse(courseAs(status)).ok());
        window.setDashboardFactory([this](qint64 courseId, QWidget *parent) {
            ++dashboardsBuilt;
            auto *dashboard = new QLabel(u"dashboard of %1"_s.arg(courseId), parent);
            dashboard->setAccessibleName(u"Dashboard"_s);
            return dashboard;
        });
        QVERIFY(window.showCourse(1));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
};

} // namespace

// Creators and managers see every lesson, drafts with a badge, nothing locked — and the window says so —
// plus the course dashboard; a learner sees none of that.
class tst_InstructorView : public QObject
{
    Q_OBJECT

private slots:
    void anInstructorSeesEverythingAndIsToldWhy_data()
    {
        QTest::addColumn<JoinStatus>("status");
        QTest::addRow("creator") << JoinStatus::Creator;
        QTest::addRow("manager") << JoinStatus::Manager;
    }

    void anInstructorSeesEverythingAndIsToldWhy()
    {
        QFETCH(JoinStatus, status);
        Desk d(status);
        QVERIFY(shownText(named<QLabel>(&d.window, "roleNote"), &d.window).contains(u"nothing is locked for you"_s));
        auto *outline = modelOf<OutlineModel>(named<QTreeView>(&d.window, "outline"));
        for (qint64 lesson : {10, 11, 12, 20})
            QVERIFY2(outline->indexOfLesson(lesson).data(OutlineModel::AccessibleRole).toBool(),
                     qPrintable(u"lesson %1 is locked"_s.arg(lesson)));
        const QModelIndex draft = outline->indexOfLesson(11);
        QVERIFY(draft.data().toString().endsWith(u"[draft]"_s));
        QCOMPARE(draft.data(Qt::ToolTipRole).toString(), u"Draft: learners do not see this lesson."_s);
        d.window.selectLesson(11);
        const QString note = shownText(named<QLabel>(&d.window, "instructorNote"), &d.window);
        QVERIFY(note.startsWith(u"Draft: learners do not see this lesson."_s));
        QVERIFY(lockText(&d.window).isEmpty());
        d.window.selectLesson(20); // in the drip section, which a learner waits seven days for
        QVERIFY(lockText(&d.window).isEmpty());
        QVERIFY(named<QPushButton>(&d.window, "completionToggle")->isEnabled());

        QWidget *dashboard = named(&d.window, "dashboard");
        QVERIFY(dashboard);
        QCOMPARE(d.dashboardsBuilt, 1);
        auto *tabs = named<QTabWidget>(&d.window, "tabs");
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->widget(1), dashboard);
        QCOMPARE(tabs->tabText(1), u"&Dashboard"_s);
    }

    // Issue 16, defect 14: a teacher's own progress in a course they teach means nothing: no progress bar for them,
    // in the window or in the course list; a learner has both.
    void anInstructorHasNoProgressBarOfTheirOwn_data()
    {
        QTest::addColumn<JoinStatus>("status");
        QTest::addColumn<bool>("bar");
        QTest::addRow("creator") << JoinStatus::Creator << false;
        QTest::addRow("manager") << JoinStatus::Manager << false;
        QTest::addRow("learner") << JoinStatus::Joined << true;
    }

    void anInstructorHasNoProgressBarOfTheirOwn()
    {
        QFETCH(JoinStatus, status);
        QFETCH(bool, bar);
        Desk d(status);
        QCOMPARE(d.window.findChild<QWidget *>(u"progress"_s)->isVisible(), bar);
        auto *courses = modelOf<CourseListModel>(named<QListView>(&d.window, "courseList"));
        const QString course = courses->index(0).data(CourseListModel::ProgressTextRole).toString();
        QCOMPARE(course == u"You teach this course"_s, !bar);
        // The tab bar is focusable exactly when it shows (a learner's hidden one used to trap Tab).
        QCOMPARE(named<QTabWidget>(&d.window, "tabs")->tabBar()->focusPolicy() != Qt::NoFocus, !bar);
    }

    void aLearnerSeesLocksAndNoDashboard()
    {
        Desk d(JoinStatus::Joined);
        QVERIFY(shownText(named<QLabel>(&d.window, "roleNote"), &d.window).isEmpty());
        QVERIFY(!d.window.findChild<QWidget *>(u"dashboard"_s));
        QCOMPARE(d.dashboardsBuilt, 0); // never even built: no empty or broken dashboard
        auto *tabs = named<QTabWidget>(&d.window, "tabs");
        QCOMPARE(tabs->count(), 1);
        QVERIFY(tabs->tabBar()->isHidden());
        d.window.selectLesson(20);
        QVERIFY(lockText(&d.window).startsWith(u"Available on "_s));
        d.window.selectLesson(11);
        QVERIFY(shownText(named<QLabel>(&d.window, "instructorNote"), &d.window).isEmpty());
    }
};

QTEST_MAIN(tst_InstructorView)
#include "tst_InstructorView.moc"

#include "CourseListModel.h"
#include "LessonPane.h"
#include "MainWindow.h"
#include "OutlineModel.h"

#include "CourseBuilder.h"
#include "FakeClock.h"

#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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
    CourseSession session{*db, clock, CourseSession::Kind::Server};
    MainWindow window{session, MainWindow::Options{false}};
    int dashboardsBuilt = 0;

    explicit Desk(JoinStatus status)
    {
        QVERIFY(session.importFromServer(courseAs(status)).ok());
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
        QVERIFY(d.window.roleNoteText().contains(u"nothing is locked for you"_s));
        OutlineModel *outline = d.window.outlineModel();
        for (qint64 lesson : {10, 11, 12, 20})
            QVERIFY2(outline->indexOfLesson(lesson).data(OutlineModel::AccessibleRole).toBool(),
                     qPrintable(u"lesson %1 is locked"_s.arg(lesson)));
        const QModelIndex draft = outline->indexOfLesson(11);
        QVERIFY(draft.data().toString().endsWith(u"[draft]"_s));
        QCOMPARE(draft.data(Qt::ToolTipRole).toString(), u"Draft: learners do not see this lesson."_s);
        d.window.selectLesson(11);
        QVERIFY(d.window.lessonPane()->instructorNote().startsWith(u"Draft: learners do not see this lesson."_s));
        QVERIFY(d.window.lockBannerText().isEmpty());
        d.window.selectLesson(20); // in the drip section, which a learner waits seven days for
        QVERIFY(d.window.lockBannerText().isEmpty());
        QVERIFY(d.window.completionButton()->isEnabled());

        QVERIFY(d.window.dashboard());
        QCOMPARE(d.dashboardsBuilt, 1);
        QCOMPARE(d.window.tabs()->count(), 2);
        QCOMPARE(d.window.tabs()->tabText(1), u"&Dashboard"_s);
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
        const QString course = d.window.courseListModel()->index(0).data(CourseListModel::ProgressTextRole).toString();
        QCOMPARE(course == u"You teach this course"_s, !bar);
        // The tab bar is focusable exactly when it shows (a learner's hidden one used to trap Tab).
        QCOMPARE(d.window.tabs()->tabBar()->focusPolicy() != Qt::NoFocus, !bar);
    }

    void aLearnerSeesLocksAndNoDashboard()
    {
        Desk d(JoinStatus::Joined);
        QVERIFY(d.window.roleNoteText().isEmpty());
        QVERIFY(!d.window.dashboard());
        QCOMPARE(d.dashboardsBuilt, 0); // never even built: no empty or broken dashboard
        QCOMPARE(d.window.tabs()->count(), 1);
        QVERIFY(d.window.tabs()->tabBar()->isHidden());
        d.window.selectLesson(20);
        QVERIFY(d.window.lockBannerText().startsWith(u"Available on "_s));
        d.window.selectLesson(11);
        QVERIFY(d.window.lessonPane()->instructorNote().isEmpty());
    }
};

QTEST_MAIN(tst_InstructorView)
#include "tst_InstructorView.moc"

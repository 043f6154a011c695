// What's new about lessons that open (issue 19), in the real window with search, notes and what's new attached: a
// lesson that a drip held gets the "open now" badge in the outline and its course's count in the course list, when
// the injected clock passes its date or when a sync moves the date into the past; the badge clears when the lesson
// is opened; and the opening is announced in one notification, not one per lesson.
//
// The course: a scheduled course (7, "Evening chemistry") without enforced order; section 71 is open (lesson 701),
// section 72 opens in three days (lessons 721 and 722).
#include "SampleWindow.h"

#include "CourseBuilder.h"
#include "CourseListModel.h"
#include "OutlineModel.h"
#include "Widgets.h"
#include "find/FindFeatures.h"
#include "session/Notebook.h"

#include <QLabel>
#include <QListView>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 CourseId = 7;

Course eveningChemistry(const QDateTime &opensAt)
{
    Course course = CourseBuilder(CourseType::Scheduled, CourseId)
                        .section(71)
                        .lesson(701)
                        .section(72)
                        .availableDate(opensAt)
                        .lesson(721)
                        .lesson(722)
                        .build();
    course.name = u"Evening chemistry"_s;
    return course;
}

} // namespace

class tst_WhatsNewUnlocks : public QObject
{
    Q_OBJECT

private slots:
    void aLessonThatOpensIsMarkedUntilItIsOpened_data()
    {
        QTest::addColumn<bool>("bySync");
        QTest::addRow("the clock passes its date") << false;
        QTest::addRow("a sync moves its date into the past") << true;
    }

    void aLessonThatOpensIsMarkedUntilItIsOpened()
    {
        QFETCH(bool, bySync);
        SampleWindow f;
        QVERIFY(f.window);
        new FindFeatures(*f.window, *f.session, f.runtime->notebook(), f.runtime->search(), f.runtime->engine());
        const QDateTime opensAt = f.clock.now().addDays(3);
        QVERIFY(f.runtime->state().importCourse(eveningChemistry(opensAt)));
        f.runtime->state().flushUnlockCheck(); // the locks as they are now: nothing to announce yet
        QVERIFY(f.window->showCourse(CourseId));
        f.window->selectLesson(701);
        auto *outline = modelOf<OutlineModel>(named<QTreeView>(f.window.get(), "outline"));
        auto *courses = modelOf<CourseListModel>(named<QListView>(f.window.get(), "courseList"));
        QCOMPARE(outline->indexOfLesson(721).data(OutlineModel::NewsRole).toString(), QString());
        QCOMPARE(courses->indexOfCourse(CourseId).data(CourseListModel::NewsRole).toInt(), 0);
        auto *banner = named<QLabel>(f.window.get(), "bannerText");

        if (bySync) {
            QVERIFY(f.runtime->state().importCourse(eveningChemistry(opensAt.addDays(-4))));
            f.runtime->state().flushUnlockCheck();
        } else {
            f.clock.advanceDays(4);
            f.runtime->state().checkUnlocks(); // what the unlock timer does when the time comes
        }

        QTRY_COMPARE(outline->indexOfLesson(721).data(OutlineModel::NewsRole).toString(), u"open now"_s);
        QCOMPARE(outline->indexOfLesson(722).data(OutlineModel::NewsRole).toString(), u"open now"_s);
        QCOMPARE(outline->indexOfLesson(701).data(OutlineModel::NewsRole).toString(), QString());
        QCOMPARE(courses->indexOfCourse(CourseId).data(CourseListModel::NewsRole).toInt(), 2);
        // One notification for both lessons (the source text: no translator is installed here).
        QTRY_COMPARE(banner->text(), u"2 lesson(s) now open in Evening chemistry"_s);

        f.window->selectLesson(721); // opened: its badge goes, the other stays
        QTRY_COMPARE(outline->indexOfLesson(721).data(OutlineModel::NewsRole).toString(), QString());
        QCOMPARE(outline->indexOfLesson(722).data(OutlineModel::NewsRole).toString(), u"open now"_s);
        QCOMPARE(courses->indexOfCourse(CourseId).data(CourseListModel::NewsRole).toInt(), 1);
        f.window->selectLesson(722);
        QTRY_COMPARE(courses->indexOfCourse(CourseId).data(CourseListModel::NewsRole).toInt(), 0);
        QCOMPARE(outline->indexOfLesson(722).data(OutlineModel::NewsRole).toString(), QString());
    }

    // Without what's new attached, the window still names the lesson that opened, on its own.
    void withoutWhatsNewTheWindowNamesTheLesson()
    {
        SampleWindow f;
        QVERIFY(f.window);
        const QDateTime opensAt = f.clock.now().addDays(3);
        QVERIFY(f.runtime->state().importCourse(eveningChemistry(opensAt)));
        f.runtime->state().flushUnlockCheck();
        f.clock.advanceDays(4);
        f.runtime->state().checkUnlocks();
        QTRY_VERIFY(named<QLabel>(f.window.get(), "bannerText")->text().endsWith(u"' is now available."_s));
    }
};

QTEST_MAIN(tst_WhatsNewUnlocks)
#include "tst_WhatsNewUnlocks.moc"

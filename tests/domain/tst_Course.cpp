// A Course is a value: a copy handed to a window's model never changes when another copy is written through
// findLesson (the window compares its old copy with the new one to know which rows to repaint).
#include "domain/Course.h"

#include "CourseBuilder.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;

class tst_Course : public QObject
{
    Q_OBJECT

private slots:
    void writingThroughFindLessonChangesThisCopyOnly()
    {
        const Course original = CourseBuilder().section(1).lesson(10).lesson(11).section(2).lesson(20).build();
        Course changed = original;
        Lesson *lesson = changed.findLesson(11);
        QVERIFY(lesson);
        lesson->completion = Completion::Completed;
        QCOMPARE(changed.findLesson(11)->completion, Completion::Completed);
        QCOMPARE(std::as_const(original).findLesson(11)->completion, Completion::Uncompleted);
        QVERIFY(original != changed);
        // The other section's lessons are still shared: only what was written was copied.
        QCOMPARE(original.sections.at(1).lessons.constData(), changed.sections.at(1).lessons.constData());
        QVERIFY(original.sections.at(0).lessons.constData() != changed.sections.at(0).lessons.constData());
    }

    void anUnknownLessonIsNotFound()
    {
        Course course = CourseBuilder().section(1).lesson(10).build();
        QCOMPARE(course.findLesson(99), nullptr);
        QCOMPARE(std::as_const(course).findLesson(99), nullptr);
    }
};

QTEST_MAIN(tst_Course)
#include "tst_Course.moc"

// Progress as api-contract.md defines it ("Progress, as the client shows it"): completed published lessons
// out of published lessons, as a whole percent rounded half up and with two decimals. Drafts never count;
// a failed quiz is not completed; an empty course is 0 %. A lesson of a type this version does not know counts
// as the server counts it ("What a platform server does differently", point 7).
#include "domain/AccessPolicy.h"
#include "domain/Progress.h"

#include "CourseBuilder.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

// One character per lesson, in course order:
//   C completed   . uncompleted   P passed quiz   F failed quiz   d draft   D draft marked completed
//   v a lesson of an unknown type (a platform's "video")   V the same, completed (taken elsewhere)   x its draft
//   | starts a new section
Course courseOf(QStringView lessons)
{
    CourseBuilder builder;
    builder.section(1);
    qint64 id = 0;
    qint64 sectionId = 1;
    const auto unknownType = [&](Completion completion, LessonStatus status) {
        builder.lesson(++id, completion, status, LessonType::Unknown);
    };
    for (QChar c : lessons) {
        // One line per character, as a table.
        // clang-format off
        switch (c.unicode()) {
        case u'|': builder.section(++sectionId); break;
        case u'C': builder.lesson(++id, Completion::Completed); break;
        case u'.': builder.lesson(++id); break;
        case u'P': builder.quiz(++id, Completion::Completed); break;
        case u'F': builder.quiz(++id, Completion::Failed); break;
        case u'd': builder.draft(++id); break;
        case u'D': builder.lesson(++id, Completion::Completed, LessonStatus::Draft); break;
        case u'v': unknownType(Completion::Uncompleted, LessonStatus::Published); break;
        case u'V': unknownType(Completion::Completed, LessonStatus::Published); break;
        case u'x': unknownType(Completion::Completed, LessonStatus::Draft); break;
        default: qFatal("unknown lesson character");
        }
        // clang-format on
    }
    return builder.build();
}

// `completed` completed lessons, then `uncompleted` uncompleted ones.
QString run(int completed, int uncompleted)
{
    return QString(completed, u'C') + QString(uncompleted, u'.');
}

} // namespace

class tst_Progress : public QObject
{
    Q_OBJECT

private slots:
    void figures_data()
    {
        QTest::addColumn<QString>("lessons");
        QTest::addColumn<int>("completed");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("percent");     // the bar: whole percent, half up
        QTest::addColumn<int>("basisPoints"); // hundredths of a percent, half up
        QTest::addColumn<QString>("twoDecimals");
        QTest::addColumn<bool>("complete");

        // Rounding: whole percent half up, two decimals half up.
        QTest::addRow("5 of 12") << u"CCCCC......."_s << 5 << 12 << 42 << 4167 << u"41.67"_s << false;
        QTest::addRow("1 of 3") << u"C.."_s << 1 << 3 << 33 << 3333 << u"33.33"_s << false;
        QTest::addRow("2 of 3") << u"CC."_s << 2 << 3 << 67 << 6667 << u"66.67"_s << false;
        QTest::addRow("1 of 6") << u"C....."_s << 1 << 6 << 17 << 1667 << u"16.67"_s << false;
        QTest::addRow("2 of 7") << u"CC....."_s << 2 << 7 << 29 << 2857 << u"28.57"_s << false;
        QTest::addRow("1 of 8: 12.5 rounds up to 13") << u"C......."_s << 1 << 8 << 13 << 1250 << u"12.50"_s << false;
        QTest::addRow("1 of 200: 0.5 rounds up to 1")
            << run(1, 199) << 1 << 200 << 1 << 50 << u"0.50"_s << false;
        QTest::addRow("199 of 200: the bar shows 100 but the course is not complete")
            << run(199, 1) << 199 << 200 << 100 << 9950 << u"99.50"_s << false;
        QTest::addRow("1 of 20000: 0.005 rounds up to 0.01")
            << run(1, 19'999) << 1 << 20'000 << 0 << 1 << u"0.01"_s << false;
        QTest::addRow("1 of 40000: 0.0025 rounds down to 0.00")
            << run(1, 39'999) << 1 << 40'000 << 0 << 0 << u"0.00"_s << false;

        // The ends.
        QTest::addRow("empty course") << QString() << 0 << 0 << 0 << 0 << u"0.00"_s << false;
        QTest::addRow("nothing completed") << u"....."_s << 0 << 5 << 0 << 0 << u"0.00"_s << false;
        QTest::addRow("all completed") << u"CCCC"_s << 4 << 4 << 100 << 10000 << u"100.00"_s << true;
        QTest::addRow("one lesson, completed") << u"C"_s << 1 << 1 << 100 << 10000 << u"100.00"_s << true;

        // Drafts never count, completed or not.
        QTest::addRow("drafts do not count") << u"CCCCC.......ddd"_s << 5 << 12 << 42 << 4167 << u"41.67"_s << false;
        QTest::addRow("completed drafts do not count")
            << u"CCCCC.......DD"_s << 5 << 12 << 42 << 4167 << u"41.67"_s << false;
        QTest::addRow("drafts between lessons, across sections")
            << u"CdC|D|CCC.d|......"_s << 5 << 12 << 42 << 4167 << u"41.67"_s << false;
        QTest::addRow("only drafts: an empty course") << u"dDd"_s << 0 << 0 << 0 << 0 << u"0.00"_s << false;
        QTest::addRow("all completed, plus a draft") << u"CCCd"_s << 3 << 3 << 100 << 10000 << u"100.00"_s << true;

        // Quizzes: passed is completed, failed is not.
        QTest::addRow("a passed quiz counts as completed") << u"CP."_s << 2 << 3 << 67 << 6667 << u"66.67"_s << false;
        QTest::addRow("a failed quiz is not completed") << u"CCF"_s << 2 << 3 << 67 << 6667 << u"66.67"_s << false;
        QTest::addRow("all completed but a failed quiz") << u"CCCF"_s << 3 << 4 << 75 << 7500 << u"75.00"_s << false;
        QTest::addRow("all completed, quizzes passed") << u"CP|PC"_s << 4 << 4 << 100 << 10000 << u"100.00"_s << true;
    }
    void figures()
    {
        QFETCH(QString, lessons);
        QFETCH(int, completed);
        QFETCH(int, total);
        QFETCH(int, percent);
        QFETCH(int, basisPoints);
        QFETCH(QString, twoDecimals);
        QFETCH(bool, complete);

        const ProgressFigures figures = Progress::of(courseOf(lessons));
        QCOMPARE(figures.completed, completed);
        QCOMPARE(figures.total, total);
        QCOMPARE(figures.percent(), percent);
        QCOMPARE(figures.basisPoints(), basisPoints);
        QCOMPARE(QString::number(figures.percentExact(), 'f', 2), twoDecimals);
        QCOMPARE(figures.percentExact(), twoDecimals.toDouble());
        QCOMPARE(figures.isComplete(), complete);
    }

    // The single definition of what counts, lesson by lesson.
    void countsAndIsDone_data()
    {
        QTest::addColumn<LessonStatus>("status");
        QTest::addColumn<LessonType>("type");
        QTest::addColumn<Completion>("completion");
        QTest::addColumn<bool>("counts");
        QTest::addColumn<bool>("done");

        const auto pub = LessonStatus::Published, draft = LessonStatus::Draft;
        const auto lesson = LessonType::Lesson, quiz = LessonType::Quiz;
        QTest::addRow("published, uncompleted") << pub << lesson << Completion::Uncompleted << true << false;
        QTest::addRow("published, completed") << pub << lesson << Completion::Completed << true << true;
        QTest::addRow("quiz, not attempted") << pub << quiz << Completion::Uncompleted << true << false;
        QTest::addRow("quiz, passed") << pub << quiz << Completion::Completed << true << true;
        QTest::addRow("quiz, failed") << pub << quiz << Completion::Failed << true << false;
        QTest::addRow("draft, uncompleted") << draft << lesson << Completion::Uncompleted << false << false;
        QTest::addRow("draft, completed") << draft << lesson << Completion::Completed << false << false;
        QTest::addRow("draft quiz, passed") << draft << quiz << Completion::Completed << false << false;
    }
    void countsAndIsDone()
    {
        QFETCH(LessonStatus, status);
        QFETCH(LessonType, type);
        QFETCH(Completion, completion);
        QFETCH(bool, counts);
        QFETCH(bool, done);

        Lesson lesson;
        lesson.status = status;
        lesson.type = type;
        lesson.completion = completion;
        QCOMPARE(Progress::counts(lesson), counts);
        QCOMPARE(Progress::isDone(lesson), done);
    }

    // A lesson of an unknown type cannot be taken in this version. The server's figures of the course (num_lessons,
    // as last pulled) say whether it counts: when they include it, it counts here too (the platform's demo counts
    // its "video", and a learner who did everything else is at two of three, not done); when they leave it out, or
    // there are none, it counts only once the server says it is completed (it never holds the learner back).
    void unknownTypesCountAsTheServerCountsThem_data()
    {
        QTest::addColumn<QString>("lessons");
        QTest::addColumn<int>("serverTotal"); // num_lessons as pulled; -1: no server figures
        QTest::addColumn<int>("completed");
        QTest::addColumn<int>("total");

        QTest::addRow("no server figures: not counted until completed") << u"CvC"_s << -1 << 2 << 2;
        QTest::addRow("no server figures: completed elsewhere, counted") << u"CVC"_s << -1 << 3 << 3;
        QTest::addRow("the server counts it: two of three") << u"CvC"_s << 3 << 2 << 3;
        QTest::addRow("the server counts it, completed elsewhere") << u"CVC"_s << 3 << 3 << 3;
        QTest::addRow("the server leaves it out") << u"CvC"_s << 2 << 2 << 2;
        QTest::addRow("the server leaves it out, completed elsewhere") << u"CVC"_s << 2 << 3 << 3;
        QTest::addRow("the server counts two unknown lessons, one done") << u"Cv|V."_s << 4 << 2 << 4;
        QTest::addRow("figures that match neither (content changed): not counted until completed")
            << u"Cv|V."_s << 7 << 2 << 3;
        QTest::addRow("a draft of an unknown type never counts") << u"Cvx"_s << 2 << 1 << 2;
        QTest::addRow("no lesson of an unknown type: the server's total changes nothing") << u"C.."_s << 9 << 1 << 3;
    }
    void unknownTypesCountAsTheServerCountsThem()
    {
        QFETCH(QString, lessons);
        QFETCH(int, serverTotal);
        QFETCH(int, completed);
        QFETCH(int, total);

        Course course = courseOf(lessons);
        if (serverTotal >= 0)
            course.serverProgress = ServerProgress{0, serverTotal, 0, std::nullopt};
        const ProgressFigures figures = Progress::of(course);
        QCOMPARE(figures, (ProgressFigures{completed, total}));
        const QDateTime now(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
        QCOMPARE(AccessPolicy::evaluate(course, now).progress(), figures); // the access pass counts the same
    }

    // The figures on their own, as the enrollment endpoint reports them (completedLessons / totalLessons).
    void figuresFromServerCounts_data()
    {
        QTest::addColumn<int>("completed");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("percent");
        QTest::addColumn<double>("exact");
        QTest::addColumn<bool>("complete");

        QTest::addRow("5/12") << 5 << 12 << 42 << 41.67 << false;
        QTest::addRow("1/3") << 1 << 3 << 33 << 33.33 << false;
        QTest::addRow("2/3") << 2 << 3 << 67 << 66.67 << false;
        QTest::addRow("1/8") << 1 << 8 << 13 << 12.5 << false;
        QTest::addRow("1/200") << 1 << 200 << 1 << 0.5 << false;
        QTest::addRow("0/0") << 0 << 0 << 0 << 0.0 << false;
        QTest::addRow("7/7") << 7 << 7 << 100 << 100.0 << true;
    }
    void figuresFromServerCounts()
    {
        QFETCH(int, completed);
        QFETCH(int, total);
        QFETCH(int, percent);
        QFETCH(double, exact);
        QFETCH(bool, complete);

        const ProgressFigures figures{completed, total};
        QCOMPARE(figures.percent(), percent);
        QCOMPARE(figures.percentExact(), exact);
        QCOMPARE(figures.isComplete(), complete);
    }

    // The access pass counts progress on the way (one read of the lessons): it must agree with Progress::of.
    void accessPassCountsTheSameProgress_data()
    {
        QTest::addColumn<Course>("course");
        QTest::addRow("empty course") << coursedesk::test::CourseBuilder().build();
        QTest::addRow("drafts, a failed quiz, completed lessons")
            << coursedesk::test::CourseBuilder(CourseType::Structured)
                   .section(1)
                   .lesson(10, Completion::Completed)
                   .draft(11)
                   .quiz(12, Completion::Failed)
                   .section(2, 7)
                   .lesson(20, Completion::Completed)
                   .lesson(21)
                   .build();
        QTest::addRow("10k lessons") << coursedesk::test::CourseBuilder::large(10000);
    }
    void accessPassCountsTheSameProgress()
    {
        QFETCH(Course, course);
        const QDateTime now(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
        QCOMPARE(AccessPolicy::evaluate(course, now).progress(), Progress::of(course));
    }
};

QTEST_GUILESS_MAIN(tst_Progress)
#include "tst_Progress.moc"

#include "OutlineModel.h"
#include "StatusIcons.h"

#include "CourseBuilder.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime joined(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

Course sampleShape()
{
    return CourseBuilder(CourseType::Structured)
        .joined(joined)
        .enforceOrder()
        .section(1)
        .lesson(10, Completion::Completed)
        .lesson(11)
        .quiz(12)
        .section(2, 7)
        .lesson(20)
        .draft(21)
        .build();
}

} // namespace

class tst_OutlineModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Course course = sampleShape();
        model.setCourse(course, AccessPolicy::evaluate(course, joined.addDays(1)));
        Course changed = course;
        changed.sections[0].lessons[1].completion = Completion::Completed;
        model.updateStates(changed, AccessPolicy::evaluate(changed, joined.addDays(8)));
        Course restructured = changed;
        restructured.sections.removeLast();
        model.updateStates(restructured, AccessPolicy::evaluate(restructured, joined.addDays(8)));
        model.setCourse(Course{}, CourseAccess{});
        QCOMPARE(model.rowCount(), 0);
    }

    void treeShapeFollowsTheCourse()
    {
        OutlineModel model;
        const Course course = sampleShape();
        model.setCourse(course, AccessPolicy::evaluate(course, joined.addDays(1)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"Section 1"_s);
        QCOMPARE(model.index(2, 0, model.index(0, 0)).data(OutlineModel::LessonIdRole).toLongLong(), 12);
        QCOMPARE(model.indexOfLesson(20), model.index(0, 0, model.index(1, 0)));
        QVERIFY(!model.indexOfLesson(999).isValid());
    }

    void everyLessonOfALargeOutlineFindsItsSection()
    {
        OutlineModel model;
        const Course course = CourseBuilder::large(3000, 20);
        model.setCourse(course, AccessPolicy::evaluate(course, joined.addDays(1)));
        QCOMPARE(model.rowCount(), 150);
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex section = model.index(s, 0);
            for (int l = 0; l < model.rowCount(section); ++l) {
                const QModelIndex lesson = model.index(l, 0, section);
                QCOMPARE(model.parent(lesson), section);
                QCOMPARE(lesson.data(OutlineModel::LessonIdRole).toLongLong(), course.sections.at(s).lessons.at(l).id);
            }
        }
    }

    // Rows find their state by position in course order; an evaluation that does not hold a lesson
    // (here: none at all) reports it locked, as CourseAccess::lesson does.
    void aLessonMissingFromTheEvaluationIsLocked()
    {
        OutlineModel model;
        model.setCourse(sampleShape(), CourseAccess{});
        const QModelIndex lesson = model.index(0, 0, model.index(0, 0));
        QCOMPARE(lesson.data(OutlineModel::LessonIdRole).toLongLong(), 10);
        QCOMPARE(lesson.data(OutlineModel::AccessibleRole).toBool(), false);
        QCOMPARE(lesson.data(OutlineModel::LockReasonRole).toString(), u"not_joined"_s);
    }

    // QTreeView::expandAll keeps a persistent index of every row in a QHash, which buckets by the low
    // bits of qHash(QModelIndex): the lessons of a large outline must not pile up on a few values.
    void lessonIndexesHashApart()
    {
        OutlineModel model;
        const Course course = CourseBuilder::large(20000);
        model.setCourse(course, AccessPolicy::evaluate(course, joined.addDays(1)));
        QSet<size_t> lowBits;
        int lessons = 0;
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex section = model.index(s, 0);
            for (int l = 0; l < model.rowCount(section); ++l, ++lessons)
                lowBits.insert(qHash(model.index(l, 0, section), 0) & 0xffff);
        }
        QCOMPARE(lessons, 20000);
        QVERIFY2(lowBits.size() > lessons * 3 / 4, qPrintable(u"%1 distinct of %2"_s.arg(lowBits.size()).arg(lessons)));
    }

    void lessonRoles_data()
    {
        QTest::addColumn<qint64>("lessonId");
        QTest::addColumn<bool>("accessible");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("lockTextContains");
        QTest::addColumn<bool>("quiz");
        QTest::addColumn<bool>("draft");
        QTest::addRow("completed first lesson") << qint64(10) << true << QString() << QString() << false << false;
        QTest::addRow("next lesson open") << qint64(11) << true << QString() << QString() << false << false;
        QTest::addRow("quiz after an open lesson")
            << qint64(12) << false << u"order"_s << u"Complete 'Lesson 11' first"_s << true << false;
        QTest::addRow("drip section") << qint64(20) << false << u"drip_structured"_s << u"Available on 8 January 2026"_s
                                      << false << false;
        QTest::addRow("draft") << qint64(21) << false << u"not_published"_s << u"draft"_s << false << true;
    }
    void lessonRoles()
    {
        QFETCH(qint64, lessonId);
        QFETCH(bool, accessible);
        QFETCH(QString, reason);
        QFETCH(QString, lockTextContains);
        QFETCH(bool, quiz);
        QFETCH(bool, draft);
        OutlineModel model;
        const Course course = sampleShape();
        model.setCourse(course, AccessPolicy::evaluate(course, joined.addDays(1)));
        const QModelIndex index = model.indexOfLesson(lessonId);
        QCOMPARE(index.data(OutlineModel::AccessibleRole).toBool(), accessible);
        QCOMPARE(index.data(OutlineModel::LockReasonRole).toString(), reason);
        QVERIFY2(index.data(OutlineModel::LockTextRole).toString().contains(lockTextContains),
                 qPrintable(index.data(OutlineModel::LockTextRole).toString()));
        QCOMPARE(index.data(OutlineModel::IsQuizRole).toBool(), quiz);
        QCOMPARE(index.data(OutlineModel::IsDraftRole).toBool(), draft);
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().startsWith(course.findLesson(lessonId)->name));
    }

    // The icons are drawn at the size asked (crisp on high-DPI screens, not a scaled 16-pixel image), differ
    // by state, fade when disabled, keep an outline when selected and are sharp on high-DPI screens.
    void statusIconsDrawnAtTheSizeAsked()
    {
        const StatusIcons icons;
        const auto opaquePixels = [](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
            return count;
        };
        const auto maxAlpha = [](const QImage &image) {
            int alpha = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    alpha = std::max(alpha, qAlpha(image.pixel(x, y)));
            return alpha;
        };
        const QImage small = icons.locked().pixmap(QSize(16, 16)).toImage();
        const QImage large = icons.locked().pixmap(QSize(64, 64)).toImage();
        QCOMPARE(small.size(), QSize(16, 16));
        QCOMPARE(large.size(), QSize(64, 64));
        QVERIFY(opaquePixels(small) > 20);
        // 16 times the area: about 16 times the ink, give or take the anti-aliased edges.
        QVERIFY2(opaquePixels(large) > 12 * opaquePixels(small), qPrintable(QString::number(opaquePixels(large))));
        QVERIFY(icons.locked().pixmap(QSize(16, 16)).toImage() != icons.completed().pixmap(QSize(16, 16)).toImage());
        QCOMPARE(maxAlpha(small), 255);
        QVERIFY(maxAlpha(icons.locked().pixmap(QSize(16, 16), QIcon::Disabled).toImage()) < 128);
        // On a selected row the shape gets a light outline, so a grey lock stays visible on the highlight.
        const QImage selected = icons.locked().pixmap(QSize(16, 16), QIcon::Selected).toImage();
        const auto lightPixels = [](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y).alpha() > 128 && image.pixelColor(x, y).lightness() > 220 ? 1 : 0;
            return count;
        };
        QVERIFY(opaquePixels(selected) > opaquePixels(small));
        QCOMPARE(lightPixels(small), 0);
        QVERIFY(lightPixels(selected) > 20);
        // On a high-DPI screen (device pixel ratio 2) the icon is drawn with 32 device pixels, not scaled up.
        const QPixmap sharp = icons.locked().pixmap(QSize(16, 16), 2.0);
        QCOMPARE(sharp.deviceIndependentSize(), QSizeF(16, 16));
        QCOMPARE(sharp.size(), QSize(32, 32));
        QImage sharpImage = sharp.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        sharpImage.setDevicePixelRatio(1);
        QCOMPARE(sharpImage,
                 icons.locked().pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied));
        // Painted by a view on such a screen: the same 32 device pixels.
        QImage canvas(32, 32, QImage::Format_ARGB32_Premultiplied);
        canvas.setDevicePixelRatio(2.0);
        canvas.fill(Qt::transparent);
        {
            QPainter painter(&canvas);
            icons.locked().paint(&painter, QRect(0, 0, 16, 16));
        }
        canvas.setDevicePixelRatio(1);
        QCOMPARE(canvas, sharpImage);
        // Asked twice, the same pixels.
        QCOMPARE(icons.locked().pixmap(QSize(16, 16)).toImage(), small);
    }

    void updateStatesSignalsOnlyWhatChanged()
    {
        OutlineModel model;
        const Course course = sampleShape();
        model.setCourse(course, AccessPolicy::evaluate(course, joined.addDays(1)));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Course next = course;
        next.sections[0].lessons[1].completion = Completion::Completed; // lesson 11 done: the quiz opens
        model.updateStates(next, AccessPolicy::evaluate(next, joined.addDays(1)));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 2); // lesson 11 and quiz 12
        QCOMPARE(model.indexOfLesson(12).data(OutlineModel::AccessibleRole).toBool(), true);
    }

    void sectionShowsItsDripLock()
    {
        OutlineModel model;
        const Course course = sampleShape();
        model.setCourse(course, AccessPolicy::evaluate(course, joined.addDays(1)));
        QCOMPARE(model.index(1, 0).data(OutlineModel::AccessibleRole).toBool(), false);
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().startsWith(u"Available on"_s));
        model.updateStates(course, AccessPolicy::evaluate(course, joined.addDays(7)));
        QCOMPARE(model.index(1, 0).data(OutlineModel::AccessibleRole).toBool(), true);
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_MAIN(tst_OutlineModel)
#include "tst_OutlineModel.moc"

// One learner of the dashboard (issue 20), in both dialects: a double-click (or Enter) on their row opens their
// outline with each lesson's completion as the server has it for them (view=user&user=ID) and their quiz attempts;
// both export as CSV, and the copy kept is shown offline with its age.
#include "dashboard/DashboardWidget.h"
#include "dashboard/LearnerProgressDialog.h"
#include "dashboard/LearnersModel.h"

#include "DashboardStack.h"
#include "Dialects.h"
#include "Widgets.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

LearnersModel *learners(const DashboardWidget &widget)
{
    return modelOf<LearnersModel>(named<QTableView>(&widget, "learnersView"));
}

int rowOf(const LearnersModel &model, const QString &username)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.row(row).username == username)
            return row;
    }
    return -1;
}

LearnerProgressDialog *openDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<LearnerProgressDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// The dialog's lessons as "lesson name:state" (the state's wire name), in the outline's order.
QStringList shownStates(const LearnerProgressDialog *dialog)
{
    const auto *view = named<QTableView>(dialog, "learnerLessons");
    QStringList states;
    for (int row = 0; view && row < view->model()->rowCount(); ++row) {
        states << view->model()->index(row, 1).data().toString() + u":"_s +
                      view->model()->index(row, 2).data(Qt::UserRole).toString();
    }
    return states;
}

// The same lessons as the reference server holds them for the learner.
QStringList serverStates(DashboardStack &s, const QString &user, qint64 course)
{
    const QJsonObject lessons = s.server.state(user, course)->value(u"lessons"_s).toObject();
    const std::optional<refserver::model::Course> structure = s.server.store().course(course);
    QStringList states;
    for (const auto &section : structure->sections) {
        for (const auto &lesson : section.lessons) {
            if (lesson.isPublished())
                states << lesson.name + u":"_s + lessons.value(QString::number(lesson.id)).toString();
        }
    }
    return states;
}

} // namespace

class tst_LearnerDrillDown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void doubleClickOpensTheLearner_withTheirLessonStates_andAttempts()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QTemporaryDir out;
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.setFileChooser([&](QWidget *, const QString &name) { return out.filePath(name); });
        widget.resize(900, 600);
        widget.show();
        widget.showCourse(1);
        LearnersModel *model = learners(widget);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && rowOf(*model, u"ana"_s) >= 0, 20000);
        auto *view = named<QTableView>(&widget, "learnersView");
        const QModelIndex ana = model->index(rowOf(*model, u"ana"_s), LearnersModel::Username);
        view->scrollTo(ana);
        const QPoint at = view->visualRect(ana).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(openDialog() != nullptr);
        LearnerProgressDialog *dialog = openDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);

        // Each lesson's state is the server's for ana, lesson by lesson.
        const QStringList expected = serverStates(s, u"ana"_s, 1);
        QVERIFY(expected.size() > 5);
        QCOMPARE(shownStates(dialog), expected);
        QVERIFY(expected.join(u' ').contains(u":completed"_s));
        QVERIFY(named<QLabel>(dialog, "learnerSummary")->text().contains(u"82 %"_s)); // ana's rate in the seed

        // Her quiz attempts, and no one else's.
        const auto *attempts = named<QTableView>(dialog, "learnerAttempts");
        int serverAttempts = 0;
        for (const QJsonValue &row : s.server.state(u"ana"_s, 1)->value(u"attempts"_s).toArray())
            serverAttempts += row.toObject().isEmpty() ? 0 : 1;
        QCOMPARE(attempts->model()->rowCount(), serverAttempts);

        // Both export as CSV.
        QTest::mouseClick(named<QPushButton>(dialog, "exportLearnerLessons"), Qt::LeftButton);
        QFile lessons(out.filePath(u"ana-lessons.csv"_s));
        QVERIFY(lessons.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(lessons.readAll());
        QVERIFY(csv.startsWith(u"section,lesson,type,state,locked\r\n"_s));
        QCOMPARE(csv.count(u"\r\n"_s), expected.size() + 1);
        dialog->close();
    }

    void enterOpensIt_andOfflineShowsTheKeptCopy()
    {
        DashboardStack s(u"teacher"_s, {}, rowServerOptions());
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        DashboardWidget widget(*s.dashboard, s.clock);
        widget.resize(900, 600);
        widget.show();
        widget.showCourse(1);
        LearnersModel *model = learners(widget);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && rowOf(*model, u"ben"_s) >= 0, 20000);
        auto *view = named<QTableView>(&widget, "learnersView");
        const auto open = [&] {
            view->setFocus();
            view->setCurrentIndex(model->index(rowOf(*model, u"ben"_s), LearnersModel::Username));
            QTest::keyClick(view, Qt::Key_Return);
            QTRY_VERIFY(openDialog() != nullptr);
            QTRY_VERIFY_WITH_TIMEOUT(openDialog()->isLoaded(), 20000);
        };
        open();
        const QStringList online = shownStates(openDialog());
        QCOMPARE(online, serverStates(s, u"ben"_s, 1));
        openDialog()->close();
        QTRY_VERIFY(openDialog() == nullptr);

        s.goOffline();
        open();
        QCOMPARE(shownStates(openDialog()), online);
        QVERIFY(named<QLabel>(openDialog(), "learnerAsOf")->text().contains(u"could not be reached"_s));
        openDialog()->close();
    }
};

QTEST_MAIN(tst_LearnerDrillDown)
#include "tst_LearnerDrillDown.moc"

// Downloads you can see and manage (issue 18), in the real window against the reference server in both dialects:
// File ▸ Storage… lists every account (read from its cache, without signing in to it) with its courses by size, and
// "Remove downloads" for a course of another account frees its files and keeps its progress, notes and queued
// actions; each course in the course list says whether it is available offline and its size on disk (also in its
// accessible description), and its context menu downloads it (progress in files and bytes, with cancel) or removes
// its downloads.
#include "CourseListModel.h"
#include "MainWindow.h"
#include "StorageDialog.h"
#include "StorageModel.h"

#include "OfflineDesk.h"
#include "Widgets.h"

#include "session/CourseSession.h"
#include "session/Notebook.h"
#include "session/OfflineFiles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QModelIndex child(const QAbstractItemModel *model, const QModelIndex &parent, qint64 courseId)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex at = model->index(r, 0, parent);
        if (at.data(StorageModel::CourseIdRole).toLongLong() == courseId)
            return at;
    }
    return {};
}

QModelIndex courseRow(const QAbstractItemModel *model, qint64 courseId)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(CourseListModel::CourseIdRole).toLongLong() == courseId)
            return model->index(r, 0);
    }
    return {};
}

// Opens the course row's context menu as a right click does (the context-menu event the window system sends to the
// list's viewport over that row; QTest's mouse clicks do not make one) and clicks the menu's action by object name.
bool chooseFromMenu(QListView *list, const QModelIndex &row, const char *action)
{
    list->scrollTo(row);
    const QPoint at = list->visualRect(row).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, list->viewport()->mapToGlobal(at));
    QApplication::sendEvent(list->viewport(), &event);
    QMenu *menu = list->findChild<QMenu *>(u"courseOfflineMenu"_s);
    if (!menu || !QTest::qWaitForWindowExposed(menu))
        return false;
    QAction *chosen = menu->findChild<QAction *>(QString::fromLatin1(action));
    if (!chosen || !chosen->isEnabled())
        return false;
    const QPointer<QMenu> open(menu);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(chosen).center());
    return QTest::qWaitFor([&] { return open.isNull(); }); // it closed (and went)
}

} // namespace

class tst_OfflineCourses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void theStorageViewListsEveryAccountAndRemovesAnothersDownloads()
    {
        OfflineDesk d(rowDialectName());
        QVERIFY(d.synced);
        {
            // A second account of the learner, with progress, a note and a queued action in the media course.
            std::unique_ptr<AccountRuntime> college = d.openAccount(u"college"_s);
            QVERIFY(college);
            QVERIFY(college->offlineFiles().storage(6)->files > 0);
            QVERIFY(college->session().setCompleted(6, 601, true).ok()); // queued: not synced
            QVERIFY(college->notebook().setNote(6, 602, u"Bars: compare heights"_s).ok());
        } // closed: the window has only "school" open

        MainWindow window(d.runtime->session(), MainWindow::Options{false, nullptr, &d.accounts, u"school"_s});
        window.show();
        named<QAction>(&window, "storageAction")->trigger();
        auto *dialog = named<StorageDialog>(&window, "storageDialog");
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *tree = named<QTreeView>(dialog, "storageTree");
        QAbstractItemModel *model = tree->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Each account, in the accounts' order, with its courses; the total is of every account.
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), u"school (open)"_s);
        QCOMPARE(model->index(1, 0).data().toString(), u"college"_s);
        const QModelIndex theirs = child(model, model->index(1, 0), 6);
        QVERIFY(theirs.isValid());
        const auto column = [&](const QModelIndex &row, int c) { return row.sibling(row.row(), c).data(); };
        QCOMPARE(column(theirs, StorageModel::MissingColumn).toInt(), 2);
        QVERIFY(column(theirs, StorageModel::FilesColumn).toInt() >= 2);
        QCOMPARE(column(theirs, StorageModel::OfflineColumn).toString(), u"Partly available offline (2 missing)"_s);
        const qint64 schoolBytes = d.runtime->offlineFiles().storage(6)->bytes;
        QCOMPARE(column(theirs, StorageModel::SizeColumn).toString(), QLocale().formattedDataSize(schoolBytes));
        const qint64 total = model->index(0, 0).data(StorageModel::BytesRole).toLongLong() +
                             model->index(1, 0).data(StorageModel::BytesRole).toLongLong();
        QVERIFY2(named<QLabel>(dialog, "storageTotal")->text().endsWith(QLocale().formattedDataSize(total)),
                 qPrintable(named<QLabel>(dialog, "storageTotal")->text()));

        // Another account's course can be removed, not downloaded (that needs its sign-in).
        clickRow(tree, theirs);
        QVERIFY(!named<QPushButton>(dialog, "downloadCourse")->isEnabled());
        QVERIFY(named<QPushButton>(dialog, "removeDownloads")->isEnabled());
        QTest::mouseClick(named<QPushButton>(dialog, "removeDownloads"), Qt::LeftButton);
        QVERIFY2(named<QLabel>(dialog, "downloadProgress")->text().contains(u"freed"_s),
                 qPrintable(named<QLabel>(dialog, "downloadProgress")->text()));
        const QModelIndex removed = child(model, model->index(1, 0), 6);
        QCOMPARE(column(removed, StorageModel::OfflineColumn).toString(), u"Downloads removed"_s);
        QCOMPARE(column(removed, StorageModel::FilesColumn).toInt(), 0);
        // The open account's copy is untouched.
        QCOMPARE(d.runtime->offlineFiles().storage(6)->bytes, schoolBytes);

        // Opened again: the other account's texts, progress, note and queued action are all there.
        std::unique_ptr<AccountRuntime> college = [&] {
            AccountRuntime::Options options;
            options.watchConnectivity = false;
            Result<std::unique_ptr<AccountRuntime>> opened = AccountRuntime::open(
                d.accounts, *d.accounts.find(u"college"_s), d.clock, d.network, d.credentials, Credentials{}, options);
            return opened ? std::move(opened).value() : nullptr;
        }();
        QVERIFY(college);
        QCOMPARE(college->offlineFiles().storage(6)->files, 0);
        QVERIFY(!college->offlineFiles().keepsOffline(6));
        QVERIFY(college->session().lesson(6, 601)->hasBody);
        QCOMPARE(college->session().pendingActions()->size(), 1);
        QCOMPARE(college->notebook().note(6, 602)->text, u"Bars: compare heights"_s);
        QCOMPARE(college->session().lesson(6, 601)->completion, Completion::Completed);
    }

    void theCourseListSaysWhetherEachCourseIsAvailableOffline()
    {
        OfflineDesk d(rowDialectName());
        QVERIFY(d.synced);
        MainWindow window(d.runtime->session(), MainWindow::Options{false, nullptr, &d.accounts, u"school"_s});
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadCourses());
        auto *list = named<QListView>(&window, "courseList");
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex media = courseRow(list->model(), 6);
        QVERIFY(media.isValid());
        const QString size = QLocale().formattedDataSize(d.runtime->offlineFiles().storage(6)->bytes);
        QCOMPARE(media.data(CourseListModel::OfflineTextRole).toString(),
                 u"Partly available offline (2 missing), "_s + size);
        // A screen reader hears it with the progress, as the outline's rows say their state.
        QVERIFY2(media.data(Qt::AccessibleDescriptionRole)
                     .toString()
                     .endsWith(u"; Partly available offline (2 missing), "_s + size),
                 qPrintable(media.data(Qt::AccessibleDescriptionRole).toString()));
        // A course with no files is available offline as it is.
        const QModelIndex plain = courseRow(list->model(), 1);
        QVERIFY(plain.isValid());
        QCOMPARE(plain.data(CourseListModel::OfflineTextRole).toString(), u"Available offline"_s);

        // Remove downloads from the course's context menu: its progress and queued action stay.
        QVERIFY(d.runtime->session().setCompleted(6, 601, true).ok());
        QVERIFY(chooseFromMenu(list, media, "removeCourseDownloads"));
        QCOMPARE(courseRow(list->model(), 6).data(CourseListModel::OfflineTextRole).toString(), u"Downloads removed"_s);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"freed"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(d.runtime->session().pendingActions()->size(), 1);
        QCOMPARE(d.runtime->session().lesson(6, 601)->completion, Completion::Completed);

        // Download for offline: the row shows the progress in files and bytes, then the state again.
        QStringList seen;
        connect(list->model(), &QAbstractItemModel::dataChanged, this,
                [&] { seen << courseRow(list->model(), 6).data(CourseListModel::OfflineTextRole).toString(); });
        QSignalSpy done(&d.runtime->offlineFiles(), &OfflineFiles::downloadFinished);
        QVERIFY(chooseFromMenu(list, courseRow(list->model(), 6), "downloadForOffline"));
        QVERIFY(!done.isEmpty() || done.wait(20'000));
        QVERIFY2(!seen.filter(QRegularExpression(u"^Downloading: \\d+ of \\d+ files, "_s)).isEmpty(),
                 qPrintable(seen.join(u" | "_s)));
        QCOMPARE(courseRow(list->model(), 6).data(CourseListModel::OfflineTextRole).toString(),
                 u"Partly available offline (2 missing), "_s + size);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Downloaded"_s),
                 qPrintable(window.statusBar()->currentMessage()));

        // From the keyboard (the menu key on the list, whatever row is at the top), the menu is the current
        // course's.
        list->setFocus();
        list->setCurrentIndex(courseRow(list->model(), 6));
        QVERIFY(list->indexAt(QPoint(1, 1)) != courseRow(list->model(), 6));
        QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(1, 1), list->mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(list, &key);
        QMenu *menu = list->findChild<QMenu *>(u"courseOfflineMenu"_s);
        QVERIFY(menu && QTest::qWaitForWindowExposed(menu));
        QAction *remove = menu->findChild<QAction *>(u"removeCourseDownloads"_s);
        const QPointer<QMenu> closing(menu);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(remove).center());
        QVERIFY(QTest::qWaitFor([&] { return closing.isNull(); }));
        QCOMPARE(courseRow(list->model(), 6).data(CourseListModel::OfflineTextRole).toString(), u"Downloads removed"_s);
    }

    void aDownloadFromTheCourseListCanBeCancelled()
    {
        OfflineDesk d(rowDialectName());
        QVERIFY(d.synced);
        QVERIFY(d.runtime->offlineFiles().removeDownloads(6).ok());
        MainWindow window(d.runtime->session(), MainWindow::Options{false, nullptr, &d.accounts, u"school"_s});
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadCourses());
        auto *list = named<QListView>(&window, "courseList");
        d.server->setLatencyMs(400); // each file takes a while
        QSignalSpy done(&d.runtime->offlineFiles(), &OfflineFiles::downloadFinished);
        QVERIFY(chooseFromMenu(list, courseRow(list->model(), 6), "downloadForOffline"));
        QVERIFY(d.runtime->offlineFiles().isDownloading(6));
        QVERIFY(chooseFromMenu(list, courseRow(list->model(), 6), "cancelCourseDownload"));
        QVERIFY(!done.isEmpty() || done.wait(20'000));
        QVERIFY(done.constFirst().at(1).value<MediaReport>().cancelled);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"cancelled"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!courseRow(list->model(), 6)
                     .data(CourseListModel::OfflineTextRole)
                     .toString()
                     .startsWith(u"Downloading"_s));
    }
};

QTEST_MAIN(tst_OfflineCourses)
#include "tst_OfflineCourses.moc"

// Offline means everything (issue 18), in the real window against the reference server in both dialects: after a
// sync the server is stopped, and the lesson's pictures are shown from the offline copy, a missing one is the small
// placeholder that says why, the embedded video is a card with its title and a link, the attachments are listed
// under the text with their kind and size, and a downloaded file opens from the disk with the desktop's viewer.
#include "LessonPane.h"
#include "MainWindow.h"
#include "SafeTextBrowser.h"
#include "StorageDialog.h"
#include "StorageModel.h"

#include "OfflineDesk.h"
#include "Widgets.h"

#include "auth/CredentialStore.h"
#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "session/OfflineFiles.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

using Desk = OfflineDesk;

// Every picture the lesson text shows, by its address (images are the document's image formats).
QStringList pictures(const QTextDocument *document)
{
    QStringList names;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                names << format.toImageFormat().name();
        }
    }
    return names;
}

} // namespace

class tst_OfflineMedia : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void withTheServerStoppedEveryPictureAndFileComesFromTheCache()
    {
        Desk d(rowDialectName());
        QVERIFY(d.synced);
        const bool platform = rowDialectName() == u"platform"_s;
        std::unique_ptr<AccountRuntime> &runtime = d.runtime;
        d.server.reset(); // offline from here on

        QList<QUrl> openedUrls;
        MainWindow window(runtime->session(), MainWindow::Options{false, [&](const QUrl &url) {
                                                                      openedUrls << url;
                                                                      return true;
                                                                  }});
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *courses = named<QListView>(&window, "courseList");
        QVERIFY(window.loadCourses()); // as the app does once the window is shown
        QModelIndex course;
        for (int row = 0; row < courses->model()->rowCount(); ++row) {
            if (courses->model()->index(row, 0).data().toString().contains(u"Offline media"_s))
                course = courses->model()->index(row, 0);
        }
        QVERIFY(course.isValid());
        courses->scrollTo(course);
        QTest::mouseClick(courses->viewport(), Qt::LeftButton, {}, courses->visualRect(course).center());
        window.selectLesson(601);

        auto *browser = named<SafeTextBrowser>(&window, "lessonText");
        const QString folder = runtime->offlineFiles().folder();
        const QStringList shown = pictures(browser->document());
        // The map from its local copy; the two missing pictures as the placeholder.
        QCOMPARE(shown.size(), 3);
        QVERIFY2(QUrl(shown.at(0)).isLocalFile() && QUrl(shown.at(0)).toLocalFile().startsWith(folder),
                 qPrintable(shown.at(0)));
        const QImage map = browser->loadResource(QTextDocument::ImageResource, QUrl(shown.at(0))).value<QImage>();
        QCOMPARE(map.size(), QSize(1, 1)); // the server's one-pixel PNG, read from the disk
        QCOMPARE(shown.at(1), u"coursedesk:missing-picture"_s);
        QCOMPARE(shown.at(2), u"coursedesk:missing-picture"_s);
        const QString html = browser->toHtml();
        QVERIFY2(html.contains(u"private network"_s), "the placeholder says why the picture is missing");
        // Nothing outside the files folder is read, even if the text names it.
        QVERIFY(browser->loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(u"/etc/hostname"_s))
                    .value<QImage>()
                    .size() != QSize(1, 1));

        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(u"Embedded content: Welcome talk"_s), qPrintable(text));
        QVERIFY(text.contains(u"Open it in the browser (video.example.com)"_s));
        if (platform) {
            // The attachments under the text: the handout downloaded (kind, type, size), the link for the browser.
            QVERIFY2(text.contains(u"Attachments"_s), qPrintable(text));
            QVERIFY2(text.contains(u"Handout — Document, PDF,"_s), qPrintable(text));
            QVERIFY(text.contains(u"Further reading — Link, opens in the browser (example.org)"_s));
            const QList<LessonFile> files = runtime->offlineFiles().lessonFiles(601).value();
            const QUrl handout = QUrl::fromLocalFile(files.at(3).copy->path);
            emit browser->anchorClicked(handout);
            QCOMPARE(openedUrls, QList<QUrl>{handout}); // opened from the disk, with the desktop's viewer
        } else {
            QVERIFY(!text.contains(u"Attachments"_s)); // our dialect lists no medias
        }

        // The quiz's picture, from its copy.
        window.selectLesson(602);
        auto *picture = named<QLabel>(&window, "questionImage");
        QVERIFY(!picture->pixmap().isNull());
    }

    void theStorageViewListsCoursesBySizeAndManagesDownloads()
    {
        Desk d(rowDialectName());
        QVERIFY(d.synced);
        MainWindow window(d.runtime->session(), MainWindow::Options{false, nullptr, &d.accounts, u"school"_s});
        window.show();
        named<QAction>(&window, "storageAction")->trigger();
        auto *dialog = named<StorageDialog>(&window, "storageDialog");
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *tree = named<QTreeView>(dialog, "storageTree");
        QAbstractItemModel *model = tree->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The account, then its courses, largest first: the media course, with its files and the two it could not
        // fetch.
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex account = model->index(0, 0);
        QCOMPARE(account.data().toString(), u"school (open)"_s);
        QVERIFY(model->rowCount(account) >= 3);
        auto cell = [&](int row, int column) { return model->index(row, column, account); };
        QCOMPARE(cell(0, StorageModel::CourseColumn).data().toString(), u"Offline media"_s);
        QCOMPARE(cell(0, StorageModel::MissingColumn).data().toInt(), 2);
        QCOMPARE(cell(0, StorageModel::OfflineColumn).data().toString(), u"Partly available offline (2 missing)"_s);
        const int files = cell(0, StorageModel::FilesColumn).data().toInt();
        QVERIFY(files >= 2);
        int accountFiles = 0;
        for (int r = 0; r < model->rowCount(account); ++r)
            accountFiles += cell(r, StorageModel::FilesColumn).data().toInt();
        QCOMPARE(model->index(0, StorageModel::FilesColumn).data().toInt(), accountFiles); // the account's total

        // Remove downloads: the files go, the lesson and its progress stay.
        QVERIFY(d.runtime->session().setCompleted(6, 601, true).ok());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(cell(0, 0)).center());
        QTest::mouseClick(named<QPushButton>(dialog, "removeDownloads"), Qt::LeftButton);
        QCOMPARE(d.runtime->offlineFiles().storage(6)->files, 0);
        const int row = [&] {
            for (int r = 0; r < model->rowCount(account); ++r) {
                if (cell(r, 0).data(StorageModel::CourseIdRole).toLongLong() == 6)
                    return r;
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(cell(row, StorageModel::OfflineColumn).data().toString(), u"Downloads removed"_s);
        QVERIFY(d.runtime->session().lesson(6, 601)->hasBody);
        QCOMPARE(d.runtime->session().pendingActions()->size(), 1);
        QVERIFY(named<QLabel>(dialog, "downloadProgress")->text().contains(u"freed"_s));

        // Download for offline: progress in files and bytes, then every file is back.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(cell(row, 0)).center());
        QSignalSpy progress(&d.runtime->offlineFiles(), &OfflineFiles::downloadProgress);
        QSignalSpy done(&d.runtime->offlineFiles(), &OfflineFiles::downloadFinished);
        QTest::mouseClick(named<QPushButton>(dialog, "downloadCourse"), Qt::LeftButton);
        QVERIFY(named<QPushButton>(dialog, "cancelDownload")->isEnabled());
        QVERIFY(done.wait(20'000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(1).toInt(), progress.constLast().at(2).toInt()); // n of n files
        QCOMPARE(d.runtime->offlineFiles().storage(6)->files, files);
        QVERIFY2(named<QLabel>(dialog, "downloadProgress")->text().startsWith(u"Downloaded"_s),
                 qPrintable(named<QLabel>(dialog, "downloadProgress")->text()));
    }
};

QTEST_MAIN(tst_OfflineMedia)
#include "tst_OfflineMedia.moc"

// Offline means everything (issue 18), end to end against the reference server in both dialects: a sync brings each
// lesson's pictures (the text's <img>, a question's picture, medias of type image) and its files into the account's
// files folder; what cannot be fetched is recorded with why, and the lesson stays readable; a second sync with
// nothing changed fetches no body and no file (fresh copies are not asked about, stale ones are answered 304 to the
// validators the server gave); the size caps hold.
#include "SyncClient.h"

#include "remote/Freshness.h"
#include "session/OfflineFiles.h"
#include "storage/MediaStore.h"

#include <QFile>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

QByteArray head(const QString &path, int bytes = 8)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

// lesson's files as "use title: cached|missing (why)".
QStringList describe(const QList<LessonFile> &files)
{
    QStringList lines;
    for (const LessonFile &file : files) {
        const QString use = file.ref.use == MediaUse::Image        ? u"image"_s
                            : file.ref.use == MediaUse::Attachment ? u"file"_s
                                                                   : u"link"_s;
        QString state = file.ref.use == MediaUse::Link ? u"link"_s : file.available() ? u"cached"_s : u"missing"_s;
        lines << u"%1 %2: %3"_s.arg(use, file.ref.title, state);
    }
    return lines;
}

SyncClient *mediaClient(SyncClientOptions options)
{
    auto *c = new SyncClient(std::move(options));
    if (!c->serverUp || !c->server.seedMedia().ok() || !c->signIn()) {
        delete c;
        return nullptr;
    }
    return c;
}

} // namespace

class tst_SyncMedia : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void aSyncBringsPicturesAndFilesOffline()
    {
        std::unique_ptr<SyncClient> c(mediaClient(optionsFor(currentDialect())));
        QVERIFY(c);
        const SyncReport report = c->sync();
        QVERIFY2(!report.failure, report.failure ? qPrintable(report.failure->message) : "");
        QVERIFY(!report.localFailure);

        OfflineFiles &files = c->runtime->offlineFiles();
        const Result<QList<LessonFile>> lesson = files.lessonFiles(601);
        QVERIFY(lesson.ok());
        // The text's pictures in order; a platform server also lists the lesson's medias (ours gives "medias": []).
        QStringList expected{u"image The course map: cached"_s, u"image Office picture: missing"_s,
                             u"image Old chart: missing"_s};
        if (c->platform())
            expected << u"file Handout: cached"_s << u"link Further reading: link"_s;
        QCOMPARE(describe(*lesson), expected);

        // The copies are the server's bytes, on disk in the account's files folder.
        const LessonFile &map = lesson->at(0);
        QVERIFY(map.copy->path.startsWith(files.folder()));
        QCOMPARE(head(map.copy->path), QByteArray("\x89PNG\r\n\x1a\n"));
        QCOMPARE(map.copy->contentType, QByteArray("image/png"));
        QVERIFY(!map.copy->validators.etag.isEmpty());
        if (c->platform()) {
            QCOMPARE(head(lesson->at(3).copy->path, 5), QByteArray("%PDF-"));
            QVERIFY(lesson->at(3).copy->path.endsWith(u".pdf"_s)); // the desktop's viewer knows it by its name
        }

        // Each missing file says why; the lesson itself came down and is readable.
        QVERIFY2(lesson->at(1).copy->error.contains(u"private network"_s), qPrintable(lesson->at(1).copy->error));
        QVERIFY2(lesson->at(2).copy->error.contains(u"404"_s), qPrintable(lesson->at(2).copy->error));
        QCOMPARE(report.missingFiles.size(), 2);
        QVERIFY(c->session.lesson(6, 601)->hasBody);

        // The quiz's question picture, in both dialects.
        QVERIFY(!files.localCopy(QUrl(c->server.baseUrl().toString() + u"/media/9604/chart.png"_s)).isEmpty());

        // Storage: what the course takes, and what is missing.
        const Result<CourseStorage> storage = files.storage(6);
        QVERIFY(storage.ok());
        QCOMPARE(storage->files, c->platform() ? 3 : 2);
        QCOMPARE(storage->missing, 2);
        QVERIFY(storage->bytes > 0);
    }

    // Right after a sync, every copy is still fresh (the server gave no Cache-Control; its Last-Modified is days old,
    // so each copy may be kept an hour: remote/Freshness) and nothing is asked at all. Once the hour has passed,
    // every body and file is asked again with its validators, and the server answers each with 304: nothing is
    // fetched, nothing rewritten.
    void aSecondSyncWithNothingChangedFetchesNoBodyAndNoFile()
    {
        std::unique_ptr<SyncClient> c(mediaClient(optionsFor(currentDialect())));
        QVERIFY(c);
        const SyncReport first = c->sync();
        QVERIFY(!first.failure && first.filesFetched > 0);
        const RefServerCounters before = c->server.counters();
        QVERIFY(before.lessonBodies > 0);

        c->clock.advanceSecs(60);
        const SyncReport second = c->sync();
        QVERIFY(!second.failure);
        const RefServerCounters fresh = c->server.counters();
        QCOMPARE(fresh.lessonBodies - before.lessonBodies, 0);
        QCOMPARE(fresh.mediaFiles - before.mediaFiles, 0);
        QCOMPARE(fresh.notModified - before.notModified, 0); // not even asked
        QCOMPARE(second.bodiesFresh, before.lessonBodies);
        QCOMPARE(second.filesFresh, first.filesFetched);
        QCOMPARE(second.filesFetched, 0);

        c->clock.advanceSecs(Freshness::heuristicCapSeconds);
        const SyncReport third = c->sync();
        QVERIFY(!third.failure);
        const RefServerCounters after = c->server.counters();
        QCOMPARE(after.lessonBodies - before.lessonBodies, 0);
        QCOMPARE(after.mediaFiles - before.mediaFiles, 0);
        // Every body and every file the server had validated was asked again with its validators and answered 304.
        QCOMPARE(after.notModified - before.notModified, before.lessonBodies + before.mediaFiles);
        QCOMPARE(third.bodiesUnchanged, before.lessonBodies);
        QCOMPARE(third.bodiesFresh, 0);
        QCOMPARE(third.filesFetched, 0);
        QCOMPARE(third.filesUnchanged, first.filesFetched);
        // The bodies kept are still there, and so are the files.
        const Result<Lesson> lesson = c->session.lesson(6, 601);
        QVERIFY(lesson.ok() && lesson->hasBody && lesson->body->html.contains(u"course map"_s));
        QCOMPARE(c->runtime->offlineFiles().storage(6)->files, c->platform() ? 3 : 2);

        // A 304 renews the copies' freshness: the next sync asks nothing again.
        const SyncReport fourth = c->sync();
        QCOMPARE(c->server.counters().notModified, after.notModified);
        QCOMPARE(fourth.bodiesFresh, before.lessonBodies);
    }

    // A lesson that changed on the server: its state shows at once (the course's outline carries it, and is read at
    // every sync); its body, still fresh, is asked again once its freshness has passed, and only it is fetched.
    void aLessonThatChangedIsFetchedAgain()
    {
        std::unique_ptr<SyncClient> c(mediaClient(optionsFor(currentDialect())));
        QVERIFY(c);
        QVERIFY(!c->sync().failure);
        const RefServerCounters before = c->server.counters();
        // Completed on the website: the lesson's body (its completion_status) is no longer what the client has.
        QVERIFY(c->server.store().markCompleted(c->userId(), 6, 601, c->server.now()).ok());
        QVERIFY(!c->sync().failure);
        QCOMPARE(c->localState(6, 601), u"completed"_s);
        QCOMPARE(c->server.counters().lessonBodies, before.lessonBodies);

        c->clock.advanceSecs(Freshness::heuristicCapSeconds + 1);
        QVERIFY(!c->sync().failure);
        const RefServerCounters after = c->server.counters();
        QCOMPARE(after.lessonBodies - before.lessonBodies, 1);
        QCOMPARE(after.mediaFiles - before.mediaFiles, 0);
        QCOMPARE(c->localState(6, 601), u"completed"_s);
    }

    void theSizeCapsAreEnforced_data()
    {
        QTest::addColumn<qint64>("perFile");
        QTest::addColumn<qint64>("perCourse");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("which");
        QTest::newRow("per file") << qint64(16) << MediaLimits::defaultPerCourse << u"larger than"_s
                                  << u"for one file"_s;
        QTest::newRow("per course") << MediaLimits::defaultPerFile << qint64(1) << u"limit of"_s << u"for one course"_s;
    }

    void theSizeCapsAreEnforced()
    {
        QFETCH(qint64, perFile);
        QFETCH(qint64, perCourse);
        QFETCH(QString, reason);
        QFETCH(QString, which);
        SyncClientOptions options = optionsFor(currentDialect());
        options.media.limits = MediaLimits{perFile, perCourse};
        std::unique_ptr<SyncClient> c(mediaClient(options));
        QVERIFY(c);
        const SyncReport report = c->sync();
        QVERIFY(!report.failure && !report.localFailure);
        const Result<CourseStorage> storage = c->runtime->offlineFiles().storage(6);
        QCOMPARE(storage->files, 0);
        QCOMPARE(storage->bytes, qint64(0));
        const Result<QList<LessonFile>> lesson = c->runtime->offlineFiles().lessonFiles(601);
        QVERIFY(lesson.ok());
        QVERIFY2(lesson->at(0).copy && lesson->at(0).copy->error.contains(reason) &&
                     lesson->at(0).copy->error.contains(which),
                 lesson->at(0).copy ? qPrintable(lesson->at(0).copy->error) : "no row");
        QVERIFY(c->session.lesson(6, 601)->hasBody); // the lesson stays readable
        // Nothing is left half-written in the files folder.
        QDir folder(c->runtime->offlineFiles().folder());
        QVERIFY(folder.entryList(QDir::Files).isEmpty());
    }

    void removingDownloadsKeepsProgressAndQueuedActions()
    {
        std::unique_ptr<SyncClient> c(mediaClient(optionsFor(currentDialect())));
        QVERIFY(c);
        QVERIFY(!c->sync().failure);
        QVERIFY(c->session.setCompleted(6, 601, true).ok()); // queued, not yet sent
        OfflineFiles &files = c->runtime->offlineFiles();
        const qint64 bytes = files.storage(6)->bytes;
        const Result<qint64> freed = files.removeDownloads(6);
        QVERIFY(freed.ok());
        QCOMPARE(*freed, bytes);
        QCOMPARE(files.storage(6)->files, 0);
        QCOMPARE(c->localState(6, 601), u"completed"_s);
        QCOMPARE(c->unfinished().size(), 1);
        QVERIFY(c->session.lesson(6, 601)->hasBody);
        // The sync does not bring them back by itself ...
        QVERIFY(!c->sync().failure);
        QCOMPARE(files.storage(6)->files, 0);
        // ... "Download for offline" does.
        const auto report = await<MediaReport>([&](auto done) { files.download(6, done); });
        QVERIFY(report && report->fetched > 0);
        QCOMPARE(files.storage(6)->files, c->platform() ? 3 : 2);
    }

    void aCancelledDownloadResumesWhereItStopped()
    {
        SyncClientOptions options = optionsFor(currentDialect());
        options.media.perHost = 1; // one file at a time: the cancel lands between two files
        std::unique_ptr<SyncClient> c(mediaClient(options));
        QVERIFY(c);
        QVERIFY(!c->sync().failure);
        OfflineFiles &files = c->runtime->offlineFiles();
        const int all = files.storage(6)->files;
        QVERIFY(files.removeDownloads(6).ok());

        bool cancelSent = false; // cancelled as soon as the first file is in (a refused one fails before)
        QObject::connect(&files, &OfflineFiles::downloadProgress, &files, [&](qint64, int, int, qint64) {
            if (!cancelSent && files.storage(6)->files == 1) {
                cancelSent = true;
                files.cancelDownloads();
            }
        });
        const auto cancelled = await<MediaReport>([&](auto done) { files.download(6, done); });
        QVERIFY(cancelled && cancelled->cancelled);
        QCOMPARE(files.storage(6)->files, 1); // what came in stays
        QObject::disconnect(&files, &OfflineFiles::downloadProgress, &files, nullptr);

        const RefServerCounters before = c->server.counters();
        const auto resumed = await<MediaReport>([&](auto done) { files.download(6, done); });
        QVERIFY(resumed && !resumed->cancelled);
        QCOMPARE(resumed->fresh, 1); // the file that came in is still fresh: neither fetched again nor asked about
        QCOMPARE(resumed->fetched, all - 1);
        QCOMPARE(c->server.counters().mediaFiles - before.mediaFiles, all - 1);
        QCOMPARE(files.storage(6)->files, all);
    }
};

QTEST_GUILESS_MAIN(tst_SyncMedia)
#include "tst_SyncMedia.moc"

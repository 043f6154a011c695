// "An interrupted download continues where it stopped" (issue 18), end to end against the reference server in both
// dialects: a sync whose 2 MiB picture is cut off halfway keeps the bytes that came in the account's files folder;
// the next sync asks for the rest only (Range with If-Range), the server sends only those bytes (it counts them),
// and the copy is the server's file to the byte. When the file changed in between, If-Range does not match and the
// whole new file comes (200), never a mix of two versions.
#include "SyncClient.h"

#include "TestHttp.h"
#include "remote/PartialFile.h"
#include "session/OfflineFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

constexpr int kib = 2048;
const QString slidesPath = u"/media/9701/slides-2048k.png"_s;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Recording
{
    std::unique_ptr<SyncClient> c;
    QUrl url;
    QString part;

    explicit Recording(Dialect dialect)
        : c(std::make_unique<SyncClient>(optionsFor(dialect)))
    {
        if (!c->serverUp || !c->server.seedRecording(kib).ok() || !c->signIn())
            c.reset();
        else {
            url = QUrl(c->server.baseUrl().toString() + slidesPath);
            part = QDir(c->runtime->offlineFiles().folder()).filePath(PartialFile::nameFor(url));
        }
    }

    // The server's file as it serves it now (outside of what a test counts).
    QByteArray serverFile() const
    {
        HttpClient http(c->server.baseUrl());
        return http.get(slidesPath).body;
    }

    // Cuts the picture's next reply off halfway (the connection closes), then syncs.
    SyncReport syncCutOff()
    {
        Fault cut;
        cut.mode = FaultMode::Truncate;
        cut.afterProcessing = true;
        cut.pathContains = u"/media/9701/"_s;
        c->server.addFault(cut);
        return c->sync();
    }
};

} // namespace

class tst_SyncMediaResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void anInterruptedDownloadContinuesWhereItStopped()
    {
        Recording r(currentDialect());
        QVERIFY(r.c);
        const SyncReport cut = r.syncCutOff();
        QVERIFY(!cut.failure);
        QCOMPARE(r.c->runtime->offlineFiles().storage(7)->files, 0); // (a platform server's demo course has files too)
        QCOMPARE(cut.missingFiles.size(), 1);
        QVERIFY2(cut.missingFiles.constFirst().contains(u"broke off"_s), qPrintable(cut.missingFiles.constFirst()));
        // The lesson is readable, and the half that came is on disk.
        QVERIFY(r.c->session.lesson(7, 701)->hasBody);
        const qint64 kept = QFileInfo(r.part).size();
        QVERIFY2(kept > 0 && kept < kib * 1024, qPrintable(QString::number(kept)));

        const RefServerCounters before = r.c->server.counters();
        const SyncReport resumed = r.c->sync();
        QVERIFY(!resumed.failure);
        QCOMPARE(resumed.filesFetched, 1);
        QVERIFY(resumed.missingFiles.isEmpty());
        const RefServerCounters after = r.c->server.counters();
        QCOMPARE(after.partialMedia - before.partialMedia, 1);
        QCOMPARE(after.mediaFiles - before.mediaFiles, 0);
        QCOMPARE(after.mediaBytes - before.mediaBytes, kib * 1024 - kept); // only the rest crossed the wire

        // Byte for byte the server's file, where the lesson shows it from; no part left behind.
        const QString copy = r.c->runtime->offlineFiles().localCopy(r.url);
        QVERIFY(!copy.isEmpty());
        QCOMPARE(contents(copy), r.serverFile());
        QVERIFY(!QFile::exists(r.part));
        QCOMPARE(r.c->runtime->offlineFiles().storage(7)->bytes, qint64(kib) * 1024);
    }

    void aLargeFilesBytesShowWhileItComes()
    {
        Recording r(currentDialect());
        QVERIFY(r.c);
        QVERIFY(!r.c->sync().failure);
        OfflineFiles &files = r.c->runtime->offlineFiles();
        QVERIFY(files.removeDownloads(7).ok());
        QSignalSpy progress(&files, &OfflineFiles::downloadProgress);
        QSignalSpy done(&files, &OfflineFiles::downloadFinished);
        files.download(7);
        QVERIFY(done.wait(20'000));
        // Before the one file is done, its bytes so far; at the end, 1 of 1 file and all of its bytes.
        bool duringTheFile = false;
        for (const QList<QVariant> &signal : std::as_const(progress))
            duringTheFile = duringTheFile || (signal.at(1).toInt() == 0 && signal.at(3).toLongLong() > 0);
        QVERIFY(duringTheFile);
        QCOMPARE(progress.constLast().at(1).toInt(), 1);
        QCOMPARE(progress.constLast().at(3).toLongLong(), qint64(kib) * 1024);
    }

    void aFileThatChangedMeanwhileComesWhole()
    {
        Recording r(currentDialect());
        QVERIFY(r.c);
        const QByteArray original = r.serverFile();
        QVERIFY(!r.syncCutOff().failure);
        QVERIFY(QFileInfo(r.part).size() > 0);
        r.c->clock.advanceSecs(60);
        r.c->server.reviseMedia(9701); // uploaded again: new bytes, a new ETag and Last-Modified

        const RefServerCounters before = r.c->server.counters();
        const SyncReport report = r.c->sync();
        QCOMPARE(report.filesFetched, 1);
        const RefServerCounters after = r.c->server.counters();
        QCOMPARE(after.partialMedia - before.partialMedia, 0);
        QCOMPARE(after.mediaFiles - before.mediaFiles, 1);
        QCOMPARE(after.mediaBytes - before.mediaBytes, qint64(kib) * 1024);
        const QByteArray now = contents(r.c->runtime->offlineFiles().localCopy(r.url));
        QCOMPARE(now, r.serverFile());
        QVERIFY(now != original);
        QVERIFY(!QFile::exists(r.part));
    }
};

QTEST_GUILESS_MAIN(tst_SyncMediaResume)
#include "tst_SyncMediaResume.moc"

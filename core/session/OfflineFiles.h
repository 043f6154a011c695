#pragma once

#include "domain/MediaRefs.h"
#include "domain/Result.h"
#include "storage/MediaStore.h"
#include "sync/MediaSync.h"

#include <QObject>

#include <functional>

namespace coursedesk {

// One file or link of a lesson, with its offline copy when there is one.
struct LessonFile final
{
    MediaRef ref;
    std::optional<CachedFile> copy; // the row for this address (cached, or missing with the reason); none: not yet
    bool available() const { return copy && copy->cached && !copy->path.isEmpty(); }
};

// The offline copy of lessons' files as the window and the command line use it (issue 18): a lesson's pictures,
// files and links with their local copies, each course's share of the disk, "Download for offline" with progress
// and cancel, and "Remove downloads". Nothing here fetches while a lesson is shown: the copies come with the sync or
// with download(). The local account has files of its own neither to fetch nor to remove (no MediaSync).
class OfflineFiles final : public QObject
{
    Q_OBJECT

public:
    // server: the account's server, against which a lesson's relative addresses resolve (empty: the local account).
    OfflineFiles(MediaStore &store, MediaSync *sync, QUrl server, QObject *parent = nullptr);

    QString folder() const { return m_store.folder(); }
    // The same for an address as a lesson writes it (relative to the server, or absolute).
    QString localCopyOf(const QString &address) const;
    QString missingReasonOf(const QString &address) const;
    Result<QList<LessonFile>> lessonFiles(qint64 lessonId) const;
    // The local file a picture's address is kept in (empty when there is none); never a network request.
    QString localCopy(const QUrl &url) const;
    // The offline copy of the course's cover picture (empty: the course has none, or it is not downloaded).
    QString coverOf(qint64 courseId) const;
    // Why the address has no copy ("" when it has one or was never tried).
    QString missingReason(const QUrl &url) const;
    Result<QList<CourseStorage>> storage() const { return m_store.storage(); }
    Result<CourseStorage> storage(qint64 courseId) const { return m_store.storage(courseId); }
    bool keepsOffline(qint64 courseId) const { return m_store.keepsOffline(courseId); }
    // The sync brings the course's files again (after removeDownloads).
    Status keepOffline(qint64 courseId) { return m_store.setKeepsOffline(courseId, true); }

    bool canDownload() const { return m_sync != nullptr; }
    bool isDownloading(qint64 courseId) const;
    // Fetches what the course's synced lessons refer to and is not current; resumes where a cancelled one stopped
    // (the files that came are validated instead of fetched again, and a file cut off midway continues after the
    // bytes it has: PartialFile).
    void download(qint64 courseId, std::function<void(const MediaReport &)> done = {});
    void cancelDownloads();
    // Frees the disk the course's files take; its texts, progress, notes and queued actions stay. The course's files
    // are not downloaded again by the sync until "Download for offline".
    Result<qint64> removeDownloads(qint64 courseId);

signals:
    void downloadProgress(qint64 courseId, int filesDone, int filesTotal, qint64 bytes);
    void downloadFinished(qint64 courseId, const coursedesk::MediaReport &report);
    void storageChanged();

private:
    MediaStore &m_store;
    MediaSync *m_sync;
    QUrl m_server;
};

} // namespace coursedesk

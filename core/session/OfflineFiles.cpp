#include "session/OfflineFiles.h"

#include "remote/PartialFile.h"
#include "sync/MediaSync.h"

#include <QDir>
#include <QFile>

namespace coursedesk {

using namespace Qt::StringLiterals;

OfflineFiles::OfflineFiles(MediaStore &store, MediaSync *sync, QUrl server, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_server(std::move(server))
{
    if (m_sync)
        connect(m_sync, &MediaSync::progress, this, &OfflineFiles::downloadProgress);
}

Result<QList<LessonFile>> OfflineFiles::lessonFiles(qint64 lessonId) const
{
    Result<QList<MediaRef>> refs = m_store.lessonMedias(lessonId);
    if (!refs)
        return refs.error();
    QList<LessonFile> files;
    for (const MediaRef &ref : *refs) {
        LessonFile file{ref, std::nullopt};
        if (ref.use != MediaUse::Link) {
            Result<std::optional<CachedFile>> copy = m_store.cachedCopy(ref.url);
            if (!copy)
                return copy.error();
            file.copy = *copy;
        }
        files.append(file);
    }
    return files;
}

QString OfflineFiles::localCopy(const QUrl &url) const
{
    Result<std::optional<CachedFile>> copy = m_store.cachedCopy(url);
    return copy && *copy && (*copy)->cached ? (*copy)->path : QString();
}

QString OfflineFiles::coverOf(qint64 courseId) const
{
    Result<QList<MediaRef>> refs = m_store.lessonMedias(MediaRefs::coverKey(courseId));
    return refs && !refs->isEmpty() ? localCopy(refs->constFirst().url) : QString();
}

QString OfflineFiles::localCopyOf(const QString &address) const
{
    const QUrl url = MediaRefs::resolve(address, m_server);
    return url.isEmpty() ? QString() : localCopy(url);
}

QString OfflineFiles::missingReasonOf(const QString &address) const
{
    const QUrl url = MediaRefs::resolve(address, m_server);
    return url.isEmpty() ? QString() : missingReason(url);
}

QString OfflineFiles::missingReason(const QUrl &url) const
{
    Result<std::optional<CachedFile>> copy = m_store.cachedCopy(url);
    if (!copy)
        return copy.error().message;
    return *copy && !(*copy)->cached ? (*copy)->error : QString();
}

bool OfflineFiles::isDownloading(qint64 courseId) const
{
    return m_sync && m_sync->isDownloading(courseId);
}

void OfflineFiles::download(qint64 courseId, std::function<void(const MediaReport &)> done)
{
    if (!m_sync) {
        MediaReport none;
        if (done)
            done(none);
        return;
    }
    m_sync->download(courseId, true, [this, courseId, done](const MediaReport &report) {
        emit downloadFinished(courseId, report);
        emit storageChanged();
        if (done)
            done(report);
    });
}

void OfflineFiles::cancelDownloads()
{
    if (m_sync)
        m_sync->cancel();
}

Result<qint64> OfflineFiles::removeDownloads(qint64 courseId)
{
    if (Status off = m_store.setKeepsOffline(courseId, false); !off)
        return off.error();
    Result<QList<MediaRef>> refs = m_store.courseMedias(courseId);
    Result<qint64> freed = m_store.removeCourseFiles(courseId);
    if (refs) {
        // And what interrupted downloads of them left (PartialFile): nothing of the course stays on disk.
        for (const MediaRef &ref : std::as_const(*refs)) {
            const QString part = QDir(m_store.folder()).filePath(PartialFile::nameFor(ref.url));
            QFile::remove(part);
            QFile::remove(part + u".json"_s);
        }
    }
    emit storageChanged();
    return freed;
}

} // namespace coursedesk

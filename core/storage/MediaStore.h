#pragma once

#include "domain/MediaRefs.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace coursedesk {

class CacheDatabase;

// One file of a course's offline copy, as the cache knows it: downloaded (path names the file on disk), or missing
// with the reason ("the server answered 404", "larger than 25 MB", …).
struct CachedFile final
{
    qint64 courseId = 0;
    QUrl url;
    QString path; // absolute; empty while the file is missing
    qint64 size = 0;
    QByteArray contentType;
    Validators validators;
    bool cached = false;
    QString error; // why it is missing (empty when cached)
    QDateTime fetchedAt;
};

// A course's share of the files folder.
struct CourseStorage final
{
    qint64 courseId = 0;
    QString courseName;
    qint64 bytes = 0;
    int files = 0;   // downloaded
    int missing = 0; // referred to by a lesson but not downloaded (failed, refused, too large, not yet)
};

// The offline copy of lessons' files (issue 18): the files folder beside the account's cache file
// ("<cache>.files/", one file per address, named by a hash of it, shared by the courses that use it), the table
// of what was downloaded for which course, what each lesson refers to, and the validators (ETag, Last-Modified)
// of lesson bodies. The course's outline, progress and outbox are not touched here.
class MediaStore final
{
public:
    explicit MediaStore(CacheDatabase &db);

    QString folder() const;
    // The file name an address is kept under (no folder), with an extension for its content type.
    static QString fileNameFor(const QUrl &url, const QByteArray &contentType);

    Result<std::optional<CachedFile>> file(qint64 courseId, const QUrl &url) const;
    // A downloaded copy of the address, whichever course fetched it (what the lesson view shows).
    Result<std::optional<CachedFile>> cachedCopy(const QUrl &url) const;
    Result<QList<CachedFile>> files(qint64 courseId) const;
    // A file that came in: fileName is in folder().
    Status recordCached(qint64 courseId, const QUrl &url, const QString &fileName, qint64 size,
                        const QByteArray &contentType, const Validators &validators, const QDateTime &now);
    // The server confirmed the copy (304): only the time changes.
    // The server validated the copy kept (304): its validators and freshness are renewed.
    Status recordUnchanged(qint64 courseId, const QUrl &url, const Validators &validators, const QDateTime &now);
    // A file that could not be fetched: an earlier copy stays (and stays shown), the reason is kept beside it.
    Status recordMissing(qint64 courseId, const QUrl &url, const QString &reason, const QDateTime &now);

    // What a lesson refers to (MediaRefs::ofLesson), replaced as a whole.
    Status setLessonMedias(qint64 courseId, qint64 lessonId, const QList<MediaRef> &refs);
    Result<QList<MediaRef>> lessonMedias(qint64 lessonId) const;
    // Every address a course's lessons refer to, with its use (each once).
    Result<QList<MediaRef>> courseMedias(qint64 courseId) const;

    // Per course with an offline copy or a reference, by size (largest first).
    Result<QList<CourseStorage>> storage() const;
    Result<CourseStorage> storage(qint64 courseId) const;
    // "Remove downloads": the course's files go (unless another course uses them); its lessons' texts, progress,
    // notes and queued actions stay. Returns the bytes freed.
    Result<qint64> removeCourseFiles(qint64 courseId);

    // Whether the course's files are kept offline (the default) or were removed and are not to come back by
    // themselves ("Remove downloads"; "Download for offline" turns it on again).
    bool keepsOffline(qint64 courseId) const;
    Status setKeepsOffline(qint64 courseId, bool keep);

    // Several writes in one commit (a pulled course's lessons: one transaction, not one per lesson).
    Status transaction(const std::function<Status()> &work);

    Result<QHash<qint64, Validators>> bodyValidators(qint64 courseId) const;
    Status setBodyValidators(qint64 lessonId, const Validators &validators);

private:
    Result<qint64> deleteUnreferenced(const QStringList &fileNames);

    CacheDatabase &m_db;
};

} // namespace coursedesk

#include "storage/MediaStore.h"

#include "storage/CacheDatabase.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto cachedStatus = "cached";
constexpr auto missingStatus = "missing";

QString useName(MediaUse use)
{
    switch (use) {
    case MediaUse::Image:
        return u"image"_s;
    case MediaUse::Attachment:
        return u"attachment"_s;
    case MediaUse::Link:
        return u"link"_s;
    }
    return u"image"_s;
}

std::optional<MediaUse> useNamed(const QString &name)
{
    if (name == u"image"_s)
        return MediaUse::Image;
    if (name == u"attachment"_s)
        return MediaUse::Attachment;
    if (name == u"link"_s)
        return MediaUse::Link;
    return std::nullopt;
}

constexpr auto fileColumns =
    "course_id, url, file, size, content_type, etag, last_modified, status, error, fetched_at, fresh_until";

} // namespace

MediaStore::MediaStore(CacheDatabase &db)
    : m_db(db)
{}

QString MediaStore::folder() const
{
    return m_db.filePath() + u".files"_s;
}

QString MediaStore::fileNameFor(const QUrl &url, const QByteArray &contentType)
{
    static const QHash<QByteArray, QString> extensions{
        {"image/png", u".png"_s},       {"image/jpeg", u".jpg"_s},    {"image/gif", u".gif"_s},
        {"image/webp", u".webp"_s},     {"image/svg+xml", u".svg"_s}, {"application/pdf", u".pdf"_s},
        {"application/zip", u".zip"_s}, {"text/plain", u".txt"_s},    {"text/csv", u".csv"_s},
    };
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    QString extension = extensions.value(type);
    if (extension.isEmpty()) {
        // The address's own extension when it is a plain one (".docx", ".pptx"), so the desktop knows the viewer.
        const QString suffix = QFileInfo(url.path()).suffix().toLower();
        static const QRegularExpression plain(u"^[a-z0-9]{1,5}$"_s);
        if (plain.match(suffix).hasMatch())
            extension = u"."_s + suffix;
    }
    const QByteArray hash = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(hash) + extension;
}

namespace {

CachedFile fileFrom(const QSqlQuery &q, const QString &folder)
{
    CachedFile file;
    file.courseId = q.value(0).toLongLong();
    file.url = QUrl(q.value(1).toString());
    file.cached = q.value(7).toString() == QLatin1StringView(cachedStatus);
    file.path = file.cached ? QDir(folder).filePath(q.value(2).toString()) : QString();
    file.size = q.value(3).toLongLong();
    file.contentType = q.value(4).toString().toLatin1();
    file.validators =
        Validators{q.value(5).toString().toLatin1(), q.value(6).toString().toLatin1(), sql::fromTime(q.value(10))};
    file.error = q.value(8).toString();
    file.fetchedAt = sql::fromTime(q.value(9));
    return file;
}

} // namespace

Result<std::optional<CachedFile>> MediaStore::file(qint64 courseId, const QUrl &url) const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT %1 FROM media_files WHERE course_id = ? AND url = ?"_s.arg(QLatin1StringView(fileColumns)));
    q.addBindValue(courseId);
    q.addBindValue(url.toString(QUrl::FullyEncoded));
    if (Status ok = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the offline files")); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<CachedFile>();
    return std::optional<CachedFile>(fileFrom(q, folder()));
}

Result<std::optional<CachedFile>> MediaStore::cachedCopy(const QUrl &url) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT %1 FROM media_files WHERE url = ? ORDER BY status = 'cached' DESC LIMIT 1"_s.arg(
            QLatin1StringView(fileColumns)));
    q.addBindValue(url.toString(QUrl::FullyEncoded));
    if (Status ok = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the offline files")); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<CachedFile>();
    return std::optional<CachedFile>(fileFrom(q, folder()));
}

Result<QList<CachedFile>> MediaStore::files(qint64 courseId) const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT %1 FROM media_files WHERE course_id = ? ORDER BY url"_s.arg(QLatin1StringView(fileColumns)));
    q.addBindValue(courseId);
    if (Status ok = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the offline files")); !ok)
        return ok.error();
    QList<CachedFile> list;
    while (q.next())
        list.append(fileFrom(q, folder()));
    return list;
}

Status MediaStore::recordCached(qint64 courseId, const QUrl &url, const QString &fileName, qint64 size,
                                const QByteArray &contentType, const Validators &validators, const QDateTime &now)
{
    QSqlQuery q =
        m_db.prepare(u"INSERT OR REPLACE INTO media_files (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"_s.arg(
            QLatin1StringView(fileColumns)));
    q.addBindValue(courseId);
    q.addBindValue(url.toString(QUrl::FullyEncoded));
    q.addBindValue(fileName);
    q.addBindValue(size);
    q.addBindValue(QString::fromLatin1(contentType));
    q.addBindValue(QString::fromLatin1(validators.etag));
    q.addBindValue(QString::fromLatin1(validators.lastModified));
    q.addBindValue(QString::fromLatin1(cachedStatus));
    q.addBindValue(sql::time(now));
    q.addBindValue(sql::time(validators.freshUntil));
    // A row lost to a power cut costs one download again (the file is fetched anew): no fsync per file.
    return m_db.withRelaxedSync(
        [&] { return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "record an offline file")); });
}

Status MediaStore::recordUnchanged(qint64 courseId, const QUrl &url, const Validators &validators, const QDateTime &now)
{
    QSqlQuery q = m_db.prepare(u"UPDATE media_files SET fetched_at = ?, error = '', etag = ?, last_modified = ?,"
                               " fresh_until = ? WHERE course_id = ? AND url = ?"_s);
    q.addBindValue(sql::time(now));
    q.addBindValue(QString::fromLatin1(validators.etag));
    q.addBindValue(QString::fromLatin1(validators.lastModified));
    q.addBindValue(sql::time(validators.freshUntil));
    q.addBindValue(courseId);
    q.addBindValue(url.toString(QUrl::FullyEncoded));
    return m_db.withRelaxedSync(
        [&] { return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "record an offline file")); });
}

Status MediaStore::recordMissing(qint64 courseId, const QUrl &url, const QString &reason, const QDateTime &now)
{
    return m_db.withRelaxedSync([&] {
        return m_db.transaction([&]() -> Status {
            QSqlQuery keep = m_db.prepare(u"UPDATE media_files SET error = ? WHERE course_id = ? AND url = ?"_s);
            keep.addBindValue(sql::text(reason));
            keep.addBindValue(courseId);
            keep.addBindValue(url.toString(QUrl::FullyEncoded));
            if (Status ok = m_db.exec(keep, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "record an offline file"));
                !ok)
                return ok;
            if (keep.numRowsAffected() > 0)
                return success();
            QSqlQuery q =
                m_db.prepare(u"INSERT INTO media_files (%1) VALUES (?, ?, '', 0, '', '', '', ?, ?, ?, NULL)"_s.arg(
                    QLatin1StringView(fileColumns)));
            q.addBindValue(courseId);
            q.addBindValue(url.toString(QUrl::FullyEncoded));
            q.addBindValue(QString::fromLatin1(missingStatus));
            q.addBindValue(sql::text(reason));
            q.addBindValue(sql::time(now));
            return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "record an offline file"));
        });
    });
}

Status MediaStore::setLessonMedias(qint64 courseId, qint64 lessonId, const QList<MediaRef> &refs)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery clear = m_db.prepare(u"DELETE FROM lesson_medias WHERE lesson_id = ?"_s);
        clear.addBindValue(lessonId);
        if (Status ok = m_db.exec(clear, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the lesson")); !ok)
            return ok;
        QSqlQuery insert = m_db.prepare(u"INSERT INTO lesson_medias (lesson_id, course_id, position, url, use, type,"
                                        " title) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (int i = 0; i < refs.size(); ++i) {
            const MediaRef &ref = refs.at(i);
            for (const QVariant &value :
                 {QVariant(lessonId), QVariant(courseId), QVariant(i), QVariant(ref.url.toString(QUrl::FullyEncoded)),
                  QVariant(useName(ref.use)), sql::text(ref.type), sql::text(ref.title)})
                insert.addBindValue(value);
            if (Status ok = m_db.exec(insert, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the lesson")); !ok)
                return ok;
        }
        return success();
    });
}

namespace {

Result<QList<MediaRef>> refsFrom(QSqlQuery &q)
{
    QList<MediaRef> refs;
    while (q.next()) {
        const std::optional<MediaUse> use = useNamed(q.value(1).toString());
        if (!use) {
            return Error{u"damaged_row"_s,
                         QCoreApplication::translate("coursedesk::CacheDatabase",
                                                     "The local cache is damaged: lesson_medias holds "
                                                     "an unknown use '%1'.")
                             .arg(q.value(1).toString())};
        }
        refs.append(MediaRef{QUrl(q.value(0).toString()), *use, q.value(3).toString(), q.value(2).toString()});
    }
    return refs;
}

} // namespace

Result<QList<MediaRef>> MediaStore::lessonMedias(qint64 lessonId) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT url, use, type, title FROM lesson_medias WHERE lesson_id = ? ORDER BY position"_s);
    q.addBindValue(lessonId);
    if (Status ok = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the lesson")); !ok)
        return ok.error();
    return refsFrom(q);
}

Result<QList<MediaRef>> MediaStore::courseMedias(qint64 courseId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT url, use, type, title FROM lesson_medias WHERE course_id = ?"
                               " GROUP BY url ORDER BY MIN(lesson_id * 10000 + position)"_s);
    q.addBindValue(courseId);
    if (Status ok = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the offline files")); !ok)
        return ok.error();
    return refsFrom(q);
}

Result<QList<CourseStorage>> MediaStore::storage() const
{
    // Every course of the cache, with what its files take (none yet: 0), largest first.
    QSqlQuery q = m_db.prepare(
        u"SELECT c.id, c.name,"
        " (SELECT COALESCE(SUM(size), 0) FROM media_files f WHERE f.course_id = c.id AND f.status = 'cached'),"
        " (SELECT COUNT(*) FROM media_files f WHERE f.course_id = c.id AND f.status = 'cached'),"
        " (SELECT COUNT(DISTINCT m.url) FROM lesson_medias m WHERE m.course_id = c.id AND m.use != 'link'"
        "   AND NOT EXISTS (SELECT 1 FROM media_files f WHERE f.course_id = c.id AND f.url = m.url"
        "   AND f.status = 'cached'))"
        " FROM courses c ORDER BY 3 DESC, c.position, c.id"_s);
    if (Status ok = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the offline files")); !ok)
        return ok.error();
    QList<CourseStorage> list;
    while (q.next()) {
        list.append(CourseStorage{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                  q.value(3).toInt(), q.value(4).toInt()});
    }
    return list;
}

Result<CourseStorage> MediaStore::storage(qint64 courseId) const
{
    Result<QList<CourseStorage>> all = storage();
    if (!all)
        return all.error();
    for (const CourseStorage &course : *all) {
        if (course.courseId == courseId)
            return course;
    }
    return CourseStorage{courseId, {}, 0, 0, 0};
}

Result<qint64> MediaStore::removeCourseFiles(qint64 courseId)
{
    QStringList names;
    const Status removed = m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(u"SELECT file FROM media_files WHERE course_id = ? AND file != ''"_s);
        q.addBindValue(courseId);
        if (Status ok = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "remove the offline files")); !ok)
            return ok;
        while (q.next())
            names << q.value(0).toString();
        QSqlQuery drop = m_db.prepare(u"DELETE FROM media_files WHERE course_id = ?"_s);
        drop.addBindValue(courseId);
        return m_db.exec(drop, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "remove the offline files"));
    });
    if (!removed)
        return removed.error();
    return deleteUnreferenced(names);
}

Result<qint64> MediaStore::deleteUnreferenced(const QStringList &fileNames)
{
    qint64 freed = 0;
    QSqlQuery used = m_db.prepare(u"SELECT 1 FROM media_files WHERE file = ? LIMIT 1"_s);
    for (const QString &name : QSet<QString>(fileNames.cbegin(), fileNames.cend())) {
        used.addBindValue(name);
        if (Status ok = m_db.exec(used, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "remove the offline files"));
            !ok)
            return ok.error();
        const bool stillUsed = used.next();
        used.finish();
        if (stillUsed)
            continue;
        QFile file(QDir(folder()).filePath(name));
        const qint64 size = file.size();
        if (file.exists() && file.remove())
            freed += size;
    }
    return freed;
}

Status MediaStore::transaction(const std::function<Status()> &work)
{
    return m_db.transaction(work);
}

bool MediaStore::keepsOffline(qint64 courseId) const
{
    return m_db.meta(u"media.offline.%1"_s.arg(courseId), u"1"_s) == u"1"_s;
}

Status MediaStore::setKeepsOffline(qint64 courseId, bool keep)
{
    return m_db.setMeta(u"media.offline.%1"_s.arg(courseId), keep ? u"1"_s : u"0"_s);
}

Result<QHash<qint64, Validators>> MediaStore::bodyValidators(qint64 courseId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT v.lesson_id, v.etag, v.last_modified, v.fresh_until FROM body_validators v"
                               " JOIN lessons l ON l.id = v.lesson_id WHERE l.course_id = ? AND l.has_body = 1"_s);
    q.addBindValue(courseId);
    if (Status ok = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the lesson")); !ok)
        return ok.error();
    QHash<qint64, Validators> all;
    while (q.next())
        all.insert(q.value(0).toLongLong(), Validators{q.value(1).toString().toLatin1(),
                                                       q.value(2).toString().toLatin1(), sql::fromTime(q.value(3))});
    return all;
}

Status MediaStore::setBodyValidators(qint64 lessonId, const Validators &validators)
{
    QSqlQuery q = m_db.prepare(u"INSERT OR REPLACE INTO body_validators (lesson_id, etag, last_modified, fresh_until)"
                               " VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(lessonId);
    q.addBindValue(QString::fromLatin1(validators.etag));
    q.addBindValue(QString::fromLatin1(validators.lastModified));
    q.addBindValue(sql::time(validators.freshUntil));
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the lesson"));
}

} // namespace coursedesk

#pragma once

#include "domain/Course.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace coursedesk {

// What a server said about a copy it gave: sent back with the next request for the same thing (If-None-Match,
// If-Modified-Since), so that an unchanged body or file is answered 304 and not sent again.
struct Validators final
{
    QByteArray etag;
    QByteArray lastModified;
    // Until when the copy may be kept without asking the server (remote/Freshness); invalid: ask every time.
    QDateTime freshUntil;

    bool isFreshAt(const QDateTime &now) const { return freshUntil.isValid() && now < freshUntil; }

    bool isEmpty() const { return etag.isEmpty() && lastModified.isEmpty(); }
    friend bool operator==(const Validators &, const Validators &) = default;
};

// The stated limits of the offline copy: no single file larger than perFileBytes, no course's files together larger
// than perCourseBytes. Both are enforced while a file streams in (a larger file is stopped, not read to the end).
struct MediaLimits final
{
    static constexpr qint64 defaultPerFile = 25LL * 1024 * 1024;    // 25 MB
    static constexpr qint64 defaultPerCourse = 500LL * 1024 * 1024; // 500 MB
    qint64 perFileBytes = defaultPerFile;
    qint64 perCourseBytes = defaultPerCourse;
};

// How a lesson uses a file.
enum class MediaUse
{
    Image,      // shown in the text: an <img>, a question's picture, a media of type image
    Attachment, // listed under the lesson, downloaded, opened with the desktop's viewer
    Link,       // listed under the lesson, opened in the browser (a media of type url, an embed, a video)
};

// One file or link a lesson refers to, its address resolved against the account's server.
struct MediaRef final
{
    QUrl url;
    MediaUse use = MediaUse::Image;
    QString title; // alt text, the media's title, or the question's text
    QString type; // the media's own type ("image", "doc", …); "img" for a picture of the text, "question" for a quiz's

    friend bool operator==(const MediaRef &, const MediaRef &) = default;
};

namespace MediaRefs {

// An address as a lesson writes it, made absolute against the server (a path relative to the server, or "//host/…").
// Empty for what is no file to fetch: nothing, embedded data (data:), a fragment, javascript:, mailto:.
QUrl resolve(const QString &address, const QUrl &server);
// The src of every <img> in the HTML, as written (entities &amp; &quot; &#39; &lt; &gt; decoded).
QStringList imageSources(const QString &html);
// What the lesson refers to, each address once, in order: the text's pictures, the questions' pictures, then its
// medias (images, files to download, links to open).
QList<MediaRef> ofLesson(const Lesson &lesson, const QUrl &server);
// A media's use from its type: "image" → Image; "url", "embed", "video", "audio", "link" → Link; else Attachment.
MediaUse useOfMediaType(const QString &type);
// A course's cover picture is kept with its lessons' files, as the one picture of the pseudo-lesson −courseId (no
// lesson has a negative id), of type "cover".
inline constexpr auto CoverType = QLatin1StringView("cover");
constexpr qint64 coverKey(qint64 courseId)
{
    return -courseId;
}

} // namespace MediaRefs

namespace ContentSniff {

// The type the first bytes of a file show: image/png, image/jpeg, image/gif, image/webp, image/svg+xml,
// application/pdf, application/zip (also Office documents), text/html; empty when they show none of these.
QByteArray detect(const QByteArray &head);
// Why a file's bytes do not agree with its use and the type the server declared (nullopt: they agree). A picture
// must be a picture whose kind is the declared one; a file declared as a type its bytes can show must show it.
std::optional<QString> disagreement(const QByteArray &declaredType, const QByteArray &head, MediaUse use);

} // namespace ContentSniff

} // namespace coursedesk

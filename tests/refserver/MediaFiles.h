#pragma once

#include "Model.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace coursedesk::refserver {

// The bytes the media route serves for a media (a test fixture's files, made up from the media's type and name):
// an image is a PNG, anything else a PDF. A name that ends in "-<N>k.<ext>" ("lecture-2048k.png") asks for a file of
// N KiB (padded after the image or the document, so that its first bytes are still what it says), for the tests of
// large and interrupted downloads. revise() makes a media's file change (its bytes, ETag and Last-Modified), as if
// the teacher uploaded a new version.
class MediaFiles final
{
public:
    struct File
    {
        QByteArray contentType;
        QByteArray body;
        QDateTime modified;
    };

    File file(const model::Media &media, const QString &name) const;
    void revise(qint64 mediaId, const QDateTime &now);
    int revision(qint64 mediaId) const { return m_revisions.value(mediaId).first; }

    // The size a name asks for, in bytes (0: the plain file).
    static qint64 requestedSize(const QString &name);

private:
    QHash<qint64, std::pair<int, QDateTime>> m_revisions; // media id → (revision, when it was made)
};

} // namespace coursedesk::refserver

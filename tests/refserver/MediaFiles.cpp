#include "MediaFiles.h"

#include <QRegularExpression>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

qint64 MediaFiles::requestedSize(const QString &name)
{
    static const QRegularExpression sized(u"-(\\d{1,6})k\\.[A-Za-z0-9]+$"_s);
    const QRegularExpressionMatch match = sized.match(name);
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : 0;
}

MediaFiles::File MediaFiles::file(const model::Media &media, const QString &name) const
{
    File file;
    const auto revised = m_revisions.constFind(media.id);
    const int revision = revised == m_revisions.cend() ? 0 : revised->first;
    file.modified = revised == m_revisions.cend() ? media.addedAt : revised->second;
    if (media.type == u"image"_s) {
        file.contentType = "image/png"; // one transparent pixel
        file.body = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    } else {
        file.contentType = "application/pdf"; // an empty page
        file.body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                    "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n"
                    "%%EOF\n";
    }
    const qint64 size = requestedSize(name);
    if (size > file.body.size() || revision > 0) {
        // Padding that differs from byte to byte and from revision to revision, so that a part of the wrong
        // revision, or bytes put in the wrong place, never make the same file.
        QByteArray padding(std::max<qint64>(0, size - file.body.size()), Qt::Uninitialized);
        quint32 state = 2166136261u ^ quint32(media.id) ^ (quint32(revision) * 16777619u);
        for (char &byte : padding) {
            state = state * 1664525u + 1013904223u;
            byte = char(state >> 24);
        }
        file.body += padding;
        if (revision > 0 && size <= 0)
            file.body += "\n% revision " + QByteArray::number(revision) + '\n';
    }
    return file;
}

void MediaFiles::revise(qint64 mediaId, const QDateTime &now)
{
    auto &entry = m_revisions[mediaId];
    ++entry.first;
    entry.second = now;
}

} // namespace coursedesk::refserver

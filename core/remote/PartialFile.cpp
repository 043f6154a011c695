#include "remote/PartialFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

// The validator If-Range may carry (RFC 9110 §13.1.5): a strong entity tag, else a date.
QByteArray ifRangeFor(const QByteArray &etag, const QByteArray &lastModified)
{
    if (!etag.isEmpty() && !etag.startsWith("W/"))
        return etag;
    return lastModified;
}

} // namespace

QString PartialFile::nameFor(const QUrl &url)
{
    return QString::fromLatin1(QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex().left(40)) +
           u".part"_s;
}

PartialFile::PartialFile(const QString &folder, const QUrl &url, bool resumable)
    : m_url(url)
    , m_resumable(resumable)
{
    const QString name = resumable ? nameFor(url) : QUuid::createUuid().toString(QUuid::WithoutBraces) + u".part"_s;
    m_file.setFileName(QDir(folder).filePath(name));
    if (!resumable || !m_file.exists())
        return;
    QFile note(notePath());
    const QJsonObject json =
        note.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(note.readAll()).object() : QJsonObject();
    m_ifRange = json.value(u"if_range"_s).toString().toLatin1();
    if (json.value(u"url"_s).toString() != url.toString(QUrl::FullyEncoded) || m_ifRange.isEmpty())
        return; // not what this address's part should be: it is started again
    m_keptBytes = m_file.size();
    m_canResume = true;
}

PartialFile::~PartialFile()
{
    if (m_file.isOpen())
        keepForLater();
}

QByteArray PartialFile::head(int bytes) const
{
    QFile file(m_file.fileName());
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

bool PartialFile::writeNote(const QByteArray &etag, const QByteArray &lastModified)
{
    m_ifRange = ifRangeFor(etag, lastModified);
    m_canResume = m_resumable && !m_ifRange.isEmpty();
    QFile note(notePath());
    if (!m_canResume) {
        note.remove();
        return true;
    }
    const QJsonObject json{{u"url"_s, m_url.toString(QUrl::FullyEncoded)},
                           {u"if_range"_s, QString::fromLatin1(m_ifRange)}};
    return note.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           note.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) > 0 && note.flush();
}

bool PartialFile::restart(const QByteArray &etag, const QByteArray &lastModified, bool keep)
{
    m_file.close();
    m_keptBytes = 0;
    if (!writeNote(keep ? etag : QByteArray(), keep ? lastModified : QByteArray()))
        return false;
    return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered);
}

bool PartialFile::resume()
{
    m_file.close();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    // Exactly the bytes the request asked to go on from (nothing written after the note was checked is trusted).
    return m_file.resize(m_keptBytes) && m_file.seek(m_keptBytes);
}

bool PartialFile::write(const QByteArray &bytes)
{
    return m_file.write(bytes) == bytes.size();
}

qint64 PartialFile::size() const
{
    return m_file.isOpen() ? m_file.pos() : QFileInfo(m_file.fileName()).size();
}

QString PartialFile::complete()
{
    m_file.close();
    QFile::remove(notePath());
    return QFileInfo(m_file.fileName()).fileName();
}

void PartialFile::keepForLater()
{
    const bool hadBytes = m_file.isOpen() ? m_file.flush() && m_file.pos() > 0 : m_file.size() > 0;
    m_file.close();
    if (!m_canResume || !hadBytes)
        discard();
}

void PartialFile::discard()
{
    m_file.close();
    m_file.remove();
    QFile::remove(notePath());
    m_canResume = false;
    m_keptBytes = 0;
}

} // namespace coursedesk

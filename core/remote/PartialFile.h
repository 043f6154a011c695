#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QUrl>

namespace coursedesk {

// A file being downloaded, kept on disk so that an interrupted download continues where it stopped (issue 18):
// "<name>.part" in the account's files folder holds the bytes that came (written as they come, unbuffered),
// "<name>.part.json" the address and the validator of the version they are of (a strong ETag, else the Last-Modified
// date), written before the first byte. The name comes from the address, so that a later attempt (after a cancel, a
// broken connection, a restart of the app) finds it; without a validator a part cannot be resumed safely and is not
// kept.
class PartialFile final
{
public:
    // resumable: false for a throwaway part under a unique name (when another download of the address runs).
    PartialFile(const QString &folder, const QUrl &url, bool resumable);
    ~PartialFile();

    // The file name used for an address's part (no folder); the same in every run.
    static QString nameFor(const QUrl &url);

    // What an earlier attempt left: the bytes kept (0: nothing usable), and the If-Range value that goes with them.
    qint64 resumableBytes() const { return m_resumable ? m_keptBytes : 0; }
    QByteArray ifRange() const { return m_ifRange; }
    // The first bytes of what is kept (for the content check of a resumed file).
    QByteArray head(int bytes) const;

    // Starts the file again from its first byte, for the version with these validators. False: the disk refused.
    // keep: whether it is worth continuing later (false: a small file, started again after an interruption).
    bool restart(const QByteArray &etag, const QByteArray &lastModified, bool keep = true);
    // Goes on after the bytes kept (a 206 that starts there). False: the disk refused.
    bool resume();
    bool write(const QByteArray &bytes);
    bool flush() { return !m_file.isOpen() || m_file.flush(); }
    qint64 size() const;
    QString errorString() const { return m_file.errorString(); }

    // Closes and returns the complete file's name (in the folder); the note about it goes.
    QString complete();
    // Closes and leaves the part for a later attempt (only when it can be resumed; otherwise it goes).
    void keepForLater();
    // Removes the part and its note.
    void discard();

    QString fileName() const { return m_file.fileName(); }

private:
    QString notePath() const { return m_file.fileName() + u".json"; }
    bool writeNote(const QByteArray &etag, const QByteArray &lastModified);

    QUrl m_url;
    QFile m_file;
    bool m_resumable = false;
    bool m_canResume = false; // the current version has a validator
    qint64 m_keptBytes = 0;
    QByteArray m_ifRange;
};

} // namespace coursedesk

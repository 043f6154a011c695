#pragma once

#include "domain/MediaRefs.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace coursedesk {

class HttpTransport;

// Downloads one of a lesson's files into a folder, safely (issue 18, "Fetching safely"): every address and every
// redirect is checked by FetchRule against the account's server; the sign-in goes to the server's origin only; the
// file streams to disk and is stopped as soon as it passes its size cap (the Content-Length is believed only when it
// says too much); its first bytes must agree with its use and declared type (ContentSniff); validators known from an
// earlier copy are sent (If-None-Match, If-Modified-Since) and a 304 leaves that copy as it is. A download that is
// interrupted (cancelled, timed out, cut off) keeps its bytes in a PartialFile and the next fetch of the address
// continues after them (Range: bytes=N- with If-Range, RFC 9110 §14): a 206 whose Content-Range starts there is
// appended; a 200 (the file changed, or the server ignores ranges) starts it again, and so does a 416 or a 206 for
// other bytes. The caps and the content check are on the whole file. A file that fails for any other reason leaves
// nothing behind, and the outcome says why in a sentence.
class MediaFetcher final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int transferTimeoutMs = 30'000;
        int maxRedirects = 5;
        // A file announced smaller than this is started again after an interruption rather than continued (no note
        // is written for it: the many small pictures of a course cost no extra file each).
        qint64 resumeFromBytes = 64 * 1024;
    };

    struct Request
    {
        QUrl url;
        MediaUse use = MediaUse::Image;
        Validators known; // of the copy already kept, if any
        qint64 maxBytes = MediaLimits::defaultPerFile;
        QString folder; // where the file goes
        // Called as the file's bytes come (the file's bytes on disk so far, kept ones included); may be empty.
        std::function<void(qint64)> onBytes = {};
    };

    struct Outcome
    {
        enum class Kind
        {
            Fetched,     // fileName in the folder holds the new copy
            NotModified, // the server validated the copy kept
            Failed,      // reason says why; nothing was written
        };
        Kind kind = Kind::Failed;
        QString fileName;
        qint64 size = 0;
        QByteArray contentType;
        Validators validators;
        QString reason;
        bool tooLarge = false;
        qint64 resumedFrom = 0; // Fetched: the bytes kept from an interrupted download (0: all of it came now)
    };

    MediaFetcher(QNetworkAccessManager &network, const HttpTransport &transport, QUrl server, Options options,
                 QObject *parent = nullptr);
    ~MediaFetcher() override;

    // Calls done exactly once (unless this object is destroyed first).
    void fetch(const Request &request, std::function<void(Outcome)> done);
    // Stops every download in flight: each reports Failed ("cancelled").
    void cancelAll();
    int inFlight() const { return int(m_replies.size()); }

private:
    struct Call;
    void start(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void fail(const std::shared_ptr<Call> &call, const QString &reason, bool tooLarge = false);
    // The reply's status and headers are in: whether (and where) its bytes go. False: they do not go anywhere.
    bool begin(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void release(const std::shared_ptr<Call> &call);

    QNetworkAccessManager &m_network;
    const HttpTransport &m_transport;
    QUrl m_server;
    Options m_options;
    QList<QPointer<QNetworkReply>> m_replies;
    QSet<QString> m_partsInUse; // the addresses' part files being written now
};

} // namespace coursedesk

#include "remote/MediaFetcher.h"

#include "domain/Logging.h"

#include "remote/FetchRule.h"
#include "remote/Freshness.h"
#include "remote/HttpTransport.h"
#include "remote/PartialFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "Version.h"

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QHash<QByteArray, QByteArray> headersOf(const QNetworkReply &reply)
{
    QHash<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : reply.rawHeaderPairs())
        headers.insert(name.toLower(), value);
    return headers;
}

} // namespace

struct MediaFetcher::Call
{
    Request request;
    std::function<void(Outcome)> done;
    QUrl current;
    int redirects = 0;
    std::unique_ptr<PartialFile> part;
    QString partName;     // in m_partsInUse while this call writes it
    qint64 offset = 0;    // the bytes asked to be skipped (Range), 0: the whole file
    bool noRange = false; // asked again without a Range (after a 416 or a 206 for other bytes)
    bool begun = false;   // the reply's headers were looked at
    bool writing = false; // the reply's body goes to the part
    bool rangeRefused = false;
    bool diskFailed = false;
    QByteArray head;     // the first bytes, for the content check
    qint64 received = 0; // the file's bytes on disk (kept ones included)
    bool tooLarge = false;
    bool cancelled = false;
};

namespace {

// "bytes FIRST-LAST/TOTAL" (RFC 9110 §14.4): FIRST and TOTAL, or nothing when it cannot be read.
std::optional<std::pair<qint64, qint64>> contentRange(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (!text.startsWith("bytes "))
        return std::nullopt;
    const QByteArray spec = text.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash <= 0 || slash <= dash)
        return std::nullopt;
    bool firstOk = false;
    bool lastOk = false;
    bool totalOk = false;
    const qint64 first = spec.left(dash).toLongLong(&firstOk);
    const qint64 last = spec.mid(dash + 1, slash - dash - 1).toLongLong(&lastOk);
    const qint64 total = spec.mid(slash + 1).toLongLong(&totalOk);
    if (!firstOk || !lastOk || !totalOk || last < first || last >= total)
        return std::nullopt;
    return std::pair{first, total};
}

} // namespace

MediaFetcher::MediaFetcher(QNetworkAccessManager &network, const HttpTransport &transport, QUrl server, Options options,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_transport(transport)
    , m_server(std::move(server))
    , m_options(options)
{}

MediaFetcher::~MediaFetcher()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void MediaFetcher::fetch(const Request &request, std::function<void(Outcome)> done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->done = std::move(done);
    call->current = request.url;
    start(call);
}

void MediaFetcher::cancelAll()
{
    const QList<QPointer<QNetworkReply>> replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->setProperty("coursedesk_cancelled", true);
            reply->abort();
        }
    }
}

void MediaFetcher::release(const std::shared_ptr<Call> &call)
{
    if (!call->partName.isEmpty())
        m_partsInUse.remove(call->partName);
    call->partName.clear();
    call->part.reset();
}

void MediaFetcher::fail(const std::shared_ptr<Call> &call, const QString &reason, bool tooLarge)
{
    if (call->part)
        call->part->discard();
    release(call);
    Outcome outcome;
    outcome.reason = reason;
    outcome.tooLarge = tooLarge;
    call->done(outcome);
}

void MediaFetcher::start(const std::shared_ptr<Call> &call)
{
    if (std::optional<QString> refused = FetchRule::refusal(call->current, m_server))
        return fail(call, tr("CourseDesk did not fetch it: %1.").arg(*refused));
    if (!QDir().mkpath(call->request.folder))
        return fail(call, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(call->request.folder)));
    if (!call->part) {
        // One download of an address at a time uses its part; another one at the same time gets a throwaway one.
        const QString name = PartialFile::nameFor(call->request.url);
        const bool own = !m_partsInUse.contains(name);
        if (own) {
            m_partsInUse.insert(name);
            call->partName = name;
        }
        call->part = std::make_unique<PartialFile>(call->request.folder, call->request.url, own);
    }

    QNetworkRequest req(call->current);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(m_options.transferTimeoutMs);
    req.setRawHeader("User-Agent", "CourseDesk/" COURSEDESK_VERSION);
    if (FetchRule::sendsCredentials(call->current, m_server) && m_transport.hasAccessToken())
        req.setRawHeader("Authorization", "Bearer " + m_transport.accessToken());
    if (call->redirects == 0 || HttpTransport::sameOrigin(call->current, call->request.url)) {
        if (!call->request.known.etag.isEmpty())
            req.setRawHeader("If-None-Match", call->request.known.etag);
        if (!call->request.known.lastModified.isEmpty())
            req.setRawHeader("If-Modified-Since", call->request.known.lastModified);
    }
    call->offset = call->noRange ? 0 : call->part->resumableBytes();
    if (call->offset > 0) {
        // The rest of the version the kept bytes are of; if it changed, the server sends all of the new one (200).
        req.setRawHeader("Range", "bytes=" + QByteArray::number(call->offset) + '-');
        req.setRawHeader("If-Range", call->part->ifRange());
    }
    // Not compressed: the ranges are of the file's own bytes.
    req.setRawHeader("Accept-Encoding", "identity");
    call->begun = call->writing = call->rangeRefused = false;
    call->head.clear();
    call->received = 0;

    QNetworkReply *reply = m_network.get(req);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, call, reply] {
        if (!call->begun && !begin(call, reply))
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, call, reply] {
        if (!call->begun && !begin(call, reply))
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        const QByteArray chunk = reply->readAll();
        if (call->tooLarge || call->rangeRefused || !call->writing)
            return; // an error page, a redirect's body, or bytes that are not wanted: not the file
        call->received += chunk.size();
        if (call->received > call->request.maxBytes) {
            call->tooLarge = true;
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
            return;
        }
        if (call->head.size() < 1024)
            call->head += chunk.left(1024 - call->head.size());
        if (!call->part->write(chunk)) {
            if (!std::exchange(call->diskFailed, true))
                QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
            return;
        }
        if (call->request.onBytes)
            call->request.onBytes(call->received);
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
}

bool MediaFetcher::begin(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return true; // no headers yet
    call->begun = true;
    const qint64 cap = call->request.maxBytes;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (status == 206) {
        const auto range = contentRange(reply->rawHeader("Content-Range"));
        if (call->offset == 0 || !range || range->first != call->offset) {
            call->rangeRefused = true; // other bytes than the ones asked for: asked again for the whole file
            return false;
        }
        if (range->second > cap || (length.isValid() && call->offset + length.toLongLong() > cap)) {
            call->tooLarge = true;
            return false;
        }
        if (!call->part->resume()) {
            call->diskFailed = true;
            return false;
        }
        call->head = call->part->head(1024);
        call->received = call->offset;
        call->writing = true;
        return true;
    }
    if (status < 200 || status >= 300)
        return true; // 304, a redirect, an error: finish() decides, nothing is written
    if (length.isValid() && length.toLongLong() > cap) {
        call->tooLarge = true;
        return false;
    }
    call->offset = 0; // a whole file: what was kept is of another version, or the server sends no ranges
    const bool worthKeeping = !length.isValid() || length.toLongLong() >= m_options.resumeFromBytes;
    if (!call->part->restart(reply->rawHeader("ETag"), reply->rawHeader("Last-Modified"), worthKeeping)) {
        call->diskFailed = true;
        return false;
    }
    call->writing = true;
    return true;
}

void MediaFetcher::finish(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (call->tooLarge) {
        return fail(call,
                    tr("It is larger than %1, the limit for one file.")
                        .arg(QLocale().formattedDataSize(call->request.maxBytes)),
                    true);
    }
    if (call->diskFailed)
        return fail(call, tr("It cannot be written to the disk: %1").arg(call->part->errorString()));
    if (!call->noRange && (call->rangeRefused || (status == 416 && call->offset > 0))) {
        // The bytes kept cannot be continued (the server has fewer, or sent others): the whole file, once.
        call->part->discard();
        call->noRange = true;
        return start(call);
    }
    const bool cancelled = !reply->property("coursedesk_cancelled").isNull();
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::OperationCanceledError || status == 0 ||
        (call->writing && error != QNetworkReply::NoError)) {
        // Interrupted (or not begun): what came stays on disk, and the next fetch continues after it.
        if (call->writing && reply->bytesAvailable() > 0)
            call->part->write(reply->readAll());
        call->part->keepForLater();
        release(call);
        Outcome outcome;
        outcome.reason = cancelled                                        ? tr("The download was cancelled.")
                         : error == QNetworkReply::OperationCanceledError ? tr("The server did not answer in time.")
                         : status == 0 ? tr("The server cannot be reached: %1").arg(reply->errorString())
                                       : tr("The download broke off: %1").arg(reply->errorString());
        return call->done(outcome);
    }
    if (status >= 300 && status < 400 && status != 304) {
        const QUrl target = call->current.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (!reply->hasRawHeader("Location") || ++call->redirects > m_options.maxRedirects)
            return fail(call, tr("The server redirected too many times."));
        call->current = target;
        return start(call); // FetchRule checks the new address, and the sign-in follows only to the server
    }
    if (status == 304) {
        call->part->discard(); // the copy kept is current: a part of another version is of no use
        release(call);
        Outcome outcome;
        outcome.kind = Outcome::Kind::NotModified;
        // The copy kept is current and fresh again (RFC 9111, 4.3.4); new validators replace the old ones.
        outcome.validators = call->request.known;
        if (reply->hasRawHeader("ETag"))
            outcome.validators.etag = reply->rawHeader("ETag");
        if (reply->hasRawHeader("Last-Modified"))
            outcome.validators.lastModified = reply->rawHeader("Last-Modified");
        outcome.validators.freshUntil = Freshness::until(headersOf(*reply), m_transport.clock().now());
        return call->done(outcome);
    }
    if (status < 200 || status >= 300)
        return fail(call, tr("The server answered %1.").arg(status));
    if (!call->writing)
        return fail(call, tr("It cannot be written to the disk: %1").arg(call->part->errorString()));
    if (reply->bytesAvailable() > 0 && !call->part->write(reply->readAll()))
        return fail(call, tr("It cannot be written to the disk: %1").arg(call->part->errorString()));
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (std::optional<QString> why = ContentSniff::disagreement(type, call->head, call->request.use))
        return fail(call, tr("Its contents are not what they should be: %1.").arg(*why));

    Outcome outcome;
    outcome.kind = Outcome::Kind::Fetched;
    outcome.contentType = type.split(';').value(0).trimmed();
    if (outcome.contentType.isEmpty())
        outcome.contentType = ContentSniff::detect(call->head);
    outcome.size = call->part->size();
    outcome.resumedFrom = call->offset;
    outcome.validators = Validators{reply->rawHeader("ETag"), reply->rawHeader("Last-Modified"),
                                    Freshness::until(headersOf(*reply), m_transport.clock().now())};
    if (!call->part->flush())
        return fail(call, tr("It cannot be written to the disk: %1").arg(call->part->errorString()));
    outcome.fileName = call->part->complete();
    release(call);
    call->done(outcome);
}

} // namespace coursedesk

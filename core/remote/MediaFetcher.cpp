#include "remote/MediaFetcher.h"

#include "domain/Logging.h"

#include "remote/FetchRule.h"
#include "remote/Freshness.h"
#include "remote/HttpTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

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
    std::unique_ptr<QFile> part;
    QByteArray head; // the first bytes, for the content check
    qint64 received = 0;
    bool tooLarge = false;
    bool cancelled = false;
};

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

void MediaFetcher::fail(const std::shared_ptr<Call> &call, const QString &reason, bool tooLarge)
{
    if (call->part) {
        call->part->remove();
        call->part.reset();
    }
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
    call->part = std::make_unique<QFile>(
        QDir(call->request.folder).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".part"_s));
    if (!call->part->open(QIODevice::WriteOnly)) {
        const QString why = call->part->errorString();
        call->part.reset();
        return fail(call, tr("It cannot be written to the disk: %1").arg(why));
    }
    call->head.clear();
    call->received = 0;

    QNetworkReply *reply = m_network.get(req);
    m_replies.append(reply);
    const qint64 cap = call->request.maxBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [call, reply, cap] {
        if (call->tooLarge)
            return;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap) {
            call->tooLarge = true;
            // Not from inside the reply's own signal (Qt reports the abort twice then): on the next turn.
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [call, reply, cap] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray chunk = reply->readAll();
        if (call->tooLarge)
            return;
        if (status < 200 || status >= 300 || !call->part)
            return; // an error page or a redirect's body: not the file
        call->received += chunk.size();
        if (call->received > cap) {
            call->tooLarge = true;
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
            return;
        }
        if (call->head.size() < 1024)
            call->head += chunk.left(1024 - call->head.size());
        if (call->part->write(chunk) != chunk.size())
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
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
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        return fail(call, reply->property("coursedesk_cancelled").isNull() ? tr("The server did not answer in time.")
                                                                           : tr("The download was cancelled."));
    }
    if (status == 0)
        return fail(call, tr("The server cannot be reached: %1").arg(reply->errorString()));
    if (status >= 300 && status < 400 && status != 304) {
        const QUrl target = call->current.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (!reply->hasRawHeader("Location") || ++call->redirects > m_options.maxRedirects)
            return fail(call, tr("The server redirected too many times."));
        call->part->remove();
        call->part.reset();
        call->current = target;
        return start(call); // FetchRule checks the new address, and the sign-in follows only to the server
    }
    if (status == 304) {
        call->part->remove();
        call->part.reset();
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
    if (reply->error() != QNetworkReply::NoError)
        return fail(call, tr("The download broke off: %1").arg(reply->errorString()));
    call->part->write(reply->readAll());
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (std::optional<QString> why = ContentSniff::disagreement(type, call->head, call->request.use))
        return fail(call, tr("Its contents are not what they should be: %1.").arg(*why));
    if (!call->part->flush())
        return fail(call, tr("It cannot be written to the disk: %1").arg(call->part->errorString()));
    call->part->close();

    Outcome outcome;
    outcome.kind = Outcome::Kind::Fetched;
    outcome.contentType = type.split(';').value(0).trimmed();
    if (outcome.contentType.isEmpty())
        outcome.contentType = ContentSniff::detect(call->head);
    outcome.size = call->part->size();
    outcome.validators = Validators{reply->rawHeader("ETag"), reply->rawHeader("Last-Modified"),
                                    Freshness::until(headersOf(*reply), m_transport.clock().now())};
    const QString partPath = call->part->fileName();
    call->part.reset();
    outcome.fileName = QFileInfo(partPath).fileName();
    call->done(outcome);
}

} // namespace coursedesk

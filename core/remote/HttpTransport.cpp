#include "remote/HttpTransport.h"

#include "domain/Logging.h"

#include "remote/ErrorBody.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QIODevice>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "Version.h"

#include <algorithm>
#include <cstring>

namespace coursedesk {


using namespace Qt::StringLiterals;

namespace {

ApiError makeError(ApiError::Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

struct HttpTransport::InFlight
{
    HttpRequest request;
    Callback done;
    int redirects = 0;
    bool tooLarge = false;
};

HttpTransport::HttpTransport(QNetworkAccessManager &network, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_options(options)
{}

HttpTransport::~HttpTransport()
{
    // Replies outlive us only as orphans: disconnect so no callback runs into a dead object.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

ApiResult<QUrl> HttpTransport::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ApiError::Kind::Insecure, tr("'%1' is not a valid server address.").arg(url.toString()));
    if (url.scheme() == u"https"_s)
        return url;
    if (url.scheme() == u"http"_s && isLoopbackHost(url.host()))
        return url;
    return makeError(ApiError::Kind::Insecure,
                     tr("'%1' is not encrypted: use an https:// address (plain http is allowed only for this "
                        "computer, e.g. http://127.0.0.1).")
                         .arg(url.toString(QUrl::RemoveUserInfo)));
}

bool HttpTransport::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

QDateTime HttpTransport::parseHttpDate(const QByteArray &value)
{
    // RFC 7231 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime parsed =
        QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!parsed.isValid())
        return {};
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

std::optional<qint64> HttpTransport::parseRetryAfter(const QByteArray &value, const QDateTime &serverNow)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid() || !serverNow.isValid())
        return std::nullopt;
    return std::max<qint64>(0, serverNow.msecsTo(when));
}

namespace {

// A request body that can be read once (HttpRequest::sendOnce). It is not sequential, so Qt knows its size and
// sends it as usual; once it has been read to the end it refuses to go back, so a resend Qt would start by itself
// fails (QNetworkReply::ContentReSendError) before a byte of it leaves again. A QBuffer would not do: Qt reads a
// buffer's bytes directly, without asking it to seek.
class SendOnceBody final : public QIODevice
{
public:
    SendOnceBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 position) override { return !m_readOnce && QIODevice::seek(position); }
    bool reset() override { return !m_readOnce && QIODevice::reset(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 from = pos();
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - from);
        if (count <= 0)
            return from >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + from, size_t(count));
        if (from + count >= m_data.size())
            m_readOnce = true;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_readOnce = false;
};

} // namespace

void HttpTransport::send(const HttpRequest &request, Callback done)
{
    const ApiResult<QUrl> allowed = checkUrl(request.url);
    if (!allowed) {
        done(allowed.error());
        return;
    }
    auto call = std::make_shared<InFlight>();
    call->request = request;
    call->done = std::move(done);
    start(call);
}

void HttpTransport::cancelAll()
{
    const QList<QPointer<QNetworkReply>> replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->setProperty("coursedesk_cancelled", true);
            reply->abort();
        }
    }
}

void HttpTransport::start(const std::shared_ptr<InFlight> &call)
{
    const HttpRequest &request = call->request;
    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(m_options.transferTimeoutMs);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "CourseDesk/" COURSEDESK_VERSION);
    if (request.authenticated && !m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token);
    if (!request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (request.sendOnce && !request.body.isEmpty()) {
        auto *body = new SendOnceBody(request.body, this);
        reply = m_network.sendCustomRequest(req, request.method, body);
        body->setParent(reply); // lives as long as the reply that reads it
    } else {
        reply = m_network.sendCustomRequest(req, request.method, request.body);
    }
    m_replies.append(reply);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, call, reply](qint64 received, qint64 total) {
        if (received > m_options.maxReplyBytes || total > m_options.maxReplyBytes) {
            call->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
}

void HttpTransport::finish(const std::shared_ptr<InFlight> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    const QDateTime localNow = m_clock.now();
    const QDateTime serverDate = parseHttpDate(reply->rawHeader("Date"));
    if (serverDate.isValid())
        emit serverTimeObserved(serverDate, localNow);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    if (call->tooLarge) {
        call->done(makeError(ApiError::Kind::TooLarge, tr("The server's reply is larger than %1 MB; it was not read.")
                                                           .arg(m_options.maxReplyBytes / (1024 * 1024))));
        return;
    }
    if (status == 0 || (netError != QNetworkReply::NoError && netError >= QNetworkReply::ConnectionRefusedError &&
                        netError < QNetworkReply::ContentAccessDenied)) {
        if (netError == QNetworkReply::OperationCanceledError) {
            // Qt reports a transfer timeout with the same code as abort(): tell them apart ourselves.
            const bool timedOut = reply->property("coursedesk_cancelled").isNull();
            call->done(timedOut ? makeError(ApiError::Kind::Timeout, tr("The server did not answer in time."))
                                : makeError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
            return;
        }
        ApiError error =
            makeError(ApiError::Kind::Network, tr("The server cannot be reached: %1").arg(reply->errorString()));
        // A reply cut short after the status line: the body is incomplete.
        if (status != 0)
            error.kind = ApiError::Kind::BadReply;
        call->done(error);
        return;
    }

    HttpResponse response;
    response.status = status;
    response.url = reply->url();
    response.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);

    if (status >= 300 && status < 400 && response.headers.contains("location")) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(response.headers.value("location")));
        if (!sameOrigin(target, call->request.url)) {
            qCWarning(lcRemote) << "refused a redirect to another origin:" << target.host();
            call->done(makeError(ApiError::Kind::CrossOriginRedirect,
                                 tr("The server redirected to another site (%1); CourseDesk did not follow, so your "
                                    "sign-in was not sent there.")
                                     .arg(target.host())));
            return;
        }
        if (++call->redirects > m_options.maxRedirects) {
            call->done(makeError(ApiError::Kind::BadReply, tr("The server redirected too many times.")));
            return;
        }
        call->request.url = target;
        if (status == 303) {
            call->request.method = "GET";
            call->request.body.clear();
        }
        start(call);
        return;
    }

    if ((status >= 200 && status < 300) || status == 304) { // 304: the caller sent validators (conditional GET)
        call->done(response);
        return;
    }

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    // Whatever shape the body has (ours, DRF's, the SDK's, a proxy's page): the server's words are the reason.
    const ErrorBody body = ErrorBody::parse(response.body, response.headers.value("content-type"));
    error.serverCode = body.code;
    error.message = body.message;
    if (error.message.isEmpty()) {
        // HTTP/2 has no reason phrase (and HTTP/1.1 allows an empty one): then the status alone.
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().simplified();
        error.message = phrase.isEmpty() ? tr("The server answered %1.").arg(status)
                                         : tr("The server answered %1 %2.").arg(status).arg(phrase);
    }
    if (status == 429 || status == 503)
        error.retryAfterMs = parseRetryAfter(response.headers.value("retry-after"), serverDate);
    call->done(error);
}

} // namespace coursedesk

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
#include <array>
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

namespace {

// Read by hand: every reply carries a Date, and QLocale's parser costs more than the rest of a 304 (it consults the
// time zone database each time).
int monthNamed(QByteArrayView name)
{
    static constexpr std::array<const char *, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (name == QByteArrayView(months[i]))
            return int(i) + 1;
    }
    return 0;
}

std::optional<int> number(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 4)
        return std::nullopt;
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<QTime> clockTime(QByteArrayView text)
{
    if (text.size() != 8 || text.at(2) != ':' || text.at(5) != ':')
        return std::nullopt;
    const std::optional<int> h = number(text.sliced(0, 2));
    const std::optional<int> m = number(text.sliced(3, 2));
    const std::optional<int> s = number(text.sliced(6, 2));
    if (!h || !m || !s)
        return std::nullopt;
    const QTime time(*h, *m, *s == 60 ? 59 : *s); // a leap second reads as the second before
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

} // namespace

QDateTime HttpTransport::parseHttpDate(const QByteArray &value)
{
    // RFC 9110, 5.6.7: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") is what servers send; a recipient also reads
    // the obsolete RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994") forms.
    const QList<QByteArray> words = value.simplified().split(' ');
    int day = 0, month = 0, year = 0;
    std::optional<QTime> time;
    if (words.size() == 6 && words.at(0).endsWith(',') && words.at(5) == "GMT") { // IMF-fixdate
        day = number(words.at(1)).value_or(0);
        month = monthNamed(words.at(2));
        year = number(words.at(3)).value_or(0);
        time = clockTime(words.at(4));
    } else if (words.size() == 4 && words.at(0).endsWith(',') && words.at(3) == "GMT") { // RFC 850
        const QList<QByteArray> date = words.at(1).split('-');
        if (date.size() == 3) {
            day = number(date.at(0)).value_or(0);
            month = monthNamed(date.at(1));
            const int yy = date.at(2).size() == 2 ? number(date.at(2)).value_or(-1) : -1;
            // Two digits: the year in the past closest to them (RFC 9110: within 50 years of now, read as 19xx/20xx).
            year = yy < 0 ? 0 : yy >= 70 ? 1900 + yy : 2000 + yy;
        }
        time = clockTime(words.at(2));
    } else if (words.size() == 5) { // asctime
        month = monthNamed(words.at(1));
        day = number(words.at(2)).value_or(0);
        time = clockTime(words.at(3));
        year = number(words.at(4)).value_or(0);
    }
    const QDate date(year, month, day);
    if (!date.isValid() || !time || year < 1900)
        return {};
    return QDateTime(date, *time, Qt::UTC);
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

#pragma once

#include "domain/Clock.h"
#include "remote/ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace coursedesk {

struct HttpRequest final
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType; // e.g. application/json
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool authenticated = true; // sends the Bearer token
    // Never sent a second time by the network layer itself (a quiz attempt: a platform server has no idempotency).
    // QNetworkAccessManager re-sends a request on its own when a kept-alive connection closes before the reply,
    // although the server may have handled it; such a request then fails with an unknown outcome instead
    // (ApiError::Kind::Network), and the caller finds out on the server before trying again.
    bool sendOnce = false;
};

struct HttpResponse final
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QUrl url;                              // after same-origin redirects
};

// HTTP for the API: Bearer token and Accept: application/json on every call; redirects followed only
// within the same origin (a token never reaches another host); a transfer timeout told apart from a
// cancel; replies capped in size; http:// refused except on loopback; each Date header reported so
// the server clock can be estimated. Every failure is an ApiError.
class HttpTransport final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int transferTimeoutMs = 30'000;
        qint64 maxReplyBytes = 32LL * 1024 * 1024;
        int maxRedirects = 5;
    };

    HttpTransport(QNetworkAccessManager &network, const Clock &clock, Options options, QObject *parent = nullptr);
    ~HttpTransport() override;

    void setAccessToken(const QByteArray &token) { m_token = token; }
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    // For MediaFetcher, which sends it to the server's own origin only (FetchRule). Never logged.
    const QByteArray &accessToken() const { return m_token; }
    const Clock &clock() const { return m_clock; }

    using Callback = std::function<void(ApiResult<HttpResponse>)>;
    // Calls done exactly once, on this object's thread, unless this object is destroyed first.
    void send(const HttpRequest &request, Callback done);
    // Aborts every request in flight; their callbacks get a Cancelled error.
    void cancelAll();

    // https, or http to a loopback host (127.0.0.0/8, ::1, localhost).
    static ApiResult<QUrl> checkUrl(const QUrl &url);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // Retry-After: delay-seconds or an HTTP-date (relative to the server's Date when known).
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &serverNow);
    static QDateTime parseHttpDate(const QByteArray &value);

signals:
    // The server's clock as of a reply, and the local clock at that moment.
    void serverTimeObserved(const QDateTime &serverTime, const QDateTime &localTime);

private:
    struct InFlight;
    void start(const std::shared_ptr<InFlight> &call);
    void finish(const std::shared_ptr<InFlight> &call, QNetworkReply *reply);

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    Options m_options;
    QByteArray m_token;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace coursedesk

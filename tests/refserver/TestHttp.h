#pragma once

// A synchronous HTTP client for the reference server's tests: one QNetworkAccessManager, manual redirects,
// each call waits (with a timeout) for its reply.
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace coursedesk::test {

struct HttpResponse
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError;
    }
    QString errorCode() const { return json().value(QLatin1StringView("error")).toString(); }
    // The platform's {"detail": "…"}: empty unless the body is exactly that.
    QString detail() const
    {
        const QJsonObject body = json();
        return body.size() == 1 ? body.value(QLatin1StringView("detail")).toString() : QString();
    }
};

class HttpClient
{
public:
    explicit HttpClient(QUrl base)
        : m_base(std::move(base))
    {}

    void setToken(const QString &token) { m_token = token; }
    // "Bearer" (the default) or "Token" (the platform SDK's form).
    void setScheme(const QByteArray &scheme) { m_scheme = scheme; }
    const QUrl &base() const { return m_base; }

    // `target` is a path (joined to the base URL) or an absolute URL.
    HttpResponse send(const QByteArray &verb, const QString &target, const QByteArray &body = {},
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                      const QByteArray &contentType = "application/json")
    {
        const QUrl url = target.startsWith(QLatin1StringView("http")) ? QUrl(target) : m_base.resolved(QUrl(target));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty() || verb == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", m_scheme + ' ' + m_token.toLatin1());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);

        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(15000);
        loop.exec();
        if (!reply->isFinished())
            reply->abort();

        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return response;
    }

    HttpResponse get(const QString &target) { return send("GET", target); }
    HttpResponse post(const QString &target, const QJsonObject &json = {})
    {
        return send("POST", target, json.isEmpty() ? QByteArray() : QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    HttpResponse postForm(const QString &target, const QUrlQuery &form)
    {
        return send("POST", target, form.toString(QUrl::FullyEncoded).toUtf8(), {},
                    "application/x-www-form-urlencoded");
    }

    // Password grant; the access token becomes this client's token. Empty on failure.
    QString signIn(const QString &username, const QString &password)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("username"), username);
        form.addQueryItem(QStringLiteral("password"), password);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("coursedesk")); // the registered client
        const HttpResponse response = postForm(QStringLiteral("/oauth/token/"), form);
        m_token = response.json().value(QLatin1StringView("access_token")).toString();
        return m_token;
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    QByteArray m_scheme = "Bearer";
};

} // namespace coursedesk::test

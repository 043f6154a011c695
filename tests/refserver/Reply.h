#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <utility>
#include <variant>

class QHttpServerRequest;
class QHttpServerResponder;

namespace coursedesk::refserver {

// One HTTP reply as a handler computes it; the server adds the Date header (and any fault) when it writes it.
struct Reply final
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply noContent();
    // The contract's error body: {"error": CODE, "message": …} plus any extra fields.
    static Reply error(int status, const QString &code, const QString &message, const QJsonObject &extra = {});

    static Reply badRequest(const QString &message) { return error(400, QStringLiteral("BAD_REQUEST"), message); }
    static Reply unauthorized(const QString &message);
    static Reply forbidden(const QString &code, const QString &message) { return error(403, code, message); }
    static Reply notFound(const QString &message = QStringLiteral("Not found."))
    {
        return error(404, QStringLiteral("NOT_FOUND"), message);
    }

    void write(QHttpServerResponder &&responder, const QDateTime &now) const;
};

// A value or the reply that says why there is none (404, 403, …).
template <typename T> class [[nodiscard]] Outcome final
{
public:
    Outcome(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Outcome(Reply failure)
        : m_state(std::in_place_index<1>, std::move(failure))
    {}

    bool ok() const { return m_state.index() == 0; }
    T &value() { return std::get<0>(m_state); }
    const T &value() const { return std::get<0>(m_state); }
    T *operator->() { return &value(); }
    const Reply &failure() const { return std::get<1>(m_state); }

private:
    std::variant<T, Reply> m_state;
};

// RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &time);
// ISO 8601 UTC with milliseconds, as JsonMapping writes times.
QString isoTime(const QDateTime &time);

// ?limit=&offset= with the contract's {count, next, previous, results}; next/previous are absolute URLs.
struct Page final
{
    qsizetype limit = 20;
    qsizetype offset = 0;

    // A bad limit or offset is a 400.
    static Outcome<Page> from(const QUrlQuery &query, qsizetype defaultLimit = 20, qsizetype maxLimit = 1000);
    QJsonObject wrap(const QList<QJsonObject> &all, const QUrl &base, const QString &path,
                     const QUrlQuery &query) const;
    // The same envelope around this page's rows only (already sliced from `count` items): for large lists.
    QJsonObject wrapSlice(const QList<QJsonObject> &slice, qsizetype count, const QUrl &base, const QString &path,
                          const QUrlQuery &query) const;
};

// A request header, matched case-insensitively; empty when absent.
QByteArray header(const QHttpServerRequest &request, QByteArrayView name);

// A list parameter given as a JSON array (["a","b"]), as "a,b", or repeated (?x=a&x=b).
QStringList listParameter(const QUrlQuery &query, const QString &key);

} // namespace coursedesk::refserver

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>
#include <utility>
#include <variant>

class QHttpServerRequest;
class QHttpServerResponder;

namespace coursedesk::refserver {

class Errors;
enum class Dialect;

// One HTTP reply as a handler computes it; the server adds the Date header (and any fault) when it writes it.
struct Reply final
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply noContent();
    // The contract's error body: {"error": CODE, "message": …} plus any extra fields (Errors picks the dialect's).
    static Reply error(int status, const QString &code, const QString &message, const QJsonObject &extra = {});

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
// ISO 8601 UTC with milliseconds ("2026-03-01T12:00:00.000Z"); empty for an invalid time.
QString isoTime(const QDateTime &time);

// ?limit=&offset= with the contract's {count, next, previous, results}; next/previous are absolute URLs.
struct Page final
{
    qsizetype limit = 20;
    qsizetype offset = 0;

    // A bad limit or offset is a 400 in the dialect's shape.
    static Outcome<Page> from(const QUrlQuery &query, const Errors &errors, qsizetype defaultLimit = 20,
                              qsizetype maxLimit = 1000);
    QJsonObject wrap(const QList<QJsonObject> &all, const QUrl &base, const QString &path,
                     const QUrlQuery &query) const;
    // The same envelope around this page's rows only (already sliced from `count` items): for large lists.
    QJsonObject wrapSlice(const QList<QJsonObject> &slice, qsizetype count, const QUrl &base, const QString &path,
                          const QUrlQuery &query) const;
};

// A request header, matched case-insensitively; empty when absent.
QByteArray header(const QHttpServerRequest &request, QByteArrayView name);

// A list parameter ("list(string)¦string" in the docs). Contract dialect: a JSON array (["a","b"]), "a,b", or
// repeated keys. Platform dialect, as Django's QueryDict.getlist reads it: repeated keys (?x=a&x=b) or one plain
// value, each taken literally, so JSON text is one value that matches nothing. nullopt when the key is absent.
std::optional<QStringList> listParameter(const QUrlQuery &query, const QString &key, Dialect dialect);

} // namespace coursedesk::refserver

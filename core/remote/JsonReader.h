#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace coursedesk {

// Reads the fields of one server JSON object. The first problem is kept, naming the field and the
// object ("lesson 12: field 'status' is missing"); later reads return defaults. Unknown fields are ignored.
class JsonReader final
{
public:
    enum class Presence
    {
        Required, // must be there and not null
        Optional, // may be absent or null
    };

    // `within` names the enclosing object ("section 3"), so that a problem is found even when the
    // object's own id is the broken field: "lesson in section 3: field 'id' is missing".
    JsonReader(const QJsonObject &object, QString what, QString within = {});

    // The object's integer id; the reader then names the object "<what> <id>" (+ " in <within>").
    qint64 id(QLatin1StringView field = QLatin1StringView("id"));

    qint64 integer(QLatin1StringView field, Presence presence, qint64 fallback = 0);
    double number(QLatin1StringView field, Presence presence, double fallback = 0);
    QString string(QLatin1StringView field, Presence presence);
    bool boolean(QLatin1StringView field, Presence presence, bool fallback = false);
    QDateTime dateTime(QLatin1StringView field, Presence presence); // ISO 8601, returned in UTC
    QJsonArray array(QLatin1StringView field, Presence presence);
    std::optional<QJsonObject> object(QLatin1StringView field, Presence presence);
    // An id the server may give as a number or as the object it names ({"id": N, …}; api-contract.md, "What
    // a platform server does differently", point 6). 0 when absent or null.
    // `what` names the object in messages ("creator").
    qint64 idOrObject(QLatin1StringView field, Presence presence, const QString &what);
    // A field that is one object, a list of them (possibly empty), or null: always a list.
    QList<QJsonObject> objectOrList(QLatin1StringView field, Presence presence);
    QList<qint64> idList(QLatin1StringView field, Presence presence);

    // A string field of a growing enumeration (api-contract.md, "What a platform server does differently",
    // point 7): an unknown value is the enumeration's Unknown, never an error; absent or null is `fallback`.
    template <typename E, typename OrUnknown>
    E growing(QLatin1StringView field, Presence presence, E fallback, OrUnknown orUnknown)
    {
        const QString text = string(field, presence);
        return text.isNull() ? fallback : orUnknown(text);
    }

    bool ok() const { return !m_error.has_value(); }
    const std::optional<Error> &error() const { return m_error; }
    const QString &name() const { return m_name; }

    // Records a problem found by the caller (for rules across fields).
    void fail(QLatin1StringView field, const QString &problem);
    // Adopts the error of a nested object, unless one is already recorded.
    void adopt(const Error &nested);

private:
    QJsonValue take(QLatin1StringView field, Presence presence, const char *expected, bool (QJsonValue::*isType)() const);

    QJsonObject m_object;
    QString m_what;
    QString m_within;
    QString m_name;
    std::optional<Error> m_error;
};

// Error code used for every mapping problem.
inline QString mappingErrorCode() { return QStringLiteral("bad_server_data"); }

} // namespace coursedesk

#include "remote/JsonReader.h"

#include <QCoreApplication>

#include <cmath>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::JsonReader", text);
}

constexpr double maxExactInteger = 9007199254740992.0; // 2^53

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return QCoreApplication::translate("coursedesk::JsonReader", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("coursedesk::JsonReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("coursedesk::JsonReader", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("coursedesk::JsonReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("coursedesk::JsonReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString what, QString within)
    : m_object(object)
    , m_what(std::move(what))
    , m_within(std::move(within))
    , m_name(m_within.isEmpty() ? m_what : tr("%1 in %2").arg(m_what, m_within))
{
}

void JsonReader::fail(QLatin1StringView field, const QString &problem)
{
    if (m_error)
        return;
    m_error = Error{mappingErrorCode(),
                    QCoreApplication::translate("coursedesk::JsonReader", "Unexpected data from the server: %1: field '%2' %3.")
                        .arg(m_name, field, problem)};
}

void JsonReader::adopt(const Error &nested)
{
    if (!m_error)
        m_error = nested;
}

QJsonValue JsonReader::take(QLatin1StringView field, Presence presence, const char *expected,
                            bool (QJsonValue::*isType)() const)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required)
            fail(field, value.isNull() ? tr("is null") : tr("is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    if (!(value.*isType)()) {
        fail(field, tr("should be %1 but is %2").arg(tr(expected), typeName(value)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

qint64 JsonReader::id(QLatin1StringView field)
{
    const qint64 value = integer(field, Presence::Required);
    if (ok() && value <= 0)
        fail(field, tr("should be a positive integer but is %1").arg(value));
    if (ok()) {
        m_name = m_what % u' ' % QString::number(value);
        if (!m_within.isEmpty())
            m_name = tr("%1 in %2").arg(m_name, m_within);
    }
    return value;
}

qint64 JsonReader::integer(QLatin1StringView field, Presence presence, qint64 fallback)
{
    const QJsonValue value = take(field, presence, "an integer", &QJsonValue::isDouble);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::fabs(number) > maxExactInteger) {
        fail(field, tr("should be an integer but is %1").arg(number));
        return fallback;
    }
    return qint64(number);
}

double JsonReader::number(QLatin1StringView field, Presence presence, double fallback)
{
    const QJsonValue value = take(field, presence, "a number", &QJsonValue::isDouble);
    return value.isUndefined() ? fallback : value.toDouble();
}

QString JsonReader::string(QLatin1StringView field, Presence presence)
{
    const QJsonValue value =
        take(field, presence, QT_TRANSLATE_NOOP("coursedesk::JsonReader", "a string"), &QJsonValue::isString);
    return value.isUndefined() ? QString() : value.toString();
}

bool JsonReader::boolean(QLatin1StringView field, Presence presence, bool fallback)
{
    const QJsonValue value = take(field, presence, "a boolean", &QJsonValue::isBool);
    return value.isUndefined() ? fallback : value.toBool();
}

QDateTime JsonReader::dateTime(QLatin1StringView field, Presence presence)
{
    const QString text = string(field, presence);
    if (text.isNull())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        fail(field, tr("should be an ISO 8601 date and time but is '%1'").arg(text));
        return {};
    }
    return parsed.toUTC();
}

QJsonArray JsonReader::array(QLatin1StringView field, Presence presence)
{
    const QJsonValue value =
        take(field, presence, QT_TRANSLATE_NOOP("coursedesk::JsonReader", "an array"), &QJsonValue::isArray);
    return value.isUndefined() ? QJsonArray() : value.toArray();
}

std::optional<QJsonObject> JsonReader::object(QLatin1StringView field, Presence presence)
{
    const QJsonValue value =
        take(field, presence, QT_TRANSLATE_NOOP("coursedesk::JsonReader", "an object"), &QJsonValue::isObject);
    if (value.isUndefined())
        return std::nullopt;
    return value.toObject();
}

qint64 JsonReader::idOrObject(QLatin1StringView field, Presence presence, const QString &what)
{
    const QJsonValue value = m_object.value(field);
    if (value.isObject()) {
        JsonReader inner(value.toObject(), what, m_name);
        const qint64 id = inner.id();
        if (!inner.ok())
            adopt(*inner.error());
        return id;
    }
    const qint64 id = integer(field, presence);
    if (ok() && id < 0)
        fail(field, tr("should be a positive integer but is %1").arg(id));
    return id;
}

QList<QJsonObject> JsonReader::objectOrList(QLatin1StringView field, Presence presence)
{
    const QJsonValue value = m_object.value(field);
    if (value.isObject())
        return {value.toObject()};
    QList<QJsonObject> objects;
    for (const QJsonValue &item : array(field, presence)) {
        if (!item.isObject()) {
            fail(field, tr("should hold objects but holds %1").arg(typeName(item)));
            return {};
        }
        objects.append(item.toObject());
    }
    return objects;
}

QList<qint64> JsonReader::idList(QLatin1StringView field, Presence presence)
{
    QList<qint64> ids;
    const QJsonArray values = array(field, presence);
    ids.reserve(values.size());
    for (const QJsonValue &value : values) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || std::trunc(number) != number || number <= 0 || number > maxExactInteger) {
            fail(field, tr("should hold positive integer ids but holds %1").arg(typeName(value)));
            return {};
        }
        ids.append(qint64(number));
    }
    return ids;
}

} // namespace coursedesk

#pragma once

#include "Dialect.h"
#include "Reply.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace coursedesk::refserver {

// One validation error as the platform's SDK error parser reads it: {"code", "field", "messages": [...]}.
struct FieldError final
{
    QString code;
    QString field;
    QStringList messages;
};

// The error bodies of a dialect.
// - contract (api-contract.md): {"error": CODE, "message": …} plus extra fields (reason, problems, …);
// - platform (Django REST Framework, platform-docs/apireference/v2/errors): {"detail": "…"} for 401, 403, 404,
//   405 and 429; {"<field>": ["…"]} for a bad query parameter; {"errors": [{"code", "field", "messages"}]} for a
//   body that fails validation. No machine codes on a 403: the detail is the reason the learner reads.
class Errors final
{
public:
    explicit Errors(Dialect dialect)
        : m_dialect(dialect)
    {}

    Dialect dialect() const { return m_dialect; }

    Reply unauthorized(const QString &message) const;
    // `code`: the contract's (NOT_JOINED, LESSON_LOCKED, FORBIDDEN); `extra`: the contract's additional fields.
    Reply forbidden(const QString &code, const QString &message, const QJsonObject &extra = {}) const;
    Reply notFound(const QString &message) const; // platform: always {"detail": "Not found."}
    Reply methodNotAllowed(const QByteArray &method) const;
    // A query parameter that cannot be used (limit, offset, ordering, view, user).
    Reply badParameter(const QString &field, const QString &message) const;
    // A body that is not what the endpoint takes at all (not JSON, wrong shape).
    Reply badBody(const QString &field, const QString &message) const;
    // A well-formed body that fails validation: the contract's code and extra fields, the platform's field errors.
    Reply invalid(const QString &code, const QString &message, const QList<FieldError> &errors,
                  const QJsonObject &extra = {}) const;
    Reply conflict(const QString &code, const QString &message) const;
    Reply serverError(const QString &message) const;
    // A status injected by /_test/faults (500, 502, 503, 429, …).
    Reply injected(int status, const QString &message) const;

private:
    Reply detail(int status, const QString &text) const;

    Dialect m_dialect;
};

} // namespace coursedesk::refserver

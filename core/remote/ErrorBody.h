#pragma once

#include <QByteArray>
#include <QString>

namespace coursedesk {

// What a server said in the body of an error reply, in whichever shape it chose (api-contract.md, "What a
// platform server does differently", point 4):
// - our contract: {"error": "CODE", "message": "…"}; OAuth: {"error": "invalid_grant", "error_description": "…"};
// - Django REST Framework: {"detail": "…"} (401/403/404/405/429), field errors {"<field>": ["…"]} and
//   {"non_field_errors": ["…"]}, nested for lists of objects, or a bare list ["…"];
// - the platform SDK's shape: {"errors": [{"code", "field", "messages": ["…"]}]};
// - a proxy's HTML page, plain text, or nothing at all.
// `message` is the server's own words for people (empty when it gave none we can show: HTML, binary, empty);
// `code` is a machine code when the body had one ("LESSON_LOCKED", "invalid_grant", the first "errors" code).
struct ErrorBody final
{
    QString code;
    QString message;

    // A message longer than this is cut (with an ellipsis): a server's text never floods a banner.
    static constexpr qsizetype maxMessageLength = 500;

    static ErrorBody parse(const QByteArray &body, const QByteArray &contentType = {});

    friend bool operator==(const ErrorBody &, const ErrorBody &) = default;
};

} // namespace coursedesk

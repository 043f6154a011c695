#pragma once

#include <QString>

namespace coursedesk {

// Text from a course, a server or the user shown on a button or a menu entry: an '&' in it is a character,
// not a keyboard mnemonic ("Q&A" must not become "QA" with Alt+A taken).
inline QString literalText(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

} // namespace coursedesk

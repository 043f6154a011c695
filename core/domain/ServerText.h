#pragma once

#include <QString>

namespace coursedesk {

// The one way a server's words reach people: our own sentence first, then what the server said, as detail and
// only when it adds something. Both are cleaned up (whitespace, final punctuation), so that a reason is never
// wrapped in brackets or punctuated twice ("…(Authentication credentials were not provided.))").
class ServerText final
{
public:
    // "Our sentence. The server said: “Its words.”"; just the sentence when the server said nothing, or the same.
    // With no sentence of ours, the server's words alone, as a sentence.
    static QString compose(const QString &sentence, const QString &serverWords);
    // A text as a sentence: whitespace simplified, one final full stop (or ?, !, …); empty stays empty.
    static QString sentence(const QString &text);
};

} // namespace coursedesk

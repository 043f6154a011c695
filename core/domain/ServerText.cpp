#include "domain/ServerText.h"

#include <QCoreApplication>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

bool endsASentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'…' || c == u'。';
}

bool isClosingQuote(QChar c)
{
    return c == u'”' || c == u'’' || c == u'"' || c == u'»' || c == u'“' || c == u'\'';
}

// For comparing two texts: lower case, letters and digits only.
QString gist(const QString &text)
{
    QString letters;
    letters.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            letters.append(c.toLower());
    }
    return letters;
}

} // namespace

QString ServerText::sentence(const QString &text)
{
    QString result = text.simplified();
    // Trailing separators that would be punctuated again: "first:" / "first;" / "first,,".
    while (!result.isEmpty() && (result.back() == u':' || result.back() == u';' || result.back() == u','))
        result.chop(1);
    result = result.trimmed();
    if (result.isEmpty())
        return {};
    // Repeated final stops ("done.." or "done. .") become one.
    while (result.size() > 1 && endsASentence(result.back()) && result.back() != u'…' &&
           (endsASentence(result.at(result.size() - 2)) || result.at(result.size() - 2).isSpace()))
        result.remove(result.size() - 2, 1);
    // A quotation that ends a sentence ("… said: “Not found.”") ends it for us too.
    qsizetype last = result.size() - 1;
    while (last > 0 && isClosingQuote(result.at(last)))
        --last;
    if (!endsASentence(result.at(last)))
        result.append(u'.');
    return result;
}

QString ServerText::compose(const QString &ours, const QString &serverWords)
{
    const QString mine = sentence(ours);
    const QString theirs = sentence(serverWords);
    if (theirs.isEmpty())
        return mine;
    if (mine.isEmpty())
        return theirs;
    const QString theirGist = gist(theirs);
    if (theirGist.isEmpty() || gist(mine).contains(theirGist))
        return mine; // the server said nothing we do not say already
    const QString form = QCoreApplication::translate("coursedesk::ServerText", "%1 The server said: “%2”");
    // Words composed already (a reason the sync kept: "The lesson no longer exists on the server. The server said:
    // “Not found.”") follow our sentence as they are: never quoted inside a quote.
    const QString attribution = form.section(u"%2"_s, 0, 0).section(u"%1"_s, 1).trimmed();
    if (!attribution.isEmpty() && theirs.contains(attribution))
        return mine + u' ' + theirs;
    return form.arg(mine, theirs);
}

} // namespace coursedesk

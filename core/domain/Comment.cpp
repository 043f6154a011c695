#include "domain/Comment.h"

#include <QRegularExpression>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(u"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == u"amp"_s)
            out += u'&';
        else if (name == u"lt"_s)
            out += u'<';
        else if (name == u"gt"_s)
            out += u'>';
        else if (name == u"quot"_s)
            out += u'"';
        else if (name == u"apos"_s)
            out += u'\'';
        else if (name == u"nbsp"_s)
            out += u' ';
        else {
            bool ok = false;
            const uint code = name.startsWith(u"#x"_s) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString collapse(const QString &text)
{
    return text.simplified();
}

} // namespace

QString CommentText::plain(const QString &html)
{
    static const QRegularExpression breaks(u"<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression spaces(u"[ \\t\\r]+"_s);
    QString text = html;
    text.replace(breaks, u"\n"_s);
    text.remove(tags);
    text = decodeEntities(text);
    text.replace(spaces, u" "_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines.append(line.trimmed());
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    return lines.join(u'\n');
}

bool CommentText::sameWords(const QString &html, const QString &text)
{
    return collapse(plain(html)) == collapse(text);
}

CommentAuthorship::Match CommentAuthorship::howMatched(const CommentAuthor &self, const CommentAuthor &author)
{
    if (self.id != 0 && author.id != 0)
        return Match::ById;
    if (!self.username.isEmpty() && !author.username.isEmpty())
        return Match::ByName;
    return Match::NotDecidable;
}

bool CommentAuthorship::isMine(const CommentAuthor &self, const CommentAuthor &author)
{
    switch (howMatched(self, author)) {
    case Match::ById:
        return self.id == author.id;
    case Match::ByName:
        return self.username == author.username;
    case Match::NotDecidable:
        break;
    }
    return false;
}

} // namespace coursedesk

#include "storage/SearchText.h"

#include <QHash>

namespace coursedesk::searchtext {

using namespace Qt::StringLiterals;

namespace {

QString decodeReference(QStringView name)
{
    static const QHash<QString, QString> named{
        {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},     {u"gt"_s, u">"_s},     {u"quot"_s, u"\""_s},  {u"apos"_s, u"'"_s},
        {u"nbsp"_s, u" "_s},  {u"eacute"_s, u"é"_s}, {u"egrave"_s, u"è"_s}, {u"agrave"_s, u"à"_s}, {u"ouml"_s, u"ö"_s},
        {u"uuml"_s, u"ü"_s},  {u"auml"_s, u"ä"_s},   {u"szlig"_s, u"ß"_s},  {u"ccedil"_s, u"ç"_s}, {u"ndash"_s, u"–"_s},
        {u"mdash"_s, u"—"_s}, {u"hellip"_s, u"…"_s}, {u"rsquo"_s, u"’"_s},  {u"lsquo"_s, u"‘"_s},  {u"ldquo"_s, u"“"_s},
        {u"rdquo"_s, u"”"_s}, {u"copy"_s, u"©"_s},
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')) ? name.mid(2).toUInt(&ok, 16)
                                                                                          : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return {};
        const char32_t ch = code;
        return QString::fromUcs4(&ch, 1);
    }
    return named.value(name.toString());
}

bool isBlockTag(QStringView tag)
{
    static const QStringList blocks{u"p"_s,  u"br"_s, u"div"_s, u"li"_s,         u"ul"_s,    u"ol"_s,     u"tr"_s,
                                    u"td"_s, u"th"_s, u"h1"_s,  u"h2"_s,         u"h3"_s,    u"h4"_s,     u"h5"_s,
                                    u"h6"_s, u"hr"_s, u"pre"_s, u"blockquote"_s, u"table"_s, u"section"_s};
    for (const QString &block : blocks) {
        if (tag.compare(block, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString fromHtml(const QString &html)
{
    // One pass over the characters, writing straight into a buffer of the input's size (the output is never
    // longer: tags and references only shrink).
    const qsizetype n = html.size();
    const QChar *in = html.constData();
    QString out(n, Qt::Uninitialized);
    QChar *o = out.data();
    QChar *const begin = o;
    bool space = true; // no leading space
    const auto putSpace = [&] {
        if (!space)
            *o++ = u' ';
        space = true;
    };
    const auto put = [&](QChar c) {
        if (c.unicode() <= 0x20 || (c.unicode() >= 0x7f && c.isSpace())) {
            putSpace();
        } else {
            *o++ = c;
            space = false;
        }
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = in[i];
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0) { // a lone '<' is text
                put(c);
                ++i;
                continue;
            }
            QStringView tag = QStringView(in + i + 1, end - i - 1).trimmed();
            const bool opening = !tag.startsWith(u'/');
            if (!opening)
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            const QStringView name = tag.left(nameEnd);
            if (opening && (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                            name.compare(u"style", Qt::CaseInsensitive) == 0)) {
                const qsizetype close = html.indexOf(u"</"_s + name.toString(), end, Qt::CaseInsensitive);
                const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(u'>', close);
                i = closeEnd < 0 ? n : closeEnd + 1;
                continue;
            }
            if (isBlockTag(name))
                putSpace();
            i = end + 1;
        } else if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i + 1);
            if (semi > i + 1 && semi - i <= 10) {
                const QString decoded = decodeReference(QStringView(in + i + 1, semi - i - 1));
                if (!decoded.isEmpty()) {
                    for (QChar d : decoded)
                        put(d);
                    i = semi + 1;
                    continue;
                }
            }
            put(c);
            ++i;
        } else {
            put(c);
            ++i;
        }
    }
    if (o > begin && space && o[-1] == u' ')
        --o;
    out.truncate(o - begin);
    return out;
}

QString ofLessonBody(const LessonBody &body)
{
    QStringList parts;
    if (const QString text = fromHtml(body.html); !text.isEmpty())
        parts << text;
    for (const Question &question : body.questions) {
        parts << fromHtml(question.text);
        for (const Answer &answer : question.answers)
            parts << fromHtml(answer.text);
    }
    for (const Media &media : body.medias) {
        if (!media.title.isEmpty())
            parts << media.title;
    }
    parts.removeAll(QString());
    return parts.join(u'\n');
}

} // namespace coursedesk::searchtext

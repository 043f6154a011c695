#include "domain/MediaRefs.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString decodeEntities(QString value)
{
    static const QRegularExpression numeric(uR"re(&#(x[0-9a-fA-F]+|[0-9]+);)re"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = numeric.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += value.mid(from, match.capturedStart() - from);
        const QString code = match.captured(1);
        bool ok = false;
        const uint point = code.startsWith(u'x') ? code.mid(1).toUInt(&ok, 16) : code.toUInt(&ok, 10);
        if (ok && point > 0 && point <= 0x10FFFF) {
            const char32_t c = point;
            out += QString::fromUcs4(&c, 1);
        }
        from = match.capturedEnd();
    }
    out += value.mid(from);
    out.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&apos;"_s, u"'"_s);
    out.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
    return out.trimmed();
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(uR"re(\s%1\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))re"_s.arg(name),
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (!match.captured(i).isNull())
            return decodeEntities(match.captured(i));
    }
    return {};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::ContentSniff", text);
}

} // namespace

QUrl MediaRefs::resolve(const QString &address, const QUrl &server)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == u"data"_s || scheme == u"javascript"_s || scheme == u"mailto"_s || scheme == u"tel"_s)
        return {};
    if (url.isRelative())
        return server.resolved(url);
    return url;
}

QStringList MediaRefs::imageSources(const QString &html)
{
    static const QRegularExpression image(uR"re(<img\b[^>]*>)re"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList sources;
    for (auto it = image.globalMatch(html); it.hasNext();)
        sources << attribute(u" "_s + it.next().captured(0).mid(4), u"src"_s);
    return sources;
}

MediaUse MediaRefs::useOfMediaType(const QString &type)
{
    const QString t = type.toLower();
    if (t == u"image"_s)
        return MediaUse::Image;
    if (t == u"url"_s || t == u"embed"_s || t == u"video"_s || t == u"audio"_s || t == u"link"_s)
        return MediaUse::Link;
    return MediaUse::Attachment;
}

QList<MediaRef> MediaRefs::ofLesson(const Lesson &lesson, const QUrl &server)
{
    QList<MediaRef> refs;
    QSet<QUrl> seen;
    auto add = [&](const QString &address, MediaUse use, const QString &title, const QString &type) {
        const QUrl url = resolve(address, server);
        if (url.isEmpty() || seen.contains(url))
            return;
        seen.insert(url);
        refs.append(MediaRef{url, use, title, type});
    };
    if (!lesson.hasBody)
        return refs;
    static const QRegularExpression image(uR"re(<img\b[^>]*>)re"_s, QRegularExpression::CaseInsensitiveOption);
    const QString &html = lesson.body->html;
    for (auto it = image.globalMatch(html); it.hasNext();) {
        const QString tag = u" "_s + it.next().captured(0).mid(4);
        add(attribute(tag, u"src"_s), MediaUse::Image, attribute(tag, u"alt"_s), u"img"_s);
    }
    for (const Question &question : lesson.body->questions)
        add(question.image, MediaUse::Image, question.text, u"question"_s);
    for (const Media &media : lesson.body->medias) {
        const MediaUse use = useOfMediaType(media.type);
        add(media.url, use, media.title, media.type);
        if (use != MediaUse::Image && !media.image.isEmpty())
            add(media.image, MediaUse::Image, media.title, u"image"_s); // a preview picture of a file or a link
    }
    return refs;
}

QByteArray ContentSniff::detect(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (head.startsWith("\xFF\xD8\xFF"))
        return "image/jpeg";
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return "image/gif";
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return "image/webp";
    if (head.startsWith("%PDF-"))
        return "application/pdf";
    if (head.startsWith("PK\x03\x04"))
        return "application/zip";
    QByteArray text = head.left(1024);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.mid(3);
    text = text.trimmed().toLower();
    if (text.startsWith("<svg") || ((text.startsWith("<?xml") || text.startsWith("<!--")) && text.contains("<svg")))
        return "image/svg+xml";
    if (text.startsWith("<!doctype html") || text.startsWith("<html"))
        return "text/html";
    return {};
}

std::optional<QString> ContentSniff::disagreement(const QByteArray &declaredType, const QByteArray &head, MediaUse use)
{
    QByteArray declared = declaredType.split(';').value(0).trimmed().toLower();
    if (declared == "image/jpg" || declared == "image/pjpeg")
        declared = "image/jpeg";
    const QByteArray found = detect(head);
    if (use == MediaUse::Image) {
        if (!found.startsWith("image/"))
            return tr("it is not a picture");
        if (declared.startsWith("image/") && declared != found) {
            return tr("the server calls it %1, but it is %2")
                .arg(QString::fromLatin1(declared), QString::fromLatin1(found));
        }
        return std::nullopt;
    }
    // A declared type whose bytes have a signature must show it; an office document is a zip inside.
    static const QList<QByteArray> signed_{"image/png",  "image/jpeg",      "image/gif",
                                           "image/webp", "application/pdf", "application/zip"};
    if (signed_.contains(declared) && declared != found) {
        return tr("the server calls it %1, but its contents are %2")
            .arg(QString::fromLatin1(declared), found.isEmpty() ? tr("something else") : QString::fromLatin1(found));
    }
    if (found == "text/html" && declared != "text/html")
        return tr("it is a web page, not a file");
    return std::nullopt;
}

} // namespace coursedesk

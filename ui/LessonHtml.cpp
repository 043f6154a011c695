#include "LessonHtml.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

// LessonHtml is no QObject: its texts are translated in its class's context, by name (lupdate reads the calls).
QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::LessonHtml", text);
}

// The attributes of one tag: name (lower case) → value, entities left as written.
QHash<QString, QString> attributesOf(const QString &tag)
{
    static const QRegularExpression attribute(
        uR"re(([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))re"_s);
    QHash<QString, QString> attributes;
    for (auto it = attribute.globalMatch(tag); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString value = match.captured(2);
        if (value.isNull())
            value = match.captured(3);
        if (value.isNull())
            value = match.captured(4);
        attributes.insert(match.captured(1).toLower(), value);
    }
    return attributes;
}

// Text from HTML (entities decoded, tags dropped), whitespace simplified.
QString plainText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
}

// An attribute's value as written in the HTML (entities decoded).
QString decoded(const QString &value)
{
    return QTextDocumentFragment::fromHtml(value).toPlainText().trimmed();
}

// A web address to open in the browser; anything else (a relative path, javascript:) is no link.
QUrl linkOf(const QString &src)
{
    const QUrl url(decoded(src));
    return url.scheme() == u"https"_s || url.scheme() == u"http"_s ? url : QUrl();
}

QString anchor(const QUrl &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text);
}

QString imagePlaceholder(const QHash<QString, QString> &attributes, const QString &whyMissing = {})
{
    const QString alt = plainText(attributes.value(u"alt"_s));
    const QUrl link = linkOf(attributes.value(u"src"_s));
    const QString label =
        (alt.isEmpty() ? QCoreApplication::translate("coursedesk::LessonHtml", "Picture") : alt).toHtmlEscaped();
    const QString icon =
        u"<img src=\"%1\" width=\"16\" height=\"16\">"_s.arg(LessonHtml::placeholderImage().toString());
    const QString title =
        (whyMissing.isEmpty()
             ? QCoreApplication::translate("coursedesk::LessonHtml", "This picture is not available offline yet.")
             : QCoreApplication::translate("coursedesk::LessonHtml", "This picture is not available offline: %1")
                   .arg(whyMissing))
            .toHtmlEscaped();
    const QString text = link.isValid() ? anchor(link, label) : u"<i>%1</i>"_s.arg(label);
    return u"<span title=\"%1\">%2&nbsp;%3</span>"_s.arg(title, icon, text);
}

QString embedCard(const QString &kind, const QUrl &link, const QString &title)
{
    QString card = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"8\" width=\"100%\"><tr><td>"_s;
    card += u"<b>%1</b><br>"_s.arg(
        (title.isEmpty() ? kind : QCoreApplication::translate("coursedesk::LessonHtml", "%1: %2").arg(kind, title))
            .toHtmlEscaped());
    card += QCoreApplication::translate("coursedesk::LessonHtml", "CourseDesk cannot play it here.").toHtmlEscaped();
    if (link.isValid()) {
        card +=
            u" "_s + anchor(link, QCoreApplication::translate("coursedesk::LessonHtml", "Open it in the browser (%1)")
                                      .arg(link.host())
                                      .toHtmlEscaped());
    }
    card += u"</td></tr></table>"_s;
    return card;
}

// The link of a <video>/<audio>: its src, else its first <source src>.
QUrl mediaLink(const QString &element)
{
    static const QRegularExpression openTag(uR"re(^<[a-zA-Z]+\b[^>]*>)re"_s);
    const QUrl own = linkOf(attributesOf(openTag.match(element).captured()).value(u"src"_s));
    if (own.isValid())
        return own;
    static const QRegularExpression source(uR"re(<source\b[^>]*>)re"_s, QRegularExpression::CaseInsensitiveOption);
    return linkOf(attributesOf(source.match(element).captured()).value(u"src"_s));
}

QString withoutRepeatedTitle(const QString &html, const QString &title)
{
    static const QRegularExpression firstHeading(
        uR"re(^\s*(?:<(?:div|section|article|header)\b[^>]*>\s*)?(<h([1-6])\b[^>]*>(.*?)</h\2\s*>))re"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = firstHeading.match(html);
    if (!match.hasMatch() || plainText(match.captured(3)).compare(title.simplified(), Qt::CaseInsensitive) != 0)
        return html;
    return html.left(match.capturedStart(1)) + html.mid(match.capturedEnd(1));
}

} // namespace

QUrl LessonHtml::placeholderImage()
{
    return QUrl(u"coursedesk:missing-picture"_s);
}

bool LessonHtml::isLocalImage(const QUrl &url)
{
    return url.scheme() == u"data"_s || url.scheme() == u"qrc"_s || url == placeholderImage();
}

QString LessonHtml::prepare(const QString &html, const QString &title, const LocalImages &images)
{
    QString result = withoutRepeatedTitle(html, title);

    static const QRegularExpression image(uR"re(<img\b[^>]*>)re"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression frame(
        uR"re(<(iframe|video|audio|object)\b[^>]*?(?:/>|>.*?</\1\s*>)|<embed\b[^>]*>)re"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);

    QString out;
    qsizetype from = 0;
    for (auto it = frame.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += result.mid(from, match.capturedStart() - from);
        const QString element = match.captured(0);
        const QString kind = match.captured(1).toLower();
        QUrl link = kind == u"video"_s || kind == u"audio"_s
                        ? mediaLink(element)
                        : linkOf(attributesOf(element).value(kind == u"object"_s ? u"data"_s : u"src"_s));
        const QString host = link.host().toLower();
        const bool video = kind == u"video"_s || host.contains(u"youtube"_s) || host.contains(u"youtu.be"_s) ||
                           host.contains(u"vimeo"_s);
        const QHash<QString, QString> own = attributesOf(element.left(element.indexOf(u'>') + 1));
        out += embedCard(video                ? tr("Video")
                         : kind == u"audio"_s ? tr("Audio")
                                              : tr("Embedded content"),
                         link, plainText(own.value(u"title"_s, own.value(u"aria-label"_s))));
        from = match.capturedEnd();
    }
    out += result.mid(from);
    result = out;

    out.clear();
    from = 0;
    for (auto it = image.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += result.mid(from, match.capturedStart() - from);
        const QHash<QString, QString> attributes = attributesOf(match.captured(0));
        const QString address = decoded(attributes.value(u"src"_s));
        const QUrl src(address);
        const QString copy = isLocalImage(src) || !images.copyOf ? QString() : images.copyOf(address);
        if (isLocalImage(src)) {
            out += match.captured(0);
        } else if (!copy.isEmpty()) {
            // The offline copy, with the picture's own alt text and size.
            QString tag =
                u"<img src=\"%1\""_s.arg(QUrl::fromLocalFile(copy).toString(QUrl::FullyEncoded).toHtmlEscaped());
            for (const QString &name : {u"alt"_s, u"width"_s, u"height"_s, u"title"_s}) {
                if (attributes.contains(name))
                    tag += u" %1=\"%2\""_s.arg(name, decoded(attributes.value(name)).toHtmlEscaped());
            }
            out += tag + u">"_s;
        } else {
            out += imagePlaceholder(attributes, images.whyMissing ? images.whyMissing(address) : QString());
        }
        from = match.capturedEnd();
    }
    out += result.mid(from);
    return out;
}

} // namespace coursedesk

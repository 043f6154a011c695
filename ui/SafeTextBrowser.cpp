#include "SafeTextBrowser.h"

#include "LessonHtml.h"
#include "LessonTextAccessible.h"

#include "domain/Logging.h"

#include <QEvent>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTextFrame>

namespace coursedesk {

namespace {

// A small picture frame with a mountain and a sun, in the text's colour: where a picture will be.
QImage placeholderPicture(const QColor &ink, qreal ratio)
{
    const int size = qRound(16 * ratio);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(ratio, ratio);
    QColor faint = ink;
    faint.setAlphaF(0.7);
    p.setPen(QPen(faint, 1.2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(1.5, 2.5, 13, 11), 1.5, 1.5);
    p.setBrush(faint);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(9.5, 4.5, 2.5, 2.5));
    p.drawPolygon(
        QPolygonF{QPointF(2.5, 12.5), QPointF(6.5, 7), QPointF(9.5, 10.5), QPointF(11, 9), QPointF(13.5, 12.5)});
    p.end();
    image.setDevicePixelRatio(ratio);
    return image;
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    installLessonTextAccessible(); // assistive tools read it as a document
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // A link within the lesson scrolls to its anchor; any other is the caller's to open (or refuse).
        if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
            scrollToAnchor(url.fragment());
            return;
        }
        emit linkRequested(url);
    });
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    if (name == LessonHtml::placeholderImage())
        return placeholderPicture(palette().color(QPalette::Text), devicePixelRatio());
    if (name.scheme() == QLatin1StringView("qrc") || name.scheme() == QLatin1StringView("data"))
        return QTextBrowser::loadResource(type, name);
    if (name.isLocalFile() && type == QTextDocument::ImageResource && !m_localFolder.isEmpty()) {
        // An offline copy of the lesson's picture, and only from the account's files folder.
        const QString path = QFileInfo(name.toLocalFile()).canonicalFilePath();
        if (!path.isEmpty() && path.startsWith(m_localFolder)) {
            QImage image(path);
            if (!image.isNull())
                return image;
        }
        return placeholderPicture(palette().color(QPalette::Text), devicePixelRatio());
    }
    qCDebug(lcUiBrowser) << "blocked a resource load of scheme" << name.scheme();
    return {};
}

void SafeTextBrowser::setLocalFolder(const QString &folder)
{
    const QString canonical = folder.isEmpty() ? QString() : QFileInfo(folder).canonicalFilePath();
    m_localFolder = canonical.isEmpty() ? QString() : canonical + u'/';
}

void SafeTextBrowser::showHtml(const QString &html, bool fromTheTop)
{
    if (html != m_html || document()->isEmpty()) {
        const int position = verticalScrollBar()->value();
        m_html = html;
        setHtml(html);
        keepReadingWidth();
        if (!fromTheTop)
            verticalScrollBar()->setValue(position);
    }
    if (fromTheTop)
        verticalScrollBar()->setValue(0);
}

int SafeTextBrowser::readingWidth() const
{
    return fontMetrics().averageCharWidth() * readingColumnChars;
}

void SafeTextBrowser::keepReadingWidth()
{
    // The spare width goes to equal margins of the document's root frame: the viewport stays whole (the wheel, the
    // selection and the scroll bar work everywhere) and the lines stay readable.
    const int available = viewport()->width() - 2 * int(document()->documentMargin());
    const int spare = std::max(0, available - readingWidth());
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (qRound(format.leftMargin()) == spare / 2 && qRound(format.rightMargin()) == spare - spare / 2)
        return;
    format.setLeftMargin(spare / 2);
    format.setRightMargin(spare - spare / 2);
    document()->rootFrame()->setFrameFormat(format);
}

void SafeTextBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    keepReadingWidth();
}

void SafeTextBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        keepReadingWidth();
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty()) {
        // The placeholder pictures are drawn in the text's colour: draw them again.
        const int position = verticalScrollBar()->value();
        setHtml(m_html);
        keepReadingWidth();
        verticalScrollBar()->setValue(position);
    }
}

} // namespace coursedesk

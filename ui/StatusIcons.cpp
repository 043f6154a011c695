#include "StatusIcons.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace coursedesk {

namespace {

// An icon drawn by a function on a 16 × 16 design grid, at the size it is asked for, when first asked:
// nothing is painted before the outline shows its first row (the window's first frame pays nothing), and
// every size and device pixel ratio gets its own crisp pixmap. Disabled icons are drawn faded.
class PaintedIconEngine final : public QIconEngine
{
public:
    using Draw = void (*)(QPainter &);

    explicit PaintedIconEngine(Draw draw)
        : m_draw(draw)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect.topLeft(), drawn);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return {};
        const quint64 key =
            (quint64(quint32(size.width())) << 34) | (quint64(quint32(size.height())) << 2) | quint64(mode);
        if (const auto cached = m_pixmaps.constFind(key); cached != m_pixmaps.cend())
            return *cached;
        QPixmap drawn(size);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size.width() / 16.0, size.height() / 16.0);
        m_draw(painter);
        if (mode == QIcon::Disabled) { // faded: every pixel keeps 40 % of its alpha
            painter.resetTransform();
            painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            painter.fillRect(drawn.rect(), QColor(0, 0, 0, 102));
        }
        painter.end();
        if (mode == QIcon::Selected)
            drawn = withHalo(drawn);
        m_pixmaps.insert(key, drawn);
        return drawn;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaintedIconEngine(*this); }
    QString key() const override { return QStringLiteral("coursedesk-painted"); }

private:
    // On a selected row the highlight can swallow a grey lock: a light outline around the shape keeps every
    // state readable on any highlight colour.
    static QPixmap withHalo(const QPixmap &shape)
    {
        const QImage image = shape.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QImage result(image.size(), QImage::Format_ARGB32_Premultiplied);
        result.fill(Qt::transparent);
        QPainter painter(&result);
        const int radius = std::max(1, image.width() / 16);
        for (int dx = -radius; dx <= radius; ++dx) {
            for (int dy = -radius; dy <= radius; ++dy)
                painter.drawImage(QPoint(dx, dy), image);
        }
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(result.rect(), QColor(255, 255, 255, 235));
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.drawImage(QPoint(0, 0), image);
        painter.end();
        return QPixmap::fromImage(result);
    }

    Draw m_draw;
    QHash<quint64, QPixmap> m_pixmaps; // by size and mode: a handful of entries
};

QIcon paint(PaintedIconEngine::Draw draw)
{
    return QIcon(new PaintedIconEngine(draw));
}

} // namespace

StatusIcons::StatusIcons()
{
    m_lesson = paint([](QPainter &p) {
        p.setPen(QPen(QColor(0x4a, 0x55, 0x68), 1.2));
        p.setBrush(QColor(0xed, 0xf2, 0xf7));
        p.drawRoundedRect(QRectF(3, 1.5, 10, 13), 1.5, 1.5);
        for (qreal y : {5.0, 8.0, 11.0})
            p.drawLine(QPointF(5.5, y), QPointF(10.5, y));
    });
    m_quiz = paint([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x80, 0x5a, 0xd5));
        p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
        QPainterPath q;
        q.moveTo(5.8, 6.2);
        q.cubicTo(5.8, 3.4, 10.4, 3.4, 10.2, 6.0);
        q.cubicTo(10.1, 7.6, 8.0, 7.8, 8.0, 9.6);
        p.setBrush(Qt::NoBrush);
        p.drawPath(q);
        p.drawPoint(QPointF(8.0, 12.0));
    });
    m_completed = paint([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2f, 0x85, 0x5a));
        p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QList<QPointF>{{4.8, 8.3}, {7.0, 10.5}, {11.2, 5.6}});
    });
    m_failed = paint([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc5, 0x30, 0x30));
        p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
    });
    m_locked = paint([](QPainter &p) {
        p.setPen(QPen(QColor(0x71, 0x80, 0x96), 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(4.5, 1.5, 7, 9), 0, 180 * 16);
        p.drawLine(QPointF(4.5, 6), QPointF(4.5, 7.5));
        p.drawLine(QPointF(11.5, 6), QPointF(11.5, 7.5));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x71, 0x80, 0x96));
        p.drawRoundedRect(QRectF(3, 7, 10, 7.5), 1.5, 1.5);
    });
    m_draft = paint([](QPainter &p) {
        p.setPen(QPen(QColor(0xb7, 0x79, 0x1f), 1.2, Qt::DashLine));
        p.setBrush(QColor(0xff, 0xfa, 0xf0));
        p.drawRoundedRect(QRectF(3, 1.5, 10, 13), 1.5, 1.5);
        p.setPen(QPen(QColor(0xb7, 0x79, 0x1f), 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(6, 11), QPointF(11, 6));
    });
}

const QIcon &StatusIcons::forLesson(const Lesson &lesson, const LessonAccess &access) const
{
    if (!lesson.isPublished())
        return m_draft;
    if (!access.isAccessible())
        return m_locked;
    if (lesson.completion == Completion::Completed)
        return m_completed;
    if (lesson.completion == Completion::Failed)
        return m_failed;
    return lesson.isQuiz() ? m_quiz : m_lesson;
}

} // namespace coursedesk

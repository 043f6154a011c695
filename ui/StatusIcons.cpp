#include "StatusIcons.h"

#include "StatusColors.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace coursedesk {

namespace {

// An icon drawn by a function on a 16 × 16 design grid, at the size it is asked for, when first asked:
// nothing is painted before the outline shows its first row (the window's first frame pays nothing), and
// every size and device pixel ratio gets its own crisp pixmap. Disabled icons are drawn faded. The colours come
// from the application's palette when the icon is drawn (StatusColors): a switch to a dark palette draws the
// light shades, readable on a dark background.
class PaintedIconEngine final : public QIconEngine
{
public:
    using Draw = void (*)(QPainter &, const StatusColors &);

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
        const bool dark = StatusColors::isDark(QGuiApplication::palette());
        const quint64 key = (quint64(quint32(size.width())) << 34) | (quint64(quint32(size.height())) << 3) |
                            (quint64(mode) << 1) | quint64(dark);
        if (const auto cached = m_pixmaps.constFind(key); cached != m_pixmaps.cend())
            return *cached;
        QPixmap drawn(size);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size.width() / 16.0, size.height() / 16.0);
        m_draw(painter, dark ? StatusColors::dark() : StatusColors::light());
        if (mode == QIcon::Disabled) { // faded: every pixel keeps 40 % of its alpha
            painter.resetTransform();
            painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            painter.fillRect(drawn.rect(), QColor(0, 0, 0, 102));
        }
        painter.end();
        if (mode == QIcon::Selected)
            drawn = withHalo(drawn, dark);
        m_pixmaps.insert(key, drawn);
        return drawn;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaintedIconEngine(*this); }
    QString key() const override { return QStringLiteral("coursedesk-painted"); }

private:
    // On a selected row the highlight can swallow a grey lock: an outline around the shape (light on a light
    // palette's highlight, dark on a dark one's) keeps every state readable on any highlight colour.
    static QPixmap withHalo(const QPixmap &shape, bool dark)
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
        painter.fillRect(result.rect(), dark ? QColor(0x10, 0x10, 0x14, 235) : QColor(255, 255, 255, 235));
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.drawImage(QPoint(0, 0), image);
        painter.end();
        return QPixmap::fromImage(result);
    }

    Draw m_draw;
    QHash<quint64, QPixmap> m_pixmaps; // by size, mode and palette: a handful of entries
};

QIcon paint(PaintedIconEngine::Draw draw)
{
    return QIcon(new PaintedIconEngine(draw));
}

void drawCompleted(QPainter &p, const StatusColors &c)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c.success);
    p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    p.setPen(QPen(c.onColour, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(QList<QPointF>{{4.8, 8.3}, {7.0, 10.5}, {11.2, 5.6}});
}

void drawFailed(QPainter &p, const StatusColors &c)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c.failure);
    p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    p.setPen(QPen(c.onColour, 1.8, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
    p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
}

void drawLock(QPainter &p, const QColor &colour)
{
    p.setPen(QPen(colour, 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(4.5, 1.5, 7, 9), 0, 180 * 16);
    p.drawLine(QPointF(4.5, 6), QPointF(4.5, 7.5));
    p.drawLine(QPointF(11.5, 6), QPointF(11.5, 7.5));
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(3, 7, 10, 7.5), 1.5, 1.5);
}

// A state that a lock holds again (a lesson completed, then locked by an earlier "incomplete"): the state, smaller,
// with a lock in its lower right corner.
void drawWithLockBadge(QPainter &p, const StatusColors &c, void (*state)(QPainter &, const StatusColors &))
{
    p.save();
    p.scale(0.78, 0.78);
    state(p, c);
    p.restore();
    p.save();
    p.translate(7.5, 7.0);
    p.scale(0.56, 0.56);
    drawLock(p, c.locked);
    p.restore();
}

} // namespace

StatusIcons::StatusIcons()
{
    m_lesson = paint([](QPainter &p, const StatusColors &c) {
        p.setPen(QPen(c.pageLine, 1.2));
        p.setBrush(c.pageFill);
        p.drawRoundedRect(QRectF(3, 1.5, 10, 13), 1.5, 1.5);
        for (qreal y : {5.0, 8.0, 11.0})
            p.drawLine(QPointF(5.5, y), QPointF(10.5, y));
    });
    m_quiz = paint([](QPainter &p, const StatusColors &c) {
        p.setPen(Qt::NoPen);
        p.setBrush(c.quiz);
        p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        p.setPen(QPen(c.onColour, 1.8, Qt::SolidLine, Qt::RoundCap));
        QPainterPath q;
        q.moveTo(5.8, 6.2);
        q.cubicTo(5.8, 3.4, 10.4, 3.4, 10.2, 6.0);
        q.cubicTo(10.1, 7.6, 8.0, 7.8, 8.0, 9.6);
        p.setBrush(Qt::NoBrush);
        p.drawPath(q);
        p.drawPoint(QPointF(8.0, 12.0));
    });
    m_completed = paint(drawCompleted);
    m_failed = paint(drawFailed);
    m_locked = paint([](QPainter &p, const StatusColors &c) { drawLock(p, c.locked); });
    m_completedLocked = paint([](QPainter &p, const StatusColors &c) { drawWithLockBadge(p, c, drawCompleted); });
    m_failedLocked = paint([](QPainter &p, const StatusColors &c) { drawWithLockBadge(p, c, drawFailed); });
    m_draft = paint([](QPainter &p, const StatusColors &c) {
        p.setPen(QPen(c.draft, 1.2, Qt::DashLine));
        p.setBrush(c.draftFill);
        p.drawRoundedRect(QRectF(3, 1.5, 10, 13), 1.5, 1.5);
        p.setPen(QPen(c.draft, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(6, 11), QPointF(11, 6));
    });
}

const QIcon &StatusIcons::forLesson(const Lesson &lesson, const LessonAccess &access) const
{
    if (!lesson.isPublished())
        return m_draft;
    if (!access.isAccessible()) {
        // Locked again after it was completed (or failed): both states, the lock as a badge.
        if (lesson.completion == Completion::Completed)
            return m_completedLocked;
        if (lesson.completion == Completion::Failed)
            return m_failedLocked;
        return m_locked;
    }
    if (lesson.completion == Completion::Completed)
        return m_completed;
    if (lesson.completion == Completion::Failed)
        return m_failed;
    return lesson.isQuiz() ? m_quiz : m_lesson;
}

} // namespace coursedesk

#include "FocusRing.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QTextEdit>

namespace coursedesk {

FocusRing::FocusRing(QWidget *window)
    : QWidget(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

bool FocusRing::wantsRing(const QWidget *widget)
{
    return qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

void FocusRing::follow(QWidget *focused)
{
    for (QWidget *w = m_target; w && w != m_window; w = w->parentWidget())
        w->removeEventFilter(this);
    m_target = nullptr;
    if (!focused || focused->window() != m_window || !wantsRing(focused)) {
        hide();
        return;
    }
    m_target = focused;
    // The view and everything that holds it: a splitter dragged or a pane shown moves the ring along.
    for (QWidget *w = focused; w && w != m_window; w = w->parentWidget())
        w->installEventFilter(this);
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    // Over the view's frame, in the window's coordinates (above everything between them).
    setGeometry(QRect(m_target->mapTo(m_window, QPoint(0, 0)), m_target->size()));
    raise();
    show();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        if (m_target)
            place();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Active, QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 2, 2);
}

} // namespace coursedesk

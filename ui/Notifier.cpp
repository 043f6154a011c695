#include "Notifier.h"

#include "Accessibility.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolButton>

namespace coursedesk {

NotificationBanner::NotificationBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_details(new QPushButton(tr("Details…"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Notification"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setAccessibleDescription(tr("Show the actions not accepted by the server"));
    m_details->hide();
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss the notification"));
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_details, &QPushButton::clicked, this, &NotificationBanner::detailsRequested);
    hide();
}

void NotificationBanner::showMessage(const QString &message, qint64 entryId)
{
    m_text->setText(message);
    m_entryId = entryId;
    m_details->setVisible(entryId != 0);
    show();
    Accessibility::announce(m_text); // a rejection, an unlock: said at once
}

void NotificationBanner::forgetUnless(const QList<qint64> &entries)
{
    if (m_entryId != 0 && !entries.contains(m_entryId)) {
        m_entryId = 0;
        hide();
    }
}

QString NotificationBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

Notifier::Notifier(QWidget &window, NotificationBanner &banner, Tray tray, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_banner(banner)
{
    if (tray == Tray::IfAvailable && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, &m_window, [this] {
            m_window.showNormal();
            m_window.raise();
            m_window.activateWindow();
        });
        m_tray->show();
    }
}

void Notifier::notify(const QString &title, const QString &message, qint64 entryId)
{
    m_banner.showMessage(message, entryId);
    if (m_tray && !m_window.isActiveWindow()) {
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
        ++m_trayMessages;
    }
}

} // namespace coursedesk

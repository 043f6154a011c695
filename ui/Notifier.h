#pragma once

#include <QFrame>

class QLabel;
class QSystemTrayIcon;
class QToolButton;

namespace coursedesk {

// The in-window notification strip: a message and a close button.
class NotificationBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBanner(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    QString text() const; // empty when hidden

private:
    QLabel *m_text;
    QToolButton *m_close;
};

// Tells the user that an action was rejected or a lesson has opened: through the system tray when
// there is one and the window is not in front, in the window's banner otherwise (and always in the
// banner too, so that the message is still there when the user comes back).
class Notifier final : public QObject
{
    Q_OBJECT

public:
    enum class Tray
    {
        IfAvailable, // the platform decides (QSystemTrayIcon::isSystemTrayAvailable())
        Never,
    };

    Notifier(QWidget &window, NotificationBanner &banner, Tray tray, QObject *parent = nullptr);

    void notify(const QString &title, const QString &message);
    bool usesTray() const { return m_tray != nullptr; }
    int trayMessagesShown() const { return m_trayMessages; }

private:
    QWidget &m_window;
    NotificationBanner &m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    int m_trayMessages = 0;
};

} // namespace coursedesk
